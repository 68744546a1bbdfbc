"""The streaming build: documents in batches, resolved in order, written as they come.

:class:`_Stream` holds one build's compact running state (the corpus index, degrees and links
for the summary graph, what the store did with each document), its open output files and the
store. Per batch of ``Settings.build_batch`` documents it leaves out those the store holds with
the same content hash (resume), resolves the rest one by one against the
:class:`~kg.resolve.stream.CorpusIndex`, builds each one's RDF and appends it to the files and
the store. Where documents are analysed is an :data:`Extract`: :func:`extract_here` (this
process) or :func:`kg.cluster.extract_on` (a Dask cluster), which both yield
:class:`~kg.pipeline.stages.Worked` documents in input order as they are ready.
"""

from __future__ import annotations

import contextlib
import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import OutputError
from ..types import Document, Entity, Notice, Notify, Resolution
from .stages import (
    Progress,
    Settings,
    Worked,
    analyse_tagged,
    assigned,
    batches,
    settings_key,
)

if TYPE_CHECKING:
    import rdflib

    from ..rdf.store import StoreReport

FLUSH_QUADS = 20_000  # a streaming build flushes the store after writing this many quads

Extract = Callable[[Iterable[tuple[str, Document]], Settings, Progress | None, Notify],
                   Iterable[Worked | None]]
"""Analyses and assigns (language, document) pairs: yields one :class:`Worked` per usable
document, in input order, as it is ready, and ``None`` where it pauses (nothing more ready
yet: the build writes what it holds); reports unusable ones through the ``Notify`` and calls
``Progress`` with the characters done (in this process, or on a cluster)."""


def extract_here(tagged: Iterable[tuple[str, Document]], settings: Settings,
                 progress: Progress | None, notify: Notify) -> Iterator[Worked]:
    """Analyse and assign documents in this process, as a stream (the default :data:`Extract`)."""
    from ..resolve.linking import load_aliases

    aliases = load_aliases(settings.aliases) if settings.aliases is not None else {}
    yield from assigned(analyse_tagged(tagged, settings, progress, notify), settings, aliases)


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


def _release_models() -> None:
    """Drop the loaded spaCy pipelines and give their memory back to the system.

    A streaming build (``keep=False``) calls this once parsing is over, so the drawing at the
    end does not add to the models' ~100 MB; a later build in the process loads them again.
    glibc keeps freed memory for reuse unless asked (``malloc_trim``); elsewhere this only
    drops the references.
    """
    import ctypes
    import gc

    from ..recognize import load_recognizer

    load_recognizer.cache_clear()
    gc.collect()
    with contextlib.suppress(OSError, AttributeError):  # not glibc
        ctypes.CDLL("libc.so.6").malloc_trim(0)


