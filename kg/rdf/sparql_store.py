"""A store on any SPARQL 1.1 server: Query and Update protocols, Graph Store Protocol for dumps.

``--store http://HOST:PORT/…`` selects it (registered as ``kg.sparql_store.v1``). Endpoints are
read from the URL:

* ``http://host:7878`` (no path) — Oxigraph's layout: ``/query``, ``/update``, ``/store``;
* ``…/query`` (or ``…/update``, ``…/store``) — that service and its siblings (Oxigraph,
  Fuseki's ``/DATASET/query``);
* ``…/sparql`` — one URL for queries and updates, Graph Store Protocol at the sibling
  ``…/sparql-graph-crud`` (Virtuoso);
* any other path — queries and updates at that URL, no Graph Store Protocol (dumps then use
  a CONSTRUCT per graph).

kg's queries expect the default graph to be the union of all graphs. Oxigraph is asked for that
per request (its ``union-default-graph`` parameter); Virtuoso does it by default. Requests go
through kg's one SPARQL HTTP client (:mod:`kg.rdf.sparql_http`).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from rdflib import Graph, URIRef

from ..errors import GraphError, QueryError
from .graphstore import DocumentStore, Quad, Rows
from .sparql import QueryResult, inject_values
from .sparql_http import EndpointRefused, SparqlClient, endpoints
from .vocab import BASE


class SparqlStore(DocumentStore):
    """A store held by a SPARQL 1.1 server (Oxigraph, Virtuoso, …); a context manager."""

    def __init__(self, url: str, *, timeout: float = 300.0) -> None:
        self.url = url
        self.name = url
        self.endpoints = endpoints(url)
        self.timeout = timeout
        server = SparqlClient(self.endpoints, timeout=timeout).server()
        self.server = server
        # Oxigraph: the union of all graphs is the default graph only when asked; it evaluates
        # LATERAL. Other servers get SPARQL 1.1 only.
        self.lateral = server.lower().startswith("oxigraph")
        self.client = SparqlClient(self.endpoints, timeout=timeout, union_default=self.lateral)

    def close(self) -> None:
        """Nothing to release: every request has its own connection."""

    def select(self, text: str, rows: Rows | None = None,
               max_rows: int | None = None) -> QueryResult:
        """Run SPARQL text with ``VALUES`` bindings; kg's prefixes are predeclared.

        A SELECT answer of more than ``max_rows`` rows is a :class:`QueryError`.
        """
        return self.client.select(inject_values(text, rows or ()), max_rows)

    def update(self, text: str) -> None:
        """Send a SPARQL update (one request; one transaction on Oxigraph)."""
        try:
            self.client.update(text)
        except (QueryError, EndpointRefused) as err:
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
        graph = self.client.graph(name)
        if graph is not None:
            return graph
        result = self.select(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{name}> {{ ?s ?p ?o }} }}")
        return result.graph if result.graph is not None else Graph()

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
