"""Documents and time: a graph's documents with their metadata, and a graph cut to a period.

Statements are dated by ``dcterms:date`` (their own year, else their document's publication
date, see :func:`kg.rdf.build.statement_date`); ISO dates compare as strings, so a period is
``since <= date <= until`` with partial dates (``2015``, ``2015-03``) padded to whole days.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from rdflib import Dataset, Graph, Literal
from rdflib.namespace import RDF
from rdflib.term import Node, URIRef

from ..errors import ConfigError
from ..rdf.vocab import DCTERMS, KG

if TYPE_CHECKING:
    from ..rdf.graphstore import GraphStore

# the statements dated within a period: a (partial) date overlaps it when its first ten
# characters compare with the period's ends at the date's own precision (2015 is within
# --until 2015-03-31); the ends are bound by VALUES, an open end as "0000" / "9999"
_DATED = """SELECT ?st WHERE {
  #@params
  ?st dcterms:date ?when .
  BIND (SUBSTR(STR(?when), 1, 10) AS ?day)
  FILTER (?day >= SUBSTR(?since, 1, STRLEN(?day)) && ?day <= SUBSTR(?until, 1, STRLEN(?day)))
  ?st a kg:Statement .
}"""


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    """A document of a graph and what is known about it."""

    iri: str
    id: str
    title: str = ""
    date: str = ""  # ISO date, "" when unknown
    url: str = ""
    outlet: str = ""


def documents(graph: Graph) -> list[DocumentInfo]:
    """Return the documents of a graph, by date (undated last), then id."""
    if isinstance(graph, Dataset) and not graph.default_union:
        from ..rdf.build import union_graph

        graph = union_graph(graph)

    def one(node: Node, prop: URIRef) -> str:
        value = graph.value(node, prop)
        return str(value) if value is not None else ""

    found = [DocumentInfo(iri=str(d), id=one(d, KG.docId) or str(d), title=one(d, DCTERMS.title),
                          date=one(d, DCTERMS.date), url=one(d, DCTERMS.source),
                          outlet=one(d, DCTERMS.publisher))
             for d in set(graph.subjects(RDF.type, KG.Document))]
    return sorted(found, key=lambda d: (d.date == "", d.date, d.id))


def _bound(value: str | None, *, end: bool, what: str) -> str | None:
    if value is None or not value.strip():
        return None
    from ..errors import InputError
    from ..readers.meta import normalise_date

    try:
        day = normalise_date(value, what)
    except InputError as err:
        raise ConfigError(str(err)) from None
    if day is None:
        return None
    if len(day) == 4:
        return day + ("-12-31" if end else "-01-01")
    if len(day) == 7:
        return day + ("-31" if end else "-01")
    return day


@dataclass(frozen=True, slots=True)
class Period:
    """A closed period of ISO days; either end may be open (None)."""

    since: str | None = None
    until: str | None = None

    @classmethod
    def parse(cls, since: str | None, until: str | None) -> Period:
        """Read ``--since``/``--until`` values (ISO day, month or year).

        Raises
        ------
        ConfigError
            A value is not a date, or ``since`` is after ``until``.

        """
        period = cls(_bound(since, end=False, what="--since"), _bound(until, end=True,
                                                                        what="--until"))
        if period.since and period.until and period.since > period.until:
            raise ConfigError(f"--since {since} is after --until {until}; expected a period "
                              f"that starts before it ends")
        return period

    @property
    def open(self) -> bool:
        """Whether the period is unbounded on both sides (nothing is filtered)."""
        return self.since is None and self.until is None

    def contains(self, date: str | None) -> bool:
        """Whether a (possibly partial) ISO date overlaps the period; undated never does."""
        if self.open:
            return True
        if not date:
            return False
        first = _bound(date, end=False, what="date") or ""
        last = _bound(date, end=True, what="date") or ""
        return (self.since is None or last >= self.since) and (
            self.until is None or first <= self.until)

    def describe(self) -> str:
        """Return the period in words, e.g. ``2015-03-01 to 2015-06-30``."""
        return f"{self.since or 'the start'} to {self.until or 'the end'}"


def within(graph: Graph, period: Period) -> Graph:
    """Return the part of ``graph`` whose statements are dated within ``period``.

    Statements without a date are left out when either end is given; actors are kept only
    if a kept statement links them. An open period returns ``graph`` itself.
    """
    if period.open:
        return graph
    if isinstance(graph, Dataset) and not graph.default_union:
        from ..rdf.build import union_graph

        graph = union_graph(graph)
    from .subgraph import restrict

    dates = {st: str(d) for st, _, d in graph.triples((None, DCTERMS.date, None))}
    keep = [st for st in graph.subjects(RDF.type, KG.Statement)
            if period.contains(dates.get(st))]
    return restrict(graph, keep)  # with the statements' actors and documents


def within_store(store: GraphStore, period: Period) -> Graph:
    """Read from ``store`` only the statements dated within ``period``; a graph like :func:`within`.

    One SPARQL query finds the statements whose ``dcterms:date`` overlaps the period (the
    same test as :meth:`Period.contains`; undated ones never do); then only they are read, with
    their actors, documents and relation labels (:func:`kg.rdf.subset.statements_graph`), so
    a period of a big store costs what its statements cost, not what the store does. An open
    period reads every dated and undated statement.
    """
    from ..rdf.subset import statements_graph

    if period.open:
        rows = store.select("SELECT ?st WHERE { ?st a kg:Statement }").rows
    else:
        ends = {"since": Literal(period.since or "0000"), "until": Literal(period.until or "9999")}
        rows = store.select(_DATED, [ends]).rows
    return statements_graph(store, {row[0] for row in rows if row[0] is not None})
