"""Parsing in worker processes: same analyses as in one process; failures stay per document."""

from __future__ import annotations

import os

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from kg import pipeline
from kg.pipeline import PARALLEL_MIN_CHARS, Settings, analyse, parse_processes
from kg.types import Document, Notice

from .conftest import GERMAN

DOCS = [Document(id=f"d{i}", text=GERMAN.replace("2010", str(2000 + i)), lang="de")
        for i in range(6)]


def _summary(analyses: list[pipeline.Analysis]) -> list[tuple[str, object, object]]:
    return [(a.document.id, a.mentions, a.raw) for a in analyses]


def test_processes_follow_the_request_size_and_cores(monkeypatch: pytest.MonkeyPatch) -> None:
    small = [Document(id="s", text="Kurz.")]
    large = [Document(id="l", text="x" * PARALLEL_MIN_CHARS)]
    assert parse_processes(3, small) == 3
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1}, raising=False)
    monkeypatch.setattr(os, "getloadavg", lambda: (0.9, 0.9, 0.9), raising=False)
    assert parse_processes(0, small) == 1
    assert parse_processes(0, large) == 2
    monkeypatch.setattr(os, "getloadavg", lambda: (3.2, 3.0, 3.0), raising=False)
    assert parse_processes(0, large) == 1  # other jobs keep both cores busy
    monkeypatch.setattr(os, "getloadavg", lambda: (0.9, 0.9, 0.9), raising=False)
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0}, raising=False)
    assert parse_processes(0, large) == 1


def test_two_processes_give_the_same_analyses(nlp_de: Language) -> None:
    one = list(analyse(DOCS, Settings(lang="de", processes=1, batch_size=2)))
    two = list(analyse(DOCS, Settings(lang="de", processes=2, batch_size=2)))
    assert [a.sdoc.to_bytes() for a in two] == [a.sdoc.to_bytes() for a in one]
    assert _summary(two) == _summary(one)
    assert any(a.raw for a in two)


@Language.component("kg_test_boom")
def _boom(doc: Doc) -> Doc:
    if "BOOM" in doc.text:
        raise ValueError("boom")
    return doc


def test_a_failing_document_is_skipped_in_worker_processes(nlp_de: Language) -> None:
    from kg.recognize import load_recognizer

    docs = [*DOCS[:3], Document(id="bad", text="BOOM. " + GERMAN, lang="de"), *DOCS[3:]]
    notices: list[Notice] = []
    nlp = load_recognizer("de", None)  # the pipeline analyse uses
    nlp.add_pipe("kg_test_boom", first=True)
    try:
        got = list(analyse(docs, Settings(lang="de", processes=2, batch_size=2), None,
                           notices.append))
    finally:
        nlp.remove_pipe("kg_test_boom")
    assert [a.document.id for a in got] == [d.id for d in DOCS]
    assert [(n.doc_id, n.skipped) for n in notices] == [("bad", True)]


def test_the_extractor_is_looked_up_once_per_process(monkeypatch: pytest.MonkeyPatch,
                                                     nlp_de: Language) -> None:
    """A Dask worker analyses partition after partition: the registry is read once."""
    from kg import registry
    from kg.pipeline.stages import extractor_factory

    looked_up: list[str] = []
    get = registry.get

    def counted(kind: str, name: str) -> object:
        if kind == "extractors":
            looked_up.append(name)
        return get(kind, name)

    monkeypatch.setattr(registry, "get", counted)
    extractor_factory.cache_clear()
    try:
        for doc in DOCS[:3]:
            assert list(analyse([doc], Settings(lang="de", processes=1)))
    finally:
        extractor_factory.cache_clear()
    assert looked_up == [Settings().extractor]
