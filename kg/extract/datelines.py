"""News datelines: the agency or paper that sent a report is based in the place it names.

``DAYTON, Ohio (AP) –``, ``Moskau (dpa) –``, ``Moscow April 25 TASS --``, FBIS-style source lines
``Paris AFP in English 0107 GMT 2 Feb 94``: at the start of a sentence (or after a leading
parenthesised label or an alphanumeric message code) one or two place names, separated by a
comma and optionally followed by a date, are followed by the source's name, in parentheses or
before ``in <language>``, a dash, a number or the end of the sentence; a recognised place that
ends inside a run of names is followed by the source in the same run (``Tokyo NIHON KEIZAI
SHIMBUN``). The source is
``basedIn`` each place. The pattern is one of news layout, not of a language.

A place name is a recognised place, or a proper-name run written in capitals or followed by a
comma and a recognised place; the source is any proper-name run that is no recognised place or
person. Both must be mentions of their own (a parser that folds the whole line into one noun
phrase gives nothing).

**Source lines** (:func:`source_line_candidates`) are read by layout alone, whatever the
recogniser made of them: after a message code (``NC1901223094 London Kanal-6 Television in
Turkish 1700 GMT``), or as a whole sentence of capitalised words (``Moscow MOSKOVSKIY
KOMSOMOLETS``), a run of capitalised words that starts with a known place name and ends before
``in <Language>``, a number or the end of the sentence is the place followed by the source.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from kg.extract.candidate import Candidate
from kg.extract.relations import load_table
from kg.knowledge.lexicons import place_names
from kg.lang import LanguagePack
from kg.nlp.schemes import Graph
from kg.types import PLACE_TYPES, ActorType, Mention

_NOT_SOURCES = PLACE_TYPES | {ActorType.PERSON}
_DASHES = frozenset({"-", "--", "–", "—"})

MentionOf = Callable[[int], Mention | None]


def _run(g: Graph, i: int, end: int, pack: LanguagePack) -> int:
    """Return the end of the proper-name run starting at ``i`` (a month name ends it)."""
    j = i
    while j < end and g.tok(j).pos_ == "PROPN" and g.tok(j).text not in _DASHES and \
            (j == i or not _dated(g, j, pack)):
        j += 1
    return j


def _dated(g: Graph, i: int, pack: LanguagePack) -> bool:
    t = g.tok(i)
    low = t.text.lower().rstrip(".")
    return t.like_num or t.text == "," or (len(low) >= 3 and any(
        w.startswith(low) for w in pack.time_nouns))


def _own(g: Graph, i: int, j: int, mention_of: MentionOf) -> int | None:
    """Return the token of ``i..j`` whose mention lies inside the run (its own mention)."""
    lo, hi = g.tok(i).idx, g.tok(j - 1).idx + len(g.tok(j - 1).text)
    for k in range(j - 1, i - 1, -1):
        m = mention_of(k)
        if m is not None and lo <= m.start and m.end <= hi:
            return k
    return None


def _start(g: Graph, start: int, end: int) -> int:
    """Skip a leading ``( Text )`` label or a message code (``LD2804174994``)."""
    i = start
    if i < end and g.tok(i).text == "(":
        close = next((k for k in range(i, min(end, i + 5)) if g.tok(k).text == ")"), None)
        i = close + 1 if close is not None else i
    for k in range(i, min(end, i + 12)):
        if _code(g.tok(k).text):
            return k + 1
    return i


def dateline_candidates(g: Graph, start: int, end: int, pack: LanguagePack,
                        mention_of: MentionOf) -> Iterator[Candidate]:
    """Yield ``source basedIn place`` for a dateline at the start of sentence ``start..end``."""
    relation = load_table().relations.get("basedIn")
    if relation is None:
        return
    i = _start(g, start, end)
    places: list[int] = []
    while i < end and g.tok(i).pos_ == "PROPN" and len(places) < 2 and not _dated(g, i, pack):
        j = _run(g, i, end, pack)
        first = mention_of(i)
        if first is not None and first.type in PLACE_TYPES and first.start == g.tok(i).idx and \
                first.end < g.tok(j - 1).idx and places:
            return  # a second place glued to its source: not a dateline this module reads
        if first is not None and first.type in PLACE_TYPES and first.start == g.tok(i).idx and \
                first.end < g.tok(j - 1).idx + len(g.tok(j - 1).text):
            # "Tokyo NIHON KEIZAI SHIMBUN": the place and the source in one run of names
            cut = next(x for x in range(i, j) if g.tok(x).idx >= first.end)
            places.append(next(x for x in range(cut - 1, i - 1, -1)
                               if mention_of(x) is first))
            i = cut
            break
        k = _own(g, i, j, mention_of)
        if k is None:
            return
        m = mention_of(k)
        nxt = g.tok(j).text if j < end else ""
        after = mention_of(j + 1) if nxt == "," and j + 1 < end else None
        capitals = all(g.tok(x).text.isupper() for x in range(i, j))
        if not (m is not None and m.type in PLACE_TYPES) and not capitals and \
                not (after is not None and after.type in PLACE_TYPES):
            break
        places.append(k)
        i = j + 1 if nxt == "," and j + 1 < end and g.tok(j + 1).pos_ == "PROPN" else j
    if not places:
        return
    while i < end and _dated(g, i, pack) and g.tok(i).text != "(":
        i += 1
    bracketed = i < end and g.tok(i).text == "("
    i += bracketed
    if i >= end or g.tok(i).pos_ != "PROPN":
        return
    j = _run(g, i, end, pack)
    closing = g.tok(j).text if j < end else ""
    if bracketed and closing != ")":
        return
    if not bracketed and j < end and closing not in _DASHES and not g.tok(j).like_num and \
            g.tok(j).lower_ not in pack.inside_preps:
        return
    source = _own(g, i, j, mention_of)
    if source is None or (m := mention_of(source)) is None or m.type in _NOT_SOURCES:
        return
    for p in places:
        pred = relation.predicate("dateline")
        yield Candidate("dateline", source, p, pred, source, (source,))


def _code(text: str) -> bool:
    """Return whether a token is a wire-service message code (``NC1901223094``)."""
    return sum(c.isdigit() for c in text) >= 6 and any(c.isalpha() for c in text)


def _name_word(g: Graph, k: int, i: int) -> bool:
    """Return whether token ``k`` continues a run of capitalised words begun at ``i``."""
    text = g.tok(k).text
    return text[:1].isupper() or (text == "-" and k > i and g.tok(k - 1).text[:1].isupper())


def source_line_candidates(g: Graph, start: int, end: int, pack: LanguagePack,
                           mention_of: MentionOf) -> Iterator[Candidate]:
    """Yield ``source basedIn place`` for a wire source line (see the module docstring)."""
    relation = load_table().relations.get("basedIn")
    if relation is None or end - start < 2:
        return
    code = next((k for k in range(start, min(end, start + 12)) if _code(g.tok(k).text)), None)
    whole = end - start <= 6 and all(g.tok(k).text[:1].isupper() for k in range(start, end))
    if code is None and not whole:
        return
    i = start if code is None else code + 1
    j = i
    while j < end and _name_word(g, j, i) and not g.tok(j).like_num and \
            g.tok(j).lower_ not in pack.inside_preps:
        j += 1
    if j < end and not (g.tok(j).lower_ in pack.inside_preps or g.tok(j).like_num):
        return
    names = place_names()
    cut = next((c for c in range(j - 1, i, -1)
                if " ".join(g.tok(x).text for x in range(i, c)) in names), None)
    if cut is None:
        return
    source = [g.tok(x) for x in range(cut, j)]
    if code is None and not all(t.text.isupper() for t in source):
        return  # a plain sentence of names: only an all-capitals title reads as a source
    anchor = mention_of(i)
    if anchor is None:
        return
    first, last = g.tok(i), g.tok(cut - 1)
    place = Mention(anchor.doc_id, first.idx, last.idx + len(last.text),
                    g.doc.text[first.idx:last.idx + len(last.text)], ActorType.LOCATION,
                    source="rule")
    lo, hi = source[0].idx, source[-1].idx + len(source[-1].text)
    sender = Mention(anchor.doc_id, lo, hi, g.doc.text[lo:hi], ActorType.ORGANIZATION,
                     source="rule")
    pred = relation.predicate("dateline")
    yield Candidate("dateline", cut, i, pred, cut, (cut,), subject_mention=sender,
                    object_mention=place)
