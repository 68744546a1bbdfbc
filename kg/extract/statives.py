"""Agentless passives whose verb and preposition form one relation: ``X was born in Y``.

``X was born in Y``, ``X is based in Y``, ``X is located in Y`` state a relation of the passive
subject; there is no agent to be the subject, so the clause rules (:mod:`kg.extract.clauses`)
give nothing. When the relation table lists the verb *with* the preposition of one of its
phrases (``bear+in``, ``base+in``, ``locate+in``), the passive subject is the subject and the
phrase's noun the object. Verbs listed without a preposition are left alone: ``X was attacked
in Y`` says nothing about X and Y.
"""

from __future__ import annotations

from collections.abc import Iterator

from kg.extract.candidate import Candidate
from kg.extract.clauses import is_passive, preposition, subjects, verb_lemma
from kg.extract.relations import load_table
from kg.lang import LanguagePack
from kg.nlp.schemes import Graph, Role


def stative_candidates(g: Graph, v: int, pack: LanguagePack) -> Iterator[Candidate]:
    """Yield ``subject relation place`` for an agentless passive with a prepositional row."""
    if not is_passive(g, v) or subjects(g, v, pack):
        return
    held = [c for k in g.children(v, Role.SUBJ_PASS) for c in g.conjuncts(k)]
    if not held:
        return
    lemma = verb_lemma(g, v, pack)
    table = load_table()
    for k in g.children(v, Role.OBL, Role.NMOD, Role.OBL_ARG):
        prep = preposition(g, k)
        hit = table.verb(pack.lang, lemma, prep) if prep else None
        if hit is None or "+" not in hit.form or hit.inverse:
            continue
        for o in g.conjuncts(k):
            for s in held:
                yield Candidate("stative", s, o, hit.predicate(lemma), v, (v,))
