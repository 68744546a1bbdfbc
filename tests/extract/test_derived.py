"""Statements that follow from two others (place chain, instrument, claimed deed): tables.

The sentences are written for these tests; mentions are given (``names``), so the tables test
the constructions, not actor recognition.
"""

import pytest

from kg.types import ActorType as A
from tests.extract.builders import rule_triples

spacy = pytest.importorskip("spacy")

P, ORG, C, L = A.PERSON, A.ORGANIZATION, A.COUNTRY, A.LOCATION


triples = rule_triples


@pytest.mark.parametrize(("text", "names", "expected"), [
    # place chain: the person of a town is of the town's state too
    ("Ada Lund , 40 , of Milford , Conn. , was injured .",
     {"Ada Lund": P, "Milford": L, "Conn.": L}, ("Ada Lund", "livesIn", "Conn.")),
    ("The mill in Aiken , S.C. , closed .", {"Aiken": L, "S.C.": L},
     ("Aiken", "locatedIn", "S.C.")),
    # instrument: the agent of the weapon's verb
    ("Police said Tom Hale fired the shots that killed Ann Roy .",
     {"Tom Hale": P, "Ann Roy": P}, ("Tom Hale", "kills", "Ann Roy")),
])
def test_derived_statements(nlp_en, text, names, expected):
    assert expected in {t[:3] for t in triples(nlp_en, text, names, "en")}


@pytest.mark.parametrize(("text", "names", "absent"), [
    # the victim is no actor: nothing to say about the writer
    ("Ruth Kane wrote the letter that killed the deal .", {"Ruth Kane": P}, ("Ruth Kane", "kills")),
    # a place named after a person is no containment to pass on
    ("Ada Lund met Bo Dahl in Milford .", {"Ada Lund": P, "Bo Dahl": P, "Milford": L},
     ("Ada Lund", "livesIn")),
])
def test_derived_statements_stay_silent(nlp_en, text, names, absent):
    got = triples(nlp_en, text, names, "en")
    assert not [t for t in got if t[:2] == absent], got


def test_german_place_chain(nlp_de):
    got = triples(nlp_de, "Anna Berg aus Bernau , Brandenburg , wurde verletzt .",
                  {"Anna Berg": P, "Bernau": L, "Brandenburg": L}, "de")
    assert ("Anna Berg", "livesIn", "Brandenburg") in {t[:3] for t in got}


@pytest.mark.parametrize(("lang", "text", "names", "present", "absent"), [
    # claimed deed: who claims an attack on an actor attacked that actor
    ("en", "The rebels claimed responsibility for the attack on the soldiers .",
     {"rebels": A.GROUP, "soldiers": A.ARMED_FORCE}, ("rebels", "attacks", "soldiers"), None),
    ("de", "Die PKK bekannte sich am Sonntag zu einem Anschlag auf Soldaten in der Osttürkei .",
     {"PKK": ORG, "Soldaten": A.ARMED_FORCE, "Osttürkei": L}, ("PKK", "attacks", "Soldaten"),
     None),
    # a claim of a deed that is no attack or killing: nothing follows
    ("de", "Die PKK bekannte sich zu einem Aufruf an die Regierung .",
     {"PKK": ORG, "Regierung": ORG}, None, ("PKK", "attacks", "Regierung")),
])
def test_claimed_deed(request, lang, text, names, present, absent):
    got = {t[:3] for t in triples(request.getfixturevalue(f"nlp_{lang}"), text, names, lang)}
    assert present is None or present in got, got
    assert absent not in got
