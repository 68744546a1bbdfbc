"""Distributed extraction on Dask: workers parse and extract, the driver resolves and writes.

``kg build INPUT --dask tcp://SCHEDULER:8786`` (or ``--dask local``) cuts the documents into
partitions and sends each (the :class:`~kg.types.Document` objects) to a Dask worker. The
worker runs NLP, actor recognition, extraction and the per-document part of resolution
(:func:`kg.resolve.assign_document`, which needs the spaCy doc) and sends back a
:class:`WorkedDocument` per document: mentions, raw triples and assignments, which pickle; the
spaCy doc stays on the worker. The driver joins across documents
(:func:`kg.resolve.resolve_assigned`), builds the RDF and writes it into the store (a folder or
a SPARQL server) one document transaction at a time, as a single-process build does.

A worker that dies loses its running partition; the scheduler runs it again on another worker
(Dask's ``allowed-failures``). Results are gathered by partition, so a retried partition is
counted once, and the store skips a document whose content hash it holds (idempotent writes).

Workers need kg (same version, same language models) installed; an alias file is read on the
driver and sent with each partition.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .errors import ConfigError
from .pipeline import Analysis, Extract, Extracted, Progress, Settings, analyse
from .types import Document, Mention, Notice, Notify, RawTriple

if TYPE_CHECKING:
    from .resolve import DocumentAssignments
    from .resolve.linking import AliasTarget

LOCAL = "local"
PARTITION_DOCS = 8  # documents per task: small enough to spread, large enough to batch parsing


@dataclass(frozen=True, slots=True)
class WorkedDocument:
    """What a worker sends back for one document (everything but the spaCy doc)."""

    document: Document
    lang: str
    sentences: int
    mentions: tuple[Mention, ...]
    raw: tuple[RawTriple, ...]
    assignments: DocumentAssignments


@dataclass(frozen=True, slots=True)
class PartitionResult:
    """A partition's documents, in input order, and its notices (skips and warnings)."""

    index: int
    worked: tuple[WorkedDocument, ...]
    notices: tuple[Notice, ...]


def partitions(documents: Sequence[Document], size: int = PARTITION_DOCS
               ) -> list[tuple[Document, ...]]:
    """Cut documents into runs of at most ``size`` (input order kept)."""
    if size < 1:
        raise ConfigError(f"a partition needs at least one document, not {size}")
    return [tuple(documents[i:i + size]) for i in range(0, len(documents), size)]


def work_partition(index: int, documents: Sequence[Document], settings: Settings,
                   aliases: dict[str, AliasTarget]) -> PartitionResult:
    """Analyse and assign one partition (runs on a worker; models load once per process)."""
    from .resolve import assign_document

    notices: list[Notice] = []
    worked = []
    for a in analyse(documents, settings, None, notices.append):
        worked.append(_worked(a, assign_document(a.document, a.mentions, a.raw, a.sdoc, aliases,
                                                 settings.merge)))
    return PartitionResult(index, tuple(worked), tuple(notices))


def _worked(a: Analysis, assignments: DocumentAssignments) -> WorkedDocument:
    return WorkedDocument(a.document, a.lang, sum(1 for _ in a.sdoc.sents), a.mentions, a.raw,
                          assignments)


def local_cluster(workers: int = 2) -> Any:
    """Start a Dask cluster of ``workers`` processes (one thread each) on the loopback address."""
    from distributed import LocalCluster  # lazily: Dask is an optional extra (kg[dask])

    return LocalCluster(  # type: ignore[no-untyped-call]
        n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
        dashboard_address=None)


def connect(address: str) -> tuple[Any, Any | None]:
    """Return (client, cluster started here or None) for ``--dask local`` or a scheduler URL."""
    try:
        from distributed import Client  # lazily: Dask is an optional extra (kg[dask])
    except ImportError:
        raise ConfigError("--dask needs Dask: pip install 'kg[dask]'") from None
    if address == LOCAL:
        cluster = local_cluster()
        return Client(cluster), cluster  # type: ignore[no-untyped-call]
    if not address.startswith(("tcp://", "tls://", "inproc://", "ucx://")):
        raise ConfigError(f"--dask {address!r}: expected 'local' or a scheduler address such as "
                          "tcp://127.0.0.1:8786")
    try:
        return Client(address, timeout="10s"), None  # type: ignore[no-untyped-call]
    except (OSError, TimeoutError) as err:
        raise ConfigError(f"cannot reach the Dask scheduler at {address}: {err}") from None


def run_partitions(client: Any, documents: Sequence[Document], settings: Settings, *,
                   size: int = PARTITION_DOCS,
                   on_result: Callable[[PartitionResult], None] | None = None
                   ) -> Iterator[PartitionResult]:
    """Run every partition on the cluster; yield results in partition order.

    A partition whose worker died is rerun by the scheduler; each partition's result is taken
    once (by index), so nothing is lost or doubled. ``on_result`` sees each result as it
    arrives (for progress).
    """
    from distributed import as_completed

    from .resolve.linking import load_aliases

    aliases = load_aliases(settings.aliases) if settings.aliases is not None else {}
    parts = partitions(documents, size)
    futures = [client.submit(work_partition, i, part, settings, aliases, pure=False,
                             key=f"kg-partition-{i}-{os.getpid()}-{id(parts)}")
               for i, part in enumerate(parts)]
    done: dict[int, PartitionResult] = {}
    for future in as_completed(futures):  # type: ignore[no-untyped-call]
        result: PartitionResult = future.result()
        if result.index in done:
            continue
        done[result.index] = result
        if on_result is not None:
            on_result(result)
    yield from (done[i] for i in range(len(parts)))


def gather_worked(results: Iterable[PartitionResult], notify: Notify) -> list[WorkedDocument]:
    """Flatten partition results in order, passing their notices on; one entry per document id."""
    seen: set[str] = set()
    out: list[WorkedDocument] = []
    for result in results:
        for notice in result.notices:
            notify(notice)
        for w in result.worked:
            if w.document.id not in seen:
                seen.add(w.document.id)
                out.append(w)
    return out


def extract_on(client: Any, *, size: int = PARTITION_DOCS,
               on_result: Callable[[PartitionResult], None] | None = None) -> Extract:
    """Return an :data:`~kg.pipeline.Extract` that analyses on the cluster and resolves here.

    Pass it as ``run`` to :func:`kg.pipeline.build`.
    """
    from .resolve import resolve_assigned

    def run(documents: Sequence[Document], settings: Settings, progress: Progress | None,
            notify: Notify) -> Extracted:
        def arrived(result: PartitionResult) -> None:
            if progress is not None:
                progress(sum(len(w.document.text) for w in result.worked))
            if on_result is not None:
                on_result(result)

        results = run_partitions(client, documents, settings, size=size, on_result=arrived)
        worked = gather_worked(results, notify)
        resolution = resolve_assigned(((w.assignments, w.raw) for w in worked),
                                      aliases=settings.aliases, merge=settings.merge)
        return Extracted(tuple(w.document for w in worked),
                         {w.document.id: w.lang for w in worked},
                         sum(w.sentences for w in worked), resolution,
                         tuple((w.assignments, w.raw) for w in worked))

    return run
