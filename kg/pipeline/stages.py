"""Per-document stages of a run: language, parsing, actors, extraction, per-document resolution.

:func:`analyse` streams documents through the spaCy pipeline (one ``nlp.pipe`` per language
run, worker processes for large inputs), recognises actors and extracts raw triples;
:func:`assigned` adds the per-document part of resolution and drops the spaCy doc, which is
what a streaming build (:mod:`kg.pipeline.streaming`) or a Dask worker (:mod:`kg.cluster`)
hands on. Nothing here looks across documents.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import json
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import DocumentError, InputError, KGError, LanguageError
from ..inputs import Fail, failure, tell
from ..nlp.detect import check_language, detect_language
from ..types import Document, Mention, Notice, Notify, RawTriple, Resolution

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..resolve import DocumentAssignments
    from ..resolve.linking import AliasTarget

DEFAULT_EXTRACTOR = "kg.dependency_extractor.v1"
MAX_CHARS = 50_000_000  # as many as the 50 MB input limit allows
# Below this many characters in one language, starting parser workers (about a second each, to
# load HanTa's model) costs more than a second core saves (~25 s of text at one core).
PARALLEL_MIN_CHARS = 150_000
MAX_AUTO_PROCESSES = 2
DEFAULT_BUILD_BATCH = 100
Progress = Callable[[int], None]


@dataclass(frozen=True, slots=True)
class Analysis:
    """One document after NLP, recognition and extraction."""

    document: Document
    lang: str
    sdoc: Doc
    mentions: tuple[Mention, ...]
    raw: tuple[RawTriple, ...]


@dataclass(frozen=True, slots=True)
class Settings:
    """What a run is configured with."""

    lang: str = "auto"
    model: str | None = None
    extractor: str = DEFAULT_EXTRACTOR
    extractor_options: tuple[tuple[str, Any], ...] = ()  # keyword arguments for its factory
    aliases: Path | None = None
    merge: bool = True
    batch_size: int = 8
    fallback_lang: str = "de"  # for documents whose language ``auto`` cannot tell
    strict: bool = False  # one unusable document stops the run (default: skip it, report it)
    processes: int = 0  # parser processes; 0: two for large inputs when two cores are free
    since: str | None = None  # read only documents published on or after this ISO day
    until: str | None = None  # … and on or before this one (undated ones not at all)
    concepts: bool = False  # graph.html and the ranking show Concept nodes too
    build_batch: int = DEFAULT_BUILD_BATCH  # documents resolved, written and stored together


@dataclass(frozen=True, slots=True)
class Worked:
    """One document analysed and assigned: what resolving and writing it needs (no spaCy doc).

    It pickles, so a Dask worker can send it back (:mod:`kg.cluster`).
    """

    document: Document
    lang: str
    sentences: int
    raw: tuple[RawTriple, ...]
    assignments: DocumentAssignments


def assigned(analyses: Iterable[Analysis], settings: Settings,
             aliases: dict[str, AliasTarget]) -> Iterator[Worked]:
    """Assign each analysed document's mentions to entities (:func:`kg.resolve.assign_document`).

    The per-document part of resolution, which needs the spaCy doc; each doc is dropped as soon
    as its document is assigned.
    """
    from ..resolve import assign_document

    for a in analyses:
        yield Worked(a.document, a.lang, sum(1 for _ in a.sdoc.sents), a.raw,
                     assign_document(a.document, a.mentions, a.raw, a.sdoc, aliases,
                                     settings.merge))


def _lang_of(document: Document, settings: Settings, notify: Notify | None) -> str:
    if settings.lang != "auto":
        return check_language(settings.lang)
    if document.lang and document.lang != "auto":
        return check_language(document.lang)
    try:
        return detect_language(document.text)
    except LanguageError:
        fallback = check_language(settings.fallback_lang)
        tell(notify, Notice(document.id, f"could not tell the language of document "
                                         f"{document.id!r}; read it as {fallback!r} "
                                         "(--fallback-lang, or --lang to set it)"))
        return fallback


def _guarded(fail: Fail, doc: Document, err: Exception) -> None:
    """Report an error of one document (as a KGError naming it) through ``fail``."""
    if isinstance(err, KGError):
        message = str(err) if doc.id in str(err) else f"document {doc.id!r}: {err}"
        fail(doc.id, err if message == str(err) else type(err)(message))
    else:  # a bug met on this document: report it, keep the batch going
        fail(doc.id, DocumentError(f"document {doc.id!r} failed: {type(err).__name__}: {err}"))


def parse_processes(wanted: int, docs: Sequence[Document]) -> int:
    """Return how many processes to parse ``docs`` with (``wanted``; 0: decide by size and cores).

    Automatically, more than one only where worker processes start by ``fork`` (they share the
    loaded models), while the load average leaves a core free, and only for inputs worth the
    start-up (:data:`PARALLEL_MIN_CHARS`).
    """
    import multiprocessing

    if wanted > 0:
        return wanted
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    if (cores or 1) < 2 or multiprocessing.get_start_method() != "fork":
        return 1
    if hasattr(os, "getloadavg") and os.getloadavg()[0] > (cores or 1) - 0.5:
        return 1  # no core to spare: a second process would only queue behind other work
    if sum(len(d.text) for d in docs) < PARALLEL_MIN_CHARS:
        return 1
    return min(cores or 1, MAX_AUTO_PROCESSES)


def _parse(nlp: Any, docs: Iterable[Document], batch_size: int,
           fail: Fail, processes: int = 1) -> Iterator[tuple[Document, Doc]]:
    """Parse ``docs`` as a stream in batches; after a failure, parse that batch one by one.

    Long documents are parsed in windows and joined (:mod:`kg.nlp.chunks`), so no text is over
    the model's length limit. With ``processes`` above 1 the batches go to worker processes;
    the one-by-one retry after a failure runs in this process, then the rest streams again.
    Only the documents handed to the parser and not yet returned are held.
    """
    from ..nlp.chunks import parse as parse_long

    source = iter(docs)
    pending: deque[Document] = deque()
    upstream: list[Exception] = []  # an error of the input (a --strict stop), raised in order

    def fed() -> Iterator[str]:
        while True:
            try:
                doc = next(source)
            except StopIteration:
                return
            except Exception as err:  # not the parser's: parse what came before, then raise
                upstream.append(err)
                return
            pending.append(doc)
            yield doc.text

    try:
        for sdoc in parse_long(nlp, fed(), batch_size=batch_size, n_process=processes):
            yield pending.popleft(), sdoc
        if upstream:
            raise upstream[0]
        return
    except Exception:  # which document broke the batch is found below
        if upstream and not pending:
            raise
    while pending:
        doc = pending.popleft()
        try:
            sdoc = next(iter(parse_long(nlp, [doc.text], batch_size=1)))
        except Exception as err:  # reported with the document's id
            _guarded(fail, doc, err)
            continue
        yield doc, sdoc
    if upstream:
        raise upstream[0]
    yield from _parse(nlp, source, batch_size, fail, processes)


def _peek_processes(wanted: int, docs: Iterator[Document]) -> tuple[int, Iterator[Document]]:
    """Decide the parser processes from the first :data:`PARALLEL_MIN_CHARS` of a stream."""
    if wanted > 0:
        return wanted, docs
    head: list[Document] = []
    chars = 0
    try:
        for doc in docs:
            head.append(doc)
            chars += len(doc.text)
            if chars >= PARALLEL_MIN_CHARS:
                break
    except Exception as err:  # a --strict stop while looking ahead: first the documents before
        return 1, _then_raise(head, err)
    return parse_processes(0, head), itertools.chain(head, docs)


def _then_raise(items: Iterable[Any], err: Exception) -> Iterator[Any]:
    yield from items
    raise err


def analyse(
    documents: Iterable[Document],
    settings: Settings | None = None,
    progress: Progress | None = None,
    notify: Notify | None = None,
) -> Iterator[Analysis]:
    """Parse, recognise actors in and extract raw triples from each document, in order.

    The language is decided per document (``auto``: detected, else ``settings.fallback_lang``
    with a warning). A document that fails is reported through ``notify`` as skipped and the rest
    goes on; with ``settings.strict`` its error is raised instead.
    """
    settings = settings or Settings()
    yield from analyse_tagged(((_lang_of(doc, settings, notify), doc) for doc in documents),
                               settings, progress, notify)


@functools.lru_cache(maxsize=16)
def extractor_factory(name: str) -> Callable[..., Any]:
    """Return the extractor factory registered as ``name``, looked up once per process.

    A registry lookup reads the installed entry points (~40 ms); a Dask worker analyses many
    partitions.
    """
    from .. import registry

    return registry.get("extractors", name)  # type: ignore[no-any-return]


def analyse_tagged(
    tagged: Iterable[tuple[str, Document]],
    settings: Settings,
    progress: Progress | None,
    notify: Notify | None,
) -> Iterator[Analysis]:
    """Analyse documents whose language is decided (see :func:`analyse`), as a stream."""
    from ..recognize import load_recognizer
    from ..recognize.mentions import find_mentions

    fail = failure(settings.strict, notify)
    check_language(settings.fallback_lang)
    extractor = extractor_factory(settings.extractor)(**dict(settings.extractor_options))

    def usable(doc: Document) -> bool:
        if len(doc.text) <= MAX_CHARS:
            return True
        fail(doc.id, InputError(f"document {doc.id} has {len(doc.text):,} characters, over the "
                                f"limit of {MAX_CHARS:,}; split it into smaller documents"))
        return False

    kept = ((lang, doc) for lang, doc in tagged if usable(doc))
    for lang, group in itertools.groupby(kept, key=lambda pair: pair[0]):
        nlp = load_recognizer(lang, settings.model)
        processes, docs = _peek_processes(settings.processes, (doc for _, doc in group))
        for doc, sdoc in _parse(nlp, docs, settings.batch_size, fail, processes):
            try:
                mentions = tuple(find_mentions(sdoc, doc))
                raw = tuple(extractor(sdoc, doc, mentions))
            except Exception as err:  # reported with the document's id
                _guarded(fail, doc, err)
                continue
            finally:
                if progress:
                    progress(len(doc.text))
            # the document records the language it was read in (its graph's kg:language)
            yield Analysis(doc if doc.lang else replace(doc, lang=lang), lang, sdoc, mentions, raw)


def settings_key(settings: Settings, lang: str, model: str) -> str:
    """Return what, besides its text, decides a document's graph: a store's idempotency key.

    Language, model, extractor and its options, merging, the alias file's content and kg's
    version: re-adding a text with any of them changed replaces its graph instead of reporting
    it unchanged.
    """
    from ..version import __version__

    aliases = ""
    if settings.aliases is not None:
        try:
            aliases = hashlib.sha256(settings.aliases.read_bytes()).hexdigest()
        except OSError:
            aliases = str(settings.aliases)
    return json.dumps({"kg": __version__, "lang": lang, "model": model,
                       "extractor": settings.extractor,
                       "options": repr(sorted(settings.extractor_options)),
                       "merge": settings.merge, "aliases": aliases}, sort_keys=True)


def resolve_analyses(analyses: Sequence[Analysis], settings: Settings) -> Resolution:
    """Resolve the mentions and raw triples of analysed documents to canonical entities."""
    from ..resolve import resolve_docs

    return resolve_docs(
        ((a.document, a.sdoc, a.mentions, a.raw) for a in analyses),
        aliases=settings.aliases,
        merge=settings.merge,
    )


def batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    """Yield runs of ``size`` items; when ``items`` fails, the run before the error first."""
    it = iter(items)
    while True:
        batch: list[Any] = []
        try:
            for item in it:
                batch.append(item)
                if len(batch) >= size:
                    break
        except Exception:
            if batch:
                yield batch
            raise
        if not batch:
            return
        yield batch
