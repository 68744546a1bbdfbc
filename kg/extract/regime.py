"""The ``under`` construction: a person under whom a country acts governs it.

``Unter Nursultan Nasarbajew, der drei Jahrzehnte lang regierte, verfolgte Kasachstan eine
Politik …`` / ``Under Putin, Russia annexed Crimea``: a clause whose subject is a country and
which has an ``unter``/``under`` phrase naming a person states (as background) that the person
governs the country. The relation comes from the table row of ``governs``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from kg.extract.candidate import Candidate
from kg.extract.clauses import preposition, subjects
from kg.extract.relations import load_table
from kg.lang import LanguagePack
from kg.nlp.schemes import Graph, Role
from kg.types import ActorType

RELATION = "governs"


def under_candidates(g: Graph, v: int, pack: LanguagePack,
                     kind: Callable[[int], ActorType | None]) -> Iterator[Candidate]:
    """Yield ``person governs country`` for verb ``v`` (``kind`` gives a token's actor type)."""
    if not pack.regime_preps:
        return
    rulers = [c for k in g.children(v, Role.OBL) if preposition(g, k) in pack.regime_preps
              for c in g.conjuncts(k) if kind(c) == ActorType.PERSON]
    if not rulers:
        return
    countries = [s for s in subjects(g, v, pack) if kind(s) == ActorType.COUNTRY]
    relation = load_table().relations.get(RELATION)
    if relation is None:
        return
    for r in rulers:
        pred = relation.predicate(g.tok(r).text)
        for c in countries:
            yield Candidate("under", r, c, pred, v, (r,))
