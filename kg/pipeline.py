"""Compose kg's stages: documents → parses → mentions → raw triples → resolution → RDF → files.

No stage logic lives here; each step calls one stage function. ``build`` writes its files only
after every stage succeeded, each through a temporary file, so a failed build leaves an output
folder exactly as it was.
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import json
import os
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import DocumentError, InputError, KGError, LanguageError, OutputError
from .inputs import Fail, InputOptions, failure, read_documents, tell
from .nlp.detect import check_language, detect_language
from .types import Document, Entity, Mention, Notice, Notify, RawTriple, Resolution, Triples

if TYPE_CHECKING:
    import rdflib
    from spacy.tokens import Doc

    from .rdf.store import StoreReport
    from .resolve import DocumentAssignments

DEFAULT_EXTRACTOR = "kg.dependency_extractor.v1"
MAX_CHARS = 50_000_000  # as many as the 50 MB input limit allows
# Below this many characters in one language, starting parser workers (about a second each, to
# load HanTa's model) costs more than a second core saves (~25 s of text at one core).
PARALLEL_MIN_CHARS = 150_000
MAX_AUTO_PROCESSES = 2
DEFAULT_BUILD_BATCH = 100
FLUSH_QUADS = 20_000  # a streaming build flushes the store after writing this many quads
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


@dataclass(frozen=True)
class Extracted:
    """Documents after extraction and resolution: what building RDF needs."""

    documents: tuple[Document, ...]
    langs: dict[str, str]  # document id → language
    sentences: int
    resolution: Resolution
    # per document, in order, what resolution starts from: a streaming build resolves these
    # one by one as a single-process build does (empty: it writes ``resolution`` as it is)
    parts: tuple[tuple[DocumentAssignments, tuple[RawTriple, ...]], ...] = ()


Extract = Callable[[Sequence[Document], Settings, Progress | None, Notify], Extracted]
"""Runs extraction and resolution over read documents (in this process, or on a cluster)."""


@dataclass(frozen=True, slots=True)
class BuildStats:
    """Counts of a build, kept as it streams (whether or not its results are kept)."""

    documents: int = 0  # documents analysed and written
    resumed: int = 0  # left out: already in the store with the same content hash
    sentences: int = 0
    mentions: int = 0
    entities: int = 0  # actors the analysed documents mention
    triples: int = 0
    negated: int = 0
    qualified: int = 0  # not asserted (reported, hedged …)
    typed: int = 0  # typed by an ontology relation (not lemma-based)
    quads: int = 0  # in document graphs and the summary graph


@dataclass(frozen=True)
class BuildResult:
    """What ``build`` produced.

    With ``keep=False`` (``kg build``) nothing grows with the corpus: ``documents``,
    ``resolution`` and ``dataset`` are empty, ``graph`` is the part of the corpus a drawing
    shows (its most central actors, read from the store) and ``stats`` has the counts.
    """

    documents: tuple[Document, ...]
    resolution: Resolution
    graph: rdflib.Graph
    dataset: rdflib.Dataset
    files: tuple[Path, ...] = ()
    models: dict[str, str] = field(default_factory=dict)
    sentences: int = 0
    store: StoreReport | None = None
    notices: tuple[Notice, ...] = ()  # warnings and skipped documents, in order
    stats: BuildStats = BuildStats()

    @property
    def skipped(self) -> tuple[Notice, ...]:
        """The documents left out of the run, each with its id and reason."""
        return tuple(n for n in self.notices if n.skipped)


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
    from .nlp.chunks import parse as parse_long

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
    yield from _analyse_tagged(((_lang_of(doc, settings, notify), doc) for doc in documents),
                               settings, progress, notify)


def _analyse_tagged(
    tagged: Iterable[tuple[str, Document]],
    settings: Settings,
    progress: Progress | None,
    notify: Notify | None,
) -> Iterator[Analysis]:
    """Analyse documents whose language is decided (see :func:`analyse`), as a stream."""
    from . import registry
    from .recognize import load_recognizer
    from .recognize.mentions import find_mentions

    fail = failure(settings.strict, notify)
    check_language(settings.fallback_lang)
    extractor = registry.get("extractors", settings.extractor)(**dict(settings.extractor_options))

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
            yield Analysis(doc, lang, sdoc, mentions, raw)


def settings_key(settings: Settings, lang: str, model: str) -> str:
    """Return what, besides its text, decides a document's graph: a store's idempotency key.

    Language, model, extractor and its options, merging, the alias file's content and kg's
    version: re-adding a text with any of them changed replaces its graph instead of reporting
    it unchanged.
    """
    from .version import __version__

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
    from .resolve import resolve_docs

    return resolve_docs(
        ((a.document, a.sdoc, a.mentions, a.raw) for a in analyses),
        aliases=settings.aliases,
        merge=settings.merge,
    )


def extract(
    inputs: Sequence[str],
    settings: Settings | None = None,
    progress: Progress | None = None,
    notify: Notify | None = None,
) -> tuple[list[Analysis], Resolution]:
    """Read, analyse and resolve ``inputs`` without building RDF.

    Unusable documents are reported through ``notify`` (else logged) and skipped; when no
    document is left, the error of the only one, or an :class:`InputError` listing them, is
    raised. With ``settings.strict`` the first unusable document's error is raised.
    """
    settings = settings or Settings()
    analyses: list[Analysis] = []

    def run(documents: Sequence[Document], settings: Settings, progress: Progress | None,
            report: Notify) -> Extracted:
        analyses.extend(analyse(documents, settings, progress, report))
        return _extracted(analyses, settings)

    done = _extract_documents(
        lambda report: read_documents(inputs, InputOptions(strict=settings.strict), report),
        settings, progress, notify, run)
    return analyses, done.resolution


def extract_here(documents: Sequence[Document], settings: Settings, progress: Progress | None,
                 notify: Notify) -> Extracted:
    """Analyse and resolve documents in this process (the default :data:`Extract`)."""
    return _extracted(list(analyse(documents, settings, progress, notify)), settings)


def _extracted(analyses: Sequence[Analysis], settings: Settings) -> Extracted:
    return Extracted(tuple(a.document for a in analyses),
                     {a.document.id: a.lang for a in analyses},
                     sum(1 for a in analyses for _ in a.sdoc.sents),
                     resolve_analyses(analyses, settings))


def _extract_documents(
    read: Callable[[Notify], Iterable[Document]],
    settings: Settings,
    progress: Progress | None,
    notify: Notify | None,
    run: Extract = extract_here,
) -> Extracted:
    skipped: list[Notice] = []

    def report(notice: Notice) -> None:
        if notice.skipped:
            skipped.append(notice)
        tell(notify, notice)

    documents = list(read(report))
    done = run(documents, settings, progress, report)
    if not done.documents:
        _none_usable(skipped)
    return done


def build(
    inputs: Sequence[str | Path],
    out_dir: Path | None,
    settings: Settings | None = None,
    progress: Progress | None = None,
    store: str | Path | None = None,
    notify: Notify | None = None,
    run: Extract = extract_here,
    keep: bool = True,
) -> BuildResult:
    """Run the whole pipeline and write ``graph.ttl``, ``triples.jsonl`` … to ``out_dir``.

    Documents stream through in batches of ``settings.build_batch``: each batch is resolved
    against the entities of the documents before it, appended to the files and added to
    ``store`` (one transaction per document); documents the store already holds with the same
    content hash are left out (``BuildResult.stats.resumed``), so a build that stopped resumes
    where it stopped. The files are moved into place only when the build succeeded. Without
    ``keep`` memory stays bounded and the result carries counts, not the corpus (see
    :class:`BuildResult`).

    Documents that cannot be used are skipped and listed in ``BuildResult.notices`` (and passed
    to ``notify`` as they happen); ``settings.strict`` makes the first one fatal. ``run``
    extracts and resolves the read documents (default: in this process, streaming; see
    :func:`kg.cluster.extract_on` for a Dask cluster, which resolves the corpus as a whole).
    """
    settings = settings or Settings()
    names = [str(i) for i in inputs]

    def read(report: Notify) -> Iterable[Document]:
        documents = read_documents(names, InputOptions(strict=settings.strict), report)
        if settings.since is None and settings.until is None:
            return documents
        return in_period(documents, settings.since, settings.until, report)

    return _build(read, out_dir, settings, progress, store, notify, names, run, keep)


def in_period(documents: Iterable[Document], since: str | None, until: str | None,
              notify: Notify | None = None) -> Iterator[Document]:
    """Yield the documents published within a period (``Settings.since`` / ``until``).

    Undated documents are left out too. How many were left out is told once, as a warning, at
    the end.

    Raises
    ------
    InputError
        No document lies within the period (the message gives the dates that were read).

    """
    from .analysis.timeline import Period

    period = Period(since, until)
    left_out: list[str] = []
    kept = 0
    for doc in documents:
        if period.contains(doc.date):
            kept += 1
            yield doc
        else:
            left_out.append(doc.date or "")
    dates = sorted(d for d in left_out if d)
    undated = len(left_out) - len(dates)
    seen = (f"dated {dates[0]} to {dates[-1]}" if dates else "") + (
        f"{', ' if dates else ''}{undated:,} undated" if undated else "")
    if not kept:
        raise InputError(f"no document was published within {period.describe()}; the "
                         f"{len(left_out):,} documents read are {seen or 'none'}")
    if left_out:
        tell(notify, Notice("--since/--until", f"{len(left_out):,} documents outside "
                                               f"{period.describe()} were not read ({seen})"))


def build_texts(
    texts: Sequence[str],
    out_dir: Path | None = None,
    settings: Settings | None = None,
    store: str | Path | None = None,
    notify: Notify | None = None,
) -> BuildResult:
    """Build a knowledge graph from texts in memory (ids ``text1``, ``text2`` …).

    >>> result = build_texts(["Angela Merkel traf Emmanuel Macron in Paris."])  # doctest: +SKIP
    """
    settings = settings or Settings()
    lang = None if settings.lang == "auto" else settings.lang
    documents = [Document(id=f"text{i}", text=t, lang=lang, source=f"text {i}")
                 for i, t in enumerate(texts, 1)]
    return _build(lambda report: _checked_texts(documents, settings, report), out_dir, settings,
                  None, store, notify, ["texts"])


def extract_text(text: str, lang: str = "auto", settings: Settings | None = None) -> Triples:
    """Return the triples kg extracts from one text in memory (``print`` shows one a line).

    >>> extract_text("Angela Merkel traf Emmanuel Macron in Paris.", lang="de")  # doctest: +SKIP
    """
    from dataclasses import replace

    settings = replace(settings or Settings(), lang=lang, strict=True)
    documents = [Document(id="text", text=text, source="text")]
    done = _extract_documents(
        lambda report: _checked_texts(documents, settings, report), settings, None, None)
    return Triples(done.resolution.triples)


def _checked_texts(documents: Sequence[Document], settings: Settings,
                   notify: Notify) -> Iterator[Document]:
    fail = failure(settings.strict, notify)
    for doc in documents:
        if not isinstance(doc.text, str) or not doc.text.strip():
            fail(doc.id, InputError(f"{doc.source} is empty: expected text"))
            continue
        yield doc


def _build(
    read: Callable[[Notify], Iterable[Document]],
    out_dir: Path | None,
    settings: Settings,
    progress: Progress | None,
    store: str | Path | None,
    notify: Notify | None,
    inputs: Sequence[str],
    run: Extract = extract_here,
    keep: bool = True,
) -> BuildResult:
    """Stream documents through the stages in batches, writing each batch as it is done.

    See :class:`_Stream`; with ``keep`` the whole result is also collected in memory.
    """
    import shutil
    import tempfile

    from .rdf.graphstore import open_store

    if out_dir is not None and out_dir.exists() and not out_dir.is_dir():
        raise OutputError(f"output path {out_dir} exists and is not a directory")
    if settings.build_batch < 1:
        raise InputError(f"a build batch needs at least one document, not {settings.build_batch}")
    notices: list[Notice] = []

    def collect(notice: Notice) -> None:
        notices.append(notice)
        if notify is not None:
            notify(notice)

    scratch: str | None = None
    with contextlib.ExitStack() as stack:
        target = None
        if store is not None:
            target = stack.enter_context(open_store(store, create=True))
        elif out_dir is not None and not keep and _drawn_writers():
            # the drawing of a corpus is read from a store: a temporary one in a folder, so
            # memory stays bounded (Oxigraph keeps it on disk)
            scratch = tempfile.mkdtemp(prefix="kg-build-")
            stack.callback(shutil.rmtree, scratch, True)
            target = stack.enter_context(open_store(Path(scratch) / "store", create=True))
        stream = _Stream(settings, out_dir, target, progress, collect, keep,
                         stored=store is not None)
        stack.callback(stream.discard)
        if run is extract_here:
            stream.run(read(collect))
        else:
            def fresh(report: Notify) -> Iterable[Document]:
                if not stream.stored:
                    return read(report)
                tagged = ((_lang_of(doc, settings, report), doc) for doc in read(report))
                return [doc for _, doc in stream.fresh(tagged)]

            stream.run_extracted(_extract_documents(fresh, settings, progress, collect, run))
        if stream.stats.documents == 0 and stream.stats.resumed == 0:
            _none_usable([n for n in notices if n.skipped])
        result = stream.finish(inputs, tuple(notices))
    return result


def _none_usable(skipped: Sequence[Notice]) -> None:
    """Raise the error of the only skipped document, or one listing them (if any)."""
    if not skipped:
        return
    first = skipped[0].error
    if len(skipped) == 1 and isinstance(first, KGError):
        raise first
    raise InputError(f"none of the {len(skipped)} documents could be used: "
                     + "; ".join(f"{n.doc_id}: {n.message}" for n in skipped[:3])
                     + (" …" if len(skipped) > 3 else ""))


def _drawn_writers() -> bool:
    from .outputs import writers_for

    return any(w.stream is None for w in writers_for("build").values())


def _release_models() -> None:
    """Drop the loaded spaCy pipelines and give their memory back to the system.

    A streaming build (``keep=False``) calls this once parsing is over, so the drawing at the
    end does not add to the models' ~100 MB; a later build in the process loads them again.
    glibc keeps freed memory for reuse unless asked (``malloc_trim``); elsewhere this only
    drops the references.
    """
    import ctypes
    import gc

    from .recognize import load_recognizer

    load_recognizer.cache_clear()
    gc.collect()
    with contextlib.suppress(OSError, AttributeError):  # not glibc
        ctypes.CDLL("libc.so.6").malloc_trim(0)


def _batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
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


class _Stream:
    """One streaming build: compact running state, the open output files and the store.

    Per batch: documents already stored with the same content hash are left out (resume);
    the rest are analysed (one ``nlp.pipe`` stream), resolved one by one against the running
    :class:`~kg.resolve.stream.CorpusIndex`, turned into one RDF graph each
    (:func:`kg.rdf.build.build_dataset`), appended to the streamed files (triples.jsonl,
    graph.trig, graph.ttl) and added to the store. What needs the whole corpus — the summary
    graph, the drawing — comes from compact state (degrees, links) and the store at the end.
    """

    def __init__(self, settings: Settings, out_dir: Path | None, target: Any,
                 progress: Progress | None, notify: Notify, keep: bool, stored: bool) -> None:
        from .resolve.linking import load_aliases
        from .resolve.stream import CorpusIndex

        self.settings = settings
        self.out_dir = out_dir
        self.target = target
        self.stored = stored  # the target is the user's store (else a scratch one, or none)
        self.progress = progress
        self.notify = notify
        self.keep = keep
        self.index = CorpusIndex(settings.merge)
        self.aliases = load_aliases(settings.aliases) if settings.aliases is not None else {}
        self.models: dict[str, str] = {}
        self.keys: dict[str, str] = {}  # language → settings key
        self.degrees: Counter[Any] = Counter()
        self.links: set[tuple[Any, Any]] = set()
        self.counts: Counter[str] = Counter()
        self.named: set[str] = set()  # ids of the entities this build's documents mention
        # entities whose description this run has written, as written: an entity described
        # again only when the corpus index learnt something new about it (a label, an alias)
        self.described: dict[str, Entity] = {}
        self.description_keys: set[int] = set()  # hashes of the description triples written
        self.added: list[str] = []  # document ids by what the store did with them
        self.replaced: list[str] = []
        self.unchanged: list[str] = []
        self.same_text: list[tuple[str, str]] = []
        self.written = 0
        self.unflushed = 0  # quads written to the store since it was last flushed
        self.kept_docs: list[Document] = []
        self.kept: list[Resolution] = []
        self.kept_quads: list[Any] = []
        self.staged: list[tuple[Path, Path]] = []  # (temporary, final) files
        self.created: list[Path] = []  # the output folder, when this build made it
        self.sinks: list[Any] = []
        if out_dir is not None:
            self._open_sinks(out_dir)

    @property
    def stats(self) -> BuildStats:
        """Return the counts so far."""
        c = self.counts
        return BuildStats(c["documents"], c["resumed"], c["sentences"], c["mentions"],
                          len(self.named), c["triples"], c["negated"], c["qualified"],
                          c["typed"], c["quads"])

    def _open_sinks(self, out_dir: Path) -> None:
        from .files import usual_mode
        from .outputs import writers_for

        try:
            self.created = [] if out_dir.exists() else [out_dir]
            out_dir.mkdir(parents=True, exist_ok=True)
            for writer in writers_for("build").values():
                if writer.stream is None:
                    continue
                tmp = self._stage(out_dir / writer.file_name)
                self.sinks.append(writer.stream(tmp))
                tmp.chmod(usual_mode())
        except OSError as err:
            raise OutputError(f"cannot write to {out_dir}: {err.strerror or err}; expected a "
                              "writable folder") from None

    def _stage(self, target: Path) -> Path:
        import tempfile

        if target.is_dir():
            raise OutputError(f"{target} is a folder; give a file name")
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
        os.close(fd)
        self.staged.append((Path(name), target))
        return Path(name)

    def key(self, lang: str) -> str:
        """Return the settings key of documents in ``lang`` (see :func:`settings_key`)."""
        if lang not in self.keys:
            from .nlp.loading import choose_model

            self.models[lang] = choose_model(lang, self.settings.model)
            self.keys[lang] = settings_key(self.settings, lang, self.models[lang])
        return self.keys[lang]

    def fresh(self, tagged: Iterable[tuple[str, Document]]) -> Iterator[tuple[str, Document]]:
        """Leave out the documents the store holds with the same content hash (resume)."""
        from .rdf.iris import content_hash, document_iri

        if self.target is None or not self.stored:
            yield from tagged
            return
        query = "SELECT ?g ?h WHERE { GRAPH ?g { ?g kg:contentHash ?h } }"
        for batch in _batches(tagged, self.settings.build_batch):
            names = {doc.id: document_iri(doc.id) for _, doc in batch}
            rows = self.target.select(query, [{"g": g} for g in names.values()]).rows
            stored = {str(r[0]): str(r[1]) for r in rows}
            for lang, doc in batch:
                if stored.get(str(names[doc.id])) == content_hash(doc.text, self.key(lang)):
                    self.counts["resumed"] += 1
                    self.unchanged.append(doc.id)
                    if self.progress:
                        self.progress(len(doc.text))
                    continue
                yield lang, doc

    def seed(self) -> None:
        """Start the corpus index from the entities and names the user's store holds.

        So a resumed build (or one that adds to a store) resolves its documents against the
        documents stored before: an actor keeps its node and its label, a bare surname joins
        the stored full name.
        """
        if self.target is None or not self.stored:
            return
        from rdflib import URIRef

        from .knowledge.gazetteer import gazetteer
        from .rdf.build import MentionRecord
        from .rdf.iris import entity_id_of, entity_iri
        from .rdf.vocab import KG
        from .types import ActorType

        kinds = {URIRef(KG[t.value]): t for t in ActorType}
        types = " ".join(f"<{iri}>" for iri in kinds)

        def rows(text: str) -> tuple[tuple[Any, ...], ...]:
            return self.target.select(text).rows  # type: ignore[no-any-return]

        found: dict[str, tuple[str, ActorType]] = {}
        for iri, kind, label in rows("SELECT DISTINCT ?e ?t ?l WHERE { ?e a ?t ; rdfs:label ?l "
                                     f"VALUES ?t {{ {types} }} }} ORDER BY ?e ?l"):
            eid = entity_id_of(iri)
            if eid is not None and eid not in found:
                found[eid] = (str(label), kinds[kind])
        if not found:
            return
        aliases: dict[str, set[str]] = {}
        for iri, alias in rows("SELECT DISTINCT ?e ?a WHERE { ?e skos:altLabel ?a }"):
            aliases.setdefault(str(iri), set()).add(str(alias))
        metonyms = {str(a): b for a, b in rows(
            "SELECT DISTINCT ?e ?c WHERE { ?e kg:metonymOf ?c }")}
        gaz = gazetteer()
        for eid, (label, kind) in found.items():
            iri = str(entity_iri(eid))
            entry = gaz.entries.get(eid)
            related = entry.related if entry else ()
            country = entity_id_of(metonyms[iri]) if iri in metonyms else None
            if country is not None:
                related = (*related, ("metonymOf", country))
            self.index.add_entity(Entity(eid, label, kind, tuple(sorted(aliases.get(iri, ()))),
                                         entry.qid if entry else None, related))
        names: Counter[tuple[str, str, str]] = Counter()
        for iri, value in rows("SELECT ?e ?m WHERE { ?e kg:mention ?m }"):
            eid = entity_id_of(iri)
            if eid not in found:
                continue
            record = MentionRecord.from_json(eid, str(value))
            if record.rule is not None:  # a mention some merge attached (the index's evidence)
                names[(eid, record.text, record.rule)] += len(record.spans)
        for (eid, text, rule), n in sorted(names.items()):
            self.index.add_name(eid, text, rule, found[eid][1], n)

    def run(self, documents: Iterable[Document]) -> None:
        """Analyse, resolve and write ``documents`` batch by batch."""
        from .resolve import assign_document

        settings = self.settings
        self.seed()
        tagged = ((_lang_of(doc, settings, self.notify), doc) for doc in documents)
        analyses = _analyse_tagged(self.fresh(tagged), settings, self.progress, self.notify)
        for batch in _batches(analyses, settings.build_batch):
            parts = []
            for a in batch:
                self.key(a.lang)
                assigned = assign_document(a.document, a.mentions, a.raw, a.sdoc, self.aliases,
                                           settings.merge)
                self.counts["sentences"] += sum(1 for _ in a.sdoc.sents)
                parts.append((a.document, a.lang, self.index.resolve(assigned, a.raw)))
            del batch  # the spaCy docs go with it
            self._write(parts)

    def run_extracted(self, done: Extracted) -> None:
        """Write documents resolved elsewhere as a whole (a Dask cluster), batch by batch."""
        self.counts["sentences"] += done.sentences
        if done.parts:
            self.seed()
            for batch in _batches(zip(done.documents, done.parts, strict=True),
                                  self.settings.build_batch):
                self._write([(doc, done.langs[doc.id], self.index.resolve(assigned, raw))
                             for doc, (assigned, raw) in batch])
            return
        res = done.resolution
        known = {e.id: e for e in res.entities}
        self.index.entities.update(known)
        triples: dict[str, list[Any]] = {}
        mentions: dict[str, list[Any]] = {}
        merges: dict[str, list[Any]] = {}
        for t in res.triples:
            triples.setdefault(t.provenance.doc_id, []).append(t)
        for m, eid in res.mentions:
            mentions.setdefault(m.doc_id, []).append((m, eid))
        for mg in res.merges:
            merges.setdefault(mg.mention.doc_id, []).append(mg)
        for batch in _batches(done.documents, self.settings.build_batch):
            parts = []
            for doc in batch:
                lang = done.langs[doc.id]
                self.key(lang)
                ids = {eid for _, eid in mentions.get(doc.id, [])}
                ids |= {o for i in list(ids) if i in known for _, o in known[i].related}
                parts.append((doc, lang, Resolution(
                    tuple(triples.get(doc.id, ())),
                    tuple(known[i] for i in sorted(ids) if i in known),
                    tuple(mentions.get(doc.id, ())), tuple(merges.get(doc.id, ())))))
            self._write(parts)

    def _write(self, parts: Sequence[tuple[Document, str, Resolution]]) -> None:
        from rdflib import Dataset

        from .outputs import Part
        from .rdf.build import bind_prefixes, build_dataset
        from .rdf.summary import degrees, links
        from .rdf.vocab import ENTITIES_GRAPH, SUMMARY_GRAPH
        from .types import Modality

        batch = Dataset()
        bind_prefixes(batch)
        triples: list[Any] = []
        c = self.counts
        for doc, lang, res in parts:
            same = frozenset(e.id for e in res.entities if self.described.get(e.id) == e)
            ds = build_dataset(res, [doc], {doc.id: self.key(lang)}, described=same)
            self.described.update((e.id, e) for e in res.entities)
            for graph in ds.graphs():
                if graph.identifier == SUMMARY_GRAPH or len(graph) == 0:
                    continue
                into = batch.graph(graph.identifier)
                if graph.identifier == ENTITIES_GRAPH:  # what a re-description adds, only
                    new = [t for t in graph if hash(t) not in self.description_keys]
                    self.description_keys.update(hash(t) for t in new)
                    into.addN((s, p, o, into) for s, p, o in new)
                    c["quads"] += len(new)
                    continue
                self.degrees.update(degrees(graph))
                self.links |= links(graph)
                into.addN((s, p, o, into) for s, p, o in graph)
                c["quads"] += len(graph)
            triples.extend(res.triples)
            c["documents"] += 1
            c["mentions"] += len(res.mentions)
            self.named.update(eid for _, eid in res.mentions)
            c["triples"] += len(res.triples)
            c["negated"] += sum(1 for t in res.triples if t.negated)
            c["qualified"] += sum(1 for t in res.triples if t.modality is not Modality.ASSERTED)
            c["typed"] += sum(1 for t in res.triples if not t.predicate.id.startswith("lemma:"))
            if self.keep:
                self.kept_docs.append(doc)
                self.kept.append(res)
        part = Part(batch, tuple(triples))
        for sink in self.sinks:
            sink.add(part)
        if self.target is not None:
            r = self.target.add_dataset(batch)
            self.added += r.added
            self.replaced += r.replaced
            self.unchanged += r.unchanged
            self.same_text += r.same_text
            self.written += r.triples
            self.unflushed += r.triples
            if self.unflushed >= FLUSH_QUADS:
                # an Oxigraph store holds what it was given in RocksDB's in-memory tables until
                # they are flushed (~1 MB per 1,000 quads, never given back otherwise)
                self.target.flush()
                self.unflushed = 0
        if self.keep:
            self.kept_quads.extend(batch.quads((None, None, None, None)))

    def _summary(self) -> rdflib.Graph:
        from rdflib import Graph

        from .rdf.build import bind_prefixes
        from .rdf.summary import summary_triples

        graph = Graph()
        bind_prefixes(graph)
        for triple in summary_triples(self.degrees, self.links):
            graph.add(triple)
        return graph

    def finish(self, inputs: Sequence[str], notices: tuple[Notice, ...]) -> BuildResult:
        """Write what needs the whole corpus, move the files into place, return the result."""
        from rdflib import Dataset, Graph

        from .rdf.build import bind_prefixes, union_graph
        from .rdf.store import StoreReport
        from .rdf.vocab import SUMMARY_GRAPH

        summary = self._summary()
        self.counts["quads"] += len(summary)
        dataset = Dataset()
        bind_prefixes(dataset)
        resolution = Resolution((), (), (), ())
        graph, notice = Graph(), ""
        if self.keep:
            graphs: dict[Any, Any] = {}
            for s, p, o, g in self.kept_quads:
                if g not in graphs:
                    graphs[g] = dataset.graph(g)
                graphs[g].add((s, p, o))
            into = dataset.graph(SUMMARY_GRAPH)
            for triple in summary:
                into.add(triple)
            graph = union_graph(dataset)
            resolution = Resolution(
                tuple(t for r in self.kept for t in r.triples),
                tuple(sorted(self.index.entities.values(), key=lambda e: e.id)),
                tuple(m for r in self.kept for m in r.mentions),
                tuple(m for r in self.kept for m in r.merges))
        elif self.target is not None:
            from .analysis.storeview import drawable_graph
            from .viz.html import MAX_NODES

            _release_models()  # parsing is over: the drawing gets the parser's memory
            drawn = drawable_graph(self.target, max_nodes=MAX_NODES)
            graph, notice = drawn.graph, drawn.notice
        files: list[Path] = []
        if self.out_dir is not None:
            from .outputs import Output, writers_for
            from .viz.html import corpus_title

            output = Output(graph=graph, dataset=dataset if self.keep else None,
                            triples=resolution.triples, notice=notice,
                            title=f"kg — {corpus_title(inputs, self.stats.documents)}",
                            concepts=self.settings.concepts)
            for sink in self.sinks:
                sink.finish(summary)
            try:
                for writer in writers_for("build").values():
                    if writer.stream is None:
                        tmp = self._stage(self.out_dir / writer.file_name)
                        writer.write(output, tmp)
                        from .files import usual_mode

                        tmp.chmod(usual_mode())
                for tmp, final in self.staged:
                    os.replace(tmp, final)
                    files.append(final)
            except OSError as err:
                raise OutputError(f"cannot write to {self.out_dir}: {err.strerror or err}; "
                                  "expected a writable folder") from None
            self.staged = []
        report = None
        if self.stored:
            report = StoreReport(tuple(self.added), tuple(self.replaced), tuple(self.unchanged),
                                 self.written, tuple(self.same_text))
        stats = self.stats
        return BuildResult(tuple(self.kept_docs), resolution, graph, dataset, tuple(files),
                           dict(self.models), stats.sentences, report, notices, stats)

    def discard(self) -> None:
        """Close the files and remove those not moved into place (after a failure)."""
        for sink in self.sinks:
            with contextlib.suppress(OSError):
                sink.close()
        for tmp, _ in self.staged:
            with contextlib.suppress(OSError):
                tmp.unlink()
        if self.staged:  # failed: a folder this build made goes again (if nothing else is in it)
            for folder in self.created:
                with contextlib.suppress(OSError):
                    folder.rmdir()
        self.staged = []
