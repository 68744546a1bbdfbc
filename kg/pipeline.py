"""Compose kg's stages: documents → parses → mentions → raw triples → resolution → RDF → files.

No stage logic lives here; each step calls one stage function. ``build`` writes its files only
after every stage succeeded, each through a temporary file, so a failed build leaves an output
folder exactly as it was.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import DocumentError, InputError, KGError, LanguageError, OutputError
from .inputs import Fail, InputOptions, failure, read_documents, tell
from .nlp.detect import check_language, detect_language
from .types import Document, Mention, Notice, Notify, RawTriple, Resolution, Triples

if TYPE_CHECKING:
    import rdflib
    from spacy.tokens import Doc

    from .rdf.store import StoreReport

DEFAULT_EXTRACTOR = "kg.dependency_extractor.v1"
MAX_CHARS = 50_000_000  # as many as the 50 MB input limit allows
# Below this many characters in one language, starting parser workers (about a second each, to
# load HanTa's model) costs more than a second core saves (~25 s of text at one core).
PARALLEL_MIN_CHARS = 150_000
MAX_AUTO_PROCESSES = 2
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


@dataclass(frozen=True)
class Extracted:
    """Documents after extraction and resolution: what building RDF needs."""

    documents: tuple[Document, ...]
    langs: dict[str, str]  # document id → language
    sentences: int
    resolution: Resolution


Extract = Callable[[Sequence[Document], Settings, Progress | None, Notify], Extracted]
"""Runs extraction and resolution over read documents (in this process, or on a cluster)."""


@dataclass(frozen=True)
class BuildResult:
    """What ``build`` produced."""

    documents: tuple[Document, ...]
    resolution: Resolution
    graph: rdflib.Graph
    dataset: rdflib.Dataset
    files: tuple[Path, ...] = ()
    models: dict[str, str] = field(default_factory=dict)
    sentences: int = 0
    store: StoreReport | None = None
    notices: tuple[Notice, ...] = ()  # warnings and skipped documents, in order

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


def _parse(nlp: Any, docs: list[Document], batch_size: int,
           fail: Fail, processes: int = 1) -> Iterator[tuple[Document, Doc]]:
    """Parse ``docs`` in batches; after a failure, parse the rest one by one, skipping failures.

    Long documents are parsed in windows and joined (:mod:`kg.nlp.chunks`), so no text is over
    the model's length limit. With ``processes`` above 1 the batches go to worker processes;
    the one-by-one retry after a failure runs in this process.
    """
    from .nlp.chunks import parse as parse_long

    done = 0
    try:
        parsed = parse_long(nlp, (d.text for d in docs), batch_size=batch_size,
                            n_process=processes)
        for doc, sdoc in zip(docs, parsed, strict=True):
            done += 1
            yield doc, sdoc
        return
    except Exception:  # which document broke the batch is found below
        pass
    for doc in docs[done:]:
        try:
            sdoc = next(iter(parse_long(nlp, [doc.text], batch_size=1)))
        except Exception as err:  # reported with the document's id
            _guarded(fail, doc, err)
            continue
        yield doc, sdoc


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
    from . import registry
    from .recognize import load_recognizer
    from .recognize.mentions import find_mentions

    settings = settings or Settings()
    fail = failure(settings.strict, notify)
    check_language(settings.fallback_lang)
    extractor = registry.get("extractors", settings.extractor)(**dict(settings.extractor_options))

    def usable(doc: Document) -> bool:
        if len(doc.text) <= MAX_CHARS:
            return True
        fail(doc.id, InputError(f"document {doc.id} has {len(doc.text):,} characters, over the "
                                f"limit of {MAX_CHARS:,}; split it into smaller documents"))
        return False

    tagged = ((_lang_of(doc, settings, notify), doc) for doc in documents if usable(doc))
    for lang, group in itertools.groupby(tagged, key=lambda pair: pair[0]):
        nlp = load_recognizer(lang, settings.model)
        docs = [doc for _, doc in group]
        processes = parse_processes(settings.processes, docs)
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
    if not done.documents and skipped:
        first = skipped[0].error
        if len(skipped) == 1 and isinstance(first, KGError):
            raise first
        raise InputError(f"none of the {len(skipped)} documents could be used: "
                         + "; ".join(f"{n.doc_id}: {n.message}" for n in skipped[:3])
                         + (" …" if len(skipped) > 3 else ""))
    return done


def build(
    inputs: Sequence[str | Path],
    out_dir: Path | None,
    settings: Settings | None = None,
    progress: Progress | None = None,
    store: str | Path | None = None,
    notify: Notify | None = None,
    run: Extract = extract_here,
) -> BuildResult:
    """Run the whole pipeline and write ``graph.ttl``, ``triples.jsonl`` … to ``out_dir``.

    Documents that cannot be used are skipped and listed in ``BuildResult.notices`` (and passed
    to ``notify`` as they happen); ``settings.strict`` makes the first one fatal. ``run``
    extracts and resolves the read documents (default: in this process; see
    :func:`kg.cluster.extract_on` for a Dask cluster).
    """
    settings = settings or Settings()
    names = [str(i) for i in inputs]

    def read(report: Notify) -> Iterable[Document]:
        documents = read_documents(names, InputOptions(strict=settings.strict), report)
        if settings.since is None and settings.until is None:
            return documents
        return in_period(documents, settings.since, settings.until, report)

    return _build(read, out_dir, settings, progress, store, notify, names, run)


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
) -> BuildResult:
    from .rdf.build import build_dataset, union_graph

    if out_dir is not None and out_dir.exists() and not out_dir.is_dir():
        raise OutputError(f"output path {out_dir} exists and is not a directory")
    notices: list[Notice] = []

    def collect(notice: Notice) -> None:
        notices.append(notice)
        if notify is not None:
            notify(notice)

    done = _extract_documents(read, settings, progress, collect, run)
    documents, resolution = done.documents, done.resolution
    from .nlp.loading import choose_model

    models = {lang: choose_model(lang, settings.model) for lang in done.langs.values()}
    keys = {doc_id: settings_key(settings, lang, models[lang])
            for doc_id, lang in done.langs.items()}
    dataset = build_dataset(resolution, documents, keys)
    graph = union_graph(dataset)
    files: tuple[Path, ...] = ()
    report = None
    if store is not None:
        from .rdf.store import add_to_store

        report = add_to_store(store, dataset)
    if out_dir is not None:
        from functools import partial

        from .files import write_all_atomic
        from .outputs import Output, writers_for
        from .viz.html import corpus_title

        output = Output(graph=graph, dataset=dataset, triples=resolution.triples,
                        title=f"kg — {corpus_title(inputs, len(documents))}",
                        concepts=settings.concepts)
        files = tuple(write_all_atomic({
            out_dir / w.file_name: partial(w.write, output) for w in writers_for("build").values()
        }))
    return BuildResult(documents, resolution, graph, dataset, files, models, done.sentences,
                       report, tuple(notices))
