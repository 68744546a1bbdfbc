"""A store on any SPARQL 1.1 server: Query and Update protocols, Graph Store Protocol for dumps.

``--store http://HOST:PORT/…`` selects it (registered as ``kg.sparql_store.v1``). Endpoints are
read from the URL:

* ``http://host:7878`` (no path) — Oxigraph's layout: ``/query``, ``/update``, ``/store``;
* ``…/query`` — that URL for queries, its siblings ``…/update`` and ``…/store`` (Oxigraph,
  Fuseki's ``/DATASET/query``);
* ``…/sparql`` — one URL for queries and updates, Graph Store Protocol at the sibling
  ``…/sparql-graph-crud`` (Virtuoso);
* any other path — queries and updates at that URL, no Graph Store Protocol (dumps then use
  a CONSTRUCT per graph).

kg's queries expect the default graph to be the union of all graphs. Oxigraph is asked for that
per request (its ``union-default-graph`` parameter); Virtuoso does it by default. Only stdlib
``urllib`` is used.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from ..errors import GraphError, QueryError, ServerError
from .graphstore import DocumentStore, Quad, Rows
from .sparql import QueryResult, inject_values
from .vocab import BASE, PREFIXES

_RESULTS = "application/sparql-results+json"
_GRAPH_TYPES = "application/n-triples, text/plain;q=0.9, text/turtle;q=0.8"
_RDF_FORMATS = {"application/n-triples": "nt", "text/plain": "nt", "text/turtle": "turtle",
                "application/n-quads": "nquads", "application/rdf+xml": "xml",
                "application/ld+json": "json-ld"}
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


@dataclass(frozen=True, slots=True)
class Endpoints:
    """The URLs of one SPARQL server's services."""

    query: str
    update: str
    graph_store: str | None


def endpoints(url: str) -> Endpoints:
    """Return the query, update and Graph Store endpoints a ``--store`` URL stands for."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ServerError(f"{url!r} is not an http(s) URL of a SPARQL server, e.g. "
                          "http://127.0.0.1:7878 (Oxigraph) or http://127.0.0.1:8890/sparql")
    base = urllib.parse.urlunsplit((parts.scheme, parts.netloc, parts.path.rstrip("/"), "", ""))
    path = parts.path.rstrip("/")
    if not path:
        return Endpoints(base + "/query", base + "/update", base + "/store")
    head, _, last = base.rpartition("/")
    if last == "query":
        return Endpoints(base, head + "/update", head + "/store")
    if last == "sparql":
        return Endpoints(base, base, head + "/sparql-graph-crud")
    return Endpoints(base, base, None)


def json_term(cell: dict[str, Any]) -> Node | None:
    """Return the RDF term of one SPARQL JSON results binding (None for RDF-star terms)."""
    kind, value = cell.get("type"), cell.get("value", "")
    if kind == "uri":
        return URIRef(value)
    if kind == "bnode":
        return BNode(value)
    if kind in ("literal", "typed-literal"):
        lang, datatype = cell.get("xml:lang"), cell.get("datatype")
        if lang:
            return Literal(value, lang=lang)
        if datatype and datatype != _XSD_STRING:
            return Literal(value, datatype=URIRef(datatype))
        return Literal(value)
    return None  # e.g. RDF-star triples, which kg never writes


class _Refused(ServerError):
    """The server answered with an error status (it is running)."""


def prologue() -> str:
    """Return kg's PREFIX declarations, to put before a query or update sent to a server."""
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())


