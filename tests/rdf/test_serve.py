from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from rdflib import Dataset

from kg.errors import GraphError, ServerError
from kg.rdf.serve import graph_store_url, push_store, start_server
from kg.rdf.store import add_to_store

pytestmark = pytest.mark.slow


def post(url: str, field: str, text: str) -> tuple[int, bytes]:
    data = urllib.parse.urlencode({field: text}).encode()
    req = urllib.request.Request(url, data=data, headers={
        "Accept": "application/sparql-results+json"})
    try:
        with urllib.request.urlopen(req, timeout=10) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as err:
        return err.code, err.read()


def test_read_only_server_answers_and_refuses_updates(store_dir: Path) -> None:
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    with start_server(store_dir) as server:
        status, body = post(server.query_url, "query",
                            "PREFIX kg: <https://w3id.org/kgnews/ontology#> "
                            "SELECT (COUNT(*) AS ?n) WHERE { ?s a kg:Statement }")
        assert status == 200
        assert json.loads(body)["results"]["bindings"][0]["n"]["value"] == "5"
        sparql = SPARQLStore(server.query_url, method="POST_FORM")
        rows = list(sparql.query("SELECT ?l WHERE { ?a <http://www.w3.org/2004/02/skos/core#altLabel>"
                                 " 'OVKS' ; <http://www.w3.org/2000/01/rdf-schema#label> ?l }"))
        assert {str(r[0]) for r in rows} == {"CSTO"}
        status, _ = post(server.update_url, "update", "INSERT DATA { <urn:a> <urn:b> <urn:c> }")
        assert status >= 400
    assert server.process.poll() is not None


def test_push_to_writable_server(tmp_path: Path, store_dir: Path) -> None:
    add_to_store(tmp_path / "target", Dataset())
    with start_server(tmp_path / "target", writable=True) as server:
        pushed = push_store(store_dir, server.url)
        assert len(pushed) == 3
        _, body = post(server.query_url, "query",
                       "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        assert json.loads(body)["results"]["bindings"][0]["n"]["value"] == "3"


def test_server_errors(tmp_path: Path, store_dir: Path) -> None:
    with pytest.raises(GraphError, match="no store"):
        start_server(tmp_path / "none")
    with pytest.raises(ServerError, match="not an http"):
        graph_store_url("ftp://x")
    assert graph_store_url("http://h:1") == "http://h:1/store"
    with start_server(store_dir) as server:
        port = int(server.url.rsplit(":", 1)[1])
        with pytest.raises(ServerError, match="in use"):
            start_server(store_dir, port=port, wait=5)
    with pytest.raises(ServerError, match="cannot reach"):
        push_store(store_dir, f"http://127.0.0.1:{port}/store")
