"""Event nouns whose genitive is their object: ``die Eroberung der Krim``, ``the annexation of …``.

Rows of the relation table marked ``genitive = object`` (conquest, killing, suppression …) name
an action done *to* the genitive: ``die Annexion der Krim durch Russland``, ``Russlands Annexion
der Krim``, ``die russische Annexion der Krim``, ``the annexation of Crimea by Russia``.

* **object**: the genitive or ``von``/``of`` phrase after the noun; when the noun also has a
  prepositional object from its row (``der Mord an Nemzow``), that is the object and a genitive
  after the noun is the agent.
* **agent**: a ``durch``/``by`` phrase (also one the parser hung on the object), a genitive
  before the noun (``Russlands``, ``Russia's``) or a nationality adjective (``russische``).
* **purpose** (rule ``purpose``, modality ``intended``): a noun without an agent of its own in a
  ``zu``/``for`` phrase (``Militäroperationen zur Eroberung der Krim``, ``Truppen zur Besetzung
  der Ukraine``) takes as agents the recognised noun it modifies and the subjects of the clause
  whose object that noun is. A small parser often hangs the phrase on the verb instead; it is
  then read as the modifier of the verb's object right before it, and the verb's subjects are
  agents as well (``Serdjukow leitete die Operationen zur Eroberung der Krim``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from kg.extract.candidate import Candidate
from kg.extract.clauses import inherited_subjects, preposition, subjects
from kg.extract.relations import RelationMatch
from kg.knowledge.lexicons import is_demonym
from kg.lang import LanguagePack
from kg.nlp.schemes import Graph, Role


def object_genitive_candidates(g: Graph, n: int, hit: RelationMatch, pack: LanguagePack,
                               recognised: Callable[[int], bool]) -> Iterator[Candidate]:
    """Yield candidates of event noun ``n`` whose genitive is its object (module docstring).

    ``recognised(i)`` tells whether token ``i`` lies in a recognised mention.
    """
    rel = hit.relation
    pred = hit.predicate(g.tok(n).lemma_)
    preps = rel.preps.get(pack.lang, frozenset())
    by = pack.agent_preps - pack.possessive_preps
    agents: list[int] = [k for k in g.children(n, Role.AMOD) if is_demonym(g.tok(k).text, pack)]
    genitives: list[int] = []
    objects: list[int] = []
    for k in g.children(n, Role.GEN, Role.NMOD, Role.DEP):
        prep = preposition(g, k)
        if g.role(k) == Role.DEP:  # "Russlands Annexion …" with the genitive left unlabelled
            if k < n and prep is None and "Gen" in g.tok(k).morph.get("Case", []):
                agents.append(k)
        elif g.role(k) == Role.GEN and prep is None:
            (agents if k < n else genitives).append(k)
        elif prep in by:
            agents.append(k)
        elif k > n and prep in pack.possessive_preps:
            genitives.append(k)
        elif prep in preps:
            objects.append(k)
    if objects:
        agents += genitives
    else:
        objects = genitives
    objects = [c for k in objects or _stranded_owner(g, n, pack) for c in g.conjuncts(k)]
    if not objects:
        return
    if not agents:  # "die Annexion der Krim durch Russland": the agent hung on the object
        agents = [k for o in objects for k in g.children(o, Role.NMOD)
                  if preposition(g, k) in by]
    agents = [c for k in agents for c in g.conjuncts(k)]
    rule = "nominal"
    if not agents:
        agents = _purpose_agents(g, n, pack, recognised)
        rule = "purpose"
    for a in agents:
        for o in objects:
            if a != o:
                yield Candidate(rule, a, o, pred, n, (n,), symmetric=rel.symmetric,
                                intended=rule == "purpose")


def _stranded_owner(g: Graph, n: int, pack: LanguagePack) -> list[int]:
    """Return the ``von``/``of`` phrase a parser hung inside the noun's own modifiers.

    ``the assassination in 1914 of Archduke Franz Ferdinand``: a noun without an object of its
    own claims the first ``of`` phrase nested in its prepositional modifiers.
    """
    for k in g.children(n, Role.NMOD):
        for j in g.subtree(k):
            if j != k and g.role(j) == Role.NMOD and g.head(j) == k and \
                    g.tok(j).pos_ in ("NOUN", "PROPN") and \
                    preposition(g, j) in pack.possessive_preps:
                return [j]
    return []


def _purpose_agents(g: Graph, n: int, pack: LanguagePack,
                    recognised: Callable[[int], bool]) -> list[int]:
    """Agents of an event noun in a purpose phrase: the noun it serves and that noun's clause."""
    if preposition(g, n) not in pack.purpose_preps:
        return []
    head = g.head(n)
    out: list[int] = []
    if g.role(n) == Role.NMOD and g.tok(head).pos_ in ("NOUN", "PROPN"):
        carrier: int | None = head
        verb = g.head(head) if g.role(head) == Role.OBJ else None
    elif g.role(n) == Role.OBL and g.tok(head).pos_ in ("VERB", "AUX"):
        verb = head
        start = g.subtree(n)[0]
        carrier = next((o for o in g.children(verb, Role.OBJ)
                        if o < n and g.subtree(o)[-1] + 1 == start), None)
    else:
        return []
    if carrier is not None and recognised(carrier):
        out.extend(g.conjuncts(carrier))
    if verb is not None:
        out.extend(subjects(g, verb, pack) or inherited_subjects(g, verb, pack))
    return out
