"""The store abstraction: the :class:`GraphStore` protocol and opening a store by location.

Every command that reads or writes a store goes through :func:`open_store`, which picks the
backend from the registry ``stores`` (entry point group ``kg_stores``):

* ``http://…`` or ``https://…`` — any SPARQL 1.1 server (``kg.sparql_store.v1``,
  :mod:`kg.rdf.sparql_store`);
* ``memory:`` — an empty in-memory Oxigraph store (``kg.memory_store.v1``);
* ``NAME:LOCATION`` where NAME is a registered store such as ``kg.oxigraph_store.v1`` — that
  backend (how third-party stores are chosen);
* anything else — a folder holding an Oxigraph (RocksDB) store (``kg.oxigraph_store.v1``).

:class:`DocumentStore` holds the document bookkeeping every backend shares (content hashes,
the summary graph kept in the same update as the document graph); a backend supplies SPARQL
queries with bindings, updates and a quad dump.
"""

from __future__ import annotations

import json
import re
from abc import ABC, abstractmethod
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Protocol, Self, runtime_checkable

from rdflib import Dataset, Graph, URIRef
from rdflib.term import Node

from ..errors import GraphError, available
from .entities import (
    by_subject,
    collect_update,
    described_query,
    insert_update,
    referenced,
    stored_references_query,
    with_related,
)
from .iris import document_iri, entity_iri
from .sparql import QueryResult, execute_with, resolve_query
from .summary import (
    Pair,
    Tally,
    degree_update,
    degrees,
    fill_tally,
    link_insert,
    link_prune,
    links,
    stored_links_query,
    stored_tally_update,
    tally,
    tally_query,
    tally_rows,
)
from .vocab import ENTITIES_GRAPH, KG, SUMMARY_GRAPH

Quad = tuple[Node, Node, Node, Node | None]
Rows = Sequence[Mapping[str, Node]]

