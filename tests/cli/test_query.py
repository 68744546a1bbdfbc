from __future__ import annotations

from pathlib import Path

import pytest

from kg.cli.main import main
from kg.rdf.build import build_dataset, union_graph
from kg.rdf.store import add_to_store
from tests.rdf import sample


@pytest.fixture
def graph_file(tmp_path: Path) -> Path:
    path = tmp_path / "graph.ttl"
    union_graph(build_dataset(sample.resolution(), sample.documents())).serialize(path)
    return path


@pytest.fixture
def store_dir(tmp_path: Path) -> Path:
    path = tmp_path / "store"
    add_to_store(path, build_dataset(sample.resolution(), sample.documents()))
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_count_contract(capsys, graph_file: Path) -> None:
    code, out, _ = run(capsys, "query", str(graph_file),
                       "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "--format", "csv")
    assert code == 0 and out.splitlines()[0] == "n" and int(out.splitlines()[1]) > 100


def test_named_query_on_store(capsys, store_dir: Path) -> None:
    code, out, _ = run(capsys, "query", str(store_dir), "members-of", "--param", "org=OVKS",
                       "--format", "md")
    assert code == 0 and "| Kasachstan |" in out and "| Belarus |" in out


@pytest.mark.parametrize(("args", "message"), [
    (["nosuch"], "named queries: members-of"),
    (["members-of"], "needs --param org"),
    (["SELECT ?x WHERE {"], "malformed SPARQL"),
])
def test_query_errors_are_one_line(capsys, graph_file: Path, args: list[str],
                                   message: str) -> None:
    code, _, err = run(capsys, "query", str(graph_file), *args)
    assert code != 0 and message in err and len(err.strip().splitlines()) == 1


def test_validate_export_remove(capsys, tmp_path: Path, store_dir: Path,
                                graph_file: Path) -> None:
    assert run(capsys, "validate", str(graph_file))[0] == 0
    bad = tmp_path / "bad.ttl"
    bad.write_text(graph_file.read_text(encoding="utf-8").replace(
        'kg:docId "a1"', 'kg:docId "a1", "again"'), encoding="utf-8")
    code, out, _ = run(capsys, "validate", str(bad))
    assert code == 1 and "kg:docId" in out
    code, out, _ = run(capsys, "export", str(store_dir), "-o", str(tmp_path / "e.csv"))
    assert code == 0 and (tmp_path / "e.csv").exists()
    code, _, err = run(capsys, "remove", str(store_dir), "zz")
    assert code != 0 and "documents: a1, a2" in err
    code, out, _ = run(capsys, "remove", str(store_dir), "a2")
    assert code == 0 and "removed a2" in out
    code, out, _ = run(capsys, "query", str(store_dir), "members-of", "-p", "org=ovks", "-f", "csv")
    assert "Belarus" not in out and "Kasachstan" in out
    # Putin was only in a2: his description went with it; the store still validates
    code, out, _ = run(capsys, "query", str(store_dir), "ASK { kge:Q7747 ?p ?o }")
    assert code == 0 and "false" in out.lower()
    assert run(capsys, "validate", str(store_dir))[0] == 0


def test_query_and_analyze_take_a_period(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    from dataclasses import replace

    a1, a2 = sample.documents()
    path = tmp_path / "graph.trig"
    build_dataset(sample.resolution(), [replace(a1, date="2015-03-02"),
                                        replace(a2, date="2016-01-05")]).serialize(
        path, format="trig")
    code, out, _ = run(capsys, "query", str(path), "timeline", "-p", "actor=Belarus",
                       "--since", "2016", "-f", "csv")
    assert code == 0 and out.count("2016-01-05") == 2 and "2015" not in out
    code, out, _ = run(capsys, "query", str(path), "timeline", "-p", "actor=Belarus",
                       "--until", "2015")
    assert code == 0 and "Belarus" not in out
    code, out, err = run(capsys, "query", str(path), "members-of", "-p", "org=OVKS",
                         "--since", "2015")
    assert code != 0 and "no parameter 'since'" in err
    code, out, _ = run(capsys, "analyze", str(path), "--until", "2015", "-f", "json")
    assert code == 0 and "Lukaschenko" in out and "Putin" not in out  # Putin is in a2 only
    code, _, err = run(capsys, "analyze", str(path), "--since", "bald")
    assert code == 2 and "--since" in err


def test_build_refuses_a_bad_period(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text("Merkel trifft Putin.", encoding="utf-8")
    code, _, err = run(capsys, "build", str(tmp_path / "a.txt"), "-o", str(tmp_path / "out"),
                       "--since", "2016", "--until", "2015")
    assert code == 2 and "is after" in err and not (tmp_path / "out").exists()
