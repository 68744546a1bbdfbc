"""A few sentences through kg's own German pipeline (parse + recognition + extraction).

Kept few and tolerant: each checks that one expected statement, with its qualifiers, is among
the triples, so a better parser checkpoint does not break them.
"""

import pytest

from kg.extract.dependency import make_dependency_extractor
from kg.types import Document
from kg.types import Modality as M


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