SPARQL_STORE = "kg.sparql_store.v1"
OXIGRAPH_STORE = "kg.oxigraph_store.v1"
MEMORY_STORE = "kg.memory_store.v1"
_NAMED = re.compile(r"^([A-Za-z_][\w-]*(?:\.[\w-]+)*\.v\d+):(.*)$", re.DOTALL)
_PLAIN = re.compile(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class DocumentRecord:
    """A document held in a store."""

    doc_id: str
    content_hash: str
    graph: str


@dataclass(frozen=True, slots=True)
class StoreReport:
    """What adding a dataset to a store did, by document id."""

    added: tuple[str, ...] = ()
    replaced: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()
    triples: int = 0  # triples written into document graphs
    same_text: tuple[tuple[str, str], ...] = ()  # (added id, stored id) of identical texts


@dataclass(frozen=True, slots=True)
class DocGraph:
    """One document's named graph from a built dataset."""

    name: URIRef
    doc_id: str
    content_hash: str
    graph: Graph


@runtime_checkable
class GraphStore(Protocol):
    """What kg needs from a store; every backend (Oxigraph folder, SPARQL server …) has it.

    A store holds one named graph per document plus the summary graph. Queries see the union
    of all graphs as their default graph; kg's prefixes (``kg:``, ``rdf:`` …) are predeclared.
    """

    name: str

    def __enter__(self) -> Self:
        """Return the store for a ``with`` block, which closes it."""
        ...

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        """Close the store."""
        ...

    def close(self) -> None:
        """Release the store (flush, unlock, drop connections)."""
        ...

    def flush(self) -> None:
        """Write buffered changes through, releasing their memory (a no-op where none buffer)."""
        ...

    def query(self, text: str, params: Mapping[str, str] | None = None) -> QueryResult:
        """Run SPARQL (text, ``.rq`` file or named query) with named-query parameters."""
        ...

    def select(self, text: str, rows: Rows | None = None,
               max_rows: int | None = None) -> QueryResult:
        """Run SPARQL text with ``VALUES`` bindings (one row per mapping).

        A SELECT answer of more than ``max_rows`` rows is a :class:`~kg.errors.QueryError`.
        """
        ...

    def update(self, text: str) -> None:
        """Run a SPARQL update as one transaction."""
        ...

    def add_dataset(self, dataset: Dataset) -> StoreReport:
        """Add, replace (changed content hash) or skip each document graph of ``dataset``."""
        ...

    def remove(self, doc_id: str) -> None:
        """Drop a document's graph and its share of the summary."""
        ...

    def documents(self) -> list[DocumentRecord]:
        """Return the stored documents, sorted by id."""
        ...

    def graphs(self) -> list[str]:
        """Return the names of the non-empty named graphs, sorted."""
        ...

    def quads(self) -> Iterator[Quad]:
        """Yield every quad (graph ``None`` for the default graph)."""
        ...

    def dump(self, path: Path) -> int:
        """Write every quad to ``path`` as N-Quads; return the number of bytes written."""
        ...

    def to_dataset(self) -> Dataset:
        """Return a copy of the whole store as an rdflib dataset (small stores only)."""
        ...

    def to_graph(self) -> Graph:
        """Return the union of all graphs as one rdflib graph (small stores only)."""
        ...


def document_graphs(dataset: Dataset) -> Iterator[DocGraph]:
    """Yield the document graphs of a built dataset (by document id), checking each."""
    found: list[DocGraph] = []
    for graph in dataset.graphs():
        name = graph.identifier
        if name in (SUMMARY_GRAPH, ENTITIES_GRAPH) or len(graph) == 0:
            continue
        if not isinstance(name, URIRef) or name == dataset.default_graph.identifier:
            raise GraphError("the dataset has triples outside document graphs; expected the "
                             "output of kg.rdf.build.build_dataset")
        ids = list(graph.objects(name, KG.docId))
        hashes = list(graph.objects(name, KG.contentHash))
        if len(ids) != 1 or len(hashes) != 1:
            raise GraphError(f"graph {name} has no single document node with kg:docId and "
                             "kg:contentHash; expected the output of kg.rdf.build.build_dataset")
        found.append(DocGraph(name, str(ids[0]), str(hashes[0]), _standalone(graph)))
    yield from sorted(found, key=lambda d: d.doc_id)


def _standalone(graph: Graph) -> Graph:
    """Copy one graph of a dataset into a graph of its own.

    rdflib's in-memory store answers a pattern inside one graph of a dataset by scanning the
    pattern's matches in every graph, so reading documents' graphs from a batch of many costs
    time quadratic in the batch; the copy (one pass) is read in time of its own size.
    """
    copy = Graph(identifier=graph.identifier)
    copy.namespace_manager = graph.namespace_manager
    copy.addN((s, p, o, copy) for s, p, o in graph)
    return copy


class SparqlTarget(Protocol):
    """What adding documents needs: queries over all graphs and single-transaction updates.

    Every :class:`DocumentStore` is one; so is a kg server's endpoint
    (:class:`kg.rdf.sparql_http.SparqlClient`), which :func:`kg.rdf.serve.push_store` fills.
    """

    def query(self, text: str, params: Mapping[str, str] | None = None) -> QueryResult:
        """Run SPARQL (kg prefixes predeclared) over the union of all graphs."""
        ...

    def write(self, update: str) -> None:
        """Run one SPARQL update as one transaction."""
        ...


def stored_hash(target: SparqlTarget, name: URIRef) -> str | None:
    """Return the content hash stored for a document graph (None if it is not there)."""
    result = target.query(
        f"SELECT ?h WHERE {{ GRAPH <{name}> {{ <{name}> kg:contentHash ?h }} }}")
    return str(result.rows[0][0]) if result.rows else None


def stored_degrees(target: SparqlTarget, name: URIRef) -> Counter[URIRef]:
    """Return the per-actor statement counts of a stored document graph."""
    result = target.query(
        f"SELECT ?a (COUNT(*) AS ?n) WHERE {{ GRAPH <{name}> {{ ?st a kg:Statement . "
        "{ ?st rdf:subject ?a } UNION { ?st rdf:object ?a } } } GROUP BY ?a")
    return Counter({URIRef(str(r[0])): int(str(r[1])) for r in result.rows
                    if isinstance(r[0], URIRef) and r[1] is not None})


def stored_links(target: SparqlTarget, name: URIRef) -> set[Pair]:
    """Return the links (both directions) a stored document graph supports."""
    result = target.query(stored_links_query(name))
    pairs: set[Pair] = set()
    for a, b in (r[:2] for r in result.rows):
        if isinstance(a, URIRef) and isinstance(b, URIRef):
            pairs.update(((a, b), (b, a)))
    return pairs


def stored_tally(target: SparqlTarget, name: URIRef) -> Tally:
    """Return the statement counts of a stored document graph (its share of the summary)."""
    return tally_rows(target.query(tally_query(name)).rows)


def stored_references(target: SparqlTarget, name: URIRef) -> set[URIRef]:
    """Return the entities a stored document graph refers to, and those they relate to."""
    return {e for row in target.query(stored_references_query(name)).rows for e in row[:2]
            if isinstance(e, URIRef)}


def described_entities(target: SparqlTarget, ids: Iterable[str]) -> set[str]:
    """Return which of the entity ``ids`` have a description in the target's entities graph.

    A build in batches passes them to :func:`kg.rdf.build.build_dataset` (``described``) so
    that it does not write them again.
    """
    iris = {entity_iri(i): i for i in ids}
    if not iris:
        return set()
    rows = target.query(described_query(iris)).rows
    return {iris[r[0]] for r in rows if isinstance(r[0], URIRef) and r[0] in iris}


def ids_with_hash(target: SparqlTarget, content_hash: str) -> list[str]:
    """Return the ids of stored documents whose text (and settings) hash is ``content_hash``."""
    result = target.query("SELECT ?id WHERE { GRAPH ?g { ?g a kg:Document ; kg:docId ?id ; "
                          f"kg:contentHash {json.dumps(content_hash)} }} }}")
    return sorted(str(r[0]) for r in result.rows)


def add_documents(target: SparqlTarget, dataset: Dataset, *, lateral: bool = True
                  ) -> StoreReport:
    """Add each document graph of ``dataset`` to ``target``, one transaction per document.

    A document whose content hash is stored already is left alone; a changed one replaces its
    graph. The summary graph's degrees and links are merged (the document's old share
    subtracted, its new share added), so adding into a target that holds other documents keeps
    theirs, and adding twice changes nothing. The descriptions (entities graph) of the entities
    the document refers to go in with it (once per store: a graph is a set); a replaced
    document's entities that nothing refers to any more lose theirs
    (:mod:`kg.rdf.entities`); the statement counts are merged as the degrees are
    (:class:`~kg.rdf.summary.Tally`; a target that has statements but no counts is counted in
    full first, :func:`~kg.rdf.summary.fill_tally`). ``lateral`` says the engine evaluates
    LATERAL (used to prune links and descriptions fast).
    """
    added: list[str] = []
    replaced: list[str] = []
    unchanged: list[str] = []
    same_text: list[tuple[str, str]] = []
    written = 0
    counted = False
    descriptions = by_subject(dataset.graph(ENTITIES_GRAPH))
    unreferenced = set(descriptions)
    for doc in document_graphs(dataset):
        same_text += [(doc.doc_id, other) for other in ids_with_hash(target, doc.content_hash)
                      if other != doc.doc_id]
        old_hash = stored_hash(target, doc.name)
        if old_hash == doc.content_hash:
            unchanged.append(doc.doc_id)
            continue
        if not counted:  # a store written before counts existed is counted once, in full
            fill_tally(target)
            counted = True
        delta, new_links = degrees(doc.graph), links(doc.graph)
        counts = tally(doc.graph, doc.name)
        entities = with_related(referenced(doc.graph), descriptions)
        unreferenced -= entities
        old_links: set[Pair] = set()
        old_entities: set[URIRef] = set()
        parts = []
        if old_hash is not None:
            counts.subtract(stored_tally(target, doc.name))
            delta.subtract(stored_degrees(target, doc.name))
            old_links = stored_links(target, doc.name)
            old_entities = stored_references(target, doc.name)
            parts.append(f"DROP SILENT GRAPH <{doc.name}>")
        body = doc.graph.serialize(format="nt")
        parts.append(f"INSERT DATA {{ GRAPH <{doc.name}> {{\n{body}\n}} }}")
        parts += [insert_update(t for e in sorted(entities) for t in descriptions.get(e, ())),
                  degree_update(delta), link_insert(new_links),
                  link_prune(old_links - new_links, lateral=lateral),
                  collect_update(old_entities - entities, lateral=lateral)]
        parts.append(stored_tally_update(target, counts))
        target.write(" ;\n".join(p for p in parts if p))
        (replaced if old_hash is not None else added).append(doc.doc_id)
        written += len(doc.graph)
    orphans = insert_update(t for e in sorted(unreferenced) for t in descriptions[e])
    if orphans and (added or replaced):  # descriptions no document of the dataset refers to
        target.write(orphans)
    return StoreReport(tuple(added), tuple(replaced), tuple(unchanged), written,
                       tuple(same_text))


class DocumentStore(ABC):
    """Document bookkeeping over SPARQL, shared by every backend; a context manager.

    A backend implements :meth:`select`, :meth:`update`, :meth:`quads` and :meth:`close`.
    Adding or removing a document is one SPARQL update (document graph, degrees and links
    together), so an interrupted write leaves the store as it was.
    """

    name: str = ""
    lateral: bool = True  # the engine evaluates LATERAL (SPARQL 1.2); used to prune links fast

    def __enter__(self) -> Self:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    @abstractmethod
    def close(self) -> None:
        """Release the store."""

    def flush(self) -> None:
        """Write buffered changes through, releasing their memory (nothing to do by default)."""
        return None

    @abstractmethod
    def select(self, text: str, rows: Rows | None = None,
               max_rows: int | None = None) -> QueryResult:
        """Run SPARQL text with ``VALUES`` bindings over the union of all graphs."""

    @abstractmethod
    def update(self, text: str) -> None:
        """Run a SPARQL update as one transaction."""

    @abstractmethod
    def quads(self) -> Iterator[Quad]:
        """Yield every quad (graph ``None`` for the default graph)."""

    def dump(self, path: Path) -> int:
        """Write every quad to ``path`` as N-Quads; return the number of bytes written."""
        written = 0
        with Path(path).open("w", encoding="utf-8") as out:
            for s, p, o, g in self.quads():
                line = f"{s.n3()} {p.n3()} {o.n3()}" + (f" {g.n3()}" if g is not None else "")
                written += out.write(line + " .\n")
        return written

    def query(self, text: str, params: Mapping[str, str] | None = None) -> QueryResult:
        """Run SPARQL (text, ``.rq`` file or named query) over the union of all graphs."""
        if params is None and _PLAIN.search(text):
            return self.select(text)
        return execute_with(self.select, resolve_query(text), params)

    def documents(self) -> list[DocumentRecord]:
        """Return the stored documents, sorted by id."""
        result = self.select("SELECT ?g ?id ?hash WHERE { GRAPH ?g { ?g a kg:Document ; "
                             "kg:docId ?id ; kg:contentHash ?hash } }")
        return sorted((DocumentRecord(str(r[1]), str(r[2]), str(r[0])) for r in result.rows),
                      key=lambda d: d.doc_id)

    def graphs(self) -> list[str]:
        """Return the names of the non-empty named graphs, sorted."""
        rows = self.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }").rows
        return sorted(str(r[0]) for r in rows if r[0] is not None)

    def to_dataset(self) -> Dataset:
        """Return every quad of the store as an rdflib dataset (named graphs kept)."""
        from .build import bind_prefixes

        ds = Dataset()
        bind_prefixes(ds)
        graphs: dict[Node, Graph] = {}
        for s, p, o, g in self.quads():
            if g is None:
                ds.default_graph.add((s, p, o))
                continue
            if g not in graphs:
                graphs[g] = ds.graph(g)  # type: ignore[arg-type]
            graphs[g].add((s, p, o))
        return ds

    def to_graph(self) -> Graph:
        """Return every triple of the store (all graphs) as one rdflib graph."""
        from .build import bind_prefixes

        graph = Graph()
        bind_prefixes(graph)
        for s, p, o, _ in self.quads():
            graph.add((s, p, o))
        return graph

    def write(self, update: str) -> None:
        """Run one SPARQL update as one transaction (:class:`SparqlTarget`)."""
        self.update(update)

    def add_dataset(self, dataset: Dataset) -> StoreReport:
        """Add each document graph of ``dataset`` in its own transaction."""
        return add_documents(self, dataset, lateral=self.lateral)

    def remove(self, doc_id: str) -> None:
        """Drop a document's graph, its share of the summary and descriptions left unused.

        All in one transaction; the descriptions of entities that no other document refers to
        any more are dropped (:func:`kg.rdf.entities.collect_update`).
        """
        name = document_iri(doc_id)
        if stored_hash(self, name) is None:
            raise GraphError(f"the store {self.name} holds no document {doc_id!r}; documents: "
                             f"{available(d.doc_id for d in self.documents())}")
        delta = Counter({a: -n for a, n in stored_degrees(self, name).items()})
        counts = Tally()
        counts.subtract(stored_tally(self, name))
        parts = [f"DROP SILENT GRAPH <{name}>", degree_update(delta),
                 link_prune(stored_links(self, name), lateral=self.lateral),
                 collect_update(stored_references(self, name), lateral=self.lateral)]
        parts.append(stored_tally_update(self, counts))
        self.update(" ;\n".join(p for p in parts if p))


