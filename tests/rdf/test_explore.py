"""The explorer's questions (kg.rdf.explore) on a folder store and on a SPARQL server store."""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import Dataset, Literal, URIRef

from kg.analysis.synthetic import ActorSpec, StatementSpec, graph_from_specs
from kg.errors import QueryError
from kg.rdf import explore
from kg.rdf.explore import Explorer, NameIndex, load_index
from kg.rdf.graphstore import open_store
from kg.rdf.serve import ReadOnlyFolder, start_server
from kg.rdf.store import add_to_store
from kg.rdf.summary import degrees, links, summary_triples
from kg.rdf.vocab import KG, PROV, RDF, SUMMARY_GRAPH
from kg.types import ActorType, Modality

E = "https://w3id.org/kgnews/entity/"
KAZ, CSTO, RUSSIA, PUTIN, BELARUS = (E + x for x in ("Q232", "Q1141", "Q159", "Q7747", "Q184"))


@pytest.fixture
def sample_store(store_dir: Path) -> Iterator[Explorer]:
    with open_store(store_dir) as store:
        yield Explorer(store)


def _pair_dataset() -> Dataset:
    """Five statements between two actors over two documents, one a hypothetical."""
    actors = [ActorSpec("a", "Anna Alpha", ActorType.PERSON, ("Alpha",)),
              ActorSpec("b", "Bern Beta", ActorType.ORGANIZATION),
              ActorSpec("c", "Carla", ActorType.COUNTRY)]
    specs = [StatementSpec("a", "leads", "b", f"Satz {i}.", doc=f"d{i % 2}",
                           date=f"2015-0{i + 1}-01") for i in range(4)]
    specs.append(StatementSpec("b", "lemma:de:warnen", "a", "Warnung.", doc="d1",
                               modality=Modality.HYPOTHETICAL))
    specs.append(StatementSpec("c", "lemma:de:helfen", "b", "Hilfe.", doc="d0",
                               modality=Modality.REPORTED))
    graph = graph_from_specs(actors, specs)
    dataset = Dataset()
    docs = {doc: dataset.graph(doc) for doc in graph.subjects(RDF.type, KG.Document)}
    for st in graph.subjects(RDF.type, KG.Statement):
        target = docs[graph.value(st, PROV.wasDerivedFrom)]
        for p, o in graph.predicate_objects(st):
            target.add((st, p, o))
    for s, p, o in graph:
        if s in docs:
            docs[s].add((s, p, o))
            docs[s].add((s, KG.contentHash, Literal(str(s))))
        elif (s, RDF.type, KG.Statement) not in graph:
            for target in docs.values():  # documents repeat actor and relation descriptions
                target.add((s, p, o))
    for pred in set(graph.objects(None, RDF.predicate)):
        kind = KG.Relation if str(pred).startswith(str(KG)) else KG.LemmaRelation
        for target in docs.values():
            target.add((pred, RDF.type, kind))
    summary = dataset.graph(SUMMARY_GRAPH)
    for triple in summary_triples(degrees(graph), links(graph)):
        summary.add(triple)
    return dataset


@pytest.mark.parametrize("lateral", [True, False])
def test_search_finds_fragments_best_first(store_dir: Path, lateral: bool) -> None:
    with open_store(store_dir) as store:
        explorer = Explorer(store, lateral=lateral)
        exact = explorer.search("Kasachstan")  # before the index: exact names only
        assert exact.partial and [a.label for a in exact.actors] == ["Kasachstan"]
        assert explorer.search("kasach").actors == ()
        explorer.load()
        hits = explorer.search("kasach")
        assert not hits.partial and [a.iri for a in hits.actors] == [KAZ]
        found = hits.actors[0]
        assert found.type == "Country" and found.degree == 2
        assert {a.label for a in explorer.search("s").actors} >= {"Kasachstan", "Russland"}
        assert explorer.search("zzz").actors == ()


