from __future__ import annotations

from collections.abc import Iterable, Iterator
from types import SimpleNamespace
from typing import Any

import pytest

import kg.pipeline
import kg.resolve
from kg.evaluation.system import from_triple, run_kg
from kg.pipeline import Settings
from kg.types import ActorType, Document, Entity, Mention, Predicate, Provenance, Resolution, Triple

TEXT = "Russland griff in Kasachstan ein."


def mention(start: int, end: int) -> Mention:
    return Mention("d", start, end, TEXT[start:end], ActorType.COUNTRY)


def entity(label: str) -> Entity:
    return Entity(label.lower(), label, ActorType.COUNTRY)


TRIPLE = Triple(entity("Russia"), Predicate("intervenesIn", "intervenes in", "eingreifen"),
                entity("Kazakhstan"), mention(0, 8), mention(18, 28),
                Provenance("d", TEXT, 0, len(TEXT), "x", "1", 0.8, trigger=(9, 14)), negated=True)


def test_from_triple_keeps_mention_texts_trigger_and_labels() -> None:
    st = from_triple(TRIPLE, TEXT)
    assert (st.subject, st.relation, st.object) == ("Russland", "griff", "Kasachstan")
    assert (st.predicate_id, st.predicate_lemma, st.subject_label) == (
        "intervenesIn", "eingreifen", "Russia")
    assert st.negated
    assert from_triple(TRIPLE).relation == "eingreifen"  # no text: the lemma stands in


def fake_analyse(docs: Iterable[Document], settings: Any = None) -> Iterator[Any]:
    for doc in docs:
        if doc.id.startswith("bad"):
            raise ValueError("parser exploded")
        yield SimpleNamespace(document=doc, mentions=(), raw=())


def fake_resolve(items: Iterable[Any], **_: Any) -> Resolution:
    list(items)
    return Resolution((TRIPLE,), (), ())


@pytest.fixture
def fakes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kg.pipeline, "analyse", fake_analyse)
    monkeypatch.setattr(kg.resolve, "resolve", fake_resolve)


DOCS = [Document(i, TEXT, "de") for i in ("a", "bad1", "b", "bad2")]


@pytest.mark.usefixtures("fakes")
def test_run_kg_skips_failing_documents_and_records_them() -> None:
    failures: list[str] = []
    got = [(doc.id, len(ts)) for doc, ts in run_kg(DOCS, Settings(), failures)]
    assert got == [("a", 1), ("bad1", 0), ("b", 1), ("bad2", 0)]
    assert failures == ["bad1: ValueError: parser exploded", "bad2: ValueError: parser exploded"]


@pytest.mark.usefixtures("fakes")
def test_run_kg_without_failure_list_propagates() -> None:
    with pytest.raises(ValueError):
        list(run_kg(DOCS, Settings()))
