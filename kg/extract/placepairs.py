"""Place containment written in running text: ``Rockville, Md.``, ``Kassala in eastern Sudan``.

Token patterns within one sentence, for when the parser does not join the two places:

* **comma place** — a name, a comma and a recognised place closed by punctuation or the
  sentence end (``off Morgan City, La., after``; ``DAYTON, Ohio (AP)``; ``Azusa, Calif.;``):
  the name is ``locatedIn`` the place (an organisation written in lower case letters too is
  ``basedIn`` it); the name need not be recognised (``BANGKOK, Thailand``). Persons,
  countries and names in a list (``Brazoria, Fort Bend, Galveston and Harris``; a line-up
  ``Schwegler, Miranda, Caleta-Car, Ulmer –``) are left alone.
* **place part** — a place, the pack's inside preposition and the other place with only
  articles, the pack's ``place_parts.txt`` words (``eastern``, ``part``, ``östlichen``,
  ``Süden``) and possessive prepositions between: ``Kassala in eastern Sudan``, ``Bugesera in
  the southeastern part of Rwanda``, ``Kassala im Osten von Sudan``.
* **town part** — a town's adjective, a ``place_parts.txt`` word and a recognised place:
  ``im Brüsseler Stadtteil Molenbeek`` → Molenbeek ``locatedIn`` Brüssel.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TypeGuard

from kg.extract.candidate import Candidate
from kg.extract.relations import load_table
from kg.lang import LanguagePack, pack_words
from kg.nlp.schemes import Graph
from kg.types import PLACE_TYPES, ActorType, Mention, Predicate

_CLOSERS = frozenset({",", "(", ";", ".", ":", "--", "-", "–", "—", ")"})

MentionOf = Callable[[int], Mention | None]


def _predicate(relation_id: str, lemma: str) -> Predicate | None:
    relation = load_table().relations.get(relation_id)
    return None if relation is None else relation.predicate(lemma)


def _named(m: Mention | None) -> TypeGuard[Mention]:
    return m is not None and m.source not in ("np", "pronoun")


def _last(g: Graph, i: int, end: int, m: Mention) -> int:
    """Return the last token of mention ``m`` starting at token ``i``."""
    j = i
    while j + 1 < end and g.tok(j + 1).idx < m.end:
        j += 1
    return j


def _first(g: Graph, i: int, start: int, m: Mention) -> int:
    """Return the first token of mention ``m`` ending at token ``i``."""
    while i > start and g.tok(i - 1).idx >= m.start:
        i -= 1
    return i


def _listed(g: Graph, j: int, end: int, before: int = 0) -> bool:
    """Return whether the name ending at ``j`` is followed by ``, name … and``: a list.

    ``before`` comma-separated names stand before the pair; four names in all make a list
    however it ends (a team's line-up: ``Schwegler, Miranda, Caleta-Car, Ulmer –``), while a
    place's address has three at most (``San Gabriel River Channel, Azusa, Calif.``).
    """
    k, more = j + 1, 0
    while k + 1 < end and g.tok(k).text == "," and _item(g, k + 1):
        k += 2
        more += 1
        while k < end and g.tok(k).pos_ == "PROPN":
            k += 1
    return before + 2 + more >= _LIST_NAMES or (k < end and (g.tok(k).pos_ == "CCONJ" or (
        g.tok(k).text == "," and k + 1 < end and g.tok(k + 1).pos_ == "CCONJ")))


_LIST_NAMES = 4  # comma-separated names that are a list without a conjunction


def _items_before(g: Graph, i: int, start: int) -> int:
    """Return how many ``name ,`` items stand right before the name starting at ``i``."""
    n = 0
    while i - 2 >= start and g.tok(i - 1).text == "," and _item(g, i - 2):
        n += 1
        i -= 2
        while i - 1 >= start and g.tok(i - 1).pos_ == "PROPN":
            i -= 1
    return n


def _item(g: Graph, i: int) -> bool:
    """Tell whether token ``i`` can be (part of) a name in a list: a name or capitalised."""
    t = g.tok(i)
    return t.pos_ == "PROPN" or (t.text[:1].isupper() and t.pos_ != "PUNCT")


def comma_place_candidates(g: Graph, start: int, end: int,
                           mention_of: MentionOf) -> Iterator[Candidate]:
    """Yield ``X locatedIn Y`` for ``X, Y`` closed by punctuation in sentence ``start..end``."""
    for c in range(start + 1, end - 1):
        if g.tok(c).text != ",":
            continue
        x, y = mention_of(c - 1), mention_of(c + 1)
        if x is None or not (_named(x) or g.tok(c - 1).pos_ == "PROPN") or not _named(y) or \
                x is y or y.type not in PLACE_TYPES or g.tok(c + 1).idx != y.start or \
                x.end != g.tok(c - 1).idx + len(g.tok(c - 1).text):
            continue
        j = _last(g, c + 1, end, y)
        if j + 1 < end and g.tok(j + 1).text not in _CLOSERS:
            continue
        if x.type in (ActorType.PERSON, ActorType.COUNTRY) or \
                _listed(g, j, end, _items_before(g, _first(g, c - 1, start, x), start)) or \
                (c >= start + 2 and g.tok(c - 2).pos_ == "CCONJ"):
            continue
        if x.source == "pronoun":
            continue
        caps = x.text.isupper()
        relation = "basedIn" if x.type == ActorType.ORGANIZATION and not caps else "locatedIn"
        pred = _predicate(relation, ",")
        if pred is not None:
            yield Candidate("comma-place", c - 1, j, pred, c - 1, (c,))


def place_part_candidates(g: Graph, start: int, end: int, pack: LanguagePack,
                          mention_of: MentionOf) -> Iterator[Candidate]:
    """Yield ``X locatedIn Y`` for ``X in [the] eastern [part of] Y`` in sentence ``start..end``."""
    parts = pack_words(pack.lang, "place_parts.txt")
    if not parts:
        return
    for p in range(start + 1, end - 1):
        t = g.tok(p)
        if t.pos_ != "ADP" or (t.lemma_.lower().split() or [""])[0] not in pack.inside_preps:
            continue
        x = mention_of(p - 1)
        if not _named(x) or x.type not in PLACE_TYPES:
            continue
        k, between = p + 1, []
        while k < end and (g.tok(k).pos_ in ("DET", "ADP") or g.tok(k).lower_ in parts):
            if g.tok(k).pos_ == "ADP" and g.tok(k).lower_ not in pack.possessive_preps:
                break
            between.append(k)
            k += 1
        y = mention_of(k) if k < end else None
        if not any(g.tok(b).lower_ in parts for b in between) or not _named(y) or \
                y.type not in PLACE_TYPES or y is x or g.tok(k).idx != y.start:
            continue
        pred = _predicate("locatedIn", t.text.lower())
        if pred is not None:
            yield Candidate("place-part", p - 1, _last(g, k, end, y), pred, p, (p,),
                            descriptive=True)  # geography, whatever the clause reports


def town_part_candidates(g: Graph, start: int, end: int, pack: LanguagePack,
                         town_of: MentionOf, mention_of: MentionOf) -> Iterator[Candidate]:
    """Yield ``Y locatedIn X`` for ``[im] X-er Stadtteil Y`` in sentence ``start..end``."""
    parts = pack_words(pack.lang, "place_parts.txt")
    for k in range(start + 1, end - 1):
        if g.tok(k).lower_ not in parts:
            continue
        town, y = town_of(k - 1), mention_of(k + 1)
        if town is None or not _named(y) or y.type not in PLACE_TYPES or \
                g.tok(k + 1).idx != y.start:
            continue
        pred = _predicate("locatedIn", g.tok(k).text.lower())
        if pred is not None:
            yield Candidate("place-part", k + 1, k - 1, pred, k, (k,), descriptive=True,
                            subject_mention=y, object_mention=town)