def test_name_index_ranks_exact_then_word_start_then_degree() -> None:
    keys = [("alpha", 0), ("beta alpha", 1), ("xalphax", 2), ("alphabet", 3)]
    text = "\n".join(k for k, _ in keys)
    starts = [0]
    for k, _ in keys[:-1]:
        starts.append(starts[-1] + len(k) + 1)
    actors = ("A", "B", "C", "D")
    index = NameIndex(text, tuple(starts), tuple(o for _, o in keys), actors, (1, 5, 9, 3),
                      {a: i for i, a in enumerate(actors)})
    assert [a for a, _ in index.find("alpha", 10)] == ["A", "B", "D", "C"]
    assert [a for a, _ in index.find("Alpha", 2)] == ["A", "B"]
    assert index.find("a\nb", 5) == [] and index.find(" ", 5) == []


@pytest.mark.parametrize("lateral", [True, False])
def test_neighbours_come_from_links_with_relations(store_dir: Path, lateral: bool) -> None:
    with open_store(store_dir) as store:
        explorer = Explorer(store, lateral=lateral)
        around = explorer.neighbours(KAZ)
        assert around.actor.label == "Kasachstan" and around.total == 2
        assert {p.label for p in around.partners} == {"Russland", "CSTO"}
        lines = {line.target: line.relations for line in around.lines}
        assert [(r.label, r.forward, r.count) for r in lines[CSTO]] == [("member of", True, 1)]
        assert [(r.label, r.forward) for r in lines[RUSSIA]] == [("intervenes in", False)]
        explorer.load()  # ranked by the degrees in memory: the same answer
        assert explorer.neighbours(KAZ).lines == around.lines
        assert explorer.neighbours(KAZ, limit=1).total == 2
        # Putin's only statement is hypothetical (no link): his partner comes from statements
        putin = explorer.neighbours(PUTIN)
        assert [p.label for p in putin.partners] == ["Belarus"] and putin.lines[0].relations == ()


