"""Containment between places written as an apposition: ``Boston, Massachusetts``.

News datelines and place descriptions put a smaller place first and the larger one after a
comma (``Springfield, Illinois``; ``Almaty, Kasachstan``). When both sides are recognised places
(Location or Country) and the second is a bare proper-name apposition of the first, the first is
``locatedIn`` the second. Anything else — a person's apposition, a common noun — is left to the
role-noun rules in :mod:`kg.extract.nominal`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from kg.extract.candidate import Candidate
from kg.extract.relations import load_table
from kg.nlp.schemes import Graph, Role
from kg.types import PLACE_TYPES, ActorType

_APPOSITION_MARKS = frozenset({",", "("})


def place_candidates(g: Graph, i: int,
                     kind: Callable[[int], ActorType | None]) -> Iterator[Candidate]:
    """Yield ``i locatedIn k`` for each place apposition ``k`` of the place ``i``."""
    if kind(i) not in PLACE_TYPES:
        return
    relation = load_table().relations.get("locatedIn")
    if relation is None:
        return
    for k in g.children(i, Role.APPOS):
        # set off by a comma or a bracket; a colon joins two statements (Pjöngjang: Seoul plant …)
        if kind(k) in PLACE_TYPES and g.tok(k).pos_ == "PROPN" and k > i and \
                g.tok(k - 1).text in _APPOSITION_MARKS:
            predicate = relation.predicate(",")
            yield Candidate(rule="place-apposition", subject=i, object=k, predicate=predicate,
                            anchor=i, trigger=(k,))
