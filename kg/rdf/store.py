"""Graph stores (Oxigraph in memory or persistent in a folder), incremental by document.

A store holds one named graph per document (as built by :func:`kg.rdf.build.build_dataset`) and
the summary graph of per-actor degrees and actor links (:mod:`kg.rdf.summary`). Adding a document
whose content hash is already stored changes nothing; a changed document replaces its graph.
Every add or remove of a document is a single SPARQL update, i.e. one transaction: an
interrupted add leaves the store as it was.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator, Mapping
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any, Protocol

from rdflib import Dataset, Graph, URIRef

from ..errors import CorruptStoreError, GraphError, available
from .build import bind_prefixes
from .iris import document_iri
from .lock import StoreLock, lock_store
from .oxterms import from_ox
from .sparql import QueryResult, execute, query_oxigraph, resolve_query, store_failure
from .summary import (
    Pair,
    degree_update,
    degrees,
    ensure_links,
    link_insert,
    link_prune,
    links,
    stored_links_query,
)
from .vocab import KG, SUMMARY_GRAPH

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
class _DocGraph:
    name: URIRef
    doc_id: str
    content_hash: str
    graph: Graph


class GraphStore(Protocol):
    """What kg needs from a store."""

    def add_dataset(self, dataset: Dataset) -> StoreReport:
        """Add (or replace, or skip) each document graph of ``dataset``."""
        ...

    def remove(self, doc_id: str) -> None:
        """Drop a document's graph and its share of the summary."""
        ...

    def documents(self) -> list[DocumentRecord]:
        """Return the stored documents."""
        ...

    def query(self, text: str, params: Mapping[str, str] | None = None) -> QueryResult:
        """Run SPARQL (text, ``.rq`` file or named query) over the union of all graphs."""
        ...


def document_graphs(dataset: Dataset) -> Iterator[_DocGraph]:
    """Yield the document graphs of a built dataset (by document id), checking each."""
    found: list[_DocGraph] = []
    for graph in dataset.graphs():
        name = graph.identifier
        if name == SUMMARY_GRAPH or len(graph) == 0:
            continue
        if not isinstance(name, URIRef) or name == dataset.default_graph.identifier:
            raise GraphError("the dataset has triples outside document graphs; expected the "
                             "output of kg.rdf.build.build_dataset")
        ids = list(graph.objects(name, KG.docId))
        hashes = list(graph.objects(name, KG.contentHash))
        if len(ids) != 1 or len(hashes) != 1:
            raise GraphError(f"graph {name} has no single document node with kg:docId and "
                             "kg:contentHash; expected the output of kg.rdf.build.build_dataset")
        found.append(_DocGraph(name, str(ids[0]), str(hashes[0]), graph))
    yield from sorted(found, key=lambda d: d.doc_id)


def _nt(graph: Graph) -> str:
    return graph.serialize(format="nt")


class SparqlTarget(Protocol):
    """What adding documents needs: queries over all graphs and single-transaction updates."""

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


def add_documents(target: SparqlTarget, dataset: Dataset) -> StoreReport:
    """Add each document graph of ``dataset`` to ``target``, one transaction per document.

    A document whose content hash is stored already is left alone; a changed one replaces its
    graph. The summary graph's degrees and links are merged (the document's old share
    subtracted, its new share added), so adding into a target that holds other documents keeps
    theirs, and adding twice changes nothing.
    """
    added: list[str] = []
    replaced: list[str] = []
    unchanged: list[str] = []
    same_text: list[tuple[str, str]] = []
    written = 0
    for doc in document_graphs(dataset):
        same_text += [(doc.doc_id, other) for other in ids_with_hash(target, doc.content_hash)
                      if other != doc.doc_id]
        old_hash = stored_hash(target, doc.name)
        if old_hash == doc.content_hash:
            unchanged.append(doc.doc_id)
            continue
        delta, new_links = degrees(doc.graph), links(doc.graph)
        old_links: set[Pair] = set()
        parts = []
        if old_hash is not None:
            delta.subtract(stored_degrees(target, doc.name))
            old_links = stored_links(target, doc.name)
            parts.append(f"DROP SILENT GRAPH <{doc.name}>")
        parts.append(f"INSERT DATA {{ GRAPH <{doc.name}> {{\n{_nt(doc.graph)}\n}} }}")
        parts += [degree_update(delta), link_insert(new_links),
                  link_prune(old_links - new_links)]
        target.write(" ;\n".join(p for p in parts if p))
        (replaced if old_hash is not None else added).append(doc.doc_id)
        written += len(doc.graph)
    return StoreReport(tuple(added), tuple(replaced), tuple(unchanged), written,
                       tuple(same_text))


