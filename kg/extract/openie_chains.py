"""Chained adverbials: one object spanning a clause's adjacent prepositional arguments.

BenchIE often keeps a verb's successive adverbial phrases together in one object
(``Sie | starb | im Oktober 1915 an einem Herzinfarkt``). :func:`chained_spans` finds the runs
of arguments that follow each other in the text with nothing but the next argument's own
preposition between them, and returns for each run of two or more its first argument and the
token span from that argument's phrase to the last one's (the first argument's preposition goes
into the relation as for a single argument). A run starts at its first argument only: an
argument right after another one is that run's continuation, not the start of a run of its own
(``stieg | um $ 20 pro Aktie auf $ 62``, not ``pro Aktie auf $ 62``).
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.extract.openie_spans import Span, case_tokens, np_span
from kg.nlp.schemes import Graph

_MAX_RUN = 3


def chained_spans(g: Graph, objects: Sequence[int]) -> list[tuple[int, Span]]:
    """Return ``(first argument, span)`` for each run of 2–3 adjacent arguments of a clause."""
    spans = sorted((np_span(g, o), o) for o in set(objects))
    out: list[tuple[int, Span]] = []
    for i, ((lo, hi), first) in enumerate(spans):
        if i and _adjacent(g, spans[i - 1][0][1], lo, first):
            continue  # a run starts at its first argument: "im Vergleich zu X bei Y", not "zu X …"
        end = hi
        for (nlo, nhi), nxt in spans[i + 1:i + _MAX_RUN]:
            if not _adjacent(g, end, nlo, nxt):
                break
            end = nhi
            out.append((first, (lo, end)))
    return out


def _adjacent(g: Graph, end: int, start: int, nxt: int) -> bool:
    """Return whether only ``nxt``'s preposition (or nothing) lies between ``end`` and ``start``."""
    gap = set(range(end + 1, start))
    return start > end and gap <= set(case_tokens(g, nxt))