class _Stream:
    """One streaming build: compact running state, the open output files and the store.

    Per batch: documents already stored with the same content hash are left out (resume);
    the rest are analysed (an :data:`Extract`: one ``nlp.pipe`` stream here, or partitions on
    a cluster) and, as each comes back in input order, resolved against the running
    :class:`~kg.resolve.stream.CorpusIndex`, turned into one RDF graph each
    (:func:`kg.rdf.build.build_dataset`), appended to the streamed files (triples.jsonl,
    graph.trig, graph.ttl) and added to the store. What needs the whole corpus — the summary
    graph, the drawing — comes from compact state (degrees, links) and the store at the end.
    """

    def __init__(self, settings: Settings, out_dir: Path | None, target: Any,
                 progress: Progress | None, notify: Notify, keep: bool, stored: bool) -> None:
        from ..resolve.stream import CorpusIndex

        self.settings = settings
        self.out_dir = out_dir
        self.target = target
        self.stored = stored  # the target is the user's store (else a scratch one, or none)
        self.progress = progress
        self.notify = notify
        self.keep = keep
        self.index = CorpusIndex(settings.merge)
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
        self.batch: rdflib.Dataset | None = None  # the graphs of the documents not yet written
        self.batch_triples: list[Any] = []
        self.held = 0  # documents in the batch
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
        from ..files import usual_mode
        from ..outputs import writers_for

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
            from ..nlp.loading import choose_model

            self.models[lang] = choose_model(lang, self.settings.model)
            self.keys[lang] = settings_key(self.settings, lang, self.models[lang])
        return self.keys[lang]

    def fresh(self, tagged: Iterable[tuple[str, Document]]) -> Iterator[tuple[str, Document]]:
        """Leave out the documents the store holds with the same content hash (resume)."""
        from ..rdf.iris import content_hash, document_iri

        if self.target is None or not self.stored:
            yield from tagged
            return
        query = "SELECT ?g ?h WHERE { GRAPH ?g { ?g kg:contentHash ?h } }"
        for batch in batches(tagged, self.settings.build_batch):
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

        from ..knowledge.gazetteer import gazetteer
        from ..rdf.build import MentionRecord
        from ..rdf.iris import entity_id_of, entity_iri
        from ..rdf.vocab import KG
        from ..types import ActorType

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

    def run(self, tagged: Iterable[tuple[str, Document]], extract: Extract) -> None:
        """Resolve and write the documents ``extract`` analyses, batch by batch.

        Each document is resolved and turned into RDF as it arrives, in input order (where the
        analysis runs elsewhere, this overlaps the analysis of the documents after it); the
        batch goes to the files and the store when it holds ``build_batch`` documents, or
        earlier when ``extract`` pauses (yields ``None``: nothing more is ready yet). When the
        input fails (a ``--strict`` stop), the documents before go through first.
        """
        self.seed()
        worked = extract(self.fresh(tagged), self.settings, self.progress, self.notify)
        try:
            for w in worked:
                if w is not None:
                    self.counts["sentences"] += w.sentences
                    self._add(w.document, w.lang, self.index.resolve(w.assignments, w.raw))
                if self.held and (w is None or self.held >= self.settings.build_batch):
                    self._write()
        except Exception:
            if self.held:
                self._write()
            raise
        if self.held:
            self._write()

    def _add(self, doc: Document, lang: str, res: Resolution) -> None:
        """Add one resolved document's graphs to the batch to write, and count it."""
        from rdflib import Dataset

        from ..rdf.build import bind_prefixes, build_dataset
        from ..rdf.summary import degrees, links
        from ..rdf.vocab import ENTITIES_GRAPH, SUMMARY_GRAPH
        from ..types import Modality

        if self.batch is None:
            self.batch = Dataset()
            bind_prefixes(self.batch)
        batch = self.batch
        c = self.counts
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
        self.batch_triples.extend(res.triples)
        self.held += 1
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

    def _write(self) -> None:
        """Append the batch to the streamed files and add it to the store."""
        from ..outputs import Part

        batch, triples = self.batch, tuple(self.batch_triples)
        self.batch, self.batch_triples, self.held = None, [], 0
        if batch is None:
            return
        part = Part(batch, triples)
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

        from ..rdf.build import bind_prefixes
        from ..rdf.summary import summary_triples

        graph = Graph()
        bind_prefixes(graph)
        for triple in summary_triples(self.degrees, self.links):
            graph.add(triple)
        return graph

    def finish(self, inputs: Sequence[str], notices: tuple[Notice, ...]) -> BuildResult:
        """Write what needs the whole corpus, move the files into place, return the result."""
        from rdflib import Dataset, Graph

        from ..rdf.build import bind_prefixes, union_graph
        from ..rdf.store import StoreReport
        from ..rdf.vocab import SUMMARY_GRAPH

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
            from ..analysis.storeview import drawable_graph
            from ..viz.html import MAX_NODES

            _release_models()  # parsing is over: the drawing gets the parser's memory
            drawn = drawable_graph(self.target, max_nodes=MAX_NODES)
            graph, notice = drawn.graph, drawn.notice
        files: list[Path] = []
        if self.out_dir is not None:
            from ..outputs import Output, writers_for
            from ..viz.html import corpus_title

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
                        from ..files import usual_mode

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
