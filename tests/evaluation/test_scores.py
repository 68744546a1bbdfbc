from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.evaluation.scores import SetScore, f1_of, format_table, prf, results_record, write_json


@pytest.mark.parametrize(("counts", "expected"), [
    ((1, 2, 1, 4), (0.5, 0.25, 1 / 3)),
    ((0, 3, 0, 3), (0.0, 0.0, 0.0)),
    ((0, 0, 2, 4), (None, 0.5, None)),
    ((2, 2, 0, 0), (1.0, None, None)),
])
def test_prf(counts: tuple[int, int, int, int],
             expected: tuple[float | None, float | None, float | None]) -> None:
    got = prf(*counts)
    for value, want in zip((got.precision, got.recall, got.f1), expected, strict=True):
        assert value == (pytest.approx(want) if want is not None else None)


def test_f1_of_unknown_is_none() -> None:
    assert f1_of(None, 0.5) is None
    assert f1_of(0.5, 0.5) == pytest.approx(0.5)


SCORES = [
    SetScore("benchie-de", 150, 0.4, 0.2, 0.2667, (("triples", 80), ("strict_F1", None)), 12.3,
             note="lenient"),
    SetScore("conll04", 3, None, 0.0, None, (("mapped", 0),)),
]


def test_table_has_one_row_per_set_and_aligned_columns() -> None:
    table = format_table(SCORES)
    lines = table.splitlines()
    assert lines[0].split()[:6] == ["set", "n", "P", "R", "F1", "sec"]
    row = next(ln for ln in lines if ln.startswith("benchie-de"))
    assert "0.400" in row and "0.200" in row and "0.267" in row and "triples=80" in row
    assert "strict_F1=–" in row
    conll = next(ln for ln in lines if ln.startswith("conll04"))
    assert conll.split()[2] == "–"
    assert lines[0].index("F1") == lines[2].index("0.267") + len("0.267") - len("F1")
    assert "benchie-de: lenient" in lines[-1]


def test_json_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "eval.json"
    write_json(path, results_record(SCORES, {"commit": "abc"}))
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["commit"] == "abc"
    assert data["sets"]["benchie-de"] == {
        "n": 150, "precision": 0.4, "recall": 0.2, "f1": 0.2667, "triples": 80,
        "strict_F1": None, "seconds": 12.3, "note": "lenient"}
    assert data["sets"]["conll04"]["precision"] is None