def ids_with_hash(target: SparqlTarget, content_hash: str) -> list[str]:
    """Return the ids of stored documents whose text (and settings) hash is ``content_hash``."""
    result = target.query("SELECT ?id WHERE { GRAPH ?g { ?g a kg:Document ; kg:docId ?id ; "
                          f"kg:contentHash {json.dumps(content_hash)} }} }}")
    return sorted(str(r[0]) for r in result.rows)


class OxigraphStore:
    """A store in a folder (RocksDB through pyoxigraph) or in memory; a context manager."""

    def __init__(self, store: Any, path: Path | None, lock: StoreLock | None = None) -> None:
        self._store = store
        self.path = path
        self.name = str(path) if path is not None else "(in memory)"
        self._lock = lock

    def __enter__(self) -> OxigraphStore:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        """Flush and release the store (and its lock)."""
        if self._store is not None:
            with suppress(OSError, RuntimeError):  # a corrupt store already said so
                self._store.flush()
            self._store = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    @property
    def raw(self) -> Any:
        """Return the underlying ``pyoxigraph.Store``."""
        if self._store is None:
            raise GraphError(f"the store {self.name} is closed")
        return self._store

    def query(self, text: str, params: Mapping[str, str] | None = None) -> QueryResult:
        """Run SPARQL (text, ``.rq`` file or named query) over the union of all graphs."""
        if params is None and _PLAIN.search(text):
            return query_oxigraph(self.raw, text)
        return execute(self.raw, resolve_query(text), params)

    def documents(self) -> list[DocumentRecord]:
        """Return the stored documents, sorted by id."""
        result = self.query("SELECT ?g ?id ?hash WHERE { GRAPH ?g { ?g a kg:Document ; "
                            "kg:docId ?id ; kg:contentHash ?hash } }")
        return sorted((DocumentRecord(str(r[1]), str(r[2]), str(r[0])) for r in result.rows),
                      key=lambda d: d.doc_id)

    def write(self, update: str) -> None:
        """Run one SPARQL update (one transaction)."""
        try:
            self.raw.update(update)
        except (OSError, SyntaxError) as err:
            raise GraphError(f"cannot write to the store {self.name}: {err}") from None
        except RuntimeError as err:
            raise store_failure(err, "update failed") from None

    def add_dataset(self, dataset: Dataset) -> StoreReport:
        """Add each document graph of ``dataset`` in its own transaction."""
        return add_documents(self, dataset)

    def remove(self, doc_id: str) -> None:
        """Drop a document's graph and its share of the summary in one transaction."""
        name = document_iri(doc_id)
        if stored_hash(self, name) is None:
            raise GraphError(f"the store {self.name} holds no document {doc_id!r}; documents: "
                             f"{available(d.doc_id for d in self.documents())}")
        delta = Counter({a: -n for a, n in stored_degrees(self, name).items()})
        parts = [f"DROP SILENT GRAPH <{name}>", degree_update(delta),
                 link_prune(stored_links(self, name))]
        self.write(" ;\n".join(p for p in parts if p))

    def to_dataset(self) -> Dataset:
        """Return every quad of the store as an rdflib dataset (named graphs kept)."""
        ds = Dataset()
        bind_prefixes(ds)
        try:
            for quad in self.raw:
                name = quad.graph_name
                graph = ds.default_graph if not hasattr(name, "value") else ds.graph(
                    from_ox(name))  # type: ignore[arg-type]
                graph.add((from_ox(quad.subject), from_ox(quad.predicate), from_ox(quad.object)))
        except (OSError, RuntimeError) as err:
            raise _read_error(self.name, err) from None
        return ds

    def to_graph(self) -> Graph:
        """Return every triple of the store (all graphs) as one rdflib graph."""
        graph = Graph()
        bind_prefixes(graph)
        try:
            for quad in self.raw:
                graph.add((from_ox(quad.subject), from_ox(quad.predicate), from_ox(quad.object)))
        except (OSError, RuntimeError) as err:
            raise _read_error(self.name, err) from None
        return graph


