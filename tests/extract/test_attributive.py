"""Attributive participles (kg.extract.attributive): sentence → triple tables, German, English."""

import pytest

from kg.extract.dependency import make_dependency_extractor
from kg.types import ActorType as A
from tests.extract.builders import document, mentions

P, ORG, C, L = A.PERSON, A.ORGANIZATION, A.COUNTRY, A.LOCATION


def _got(doc, lang, names):
    return {(t.subject.text, t.predicate.id, t.object.text, t.negated)
            for t in make_dependency_extractor()(doc, document(doc, lang), mentions(doc, names))}


@pytest.mark.parametrize(("text", "names", "expected"), [
    ("Die Kurden kämpfen an der Seite einer von den USA angeführten Militärallianz.",
     {"USA": C}, ("USA", "leads", "Militärallianz", False)),
    ("Barzani floh aus der von ihm regierten Region.", {"Barzani": P},
     ("ihm", "governs", "Region", False)),
    ("Das in Den Haag ansässige Gericht urteilte.", {"Den Haag": L},
     ("Gericht", "basedIn", "Den Haag", False)),
    ("Die US-geführte Koalition flog Angriffe.", {}, ("US", "leads", "Koalition", False)),
    ("Die von Russland unterstützten Rebellen griffen an.", {"Russland": C},
     ("Russland", "supports", "Rebellen", False)),
])
def test_german_attributive_participles(nlp_de, text, names, expected):
    got = _got(nlp_de(text), "de", names)
    assert expected in got, got


@pytest.mark.parametrize(("text", "names", "expected"), [
    ("The US-led coalition bombed Mosul.", {"Mosul": L}, ("US", "leads", "coalition", False)),
    ("The Moscow-backed rebels attacked Kyiv.", {"Moscow": L, "Kyiv": L},
     ("Moscow", "supports", "rebels", False)),
])
def test_english_attributive_participles(nlp_en, text, names, expected):
    got = _got(nlp_en(text), "en", names)
    assert expected in got, got


def test_nationality_adjective_is_no_participle(nlp_de):
    got = _got(nlp_de("Der vom Gericht gesuchte sudanesische Präsident Omar al-Bashir reiste ab."),
               "de", {"Omar al-Bashir": P, "sudanesische": C})
    assert not any(p.endswith("sudanesische") for _, p, _, _ in got), got
