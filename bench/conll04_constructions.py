"""Count CoNLL04 dev relations by the construction between their two mentions, found or missed.

Runs kg's default extractor (or ``--extractor NAME``) over
``../shared/eval/dev/conll04_dev.en.jsonl`` and classifies every gold relation
by a coarse pattern of the text between head and tail
(``X , president of Y``, ``Y 's X``, ``Y-based X``, ``X of Y``, ``X in Y``, ``born in``, a kill
verb, …). Prints, per construction and relation type, how many gold relations there are and how
many kg finds (pair matched by character-span overlap, direction kept). ``--show NAME`` prints
the missed sentences of one construction. An analysis aid: rules are chosen by the counts, not
by single sentences.

    python bench/conll04_constructions.py [--show apposition-role] [--limit N]
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

from kg.evaluation.records import find_shared, read_records

PATTERNS: tuple[tuple[str, str], ...] = (
    ("kill-verb", r"\b(kill|killed|killing|assassinat\w*|shot|shoot\w*|murder\w*|slain|slay\w*)\b"),
    ("born", r"\bborn\b"),
    ("based", r"-based\b|\bbased in\b|headquarter"),
    ("possessive", r"^\s*'s?\s*$|^\s*'s\b"),
    ("apposition-role", r"^\s*,\s*(the\s+|a\s+|an\s+)?[\w\s.-]*?\b(of|at|for)\s*(the\s+)?$"),
    ("comma-place", r"^\s*,\s*$"),
    ("of", r"^\s*(of|from)\s+(the\s+)?$"),
    ("in", r"^\s*(in|at)\s+(the\s+)?$"),
    ("adjacent", r"^\s*$"),
    ("verb-clause", r"\b(is|was|are|were|has|had|said|says|works?|worked|lives?|lived|"
                    r"joined|heads?|headed|leads?|led|elected|named|appointed)\b"),
)


def construction(text: str, head: tuple[int, int], tail: tuple[int, int]) -> str:
    """Return the coarse construction name of a gold pair from the text between the mentions."""
    lo, hi = (head[1], tail[0]) if head[0] < tail[0] else (tail[1], head[0])
    between = text[lo:hi] if lo <= hi else ""
    order = "" if head[0] < tail[0] else "<"
    for name, pattern in PATTERNS:
        if re.search(pattern, between, re.IGNORECASE):
            return name + order
    return ("near" if len(between.split()) <= 6 else "far") + order


def main() -> None:
    """Run kg on the CoNLL04 dev set and print found/gold per construction."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--show", default="")
    ap.add_argument("--type", default="")
    ap.add_argument("--limit", type=int)
    ap.add_argument("--extractor", default="kg.dependency_extractor.v1")
    ap.add_argument("--shared", type=Path)
    ns = ap.parse_args()
    from kg.evaluation.conll04 import load_mapping
    from kg.evaluation.system import documents, eval_settings
    from kg.pipeline import Settings, analyse
    from kg.rdf.iris import local_name
    from kg.resolve import resolve

    shared = find_shared(ns.shared)
    records = list(read_records(shared / "eval" / "dev" / "conll04_dev.en.jsonl", ns.limit))
    settings = eval_settings(Settings(lang="en", extractor=ns.extractor))
    mapping = load_mapping()
    gold: Counter[str] = Counter()
    found: Counter[str] = Counter()
    shown = 0
    for rec, analysis in zip(records, analyse(documents(records), settings), strict=True):
        doc = analysis.document
        res = resolve([(doc, analysis.mentions, analysis.raw)])
        pairs = []
        for t in res.triples:
            kind = mapping.get(local_name(t.predicate.id))
            if kind:
                pairs.append(((t.subject_mention.start, t.subject_mention.end),
                              (t.object_mention.start, t.object_mention.end), kind,
                              t.provenance.rule))
        for rel in rec.relations:
            h, tl = rec.entities[rel.head], rec.entities[rel.tail]
            name = construction(rec.text, (h.start, h.end), (tl.start, tl.end))
            key = f"{name:18} {rel.type}"
            gold[key] += 1
            hit = any(k == rel.type and s[0] < h.end and h.start < s[1] and o[0] < tl.end
                      and tl.start < o[1] for s, o, k, _ in pairs)
            found[key] += hit
            if not hit and ns.show and name == ns.show and (not ns.type or ns.type == rel.type):
                shown += 1
                print(f"- [{rel.type}] {h.text!r} -> {tl.text!r}\n  {rec.text}")
                print("  kg:", [(rec.text[s[0]:s[1]], k, rec.text[o[0]:o[1]], r)
                               for s, o, k, r in pairs])
    if ns.show:
        print(f"{shown} missed")
        return
    for key, n in sorted(gold.items(), key=lambda kv: -kv[1]):
        print(f"{key:32} {found[key]:3}/{n:3}")
    print(f"{'total':32} {sum(found.values()):3}/{sum(gold.values()):3}")


if __name__ == "__main__":
    main()
