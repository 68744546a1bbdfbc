"""Agentless passives whose verb and preposition form one relation: ``X was born in Y``.

``X was born in Y``, ``X is based in Y``, ``X is located in Y`` state a relation of the passive
subject; there is no agent to be the subject, so the clause rules (:mod:`kg.extract.clauses`)
give nothing. When the relation table lists the verb *with* the preposition of one of its
phrases (``bear+in``, ``base+in``, ``locate+in``), the passive subject is the subject and the
phrase's noun the object. Verbs listed without a preposition are left alone: ``X was attacked
in Y`` says nothing about X and Y.

The subject's name apposition holds too (``the 34th President, Dwight D. Eisenhower, was born
in Denison``), and a phrase the parser hung on a date or a name complement of the verb counts
(``born on Feb. 5, 1907, in Portland``; ``born Charles Holley in Lubbock``). A relative
clause opened by ``where`` has the noun it describes as the place, for these rows and active
ones (``Rolling Fork, where Muddy Waters was born``, ``Boston, where she lives``: rule
``where``).
"""

from __future__ import annotations

from collections.abc import Iterator

from kg.extract.candidate import Candidate
from kg.extract.clauses import is_passive, preposition, subjects
from kg.extract.qualifiers import verb_lemma
from kg.extract.relations import load_table
from kg.lang import LanguagePack
from kg.nlp.schemes import Graph, Role


def stative_candidates(g: Graph, v: int, pack: LanguagePack) -> Iterator[Candidate]:
    """Yield ``subject relation place`` for an agentless passive with a prepositional row."""
    if not is_passive(g, v) or subjects(g, v, pack):
        return
    held = [c for k in g.children(v, Role.SUBJ_PASS) for c in g.conjuncts(k)]
    held += [a for k in held if g.tok(k).pos_ in ("NOUN", "PROPN")
             for a in g.children(k, Role.APPOS) if g.tok(a).pos_ == "PROPN" and a > k]
    yield from _rows(g, v, pack, held)


def where_candidates(g: Graph, v: int, pack: LanguagePack) -> Iterator[Candidate]:
    """Yield ``subject relation place`` for a relative clause on a place (``Y, where X lives``).

    A relative clause opened by one of the pack's ``place_relatives`` (``where``) says its
    event happened at the noun it describes: that noun stands for a phrase with the first
    ``inside`` preposition that forms a row with the verb (``bear+in``, ``live+in``). The
    subject is the active subject or, in an agentless passive, the passive subject (``where
    Muddy Waters was born``).
    """
    if g.role(v) != Role.RELCL or not any(
            g.tok(k).text.lower() in pack.place_relatives for k in g.children(v, Role.ADVMOD)):
        return
    held = subjects(g, v, pack)
    if not held and is_passive(g, v):
        held = [c for k in g.children(v, Role.SUBJ_PASS) for c in g.conjuncts(k)]
    lemma = verb_lemma(g, v, pack)
    place = g.head(v)
    hit = next((h for p in sorted(pack.inside_preps)
                if (h := load_table().verb(pack.lang, lemma, p)) is not None and
                "+" in h.form and not h.inverse), None)
    if hit is None or g.tok(place).pos_ not in ("NOUN", "PROPN"):
        return
    for s in held:
        if s != place:
            yield Candidate("where", s, place, hit.predicate(lemma), v, (v,))


def participle_stative_candidates(g: Graph, v: int, pack: LanguagePack) -> Iterator[Candidate]:
    """Yield the same for a participle describing a noun or the clause's subject.

    ``Acme, headquartered in Denver, …`` (the subject of the clause the participle modifies),
    ``Gordon Parks, born in Fort Scott`` (the noun it describes), ``the Chicago-based Sears``
    (a hyphenated place in front: the row's first preposition stands for the hyphen).
    """
    t = g.tok(v)
    if "Part" not in t.morph.get("VerbForm", []) or t.tag_ == "VBG" or \
            g.children(v, Role.SUBJ, Role.SUBJ_PASS, Role.AUX, Role.AUX_PASS):
        return
    head = g.head(v)
    if g.role(v) in (Role.ACL, Role.AMOD) and g.tok(head).pos_ in ("NOUN", "PROPN"):
        held = [head]  # not its conjuncts: "the Frankfurt-based X and Y's bank"
    elif g.role(v) == Role.ADVCL:
        held = subjects(g, head, pack)
    else:
        return
    yield from _rows(g, v, pack, held)
    if g.role(v) != Role.AMOD:
        return
    lemma = verb_lemma(g, v, pack)
    for k in g.children(v, Role.ADVMOD, Role.COMPOUND, Role.NMOD, Role.DEP, Role.OBL):
        if k < v and g.tok(k).pos_ == "PROPN" and any(g.tok(x).text == "-" for x in range(k, v)):
            hit = next((h for p in sorted(pack.inside_preps)
                        if (h := load_table().verb(pack.lang, lemma, p)) is not None and
                        "+" in h.form and not h.inverse), None)
            if hit is not None:
                for s in held:
                    yield Candidate("stative", s, k, hit.predicate(lemma), v, (v,))


def _rows(g: Graph, v: int, pack: LanguagePack, held: list[int]) -> Iterator[Candidate]:
    """Yield ``held relation noun`` for each phrase of ``v`` whose preposition forms a row."""
    if not held:
        return
    lemma = verb_lemma(g, v, pack)
    table = load_table()
    phrases = g.children(v, Role.OBL, Role.NMOD, Role.OBL_ARG)
    phrases += [n for k in [*phrases, *g.children(v, Role.XCOMP)]
                if g.tok(k).pos_ in ("PROPN", "NUM") or g.role(k) == Role.XCOMP
                for n in g.children(k, Role.NMOD)]
    for k in phrases:
        if g.tok(k).pos_ not in ("NOUN", "PROPN") or g.tok(k).like_num:
            continue  # "born in 1890" is a time, not a place
        prep = preposition(g, k)
        hit = table.verb(pack.lang, lemma, prep) if prep else None
        if hit is None or "+" not in hit.form or hit.inverse:
            continue
        for o in g.conjuncts(k):
            for s in held:
                yield Candidate("stative", s, o, hit.predicate(lemma), v, (v,))
