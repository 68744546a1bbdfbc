"""The ``under`` construction: a person under whom a country acts governs it.

``Unter Nursultan Nasarbajew, der drei Jahrzehnte lang regierte, verfolgte Kasachstan eine
Politik …`` / ``Under Putin, Russia annexed Crimea``: a clause whose subject is a country and
which has an ``unter``/``under`` phrase naming a person states (as background) that the person
governs the country. The relation comes from the table row of ``governs``; an organisation
there is led by the person (``leads``).

The phrase also hangs on the noun of what the person leads (:func:`led_candidates`): ``die
Regierung unter Ministerpräsident Viktor Orbán``, ``the coalition under Benjamin Netanyahu`` →
person leads the organisation (a country: governs it); and ``unter der Leitung des Genetikers
X``, ``under the command of General Y``: the person of a ``leads`` event noun (``Leitung``,
``Kommando``, ``command``) in the phrase leads what the phrase hangs on, named or not (``eine
Expertengruppe unter der Leitung von X``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from kg.extract.candidate import Candidate
from kg.extract.clauses import preposition, subjects
from kg.extract.relations import Relation, load_table
from kg.lang import LanguagePack
from kg.nlp.schemes import Graph, Role
from kg.types import ActorType

RELATION = "governs"
LEADS = "leads"
# what a person can lead by an unter/under phrase on its noun
_LED = frozenset({ActorType.ORGANIZATION, ActorType.ARMED_FORCE, ActorType.GROUP,
                  ActorType.COUNTRY})


def _person(g: Graph, k: int, kind: Callable[[int], ActorType | None]) -> int | None:
    """Return the person token ``k`` names: itself, or the name right after its title noun.

    ``unter Ministerpräsident Viktor Orbán``: the parser hangs the name on the title.
    """
    if kind(k) == ActorType.PERSON:
        return k
    for c in g.children(k, Role.APPOS, Role.FLAT, Role.NMOD):
        if c == k + 1 and g.tok(c).pos_ == "PROPN" and preposition(g, c) is None and \
                kind(c) == ActorType.PERSON:
            return c
    return None


def _leaders(g: Graph, k: int, pack: LanguagePack, kind: Callable[[int], ActorType | None]
             ) -> tuple[list[int], Relation | None, str]:
    """Return the persons ``unter``/``under`` phrase ``k`` names, its relation if fixed, a word.

    A ``leads`` event noun (``unter der Leitung von X``, ``under the command of Y``) names
    them in its genitive or ``von``/``of`` phrase and fixes the relation; else the phrase
    names them itself, and what they lead decides (a country is governed).
    """
    table = load_table()
    event = table.event(pack.lang, g.tok(k).lemma_) or table.event(pack.lang, g.tok(k).text)
    if event is not None and event.relation.id == LEADS and not event.inverse:
        return ([p for j in g.children(k, Role.GEN, Role.NMOD)
                 if g.role(j) == Role.GEN or preposition(g, j) in pack.agent_preps
                 for c in g.conjuncts(j) if (p := _person(g, c, kind)) is not None],
                event.relation, g.tok(k).lemma_)
    return ([p for c in g.conjuncts(k) if (p := _person(g, c, kind)) is not None], None,
            preposition(g, k) or "")


def _candidates(g: Graph, k: int, led: int, anchor: int, pack: LanguagePack,
                kind: Callable[[int], ActorType | None]) -> Iterator[Candidate]:
    """Yield ``person leads/governs led`` for the persons of ``unter``/``under`` phrase ``k``."""
    leaders, relation, word = _leaders(g, k, pack, kind)
    target = kind(led)
    if relation is None:
        if target not in _LED:
            return  # "unter Druck", "unter X" of a thing: not whom it is led by
        relation = load_table().relations.get(RELATION if target == ActorType.COUNTRY else LEADS)
    elif target in (ActorType.PERSON, ActorType.LOCATION):
        return
    if relation is None:
        return
    for r in leaders:
        yield Candidate("under", r, led, relation.predicate(word), anchor, (k,))


def under_candidates(g: Graph, v: int, pack: LanguagePack,
                     kind: Callable[[int], ActorType | None]) -> Iterator[Candidate]:
    """Yield ``person governs country`` for verb ``v`` (``kind`` gives a token's actor type).

    An organisation, armed force or group as the subject is led by the person (``Unter
    Kanzler Werner Faymann hat die SPÖ drei Wahlen verloren``), and so is any subject under
    a ``leads`` event noun (``Die Armee griff unter dem Kommando von General X an``).
    """
    if not pack.regime_preps:
        return
    for k in g.children(v, Role.OBL):
        if preposition(g, k) in pack.regime_preps:
            for s in subjects(g, v, pack):
                yield from _candidates(g, k, s, v, pack, kind)


def led_candidates(g: Graph, n: int, pack: LanguagePack,
                   kind: Callable[[int], ActorType | None]) -> Iterator[Candidate]:
    """Yield ``person leads n`` for noun ``n`` with an ``unter``/``under`` phrase of a leader.

    ``kind`` gives a token's actor type; see the module docstring.
    """
    if not pack.regime_preps:
        return
    for k in g.children(n, Role.NMOD):
        if preposition(g, k) in pack.regime_preps:
            yield from _candidates(g, k, n, n, pack, kind)
