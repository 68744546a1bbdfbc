"""Choosing the documents of a period before anything is parsed."""

from __future__ import annotations

import pytest

from kg.errors import InputError
from kg.pipeline import in_period
from kg.types import Document, Notice


def _docs() -> list[Document]:
    return [Document("a", "A.", date="2015-03-02"), Document("b", "B.", date="2015-06"),
            Document("c", "C.")]


def test_documents_outside_the_period_are_not_read() -> None:
    notices: list[Notice] = []
    kept = list(in_period(_docs(), "2015-06-01", None, notices.append))
    assert [d.id for d in kept] == ["b"]
    (notice,) = notices
    assert not notice.skipped
    assert "2 documents outside 2015-06-01 to the end" in notice.message
    assert "dated 2015-03-02" in notice.message and "1 undated" in notice.message
    assert [d.id for d in in_period(_docs(), None, "2015-12-31")] == ["a", "b"]


def test_a_period_without_documents_says_what_was_read() -> None:
    with pytest.raises(InputError, match=r"within 2016-01-01 to the end.*2015-03-02 to 2015-06"):
        list(in_period(_docs(), "2016-01-01", None))
