"""The RDF writers (Turtle, TriG, N-Quads, JSON-LD) and :func:`export`, the library call.

Each format is a :class:`kg.outputs.Writer` registered through the ``kg_writers`` entry point
(``kg.turtle_writer.v1`` …). Quad formats keep a dataset's named graphs; Turtle writes their
union. Formats for graph tools (GraphML, GEXF, CSV) live in :mod:`kg.analysis.export`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TextIO

from rdflib import Dataset, Graph, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.term import Node

from ..outputs import Output, Part, Sink, Writer, write_output
from .build import bind_prefixes, union_graph
from .oxterms import to_ox
from .vocab import DOC, PREFIXES, STATEMENT, SUMMARY_GRAPH


def _quads(output: Output) -> Dataset:
    if output.dataset is not None:
        return output.dataset
    ds = Dataset()
    bind_prefixes(ds)
    for triple in output.graph:
        ds.default_graph.add(triple)
    return ds


def _write_turtle(output: Output, path: Path) -> str:
    output.graph.serialize(destination=path, format="turtle")
    return ""


def _quad_writer(name: str) -> Callable[[Output, Path], str]:
    def write(output: Output, path: Path) -> str:
        _quads(output).serialize(destination=path, format=name)
        return ""
    return write


class _ChunkSink:
    """A Turtle-family file appended chunk by chunk, each ``@prefix`` line written once.

    Turtle and TriG allow directives between statements, so each batch is serialized on its own
    (by Oxigraph, about ten times faster than rdflib; sorted, so a subject's triples stand
    together) and appended, minus the prefix lines an earlier batch already declared.
    """

    def __init__(self, path: Path) -> None:
        self._file: TextIO = path.open("w", encoding="utf-8")
        self._prefixes: set[str] = set()

    def _append(self, statements: Iterable[tuple[Node, ...]], fmt: str) -> None:
        import pyoxigraph as ox  # lazily: only streamed builds serialize through it

        terms: dict[Node, Any] = {}  # a batch names the same nodes many times: convert once

        def ox_term(term: Node) -> Any:
            found = terms.get(term)
            if found is None:
                found = terms[term] = to_ox(term)
            return found

        ordered = [[ox_term(t) for t in st] for st in sorted(statements, key=_order)]
        if fmt == "trig":
            data = ox.serialize([ox.Quad(*st) for st in ordered], format=ox.RdfFormat.TRIG,
                                prefixes=dict(PREFIXES))
        else:
            data = ox.serialize([ox.Triple(*st) for st in ordered], format=ox.RdfFormat.TURTLE,
                                prefixes=dict(PREFIXES))
        for line in (data or b"").decode("utf-8").splitlines(keepends=True):
            if line.startswith("@prefix"):
                if line in self._prefixes:
                    continue
                self._prefixes.add(line)
            self._file.write(line)

    def close(self) -> None:
        self._file.close()


def _order(statement: tuple[Node, ...]) -> tuple[str, ...]:
    return (str(statement[3]), *map(str, statement[:3])) if len(statement) == 4 else tuple(
        map(str, statement))


class _TrigSink(_ChunkSink):
    """graph.trig: each batch's document graphs, then the summary graph."""

    def add(self, part: Part) -> None:
        self._append(((s, p, o, g) for s, p, o, g in part.dataset.quads((None, None, None, None))
                      if isinstance(g, URIRef) and g != DATASET_DEFAULT_GRAPH_ID), "trig")

    def finish(self, summary: Graph) -> str:
        self._append(((s, p, o, SUMMARY_GRAPH) for s, p, o in summary), "trig")
        self.close()
        return ""


class _TurtleSink(_ChunkSink):
    """graph.ttl: the union of the document graphs, batch by batch, then the summary graph.

    A triple about shared nodes (an entity's description, a predicate's declaration, a direct
    edge between actors) recurs in every document graph that mentions them; it is written the
    first time only (a set of hashes of such triples is kept, none of per-document nodes).
    """

    def __init__(self, path: Path) -> None:
        super().__init__(path)
        self._seen: set[int] = set()

    def add(self, part: Part) -> None:
        batch: set[tuple[Node, Node, Node]] = set()
        for s, p, o, _ in part.dataset.quads((None, None, None, None)):
            if not (str(s).startswith((DOC, STATEMENT)) or str(o).startswith((DOC, STATEMENT))):
                key = hash((s, p, o))
                if key in self._seen:
                    continue
                self._seen.add(key)
            batch.add((s, p, o))
        self._append(batch, "turtle")

    def finish(self, summary: Graph) -> str:
        self._append(summary, "turtle")
        self.close()
        return ""


def _turtle_sink(path: Path) -> Sink:
    return _TurtleSink(path)


def _trig_sink(path: Path) -> Sink:
    return _TrigSink(path)


def turtle_writer() -> Writer:
    """Return the writer of Turtle: every statement in one graph (the union)."""
    return Writer("ttl", ("build", "export"), _write_turtle, suffixes=(".ttl", ".turtle"),
                  aliases=("turtle",), description="Turtle, one graph", stream=_turtle_sink)


def trig_writer() -> Writer:
    """Return the writer of TriG: one named graph per document, plus the merges graph."""
    return Writer("trig", ("build", "export"), _quad_writer("trig"),
                  suffixes=(".trig",), description="TriG, named graphs kept", stream=_trig_sink)


def nquads_writer() -> Writer:
    """Return the writer of N-Quads: one quad a line, named graphs kept."""
    return Writer("nq", ("export",), _quad_writer("nquads"),
                  suffixes=(".nq",), aliases=("nquads",), description="N-Quads")


def jsonld_writer() -> Writer:
    """Return the writer of JSON-LD, named graphs kept."""
    return Writer("jsonld", ("export",), _quad_writer("json-ld"),
                  suffixes=(".jsonld", ".json"), aliases=("json", "json-ld"),
                  description="JSON-LD")


def export(dataset: Dataset, path: str | Path, fmt: str | None = None,
           graph: Graph | None = None) -> str:
    """Write ``dataset`` to ``path`` in any ``kg export`` format (``fmt`` or the suffix's).

    Returns the format's name. ``graph`` (the union of the dataset's graphs) is computed when
    not given.
    """
    output = Output(graph=graph if graph is not None else union_graph(dataset), dataset=dataset)
    writer, _ = write_output("export", output, Path(path), fmt)
    return writer.format
