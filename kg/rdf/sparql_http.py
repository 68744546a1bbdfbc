"""kg's one HTTP client of a SPARQL 1.1 server: the Query, Update and Graph Store protocols.

Both ways kg talks to a server use it: a ``--store http://…`` store
(:class:`~kg.rdf.sparql_store.SparqlStore`) and ``kg serve``'s engine and front (the explorer's
questions, ``kg push``; :mod:`kg.rdf.serve`). Every failure is a :class:`~kg.errors.KGError` with
a one-line message that names the URL and what went wrong:

* a query or update the server refuses as malformed (HTTP 400, 422): :class:`QueryError`;
* any other error status: :class:`EndpointRefused` (401 says to pass the server's token);
* no answer within the client's timeout: :class:`NoAnswerInTime`;
* an answer the engine cut off at its own timeout: :class:`QueryStopped`;
* an answer over ``max_bytes``: :class:`AnswerTooLarge`;
* a server that cannot be reached: :class:`~kg.errors.ServerError`.

Endpoints are read from the URL (:func:`endpoints`). Only stdlib ``urllib`` is used.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from ..errors import QueryError, ServerError
from .sparql import QueryResult
from .vocab import PREFIXES

if TYPE_CHECKING:
    from collections.abc import Mapping

RESULTS_TYPE = "application/sparql-results+json"
UPDATE_TYPE = "application/sparql-update"
GRAPH_TYPES = "application/n-triples, text/plain;q=0.9, text/turtle;q=0.8"
RDF_FORMATS = {"application/n-triples": "nt", "text/plain": "nt", "text/turtle": "turtle",
               "application/n-quads": "nquads", "application/rdf+xml": "xml",
               "application/ld+json": "json-ld"}
#: how Oxigraph ends an answer it streamed when its ``--timeout-s`` cancelled the query
CANCELLED = b"The SPARQL operation has been cancelled"
_FORM = "application/x-www-form-urlencoded"
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_SIBLINGS = ("query", "update", "store")


class EndpointRefused(ServerError):
    """The server answered with an error status other than "malformed" (it is running)."""


class NoAnswerInTime(ServerError):
    """The server gave no answer within the client's timeout."""


class QueryStopped(ServerError):
    """The engine stopped the query at its own timeout (the answer ends with its notice)."""


class AnswerTooLarge(ServerError):
    """The answer is larger than the client reads."""


@dataclass(frozen=True, slots=True)
class Endpoints:
    """The URLs of one SPARQL server's services."""

    query: str
    update: str
    graph_store: str | None


def endpoints(url: str) -> Endpoints:
    """Return the query, update and Graph Store endpoints a server URL stands for.

    * no path — Oxigraph's layout: ``/query``, ``/update``, ``/store``;
    * ``…/query``, ``…/update`` or ``…/store`` — that service and its two siblings (Oxigraph,
      ``kg serve``, Fuseki's ``/DATASET/query``);
    * ``…/sparql`` — one URL for queries and updates, Graph Store Protocol at the sibling
      ``…/sparql-graph-crud`` (Virtuoso);
    * any other path — queries and updates at that URL, no Graph Store Protocol.

    Raises
    ------
    ServerError
        The URL is not an http(s) URL with a host.

    """
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ServerError(f"{url!r} is not an http(s) URL of a SPARQL server, e.g. "
                          "http://127.0.0.1:7878 (Oxigraph) or http://127.0.0.1:8890/sparql")
    base = urllib.parse.urlunsplit((parts.scheme, parts.netloc, parts.path.rstrip("/"), "", ""))
    head, _, last = base.rpartition("/")
    if not parts.path.rstrip("/"):
        head, last = base, ""
    if not last or last in _SIBLINGS:
        return Endpoints(head + "/query", head + "/update", head + "/store")
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


def prologue() -> str:
    """Return kg's PREFIX declarations, to put before a query or update sent to a server."""
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())


@dataclass(frozen=True, slots=True)
class Reply:
    """A server's successful answer: its body, content type and ``Server`` header."""

    body: bytes
    content_type: str
    server: str


