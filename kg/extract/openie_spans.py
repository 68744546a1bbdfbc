"""Noun-phrase spans for open-IE arguments: the tokens an argument's text is cut from.

An argument is its head noun with the words that belong to its phrase — determiners, adjectives,
numbers, compounds, name parts, genitive and prepositional attributes (with their own
coordinations) — as one contiguous token range around the head. Left out are the head's own
preposition (it goes into the relation: ``diente als`` | ``erster Premierminister``), its
coordinated siblings (distributed into facts of their own), and relative clauses, participial
clauses and appositions (facts of their own too). Edge punctuation, conjunctions and
prepositions are trimmed.
"""

from __future__ import annotations

from collections.abc import Iterable

from kg.nlp.schemes import Graph, Role

Span = tuple[int, int]  # first and last token index, inclusive

_INNER = frozenset({Role.DET, Role.AMOD, Role.COMPOUND, Role.FLAT, Role.NUMMOD, Role.GEN,
                    Role.NMOD, Role.CASE, Role.CONJ, Role.CC, Role.PUNCT, Role.ADVMOD,
                    Role.NEG, Role.DEP})
_TOP = _INNER - {Role.CONJ, Role.CC, Role.CASE, Role.NEG, Role.DEP}
_EDGE_POS = frozenset({"ADP", "PUNCT", "CCONJ", "SCONJ", "SPACE"})
_MAX_TOKENS = 18


def phrase_tokens(g: Graph, head: int, exclude: Iterable[int] = ()) -> set[int]:
    """Return the tokens of ``head``'s noun phrase (before contiguity is enforced)."""
    banned = set(exclude) | set(_leading_prepositional(g, head))
    chosen = {head}
    frontier = [k for k in g.children(head, *_TOP) if k not in banned]
    while frontier:
        k = frontier.pop()
        if k in chosen or k in banned:
            continue
        if g.role(k) == Role.ADVMOD and g.tok(k).pos_ not in ("ADV", "PART") and \
                g.tok(g.head(k)).pos_ not in ("ADJ", "NUM"):
            continue
        chosen.add(k)
        frontier.extend(c for c in g.children(k, *_INNER) if c not in banned)
    return chosen


def _leading_prepositional(g: Graph, head: int) -> list[int]:
    """Return prepositional attributes standing before their noun: misattached adverbials.

    A prepositional attribute follows its noun (``Renten für Familien``); one before it (``zum
    Spaß Bomben``) is the clause's adverbial the parser hung on the noun. Genitives before the
    noun (``Marcs Label``) have no preposition and stay.
    """
    return [k for k in g.children(head, Role.NMOD) if k < head and case_tokens(g, k)]


def contiguous(g: Graph, head: int, chosen: set[int]) -> Span:
    """Return the longest run of ``chosen`` tokens around ``head``, edges trimmed."""
    lo = hi = head
    while lo - 1 in chosen and head - lo < _MAX_TOKENS:
        lo -= 1
    while hi + 1 in chosen and hi - head < _MAX_TOKENS:
        hi += 1
    while lo < head and (g.tok(lo).pos_ in _EDGE_POS or g.tok(lo).is_punct):
        lo += 1
    while hi > head and (g.tok(hi).pos_ in _EDGE_POS or g.tok(hi).is_punct):
        hi -= 1
    if _open_bracket(g, lo, hi) and hi + 1 < len(g.doc) and g.tok(hi + 1).text in ")“\"'":
        hi += 1
    return lo, hi


def _open_bracket(g: Graph, lo: int, hi: int) -> bool:
    text = g.doc[lo:hi + 1].text
    return text.count("(") > text.count(")") or text.count("„") > text.count("“")


def np_span(g: Graph, head: int, exclude: Iterable[int] = ()) -> Span:
    """Return the span of the noun phrase headed by ``head`` (see the module docstring)."""
    return contiguous(g, head, phrase_tokens(g, head, exclude))


def attributes(g: Graph, head: int) -> list[int]:
    """Return the genitive and prepositional attributes of a noun (``Gerichts``, ``von X``)."""
    return [k for k in g.children(head, Role.GEN, Role.NMOD)
            if g.tok(k).pos_ in ("NOUN", "PROPN", "NUM", "PRON", "X")]


def case_tokens(g: Graph, i: int) -> list[int]:
    """Return the preposition (and a following article fused in the relation) of nominal ``i``."""
    return [k for k in g.children(i, Role.CASE) if k < i and g.tok(k).pos_ in ("ADP", "CCONJ",
                                                                                 "SCONJ", "PART")]


def shared_case(g: Graph, i: int) -> list[int]:
    """Return ``i``'s preposition, or the one a coordination shares with it (``in Rom und Paris``).

    A conjunct without a preposition of its own takes the first conjunct's: ``spielte in Tokio
    und Osaka`` gives ``spielte in | Osaka``.
    """
    own = case_tokens(g, i)
    cur = i
    while not own and g.role(cur) == Role.CONJ and g.head(cur) != cur:
        cur = g.head(cur)
        own = case_tokens(g, cur)
    return own
