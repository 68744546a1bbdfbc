"""Static pictures of kg graphs (SVG, PNG, PDF) drawn with matplotlib, for papers and reports.

A picture shows at most ``max_nodes`` actors (default 50): the most central ones (PageRank) of
the largest connected group, taken in growth order so the drawing is one network, never
scattered dots. Every drawn actor is labelled: actors are laid out by Kamada–Kawai at a scale
that leaves room for their labels, then each actor and its label, as one box, is pushed apart
from the others until no two overlap (:mod:`kg.viz.labels`). Statements between a pair of
actors are one line (width: how many; colour and dashes: the qualifier, as in the HTML view;
arrows: their direction); short relation labels are written along the strongest lines where
they fit, never over an actor or another label. A legend explains shapes, colours and lines;
the title names the input and says what was left out.

Drawing happens in points: one data unit is one point on paper, so measured text and
positions agree and the figure's size follows from the layout.
"""

from __future__ import annotations

import io
import math
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rdflib import Graph

from ..errors import ConfigError, available
from ..files import write_atomic

if TYPE_CHECKING:
    import networkx as nx

    from .labels import Box, EdgeLabel

#: Actors drawn in a static picture by default (every one labelled; 40–60 read well on a page).
MAX_NODES = 50
FORMATS = ("svg", "png", "pdf")
#: Label sizes (points): the most central actors, the others, relation labels, title.
_BIG_FONT, _FONT, _EDGE_FONT, _TITLE_FONT = 9.0, 7.5, 6.0, 11.0
#: Longest relation label written on a line (longer ones are left to the legend of the data).
_EDGE_LABEL_CHARS = 24
#: Actor labels longer than this are wrapped.
_WRAP = 26
_LEGEND_WIDTH = 150.0  # points
_MARGIN = 14.0


@dataclass(frozen=True, slots=True)
class StaticReport:
    """What a static picture shows."""

    path: Path | None
    format: str
    nodes: int
    statements: int
    total_nodes: int
    notice: str


@dataclass(frozen=True, slots=True)
class Pair:
    """The statements between two drawn actors, as one line."""

    a: str
    b: str
    forward: int  # statements a → b
    backward: int  # statements b → a
    kind: str  # the qualifier the line is drawn with
    label: str  # relation label ("" when none fits)
    strength: float  # statements, then confidence: which lines get labels first


@dataclass(frozen=True, slots=True)
class Selection:
    """The actors a picture draws and what it says about the rest."""

    nodes: tuple[str, ...]
    notice: str


def _format(path: Path | None, fmt: str | None) -> str:
    chosen = (fmt or (path.suffix.lstrip(".") if path else "") or "svg").lower()
    if chosen not in FORMATS:
        raise ConfigError(f"cannot draw a static picture as {chosen!r}; expected one of "
                          f"{available(FORMATS)}")
    return chosen


def select_actors(view: nx.MultiDiGraph, scores: dict[str, float], max_nodes: int
                  ) -> Selection:
    """Choose the actors to draw: the most central of the largest connected group.

    Actors are taken in :func:`kg.viz.network.growth_order` (the largest connected group,
    grown from its most central actor by PageRank), so every selection is connected. A graph
    without statements draws its ``max_nodes`` most central actors.
    """
    from .network import growth_order

    if max_nodes < 1:
        raise ConfigError(f"max_nodes must be at least 1, got {max_nodes}")
    total = view.number_of_nodes()
    order = growth_order(view, scores)
    linked = {n for s, o in view.edges() if s != o for n in (s, o)}
    if linked:
        import networkx as nx

        group = max(nx.connected_components(view.subgraph(linked).to_undirected(as_view=True)),
                    key=len)
        order = [n for n in order if n in group]
    chosen = tuple(order[:max_nodes])
    if len(chosen) == total:
        return Selection(chosen, "")
    drawn = view.subgraph(chosen).number_of_edges()
    statements = view.number_of_edges()
    what = (f"{len(chosen):,} most central of {total:,} actors (by PageRank"
            + (f", from the largest connected group of {len(order):,}" if linked else "") + ")"
            if len(chosen) < len(order) else
            f"the largest connected group: {len(chosen):,} of {total:,} actors")
    return Selection(chosen, f"Showing {what} and {drawn:,} of {statements:,} statements.")


