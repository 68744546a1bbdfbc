"""Distributed extraction on Dask: workers parse and extract, the driver resolves and writes.

``kg build INPUT --dask tcp://SCHEDULER:8786`` (or ``--dask local``) cuts the documents into
partitions as it reads them and sends each (``(language, Document)`` pairs) to a Dask worker.
The worker runs NLP, actor recognition, extraction and the per-document part of resolution
(:func:`kg.resolve.assign_document`, which needs the spaCy doc) in one process with one
thread, and sends back a :class:`~kg.pipeline.Worked` per document: raw triples and
assignments, which pickle; the spaCy doc stays on the worker. The driver takes the partitions
back in input order as they complete and resolves, builds the RDF and writes each into the
store (a folder or a SPARQL server, one document transaction at a time) while the workers parse
the partitions after it, as a single-process build does (:mod:`kg.pipeline.streaming`).

A worker that dies loses its running partition; the scheduler runs it again on another worker
(Dask's ``allowed-failures``). Each partition is one task whose result is taken once, so a
retried partition is counted once, and the store skips a document whose content hash it holds
(idempotent writes).

Workers need kg (same version, same language models) installed; an alias file is read on the
driver and sent with each partition. Models load once per worker process (the recognizer is
cached per process), on the worker's first partition.
"""

from __future__ import annotations

import math
import uuid
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from .errors import ConfigError
from .pipeline import Extract, Progress, Settings, Worked, analyse_tagged, assigned, batches
from .types import Document, Notice, Notify

if TYPE_CHECKING:
    from .resolve.linking import AliasTarget

