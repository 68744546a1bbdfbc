from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from typing import ClassVar

import pytest
from rdflib import Dataset

from kg.errors import GraphError, ServerError
from kg.rdf.serve import free_port, push_store, start_server
from kg.rdf.store import add_to_store, open_oxigraph_store

pytestmark = pytest.mark.slow

COUNT = ("PREFIX kg: <https://w3id.org/kgnews/ontology#> "
         "SELECT (COUNT(*) AS ?n) WHERE { ?s a kg:Statement }")


def request(url: str, body: bytes | None = None, headers: dict[str, str] | None = None,
            method: str | None = None) -> tuple[int, bytes]:
    req = urllib.request.Request(url, data=body, method=method, headers={
        "Accept": "application/sparql-results+json", **(headers or {})})
    try:
        with urllib.request.urlopen(req, timeout=20) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as err:
        return err.code, err.read()


def post(url: str, field: str, text: str, headers: dict[str, str] | None = None
         ) -> tuple[int, bytes]:
    return request(url, urllib.parse.urlencode({field: text}).encode(), headers)


def count(body: bytes) -> int:
    return int(json.loads(body)["results"]["bindings"][0]["n"]["value"])


def listening(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(1)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def test_read_only_server_answers_and_refuses_updates(store_dir: Path) -> None:
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    with start_server(store_dir) as server:
        status, body = post(server.query_url, "query", COUNT)
        assert status == 200
        assert count(body) == 5
        status, body = request(server.query_url + "?" + urllib.parse.urlencode({"query": COUNT}))
        assert status == 200 and count(body) == 5
        sparql = SPARQLStore(server.query_url, method="POST_FORM")
        rows = list(sparql.query("SELECT ?l WHERE { ?a <http://www.w3.org/2004/02/skos/core#altLabel>"
                                 " 'OVKS' ; <http://www.w3.org/2000/01/rdf-schema#label> ?l }"))
        assert {str(r[0]) for r in rows} == {"CSTO"}
        status, _ = post(server.update_url, "update", "INSERT DATA { <urn:a> <urn:b> <urn:c> }")
        assert status >= 400
        status, _ = request(server.store_url, b"<urn:a> <urn:b> <urn:c> .",
                            {"Content-Type": "application/n-triples"}, "PUT")
        assert status == 403
        status, _ = request(server.url + "/../../etc/passwd")
        assert status == 404
        # DNS rebinding: a page on evil.example resolving to 127.0.0.1
        status, _ = post(server.query_url, "query", COUNT, {"Host": "evil.example:80"})
        assert status == 403
    assert server.process.poll() is not None


class _Recorder(BaseHTTPRequestHandler):
    hits: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        self.hits.append(self.path)
        self.send_response(200)
        self.end_headers()

    do_POST = do_GET

    def log_message(self, *args: object) -> None:
        pass


def test_service_reaches_no_listener(store_dir: Path) -> None:
    listener = HTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=listener.serve_forever, daemon=True)
    thread.start()
    target = f"http://127.0.0.1:{listener.server_address[1]}/sparql"
    query = f"SELECT * WHERE {{ SERVICE <{target}> {{ ?s ?p ?o }} }}"
    try:
        with start_server(store_dir) as server:
            for field_query in (query, query.replace("SERVICE", "service"),
                                query.replace("SERVICE", "\\u0053ERVICE")):
                status, body = post(server.query_url, "query", field_query)
                assert status == 403, body
                assert b"SERVICE" in body
        from kg.cli.main import main

        assert main(["query", str(store_dir), query]) != 0
    finally:
        listener.shutdown()
    assert _Recorder.hits == []


def test_writable_server_needs_token_and_refuses_cross_site_forms(tmp_path: Path) -> None:
    store = tmp_path / "new"  # missing: created empty
    with start_server(store, writable=True, token="s3cret") as server:
        auth = {"Authorization": "Bearer s3cret"}
        insert = b"INSERT DATA { <urn:a> <urn:b> <urn:c> }"
        ok = {"Content-Type": "application/sparql-update", **auth}
        assert request(server.update_url, insert, ok)[0] == 204
        # the cross-site form POST of the issue: form-encoded, foreign Origin and Host, no token
        evil = {"Origin": "http://evil.example", "Host": "evil.example"}
        assert post(server.update_url, "update", "DROP ALL", evil)[0] in (401, 403)
        # even with a (leaked) token: a form type or a foreign Origin is refused
        assert post(server.update_url, "update", "DROP ALL", auth)[0] == 415
        assert request(server.update_url, b"DROP ALL",
                       {**ok, "Origin": "http://evil.example"})[0] == 403
        assert request(server.update_url, b"DROP ALL",
                       {"Content-Type": "application/sparql-update"})[0] == 401
        status, body = post(server.query_url, "query",
                            "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", auth)
        assert status == 200 and count(body) == 1  # the store is unchanged
    with start_server(store, writable=True) as server:
        assert server.token and len(server.token) >= 20