def test_busy_actors_partners_are_asked_among_the_busiest_first(
        store_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with open_store(store_dir) as store:
        explorer = Explorer(store)
        explorer.load()
        everything = explorer.neighbours(CSTO)
        monkeypatch.setattr(explore, "_ROUND", 1)  # CSTO's two links count as many
        assert explorer.neighbours(CSTO, limit=1) == explorer.neighbours(CSTO, limit=1)
        assert explorer.neighbours(CSTO, limit=1).partners == everything.partners[:1]
        assert explorer.neighbours(CSTO, limit=2).partners == everything.partners
        monkeypatch.setattr(explore, "_ROUNDS", 0)  # no rounds: every link is read
        assert explorer.neighbours(CSTO, limit=2) == everything


def test_statements_of_a_pair_with_provenance(sample_store: Explorer) -> None:
    page = sample_store.statements(CSTO, KAZ)
    assert not page.more and len(page.statements) == 1
    st = page.statements[0]
    assert (st.subject, st.relation, st.object) == ("Kasachstan", "member of", "CSTO")
    assert st.sentence == "Kasachstan ist Mitglied der OVKS." and st.doc == "a1"
    assert st.modality == "asserted" and not st.negated and st.confidence == 0.8
    assert sample_store.statements(RUSSIA, KAZ).statements[0].time == "2014"
    assert sample_store.statements(KAZ, PUTIN).statements == ()


@pytest.mark.parametrize(("lateral", "few"), [(True, 200), (True, 0), (False, 200)])
def test_statements_page_through_a_busy_pair(tmp_path: Path, lateral: bool, few: int,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(explore, "_FEW", few)  # 0: both actors count as busy (a range join)
    add_to_store(tmp_path / "store", _pair_dataset())
    with open_store(tmp_path / "store") as store:
        explorer = Explorer(store, lateral=lateral)
        first = explorer.statements(E + "a", E + "b", limit=3)
        second = explorer.statements(E + "b", E + "a", offset=3, limit=3)
        assert first.more and not second.more
        assert len(first.statements) == 3 and len(second.statements) == 2
        everything = first.statements + second.statements
        assert len({s.iri for s in everything}) == 5
        warn = next(s for s in everything if s.sentence == "Warnung.")
        assert warn.modality == "hypothetical" and warn.subject == "Bern Beta"
        assert {s.date for s in everything if s.relation == "leads"} == {
            "2015-01-01", "2015-02-01", "2015-03-01", "2015-04-01"}
        around = explorer.neighbours(E + "b")  # links: asserted statements only
        assert [p.label for p in around.partners] == ["Anna Alpha"]
        assert [(r.label, r.count) for r in around.lines[0].relations] == [("leads", 2)]
        assert not around.lines[0].capped
        monkeypatch.setattr(explore, "LINE_CAP", 1)
        assert explorer.neighbours(E + "b").lines[0].capped == lateral


def test_bad_actor_is_refused(sample_store: Explorer) -> None:
    with pytest.raises(QueryError, match="actor IRI"):
        sample_store.neighbours("> } DROP ALL")
    with pytest.raises(QueryError, match="actor IRI"):
        sample_store.statements(KAZ, "nope")


def test_sparql_server_store_gives_the_same_answers(oxigraph_url: str, dataset: Dataset,
                                                    store_dir: Path) -> None:
    with open_store(oxigraph_url) as remote, open_store(store_dir) as local:
        remote.add_dataset(dataset)
        a, b = Explorer(remote), Explorer(local)
        a.load()
        b.load()
        assert a.search("russ") == b.search("russ")
        assert a.neighbours(KAZ) == b.neighbours(KAZ)
        assert a.statements(KAZ, CSTO) == b.statements(KAZ, CSTO)
        assert load_index(remote).text == load_index(local).text


def _get(url: str) -> tuple[int, object]:
    try:
        with urllib.request.urlopen(url, timeout=20) as reply:
            assert reply.headers["Content-Type"] == "application/json"
            return reply.status, json.loads(reply.read())
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode()


def test_served_api_answers_and_follows_writes(store_dir: Path) -> None:
    with start_server(store_dir, explorer=True, writable=True, token="t0k") as server:
        def get(path: str, **params: str) -> tuple[int, object]:
            request = urllib.request.Request(
                f"{server.url}/api/{path}?{urllib.parse.urlencode(params)}",
                headers={"Authorization": "Bearer t0k"})
            try:
                with urllib.request.urlopen(request, timeout=20) as reply:
                    return reply.status, json.loads(reply.read())
            except urllib.error.HTTPError as err:
                return err.code, err.read().decode()

        def search(text: str) -> list[str]:
            end = time.monotonic() + 20
            while True:
                status, answer = get("search", q=text)
                assert status == 200 and isinstance(answer, dict)
                if not answer["partial"] or time.monotonic() > end:
                    return [a["label"] for a in answer["actors"]]
                time.sleep(0.1)

        assert search("kasach") == ["Kasachstan"]
        status, around = get("neighbours", actor=KAZ)
        assert status == 200 and isinstance(around, dict) and around["total"] == 2
        status, page = get("statements", a=KAZ, b=CSTO)
        assert status == 200 and isinstance(page, dict)
        assert page["statements"][0]["sentence"] == "Kasachstan ist Mitglied der OVKS."
        assert get("neighbours", actor="x")[0] == 400
        assert get("neighbours")[0] == 400
        assert get("statements", a=KAZ, b=CSTO, offset="two")[0] == 400
        assert get("nothing")[0] == 404
        update = (f"INSERT DATA {{ GRAPH <urn:x> {{ <{E}new> <{KG.searchKey}> \"neuland\" }} }}")
        request = urllib.request.Request(server.update_url, data=update.encode(), headers={
            "Content-Type": "application/sparql-update", "Authorization": "Bearer t0k"})
        with urllib.request.urlopen(request, timeout=20):
            pass
        assert search("neula") == [str(URIRef(E + "new")).rsplit("/", 1)[1]]


def test_index_falls_back_when_the_source_fails(sample_store: Explorer) -> None:
    class Failing:
        def query(self, text: str) -> object:
            raise QueryError("the query took over 30 s and was stopped")

    explorer = Explorer(Failing(), index_source=sample_store.source)  # type: ignore[arg-type]
    explorer.load()
    assert explorer.index is not None and "kasachstan" in explorer.index.text
    failing = Explorer(Failing())  # type: ignore[arg-type]
    failing.load_in_background().join(10)
    assert failing.index is None and "30 s" in failing.error


def test_api_is_off_without_the_explorer(store_dir: Path) -> None:
    with start_server(store_dir) as server:
        assert _get(f"{server.url}/api/search?q=x")[0] == 404


def test_read_only_server_can_read_its_index_from_the_folder(store_dir: Path) -> None:
    with start_server(store_dir, explorer=True) as server:
        assert server.front is not None and server.front.explorer is not None
        explorer = server.front.explorer
        assert isinstance(explorer.index_source, ReadOnlyFolder)
        assert explorer.index is None  # read from the first explorer request on
        assert _get(f"{server.url}/api/search?q=")[1] == {"actors": [], "partial": True}
        end = time.monotonic() + 20
        while explorer.index is None and time.monotonic() < end:
            time.sleep(0.05)
        assert explorer.error == "" and explorer.index is not None
        status, hits = _get(f"{server.url}/api/search?q=kasach")
        assert status == 200 and isinstance(hits, dict)
        assert [a["label"] for a in hits["actors"]] == ["Kasachstan"] and not hits["partial"]
        assert load_index(explorer.index_source).text == explorer.index.text


def test_named_queries_run_with_checked_parameters(sample_store: Explorer) -> None:
    names = {q.name: q for q in explore.query_list().queries}
    assert {"members-of", "most-connected", "relations-of"} <= set(names)
    org = names["members-of"].params[0]
    assert (org.name, org.kind) == ("org", "actor")
    table = explore.run_named(sample_store.source, "members-of", {"org": "OVKS"})
    cells = {c.value for row in table.rows for c in row if c is not None and c.type == "uri"}
    assert KAZ in cells and not table.truncated
    with pytest.raises(QueryError, match="no named query 'nope'; named queries: "):
        explore.run_named(sample_store.source, "nope", {})
    with pytest.raises(QueryError, match="has no parameter 'colour'"):
        explore.run_named(sample_store.source, "members-of", {"org": "OVKS", "colour": "red"})


@pytest.mark.parametrize(("name", "given"), [
    ("relations-of", {"actor": "Kasachstan"}), ("timeline", {"actor": "Russland"}),
    ("negated-and-hypothetical", {})])
def test_named_statement_answers_give_actor_iris_beside_labels(
        sample_store: Explorer, name: str, given: dict[str, str]) -> None:
    """What the explorer's Draw takes: each row's actors as IRIs, their labels kept beside."""
    table = explore.run_named(sample_store.source, name, given)
    column = {c: i for i, c in enumerate(table.columns)}
    assert table.rows
    for row in table.rows:
        for end in ("subject", "object"):
            iri, label = row[column[end]], row[column[end + "Label"]]
            assert iri is not None and iri.type == "uri" and iri.value.startswith(E)
            assert label is not None and label.type == "literal"
            assert sample_store.describe([iri.value])[0].label == label.value


def test_served_named_queries_and_errors_are_one_line_json(store_dir: Path) -> None:
    def get(path: str, **params: str) -> tuple[int, dict[str, object]]:
        url = f"{server.url}/api/{path}?{urllib.parse.urlencode(params)}"
        try:
            with urllib.request.urlopen(url, timeout=20) as reply:
                return reply.status, json.loads(reply.read())
        except urllib.error.HTTPError as err:
            assert err.headers["Content-Type"] == "application/json"
            return err.code, json.loads(err.read())

    with start_server(store_dir, explorer=True) as server:
        status, queries = get("queries")
        assert status == 200 and any(q["name"] == "paths" for q in queries["queries"])
        status, table = get("named", name="most-connected", limit="3")
        assert status == 200 and table["columns"][0] == "actor" and len(table["rows"]) == 3
        assert table["rows"][0][0]["type"] == "uri"
        status, actors = get("actors", iri=KAZ)
        assert status == 200 and actors["actors"][0]["label"] == "Kasachstan"
        for params, words in (({"name": "nope"}, "no named query 'nope'"),
                              ({"name": "most-connected", "limit": "many"}, "whole number"),
                              ({"name": "members-of", "org": "Atlantis"}, "no actor named"),
                              ({"name": "members-of"}, "needs --param org")):
            status, error = get("named", **params)
            assert status == 400, params
            message = str(error["error"])
            assert words in message and "\n" not in message and "Traceback" not in message
        # SPARQL typed into the page goes to the read-only /query endpoint; malformed is a 400
        request = urllib.request.Request(
            server.url + "/query", data=urllib.parse.urlencode({"query": "SELEC ?x"}).encode(),
            headers={"Content-Type": "application/x-www-form-urlencoded"})
        with pytest.raises(urllib.error.HTTPError) as bad:
            urllib.request.urlopen(request, timeout=20)
        assert bad.value.code == 400


def test_named_query_answer_over_the_byte_cap_is_refused_like_query(store_dir: Path) -> None:
    def status(url: str, data: bytes | None = None) -> tuple[int, str]:
        headers = {"Content-Type": "application/sparql-query"} if data else {}
        try:
            with urllib.request.urlopen(urllib.request.Request(url, data, headers),
                                        timeout=20) as reply:
                return reply.status, reply.read().decode()
        except urllib.error.HTTPError as err:
            return err.code, err.read().decode()

    named = "/api/named?name=most-connected&limit=3"
    most = "SELECT ?a ?n WHERE { GRAPH ?g { ?a kg:degree ?n } } LIMIT 3"
    prefixes = "PREFIX kg: <https://w3id.org/kgnews/ontology#>\n"
    with start_server(store_dir, explorer=True) as server:  # 100 MB: both answer
        assert status(server.url + named)[0] == 200
        assert status(server.url + "/query", (prefixes + most).encode())[0] == 200
    with start_server(store_dir, explorer=True, max_result_mb=0) as server:
        code, body = status(server.url + named)
        assert code == 507 and "over 0 bytes" in json.loads(body)["error"]
        assert "--max-result-mb" in json.loads(body)["error"]
        code, text = status(server.url + "/query", (prefixes + most).encode())
        assert code == 507 and text.strip() == json.loads(body)["error"]
        assert status(server.url + "/api/search?q=")[0] == 200  # the explorer's own questions


def test_named_query_past_the_timeout_is_stopped(store_dir: Path, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from kg.rdf import sparql

    folder = tmp_path / "queries"
    folder.mkdir()
    (folder / "heavy.rq").write_text(
        "# A join of everything with everything.\n"
        "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n ?o }\n",
        encoding="utf-8")
    (folder / "one.rq").write_text("# One row.\nSELECT ?x WHERE { BIND(1 AS ?x) }\n",
                                   encoding="utf-8")
    monkeypatch.setattr(sparql, "queries_dir", lambda: folder)
    with start_server(store_dir, explorer=True, timeout=1) as server:
        try:
            urllib.request.urlopen(f"{server.url}/api/named?name=heavy", timeout=30)
            raise AssertionError("the heavy query was answered")
        except urllib.error.HTTPError as err:
            assert err.code == 503
            assert json.loads(err.read()) == {"error": "the query took over 1 s and was stopped"}
        status, table = _get(f"{server.url}/api/named?name=one")  # the engine answers again
        assert status == 200 and table == {"columns": ["x"], "truncated": False,
                                           "rows": [[{"type": "literal", "value": "1"}]]}
