"""Whole-store readers (export, report, analyze, render) stop at --max-memory with one line."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from rdflib import Dataset

from kg.cli.main import main
from kg.rdf import graphstore
from kg.rdf.store import add_to_store

COMMANDS = [
    ["export", "{store}", "-o", "{tmp}/out.nq"],
    ["report", "{store}", "-o", "{tmp}/report.md"],
    ["analyze", "{store}"],
    ["render", "{store}", "-o", "{tmp}/graph.html"],
]


@pytest.fixture
def store(tmp_path: Path, dataset: Dataset) -> Path:
    path = tmp_path / "store"
    add_to_store(path, dataset)
    return path


def _argv(argv: list[str], store: Path, tmp: Path) -> list[str]:
    return [a.replace("{store}", str(store)).replace("{tmp}", str(tmp)) for a in argv]


@pytest.mark.parametrize("argv", COMMANDS)
def test_reading_more_than_the_cap_is_a_one_line_error(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
        store: Path, argv: list[str]) -> None:
    @contextmanager
    def hungry(source: str) -> Iterator[None]:  # a store read that needs 2 GB
        blob = bytearray(2 << 30)
        yield None
        del blob

    monkeypatch.setattr(graphstore, "open_store", hungry)
    code = main([*_argv(argv, store, tmp_path), "--max-memory", "256"])
    err = capsys.readouterr().err
    assert code != 0
    assert err.count("\n") == 1 and err.startswith("kg: error: ")
    assert f"kg {argv[0]} needed more memory than --max-memory 256 MB" in err


@pytest.mark.parametrize("argv", COMMANDS)
def test_under_the_cap_the_command_works(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                         store: Path, argv: list[str]) -> None:
    assert main([*_argv(argv, store, tmp_path), "--max-memory", "1024"]) == 0
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    assert "wrote" in captured.out + captured.err or "7 actors" in captured.out


def test_a_cap_below_the_minimum_is_refused(capsys: pytest.CaptureFixture[str],
                                            store: Path) -> None:
    assert main(["analyze", str(store), "--max-memory", "10"]) == 2
    assert capsys.readouterr().err.startswith("kg: error: --max-memory must be at least 256")
