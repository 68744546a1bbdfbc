"""Calibration: how often kg's triples are right at each confidence, on a gold set.

A triple's ``confidence`` should read as the chance that it is right. This module buckets the
triples of a run by confidence and counts, per bucket, those that match a gold triple. On the
sample article a system triple counts as correct when it matches a gold triple of any tier
(core, hard or extra) the way the shared scorer's lenient mode matches: both actors match a
gold alias (case- and accent-folded, whole words), in the gold direction (either direction
for a symmetric relation, the reverse one with an inverse keyword), the predicate contains one
of the gold keywords (an ``extra`` triple with no keywords accepts any predicate), and the
triple is not negated. The gold is not exhaustive, so each accuracy is a lower bound.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ..types import Entity, Triple

#: Bucket edges: [0, 0.5), [0.5, 0.7), [0.7, 0.85), [0.85, 1].
EDGES = (0.0, 0.5, 0.7, 0.85, 1.0)
_SPECIAL = str.maketrans({"ł": "l", "Ł": "l", "ß": "ss", "ø": "o", "đ": "d", "æ": "ae", "œ": "oe"})
_CAMEL = re.compile(r"([a-z])([A-Z])")


@dataclass(frozen=True, slots=True)
class Bucket:
    """The triples whose confidence lies in ``[low, high)`` (the last bucket includes 1.0)."""

    low: float
    high: float
    triples: int
    correct: int
    mean_confidence: float | None  # None when the bucket is empty

    @property
    def accuracy(self) -> float | None:
        """Return the share of correct triples (None when the bucket is empty)."""
        return self.correct / self.triples if self.triples else None

    @property
    def label(self) -> str:
        """Return the bucket as an interval: ``[0.70, 0.85)``."""
        close = "]" if self.high >= EDGES[-1] else ")"
        return f"[{self.low:.2f}, {self.high:.2f}{close}"


def fold(text: str) -> str:
    """Return ``text`` lower-cased, without accents, as space-separated words."""
    text = unicodedata.normalize("NFKD", str(text).translate(_SPECIAL))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return " ".join(re.findall(r"[a-z0-9]+", text))


def _names(entity: Entity) -> list[str]:
    return [fold(n) for n in (entity.label, *entity.aliases, re.split(r"[/#:]", entity.id)[-1])
            if n]


def _matches(names: Sequence[str], aliases: Iterable[str]) -> bool:
    for alias in (fold(a) for a in aliases):
        if alias and any(name == alias or (len(alias) >= 3 and re.search(
                rf"(^| ){re.escape(alias)}( |$)", name)) for name in names):
            return True
    return False


def _predicate_text(triple: Triple) -> str:
    pred = triple.predicate
    raw = _CAMEL.sub(r"\1 \2", " ".join(p for p in (pred.label, pred.lemma, pred.id) if p))
    return f"{fold(raw)} {raw.lower()}"


def _has_keyword(text: str, keywords: Iterable[str]) -> bool:
    return any(fold(k) in text or k.lower() in text for k in keywords)


def is_correct(triple: Triple, gold: Mapping[str, Any]) -> bool:
    """Tell whether ``triple`` matches a gold triple of any tier (see the module docstring)."""
    if triple.negated:
        return False
    entities: Mapping[str, Sequence[str]] = gold.get("entities", {})
    subject, obj = _names(triple.subject), _names(triple.object)
    predicate = _predicate_text(triple)
    for g in gold.get("triples", []):
        s_aliases, o_aliases = entities.get(g["subject"], ()), entities.get(g["object"], ())
        keywords = g.get("predicate_keywords") or []
        any_predicate = g.get("tier") == "extra" and not keywords
        forward = _matches(subject, s_aliases) and _matches(obj, o_aliases)
        reverse = _matches(subject, o_aliases) and _matches(obj, s_aliases)
        if (forward or (reverse and g.get("symmetric"))) and (
                any_predicate or _has_keyword(predicate, keywords)):
            return True
        if reverse and g.get("inverse_keywords") and _has_keyword(predicate,
                                                                   g["inverse_keywords"]):
            return True
    return False


def calibrate(triples: Iterable[Triple], gold: Mapping[str, Any],
              edges: Sequence[float] = EDGES) -> tuple[Bucket, ...]:
    """Return, per confidence bucket, how many triples fall in it and how many are correct."""
    found: list[list[tuple[float, bool]]] = [[] for _ in edges[:-1]]
    for triple in triples:
        conf = triple.provenance.confidence
        index = next((i for i in range(len(edges) - 1) if conf < edges[i + 1]), len(edges) - 2)
        found[index].append((conf, is_correct(triple, gold)))
    return tuple(
        Bucket(edges[i], edges[i + 1], len(rows), sum(ok for _, ok in rows),
               sum(c for c, _ in rows) / len(rows) if rows else None)
        for i, rows in enumerate(found))


def format_calibration(name: str, buckets: Sequence[Bucket]) -> str:
    """Render buckets as a small table: interval, triples, correct, accuracy, mean confidence."""
    header = f"calibration on {name} (correct = matches a gold triple of any tier)"
    lines = [header, f"{'confidence':<13}{'triples':>8}{'correct':>9}{'accuracy':>10}"
                     f"{'mean conf':>11}"]
    for b in buckets:
        acc = f"{b.accuracy:.3f}" if b.accuracy is not None else "–"
        mean = f"{b.mean_confidence:.3f}" if b.mean_confidence is not None else "–"
        lines.append(f"{b.label:<13}{b.triples:>8}{b.correct:>9}{acc:>10}{mean:>11}")
    return "\n".join(lines)


def calibration_record(buckets: Sequence[Bucket]) -> list[dict[str, Any]]:
    """Return buckets as JSON-ready mappings."""
    return [{"low": b.low, "high": b.high, "triples": b.triples, "correct": b.correct,
             "accuracy": None if b.accuracy is None else round(b.accuracy, 4),
             "mean_confidence": None if b.mean_confidence is None else round(b.mean_confidence,
                                                                             4)}
            for b in buckets]
