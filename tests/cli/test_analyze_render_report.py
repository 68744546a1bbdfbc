import json
from pathlib import Path

import pytest

from kg.analysis.synthetic import demo_graph
from kg.cli.main import main


@pytest.fixture(scope="module")
def ttl(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("g") / "demo.ttl"
    demo_graph().serialize(path, format="turtle")
    return path


def test_analyze_json_and_write_back(ttl: Path, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "annotated.ttl"
    code = main(["analyze", str(ttl), "--top", "3", "--format", "json", "--concepts",
                 "--path", "Putin", "Kasachstan", "--write-back", str(out)])
    assert code == 0
    data = json.loads(capsys.readouterr().out)
    assert [a["label"] for a in data["top"]][:2] == ["OVKS", "Russland"]
    assert len(data["paths"]) == 1 and len(data["paths"][0]["steps"]) == 2
    assert "pagerank" in out.read_text(encoding="utf-8")


def test_analyze_table_and_errors(ttl: Path, tmp_path: Path,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", str(ttl)]) == 0
    out = capsys.readouterr().out
    assert "OVKS" in out and "Terrorismus" not in out  # a Concept: left out by default
    assert main(["analyze", str(ttl), "--concepts"]) == 0
    assert "Terrorismus" in capsys.readouterr().out
    assert main(["analyze", str(tmp_path / "missing.ttl")]) != 0
    assert main(["analyze", str(ttl), "--path", "Putin", "Nobody"]) == 2
    err = capsys.readouterr().err
    assert "no actor named 'Nobody'" in err and "Traceback" not in err


@pytest.mark.parametrize("args, expect", [
    (["-o", "{t}/g.html"], "11 actors"),  # the Concept left out
    (["-o", "{t}/g.html", "--concepts"], "12 actors"),
    (["-o", "{t}/g.svg", "--focus", "Belarus"], "4 actors"),
    (["-o", "{t}/g.html", "--focus", "tokajew", "--depth", "1"], "2 actors"),  # a surname alone
    (["-o", "{t}/g.png", "--query", "{t}/q.rq"], "2 actors"),
])
def test_render(ttl: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                args: list[str], expect: str) -> None:
    (tmp_path / "q.rq").write_text(
        "PREFIX kge: <https://w3id.org/kgnews/entity/>\n"
        "SELECT ?a ?b WHERE { VALUES (?a ?b) { (kge:Q159 kge:Q232) } }")
    argv = ["render", str(ttl), *[a.format(t=tmp_path) for a in args]]
    assert main(argv) == 0
    assert expect in capsys.readouterr().err
    assert Path(argv[3]).stat().st_size > 1000


def test_render_errors(ttl: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["render", str(ttl), "-o", str(tmp_path / "g.gif")]) == 2
    assert main(["render", str(ttl), "-o", str(tmp_path / "g.html"), "--query",
                 str(tmp_path / "q.rq"), "--focus", "X"]) == 2
    assert main(["render", str(ttl), "-o", str(tmp_path / "g.html"), "--query",
                 str(tmp_path / "missing.rq")]) == 1
    err = capsys.readouterr().err
    assert "give --format" in err and "not both" in err and "cannot read query file" in err


def test_report_md_and_html(ttl: Path, tmp_path: Path) -> None:
    assert main(["report", str(ttl), "-o", str(tmp_path / "r.md")]) == 0
    assert (tmp_path / "r.md").read_text(encoding="utf-8").startswith("# kg report: demo.ttl")
    assert main(["report", str(ttl), "-o", str(tmp_path / "r.html"), "--title", "T"]) == 0
    assert "<title>T</title>" in (tmp_path / "r.html").read_text(encoding="utf-8")


def test_whole_store_commands_match_the_file(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    from kg.rdf.build import build_dataset, union_graph
    from kg.rdf.store import add_to_store

    from ..rdf import sample

    dataset = build_dataset(sample.resolution(), sample.documents())
    add_to_store(tmp_path / "store", dataset)
    union_graph(dataset).serialize(tmp_path / "g.ttl", format="turtle")
    answers = []
    for source in (tmp_path / "g.ttl", tmp_path / "store"):
        assert main(["analyze", str(source), "--format", "json"]) == 0
        answers.append(json.loads(capsys.readouterr().out))
    assert answers[0] == answers[1] and answers[0]["statements"] > 0
    assert main(["report", str(tmp_path / "store"), "-o", str(tmp_path / "r.html")]) == 0
    assert "flagged claims" in (tmp_path / "r.html").read_text(encoding="utf-8")
    assert main(["render", str(tmp_path / "store"), "-o", str(tmp_path / "g.html"),
                 "--max-nodes", "3"]) == 0
    err = capsys.readouterr().err
    assert "wrote" in err and "3 most central of" in err


def test_a_period_of_a_store_is_read_by_sparql_not_copied(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    from dataclasses import replace

    from kg.rdf.build import build_dataset, union_graph
    from kg.rdf.store import OxigraphStore, add_to_store

    from ..rdf import sample

    a1, a2 = sample.documents()  # a1 published 2015-03-02 (a statement dated 2014), a2 undated
    dataset = build_dataset(sample.resolution(), [replace(a1, date="2015-03-02"), a2])
    add_to_store(tmp_path / "store", dataset)
    union_graph(dataset).serialize(tmp_path / "g.ttl", format="turtle")
    assert main(["analyze", str(tmp_path / "g.ttl"), "--format", "json", "--since", "2015"]) == 0
    from_file = json.loads(capsys.readouterr().out)

    def copied(self: OxigraphStore) -> None:
        raise AssertionError("the whole store was copied")

    monkeypatch.setattr(OxigraphStore, "quads", copied)
    store = str(tmp_path / "store")
    assert main(["analyze", store, "--format", "json", "--since", "2015"]) == 0
    assert json.loads(capsys.readouterr().out) == from_file and from_file["statements"] == 2
    assert main(["render", store, "-o", str(tmp_path / "g.html"), "--since", "2015"]) == 0
    assert "4 actors, 2 edges" in capsys.readouterr().err
    assert main(["report", store, "-o", str(tmp_path / "r.md"), "--until", "2014"]) == 0
    assert "| 2 | 1 | 1 | 1 |" in (tmp_path / "r.md").read_text(encoding="utf-8")  # the 2014 one
