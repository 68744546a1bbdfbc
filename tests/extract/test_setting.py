"""A known verb's unlisted locative phrase naming a place is the statement's place.

The place is no object of the clause's relation; the actor is only ``activeIn`` it
(:mod:`kg.extract.settings`, tested in ``test_settings.py``).
"""

from kg.extract.dependency import make_dependency_extractor
from kg.types import ActorType as A
from tests.extract.builders import document, mentions


def _triples(doc, lang, names):
    return [t for t in make_dependency_extractor()(doc, document(doc, lang), mentions(doc, names))
            if t.provenance.rule != "setting"]


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


def _pairs(nlp, lang, text, names):
    return {(t.subject.text, t.object.text, t.place.text if t.place else None)
            for t in _triples(nlp(text), lang, names)}


def test_place_of_an_unmapped_verb_with_an_actor_object_is_its_place(nlp_de, nlp_en):
    got = _pairs(nlp_de, "de", "Putin empfing in Peking den Präsidenten Xi.",
                 {"Putin": A.PERSON, "Peking": A.LOCATION, "Xi": A.PERSON})
    assert not any(o == "Peking" for _, o, _ in got), got
    got = _pairs(nlp_en, "en", "Putin greeted Xi in Beijing.",
                 {"Putin": A.PERSON, "Beijing": A.LOCATION, "Xi": A.PERSON})
    assert not any(o == "Beijing" for _, o, _ in got), got


def test_place_of_an_actor_whose_object_is_no_actor_is_a_participant(nlp_de, nlp_en):
    # the direct object makes no statement of its own, so the place is not lost
    got = _pairs(nlp_de, "de", "Die Armee errichtete in Syrien einen Stützpunkt.",
                 {"Armee": A.ARMED_FORCE, "Syrien": A.COUNTRY})
    assert ("Armee", "Syrien", None) in got, got
    got = _pairs(nlp_en, "en", "In Syria, the army built a base.",
                 {"army": A.ARMED_FORCE, "Syria": A.COUNTRY})
    assert ("army", "Syria", None) in got, got
    # a subject that is no actor: the place is where what is done is (kg.extract.scenes)
    got = _pairs(nlp_de, "de", "Der Antrag bezieht in Guarujá eine Wohnung ein.",
                 {"Guarujá": A.LOCATION})
    assert {(s, o) for s, o, _ in got if o == "Guarujá"} == {("Wohnung", "Guarujá")}, got
