"""The NER recipe: a held-out split that stays fixed and out of training, and the augmenter."""

from __future__ import annotations

import importlib.util
import sys

import spacy
from spacy.tokens import Doc, Span
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


def test_europeana_bio_stream_is_chunked_into_training_docs(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from prepare import bio_doc, read_bio

    bio = tmp_path / "x.bio"
    bio.write_text("Der O\nKaiser O\nFranz B-PER\nJoseph I-PER\nreist O\nnach O\nWien B-LOC\n"
                   ". O\nDer O\nVerein B-MISC\nlobt O\n", encoding="utf-8")
    chunks = list(read_bio(bio))
    assert [len(words) for words, _ in chunks] == [8, 3]
    nlp = spacy.blank("de")
    doc = bio_doc(nlp, *chunks[0])
    assert [(e.text, e.label_) for e in doc.ents] == [("Franz Joseph", "PER"), ("Wien", "LOC")]
    other = bio_doc(nlp, *chunks[1])
    assert [t.ent_iob_ for t in other] == ["O", "", "O"]  # MISC: not annotated, not "O"
    assert [len(w) for w, _ in read_bio(bio, max_tokens=2)] == [2, 3, 3, 3]  # names kept whole


def test_scorer_counts_named_mentions() -> None:
    """bench/ner_eval.py: descriptions out, boilerplate names in, acronym compounds as *part."""
    sys.path.insert(0, str(ROOT / "bench"))
    from ner_eval import name_part_compound, predicted

    from kg.recognize.ner import BOILERPLATE_NAMES

    assert [w for w in ("EU-Kommission", "US-Notenbank", "SPD-Bundestagsfraktion", "Berlin-Mitte",
                        "E-Plus", "McLaren-Mercedes", "US-NASA", "EU", "Baden-Württemberg")
            if name_part_compound(w)] == ["EU-Kommission", "US-Notenbank", "SPD-Bundestagsfraktion"]
    nlp = spacy.blank("de")
    doc = Doc(nlp.vocab, words=["Berlin", "(", "Reuters", ")", "-", "Die", "Regierung", "und",
                                "die", "EU-Kommission", "loben", "Merkel", "."])
    doc.set_ents([Span(doc, 0, 1, "Location", span_id="place"),
                  Span(doc, 6, 7, "Organization", span_id="institution"),
                  Span(doc, 9, 10, "Organization", span_id="gazetteer"),
                  Span(doc, 11, 12, "Person", span_id="given-name")])
    doc.spans[BOILERPLATE_NAMES] = [Span(doc, 2, 3, "Organization", span_id="gazetteer")]
    assert {doc.text[s:e] for s, e, _ in predicted(doc, "all")} == {"Berlin", "Reuters", "Merkel"}
    assert {doc.text[s:e] for s, e, _ in predicted(doc, "all", "ents")} == {
        "Berlin", "Regierung", "EU-Kommission", "Merkel"}