def pair_edges(view: nx.MultiDiGraph, nodes: set[str]) -> list[Pair]:
    """Group the statements among ``nodes`` into one :class:`Pair` per pair of actors."""
    from .style import EDGE_STYLES, qualifier

    groups: dict[tuple[str, str], list[tuple[bool, dict[str, Any]]]] = defaultdict(list)
    for s, o, data in view.edges(data=True):
        if s == o or s not in nodes or o not in nodes:
            continue
        key = (s, o) if s <= o else (o, s)
        groups[key].append((s == key[0], data))
    pairs = []
    for (a, b), items in sorted(groups.items()):
        kinds = Counter(qualifier(bool(d.get("negated")), str(d.get("modality", "asserted")))
                        for _, d in items)
        kind = next((k for k in EDGE_STYLES if kinds.get(k) == max(kinds.values())), "asserted")
        if len(kinds) > 1 and "asserted" in kinds:
            kind = "asserted"
        relations = Counter(str(d.get("relation", "")) for _, d in items)
        top, count = relations.most_common(1)[0]
        label = top + (f" ×{count}" if count > 1 else "")
        if len(relations) > 1:
            label += f" +{len(items) - count}"
        confidence = max(float(d.get("confidence", 1.0)) for _, d in items)
        forward = sum(1 for f, _ in items if f)
        pairs.append(Pair(a, b, forward, len(items) - forward, kind,
                          label if len(label) <= _EDGE_LABEL_CHARS else "",
                          len(items) + confidence / 2))
    return pairs


