from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Dataset
from rdflib.compare import isomorphic

from kg import registry
from kg.errors import GraphError, RegistryError, ServerError
from kg.rdf import graphstore
from kg.rdf.graphstore import GraphStore, is_store, open_store, store_backend
from kg.rdf.sparql_http import endpoints
from kg.rdf.sparql_store import SparqlStore, make_sparql_store
from kg.rdf.store import OxigraphStore
from kg.rdf.summary import COUNT_PROPERTIES
from kg.rdf.vocab import ENTITIES_GRAPH

from .test_store import (
    count,
    degrees,
    described,
    fresh_counts,
    links,
    only,
    sample_iri,
    stored_counts,
)

pytestmark = pytest.mark.slow


def test_store_locations_pick_backends(tmp_path: Path) -> None:
    assert store_backend("http://h:1/sparql") == ("kg.sparql_store.v1", "http://h:1/sparql")
    assert store_backend("memory:") == ("kg.memory_store.v1", "")
    assert store_backend("kg.oxigraph_store.v1:/x/y") == ("kg.oxigraph_store.v1", "/x/y")
    assert store_backend(str(tmp_path)) == ("kg.oxigraph_store.v1", str(tmp_path))
    assert is_store(tmp_path) and is_store("https://example.org/sparql")
    assert not is_store(tmp_path / "graph.ttl")
    assert registry.get("stores", "kg.sparql_store.v1") is make_sparql_store
    with pytest.raises(RegistryError, match=r"kg\.sparql_store\.v1"):
        open_store("kg.nothing.v1:x")
    with open_store("memory:") as st:
        assert isinstance(st, OxigraphStore) and isinstance(st, GraphStore)


def test_endpoints_from_url() -> None:
    ox = endpoints("http://127.0.0.1:7878/")
    assert (ox.query, ox.update, ox.graph_store) == (
        "http://127.0.0.1:7878/query", "http://127.0.0.1:7878/update",
        "http://127.0.0.1:7878/store")
    fuseki = endpoints("http://h:3030/ds/query")
    assert (fuseki.update, fuseki.graph_store) == ("http://h:3030/ds/update", "http://h:3030/ds/store")
    virt = endpoints("http://h:8890/sparql")
    assert (virt.query, virt.update, virt.graph_store) == (
        "http://h:8890/sparql", "http://h:8890/sparql", "http://h:8890/sparql-graph-crud")
    assert endpoints("http://h/other/endpoint").graph_store is None
    with pytest.raises(ServerError, match="not an http"):
        endpoints("ftp://h/x")


def test_unreachable_server_is_one_clear_error() -> None:
    from kg.rdf.serve import free_port

    with pytest.raises(ServerError, match="cannot reach the SPARQL server"):
        open_store(f"http://127.0.0.1:{free_port()}")


def test_sparql_store_documents_summary_and_dump(sparql_url: str, dataset: Dataset,
                                                  tmp_path: Path) -> None:
    with open_store(sparql_url) as st:
        assert isinstance(st, SparqlStore) and st.documents() == []
        report = st.add_dataset(only("a1"))
        assert report.added == ("a1",) and report.triples > 0
        after_a1, deg_a1 = count(st), degrees(st)
        assert st.add_dataset(dataset).added == ("a2",)
        assert degrees(st)["Q1141"] == 2 and degrees(st)["Q184"] == 2
        assert st.add_dataset(dataset).unchanged == ("a1", "a2")
        assert [d.doc_id for d in st.documents()] == ["a1", "a2"]
        stored = st.to_graph()
        for prop in COUNT_PROPERTIES:  # statement counts are kept by stores, not built datasets
            stored.remove((None, prop, None))
        assert isomorphic(stored, union(dataset))
        size = st.dump(tmp_path / "dump.nq")
        back = Dataset()
        back.parse(tmp_path / "dump.nq", format="nquads")
        assert size > 0 and sum(1 for _ in back.quads()) == sum(1 for _ in st.quads())
        full_links = links(st)
        assert stored_counts(st) == fresh_counts(st) != {}
        st.remove("a2")
        # the full dataset described Q1, which no document mentions: it stays
        q1 = len(list(dataset.graph(ENTITIES_GRAPH).triples((sample_iri("Q1"), None, None))))
        assert count(st) == after_a1 + q1 and degrees(st) == deg_a1
        assert described(st) == ["Kreml", "Q1", "Q1141", "Q159", "Q232", "Q5568"]
        assert stored_counts(st) == fresh_counts(st) != {}
        assert links(st) < full_links
        with pytest.raises(GraphError, match="no document 'a2'"):
            st.remove("a2")


def union(dataset: Dataset):
    from kg.rdf.build import union_graph

    return union_graph(dataset)


def test_named_queries_on_oxigraph_server(oxigraph_url: str, dataset: Dataset) -> None:
    with open_store(oxigraph_url) as st:
        st.add_dataset(dataset)
        rows = st.query("members-of", {"org": "OVKS"}).rows
        assert rows, "members-of answered nothing over the server"
        top = st.query("most-connected", {"limit": "2"}).rows
        assert len(top) == 2 and int(str(top[0][3])) == 2


def test_interrupted_add_on_server_leaves_it_unchanged(oxigraph_url: str, dataset: Dataset,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    with open_store(oxigraph_url) as st:
        st.add_dataset(only("a1"))
        before = count(st)
        monkeypatch.setattr(graphstore, "degree_update",
                            lambda delta: "LOAD <http://127.0.0.1:1/unreachable>")
        with pytest.raises(GraphError, match="cannot write"):
            st.add_dataset(dataset)
        assert count(st) == before and [d.doc_id for d in st.documents()] == ["a1"]