LOCAL = "local"
PARTITION_DOCS = 8  # documents per task: small enough to spread, large enough to batch parsing
# worker-side thread pools of numpy's BLAS and OpenMP: one thread per worker process, so two
# workers on two cores do not oversubscribe them (Dask's nanny sets these for its workers too)
ONE_THREAD = {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
# Dask settings of a local cluster (see :func:`local_cluster`)
QUIET = {"distributed.worker.profile.enabled": False, "distributed.scheduler.work-stealing": False,
         "distributed.admin.tick.interval": "200ms"}


@dataclass(frozen=True, slots=True)
class PartitionResult:
    """A partition's documents, in input order, its notices (skips and warnings) and size."""

    index: int
    worked: tuple[Worked, ...]
    notices: tuple[Notice, ...]
    chars: int = 0  # characters of the partition's documents (for progress)


def partitions(documents: Sequence[Document], size: int = PARTITION_DOCS
               ) -> list[tuple[Document, ...]]:
    """Cut documents into runs of at most ``size`` (input order kept)."""
    if size < 1:
        raise ConfigError(f"a partition needs at least one document, not {size}")
    return [tuple(documents[i:i + size]) for i in range(0, len(documents), size)]


def work_partition(index: int, tagged: Sequence[tuple[str, Document]], settings: Settings,
                   aliases: dict[str, AliasTarget]) -> PartitionResult:
    """Analyse and assign one partition (runs on a worker; models load once per process).

    The worker parses in its own process (``processes=1``): the cluster is what spreads work.
    """
    notices: list[Notice] = []
    one = replace(settings, processes=1)
    worked = tuple(assigned(analyse_tagged(tagged, one, None, notices.append), one, aliases))
    return PartitionResult(index, worked, tuple(notices), sum(len(d.text) for _, d in tagged))


def load_models(langs: Sequence[str], model: str | None) -> None:
    """Load the recognizers of ``langs`` in this process and run each once (a worker's warm-up).

    Loading is not all: tables read on first use (place and name lexicons, the lemma
    dictionary, lazily read model parts) would land in the first partition, ~2.4 s of CPU per
    German worker. spaCy's own example sentences of the language (``spacy.lang.<code>.examples``;
    none for a language without them) go through the worker's path once, results dropped.
    """
    import importlib

    from .recognize import load_recognizer

    for lang in langs:
        load_recognizer(lang, model)
        try:
            sentences = importlib.import_module(f"spacy.lang.{lang}.examples").sentences
        except (ImportError, AttributeError):
            continue
        one = Settings(lang=lang, model=model, processes=1)
        warm = Document(id="kg-warm-up", text=" ".join(sentences), lang=lang)
        for _ in assigned(analyse_tagged([(lang, warm)], one, None, lambda _notice: None), one, {}):
            pass


def warm_up(client: Any, settings: Settings) -> None:
    """Load (and run once: :func:`load_models`) the models a build needs on every worker, at once.

    One task per worker, pinned to it, so each loads while the others do (the load then is
    counted once, not in the first partitions). A worker that joins later loads on its first
    partition; models stay loaded in a worker process for the builds after.
    """
    langs = [settings.fallback_lang if settings.lang == "auto" else settings.lang]
    token = uuid.uuid4().hex
    futures = [client.submit(load_models, langs, settings.model, workers=[address],
                             allow_other_workers=False, pure=False,
                             key=f"kg-warm-up-{token}-{i}")
               for i, address in enumerate(client.nthreads())]
    client.gather(futures)


def local_cluster(workers: int = 2) -> Any:
    """Start a Dask cluster of ``workers`` processes on the loopback address.

    Each worker has one task thread and one thread for BLAS/OpenMP (:data:`ONE_THREAD`), and
    glibc's own malloc tuning: Dask's default ``MALLOC_TRIM_THRESHOLD_=65536`` turns off glibc's
    adaptive mmap threshold, which costs spaCy ~2.8× the page faults and 5–10 % more CPU
    (measured on 25 news articles). The scheduler (in this process) and the workers leave out
    what a build of equal partitions does not use and what takes the GIL from the work: the
    statistical profiler (100 samples a second), work stealing, the 20 ms event-loop tick.
    """
    import dask  # lazily: Dask is an optional extra (kg[dask])
    from distributed import LocalCluster

    with dask.config.set({"distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
                          **QUIET}):
        return LocalCluster(  # type: ignore[no-untyped-call]
            n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
            dashboard_address="127.0.0.1:0", env=ONE_THREAD)  # any free port, never 8787


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


def run_partitions(client: Any, tagged: Iterable[tuple[str, Document]], settings: Settings, *,
                   size: int = PARTITION_DOCS, ahead: int | None = None,
                   on_result: Callable[[PartitionResult], None] | None = None
                   ) -> Iterator[PartitionResult | None]:
    """Run ``(language, document)`` pairs on the cluster in partitions; yield results in order.

    Partitions are submitted as the input is read, at most ``ahead`` of them not yet taken
    (default: two per worker thread plus a build batch's worth), so the driver holds a bounded
    part of the corpus while it works on the results before. ``None`` comes between two results
    when the next one is not ready yet (the caller may do its own work then). A partition whose
    worker died is rerun by the scheduler; each partition is one task taken once, so nothing is
    lost or doubled. ``on_result`` sees each result as it is taken. When the input fails (a
    ``--strict`` stop), the partitions before it are yielded first.
    """
    from .resolve.linking import load_aliases

    if size < 1:
        raise ConfigError(f"a partition needs at least one document, not {size}")
    aliases = load_aliases(settings.aliases) if settings.aliases is not None else {}
    if ahead is None:
        threads = sum(client.nthreads().values()) or 1
        ahead = 2 * threads + math.ceil(settings.build_batch / size)
    token = uuid.uuid4().hex
    pending: deque[Any] = deque()
    failed: list[Exception] = []

    def read() -> Iterator[list[tuple[str, Document]]]:
        try:
            yield from batches(tagged, size)
        except Exception as err:  # raised after the partitions before it
            failed.append(err)

    def take() -> Iterator[PartitionResult | None]:
        if not pending[0].done():
            yield None
        future = pending.popleft()
        result: PartitionResult = future.result()
        future.release()
        if on_result is not None:
            on_result(result)
        yield result

    try:
        for index, part in enumerate(read()):
            pending.append(client.submit(work_partition, index, part, settings, aliases,
                                         key=f"kg-partition-{token}-{index}", pure=False))
            while len(pending) >= max(1, ahead):
                yield from take()
        while pending:
            yield from take()
    finally:  # stopped early (an error on the driver): the rest is not needed
        if pending:
            client.cancel(list(pending))
    if failed:
        raise failed[0]


def extract_on(client: Any, *, size: int = PARTITION_DOCS, ahead: int | None = None,
               on_result: Callable[[PartitionResult], None] | None = None) -> Extract:
    """Return an :data:`~kg.pipeline.Extract` that analyses on the cluster.

    Pass it as ``run`` to :func:`kg.pipeline.build`: the build resolves each partition's
    documents as they come back, in input order, and writes what it holds whenever the next
    partition is not back yet, while the workers go on.
    """

    def run(tagged: Iterable[tuple[str, Document]], settings: Settings,
            progress: Progress | None, notify: Notify) -> Iterator[Worked | None]:
        for result in run_partitions(client, tagged, settings, size=size, ahead=ahead,
                                     on_result=on_result):
            if result is None:
                yield None
                continue
            for notice in result.notices:
                notify(notice)
            if progress is not None:
                progress(result.chars)
            yield from result.worked

    return run