def _read_error(name: str, err: BaseException) -> GraphError:
    failure = store_failure(err, "read failed")
    if isinstance(failure, CorruptStoreError):
        return CorruptStoreError(failure.detail, name)
    return GraphError(f"cannot read the store {name}: {failure}")


def _open_error(path: Path, err: BaseException) -> GraphError:
    text = str(err)
    failure = store_failure(err, "open failed")
    if isinstance(failure, CorruptStoreError):  # first: "block checksum" also says "lock"
        return CorruptStoreError(failure.detail, str(path))
    if re.search(r"\block\b|\bLOCK\b", text, re.IGNORECASE):
        return GraphError(f"the store {path} is locked by another process (a running kg build, "
                          "kg serve --writable or kg query?); stop it or try again")
    return GraphError(f"cannot open the store {path}: {text.splitlines()[0][:200]}")


def is_store_dir(path: Path) -> bool:
    """Return whether a folder looks like an Oxigraph (RocksDB) store."""
    return (path / "CURRENT").is_file()


def make_memory_store() -> OxigraphStore:
    """Return an empty in-memory Oxigraph store (registered as ``kg.memory_store.v1``)."""
    import pyoxigraph as ox

    return OxigraphStore(ox.Store(), None)


def make_oxigraph_store(path: str | Path, *, create: bool = True,
                        writer: bool | None = None) -> OxigraphStore:
    """Open a persistent store (registered as ``kg.oxigraph_store.v1``); the caller closes it.

    A writer (``writer``, by default when ``create``) holds the store's lock exclusively, a
    reader shares it (see :mod:`kg.rdf.lock`) until :meth:`OxigraphStore.close`.

    Raises
    ------
    GraphError
        If the folder is missing (and not ``create``), is not a store, or the store is in use,
        locked or corrupt (:class:`~kg.errors.CorruptStoreError`).

    """
    path = Path(path)
    if path.exists() and not path.is_dir():
        raise GraphError(f"{path} is a file, not a store folder")
    if not create and not path.is_dir():
        raise GraphError(f"no store at {path}")
    if path.is_dir() and any(path.iterdir()) and not is_store_dir(path):
        raise GraphError(f"{path} is not an Oxigraph store (no RocksDB CURRENT file); "
                         "give an empty or new folder, or an existing store")
    import pyoxigraph as ox

    if create:
        try:
            path.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise GraphError(f"cannot create the store folder {path}: {err.strerror}") from None
    lock = lock_store(path, exclusive=create if writer is None else writer)
    try:
        raw = ox.Store(str(path))
        ensure_links(raw)
        return OxigraphStore(raw, path, lock)
    except (OSError, RuntimeError, ValueError) as err:
        lock.release()
        raise _open_error(path, err) from None


@contextmanager
def open_oxigraph_store(path: str | Path, *, create: bool = True,
                        writer: bool | None = None) -> Iterator[OxigraphStore]:
    """Open a persistent store for a ``with`` block (see :func:`make_oxigraph_store`).

    A :class:`~kg.errors.CorruptStoreError` raised inside the block names this store.
    """
    store = make_oxigraph_store(path, create=create, writer=writer)
    try:
        yield store
    except CorruptStoreError as err:
        if err.store is not None:
            raise
        raise CorruptStoreError(err.detail, str(path)) from None
    finally:
        store.close()


def add_to_store(store_dir: str | Path, dataset: Dataset) -> StoreReport:
    """Add a built dataset to the persistent store in ``store_dir`` (created if missing)."""
    with open_oxigraph_store(store_dir, create=True) as store:
        return store.add_dataset(dataset)
