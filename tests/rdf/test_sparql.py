from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import GraphError, QueryError
from kg.rdf.results import format_result
from kg.rdf.run import parse_params, run_query
from kg.rdf.sparql import (
    inject_values,
    load_named_query,
    modal_variant,
    named_queries,
    parse_named_query,
    prepare,
    resolve_query,
)

CASES = [
    ("members-of", {"org": "OVKS"}, {("Q184", "Belarus"), ("Q232", "Kasachstan")}),
    ("members-of", {"org": "csto"}, {("Q184", "Belarus"), ("Q232", "Kasachstan")}),
    ("members-of", {"org": "Q1141"}, {("Q184", "Belarus"), ("Q232", "Kasachstan")}),
    ("relations-of", {"actor": "russlands"}, {("Russland", "Kasachstan")}),
    ("negated-and-hypothetical", {}, {("Kreml", "Alexander Lukaschenko"),
                                      ("Wladimir Putin", "Belarus")}),
    ("sources-of", {"subject": "Kreml", "predicate": "unterstützen", "object": "Lukaschenko"},
     {("a1", "Der Kreml unterstützt Lukaschenko nicht.")}),
    ("sources-of", {"subject": "Kasachstan", "predicate": "memberOf", "object": "OVKS"},
     {("a1", "Kasachstan ist Mitglied der OVKS.")}),
    ("most-connected", {"limit": "2"}, {("Q184", "Belarus"), ("Q1141", "CSTO")}),
]


def pairs(result, name: str) -> set[tuple[str, str]]:
    cols = {"members-of": ("member", "memberLabel"),
            "relations-of": ("subjectLabel", "objectLabel"),
            "negated-and-hypothetical": ("subjectLabel", "objectLabel"),
            "sources-of": ("doc", "sentence"), "most-connected": ("actor", "label")}[name]
    idx = [result.columns.index(c) for c in cols]
    return {tuple(str(row[i]).rsplit("/", 1)[-1] for i in idx) for row in result.rows}


@pytest.mark.parametrize(("name", "params", "expected"), CASES)
def test_named_queries_same_on_file_and_store(graph_file: Path, store_dir: Path, name: str,
                                              params: dict[str, str], expected: set) -> None:
    on_file = run_query(graph_file, name, params)
    on_store = run_query(store_dir, name, params)
    assert pairs(on_file, name) == expected
    if "ORDER BY" in load_named_query(name).text:
        assert on_file.rows == on_store.rows
    else:  # the engine's order, which differs between a file and a store
        assert sorted(on_file.rows, key=repr) == sorted(on_store.rows, key=repr)


def test_paths_between_actors(store_dir: Path, graph_file: Path) -> None:
    for source in (store_dir, graph_file):
        two = run_query(source, "paths", {"from": "Russland", "to": "OVKS"})
        cols = {c: i for i, c in enumerate(two.columns)}
        assert [(str(r[cols["hops"]]), str(r[cols["via1"]]).rsplit("/", 1)[-1])
                for r in two.rows] == [("2", "Q232")]
        (row,) = two.rows
        assert [str(row[cols[c]]) for c in ("fromName", "via1Name", "toName")] == [
            "Russland", "Kasachstan", "CSTO"]
        assert row[cols["via2Name"]] is None
        three = run_query(source, "paths", {"from": "Russland", "to": "Belarus"})
        assert [str(r[0]) for r in three.rows] == ["3"]


def _query_paths(source: Path, a: str, b: str, modal: bool) -> set[tuple[str, ...]]:
    """The shortest paths the named query finds, as tuples of actor IRIs."""
    result = run_query(source, modal_variant("paths") if modal else "paths", {"from": a, "to": b})
    cols = {c: i for i, c in enumerate(result.columns)}
    rows = [[str(v) for v in r] for r in result.rows]
    if not rows:
        return set()
    shortest = min(int(r[cols["hops"]]) for r in rows)
    names = ["from", *(["via1", "via2"][: shortest - 1]), "to"]
    return {tuple(r[cols[n]] for n in names) for r in rows if int(r[cols["hops"]]) == shortest}


@pytest.mark.parametrize("modal", [False, True])
@pytest.mark.parametrize(("a", "b"), [("Putin", "Belarus"), ("Putin", "OVKS"),
                                      ("Russland", "OVKS"), ("Kreml", "Lukaschenko")])
def test_paths_query_and_analyze_agree(graph_file: Path, store_dir: Path, a: str, b: str,
                                       modal: bool) -> None:
    from kg.analysis.summary import summarize
    from kg.rdf.load import load_graph

    summary = summarize(load_graph(graph_file), path=(a, b), modal=modal,
                        with_betweenness=False)
    by_analysis = {p.nodes for p in summary.paths}
    assert _query_paths(graph_file, a, b, modal) == by_analysis
    assert _query_paths(store_dir, a, b, modal) == by_analysis
    if (a, b) == ("Putin", "Belarus"):  # only a hypothetical statement links them
        assert bool(by_analysis) == modal


def test_modal_applies_only_where_a_variant_exists() -> None:
    assert modal_variant("paths") == "paths-modal"
    with pytest.raises(QueryError, match=r"--modal applies to .*: paths; 'members-of' has none"):
        modal_variant("members-of")


def test_ad_hoc_sparql_and_rq_file(tmp_path: Path, graph_file: Path) -> None:
    result = run_query(graph_file, "SELECT (COUNT(*) AS ?n) WHERE { ?s a kg:Statement }")
    assert str(result.rows[0][0]) == "5"
    rq = tmp_path / "q.rq"
    rq.write_text("# count docs\nASK { ?d kg:docId ?label }\n", encoding="utf-8")
    assert run_query(graph_file, str(rq)).boolean is True
    assert run_query(graph_file, str(rq), {"label": "a2"}).boolean is True
    assert run_query(graph_file, str(rq), {"label": "zz"}).boolean is False


