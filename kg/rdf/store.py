"""Graph stores (Oxigraph in memory or persistent in a folder), incremental by document.

A store holds one named graph per document (as built by :func:`kg.rdf.build.build_dataset`) and
the summary graph of per-actor degrees and actor links (:mod:`kg.rdf.summary`). Adding a document
whose content hash is already stored changes nothing; a changed document replaces its graph.
Every add or remove of a document is a single SPARQL update, i.e. one transaction: an
interrupted add leaves the store as it was. The bookkeeping is shared by every backend
(:class:`kg.rdf.graphstore.DocumentStore`); this module holds the Oxigraph one, with the
folder's lock (:mod:`kg.rdf.lock`) and damaged files reported as
:class:`~kg.errors.CorruptStoreError`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from rdflib import Dataset

from ..errors import CorruptStoreError, GraphError
from .graphstore import (  # re-exported: the records, protocol and adding used to live here
    DocGraph,
    DocumentRecord,
    DocumentStore,
    GraphStore,
    Quad,
    Rows,
    SparqlTarget,
    StoreReport,
    add_documents,
    document_graphs,
    ids_with_hash,
    open_store,
)
from .lock import StoreLock, lock_store
from .oxterms import from_ox
from .sparql import QueryResult, query_oxigraph, store_failure
from .summary import ensure_links
from .vocab import PREFIXES

__all__ = ["DocGraph", "DocumentRecord", "GraphStore", "OxigraphStore", "SparqlTarget",
           "StoreReport", "add_documents", "add_to_store", "document_graphs", "ids_with_hash",
           "make_memory_store", "make_oxigraph_store", "open_oxigraph_store"]


class OxigraphStore(DocumentStore):
    """A store in a folder (RocksDB through pyoxigraph) or in memory; a context manager."""

    def __init__(self, store: Any, path: Path | None, lock: StoreLock | None = None) -> None:
        self._store = store
        self.path = path
        self.name = str(path) if path is not None else "(in memory)"
        self._lock = lock

    def close(self) -> None:
        """Flush and release the store (and its lock)."""
        if self._store is not None:
            with suppress(OSError, RuntimeError):  # a corrupt store already said so
                self._store.flush()
            self._store = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def flush(self) -> None:
        """Write RocksDB's in-memory tables to disk (they grow with every write until then)."""
        try:
            self.raw.flush()
        except (OSError, RuntimeError) as err:
            raise _read_error(self.name, err) from None

    @property
    def raw(self) -> Any:
        """Return the underlying ``pyoxigraph.Store`` (for this backend's own use only)."""
        if self._store is None:
            raise GraphError(f"the store {self.name} is closed")
        return self._store

    def _named(self, err: CorruptStoreError) -> CorruptStoreError:
        return err if err.store is not None or self.path is None else CorruptStoreError(
            err.detail, self.name)

    def select(self, text: str, rows: Rows | None = None,
               max_rows: int | None = None) -> QueryResult:
        """Run SPARQL text with ``VALUES`` bindings over the union of all graphs."""
        try:
            return query_oxigraph(self.raw, text, rows, max_rows)
        except CorruptStoreError as err:
            raise self._named(err) from None

    def update(self, text: str) -> None:
        """Run a SPARQL update (kg's prefixes predeclared) as one transaction."""
        try:
            self.raw.update(text, prefixes=dict(PREFIXES))
        except (OSError, SyntaxError) as err:
            raise GraphError(f"cannot write to the store {self.name}: {err}") from None
        except RuntimeError as err:
            failure = store_failure(err, "update failed")
            if isinstance(failure, CorruptStoreError):
                raise self._named(failure) from None
            raise failure from None

    def quads(self) -> Iterator[Quad]:
        """Yield every quad of the store (graph ``None`` for the default graph)."""
        try:
            for quad in self.raw:
                name = quad.graph_name
                yield (from_ox(quad.subject), from_ox(quad.predicate), from_ox(quad.object),
                       from_ox(name) if hasattr(name, "value") else None)
        except (OSError, RuntimeError) as err:
            raise _read_error(self.name, err) from None

    def dump(self, path: Path) -> int:
        """Write every quad to ``path`` as N-Quads (Oxigraph's own writer); return its size."""
        import pyoxigraph as ox

        try:
            self.raw.dump(output=str(path), format=ox.RdfFormat.N_QUADS)
        except (OSError, RuntimeError) as err:
            if isinstance(err, OSError) and not isinstance(store_failure(err, ""),
                                                           CorruptStoreError):
                raise GraphError(f"cannot dump the store {self.name} to {path}: {err}") from None
            raise _read_error(self.name, err) from None
        return Path(path).stat().st_size


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


def make_memory_store(location: str = "", *, create: bool = True,
                      writer: bool | None = None) -> OxigraphStore:
    """Return an empty in-memory Oxigraph store (registered as ``kg.memory_store.v1``).

    ``location``, ``create`` and ``writer`` are accepted for the common store-factory signature
    and unused.
    """
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
    if is_store_dir(path):  # before RocksDB's open, which would drop a cut-off log's tail
        from .wal import store_damage

        damage = store_damage(path)
        if damage:
            lock.release()
            raise CorruptStoreError(damage, str(path))
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


def add_to_store(store: str | Path, dataset: Dataset) -> StoreReport:
    """Add a built dataset to the store ``store`` names (a folder is created if missing)."""
    with open_store(store, create=True) as st:
        try:
            return st.add_dataset(dataset)
        except CorruptStoreError as err:
            if err.store is not None:
                raise
            raise CorruptStoreError(err.detail, st.name) from None
