"""A party's local branch: ``Salzburger SPÖ subsidiaryOf SPÖ`` (:mod:`kg.extract.branches`)."""

import pytest

from kg.extract.dependency import make_dependency_extractor
from kg.types import ActorType as A
from kg.types import Mention
from tests.extract.builders import document

ORG = A.ORGANIZATION


def _got(request, lang, text, names):
    doc = request.getfixturevalue(f"nlp_{lang}")(text)
    found = []
    for name, key in names.items():
        start = doc.text.find(name)
        kind = A.LOCATION if key == "place" else ORG
        found.append(Mention("t", start, start + len(name), name, kind,
                             key=None if key == "place" else key, source="rule"))
    return {(t.subject.text, t.predicate.id, t.object.text)
            for t in make_dependency_extractor()(doc, document(doc, lang), found)}


@pytest.mark.parametrize(("lang", "text", "names", "expected"), [
    ("de", "Die Salzburger SPÖ kritisierte die ÖVP.",
     {"Salzburger SPÖ": None, "ÖVP": "OVP"}, ("Salzburger SPÖ", "subsidiaryOf", "SPÖ")),
    ("de", "Die bayerische SPD kritisierte die CSU.",
     {"bayerische SPD": None, "CSU": "CSU"}, ("bayerische SPD", "subsidiaryOf", "SPD")),
    # English: the town in front of the party is where it is based (the premodifier rule)
    ("en", "The Salzburg SPÖ criticized the ÖVP.",
     {"Salzburg": "place", "SPÖ": "SPO", "ÖVP": "OVP"}, ("SPÖ", "basedIn", "Salzburg")),
])
def test_branch_of_a_party(request, lang, text, names, expected):
    got = _got(request, lang, text, names)
    assert expected in got, got


@pytest.mark.parametrize(("lang", "text", "names"), [
    # a known organisation's own two-word name is no branch: no place adjective in front
    ("de", "Die Deutsche Bank kritisierte die EZB.", {"Deutsche Bank": None, "EZB": "ECB"}),
    ("en", "The Deutsche Bank criticized the ECB.", {"Deutsche Bank": None, "ECB": "ECB"}),
])
def test_no_branch(request, lang, text, names):
    assert not any(p == "subsidiaryOf" for _, p, _ in _got(request, lang, text, names))


@pytest.mark.parametrize(("lang", "text", "names", "expected"), [
    # a party's unit (party_units.txt) is a subsidiary of the party
    ("de", "Der Abgeordnete hat beim ÖVP-Klub angedockt.", {"ÖVP-Klub": None},
     ("ÖVP-Klub", "subsidiaryOf", "ÖVP")),
    ("de", "In der Kampagne betont das SPÖ-Team die Erfahrung.", {"SPÖ-Team": None},
     ("SPÖ-Team", "subsidiaryOf", "SPÖ")),
    ("en", "The SPÖ team met in Vienna.", {"SPÖ team": None}, ("SPÖ team", "subsidiaryOf", "SPÖ")),
])
def test_unit_of_a_party(request, lang, text, names, expected):
    got = _got(request, lang, text, names)
    assert expected in got, got
