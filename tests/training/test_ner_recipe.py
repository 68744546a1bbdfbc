"""The NER recipe: a held-out split that stays fixed and out of training, and the augmenter."""

from __future__ import annotations

import importlib.util
import sys

import spacy
from spacy.tokens import Doc
from spacy.training import Example

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "training" / "ner"))

from prepare import UNSURE, split_germeval, split_valid, to_doc


def _records(n: int) -> list[dict[str, object]]:
    return [{"id": str(i), "text": f"Satz {i} .", "entities": []} for i in range(n)]


def test_held_out_split_is_fixed_and_disjoint_from_training() -> None:
    records = _records(400)
    train, held = split_germeval(records)
    again = split_germeval(records)[1]
    assert [r["id"] for r in held] == [r["id"] for r in again] and len(held) == 100
    fit, valid = split_valid(train)
    held_ids = {r["id"] for r in held}
    assert not held_ids & {r["id"] for r in fit + valid}
    assert len(valid) == 30 and not {r["id"] for r in valid} & {r["id"] for r in fit}


def test_unsure_types_are_missing_not_outside() -> None:
    nlp = spacy.blank("de")
    text = "Stau am Hauptbahnhof in Berlin ."
    ents = [{"start": 8, "end": 20, "type": "LOCATION_STOP"},
            {"start": 24, "end": 30, "type": "LOCATION_CITY"},
            {"start": 0, "end": 4, "type": "TRIGGER"}]
    doc = to_doc(nlp, {"text": text, "entities": ents})
    assert "LOCATION_STOP" in UNSURE
    assert [t.ent_iob_ for t in doc] == ["O", "O", "", "O", "B", "O"]


def test_mention_swap_keeps_the_original_and_labels() -> None:
    spec = importlib.util.spec_from_file_location("ner_code", ROOT / "training/ner/code.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    create_mention_swap = module.create_mention_swap

    nlp = spacy.blank("de")
    augment = create_mention_swap(level=1.0, seed=1)
    first = Doc(nlp.vocab, words=["Angela", "Merkel", "reist", "nach", "Bonn"],
                ents=["B-PER", "I-PER", "O", "O", "B-LOC"])
    second = Doc(nlp.vocab, words=["Kohl", "lebt", "in", "Oggersheim"],
                 ents=["B-PER", "O", "O", "B-LOC"])
    assert len(list(augment(nlp, Example(nlp.make_doc(first.text), first)))) == 1  # pool empty
    out = list(augment(nlp, Example(nlp.make_doc(second.text), second)))
    assert out[0].reference.text == second.text and len(out) == 2
    swapped = out[1].reference
    assert [e.label_ for e in swapped.ents] == ["PER", "LOC"]
    assert swapped.text != second.text and swapped[-1].text in {"Bonn", "Oggersheim"}
