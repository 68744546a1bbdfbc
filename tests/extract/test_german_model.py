"""A few sentences through kg's own German pipeline (parse + recognition + extraction).

Kept few and tolerant: each checks that one expected statement, with its qualifiers, is among
the triples, so a better parser checkpoint does not break them.
"""

import pytest

from kg.extract.dependency import make_dependency_extractor
from kg.types import ActorType as A
from kg.types import Document
from kg.types import Modality as M
from tests.extract.builders import document, mentions


@pytest.mark.parametrize(("text", "expected"), [
    ("Russland marschierte 2014 ohne Kriegserklärung in die Ukraine ein.",
     ("Russland", "intervenesIn", "Ukraine", False, M.ASSERTED, "2014", None)),
    ("Putin traf Xi Jinping in Peking.",
     ("Putin", "meetsWith", "Xi Jinping", False, M.ASSERTED, None, "Peking")),
    ("Russland schickte keine Truppen nach Armenien.",
     ("Russland", "deploysTo", "Armenien", True, M.ASSERTED, None, None)),
    ("Sollte Russland die Ukraine angreifen, geriete es in einen Konflikt mit der Nato.",
     ("Russland", "attacks", "Ukraine", False, M.HYPOTHETICAL, None, None)),
    # a task is not yet done: "soll … vorlegen" is not asserted
    ("Merkel soll Putin im Mai treffen.",
     ("Merkel", "meetsWith", "Putin", False, M.INTENDED, None, None)),
    ("Putin sagte, dass Russland Finnland nie angreifen werde.",
     ("Russland", "attacks", "Finnland", True, M.REPORTED, None, None)),
])
def test_german_model_sentences(nlp_de, text, expected):
    from kg.recognize.mentions import find_mentions

    doc = nlp_de(text)
    document = Document(id="t", text=text, lang="de")
    got = [(t.subject.text, t.predicate.id, t.object.text, t.negated, t.modality, t.time,
            t.place.text if t.place else None)
           for t in make_dependency_extractor()(doc, document, find_mentions(doc, document))]
    assert expected in got


@pytest.mark.parametrize(("lang", "text", "names", "present", "absent"), [
    # an actor told something is the addressee; what is said is no addressee
    ("de", "Die Regierung informierte die Opposition.",
     {"Regierung": A.ORGANIZATION, "Opposition": A.ORGANIZATION}, "Opposition", None),
    ("en", "The government informed the opposition.",
     {"government": A.ORGANIZATION, "opposition": A.ORGANIZATION}, "opposition", None),
    # the accused is an actor; the charge beside it is what is said, no statement of its own
    ("de", "Die FPÖ wirft den Grünen ein böses Spiel vor.",
     {"FPÖ": A.ORGANIZATION, "Grünen": A.ORGANIZATION, "böses Spiel": A.CONCEPT}, "Grünen",
     "böses Spiel"),
])
def test_speech_act_content_is_no_addressee(request, lang, text, names, present, absent):
    doc = request.getfixturevalue(f"nlp_{lang}")(text)
    got = list(make_dependency_extractor()(doc, document(doc, lang), mentions(doc, names)))
    objects = {t.object.text for t in got if t.predicate.id in ("statesTo", "accuses")}
    assert present is None or present in objects, objects
    assert absent is None or absent not in {t.object.text for t in got}, got


@pytest.mark.parametrize(("lang", "text", "names", "concept_speaks"), [
    # an actor speaks: a thing read as a second subject of the verb is no speaker
    ("de", "Wir hatten keine Skandale , sagt Kahr dem Standard .",
     {"Skandale": A.CONCEPT, "Kahr": A.PERSON, "Standard": A.ORGANIZATION}, False),
    # generic people with no actor beside them keep their statement
    ("en", "Observers accused the president .",
     {"Observers": A.CONCEPT, "president": A.PERSON}, True),
])
def test_a_speech_act_has_one_speaker(request, lang, text, names, concept_speaks):
    doc = request.getfixturevalue(f"nlp_{lang}")(text)
    got = list(make_dependency_extractor()(doc, document(doc, lang), mentions(doc, names)))
    assert bool([t for t in got if t.predicate.id in ("statesTo", "accuses") and
                 t.subject.type is A.CONCEPT]) is concept_speaks, got
