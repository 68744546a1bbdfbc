"""The open-IE proposition: one fact over token indices, before it becomes a triple."""

from __future__ import annotations

from dataclasses import dataclass

from kg.extract.openie_spans import Span


@dataclass(frozen=True, slots=True)
class Proposition:
    """One open-IE fact over token indices; ``relation`` lists its words in print order.

    ``implicit`` is a relation word not in the text (the ``ist`` of an apposition).
    """

    rule: str
    subject: int
    subject_span: Span
    relation: tuple[int, ...]
    object: int
    object_span: Span
    anchor: int
    implicit: str = ""
