"""Reciprocal clauses: coordinated subjects that act on each other.

``FPÖ und Grüne warfen sich gegenseitig ein böses Spiel vor``, ``Russia and Ukraine accused
each other``: a clause with a reciprocal cue (the pack's ``reciprocal_words``: ``gegenseitig``,
``einander``; ``each other``, ``one another``) and two or more coordinated subjects states the
verb's relation from each subject to each other one (rule ``svo``, the verb's own predicate).
"""

from __future__ import annotations

from collections.abc import Iterator

from kg.extract.candidate import Candidate
from kg.extract.clauses import subjects, verb_lemma
from kg.extract.relations import predicate
from kg.lang import LanguagePack
from kg.nlp.schemes import Graph


def _reciprocal(g: Graph, v: int, pack: LanguagePack) -> bool:
    for k in g.children(v):
        words = " ".join(g.tok(j).text.lower() for j in g.subtree(k))
        if g.tok(k).text.lower() in pack.reciprocal_words or words in pack.reciprocal_words:
            return True
    return False


def reciprocal_candidates(g: Graph, v: int, pack: LanguagePack) -> Iterator[Candidate]:
    """Yield ``a → b`` and ``b → a`` for the coordinated subjects of a reciprocal clause ``v``."""
    if not pack.reciprocal_words:
        return
    subj = subjects(g, v, pack)
    if len(subj) < 2 or not _reciprocal(g, v, pack):
        return
    lemma = verb_lemma(g, v, pack)
    pred, _ = predicate(pack.lang, lemma)
    for a in subj:
        for b in subj:
            if a != b:
                yield Candidate("svo", a, b, pred, v, (v,))
