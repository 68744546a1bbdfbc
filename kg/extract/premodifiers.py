"""Relations a noun phrase states with the actors written in front of its noun.

* **premodifier** — ``Chevron spokesman Jonathan Lifa``, ``Illinois Gov. James Thompson``,
  ``Soviet historian Roy Medvedev``, ``the U.S. 6th Fleet``, ``Italy's Fiat``: a recognised
  actor Y among the compounds, adjectives and possessives in front of actor X relates X to Y.
  The predicate is the relation of a role noun between them when there is one (``spokesman``
  → affiliatedWith, ``Gov.`` → headOf, ``King assassin James Earl Ray`` → kills; a membership
  role with a place in front, ``Boston lawyer X``, is the type relation's), else the
  relation the pack's ``np_relations.tsv`` gives for the pair of actor types (a person with an
  organisation in front is affiliatedWith it, with a place livesIn it; an organisation with a
  place is basedIn it; a place with a place is locatedIn it). Rows marked ``possessive`` only
  apply to a possessive (``Mulroney's party`` → Mulroney affiliatedWith the party).
* **described** — the same for the noun of an apposition or a predicate noun describing X:
  ``Gary Hess, an Emery employee``, ``X, a Netherlands businessman``, ``X is a Boeing
  engineer``; and the noun's origin phrase (``X, a Republican from Chicago`` → livesIn).

Driven by pack data only: a language whose pack has no ``np_relations.tsv`` gets none of this.
Role nouns come from the relation table; origin prepositions from the pack.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import lru_cache
from pathlib import Path

from kg.extract.candidate import Candidate
from kg.extract.clauses import preposition
from kg.extract.relations import load_table
from kg.lang import LanguagePack
from kg.nlp.schemes import Graph, Role
from kg.types import PLACE_TYPES, ActorType, Mention, Predicate

_PATH = frozenset({Role.COMPOUND, Role.AMOD, Role.GEN, Role.FLAT, Role.NUMMOD})
# relations of role nouns that hold towards organisations: with a place in front
# ("Boston lawyer X", "U.S. Sen. X") the type table's relation (livesIn) holds instead
_MEMBERSHIPS = frozenset({"affiliatedWith", "memberOf"})

MentionOf = Callable[[int], Mention | None]


@lru_cache(maxsize=8)
def type_relations(data_dir: Path | None) -> dict[tuple[str, str], tuple[str, bool]]:
    """Read ``np_relations.tsv``: (holder type, modifier type) → (relation id, possessive only)."""
    if data_dir is None or not (data_dir / "np_relations.tsv").exists():
        return {}
    out: dict[tuple[str, str], tuple[str, bool]] = {}
    lines = (data_dir / "np_relations.tsv").read_text(encoding="utf-8").splitlines()
    for line in lines[1:]:
        cells = [c.strip() for c in line.split("\t")]
        if len(cells) >= 3 and not line.startswith("#"):
            out[(cells[0], cells[1])] = (cells[2], len(cells) > 3 and cells[3] == "possessive")
    return out


def _predicate(relation_id: str, lemma: str) -> Predicate | None:
    relation = load_table().relations.get(relation_id)
    if relation is None:
        return None
    return relation.predicate(lemma)


def _front(g: Graph, head: int, start: int) -> list[int]:
    """Tokens in front of ``start`` modifying ``head`` through compounds, adjectives, genitives."""
    out = []
    for k in g.subtree(head):
        if k >= start:
            break
        j, ok = k, True
        while j != head:
            if g.role(j) not in _PATH and not (j == k and g.role(j) == Role.CASE):
                ok = False
                break
            j = g.head(j)
        if ok:
            out.append(k)
    return out


def _candidates(g: Graph, pack: LanguagePack, holder: Mention, subject: int, noun: int,
                start: int, mention_of: MentionOf, rule: str) -> Iterator[Candidate]:
    """Relate ``holder`` (at token ``subject``) to the actors in front of ``noun``'s ``start``."""
    pairs = type_relations(pack.data_dir)
    table = load_table()
    front = _front(g, noun, start)
    seen: set[tuple[int, int]] = set()
    for k in front:
        y = mention_of(k)
        if y is None or y.source in ("np", "pronoun") or (y.start, y.end) in seen or \
                (y.start < holder.end and holder.start < y.end):
            continue
        seen.add((y.start, y.end))
        words = [j for j in [*front, noun] if g.tok(j).idx >= y.end and
                 g.tok(j).pos_ in ("NOUN", "PROPN") and mention_of(j) is None]
        role = next(((j, hit, f"{g.tok(j).text} {g.tok(j + 1).text}") for j in words
                     if j + 1 in words and (hit := table.role(
                         pack.lang, f"{g.tok(j).text} {g.tok(j + 1).text}")) is not None),
                    None)  # a two-word title first: "Prime Minister"
        role = role or next(((j, hit, g.tok(j).lemma_) for j in words
                             if (hit := table.role(pack.lang, g.tok(j).lemma_) or
                                 table.role(pack.lang, g.tok(j).text.lower())) is not None), None)
        possessive = any(g.role(j) == Role.GEN for j in front if y.start <= g.tok(j).idx < y.end)
        if role is not None and holder.type == ActorType.PERSON and not (
                y.type in PLACE_TYPES and role[1].relation.id in _MEMBERSHIPS):
            yield Candidate(rule, subject, k, role[1].predicate(role[2]), noun, (role[0],))
            continue
        found = pairs.get((holder.type.value, y.type.value))
        if found is None or (found[1] and not possessive):
            continue
        relation = found[0]
        pred = _predicate(relation.lstrip("~"), g.tok(k).text)
        if pred is None:
            continue
        if relation.startswith("~"):  # the modifier is the subject: "Mulroney's party"
            yield Candidate(rule, k, subject, pred, noun, (k,))
        else:
            yield Candidate(rule, subject, k, pred, noun, (k,))


