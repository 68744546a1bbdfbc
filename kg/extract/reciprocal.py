"""Reciprocal clauses: coordinated subjects that act on each other.

``FPÖ und Grüne warfen sich gegenseitig ein böses Spiel vor``, ``Russia and Ukraine accused
each other``: a clause with a reciprocal cue (the pack's ``reciprocal_words``: ``gegenseitig``,
``einander``; ``each other``, ``one another``) and two or more coordinated subjects states the
verb's relation from each subject to each other one (rule ``svo``, the verb's own predicate).
A reflexive object of a verb whose relation is symmetric is such a cue too (``SPÖ und ÖVP
einigten sich``, ``trafen sich``).
"""

from __future__ import annotations

from collections.abc import Iterator

from kg.extract.candidate import Candidate
from kg.extract.clauses import subjects
from kg.extract.qualifiers import verb_lemma
from kg.extract.relations import load_table, predicate
from kg.lang import LanguagePack, pack_words
from kg.nlp.schemes import Graph, Role
from kg.types import Predicate


def _reciprocal(g: Graph, v: int, pack: LanguagePack) -> bool:
    """Whether a reciprocal cue hangs on ``v`` or on its predicative adjective.

    ``machen sich gegenseitig verantwortlich``: the parser may hang the cue on the adjective.
    """
    heads = [v, *(k for k in g.children(v, Role.XCOMP) if g.tok(k).pos_ == "ADJ")]
    for k in (c for h in heads for c in g.children(h)):
        words = " ".join(g.tok(j).text.lower() for j in g.subtree(k))
        if g.tok(k).text.lower() in pack.reciprocal_words or words in pack.reciprocal_words:
            return True
    return False


def _reciprocal_predicate(g: Graph, v: int, pack: LanguagePack) -> Predicate:
    """Return the relation of reciprocal verb ``v``: an idiom with its adjective, or its own.

    ``machen sich gegenseitig verantwortlich`` is ``accuses`` (the row's idiom
    ``machen+verantwortlich``), not ``machen``.
    """
    lemma = verb_lemma(g, v, pack)
    for k in g.children(v, Role.XCOMP):
        hit = load_table().idiom(pack.lang, lemma, g.tok(k).lemma_)
        if hit is not None and g.tok(k).pos_ == "ADJ":
            return hit.predicate(f"{lemma} {g.tok(k).lemma_}")
    return predicate(pack.lang, lemma)[0]


def _symmetric_reflexive(g: Graph, v: int, pack: LanguagePack) -> Predicate | None:
    """Return the symmetric relation of ``v`` with a reflexive object (``trafen sich``).

    The verb's own row, or its row with one of the pack's ``reciprocal_preps.txt``
    (``einigen`` + ``mit``: ``SPÖ und ÖVP einigten sich``).
    """
    if not any(g.tok(k).text.lower() in pack.reflexive_pronouns
               for k in g.children(v, Role.OBJ, Role.IOBJ, Role.EXPL)):
        return None
    lemma = verb_lemma(g, v, pack)
    for prep in (None, *sorted(pack_words(pack.lang, "reciprocal_preps.txt"))):
        hit = load_table().verb(pack.lang, lemma, prep)
        if hit is not None and hit.relation.symmetric:
            return hit.predicate(lemma)
    return None


def reciprocal_candidates(g: Graph, v: int, pack: LanguagePack) -> Iterator[Candidate]:
    """Yield ``a → b`` and ``b → a`` for the coordinated subjects of a reciprocal clause ``v``.

    A reflexive object of a verb whose relation is symmetric is reciprocal too (``SPÖ und ÖVP
    trafen sich``, ``einigten sich auf ein Paket``; ``the parties allied themselves``).
    """
    subj = subjects(g, v, pack)
    if len(subj) < 2:
        return
    if pack.reciprocal_words and _reciprocal(g, v, pack):
        pred = _reciprocal_predicate(g, v, pack)
    else:
        found = _symmetric_reflexive(g, v, pack)
        if found is None:
            return
        pred = found
    for a in subj:
        for b in subj:
            if a != b:
                yield Candidate("svo", a, b, pred, v, (v,))
