"""Statements that follow from two others found in the same sentence.

* **place chain** — a place is in the place its apposition names: ``Marie Ferraro of Bethany,
  Conn.`` (Ferraro livesIn Bethany, Bethany locatedIn Conn.) gives Ferraro livesIn Conn.;
  ``the Savannah River Plant in Aiken, S.C.`` gives the plant locatedIn S.C. Only containments
  written as ``X, Y`` (``place-apposition``, ``comma-place``) carry a statement further.
* **instrument** — ``Oswald fired the shots that killed Kennedy``: when the subject of a
  ``kills`` or ``attacks`` statement about an actor is a common noun (no actor) that is the
  object of a verb whose subject is an actor, that actor is the subject too (rule
  ``instrument``; ``X wrote the letter that killed the deal`` says nothing).
* **claimed deed** — ``Die PKK bekannte sich zu einem Anschlag auf Ordnungskräfte``, ``X claimed
  responsibility for the attack on Y``: who claims a deed named by an event noun of a
  ``kills`` or ``attacks`` row did it to the actor the noun's phrase (one of the row's
  prepositions; also when the parser hung it on the verb right after the noun) names (rule
  ``claimed``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace

from kg.extract.candidate import Candidate
from kg.extract.clauses import preposition
from kg.extract.relations import load_table
from kg.nlp.schemes import Graph, Role
from kg.types import ActorType

_PLACED = frozenset({"livesIn", "locatedIn", "basedIn", "bornIn"})
_CONTAINMENTS = frozenset({"place-apposition", "comma-place"})
_DEEDS = frozenset({"kills", "attacks"})
_AGENTS = frozenset({ActorType.PERSON, ActorType.ORGANIZATION, ActorType.ARMED_FORCE,
                     ActorType.GROUP, ActorType.COUNTRY})

Kind = Callable[[int], ActorType | None]


def with_derived(cands: Iterable[Candidate], g: Graph, kind: Kind,
                 lang: str = "") -> Iterator[Candidate]:
    """Yield ``cands`` and then the statements that follow from them (module docstring).

    ``lang`` is the document's language, for the event nouns of a claimed deed.
    """
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
        elif c.predicate.id == "claimsResponsibilityFor" and lang:
            yield from _claimed(c, g, kind, lang)


def _claimed(c: Candidate, g: Graph, kind: Kind, lang: str) -> Iterator[Candidate]:
    """``X bekennt sich zu einem Anschlag auf Y`` → X attacks Y (module docstring)."""
    e = c.object
    if g.tok(e).pos_ != "NOUN" or kind(e) is not None or kind(c.subject) not in _AGENTS:
        return
    tok = g.tok(e)
    hit = load_table().event(lang, tok.lemma_) or load_table().event(lang, tok.text)
    if hit is None or hit.relation.id not in _DEEDS or hit.inverse:
        return
    preps = hit.relation.preps.get(lang, frozenset())
    phrases = g.children(e, Role.NMOD)
    after = g.subtree(e)[-1] + 1  # "zu einem Anschlag auf X" with the phrase on the verb
    phrases += [k for k in g.children(g.head(e), Role.OBL) if g.subtree(k)[0] == after]
    for k in phrases:
        if preposition(g, k) in preps:
            for o in g.conjuncts(k):
                if kind(o) is not None and o != c.subject:
                    yield replace(c, rule="claimed", object=o, predicate=hit.predicate(tok.lemma_),
                                  trigger=(e,))


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
