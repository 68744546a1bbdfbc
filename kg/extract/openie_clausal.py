"""Clausal objects: a complement clause or ``zu`` infinitive as the object of a verb or noun.

ClausIE treats a verb's clausal complement as one of its arguments: ``Der Arzt | vermutet |
dass Liebe hinter Antiochus' Leiden ist``, ``Sie | versuchte | sie in Großbritannien zu
popularisieren``. :func:`clausal_objects` returns the clause heads of a verb that count —
complement clauses (``ccomp``), ``zu``/``to`` infinitives (``xcomp``), and adverbial clauses
introduced by a complementiser (``dass``, ``ob``, ``that``); purpose clauses (``um … zu``) are
left out (the gold rarely has them as objects). :func:`noun_infinitives` returns the
infinitives of a noun (``die Notwendigkeit, Spione zu benutzen``), and :func:`clause_span` a
clause's text as a token span: its subtree without coordinated clauses (facts of their own),
loosely attached material (``dep``) and edge punctuation.
"""
from __future__ import annotations

from kg.extract.openie_spans import Span
from kg.nlp.schemes import Graph, Role

_COMPLEMENTISERS = frozenset({"dass", "daß", "ob", "that", "whether"})
_CUT = (Role.CONJ, Role.CC, Role.DEP, Role.PUNCT)
_VERBAL = frozenset({"VERB", "AUX", "ADJ"})


def clausal_objects(g: Graph, v: int) -> list[int]:
    """Return the heads of the clauses that are objects of the verb ``v``, in text order."""
    out: list[int] = []
    for k in g.children(v, Role.CCOMP, Role.XCOMP, Role.ADVCL):
        if g.tok(k).pos_ not in _VERBAL or (k < v and g.role(k) != Role.CCOMP):
            continue
        marks = {g.tok(m).text.lower() for m in g.children(k, Role.MARK)}
        role = g.role(k)
        if role == Role.CCOMP or (role == Role.XCOMP and is_infinitive(g, k)) or \
                marks & _COMPLEMENTISERS:
            out.append(k)
    return out


def is_infinitive(g: Graph, k: int) -> bool:
    """Return whether ``k`` is a ``zu``/``to`` infinitive (``zu verkaufen``, ``anzumelden``)."""
    if g.tok(k).pos_ not in ("VERB", "AUX"):
        return False
    if "IZU" in g.tok(k).tag_:  # STTS VVIZU, written VV(IZU) by some models
        return True
    return any(g.tok(m).text.lower() in ("zu", "to") for m in g.children(k, Role.MARK))


def noun_infinitives(g: Graph, n: int) -> list[int]:
    """Return the ``zu`` infinitives attached to noun ``n`` and those coordinated with them.

    ``die Notwendigkeit, die Schwächen zu verstehen, Spione zu benutzen und zuzuschlagen``:
    parsers attach the later infinitives as conjuncts or adverbial clauses of the first.
    """
    out: list[int] = []
    stack = [k for k in g.children(n, Role.ACL, Role.XCOMP) if k > n and is_infinitive(g, k)]
    while stack:
        k = stack.pop()
        out.append(k)
        stack.extend(c for c in g.children(k, Role.CONJ, Role.ADVCL) if is_infinitive(g, c))
    return sorted(out)


def clause_span(g: Graph, k: int, cut: frozenset[int] = frozenset()) -> Span:
    """Return the token span of the clause headed by ``k`` (see the module docstring)."""
    keep = {k}
    stack = [c for c in g.children(k) if g.role(c) not in _CUT and c not in cut]
    while stack:
        j = stack.pop()
        keep.add(j)
        stack.extend(g.children(j))
    lo, hi = k, k
    while lo - 1 in keep:
        lo -= 1
    while hi + 1 in keep:
        hi += 1
    while lo < k and g.tok(lo).is_punct:
        lo += 1
    while hi > k and g.tok(hi).is_punct:
        hi -= 1
    return lo, hi
