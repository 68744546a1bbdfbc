"""kg's SPARQL HTTP client (kg.rdf.sparql_http) against a scripted loopback server."""

from __future__ import annotations

import json
import threading
import time
import urllib.parse
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import pytest
from rdflib import Literal

from kg.errors import KGError, QueryError, ServerError
from kg.rdf.serve import free_port
from kg.rdf.sparql_http import (
    UPDATE_TYPE,
    AnswerTooLarge,
    EndpointRefused,
    NoAnswerInTime,
    QueryStopped,
    SparqlClient,
    endpoints,
)
from kg.rdf.vocab import DOC, ENTITY

TABLE = json.dumps({"head": {"vars": ["x", "n"]}, "results": {"bindings": [
    {"x": {"type": "uri", "value": str(ENTITY.Q1)},
     "n": {"type": "literal", "value": "Erde", "xml:lang": "de"}}]}}).encode()


class _Scripted(BaseHTTPRequestHandler):
    """Answers each path as ``replies`` says: (status, content type, body, delay)."""

    def version_string(self) -> str:
        """Name the server as a SPARQL engine names itself."""
        return "Scripted/1"

    replies: ClassVar[dict[str, tuple[int, str, bytes, float]]] = {}
    seen: ClassVar[list[tuple[str, str, str, bytes]]] = []
    tokens: ClassVar[list[str]] = []

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        path = self.path.split("?")[0]
        self.seen.append((self.command, self.path, self.headers.get("Content-Type") or "", body))
        self.tokens.append(self.headers.get("Authorization") or "")
        status, ctype, data, delay = self.replies.get(path, (404, "text/plain", b"nothing", 0))
        time.sleep(delay)
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    do_GET = do_POST = _answer

    def log_message(self, *args: object) -> None:
        """Stay quiet."""


@pytest.fixture
def scripted() -> Iterator[str]:
    _Scripted.replies, _Scripted.seen, _Scripted.tokens = {}, [], []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Scripted)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_endpoints_of_each_service_url_are_its_siblings() -> None:
    for url in ("http://h:1", "http://h:1/", "http://h:1/query", "http://h:1/update",
                "http://h:1/store/"):
        assert endpoints(url) == endpoints("http://h:1/query")
    assert endpoints("http://h:1/ds/store").update == "http://h:1/ds/update"


def test_answers_are_read_as_terms_and_requests_carry_the_token(scripted: str) -> None:
    _Scripted.replies = {"/query": (200, "application/sparql-results+json", TABLE, 0),
                         "/update": (204, "text/plain", b"", 0)}
    client = SparqlClient.at(scripted, token="t")
    result = client.select("SELECT ?x ?n WHERE { ?x rdfs:label ?n }")
    assert result.columns == ("x", "n")
    assert result.rows == ((ENTITY.Q1, Literal("Erde", lang="de")),)
    client.write("INSERT DATA { kg:a kg:b kg:c }")
    (_, _, qtype, query), (_, _, utype, update) = _Scripted.seen
    assert qtype == "application/x-www-form-urlencoded" and b"PREFIX+kg" in query
    assert utype == UPDATE_TYPE and update.startswith(b"PREFIX ") and update.endswith(b"kg:c }")
    assert client.server() == "Scripted/1" and set(_Scripted.tokens) == {"Bearer t"}
    with pytest.raises(QueryError, match="takes query text, not parameters"):
        client.query("members-of", {"org": "OVKS"})


@pytest.mark.parametrize(("reply", "error", "words"), [
    ((400, "text/plain", b"Parse error at 1:6\nmore detail", 0), QueryError,
     "/query refused the request (HTTP 400): Parse error at 1:6"),
    ((401, "text/plain", b"needs a token", 0), EndpointRefused,
     "/query answered HTTP 401: needs a token; pass the server's token (--token)"),
    ((503, "text/plain", b"", 0), EndpointRefused, "/query answered HTTP 503: Service Unavailable"),
    ((200, "application/sparql-results+json",
      b'{"head": {"vars": ["n"]}, "results": {"bindings": [The SPARQL operation has been '
      b"cancelled", 0), QueryStopped, "stopped by the engine's timeout"),
    ((200, "application/sparql-results+json", TABLE * 10, 0), AnswerTooLarge,
     "answered over 100 bytes; add a LIMIT"),
    ((200, "text/html", b"<html>hello</html>", 0), ServerError,
     "/query answered text/html, not SPARQL JSON results"),
    ((200, "application/sparql-results+json", TABLE, 1.0), NoAnswerInTime,
     "/query gave no answer within 0.2 s"),
])
def test_each_failure_is_one_line_naming_the_endpoint(
        scripted: str, reply: tuple[int, str, bytes, float], error: type[KGError],
        words: str) -> None:
    _Scripted.replies = {"/query": reply}
    client = SparqlClient.at(scripted, timeout=0.2, max_bytes=100)
    with pytest.raises(error) as raised:
        client.select("SELECT * WHERE { ?s ?p ?o }")
    message = str(raised.value)
    assert words in message and scripted in message and "\n" not in message


def test_unreachable_server_and_missing_graph_store(scripted: str) -> None:
    with pytest.raises(ServerError, match=r"cannot reach the SPARQL server http://127\.0\.0\.1:"
                                          r"\d+/query: .*; is it running\?"):
        SparqlClient.at(f"http://127.0.0.1:{free_port()}", timeout=2).select("ASK {}")
    _Scripted.replies = {"/store": (404, "text/plain", b"no such graph", 0)}
    assert SparqlClient.at(scripted).graph(DOC.x) is None
    _Scripted.replies = {"/store": (200, "application/n-triples",
                                    b"<https://e/a> <https://e/b> <https://e/c> .\n", 0)}
    graph = SparqlClient.at(scripted).graph(DOC.x)
    assert graph is not None and len(graph) == 1
    assert _Scripted.seen[-1][:2] == ("GET", "/store?" + urllib.parse.urlencode({"graph": DOC.x}))
