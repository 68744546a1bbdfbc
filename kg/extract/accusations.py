"""Charges that state a deed: ``X, convicted of murdering Y`` → X kills Y.

A verb of the pack's ``accusations.tsv`` (convict, charge, suspect …; verurteilen, anklagen …)
holds a person to a deed written as a phrase with one of the row's prepositions: a verb of the
relation table with its object (``convicted of assassinating Y``, ``charged with having
assassinated Y``) or an event noun of the table with its owner (``suspected of the
assassination of Y``, ``convicted of Y's killing``, ``wegen der Ermordung von Y verurteilt``).
The accused — the passive subject (a relative pronoun's antecedent), the noun the participle
describes (``John Harvey Adamson, convicted of …``) or the active verb's object (``accused X
of …``) — is the deed's subject. Driven by pack data only; a pack without the file gets nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from kg.extract.candidate import Candidate
from kg.extract.clauses import preposition
from kg.extract.qualifiers import verb_lemma
from kg.extract.relations import RelationMatch, load_table
from kg.lang import LanguagePack
from kg.nlp.schemes import Graph, Role


@lru_cache(maxsize=8)
def accusation_verbs(data_dir: Path | None) -> dict[str, frozenset[str]]:
    """Read ``accusations.tsv``: verb lemma → prepositions that introduce the deed."""
    path = data_dir / "accusations.tsv" if data_dir is not None else None
    if path is None or not path.is_file():
        return {}
    out: dict[str, frozenset[str]] = {}
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    for line in lines[1:]:
        cells = [c.strip() for c in line.split("\t")]
        if cells and cells[0]:
            preps = cells[1] if len(cells) > 1 else ""
            out[cells[0].lower()] = frozenset(p for p in preps.lower().split(",") if p)
    return out


def _accused(g: Graph, v: int, pack: LanguagePack) -> list[int]:
    """Return the person(s) charged by verb ``v``."""
    out = []
    for k in g.children(v, Role.SUBJ_PASS):
        if g.tok(k).text.lower() in pack.relative_pronouns and g.role(v) == Role.RELCL:
            out.append(g.head(v))
        else:
            out.append(k)
    if not out and g.role(v) == Role.ACL:
        out.append(g.head(v))
    if not out:
        out = g.children(v, Role.OBJ)
    return [c for k in out for c in g.conjuncts(k)]


def _deeds(g: Graph, k: int, pack: LanguagePack) -> Iterator[tuple[RelationMatch, int, list[int]]]:
    """Yield (relation, trigger, objects) for the deed phrase headed by ``k``."""
    table = load_table()
    t = g.tok(k)
    if t.pos_ == "VERB":
        hit = table.verb(pack.lang, verb_lemma(g, k, pack))
        if hit is not None and not hit.inverse and "+" not in hit.form:
            yield hit, k, [c for o in g.children(k, Role.OBJ) for c in g.conjuncts(o)]
    elif t.pos_ == "NOUN":
        hit = table.event(pack.lang, t.lemma_ or t.text)
        if hit is not None and hit.relation.genitive_is_object:
            owners = [o for o in g.children(k, Role.GEN, Role.NMOD)
                      if (o > k and (g.role(o) == Role.GEN or
                                     preposition(g, o) in pack.possessive_preps))
                      or (o < k and g.role(o) == Role.GEN and g.children(o, Role.CASE))]
            yield hit, k, [c for o in owners for c in g.conjuncts(o)]


def accusation_candidates(g: Graph, v: int, pack: LanguagePack) -> Iterator[Candidate]:
    """Yield ``accused relation victim`` for a charging verb ``v`` with a deed phrase."""
    verbs = accusation_verbs(pack.data_dir)
    if not verbs or g.tok(v).pos_ != "VERB":
        return
    preps = verbs.get(verb_lemma(g, v, pack))
    if preps is None:
        return
    accused = _accused(g, v, pack)
    if not accused:
        return
    for k in g.children(v, Role.OBL, Role.NMOD, Role.ADVCL, Role.OBL_ARG):
        prep = preposition(g, k) or next(
            (g.tok(m).text.lower() for m in g.children(k, Role.MARK)), None)
        if prep not in preps and not (not preps and prep is None):
            continue
        for hit, trigger, objects in _deeds(g, k, pack):
            for s in accused:
                for o in objects:
                    if o != s:
                        yield Candidate("accusation", s, o, hit.predicate(g.tok(trigger).lemma_),
                                        v, (trigger,))
