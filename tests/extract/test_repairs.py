"""Parse repairs never close a cycle in the dependency tree (one made extraction loop forever)."""

from __future__ import annotations

from kg.extract.repairs import repair
from kg.nlp.schemes import normalise

from .builders import build


def _reaches_root(heads: tuple[int, ...], i: int) -> bool:
    for _ in range(len(heads)):
        if heads[i] == i:
            return True
        i = heads[i]
    return False


def test_late_conjunct_inside_its_own_clause_is_not_moved() -> None:
    # "A kam, B ging und C blieb": the parser hangs "ging" under "blieb" and "und" under "ging";
    # walking up from "und" finds "ging", a verb inside "blieb"'s own clause. Making "blieb" its
    # conjunct would close a cycle (blieb → ging → blieb).
    doc = build([
        ("A", 1, "nsubj", "PROPN", "A", ""),
        ("kam", 1, "ROOT", "VERB", "kommen", ""),
        (",", 1, "punct", "PUNCT", ",", ""),
        ("B", 4, "nsubj", "PROPN", "B", ""),
        ("ging", 7, "advcl", "VERB", "gehen", ""),
        ("und", 4, "cc", "CCONJ", "und", ""),
        ("C", 7, "nsubj", "PROPN", "C", ""),
        ("blieb", 1, "conj", "VERB", "bleiben", ""),
    ])
    g = repair(normalise(doc))
    assert all(_reaches_root(g.heads, i) for i in range(len(doc)))
    assert g.heads[7] == 1  # "blieb" stays the conjunct of "kam"
    assert g.subtree(1) == list(range(len(doc)))


def test_late_conjunct_still_repaired_when_no_cycle() -> None:
    # "A leitete B und befehligte C": "befehligte" hung on the root verb's object noun is moved
    # to the verb before "und" (the repair the module docstring describes).
    doc = build([
        ("A", 1, "nsubj", "PROPN", "A", ""),
        ("leitete", 1, "ROOT", "VERB", "leiten", ""),
        ("B", 1, "obj", "PROPN", "B", ""),
        ("und", 2, "cc", "CCONJ", "und", ""),
        ("befehligte", 0, "conj", "VERB", "befehligen", ""),
        ("C", 4, "obj", "PROPN", "C", ""),
    ])
    g = repair(normalise(doc))
    assert all(_reaches_root(g.heads, i) for i in range(len(doc)))
    assert g.heads[4] == 1