class SparqlStore(DocumentStore):
    """A store held by a SPARQL 1.1 server (Oxigraph, Virtuoso, …); a context manager."""

    def __init__(self, url: str, *, timeout: float = 300.0) -> None:
        self.url = url
        self.name = url
        self.endpoints = endpoints(url)
        self.timeout = timeout
        self._extra: dict[str, str] = {}
        server = self._server_header()
        self.server = server
        # Oxigraph: the union of all graphs is the default graph only when asked; it evaluates
        # LATERAL. Other servers get SPARQL 1.1 only.
        self.lateral = server.lower().startswith("oxigraph")
        if self.lateral:
            self._extra = {"union-default-graph": ""}

    def close(self) -> None:
        """Nothing to release: every request has its own connection."""

    def _request(self, url: str, data: bytes | None, headers: dict[str, str],
                 method: str = "POST") -> tuple[bytes, str, str]:
        request = urllib.request.Request(url, data=data, method=method, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return (response.read(), response.headers.get_content_type(),
                        response.headers.get("Server", ""))
        except urllib.error.HTTPError as err:
            body = err.read()[:400].decode(errors="replace").strip()
            first = body.splitlines()[0] if body else err.reason
            if err.code in (400, 422):
                raise QueryError(f"{url} refused the request (HTTP {err.code}): {first}"
                                 ) from None
            raise _Refused(f"{url} answered HTTP {err.code}: {first}") from None
        except (urllib.error.URLError, OSError) as err:
            reason = getattr(err, "reason", err)
            raise ServerError(f"cannot reach the SPARQL server {url}: {reason}; is it "
                              "running?") from None

    def _server_header(self) -> str:
        data = urllib.parse.urlencode({"query": "ASK {}"}).encode()
        _, _, server = self._request(self.endpoints.query, data, {
            "Content-Type": "application/x-www-form-urlencoded", "Accept": _RESULTS})
        return server

    def _query_url(self) -> str:
        if not self._extra:
            return self.endpoints.query
        return self.endpoints.query + "?" + urllib.parse.urlencode(self._extra)

    def select(self, text: str, rows: Rows | None = None,
               max_rows: int | None = None) -> QueryResult:
        """Run SPARQL text with ``VALUES`` bindings; kg's prefixes are predeclared.

        A SELECT answer of more than ``max_rows`` rows is a :class:`QueryError`.
        """
        query = prologue() + inject_values(text, rows or ())
        data = urllib.parse.urlencode({"query": query}).encode()
        body, ctype, _ = self._request(self._query_url(), data, {
            "Content-Type": "application/x-www-form-urlencoded",
            "Accept": f"{_RESULTS}, {_GRAPH_TYPES}"})
        if ctype in _RDF_FORMATS:
            graph = Graph()
            for prefix, ns in PREFIXES.items():
                graph.bind(prefix, ns)
            graph.parse(data=body.decode("utf-8"), format=_RDF_FORMATS[ctype])
            return QueryResult(graph=graph)
        try:
            answer = json.loads(body)
        except ValueError:
            raise ServerError(f"{self.endpoints.query} answered {ctype}, not SPARQL JSON "
                              "results") from None
        if "boolean" in answer:
            return QueryResult(boolean=bool(answer["boolean"]))
        columns = tuple(answer.get("head", {}).get("vars", ()))
        bindings = answer.get("results", {}).get("bindings", ())
        if max_rows is not None and len(bindings) > max_rows:
            raise QueryError(f"the result has over {max_rows:,} rows; add a LIMIT or raise "
                             "--max-rows")
        table = tuple(tuple(json_term(b[c]) if c in b else None for c in columns)
                      for b in bindings)
        if columns == ("__ASK_RETVAL",):  # Virtuoso 7.2 answers ASK in JSON as a table
            return QueryResult(boolean=any(str(r[0]) not in ("0", "false") for r in table))
        return QueryResult(columns, table)

    def update(self, text: str) -> None:
        """Send a SPARQL update (one request; one transaction on Oxigraph)."""
        data = urllib.parse.urlencode({"update": prologue() + text}).encode()
        try:
            self._request(self.endpoints.update, data,
                          {"Content-Type": "application/x-www-form-urlencoded"})
        except (QueryError, _Refused) as err:
            raise GraphError(f"cannot write to the store {self.name}: {err}") from None

    def quads(self) -> Iterator[Quad]:
        """Yield every quad: per named graph, by the Graph Store Protocol where there is one."""
        for name in self.graphs():
            graph = self._graph(name)
            for s, p, o in graph:
                yield s, p, o, URIRef(name)

    def graphs(self) -> list[str]:
        """Return kg's non-empty named graphs (not the server's own, such as Virtuoso's)."""
        return [g for g in super().graphs() if g.startswith(BASE)]

    def _graph(self, name: str) -> Graph:
        graph = Graph()
        if self.endpoints.graph_store is not None:
            url = self.endpoints.graph_store + "?" + urllib.parse.urlencode({"graph": name})
            try:
                body, ctype, _ = self._request(url, None, {"Accept": _GRAPH_TYPES}, "GET")
            except ServerError:
                body, ctype = b"", ""
            if ctype in _RDF_FORMATS:
                graph.parse(data=body.decode("utf-8"), format=_RDF_FORMATS[ctype])
                return graph
        result = self.select(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{name}> {{ ?s ?p ?o }} }}")
        return result.graph if result.graph is not None else graph

    def dump(self, path: Path) -> int:
        """Write every quad to ``path`` as N-Quads, one named graph at a time."""
        written = 0
        with Path(path).open("w", encoding="utf-8") as out:
            for name in self.graphs():
                g = URIRef(name).n3()
                for s, p, o in self._graph(name):
                    written += out.write(f"{s.n3()} {p.n3()} {o.n3()} {g} .\n")
        return written


def make_sparql_store(url: str, *, create: bool = False,
                      writer: bool | None = None) -> SparqlStore:
    """Connect to the SPARQL server at ``url`` (registered as ``kg.sparql_store.v1``).

    ``create`` and ``writer`` are accepted for the common store-factory signature: a server's
    dataset always exists and the server orders concurrent writes itself (no lock). The server
    must answer at once.

    Raises
    ------
    ServerError
        The URL is not http(s), or the server does not answer a query.

    """
    return SparqlStore(url)