@pytest.mark.parametrize(("spec", "params", "message"), [
    ("nosuch", {}, "no named query 'nosuch'; named queries: members-of"),
    ("members-of", {}, "needs --param org"),
    ("members-of", {"org": "x", "bad": "y"}, "no parameter 'bad'"),
    ("members-of", {"org": "Atlantis"}, "no actor named 'Atlantis'"),
    ("most-connected", {"limit": "ten"}, "whole number"),
    ("SELECT ?x WHERE { ?x", {}, "malformed SPARQL"),
    ("missing.rq", {}, "no query file"),
    ("just words here", {}, "neither SPARQL"),
])
def test_query_errors(graph_file: Path, spec: str, params: dict[str, str], message: str) -> None:
    with pytest.raises(QueryError, match=message):
        run_query(graph_file, spec, params)


def test_missing_source(tmp_path: Path) -> None:
    with pytest.raises(GraphError, match="no graph file or store"):
        run_query(tmp_path / "nope.ttl", "most-connected")


def test_values_are_escaped_not_pasted() -> None:
    from rdflib import Literal
    text = inject_values("SELECT ?x WHERE { ?x ?p ?o }", [{"o": Literal('a" } DROP ALL {')}])
    assert '"a\\" } DROP ALL {"' in text
    from rdflib import Graph

    from kg.rdf.sparql import query_graph
    assert query_graph(Graph(), "SELECT ?o WHERE { }", [{"o": Literal('x"y')}]).rows[0][0] == \
        Literal('x"y')


def test_named_query_headers() -> None:
    assert set(named_queries()) >= {"members-of", "relations-of", "paths",
                                     "negated-and-hypothetical", "sources-of", "most-connected"}
    q = parse_named_query("t", "# Title line\n# param: who (actor) — someone\n"
                               "# param: limit=5 — n\nSELECT * WHERE { } LIMIT {{limit}}")
    assert q.description == "Title line"
    assert [(p.name, p.kind, p.default) for p in q.params] == [
        ("who", "actor", None), ("limit", "integer", "5")]
    prepared = prepare(q, {"who": "X"})
    assert prepared.text.endswith("LIMIT 5") and prepared.actors == {"who": "X"}
    assert resolve_query("members-of").params[0].kind == "actor"


@pytest.mark.parametrize("fmt", ["table", "csv", "json", "md"])
def test_output_formats(graph_file: Path, fmt: str) -> None:
    text = format_result(run_query(graph_file, "members-of", {"org": "OVKS"}), fmt)
    assert "Kasachstan" in text and "Belarus" in text


def test_param_pairs() -> None:
    assert parse_params(["a=b=c", "x="]) == {"a": "b=c", "x": ""}
    with pytest.raises(QueryError, match="name=value"):
        parse_params(["nothing"])


def test_unknown_actor_suggests_only_names_that_work(graph_file: Path) -> None:
    with pytest.raises(QueryError, match="close matches: ") as info:
        run_query(graph_file, "members-of", {"org": "OVK"})
    suggested = str(info.value).split("close matches: ", 1)[1].split(", ")
    assert "ovks" in suggested
    for name in suggested:  # every suggestion answers
        run_query(graph_file, "relations-of", {"actor": name})


def test_wikidata_qid_finds_an_actor_whose_id_is_not_the_qid() -> None:
    from kg.rdf.build import search_keys
    from kg.types import ActorType, Entity

    csto = Entity("CSTO", "CSTO", ActorType.ORGANIZATION, ("OVKS",), "Q1141")
    assert "q1141" in search_keys(csto)


@pytest.fixture(scope="module")
def dated_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample with a1 published 2015-03-02 (one statement dated 2014 by itself), a2 undated."""
    from dataclasses import replace

    from kg.rdf.build import build_dataset

    from . import sample

    a1, a2 = sample.documents()
    path = tmp_path_factory.mktemp("dated") / "graph.trig"
    build_dataset(sample.resolution(), [replace(a1, date="2015-03-02"), a2]).serialize(
        path, format="trig")
    return path


@pytest.mark.parametrize(("name", "period", "expected"), [
    ("timeline", {}, ["2014", "2015-03-02"]),
    ("timeline", {"since": "2015"}, ["2015-03-02"]),
    ("timeline", {"until": "2014-05"}, ["2014"]),  # a year overlaps the months within it
    ("timeline", {"since": "2015-04"}, []),
    ("relations-of", {}, ["2", "2"]),  # ?total
    ("relations-of", {"since": "2015-03-02", "until": "2015-03-02"}, ["1"]),
])
def test_named_queries_take_a_period(dated_file: Path, name: str, period: dict[str, str],
                                     expected: list[str]) -> None:
    result = run_query(dated_file, name, {"actor": "Kasachstan", **period})
    column = result.columns.index("date" if name == "timeline" else "total")
    assert [str(row[column]) for row in result.rows] == expected


def test_undated_statements_leave_once_a_period_is_given(dated_file: Path) -> None:
    assert len(run_query(dated_file, "timeline", {"actor": "Belarus"}).rows) == 2
    assert run_query(dated_file, "timeline", {"actor": "Belarus", "until": "2100"}).rows == ()


def test_date_params_are_checked() -> None:
    with pytest.raises(QueryError, match=r"timeline.*--param since"):
        prepare(resolve_query("timeline"), {"actor": "x", "since": "bald"})
    given = {"actor": "x", "since": "2015-03-02T10:00:00Z"}
    bound = prepare(resolve_query("timeline"), given).bindings
    assert str(bound["since"]) == "2015-03-02"
