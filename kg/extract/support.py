"""Support-verb constructions: an event noun or a predicative adjective carries the relation.

* **support verb + event noun** — ``Die Türkei hatte Angriffe auf Stellungen des IS
  gestartet``, ``ein Prüfverfahren gegen Polen eröffnen``, ``launched attacks on Mosul``: a verb
  of the pack's ``support_verbs`` whose object is an event noun of the relation table states the
  noun's relation from the verb's subject to the noun's prepositional object (with one of the
  noun's prepositions; also the phrase the parser hung on the verb right after the noun). An
  actor owning that object (``Stellungen des IS``) is an object too.
* **event noun + agent phrase** — ``Kritik an Schelling kam von den Grünen``, ``Rüffel vom
  Parteichef gab es für X``, ``Criticism of the plan came from the Greens``: an event noun that
  is the subject or object of a verb of the pack's ``event_verbs`` takes the ``von``/``from``
  phrase of the verb or of the noun as its agent.
* **going to a meeting** — ``Bashir hält sich zu einem Gipfeltreffen der AU auf``, ``reist zum
  Gipfel der EU``, ``travelled to a summit of the AU``: a verb of the pack's
  ``attendance_verbs.txt`` with a phrase of its prepositions whose noun is a ``meetsWith``
  event noun meets the actor owning that meeting (genitive or ``of``; rule ``attendance``).
* **verb + predicative adjective** — ``Die Armee machte die PKK verantwortlich``, ``held the
  PKK responsible``: a verb with an adjective complement listed as an idiom of the relation
  table (``machen+verantwortlich``) relates its subject to its object (rule ``responsibility``;
  a name the parser hung elsewhere between the verb and the adjective counts as the object).
"""

from __future__ import annotations

from collections.abc import Iterator

from kg.extract.arguments import Arguments
from kg.extract.candidate import Candidate
from kg.extract.clauses import (
    inherited_subjects,
    noun_forms,
    preposition,
    subjects,
)
from kg.extract.qualifiers import verb_lemma
from kg.extract.relations import RelationMatch, load_table
from kg.lang import LanguagePack, pack_words
from kg.nlp.schemes import Graph, Role

_ADJ_ROLES = (Role.XCOMP, Role.ADVMOD, Role.DEP, Role.OBL, Role.AMOD)


def _noun_objects(g: Graph, n: int, v: int, preps: frozenset[str]) -> list[int]:
    """Return the prepositional objects of event noun ``n`` (also hung on verb ``v`` after it)."""
    out = [k for k in g.children(n, Role.NMOD) if preposition(g, k) in preps]
    if not out:
        after = g.subtree(n)[-1] + 1
        out = [k for k in g.children(v, Role.OBL, Role.OBL_ARG)
               if g.subtree(k)[0] == after and preposition(g, k) in preps]
    return [c for k in out for c in g.conjuncts(k)]


def _owners(g: Graph, k: int, args: Arguments) -> list[int]:
    """Return recognised genitive owners of a noun object (``Stellungen des IS`` → IS)."""
    if args.recognised(k) is not None:
        return []
    return [c for j in g.children(k, Role.GEN) for c in g.conjuncts(j)
            if args.recognised(c) is not None]


def _event(g: Graph, n: int, lang: str) -> RelationMatch | None:
    """Look noun ``n`` up as an event noun by its lemma or its dictionary lemma."""
    table = load_table()
    return next((hit for form in noun_forms(g, n, lang)
                 if (hit := table.event(lang, form)) is not None), None)