def _layout(view: nx.Graph, nodes: list[str], seed: int) -> list[tuple[float, float]]:
    """Kamada–Kawai positions (connected graphs) or a grid, in [-1, 1] either way."""
    import random

    n = len(nodes)
    if n == 1:
        return [(0.0, 0.0)]
    from .layout import _igraph

    g, _ = _igraph(view, nodes)
    if g.ecount() and g.is_connected():
        state = random.getstate()
        try:
            random.seed(seed)
            coords = [tuple(c) for c in g.layout_kamada_kawai(seed=g.layout_circle())]
        finally:
            random.setstate(state)
    else:
        side = math.ceil(math.sqrt(n))
        coords = [(float(i % side), -float(i // side)) for i in range(n)]
    return _landscape(coords)


def _landscape(coords: list[tuple[float, float]], aspect: float = 1.5
               ) -> list[tuple[float, float]]:
    """Turn a layout so its long side lies across, nudge it towards ``aspect``, scale to [-1, 1].

    The long axis (principal component) becomes horizontal; a layout rounder than ``aspect``
    is stretched across, one longer is squeezed, by at most a factor of 1.5 so that the
    layout's shape survives.
    """
    import numpy as np

    points = np.array(coords, dtype=float)
    points -= points.mean(axis=0)
    if len(points) > 2 and np.ptp(points, axis=0).max() > 0:
        _, vectors = np.linalg.eigh(np.cov(points.T))
        points = points @ vectors[:, ::-1]  # largest variance first: x
    width, height = (float(v) or 1.0 for v in np.ptp(points, axis=0))
    stretch = min(1.5, max(1 / 1.5, math.sqrt(aspect / (width / height))))
    points[:, 0] *= stretch
    points -= (points.max(axis=0) + points.min(axis=0)) / 2
    extent = float(np.abs(points).max()) or 1.0
    return [(float(x) / extent, float(y) / extent) for x, y in points]


class _Measure:
    """Text sizes in points (matplotlib's text-to-path layout, which works at 72 dpi)."""

    def __call__(self, text: str, size: float, bold: bool) -> tuple[float, float]:
        from matplotlib.font_manager import FontProperties
        from matplotlib.textpath import text_to_path

        font = FontProperties(size=size, weight="bold" if bold else "normal")
        widths = [text_to_path.get_text_width_height_descent(line, font, ismath=False)[0]
                  for line in text.split("\n")]
        line = text_to_path.get_text_width_height_descent("lp", font, ismath=False)[1]
        # matplotlib spaces lines 1.2 × the height of "lp"
        return float(max(widths)), float(line * (1 + 1.2 * (len(widths) - 1)))


@dataclass(frozen=True, slots=True)
class Actor:
    """A drawn actor: its node's centre and radius, its label and the box both take up."""

    node: str
    label: str
    kind: str
    x: float
    y: float
    radius: float
    font: float
    bold: bool
    box: Box


@dataclass(frozen=True, slots=True)
class Plan:
    """Where everything of a picture goes (points), before anything is drawn."""

    selection: Selection
    actors: tuple[Actor, ...]
    pairs: tuple[Pair, ...]
    edge_labels: tuple[tuple[Pair, EdgeLabel], ...]
    total_nodes: int
    statements: int  # statements among the drawn actors


def plan_picture(view: nx.MultiDiGraph, *, max_nodes: int = MAX_NODES, edge_labels: int = 30,
                 seed: int = 42) -> Plan:
    """Choose, place and label the actors and lines of a picture.

    Parameters
    ----------
    view : networkx.MultiDiGraph
        The view from :func:`kg.analysis.graphview.to_networkx`.
    max_nodes : int
        Actors drawn at most (see :func:`select_actors`); all are labelled.
    edge_labels : int
        Lines labelled with their relation at most (the strongest first, where they fit).
    seed : int
        Layout seed.

    Returns
    -------
    Plan
        No two actor boxes (node and label) overlap; no relation label overlaps an actor box
        or another relation label.

    """
    from ..analysis.centrality import pagerank
    from ..analysis.graphview import collapse
    from .labels import Box, place_along, remove_overlaps
    from .style import node_style

    scores = pagerank(collapse(view, include_negated=True))
    chosen = select_actors(view, scores, max_nodes) if view.number_of_nodes() else Selection(
        (), "The graph holds no actors.")
    nodes = list(chosen.nodes)
    sub = view.subgraph(nodes)
    top = max((scores.get(n, 0.0) for n in nodes), default=0.0) or 1.0
    ranked = sorted(nodes, key=lambda n: -scores.get(n, 0.0))
    big = set(ranked[:max(3, len(nodes) // 10)])
    measure = _Measure()
    radius: dict[str, float] = {}
    boxes: list[Box] = []
    for node in nodes:
        radius[node] = (3.5 + 8.5 * math.sqrt(scores.get(node, 0.0) / top)) * (
            0.8 if node_style(str(sub.nodes[node].get("type", ""))).marker == "." else 1.0)
        w, h = measure(_label(sub, node), _BIG_FONT if node in big else _FONT, node in big)
        # one box: the node on top, its label centred below it
        half_w = max(w / 2 + 1.5, radius[node])
        half_h = (2 * radius[node] + 1.5 + h) / 2
        boxes.append(Box(0.0, 0.0, half_w, half_h))
    unit = _layout(sub, nodes, seed) if nodes else []
    area = sum((2 * b.half_w + 6) * (2 * b.half_h + 6) for b in boxes)
    # spread the layout so that its bounding box is about 4× the area its boxes need (the
    # overlap pass makes room where that is too tight; looser drawings print too small)
    xs, ys = [abs(x) for x, _ in unit] or [1.0], [abs(y) for _, y in unit] or [1.0]
    spread = max(max(xs), 0.1) * max(max(ys), 0.1) * 4
    scale = math.sqrt(max(area, 1.0) * 4.0 / spread)
    boxes = remove_overlaps([b.moved(x * scale, y * scale)
                             for b, (x, y) in zip(boxes, unit, strict=True)], pad=5.0)
    actors = tuple(
        Actor(n, _label(sub, n), str(sub.nodes[n].get("type", "Concept")), b.x,
              b.y + b.half_h - radius[n], radius[n], _BIG_FONT if n in big else _FONT,
              n in big, b)
        for n, b in zip(nodes, boxes, strict=True))
    pos = {a.node: (a.x, a.y) for a in actors}
    pairs = pair_edges(view, set(nodes))
    obstacles = [b.corners() for b in boxes]
    placed: list[tuple[Pair, EdgeLabel]] = []
    for pair in sorted(pairs, key=lambda p: (-p.strength, p.a, p.b)):
        if len(placed) >= edge_labels or not pair.label:
            continue
        w, h = measure(pair.label, _EDGE_FONT, False)
        spot = place_along(pos[pair.a], pos[pair.b], w + 3, h + 2, obstacles,
                           margin=(radius[pair.a] + 3, radius[pair.b] + 6))
        if spot is not None:
            obstacles.append(spot.corners)
            placed.append((pair, spot))
    return Plan(chosen, actors, tuple(pairs), tuple(placed), view.number_of_nodes(),
                sub.number_of_edges())


def render_static(graph: Graph, *, fmt: str = "svg", title: str = "kg",
                  max_nodes: int = MAX_NODES, edge_labels: int = 30, seed: int = 42,
                  concepts: bool = False
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
    max_nodes, edge_labels, seed
        As in :func:`plan_picture`.
    concepts
        Draw Concept nodes too (by default they and their statements are left out).

    Returns
    -------
    (bytes, StaticReport)

    """
    import matplotlib

    matplotlib.use("Agg", force=False)
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D
    from matplotlib.patches import FancyArrowPatch

    from ..analysis.graphview import to_networkx, without_concepts
    from .style import EDGE_STYLES, node_style

    fmt = _format(None, fmt)
    view = to_networkx(graph) if concepts else without_concepts(to_networkx(graph))
    plan = plan_picture(view, max_nodes=max_nodes, edge_labels=edge_labels, seed=seed)
    notice = plan.selection.notice
    boxes = [a.box for a in plan.actors]
    lo_x = min((b.x - b.half_w for b in boxes), default=-50.0) - _MARGIN
    hi_x = max((b.x + b.half_w for b in boxes), default=50.0) + _MARGIN
    lo_y = min((b.y - b.half_h for b in boxes), default=-50.0) - _MARGIN
    hi_y = max((b.y + b.half_h for b in boxes), default=50.0) + _MARGIN
    head = 46.0 if notice else 34.0
    draw_w, draw_h = hi_x - lo_x, hi_y - lo_y
    fig_w = draw_w + _LEGEND_WIDTH
    fig_h = max(draw_h, 260.0) + head
    fig = Figure(figsize=(fig_w / 72, fig_h / 72), dpi=150)
    # one data unit is one point: the axes span exactly the drawing's size on the figure
    ax = fig.add_axes((0.0, (fig_h - head - draw_h) / fig_h, draw_w / fig_w, draw_h / fig_h))
    ax.set_axis_off()
    ax.set_xlim(lo_x, hi_x)
    ax.set_ylim(lo_y, hi_y)
    fig.text(_MARGIN / fig_w, 1 - 10 / fig_h, title, fontsize=_TITLE_FONT, weight="bold",
             ha="left", va="top")
    if notice:
        fig.text(_MARGIN / fig_w, 1 - 27 / fig_h, notice, fontsize=7, color="#555555",
                 ha="left", va="top")
    by_node = {a.node: a for a in plan.actors}
    used_kinds: Counter[str] = Counter()
    for pair in plan.pairs:
        style = EDGE_STYLES[pair.kind]
        used_kinds[pair.kind] += pair.forward + pair.backward
        arrow = ("<|-|>" if pair.forward and pair.backward else "-|>")
        start, end = (by_node[pair.a], by_node[pair.b]) if pair.forward else (
            by_node[pair.b], by_node[pair.a])
        ax.add_patch(FancyArrowPatch(
            (start.x, start.y), (end.x, end.y), arrowstyle=arrow, mutation_scale=7,
            shrinkA=start.radius + 1, shrinkB=end.radius + 1.5, color=style.color,
            lw=min(4.0, 0.5 + 0.8 * math.log2(1 + pair.forward + pair.backward)),
            linestyle=(0, style.dashes) if style.dashes else "solid", alpha=0.75, zorder=1))
    for pair, spot in plan.edge_labels:
        ax.text(spot.x, spot.y, pair.label, fontsize=_EDGE_FONT,
                color=EDGE_STYLES[pair.kind].color, rotation=spot.angle, rotation_mode="anchor",
                ha="center", va="center", zorder=3,
                bbox={"boxstyle": "square,pad=0.08", "fc": "white", "ec": "none", "alpha": 0.85})
    types: Counter[str] = Counter()
    for actor in plan.actors:
        types[actor.kind] += 1
        look = node_style(actor.kind)
        ax.scatter([actor.x], [actor.y], s=(2 * actor.radius) ** 2,
                   c=look.color, marker="o" if look.marker == "." else look.marker,
                   edgecolors="#333333", linewidths=0.5, zorder=4)
        ax.text(actor.x, actor.y - actor.radius - 1.5, actor.label, fontsize=actor.font,
                weight="bold" if actor.bold else "normal", ha="center", va="top",
                multialignment="center", linespacing=1.2, zorder=5,
                bbox={"boxstyle": "square,pad=0.05", "fc": "white", "ec": "none", "alpha": 0.85})
    handles = [Line2D([], [], marker="o" if node_style(k).marker == "." else node_style(k).marker,
                      color=node_style(k).color, ls="", markeredgecolor="#333333",
                      markersize=7, label=f"{k} ({n})")
               for k, n in sorted(types.items())]
    handles += [Line2D([], [], color=EDGE_STYLES[k].color, lw=1.6,
                       linestyle=(0, EDGE_STYLES[k].dashes) if EDGE_STYLES[k].dashes else "solid",
                       label=f"{k} ({used_kinds[k]})")
                for k in EDGE_STYLES if k in used_kinds]
    if handles:
        legend = fig.legend(handles=handles, loc="upper left", fontsize=7.5, frameon=False,
                            bbox_to_anchor=(1 - (_LEGEND_WIDTH - 6) / fig_w, 1 - head / fig_h),
                            title="Actors · statements", title_fontsize=8,
                            alignment="left")
        legend.get_title().set_fontweight("bold")
        fig.text(1 - (_LEGEND_WIDTH - 10) / fig_w, 12 / fig_h,
                 "size: PageRank\nline width: statements", fontsize=6.5, color="#555555",
                 ha="left", va="bottom")
    buffer = io.BytesIO()
    # text stays text in SVG (searchable, ~5× smaller than glyph outlines)
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "kg"}):
        fig.savefig(buffer, format=fmt, metadata={"Date": None} if fmt == "svg" else None)
    summary = StaticReport(path=None, format=fmt, nodes=len(plan.actors),
                           statements=plan.statements, total_nodes=plan.total_nodes,
                           notice=notice)
    return buffer.getvalue(), summary


def _label(view: nx.MultiDiGraph, node: str) -> str:
    """Return an actor's label, long ones wrapped onto two lines (three at most)."""
    import textwrap

    text = str(view.nodes[node].get("label", node))
    if len(text) <= _WRAP:
        return text
    lines = textwrap.wrap(text, width=max(_WRAP, len(text) // 2 + 4), break_long_words=False)
    return "\n".join(lines[:2] + ([" ".join(lines[2:])] if len(lines) > 2 else []))


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
