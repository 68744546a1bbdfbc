"""The RDF writers (Turtle, TriG, N-Quads, JSON-LD) and :func:`export`, the library call.

Each format is a :class:`kg.outputs.Writer` registered through the ``kg_writers`` entry point
(``kg.turtle_writer.v1`` …). Quad formats keep a dataset's named graphs; Turtle writes their
union. Formats for graph tools (GraphML, GEXF, CSV) live in :mod:`kg.analysis.export`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from rdflib import Dataset, Graph

from ..outputs import Output, Writer, write_output
from .build import bind_prefixes, union_graph


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


def turtle_writer() -> Writer:
    """Return the writer of Turtle: every statement in one graph (the union)."""
    return Writer("ttl", ("build", "export"), _write_turtle, suffixes=(".ttl", ".turtle"),
                  aliases=("turtle",), description="Turtle, one graph")


def trig_writer() -> Writer:
    """Return the writer of TriG: one named graph per document, plus the merges graph."""
    return Writer("trig", ("build", "export"), _quad_writer("trig"),
                  suffixes=(".trig",), description="TriG, named graphs kept")


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