def premodifier_candidates(g: Graph, i: int, pack: LanguagePack,
                           mention_of: MentionOf) -> Iterator[Candidate]:
    """Yield relations of the recognised actor headed by token ``i`` with actors in front of it."""
    holder = mention_of(i)
    if holder is None or holder.source in ("np", "pronoun") or not type_relations(pack.data_dir):
        return
    head = g.head(i)
    if head != i and mention_of(head) is holder:
        return  # not the mention's head token
    first = min(k for k in g.subtree(i) if g.tok(k).idx >= holder.start)
    yield from _candidates(g, pack, holder, i, i, first, mention_of, "premodifier")


def described_candidates(g: Graph, a: int, pack: LanguagePack,
                         mention_of: MentionOf) -> Iterator[Candidate]:
    """Yield relations of X with the actors in front of the noun that describes X.

    The noun is an apposition of X (``Gary Hess, an Emery employee``) or a predicate noun whose
    subject is X (``Hess is an Emery employee``); its origin phrase counts too
    (``a Republican from Chicago``).
    """
    if not type_relations(pack.data_dir) or g.tok(a).pos_ not in ("NOUN", "PROPN") or (
            g.tok(a).pos_ == "PROPN" and (m := mention_of(a)) is not None and
            m.type != ActorType.GROUP):
        return  # a name apposition is another rule's ("Boston, Massachusetts")
    if g.role(a) == Role.APPOS:
        holders = [g.head(a)]
    elif g.children(a, Role.COP):
        holders = g.children(a, Role.SUBJ)
    else:
        return
    for x in holders:
        holder = mention_of(x)
        if holder is None or holder.source in ("np", "pronoun") or x == a:
            continue
        yield from _candidates(g, pack, holder, x, a, a, mention_of, "described")
        if holder.type != ActorType.PERSON:
            continue
        for k in g.children(a, Role.NMOD):
            place = mention_of(k)
            if preposition(g, k) in pack.origin_preps and place is not None and \
                    place.type in PLACE_TYPES and place.source not in ("np", "pronoun"):
                pred = _predicate("livesIn", preposition(g, k) or "")
                if pred is not None:
                    yield Candidate("described", x, k, pred, a, (a,))
