"""The pipeline's entry points: build a graph from files or texts, or extract without RDF."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

from ..errors import InputError, KGError, OutputError
from ..inputs import InputOptions, failure, read_documents, tell
from ..types import Document, Notice, Notify, Resolution, Triples
from .stages import Analysis, Progress, Settings, _lang_of, analyse, resolve_analyses
from .streaming import BuildResult, Extract, _Stream, extract_here


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
    analyses = _analysed(
        lambda report: read_documents(inputs, InputOptions(strict=settings.strict), report),
        settings, progress, notify)
    return analyses, resolve_analyses(analyses, settings)


def _analysed(
    read: Callable[[Notify], Iterable[Document]],
    settings: Settings,
    progress: Progress | None,
    notify: Notify | None,
) -> list[Analysis]:
    """Analyse every document read; none usable: raise (see :func:`_none_usable`)."""
    skipped: list[Notice] = []

    def report(notice: Notice) -> None:
        if notice.skipped:
            skipped.append(notice)
        tell(notify, notice)

    analyses = list(analyse(read(report), settings, progress, report))
    if not analyses:
        _none_usable(skipped)
    return analyses


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
    analyses the documents (default: in this process, streaming; see
    :func:`kg.cluster.extract_on` for a Dask cluster); either way they are resolved and written
    here, in input order, as they come back.
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
    from ..analysis.timeline import Period

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
    analyses = _analysed(lambda report: _checked_texts(documents, settings, report), settings,
                         None, None)
    return Triples(resolve_analyses(analyses, settings).triples)


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

    from ..rdf.graphstore import open_store

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
        stream.run(((_lang_of(doc, settings, collect), doc) for doc in read(collect)), run)
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
    from ..outputs import writers_for

    return any(w.stream is None for w in writers_for("build").values())
