"""A party's local branch or unit: ``Salzburger SPÖ subsidiaryOf SPÖ`` (rule ``branch``).

The recogniser makes a known national party after a town's or region's adjective its branch
there, an organisation of its own (:func:`kg.recognize.rules.branch_rule`: ``die Salzburger
SPÖ``, ``des niederösterreichischen BZÖ``, ``die bayerische SPD``), and a party's name with a
unit noun its unit (:func:`kg.recognize.rules.party_unit_rule`: ``der ÖVP-Klub``, ``das
SPÖ-Team``, ``the SPÖ team``); this rule states what the name says: the branch or unit is a
subsidiary of the party (its mention is the name's last word, or its first part).
"""

from __future__ import annotations

from collections.abc import Iterator

from kg.extract.arguments import Arguments
from kg.extract.candidate import Candidate
from kg.extract.relations import load_table
from kg.knowledge.gazetteer import gazetteer
from kg.nlp.schemes import Graph
from kg.recognize.rules import BRANCH, branch_place, unit_of
from kg.types import ActorType, Mention

RULE = BRANCH  # the recogniser's rule name for the branch is the statement's too


def branch_candidates(g: Graph, i: int, args: Arguments) -> Iterator[Candidate]:
    """Yield ``branch subsidiaryOf party`` when token ``i`` ends a branch's mention."""
    m = args.recognised(i)
    tok = g.tok(i)
    if m is None or m.type != ActorType.ORGANIZATION or m.key or \
            m.end != tok.idx + len(tok.text) or i == 0 or m.start != g.tok(i - 1).idx:
        return
    gaz = gazetteer()
    entry = gaz.entries.get(gaz.exact.get(tok.text, ""))
    relation = load_table().relations.get("subsidiaryOf")
    if entry is None or entry.type != ActorType.ORGANIZATION or not entry.country or \
            relation is None or not branch_place(g.doc[i - 1]):
        return
    party = Mention(args.doc_id, tok.idx, m.end, tok.text, ActorType.ORGANIZATION,
                    key=entry.id, source="rule")
    yield Candidate(RULE, i, i, relation.predicate(tok.text), i, (i,), descriptive=True,
                    subject_mention=m, object_mention=party)


def unit_candidates(g: Graph, i: int, args: Arguments) -> Iterator[Candidate]:
    """Yield ``unit subsidiaryOf party`` when token ``i`` ends a party unit's mention."""
    m = args.recognised(i)
    tok = g.tok(i)
    if m is None or m.type != ActorType.ORGANIZATION or m.key or \
            m.end != tok.idx + len(tok.text):
        return
    unit = unit_of(m.text, args.pack.lang)
    relation = load_table().relations.get("subsidiaryOf")
    if unit is None or relation is None:
        return
    name, entry = unit
    party = Mention(args.doc_id, m.start, m.start + len(name), name, ActorType.ORGANIZATION,
                    key=entry.id, source="rule")
    yield Candidate(RULE, i, i, relation.predicate(name), i, (i,), descriptive=True,
                    subject_mention=m, object_mention=party)
