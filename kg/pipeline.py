"""Compose kg's stages: documents → parses → mentions → raw triples → resolution → RDF → files.

No stage logic lives here; each step calls one stage function. ``build`` writes its files only
after every stage succeeded, each through a temporary file, so a failed build leaves an output
folder exactly as it was.
"""

from __future__ import annotations

import itertools
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import InputError, OutputError
from .inputs import InputOptions, read_documents
from .nlp.detect import check_language, detect_language
from .types import Document, Mention, RawTriple, Resolution

if TYPE_CHECKING:
    import rdflib
    from spacy.tokens import Doc

    from .rdf.store import StoreReport

DEFAULT_EXTRACTOR = "kg.dependency_extractor.v1"
MAX_CHARS = 2_000_000
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


def _lang_of(document: Document, settings: Settings) -> str:
    if settings.lang != "auto":
        return check_language(settings.lang)
    if document.lang and document.lang != "auto":
        return check_language(document.lang)
    return detect_language(document.text)


def analyse(
    documents: Iterable[Document],
    settings: Settings | None = None,
    progress: Progress | None = None,
) -> Iterator[Analysis]:
    """Parse, recognise actors in and extract raw triples from each document, in order."""
    from . import registry
    from .recognize import load_recognizer
    from .recognize.mentions import find_mentions

    settings = settings or Settings()
    extractor = registry.get("extractors", settings.extractor)(**dict(settings.extractor_options))
    tagged = ((_lang_of(doc, settings), doc) for doc in documents)
    for lang, group in itertools.groupby(tagged, key=lambda pair: pair[0]):
        nlp = load_recognizer(lang, settings.model)
        docs = [doc for _, doc in group]
        for doc in docs:
            if len(doc.text) > MAX_CHARS:
                raise InputError(
                    f"document {doc.id} has {len(doc.text):,} characters, over the "
                    f"limit of {MAX_CHARS:,}; split it into smaller documents"
                )
        for doc, sdoc in zip(
            docs, nlp.pipe((d.text for d in docs), batch_size=settings.batch_size), strict=True
        ):
            mentions = tuple(find_mentions(sdoc, doc))
            raw = tuple(extractor(sdoc, doc, mentions))
            if progress:
                progress(len(doc.text))
            yield Analysis(doc, lang, sdoc, mentions, raw)


def resolve_analyses(analyses: Sequence[Analysis], settings: Settings) -> Resolution:
    """Resolve the mentions and raw triples of analysed documents to canonical entities."""
    from .resolve import resolve_docs

    return resolve_docs(
        ((a.document, a.sdoc, a.mentions, a.raw) for a in analyses),
        aliases=settings.aliases,
        merge=settings.merge,
    )


def extract(
    inputs: Sequence[str], settings: Settings | None = None, progress: Progress | None = None
) -> tuple[list[Analysis], Resolution]:
    """Read, analyse and resolve ``inputs`` without building RDF."""
    settings = settings or Settings()
    documents = list(read_documents(inputs, InputOptions()))
    analyses = list(analyse(documents, settings, progress))
    return analyses, resolve_analyses(analyses, settings)


def _write_atomic(files: dict[Path, Callable[[Path], Any]]) -> tuple[Path, ...]:
    """Write every file to a temporary sibling first; rename into place once all succeeded."""
    staged: list[tuple[Path, Path]] = []
    umask = os.umask(0)
    os.umask(umask)
    try:
        for target, writer in files.items():
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, name = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
            os.close(fd)
            tmp = Path(name)
            staged.append((tmp, target))
            writer(tmp)
            tmp.chmod(0o666 & ~umask)  # mkstemp creates 0600; give the usual file mode
        for staged_tmp, target in staged:
            os.replace(staged_tmp, target)
    except OSError as err:
        raise OutputError(f"cannot write {err.filename or 'output'}: {err.strerror}") from None
    finally:
        for leftover, _ in staged:
            if leftover.exists():
                leftover.unlink()
    return tuple(target for _, target in staged)


def build(
    inputs: Sequence[str | Path],
    out_dir: Path | None,
    settings: Settings | None = None,
    progress: Progress | None = None,
    store: str | Path | None = None,
) -> BuildResult:
    """Run the whole pipeline and write ``graph.ttl``, ``triples.jsonl`` … to ``out_dir``."""
    from .rdf.build import build_dataset, union_graph

    settings = settings or Settings()
    if out_dir is not None and out_dir.exists() and not out_dir.is_dir():
        raise OutputError(f"output path {out_dir} exists and is not a directory")
    analyses, resolution = extract([str(i) for i in inputs], settings, progress)
    documents = tuple(a.document for a in analyses)
    dataset = build_dataset(resolution, documents)
    graph = union_graph(dataset)
    files: tuple[Path, ...] = ()
    report = None
    if store is not None:
        from .rdf.store import add_to_store

        report = add_to_store(store, dataset)
    if out_dir is not None:
        from .jsonl import triple_lines
        from .viz.html import write_html

        def write_triples(path: Path) -> None:
            with path.open("w", encoding="utf-8") as fh:
                for line in triple_lines(resolution.triples):
                    fh.write(line + "\n")

        title = documents[0].id if len(documents) == 1 else f"{len(documents)} documents"
        files = _write_atomic(
            {
                out_dir / "triples.jsonl": write_triples,
                out_dir / "graph.ttl": lambda p: graph.serialize(destination=p, format="turtle"),
                out_dir / "graph.trig": lambda p: dataset.serialize(destination=p, format="trig"),
                out_dir / "graph.html": lambda p: write_html(graph, p, title=f"kg — {title}"),
            }
        )
    from .nlp.loading import choose_model

    models = {a.lang: choose_model(a.lang, settings.model) for a in analyses}
    sentences = sum(1 for a in analyses for _ in a.sdoc.sents)
    return BuildResult(documents, resolution, graph, dataset, files, models, sentences, report)
