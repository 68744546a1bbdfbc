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


def test_raw_text_keeps_multiword_tokens_whole_and_chunks_bio(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from raw import bio_chunks, gsd_sentences

    pos = tmp_path / "x.conllu.pos"
    pos.write_text("Ich##PRON gehe##VERB zur##_ zu##ADP der##DET Schule##NOUN .##PUNCT\n\n"
                   "Im##_ In##ADP dem##DET Mai##PROPN\n", encoding="utf-8")
    assert list(gsd_sentences(pos)) == [["Ich", "gehe", "zur", "Schule", "."], ["Im", "Mai"]]
    bio = tmp_path / "x.bio"
    bio.write_text("Der O\nKaiser O\n\nreist O\nnach O\nWien B-LOC\n", encoding="utf-8")
    assert list(bio_chunks(bio, size=2)) == [["Der", "Kaiser"], ["reist", "nach"], ["Wien"]]


def test_pretrained_weights_load_into_the_ner_as_spacy_train_reads_them(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import subprocess

    from spacy import util
    from spacy.tokens import DocBin
    from spacy.training.initialize import init_tok2vec

    import kg.nlp.hanta  # noqa: F401

    nlp = spacy.blank("de")
    nlp.add_pipe("kg_hanta")
    db = DocBin(attrs=["ORTH", "TAG"])
    for text in ["Angela Merkel reist nach Bonn .", "Die Firma Siemens baut in Wien ."] * 4:
        db.add(nlp(text))
    db.to_disk(tmp_path / "raw.spacy")
    subprocess.run([sys.executable, str(ROOT / "training/ner/pretrain.py"), "--raw",
                    str(tmp_path / "raw.spacy"), "--out", str(tmp_path / "out"), "--epochs", "1"],
                   check=True, cwd=ROOT, env={"PYTHONPATH": str(ROOT), "PATH": ""})
    weights = tmp_path / "out" / "model0.bin"
    assert weights.stat().st_size > 100_000
    config = util.load_config(ROOT / "training/ner/de_ner.cfg")
    ner_nlp = util.load_model_from_config(config, auto_fill=True)
    ner = ner_nlp.get_pipe("ner")
    ner.add_label("PER")
    ner_nlp.initialize()
    loaded = init_tok2vec(ner_nlp, {"component": "ner", "layer": "tok2vec"},
                          {"init_tok2vec": str(weights)})
    assert loaded


def test_silver_data_are_kg_named_mentions_per_sentence(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import json

    import silver
    from spacy.tokens import DocBin

    corpus = tmp_path / "news.jsonl"
    text = ("Bundeskanzlerin Angela Merkel traf in Wien den Vorstand von Siemens. "
            "Die Regierung schwieg dazu am Montag. Kurz.")
    corpus.write_text(json.dumps({"id": "a", "text": text}) + "\n", encoding="utf-8")
    out = tmp_path / "silver.spacy"
    monkeypatch.setattr(sys, "argv", ["silver.py", "--corpus", str(corpus), "--out", str(out)])
    silver.main()
    docs = list(DocBin().from_disk(out).get_docs(spacy.blank("de").vocab))
    # two sentences of five tokens or more; descriptions (die Regierung) are no entities
    assert len(docs) == 2
    assert [(e.text, e.label_) for e in docs[0].ents] == [
        ("Angela Merkel", "PER"), ("Wien", "LOC"), ("Siemens", "ORG")]
    assert list(docs[1].ents) == [] and all(t.ent_iob_ == "O" for t in docs[1])


def test_lexicon_config_builds_the_ner_with_kgs_embedding() -> None:
    from spacy import util

    config = util.load_config(ROOT / "training/ner/de_ner_lex.cfg")
    config["nlp"]["pipeline"] = ["ner"]  # the tagger is not needed to build the network
    nlp = util.load_model_from_config(config, auto_fill=True)
    embed = nlp.get_pipe("ner").model.get_ref("tok2vec").layers[0].layers[0]
    assert embed.layers[0].name == "kg_lexicon_features"
    doc = nlp.make_doc("Stefan besucht Wien")
    doc.ents = [Span(doc, 0, 1, label="PER"), Span(doc, 2, 3, label="LOC")]
    nlp.initialize(lambda: [Example(nlp.make_doc(doc.text), doc)])
    assert all(e.label_ in {"PER", "LOC"} for e in nlp("Stefan besucht Wien").ents)
