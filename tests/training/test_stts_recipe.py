"""The STTS tagger recipe: HanTa-tagged training text, and the swap into kg's pipelines."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import pytest
import spacy
from spacy.training import Example

from tests.conftest import ROOT, has_shared

sys.path.insert(0, str(ROOT / "training"))

from stts_install import STTS, swap
from stts_prepare import documents, gsd_sentences, news_documents


def test_multiword_tokens_keep_their_surface_form(tmp_path: Path) -> None:
    pos = tmp_path / "train.pos"
    pos.write_text("Die##DET Kosten##NOUN sind##VERB im##_ in##ADP dem##DET Rahmen##NOUN .##PUNCT\n"
                   "\n"
                   "Zum##_ zu##ADP dem##DET Glück##NOUN a##b##X\n", encoding="utf-8")
    assert list(gsd_sentences(pos)) == [["Die", "Kosten", "sind", "im", "Rahmen", "."],
                                        ["Zum", "Glück", "a##b"]]


def test_documents_join_sentences_with_some_paragraph_breaks() -> None:
    sents = [[f"Satz{i}", "."] for i in range(25)]
    vocab = spacy.blank("de").vocab
    docs = list(documents(vocab, sents, random.Random(1), n_sents=10, paragraph=0.5))
    assert len(docs) == 3
    words = [t.text for d in docs for t in d if not t.is_space]
    assert words == [w for s in sents for w in s]
    breaks = [t for d in docs for t in d if t.is_space]
    assert breaks and all(t.text == "\n\n" and t.i > 0 for t in breaks)
    assert all(not t.nbor(-1).whitespace_ for t in breaks)  # "Satz3 .\n\nSatz4", no double space


def test_news_leaves_out_evaluation_articles_and_holds_out_the_last(tmp_path: Path) -> None:
    news = tmp_path / "news.jsonl"
    news.write_text("".join(json.dumps({"id": f"a{i}", "text": f"Text {i}."}) + "\n"
                            for i in range(6)), encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "a1", "text": "x"}) + "\n", encoding="utf-8")
    train, held = news_documents([news], [gold], hold_out=2)
    assert train == ["Text 0.", "Text 2.", "Text 3."]
    assert held == ["Text 4.", "Text 5."]


def test_swap_puts_the_tagger_where_hanta_was(tmp_path: Path) -> None:
    import kg.nlp.hanta  # noqa: F401  (registers kg_hanta)

    old = spacy.blank("de")
    old.add_pipe("kg_hanta")
    old.add_pipe("sentencizer")
    old.meta["sources"] = [{"name": "UD German-GSD"}, {"name": "HanTa (Hanover Tagger)"}]
    old.to_disk(tmp_path / "old")
    student = spacy.blank("de")
    tagger = student.add_pipe("tagger")
    words = ["Die", "Kosten", "steigen", "."]
    examples = [Example.from_dict(student.make_doc(" ".join(words)),
                                  {"words": words, "tags": ["ART", "NN", "VVFIN", "$."]})]
    student.initialize(lambda: examples)
    for _ in range(20):
        student.update(examples)
    assert tagger.labels
    student.to_disk(tmp_path / "tagger")
    names = swap(tmp_path / "old", tmp_path / "tagger", tmp_path / "new")
    assert names == [STTS, "sentencizer"]
    new = spacy.load(tmp_path / "new")
    assert new.pipe_names == [STTS, "sentencizer"]
    assert [t.tag_ for t in new("Die Kosten steigen .")] == ["ART", "NN", "VVFIN", "$."]
    meta = json.loads((tmp_path / "new" / "meta.json").read_text())
    sources = [s["name"] for s in meta["sources"]]
    assert sources[0] == "UD German-GSD" and len(sources) == 2 and "teacher" in sources[1]


@pytest.mark.slow
@pytest.mark.skipif(not has_shared("ud", "gsd_train_upos", "de_gsd-ud-train.conllu.pos"),
                    reason="../shared/ud missing")
def test_prepare_writes_hanta_tagged_docbins(tmp_path: Path) -> None:
    pytest.importorskip("HanTa")
    from spacy.tokens import DocBin

    run = [sys.executable]
    subprocess.run([*run, str(ROOT / "training" / "prepare.py"), "--limit", "30",
                    "--out", str(tmp_path / "corpus")], check=True, capture_output=True)
    news = tmp_path / "news.jsonl"
    news.write_text("".join(json.dumps({"id": f"n{i}", "text": f"Die Regierung tagte am {i}. Mai."
                                        "\n\nSie beschloss nichts."}) + "\n" for i in range(3)),
                    encoding="utf-8")
    proc = subprocess.run([*run, str(ROOT / "training" / "stts_prepare.py"), "--limit", "30",
                           "--treebank-split", str(tmp_path / "corpus"), "--news", str(news),
                           "--hold-out", "1", "--out", str(tmp_path / "stts")],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr[-2000:]
    vocab = spacy.blank("de").vocab
    docs = {name: list(DocBin().from_disk(tmp_path / "stts" / f"{name}.spacy").get_docs(vocab))
            for name in ("train", "dev", "news_heldout")}
    assert len(docs["news_heldout"]) == 1
    tokens = [t for d in docs["train"] for t in d]
    assert all(t.tag_ for t in tokens)
    assert {t.tag_ for t in tokens if t.is_space} == {"_SP"}
    assert {"NN", "ART"} <= {t.tag_ for t in tokens}
