"""Charges that state a deed (``X, convicted of murdering Y``): sentence → triple tables.

The sentences are written for these tests; mentions are given (``names``), so the tables test
the construction, not actor recognition.
"""

import pytest

from kg.extract.accusations import accusation_verbs
from kg.lang import language_pack
from kg.types import ActorType as A
from tests.extract.builders import rule_triples

spacy = pytest.importorskip("spacy")

P = A.PERSON


triples = rule_triples


@pytest.mark.parametrize(("text", "names", "expected"), [
    ("In 1971 , Carl Pohl was convicted of murdering Anna Weiss .",
     {"Carl Pohl": P, "Anna Weiss": P}, ("Carl Pohl", "kills", "Anna Weiss", "accusation")),
    ("The court heard Carl Pohl , convicted of killing banker Anna Weiss in 1980 .",
     {"Carl Pohl": P, "Anna Weiss": P}, ("Carl Pohl", "kills", "Anna Weiss", "accusation")),
    ("Police arrested Carl Pohl , suspected of the assassination of Anna Weiss .",
     {"Carl Pohl": P, "Anna Weiss": P}, ("Carl Pohl", "kills", "Anna Weiss", "accusation")),
    ("Carl Pohl , who was charged with having assassinated Anna Weiss , died .",
     {"Carl Pohl": P, "Anna Weiss": P}, ("Carl Pohl", "kills", "Anna Weiss", "accusation")),
])
def test_english_accusations(nlp_en, text, names, expected):
    assert expected in triples(nlp_en, text, names, "en")


@pytest.mark.parametrize(("text", "names"), [
    # an acquittal says the deed was not done
    ("Carl Pohl was acquitted of murdering Anna Weiss .", {"Carl Pohl": P, "Anna Weiss": P}),
    # a charge of a deed no relation row names gives nothing
    ("Carl Pohl was convicted of insulting Anna Weiss .", {"Carl Pohl": P, "Anna Weiss": P}),
])
def test_english_accusations_stay_silent(nlp_en, text, names):
    got = triples(nlp_en, text, names, "en")
    assert not [t for t in got if t[3] == "accusation"], got


def test_killer_role_noun_with_of(nlp_en):
    got = triples(nlp_en, "He wrote about Carl Pohl , assassin of Anna Weiss .",
                  {"Carl Pohl": P, "Anna Weiss": P}, "en")
    assert ("Carl Pohl", "kills", "Anna Weiss", "role") in got


def test_german_accusation(nlp_de):
    got = triples(nlp_de, "Peter Holm wurde wegen der Ermordung von Anna Weber verurteilt .",
                  {"Peter Holm": P, "Anna Weber": P}, "de")
    assert ("Peter Holm", "kills", "Anna Weber", "accusation") in got


def test_packs_list_their_charging_verbs():
    assert "of" in accusation_verbs(language_pack("en").data_dir)["convict"]
    assert "wegen" in accusation_verbs(language_pack("de").data_dir)["verurteilen"]