def test_push_merges_summary_and_is_idempotent(tmp_path: Path, dataset: Dataset) -> None:
    one, others = split(dataset)
    first = build_store(tmp_path / "a", one)
    rest = build_store(tmp_path / "b", others)
    whole = build_store(tmp_path / "whole", dataset)
    with start_server(tmp_path / "target", writable=True, token="t") as server:
        auth = {"Authorization": "Bearer t"}
        assert push_store(first, server.url, token="t").added
        report = push_store(rest, server.store_url, token="t")
        assert report.added and not report.unchanged
        again = push_store(rest, server.url, token="t")
        assert not again.added and not again.replaced and again.unchanged == report.added
        summary = ("SELECT ?a ?p ?o WHERE { GRAPH <https://w3id.org/kgnews/graph/summary> "
                   "{ ?a ?p ?o } }")
        _, body = post(server.query_url, "query", summary, auth)
        remote = {tuple(b[k]["value"] for k in ("a", "p", "o"))
                  for b in json.loads(body)["results"]["bindings"]}
    with open_oxigraph_store(whole, create=False) as st:
        local = {tuple(str(t) for t in row) for row in st.query(summary).rows}
    assert remote == local  # the same degrees and links as one store built from all documents
    with (pytest.raises(ServerError, match="401"),
          start_server(tmp_path / "target", writable=True, token="t") as server):
        push_store(first, server.url)


def split(dataset: Dataset) -> tuple[Dataset, Dataset]:
    from kg.rdf.store import document_graphs

    parts = (Dataset(), Dataset())
    for n, doc in enumerate(document_graphs(dataset)):
        target = parts[min(n, 1)].graph(doc.name)
        for triple in doc.graph:
            target.add(triple)
    return parts


def build_store(path: Path, dataset: Dataset) -> Path:
    add_to_store(path, dataset)
    return path


def test_server_errors(tmp_path: Path, store_dir: Path) -> None:
    with pytest.raises(GraphError, match="no store"):
        start_server(tmp_path / "none")
    with pytest.raises(ServerError, match="not an http"):
        push_store(store_dir, "ftp://x")
    with start_server(store_dir) as server:
        port = int(server.url.rsplit(":", 1)[1])
        with pytest.raises(ServerError, match="in use"):
            start_server(store_dir, port=port, wait=5)
        with pytest.raises(GraphError, match="in use"):
            add_to_store(store_dir, Dataset())
    with pytest.raises(ServerError, match="cannot reach"):
        push_store(store_dir, f"http://127.0.0.1:{port}/store")


def test_runaway_query_stops_at_the_timeout(store_dir: Path) -> None:
    heavy = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n ?o }"
    with start_server(store_dir, timeout=1) as server:
        first = server.process.pid
        status, body = post(server.query_url, "query", heavy)
        assert status == 503 and b"stopped" in body
        # this join ignores Oxigraph's own timeout: the engine was killed and restarted
        assert _gone([first])
        pid = server.process.pid
        before = _cpu_ticks(pid)
        time.sleep(1.0)
        assert _cpu_ticks(pid) - before < 50  # under half a core-second: the cores are free
        assert count(post(server.query_url, "query", COUNT)[1]) == 5
        time.sleep(0.5)  # the restart was done by a thread that lives on: the engine too
        assert server.process.poll() is None


def _cpu_ticks(pid: int) -> int:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])


SERVE = ("import sys; from kg.cli.main import main; "
         "sys.exit(main(['serve', sys.argv[1], '--port', sys.argv[2]]))")


def _interruptible() -> None:
    signal.signal(signal.SIGINT, signal.default_int_handler)


def _serve(store: Path, port: int) -> subprocess.Popen[bytes]:
    # a test run started in the background (`pytest … &`) ignores SIGINT, and so would the
    # server it starts: give the server the default handler, as in a terminal
    proc = subprocess.Popen([sys.executable, "-c", SERVE, str(store), str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            preexec_fn=_interruptible)
    deadline = time.monotonic() + 30
    while not listening(port):
        assert proc.poll() is None, proc.stderr.read() if proc.stderr else b""
        assert time.monotonic() < deadline
        time.sleep(0.1)
    return proc


def _engine_pids(parent: int) -> list[int]:
    out = subprocess.run(["pgrep", "-P", str(parent)], capture_output=True, text=True).stdout
    return [int(p) for p in out.split()]


def _gone(pids: list[int], timeout: float = 10) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not any(Path(f"/proc/{p}").exists() and "Z" not in _state(p) for p in pids):
            return True
        time.sleep(0.1)
    return False


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return "Z"


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGHUP, signal.SIGINT, signal.SIGKILL])
def test_signals_leave_nothing_listening(store_dir: Path, sig: signal.Signals) -> None:
    port = free_port()
    proc = _serve(store_dir, port)
    engines = _engine_pids(proc.pid)
    assert engines
    os.kill(proc.pid, sig)
    proc.wait(20)
    if sig != signal.SIGKILL:
        assert proc.returncode == 0
    assert _gone(engines)
    assert not listening(port)


def test_engine_death_is_a_non_zero_exit(store_dir: Path) -> None:
    port = free_port()
    proc = _serve(store_dir, port)
    for pid in _engine_pids(proc.pid):
        os.kill(pid, signal.SIGKILL)
    assert proc.wait(20) != 0
    assert b"stopped unexpectedly" in (proc.stderr.read() if proc.stderr else b"")
