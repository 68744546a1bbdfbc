"""A store with damaged files gives one-line errors, never a traceback or a runaway process."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from rdflib import Dataset

from kg.cli.main import main
from kg.rdf.store import add_to_store, open_oxigraph_store


@pytest.fixture
def corrupt_store(tmp_path: Path, dataset: Dataset) -> Path:
    good = tmp_path / "good"
    add_to_store(good, dataset)
    with open_oxigraph_store(good) as st:
        st.raw.flush()  # write the tables out as .sst files
    bad = tmp_path / "bad"
    shutil.copytree(good, bad)
    tables = sorted(bad.glob("*.sst"))
    assert tables
    for table in tables:
        data = bytearray(table.read_bytes())
        for i in range(len(data) // 4, len(data) // 2):
            data[i] ^= 0x5A
        table.write_bytes(bytes(data))
    return bad


@pytest.mark.parametrize("argv", [
    ["query", "{store}", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"],
    ["query", "{store}", "most-connected"],
    ["export", "{store}", "-o", "{tmp}/out.nq"],
    ["report", "{store}", "-o", "{tmp}/report.md"],
])
def test_corrupt_store_is_a_one_line_error(capsys, tmp_path: Path, corrupt_store: Path,
                                           argv: list[str]) -> None:
    args = [a.replace("{store}", str(corrupt_store)).replace("{tmp}", str(tmp_path))
            for a in argv]
    code = main([*args, "--max-memory", "1024"] if argv[0] == "query" else args)
    err = capsys.readouterr().err
    assert code != 0
    assert err.count("\n") == 1 and err.startswith("kg: error: ")
    assert f"store at {corrupt_store} is corrupt (" in err and "rebuild" in err


@pytest.mark.slow
def test_serving_a_corrupt_store_is_a_one_line_error(capsys, corrupt_store: Path) -> None:
    code = main(["serve", str(corrupt_store), "--port", "0"])
    err = capsys.readouterr().err
    assert code != 0 and err.startswith("kg: error: ") and err.count("\n") == 1
    assert f"store at {corrupt_store} is corrupt (" in err