@dataclass(frozen=True, slots=True)
class SparqlClient:
    """A SPARQL 1.1 server as kg asks it: queries, updates and Graph Store reads.

    ``token`` is sent as ``Authorization: Bearer`` (``kg serve --writable``); ``union_default``
    asks Oxigraph for the union of all graphs as the default graph (its
    ``union-default-graph`` parameter); an answer over ``max_bytes`` is an
    :class:`AnswerTooLarge` (None: no cap).
    """

    endpoints: Endpoints
    token: str | None = None
    timeout: float = 300.0
    union_default: bool = False
    max_bytes: int | None = None

    @classmethod
    def at(cls, url: str, *, token: str | None = None, timeout: float = 300.0,
           max_bytes: int | None = None) -> SparqlClient:
        """Return a client of the server at ``url`` (see :func:`endpoints`)."""
        return cls(endpoints(url), token, timeout, max_bytes=max_bytes)

    def send(self, url: str, data: bytes | None, headers: Mapping[str, str],
             method: str = "POST") -> Reply:
        """Send one request and return the answer; every failure is one :class:`ServerError`."""
        sent = dict(headers)
        if self.token:
            sent["Authorization"] = f"Bearer {self.token}"
        request = urllib.request.Request(url, data=data, method=method, headers=sent)
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                body = (response.read() if self.max_bytes is None
                        else response.read(self.max_bytes + 1))
                ctype = response.headers.get_content_type()
                server = response.headers.get("Server", "")
        except urllib.error.HTTPError as err:
            text = err.read(400).decode(errors="replace").strip()
            first = text.splitlines()[0] if text else err.reason
            if err.code in (400, 422):
                raise QueryError(f"{url} refused the request (HTTP {err.code}): {first}"
                                 ) from None
            hint = "; pass the server's token (--token)" if err.code == 401 else ""
            raise EndpointRefused(f"{url} answered HTTP {err.code}: {first}{hint}") from None
        except TimeoutError:
            raise NoAnswerInTime(f"{url} gave no answer within {self.timeout:g} s") from None
        except (urllib.error.URLError, OSError) as err:
            reason = getattr(err, "reason", err)
            raise ServerError(f"cannot reach the SPARQL server {url}: {reason}; is it "
                              "running?") from None
        if self.max_bytes is not None and len(body) > self.max_bytes:
            raise AnswerTooLarge(f"{url} answered over {self.max_bytes:,} bytes; add a LIMIT "
                                 "or allow larger answers (kg serve --max-result-mb)")
        if CANCELLED in body[-200:]:
            raise QueryStopped(f"{url}: the query was stopped by the engine's timeout")
        return Reply(bytes(body), ctype, server)

    def _query_url(self) -> str:
        if not self.union_default:
            return self.endpoints.query
        return self.endpoints.query + "?" + urllib.parse.urlencode({"union-default-graph": ""})

    def server(self) -> str:
        """Ask ``ASK {}`` and return the server's ``Server`` header ("" if it sends none)."""
        data = urllib.parse.urlencode({"query": "ASK {}"}).encode()
        return self.send(self.endpoints.query, data, {
            "Content-Type": _FORM, "Accept": RESULTS_TYPE}).server

    def select(self, text: str, max_rows: int | None = None) -> QueryResult:
        """Run a query (kg's prefixes predeclared): a table, a boolean or a graph.

        A SELECT answer of more than ``max_rows`` rows is a :class:`QueryError`.
        """
        data = urllib.parse.urlencode({"query": prologue() + text}).encode()
        url = self._query_url()
        reply = self.send(url, data, {"Content-Type": _FORM,
                                      "Accept": f"{RESULTS_TYPE}, {GRAPH_TYPES}"})
        if reply.content_type in RDF_FORMATS:
            graph = Graph()
            for prefix, ns in PREFIXES.items():
                graph.bind(prefix, ns)
            graph.parse(data=reply.body.decode("utf-8"), format=RDF_FORMATS[reply.content_type])
            return QueryResult(graph=graph)
        try:
            answer = json.loads(reply.body)
            if "boolean" in answer:
                return QueryResult(boolean=bool(answer["boolean"]))
            columns = tuple(answer["head"]["vars"])
            bindings = answer["results"]["bindings"]
        except (ValueError, KeyError, TypeError):
            raise ServerError(f"{url} answered {reply.content_type or 'no content type'}, "
                              "not SPARQL JSON results") from None
        if max_rows is not None and len(bindings) > max_rows:
            raise QueryError(f"the result has over {max_rows:,} rows; add a LIMIT or raise "
                             "--max-rows")
        table = tuple(tuple(json_term(b[c]) if c in b else None for c in columns)
                      for b in bindings)
        if columns == ("__ASK_RETVAL",):  # Virtuoso 7.2 answers ASK in JSON as a table
            return QueryResult(boolean=any(str(r[0]) not in ("0", "false") for r in table))
        return QueryResult(columns, table)

    def query(self, text: str, params: Mapping[str, str] | None = None) -> QueryResult:
        """Run SPARQL text (no named queries or parameters: a server takes the text only)."""
        if params:
            raise QueryError("a SPARQL server takes query text, not parameters")
        return self.select(text)

    def update(self, text: str) -> None:
        """Send a SPARQL update (kg's prefixes predeclared; one transaction on Oxigraph)."""
        self.send(self.endpoints.update, (prologue() + text).encode("utf-8"),
                  {"Content-Type": UPDATE_TYPE, "Accept": "*/*"})

    def write(self, update: str) -> None:
        """Run one SPARQL update (:class:`kg.rdf.graphstore.SparqlTarget`)."""
        self.update(update)

    def graph(self, name: str) -> Graph | None:
        """Read one named graph by the Graph Store Protocol; None where the server has none.

        A server without a Graph Store endpoint, or one that answers it with an error or with
        no RDF, gives None: the caller then reads the graph with a CONSTRUCT.
        """
        if self.endpoints.graph_store is None:
            return None
        url = self.endpoints.graph_store + "?" + urllib.parse.urlencode({"graph": name})
        try:
            reply = self.send(url, None, {"Accept": GRAPH_TYPES}, "GET")
        except (EndpointRefused, QueryError):
            return None
        if reply.content_type not in RDF_FORMATS:
            return None
        graph = Graph()
        graph.parse(data=reply.body.decode("utf-8"), format=RDF_FORMATS[reply.content_type])
        return graph
