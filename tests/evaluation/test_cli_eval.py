"""``kg eval`` through the CLI entry point."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.cli.main import main
from tests.conftest import has_shared


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_unknown_set_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "eval", "--sets", "nope")
    assert code == 2 and "unknown evaluation set nope" in err


def test_missing_shared_folder(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "eval", "--sets", "sample", "--shared", str(tmp_path))
    assert code == 2 and "--shared" in err


def _pipeline_ready() -> bool:
    try:
        from kg import registry
        from kg.resolve import resolve  # noqa: F401

        registry.get("extractors", "kg.dependency_extractor.v1")
    except Exception:
        return False
    return True


@pytest.mark.slow
@pytest.mark.skipif(not has_shared("eval", "score.py"), reason="needs ../shared")
@pytest.mark.skipif(not _pipeline_ready(), reason="the pipeline is not importable yet")
def test_eval_sample_end_to_end(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    out_json = tmp_path / "eval.json"
    code, out, err = run(capsys, "eval", "--sets", "sample", "--json", str(out_json))
    assert code == 0, err
    assert out.splitlines()[0].split()[:5] == ["set", "n", "P", "R", "F1"]
    assert any(line.startswith("sample ") for line in out.splitlines())
    data = json.loads(out_json.read_text(encoding="utf-8"))
    sample = data["sets"]["sample"]
    assert sample["n"] == 1 and sample["triples"] > 0
    assert 0.0 <= sample["lenient.recall_core"] <= 1.0
    assert sample["recall"] == sample["lenient.recall_core"]


def test_a_set_that_cannot_run_is_reported_and_fails(capsys: pytest.CaptureFixture[str],
                                                      tmp_path: Path) -> None:
    (tmp_path / "eval" / "dev").mkdir(parents=True)
    out_json = tmp_path / "r.json"
    code, out, err = run(capsys, "eval", "--sets", "conll04,benchie-de", "--shared",
                         str(tmp_path), "--json", str(out_json))
    assert code == 1 and "could not score conll04" in err and "benchie-de" in err
    assert out.splitlines()[2].startswith("conll04") and "errors=1" in out
    data = json.loads(out_json.read_text(encoding="utf-8"))
    assert data["sets"]["conll04"]["n"] == 0
    assert "conll04_dev.en.jsonl" in data["sets"]["conll04"]["errors"][0]


def test_unknown_extractor_names_the_registered_ones(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "eval", "--sets", "conll04", "--extractor", "nope")
    assert code == 2 and "kg.openie_extractor.v1" in err and len(err.strip().splitlines()) == 1
