"""``--store http://…``: build into a running SPARQL server, then query and report on it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.cli.main import main

pytestmark = pytest.mark.slow


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_build_query_report_remove_on_a_sparql_server(
        capsys: pytest.CaptureFixture[str], german_file: Path, tmp_path: Path,
        sparql_url: str) -> None:
    code, out, err = run(capsys, "build", str(german_file), "--store", sparql_url)
    assert code == 0, err
    assert "store: 1 added" in out
    code, out, err = run(capsys, "build", str(german_file), "--store", sparql_url)
    assert code == 0 and "1 unchanged" in out, err
    code, out, err = run(capsys, "query", sparql_url,
                         "SELECT ?a ?d WHERE { ?a kg:degree ?d } ORDER BY DESC(?d) ?a",
                         "-f", "json")
    assert code == 0, err
    rows = json.loads(out)
    assert rows and all(int(r["d"]) > 0 for r in rows)
    code, out, err = run(capsys, "report", sparql_url, "-o", str(tmp_path / "r.md"))
    assert code == 0, err
    text = (tmp_path / "r.md").read_text(encoding="utf-8")
    assert "Russland" in text and sparql_url in text
    code, out, err = run(capsys, "analyze", sparql_url, "-f", "json")
    assert code == 0, err
    assert json.loads(out)["documents"] == 1
    from kg.rdf.graphstore import open_store

    with open_store(sparql_url) as store:
        (doc,) = store.documents()
    code, out, err = run(capsys, "remove", sparql_url, doc.doc_id)
    assert code == 0, err
    code, out, err = run(capsys, "query", sparql_url, "ASK { ?s kg:degree ?d }", "-f", "json")
    assert code == 0 and "false" in out.lower(), (out, err)


def test_unreachable_store_url_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    from kg.rdf.serve import free_port

    url = f"http://127.0.0.1:{free_port()}"
    code, _out, err = run(capsys, "query", url, "ASK {}")
    assert code != 0 and err.startswith("kg: error: cannot reach") and err.count("\n") == 1
