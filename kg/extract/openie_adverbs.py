"""Leading adverbs: an object variant that takes in the verb's adverbs right before it.

BenchIE often counts a clause's adverbs as part of the object that follows them (``Die Nazis |
erlaubten | jedoch eine einzige Generalprobe``, ``Die Mannschaften | kehrten zurück | erst
1998``). :func:`with_leading_adverbs` extends an object's span leftwards over the adverbs of the
verb that stand immediately before it (before its preposition, if it has one: ``früher in
Sturbridge``); it returns None when there are none. :func:`clause_with_leading_adverbs` does the
same for a clausal object, over a comma too (``X | sagte | jedoch, das Spray überwinde …``).
"""

from __future__ import annotations

from kg.extract.openie_spans import Span, case_tokens, np_span
from kg.nlp.schemes import Graph, Role


def with_leading_adverbs(g: Graph, v: int, o: int) -> Span | None:
    """Return ``o``'s span extended over adverbs of ``v`` just before it, or None."""
    lo, hi = np_span(g, o)
    start = min([lo, *case_tokens(g, o)])
    if start < lo and set(range(start, lo)) - set(case_tokens(g, o)):
        return None
    adverbs = {w for a in g.children(v, Role.ADVMOD) if g.tok(a).pos_ == "ADV"
               for w in g.subtree(a)}
    k = start
    while k - 1 in adverbs and g.tok(k - 1).pos_ == "ADV":
        k -= 1
    return (k, hi) if k < start else None


def clause_with_leading_adverbs(g: Graph, v: int, span: Span) -> Span | None:
    """Return a clause's span extended over adverbs of ``v`` before it (commas between), or None.

    Only adverbs after the verb count (``sagte jedoch, …``): one before it opens the clause
    the verb heads, not the object.
    """
    adverbs = {a for a in g.children(v, Role.ADVMOD)
               if g.tok(a).pos_ == "ADV" and not g.children(a) and a > v}
    k, first = span[0], None
    while k - 1 > v and (k - 1 in adverbs or g.tok(k - 1).is_punct):
        k -= 1
        if k in adverbs:
            first = k
    return (first, span[1]) if first is not None else None
