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


@pytest.fixture
def cut_log_store(tmp_path: Path, dataset: Dataset) -> Path:
    """A store whose writer died before flushing, with its newest write-ahead log cut in half."""
    import subprocess
    import sys

    source = tmp_path / "source.trig"
    dataset.serialize(source, format="trig")
    good = tmp_path / "crashed"
    script = ("import os, sys\n"
              "from rdflib import Dataset\n"
              "from kg.rdf.store import open_store\n"
              "ds = Dataset(); ds.parse(sys.argv[2], format='trig')\n"
              "with open_store(sys.argv[1], create=True) as st:\n"
              "    st.add_dataset(ds)\n"
              "    os._exit(0)  # no flush, no close: the data is only in the log\n")
    subprocess.run([sys.executable, "-c", script, str(good), str(source)], check=True)
    bad = tmp_path / "bad"
    shutil.copytree(good, bad)
    log = max(bad.glob("*.log"), key=lambda p: int(p.stem))
    data = log.read_bytes()
    log.write_bytes(data[:len(data) // 2])
    return bad


def test_a_cut_write_ahead_log_is_a_one_line_error(capsys, cut_log_store: Path) -> None:
    log = max(cut_log_store.glob("*.log"), key=lambda p: int(p.stem))
    code = main(["query", str(cut_log_store), "SELECT * WHERE { ?s ?p ?o } LIMIT 1"])
    err = capsys.readouterr().err
    assert code != 0 and err.startswith("kg: error: ") and err.count("\n") == 1
    assert f"store at {cut_log_store} is corrupt ({log.name} ends inside a record" in err
    assert log.exists()  # RocksDB did not open it (that would drop the tail and the log)


def test_an_uncut_log_of_a_crashed_writer_opens(capsys, cut_log_store: Path,
                                                tmp_path: Path) -> None:
    crashed = tmp_path / "crashed"
    assert main(["query", str(crashed), "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
                 "--format", "csv"]) == 0
    assert int(capsys.readouterr().out.split()[-1]) > 0