def store_backend(spec: str | Path) -> tuple[str, str]:
    """Return (registered store name, location) for a ``--store`` value (see module doc)."""
    text = str(spec)
    if text.startswith(("http://", "https://")):
        return SPARQL_STORE, text
    if text in ("memory:", ":memory:"):
        return MEMORY_STORE, ""
    named = _NAMED.match(text)
    if named:
        return named[1], named[2]
    return OXIGRAPH_STORE, text


def is_store(source: str | Path) -> bool:
    """Return whether ``source`` names a store (a URL, a named backend or a folder), not a file."""
    name, location = store_backend(source)
    return name != OXIGRAPH_STORE or str(source).startswith(OXIGRAPH_STORE + ":") or Path(
        location).is_dir()


def open_store(spec: str | Path, *, create: bool = False,
               writer: bool | None = None) -> GraphStore:
    """Open the store ``spec`` names through the registry; the caller closes it (``with``).

    A store factory is called as ``factory(location, create=…, writer=…)``; ``writer`` (default:
    ``create``) asks a backend with a lock (an Oxigraph folder, :mod:`kg.rdf.lock`) to hold it
    exclusively, as ``kg build`` and ``kg remove`` do; readers share it.

    Raises
    ------
    RegistryError
        ``NAME:`` names no registered store.
    GraphError, ServerError
        The backend cannot open the store (missing, locked, corrupt, unreachable).

    """
    from .. import registry

    name, location = store_backend(spec)
    factory = registry.get("stores", name)
    store = factory(location, create=create, writer=writer)
    if not isinstance(store, GraphStore):
        raise GraphError(f"the store plugin {name} returned {type(store).__name__}, which lacks "
                         "the GraphStore methods (kg.rdf.graphstore.GraphStore)")
    return store
