"""Static pictures of kg graphs (SVG, PNG, PDF) drawn with matplotlib, for print and reports.

Nodes are coloured and shaped by actor type and sized by PageRank; edges are styled by
qualifier (negated, hypothetical …) as in the HTML view; the most central actors are labelled
and a legend explains colours and lines. Large graphs are reduced to ``max_nodes`` actors.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph

from ..errors import ConfigError, available
from ..files import write_atomic

#: Largest number of actors drawn in a static picture (more is unreadable on a page).
MAX_NODES = 150
FORMATS = ("svg", "png", "pdf")


@dataclass(frozen=True, slots=True)
class StaticReport:
    """What a static picture shows."""

    path: Path | None
    format: str
    nodes: int
    statements: int
    total_nodes: int
    notice: str


def _format(path: Path | None, fmt: str | None) -> str:
    chosen = (fmt or (path.suffix.lstrip(".") if path else "") or "svg").lower()
    if chosen not in FORMATS:
        raise ConfigError(f"cannot draw a static picture as {chosen!r}; expected one of "
                          f"{available(FORMATS)}")
    return chosen


def render_static(graph: Graph, *, fmt: str = "svg", title: str = "kg",
                  max_nodes: int = MAX_NODES, labels: int = 40, edge_labels: int = 80,
                  seed: int = 42, concepts: bool = False
                  ) -> tuple[bytes, StaticReport]:
    """Draw a graph and return the picture's bytes.

    Parameters
    ----------
    graph : rdflib.Graph
        A graph of kg's shape.
    fmt : {"svg", "png", "pdf"}
        Output format.
    title : str
        Title above the drawing.
    max_nodes : int
        Actors drawn at most (the most central by PageRank).
    labels : int
        How many of the most central actors get a text label.
    edge_labels : int
        Edges are labelled with their relation when there are at most this many.
    seed : int
        Layout seed.
    concepts : bool
        Draw Concept nodes too (by default they and their statements are left out).

    Returns
    -------
    (bytes, StaticReport)

    """
    import matplotlib

    matplotlib.use("Agg", force=False)
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D

    from ..analysis.centrality import pagerank
    from ..analysis.graphview import collapse, qualifier, to_networkx, without_concepts
    from .layout import fr_layout, reduce_view
    from .style import EDGE_STYLES, node_style

    fmt = _format(None, fmt)
    view = to_networkx(graph) if concepts else without_concepts(to_networkx(graph))
    scores = pagerank(collapse(view, include_negated=True))
    cut = reduce_view(view, max_nodes, scores=scores)
    pos = fr_layout(cut.view, seed=seed, scale=1.0)
    top = max(scores.values(), default=0.0) or 1.0
    fig = Figure(figsize=(11, 8.5), dpi=110)
    ax = fig.add_axes((0.02, 0.02, 0.78, 0.9))
    ax.set_axis_off()
    ax.set_title(title + (f"\n{cut.notice}" if cut.notice else ""), fontsize=10, loc="left")
    used_kinds: dict[str, int] = {}
    for s, o, data in cut.view.edges(data=True):
        kind = qualifier(bool(data.get("negated")), str(data.get("modality", "asserted")))
        used_kinds[kind] = used_kinds.get(kind, 0) + 1
        style = EDGE_STYLES[kind]
        (x1, y1), (x2, y2) = pos[s], pos[o]
        ax.annotate("", xy=(x2, y2), xytext=(x1, y1), zorder=1, arrowprops={
            "arrowstyle": "-|>", "color": style.color, "lw": 0.6 + float(data.get("confidence", 1)),
            "linestyle": (0, style.dashes) if style.dashes else "solid",
            "shrinkA": 8, "shrinkB": 10, "mutation_scale": 12,
            "connectionstyle": "arc3,rad=0.08", "alpha": 0.8})
        if cut.view.number_of_edges() <= edge_labels:
            ax.text((x1 + x2) / 2, (y1 + y2) / 2, str(data.get("relation", "")), fontsize=6,
                    color=style.color, ha="center", va="center", zorder=3,
                    bbox={"boxstyle": "round,pad=0.05", "fc": "white", "ec": "none", "alpha": 0.8})
    types: dict[str, int] = {}
    for node, data in cut.view.nodes(data=True):
        kind = str(data.get("type", "Concept"))
        types[kind] = types.get(kind, 0) + 1
        look = node_style(kind)
        size = 40 + 460 * (scores.get(node, 0.0) / top) ** 0.5
        ax.scatter([pos[node][0]], [pos[node][1]], s=size, c=look.color, marker=look.marker,
                   edgecolors="#333333", linewidths=0.6, zorder=2)
    ranked = sorted(cut.view.nodes, key=lambda n: -scores.get(n, 0.0))[:labels]
    for node in ranked:
        x, y = pos[node]
        ax.text(x, y - 0.045, str(cut.view.nodes[node].get("label", node)), fontsize=7,
                ha="center", va="top", zorder=3,
                bbox={"boxstyle": "round,pad=0.1", "fc": "white", "ec": "none", "alpha": 0.7})
    handles = [Line2D([], [], marker=node_style(k).marker, color=node_style(k).color, ls="",
                      markeredgecolor="#333333", markersize=8, label=f"{k} ({n})")
               for k, n in sorted(types.items())]
    handles += [Line2D([], [], color=EDGE_STYLES[k].color, lw=1.8,
                       linestyle=(0, EDGE_STYLES[k].dashes) if EDGE_STYLES[k].dashes else "solid",
                       label=f"{k} ({used_kinds[k]})")
                for k in EDGE_STYLES if k in used_kinds]
    if handles:
        ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8,
                  frameon=False)
    ax.set_xlim(-1.15, 1.15)  # positions are scaled to [-1, 1]
    ax.set_ylim(-1.15, 1.15)
    buffer = io.BytesIO()
    # text stays text in SVG (searchable, ~5× smaller than glyph outlines)
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "kg"}):
        fig.savefig(buffer, format=fmt, metadata={"Date": None} if fmt == "svg" else None)
    summary = StaticReport(path=None, format=fmt, nodes=cut.view.number_of_nodes(),
                           statements=cut.view.number_of_edges(), total_nodes=cut.total_nodes,
                           notice=cut.notice)
    return buffer.getvalue(), summary


def write_static(graph: Graph, path: Path, *, fmt: str | None = None, title: str = "kg",
                 max_nodes: int = MAX_NODES) -> StaticReport:
    """Draw a graph into an SVG, PNG or PDF file (format from ``fmt`` or the file's suffix).

    Raises
    ------
    ConfigError
        The format is not one of :data:`FORMATS`.
    OutputError
        The file cannot be written.

    """
    from dataclasses import replace

    chosen = _format(Path(path), fmt)
    data, summary = render_static(graph, fmt=chosen, title=title, max_nodes=max_nodes)
    write_atomic(Path(path), lambda tmp: tmp.write_bytes(data))
    return replace(summary, path=Path(path))
