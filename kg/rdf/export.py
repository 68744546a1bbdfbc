"""Write a graph or store as RDF (Turtle, TriG, N-Quads, JSON-LD) or for graph tools.

Graph-tool formats (GraphML, GEXF, CSV edge list) have actors as nodes and statements as edges,
with the statement's qualifiers and provenance as edge attributes. Every file is written to a
temporary name first and renamed, so a failed export never leaves a half-written file behind.
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

from rdflib import Dataset, Graph

from ..errors import ConfigError, GraphError, OutputError, available
from ..files import usual_mode
from .iris import local_name
from .sparql import query_graph

RDF_FORMATS = {"ttl": "turtle", "trig": "trig", "nq": "nquads", "jsonld": "json-ld"}
TOOL_FORMATS = ("graphml", "gexf", "csv")
FORMATS = (*RDF_FORMATS, *TOOL_FORMATS)

EDGES = """
SELECT DISTINCT ?statement ?source ?sourceLabel ?sourceType ?target ?targetLabel ?targetType
       ?predicate ?negated ?modality ?confidence ?time ?doc ?sentence ?rule
WHERE {
  GRAPH ?g {
    ?statement a kg:Statement ; rdf:subject ?source ; rdf:predicate ?predicate ;
        rdf:object ?target ; kg:negated ?negated ; kg:modality ?modality ;
        kg:confidence ?confidence ; kg:sentence ?sentence ; prov:wasDerivedFrom/kg:docId ?doc .
    OPTIONAL { ?statement kg:time ?time }
    OPTIONAL { ?statement kg:rule ?rule }
    OPTIONAL { ?source rdfs:label ?sourceLabel }
    OPTIONAL { ?target rdfs:label ?targetLabel }
    OPTIONAL { ?source a ?sourceType }
    OPTIONAL { ?target a ?targetType }
  }
}
ORDER BY ?statement
"""


@dataclass(frozen=True, slots=True)
class Edge:
    """A statement seen as an edge between two actors."""

    statement: str
    source: str
    source_label: str
    source_type: str
    target: str
    target_label: str
    target_type: str
    predicate: str
    negated: bool
    modality: str
    confidence: float
    time: str
    doc: str
    sentence: str
    rule: str


def edges(graph: Graph) -> Iterator[Edge]:
    """Yield each statement of ``graph`` once, as an actor-to-actor edge."""
    seen: set[str] = set()
    for row in query_graph(graph, EDGES).rows:
        cells = ["" if v is None else str(v) for v in row]
        if cells[0] in seen:
            continue
        seen.add(cells[0])
        yield Edge(cells[0], cells[1], cells[2] or local_name(cells[1]), local_name(cells[3]),
                   cells[4], cells[5] or local_name(cells[4]), local_name(cells[6]), cells[7],
                   cells[8].lower() == "true", local_name(cells[9]), float(cells[10] or 0),
                   cells[11], cells[12], cells[13], cells[14])


def _nx_graph(graph: Graph) -> object:
    import networkx as nx

    g = nx.MultiDiGraph()
    for e in edges(graph):
        g.add_node(e.source, label=e.source_label, type=e.source_type)
        g.add_node(e.target, label=e.target_label, type=e.target_type)
        attrs = {k: v for k, v in asdict(e).items() if not k.startswith(("source", "target"))}
        attrs["label"] = local_name(e.predicate)
        g.add_edge(e.source, e.target, key=e.statement, **attrs)
    return g


def _atomic(path: Path, write: Callable[[Path], object]) -> None:
    path = Path(path)
    if path.is_dir():
        raise OutputError(f"{path} is a folder; give a file name")
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError(f"cannot write {path}: the folder {folder} does not exist")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=folder)
    os.close(fd)
    try:
        write(Path(tmp))
        os.chmod(tmp, usual_mode())  # mkstemp creates 0600; give the usual file mode
        os.replace(tmp, path)
    except OSError as err:
        raise OutputError(f"cannot write {path}: {err}") from None
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def format_for(path: Path, fmt: str | None) -> str:
    """Return the export format: ``fmt`` if given, else judged by the file extension."""
    chosen = (fmt or path.suffix.lstrip(".")).lower()
    chosen = {"turtle": "ttl", "json": "jsonld", "nquads": "nq"}.get(chosen, chosen)
    if chosen not in FORMATS:
        raise ConfigError(f"unknown export format {chosen or '(none)'!r} for {path}; expected one "
                          f"of {available(FORMATS)}")
    return chosen


def export(dataset: Dataset, path: str | Path, fmt: str | None = None) -> str:
    """Write ``dataset`` to ``path`` in ``fmt`` (or the format its extension names); return it."""
    from .build import union_graph

    path = Path(path)
    chosen = format_for(path, fmt)
    if chosen in ("trig", "nq", "jsonld"):
        _atomic(path, lambda p: dataset.serialize(p, format=RDF_FORMATS[chosen]))
        return chosen
    graph = union_graph(dataset)
    if chosen == "ttl":
        _atomic(path, lambda p: graph.serialize(p, format="turtle"))
    elif chosen == "csv":
        def write_csv(p: Path) -> None:
            with p.open("w", encoding="utf-8", newline="") as f:
                writer = csv.writer(f)
                writer.writerow(Edge.__slots__)
                for e in edges(graph):
                    writer.writerow(astuple_str(e))
        _atomic(path, write_csv)
    else:
        import networkx as nx

        g = _nx_graph(graph)
        writer = nx.write_graphml if chosen == "graphml" else nx.write_gexf
        _atomic(path, lambda p: writer(g, str(p)))
    return chosen


def astuple_str(edge: Edge) -> list[str]:
    """Return an edge's fields as CSV cells."""
    return [str(v).lower() if isinstance(v, bool) else str(v) for v in asdict(edge).values()]


def load_any(source: str | Path) -> Dataset:
    """Read a graph file or a store (folder, SPARQL server URL, …) as a dataset."""
    from .graphstore import is_store, open_store

    if is_store(source):
        with open_store(source) as store:
            return store.to_dataset()
    path = Path(source)
    if not path.exists():
        raise GraphError(f"no graph file or store at {path}")
    from .load import load_dataset

    return load_dataset(path)
