"""Per-set results, precision/recall/F1, and their rendering as one table and as JSON."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

Figure = float | int | str | None


@dataclass(frozen=True, slots=True)
class PRF:
    """Precision, recall and F1 from counts; ``None`` where a denominator is zero."""

    precision: float | None
    recall: float | None
    f1: float | None


@dataclass(frozen=True, slots=True)
class SetScore:
    """What scoring kg on one evaluation set gave."""

    name: str
    n: int  # documents (records) scored
    precision: float | None
    recall: float | None
    f1: float | None
    extra: tuple[tuple[str, Figure], ...] = ()  # further figures, in display order
    seconds: float = 0.0
    note: str = ""  # how precision/recall are defined for this set, when not obvious
    errors: tuple[str, ...] = ()  # documents kg failed on ("<id>: <error>"), or why the set failed
    extractor: str = ""  # registry name of the extractor the set was scored with


def ratio(numerator: int, denominator: int) -> float | None:
    """Return ``numerator / denominator``, or ``None`` when the denominator is zero."""
    return numerator / denominator if denominator else None


def f1_of(precision: float | None, recall: float | None) -> float | None:
    """Return the harmonic mean of precision and recall (``None`` if either is unknown)."""
    if precision is None or recall is None:
        return None
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def prf(correct_system: int, system: int, found_gold: int, gold: int) -> PRF:
    """Return P = correct_system / system, R = found_gold / gold and their harmonic mean."""
    p, r = ratio(correct_system, system), ratio(found_gold, gold)
    return PRF(p, r, f1_of(p, r))


def _fmt(value: Figure) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def format_table(scores: Sequence[SetScore]) -> str:
    """Render the scores as one plain-text table: set, n, P, R, F1, seconds, further figures."""
    header = ("set", "n", "P", "R", "F1", "sec", "details")
    rows = [(s.name, str(s.n), _fmt(s.precision), _fmt(s.recall), _fmt(s.f1), f"{s.seconds:.0f}",
             "  ".join([*(f"{k}={_fmt(v)}" for k, v in s.extra),
                        *([f"errors={len(s.errors)}"] if s.errors else [])])) for s in scores]
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header) - 1)]

    def line(cells: Sequence[str]) -> str:
        pairs = enumerate(zip(cells, widths, strict=False))
        head = [c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in pairs]
        return "  ".join([*head, cells[-1]]).rstrip()

    out = [line(header), line(["-" * w for w in widths] + ["-------"])]
    out += [line(r) for r in rows]
    notes = [f"{s.name}: {s.note}" for s in scores if s.note]
    notes += [f"{s.name}: error {e}" for s in scores for e in s.errors[:3]]
    return "\n".join(out + (["", *notes] if notes else []))


def _round(value: Figure) -> Figure:
    return round(value, 4) if isinstance(value, float) else value


def score_record(score: SetScore) -> dict[str, Any]:
    """Return one set's figures as a JSON-ready mapping."""
    return {
        "n": score.n,
        "precision": _round(score.precision),
        "recall": _round(score.recall),
        "f1": _round(score.f1),
        **{key: _round(value) for key, value in score.extra},
        "seconds": round(score.seconds, 1),
        **({"extractor": score.extractor} if score.extractor else {}),
        **({"note": score.note} if score.note else {}),
        **({"errors": list(score.errors)} if score.errors else {}),
    }


def results_record(scores: Iterable[SetScore], meta: Mapping[str, Any]) -> dict[str, Any]:
    """Return the whole run (``meta`` plus every set) as one JSON-ready mapping."""
    return {**meta, "sets": {s.name: score_record(s) for s in scores}}


def write_json(path: Path, record: Mapping[str, Any]) -> None:
    """Write ``record`` as indented UTF-8 JSON, creating the parent folder."""
    from ..errors import OutputError

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(record, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    except OSError as err:
        raise OutputError(f"cannot write {path}: {err.strerror}") from None