def support_candidates(g: Graph, v: int, pack: LanguagePack,
                       args: Arguments) -> Iterator[Candidate]:
    """Yield the candidates of verb ``v`` carried by its event noun or adjective."""
    table = load_table()
    lemma = verb_lemma(g, v, pack)
    subj = subjects(g, v, pack) or inherited_subjects(g, v, pack)
    if lemma in pack.support_verbs and subj:
        for n in g.children(v, Role.OBJ):
            hit = _event(g, n, pack.lang)
            if hit is None or g.children(n, Role.GEN):
                continue  # "die Angriffe Russlands": the noun has its own agent
            pred = hit.predicate(f"{lemma} {g.tok(n).lemma_}")
            for o in _noun_objects(g, n, v, hit.relation.preps.get(pack.lang, frozenset())):
                for target in [o, *_owners(g, o, args)]:
                    for s in subj:
                        yield Candidate("idiom", s, target, pred, v, (v, n),
                                        symmetric=hit.relation.symmetric)
    if lemma in pack.event_verbs:
        sources = pack.agent_preps | pack.origin_preps  # "von den Grünen", "from Labour"
        on_verb = [c for k in g.children(v, Role.OBL) if preposition(g, k) in sources
                   for c in g.conjuncts(k)]
        for n in g.children(v, Role.SUBJ, Role.OBJ):  # "Kritik … kam", "Rüffel … gab es"
            hit = _event(g, n, pack.lang)
            agents = on_verb or [c for k in g.children(n, Role.NMOD)
                                 if preposition(g, k) in pack.agent_preps for c in g.conjuncts(k)]
            if hit is None or not agents:
                continue
            preps = hit.relation.preps.get(pack.lang, frozenset())
            objects = [c for k in g.children(n, Role.NMOD)
                       if preposition(g, k) in preps for c in g.conjuncts(k)]
            # a light verb's phrases belong to its event noun: "Kritik an X kam", "gab es für X"
            objects += [c for k in g.children(v, Role.OBL, Role.OBL_ARG)
                        if preposition(g, k) in preps for c in g.conjuncts(k)]
            for a in agents:
                for o in objects:
                    yield Candidate("nominal", a, o, hit.predicate(g.tok(n).lemma_), n, (n,))
    yield from _attendance(g, v, lemma, subj, pack, args)
    for adj in g.children(v, *_ADJ_ROLES):
        if g.tok(adj).pos_ != "ADJ" or not subj:
            continue
        hit = table.idiom(pack.lang, lemma, g.tok(adj).lemma_ or g.tok(adj).text)
        if hit is None:
            continue
        objects = g.children(v, Role.OBJ) or [
            k for k in range(v + 1, adj) if preposition(g, k) is None and
            (args.recognised(k) is not None or g.tok(k).pos_ == "PROPN")]
        pred = hit.predicate(f"{g.tok(adj).text.lower()} {lemma}")
        for o in objects[:1] if not g.children(v, Role.OBJ) else objects:
            for s in subj:
                yield Candidate("responsibility", s, o, pred, v, (v, adj))


def _attendance_preps(lang: str, lemma: str) -> frozenset[str]:
    """Return the prepositions with which verb ``lemma`` goes to a meeting (pack data)."""
    for line in pack_words(lang, "attendance_verbs.txt"):
        verb, _, preps = line.partition(" ")
        if verb == lemma:
            return frozenset(preps.split("|"))
    return frozenset()


def _attendance(g: Graph, v: int, lemma: str, subj: list[int], pack: LanguagePack,
                args: Arguments) -> Iterator[Candidate]:
    """Yield ``subject meetsWith owner`` for going to a meeting of an actor (docstring)."""
    preps = _attendance_preps(pack.lang, lemma) if subj else frozenset()
    if not preps:
        return
    for k in g.children(v, Role.OBL, Role.OBL_ARG):
        hit = _event(g, k, pack.lang)
        if hit is None or hit.relation.id != "meetsWith" or preposition(g, k) not in preps:
            continue
        owners = [c for j in g.children(k, Role.GEN, Role.NMOD)
                  if g.role(j) == Role.GEN or preposition(g, j) in pack.possessive_preps
                  for c in g.conjuncts(j) if args.recognised(c) is not None]
        pred = hit.predicate(f"{lemma} {g.tok(k).lemma_}")
        for o in owners:
            for s in subj:
                yield Candidate("attendance", s, o, pred, v, (v, k))
