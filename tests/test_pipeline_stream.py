"""Streaming builds: batch size does not change the result, stored documents are resumed."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from rdflib import Dataset

from kg.errors import InputError
from kg.nlp.loading import choose_model
from kg.pipeline import Settings, analyse, build, build_texts, settings_key
from kg.rdf.build import build_dataset, union_graph
from kg.rdf.vocab import KG
from kg.resolve import resolve_docs
from kg.types import Document

# Cross-document evidence on purpose: a full name before its bare surname, a spelling variant,
# an acronym defined in one document and used bare in another, pronouns.
CORPUS = [
    "Wladimir Putin traf Emmanuel Macron in Paris. Er kritisierte die Nato scharf.",
    "Putin warf der Regierung in Kiew Provokationen vor.",
    "Die Organisation für Verkehrssicherheit (OVKS) kritisierte Putin.",
    # the full name here: whether a bare unknown surname after a verb is a name is the
    # statistical model's guess, which this test of streamed resolution should not hinge on
    "Die OVKS unterstützte Emmanuel Macron. Demirtaş traf Macron in Ankara.",
    "Demirtas kritisierte Putin. Macron lobte die Bundesregierung.",
    "Olaf Scholz traf Emmanuel Macron in Berlin. Scholz lobte Macron.",
]


def _records(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _quads(path: Path, fmt: str) -> set[tuple[object, ...]]:
    ds = Dataset()
    ds.parse(path, format=fmt)
    return {(s, p, o, g) for s, p, o, g in ds.quads((None, None, None, None))}


def _triples(path: Path) -> set[tuple[object, ...]]:
    ds = Dataset()
    ds.parse(path, format="turtle")
    return set(ds.default_graph)


def _write_corpus(path: Path, texts: list[str]) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for i, text in enumerate(texts, 1):
            fh.write(json.dumps({"id": f"d{i}", "text": text}, ensure_ascii=False) + "\n")
    return path


@pytest.fixture(scope="module")
def by_batch(tmp_path_factory: pytest.TempPathFactory) -> dict[int, tuple[object, Path]]:
    """The corpus built with batches of 1 and of 100 documents (files and results)."""
    out = {}
    for size in (1, 100):
        folder = tmp_path_factory.mktemp(f"batch{size}")
        result = build_texts(CORPUS, folder, Settings(lang="de", build_batch=size))
        out[size] = (result, folder)
    return out


def test_batch_size_changes_no_triple_node_or_quad(
        by_batch: dict[int, tuple[object, Path]]) -> None:
    (one, one_dir), (hundred, hundred_dir) = by_batch[1], by_batch[100]
    assert one.resolution.triples, "the corpus gives no triple"  # type: ignore[attr-defined]
    assert one.resolution == hundred.resolution  # type: ignore[attr-defined]
    assert _records(one_dir / "triples.jsonl") == _records(hundred_dir / "triples.jsonl")
    assert _quads(one_dir / "graph.trig", "trig") == _quads(hundred_dir / "graph.trig", "trig")
    assert _triples(one_dir / "graph.ttl") == _triples(hundred_dir / "graph.ttl")
    assert set(one.dataset.quads()) == set(hundred.dataset.quads())  # type: ignore[attr-defined]


def test_streamed_files_hold_the_whole_corpus_once(
        by_batch: dict[int, tuple[object, Path]]) -> None:
    result, folder = by_batch[1]
    kept = result.dataset  # type: ignore[attr-defined]
    assert _quads(folder / "graph.trig", "trig") == {
        (s, p, o, g) for s, p, o, g in kept.quads((None, None, None, None))}
    union = {(s, p, o) for s, p, o, _ in kept.quads((None, None, None, None))}
    assert _triples(folder / "graph.ttl") == union
    text = (folder / "graph.ttl").read_text(encoding="utf-8")
    assert len([line for line in text.splitlines() if line.startswith("@prefix")]) == len(
        {line for line in text.splitlines() if line.startswith("@prefix")})
    assert len(_records(folder / "triples.jsonl")) == len(
        result.resolution.triples)  # type: ignore[attr-defined]


def test_one_actor_is_one_node_across_batches(by_batch: dict[int, tuple[object, Path]]) -> None:
    result, _ = by_batch[1]
    res = result.resolution  # type: ignore[attr-defined]
    ids = {e.id for e in res.entities}
    labels = [e.label for e in res.entities]
    assert len(labels) == len(set(labels)), labels
    putin = {eid for m, eid in res.mentions if m.text == "Putin"}
    assert len(putin) == 1 and putin <= ids  # the bare surname joins the full name of d1
    macron = {eid for m, eid in res.mentions if m.text.endswith("Macron")}
    assert len(macron) == 1


def test_stream_resolves_as_the_whole_corpus_when_evidence_comes_first() -> None:
    settings = Settings(lang="de", build_batch=2)
    docs = [Document(id=f"text{i}", text=t, lang="de", source=f"text {i}")
            for i, t in enumerate(CORPUS, 1)]
    found = list(analyse(docs, settings))
    whole = resolve_docs((a.document, a.sdoc, a.mentions, a.raw) for a in found)
    result = build_texts(CORPUS, None, settings)
    streamed = result.resolution
    key = settings_key(settings, "de", choose_model("de"))
    today = build_dataset(whole, docs, {d.id: key for d in docs})
    # the same statements, nodes and descriptions; only an earlier document's graph lists the
    # aliases known by then (documented), so the union is compared, not each graph
    assert set(union_graph(today)) == set(result.graph)

    def edges(res: object) -> list[tuple[str, str, str, str]]:
        return sorted((t.provenance.doc_id, t.subject.id, t.predicate.id, t.object.id)
                      for t in res.triples)  # type: ignore[attr-defined]

    assert edges(streamed) == edges(whole)
    assert sorted((m.doc_id, m.start, e) for m, e in streamed.mentions) == sorted(
        (m.doc_id, m.start, e) for m, e in whole.mentions)
    assert {e.id for e in streamed.entities} == {e.id for e in whole.entities}


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Johann Lamesfeld kam. Mit der Zeitung in der Hand klopfte er bei Édouard Delebecque "
           "an."),
    ("en", "Johann Lamesfeld came. With the paper in his hand, he called on Edouard Delebecque."),
])
def test_a_streamed_build_drops_a_spare_involvement_as_extract_does(lang: str, text: str) -> None:
    import kg

    # the pronoun resolves to Lamesfeld, so Delebecque has a statement and needs no stand-in
    built = build_texts([text], None, Settings(lang=lang)).resolution
    rules = {(t.provenance.rule, t.subject.label) for t in built.triples}
    assert not {r for r in rules if r[0] == "involved"}, rules
    assert sorted((t.subject.id, t.predicate.id, t.object.id) for t in built.triples) == sorted(
        (t.subject.id, t.predicate.id, t.object.id) for t in kg.extract_text(text, lang=lang))


@pytest.mark.parametrize("lang", ["de", "en"])
def test_a_document_records_the_language_it_was_read_in(lang: str) -> None:
    # a build with --lang gives its documents no language of their own: they are read in it,
    # their graph says so (kg:language), and English institution nouns are per article
    text = {"de": "Die Regierung kritisierte den Plan.",
            "en": "The government criticised the plan."}[lang]
    built = build_texts([text, text], None, Settings(lang=lang))
    assert {d.lang for d in built.documents} == {lang}
    assert {str(q[2]) for q in built.dataset.quads((None, KG.language, None, None))} == {lang}
    subjects = {t.subject.id for t in built.resolution.triples}
    assert len(subjects) == 2, subjects  # one institution node per article, not one for both


def test_an_interrupted_store_build_resumes_without_loss_or_duplicates(tmp_path: Path) -> None:
    from kg.rdf.graphstore import open_store

    texts = CORPUS[:5]
    corpus = _write_corpus(tmp_path / "corpus.jsonl", [*texts[:3], " ", *texts[4:]])
    settings = Settings(lang="de", build_batch=1, strict=True)
    store, out = tmp_path / "store", tmp_path / "out"
    with pytest.raises(InputError):
        build([str(corpus)], out, settings, store=store, keep=False)
    assert not out.exists() or not any(out.iterdir())  # the files appear only when done
    with open_store(store) as st:
        assert [d.doc_id for d in st.documents()] == ["d1", "d2", "d3"]
    fixed = _write_corpus(corpus, texts)  # the same file, its fourth line mended
    again = build([str(fixed)], out, settings, store=store, keep=False)
    assert (again.stats.resumed, again.stats.documents) == (3, 2)
    assert again.store is not None and set(again.store.added) == {"d4", "d5"}
    clean = build([str(fixed)], None, replace(settings, strict=False),
                  store=tmp_path / "clean", keep=False)
    assert clean.stats.documents == 5

    def everything(path: Path) -> tuple[list[str], set[tuple[object, ...]]]:
        with open_store(path) as st:
            quads = {(s, p, o, g) for s, p, o, g in st.quads()}
            return [d.doc_id for d in st.documents()], quads

    assert everything(store) == everything(tmp_path / "clean")  # resolved as if never stopped
    third = build([str(fixed)], None, settings, store=store, keep=False)
    assert (third.stats.resumed, third.stats.documents) == (5, 0)
    assert everything(store) == everything(tmp_path / "clean")


def test_a_changed_setting_rebuilds_instead_of_resuming(tmp_path: Path) -> None:
    corpus = _write_corpus(tmp_path / "c.jsonl", CORPUS[:2])
    store = tmp_path / "store"
    build([str(corpus)], None, Settings(lang="de"), store=store, keep=False)
    again = build([str(corpus)], None, Settings(lang="de", merge=False), store=store,
                  keep=False)
    assert (again.stats.resumed, again.stats.documents) == (0, 2)
    assert again.store is not None and set(again.store.replaced) == {"d1", "d2"}


def test_a_streamed_build_keeps_no_corpus_and_draws_from_a_store(tmp_path: Path) -> None:
    corpus = _write_corpus(tmp_path / "c.jsonl", CORPUS)
    kept = build([str(corpus)], tmp_path / "kept", Settings(lang="de"))
    lean = build([str(corpus)], tmp_path / "lean", Settings(lang="de"), keep=False)
    from kg.recognize import load_recognizer

    assert load_recognizer.cache_info().currsize == 0  # the drawing ran without the models
    assert lean.documents == () and lean.resolution.triples == ()
    assert lean.stats == kept.stats and lean.stats.documents == len(CORPUS)
    assert lean.stats.triples == len(kept.resolution.triples)
    assert lean.stats.quads == len(set(kept.dataset.quads()))
    for name in ("triples.jsonl", "graph.trig", "graph.ttl"):
        assert (tmp_path / "lean" / name).read_bytes() == (tmp_path / "kept" / name).read_bytes()
    assert "Putin" in (tmp_path / "lean" / "graph.html").read_text(encoding="utf-8")


def test_kg_build_batches_and_says_what_it_resumed(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from kg.cli.main import main

    corpus = _write_corpus(tmp_path / "c.jsonl", CORPUS[:3])
    store = str(tmp_path / "store")
    assert main(["build", str(corpus), "--lang", "de", "--store", store, "--batch", "2"]) == 0
    first = capsys.readouterr().out
    assert "documents: 3 " in first and "store: 3 added" in first
    corpus = _write_corpus(corpus, CORPUS[:4])
    out = tmp_path / "out"
    assert main(["build", str(corpus), "--lang", "de", "--store", store, "--batch", "2",
                 "-o", str(out)]) == 0
    captured = capsys.readouterr()
    assert "documents: 1 (3 already in the store, left out)" in captured.out
    assert "store: 1 added, 0 replaced, 3 unchanged" in captured.out
    assert "the files hold the 1 documents built now" in captured.err
    assert {r["source"]["doc"] for r in _records(out / "triples.jsonl")} <= {"d4"}


def test_a_pause_of_the_extract_writes_what_the_build_holds(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An Extract that pauses (a cluster whose next partition is not back) gets the documents
    it gave so far written at once; the result is the one of a build without pauses."""
    from collections.abc import Iterable, Iterator

    from kg.pipeline import Worked, extract_here
    from kg.pipeline.streaming import _Stream
    from kg.types import Notify

    source = _write_corpus(tmp_path / "in.jsonl", CORPUS)
    writes: list[int] = []
    write = _Stream._write

    def counted(self: _Stream) -> None:
        writes.append(self.held)
        write(self)

    monkeypatch.setattr(_Stream, "_write", counted)

    def pausing(tagged: Iterable[tuple[str, Document]], settings: Settings, progress: object,
                notify: Notify) -> Iterator[Worked | None]:
        for worked in extract_here(tagged, settings, None, notify):
            yield None
            yield worked
            yield None

    settings = Settings(lang="de", build_batch=100)
    paused = build([source], tmp_path / "paused", settings, run=pausing)
    assert writes == [1] * len(CORPUS)
    writes.clear()
    plain = build([source], tmp_path / "plain", settings)
    assert writes == [len(CORPUS)]
    assert paused.resolution == plain.resolution
    assert set(paused.dataset.quads()) == set(plain.dataset.quads())
    assert _records(tmp_path / "paused" / "triples.jsonl") == _records(
        tmp_path / "plain" / "triples.jsonl")
