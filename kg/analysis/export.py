"""Writers for graph tools: GraphML, GEXF and a CSV edge list, drawn from the NetworkX view.

Actors are nodes and statements are edges (keyed by the statement IRI), with the statement's
qualifiers and provenance as edge attributes; the view is :func:`kg.analysis.graphview.to_networkx`,
the one RDF → NetworkX conversion. Each format is a :class:`kg.outputs.Writer` registered through
the ``kg_writers`` entry point.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..outputs import Output, Writer

#: The columns of the CSV edge list, one row per statement.
CSV_COLUMNS = ("statement", "source", "source_label", "source_type", "target", "target_label",
               "target_type", "predicate", "negated", "modality", "confidence", "time", "doc",
               "sentence", "rule")


def _cell(value: Any) -> str | int | float | bool:
    """Return a value GraphML and GEXF can hold (lists joined with ``|``, None as "")."""
    if value is None:
        return ""
    if isinstance(value, tuple | list):
        return "|".join(str(v) for v in value)
    if isinstance(value, str | int | float | bool):
        return value
    return str(value)


def tool_graph(output: Output) -> Any:
    """Return the NetworkX view of ``output`` with attributes graph-tool formats can store."""
    import networkx as nx  # heavy: imported only when a graph-tool file is written

    from .graphview import to_networkx

    view = to_networkx(output.graph)
    g = nx.MultiDiGraph()
    for node, data in view.nodes(data=True):
        g.add_node(node, **{k: _cell(v) for k, v in data.items()})
    for s, o, key, data in sorted(view.edges(keys=True, data=True), key=lambda e: e[2]):
        attrs = {k: _cell(v) for k, v in data.items()}
        g.add_edge(s, o, key=key, statement=key, label=attrs.get("relation", ""), **attrs)
    return g


def _networkx_writer(name: str) -> Callable[[Output, Path], str]:
    def write(output: Output, path: Path) -> str:
        import networkx as nx  # heavy: imported only when a graph-tool file is written

        g = tool_graph(output)
        (nx.write_graphml if name == "graphml" else nx.write_gexf)(g, str(path))
        return ""
    return write


def _write_csv(output: Output, path: Path) -> str:
    g = tool_graph(output)
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(CSV_COLUMNS)
        for s, o, data in g.edges(data=True):
            source, target = g.nodes[s], g.nodes[o]
            row = {**data, "source": s, "source_label": source.get("label", ""),
                   "source_type": source.get("type", ""), "target": o,
                   "target_label": target.get("label", ""), "target_type": target.get("type", "")}
            writer.writerow([str(row.get(c, "")).lower() if isinstance(row.get(c), bool)
                             else str(row.get(c, "")) for c in CSV_COLUMNS])
    return ""


def graphml_writer() -> Writer:
    """Return the writer of GraphML (Gephi, yEd, Cytoscape): actors and statements."""
    return Writer("graphml", ("export",), _networkx_writer("graphml"), suffixes=(".graphml",),
                  description="GraphML")


def gexf_writer() -> Writer:
    """Return the writer of GEXF for Gephi: actors as nodes, statements as edges."""
    return Writer("gexf", ("export",), _networkx_writer("gexf"), suffixes=(".gexf",),
                  description="GEXF")


def csv_writer() -> Writer:
    """Return the writer of a CSV edge list: one statement a row (see :data:`CSV_COLUMNS`)."""
    return Writer("csv", ("export",), _write_csv, suffixes=(".csv",), description="CSV edges")
