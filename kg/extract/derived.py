"""Statements that follow from two others found in the same sentence.

* **place chain** — a place is in the place its apposition names: ``Marie Ferraro of Bethany,
  Conn.`` (Ferraro livesIn Bethany, Bethany locatedIn Conn.) gives Ferraro livesIn Conn.;
  ``the Savannah River Plant in Aiken, S.C.`` gives the plant locatedIn S.C. Only containments
  written as ``X, Y`` (``place-apposition``, ``comma-place``) carry a statement further.
* **instrument** — ``Oswald fired the shots that killed Kennedy``: when the subject of a
  ``kills`` or ``attacks`` statement about an actor is a common noun (no actor) that is the
  object of a verb whose subject is an actor, that actor is the subject too (rule
  ``instrument``; ``X wrote the letter that killed the deal`` says nothing).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace

from kg.extract.candidate import Candidate
from kg.nlp.schemes import Graph, Role
from kg.types import ActorType

_PLACED = frozenset({"livesIn", "locatedIn", "basedIn", "bornIn"})
_CONTAINMENTS = frozenset({"place-apposition", "comma-place"})
_DEEDS = frozenset({"kills", "attacks"})
_AGENTS = frozenset({ActorType.PERSON, ActorType.ORGANIZATION, ActorType.ARMED_FORCE,
                     ActorType.GROUP, ActorType.COUNTRY})

Kind = Callable[[int], ActorType | None]


def with_derived(cands: Iterable[Candidate], g: Graph, kind: Kind) -> Iterator[Candidate]:
    """Yield ``cands`` and then the statements that follow from them (module docstring)."""
    found = list(cands)
    yield from found
    inside: dict[int, list[int]] = {}
    for c in found:
        if c.rule in _CONTAINMENTS and c.predicate.id == "locatedIn":
            inside.setdefault(c.subject, []).append(c.object)
    for c in found:
        if c.predicate.id in _PLACED and c.rule not in _CONTAINMENTS:
            seen, todo = {c.object}, list(inside.get(c.object, ()))
            while todo:
                o = todo.pop()
                if o in seen or o == c.subject:
                    continue
                seen.add(o)
                yield replace(c, rule="place-chain", object=o)
                todo += inside.get(o, ())
        elif c.predicate.id in _DEEDS:
            yield from _instrument(c, g, kind)


def _instrument(c: Candidate, g: Graph, kind: Kind) -> Iterator[Candidate]:
    s = c.subject
    if g.tok(s).pos_ in ("PRON", "DET") and g.role(c.anchor) == Role.RELCL:
        s = g.head(c.anchor)  # "the shots that killed Y": the relative pronoun's antecedent
    if g.tok(s).pos_ != "NOUN" or kind(s) is not None or g.role(s) != Role.OBJ or \
            kind(c.object) is None:
        return
    v = g.head(s)
    for a in (x for k in g.children(v, Role.SUBJ) for x in g.conjuncts(k)):
        if kind(a) in _AGENTS and a != c.object:
            yield replace(c, rule="instrument", subject=a)
