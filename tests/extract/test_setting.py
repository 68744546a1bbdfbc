"""A known verb's unlisted locative phrase naming a place is the statement's place."""

from kg.extract.dependency import make_dependency_extractor
from kg.types import ActorType as A
from tests.extract.builders import document, mentions


def _triples(doc, lang, names):
    return list(make_dependency_extractor()(doc, document(doc, lang), mentions(doc, names)))


def test_german_place_of_a_known_verb(nlp_de):
    doc = nlp_de("Die Kurden kämpfen in Syrien gegen den IS.")
    got = _triples(doc, "de", {"Kurden": A.GROUP, "Syrien": A.COUNTRY, "IS": A.ORGANIZATION})
    assert not any(t.object.text == "Syrien" for t in got), got
    assert any(t.object.text == "IS" and t.place is not None and t.place.text == "Syrien"
               for t in got), got


def test_english_place_of_a_known_verb(nlp_en):
    doc = nlp_en("The Kurds fight against ISIS in Syria.")
    got = _triples(doc, "en", {"Kurds": A.GROUP, "Syria": A.COUNTRY, "ISIS": A.ORGANIZATION})
    assert not any(t.object.text == "Syria" for t in got), got
