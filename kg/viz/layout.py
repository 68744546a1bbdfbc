"""Node positions computed in Python (igraph Fruchterman–Reingold, seeded) and graph reduction.

Positions are computed once so the browser draws with physics off: vis-network's own physics
needs minutes to settle at 1,000 nodes, a precomputed layout draws in seconds.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import networkx as nx


@dataclass(frozen=True, slots=True)
class Reduction:
    """A graph cut down for drawing, and what was left out."""

    view: nx.MultiDiGraph
    total_nodes: int
    total_edges: int
    notice: str = ""  # "" when nothing was left out


def fr_layout(view: nx.Graph, *, seed: int = 42, scale: float | None = None
              ) -> dict[str, tuple[float, float]]:
    """Return Fruchterman–Reingold positions by node, centred on 0.

    Parameters
    ----------
    view : networkx graph
        Any NetworkX graph; edges are taken as undirected.
    seed : int
        The same graph and seed give the same layout.
    scale : float, optional
        Half the width of the drawing; by default grows with the square root of the node
        count (110 units × √n), which suits vis-network's pixel coordinates.

    """
    import random

    from ..analysis.centrality import import_igraph

    ig = import_igraph()

    nodes = list(view.nodes)
    n = len(nodes)
    if n == 0:
        return {}
    if n == 1:
        return {nodes[0]: (0.0, 0.0)}
    index = {node: i for i, node in enumerate(nodes)}
    pairs = {tuple(sorted((index[s], index[o]))) for s, o, *_ in view.edges if s != o}
    g = ig.Graph(n=n, edges=sorted(pairs), directed=False)
    # igraph draws its start positions from Python's ``random`` module; seed it and restore
    # the caller's state (passing start positions instead makes igraph's grid mode ~5× slower).
    state = random.getstate()
    try:
        random.seed(seed)
        coords = g.layout_fruchterman_reingold(niter=500 if n <= 2000 else 200)
    finally:
        random.setstate(state)
    xs, ys = [c[0] for c in coords], [c[1] for c in coords]
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    extent = max(max(xs) - min(xs), max(ys) - min(ys)) / 2 or 1.0
    half = scale if scale is not None else 110.0 * math.sqrt(n)
    return {node: ((xs[i] - cx) / extent * half, (ys[i] - cy) / extent * half)
            for i, node in enumerate(nodes)}


def reduce_view(view: nx.MultiDiGraph, max_nodes: int, *, scores: dict[str, float] | None = None
                ) -> Reduction:
    """Keep at most ``max_nodes`` nodes: the best by ``scores`` (e.g. PageRank).

    Parameters
    ----------
    view : networkx.MultiDiGraph
        The view from :func:`kg.analysis.graphview.to_networkx`.
    max_nodes : int
        Largest number of nodes to keep (at least 1).
    scores : dict, optional
        Score by node; by default the number of statements a node takes part in.

    Returns
    -------
    Reduction
        ``notice`` says what was kept and what left out when the graph was cut.

    """
    n, m = view.number_of_nodes(), view.number_of_edges()
    if n <= max_nodes:
        return Reduction(view, n, m)
    from ..errors import ConfigError

    if max_nodes < 1:
        raise ConfigError(f"max_nodes must be at least 1, got {max_nodes}")
    score = scores if scores is not None else {node: float(d) for node, d in view.degree}
    linked = {node for s, o in view.edges() if s != o for node in (s, o)}
    keep = sorted(view.nodes, key=lambda node: (node not in linked, -score.get(node, 0.0),
                                                str(node)))[:max_nodes]
    part = view.subgraph(keep).copy()
    basis = "PageRank" if scores is not None else "number of statements"
    if part.number_of_edges() == m:
        notice = (f"{n - part.number_of_nodes():,} of the {n - len(linked):,} actors in no "
                  f"statement are left out (a page holds at most {max_nodes:,} actors).")
    else:
        notice = (f"Showing the {part.number_of_nodes():,} most central of {n:,} actors "
                  f"(by {basis}) and {part.number_of_edges():,} of {m:,} statements; focus on "
                  f"an actor (kg render --focus) to see the rest.")
    return Reduction(part, n, m, notice)


def _igraph(view: nx.Graph, nodes: list[str]) -> tuple[Any, dict[str, int]]:
    from ..analysis.centrality import import_igraph

    ig = import_igraph()

    index = {node: i for i, node in enumerate(nodes)}
    pairs = {tuple(sorted((index[s], index[o]))) for s, o, *_ in view.edges
             if s != o and s in index and o in index}
    return ig.Graph(n=len(nodes), edges=sorted(pairs), directed=False), index


def core_layout(view: nx.Graph, core: list[str], *, seed: int = 42, spacing: float = 48.0
                ) -> dict[str, tuple[float, float]]:
    """Lay out a corpus graph so that its ``core`` (the actors shown first) reads well.

    The core is laid out on its own (Fruchterman–Reingold) and scaled so that it spans
    ``spacing`` × √(core size) pixels either way from the centre, which keeps labels legible
    when the page opens fitted to it. The other actors that take part in statements are then
    placed around the fixed core; actors in no statement go in a grid below the drawing.

    Parameters
    ----------
    view : networkx graph
        Any NetworkX graph (edges taken as undirected).
    core : list of str
        Nodes to place first (e.g. the most central by PageRank).
    seed : int
        The same graph, core and seed give the same layout.
    spacing : float
        Pixels per √node of the core's half-width.

    """
    import random

    linked = {n for s, o, *_ in view.edges if s != o for n in (s, o)}
    core = [n for n in core if n in linked] or [n for n in view.nodes if n in linked][:1]
    rest = sorted((n for n in view.nodes if n in linked and n not in set(core)), key=str)
    isolated = sorted((n for n in view.nodes if n not in linked), key=str)
    state = random.getstate()
    positions: dict[str, tuple[float, float]] = {}
    try:
        random.seed(seed)
        if core:
            g, _ = _igraph(view, core)
            # Kamada–Kawai spaces a connected core evenly (FR packs hubs' leaves into knots)
            if len(core) == 1:
                coords = [[0.0, 0.0]]
            elif len(core) <= 400 and g.is_connected():
                coords = list(g.layout_kamada_kawai(seed=g.layout_circle()))
            else:
                coords = list(g.layout_fruchterman_reingold(niter=500))
            xs, ys = [c[0] for c in coords], [c[1] for c in coords]
            cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
            extent = max(max(xs) - min(xs), max(ys) - min(ys)) / 2 or 1.0
            half = spacing * math.sqrt(len(core))
            factor = half / extent
            # a screen is wider than high: stretch the core to 3:2 so a fitted view stays large
            positions = {n: ((xs[i] - cx) * factor * 1.2, (ys[i] - cy) * factor * 0.8)
                         for i, n in enumerate(core)}
            if rest:
                nodes = core + rest
                g, index = _igraph(view, nodes)
                start = [[x / factor / 1.2, y / factor / 0.8]
                         for x, y in (positions[n] for n in core)]
                reach = extent * 1.6
                start += [[random.uniform(-reach, reach), random.uniform(-reach, reach)]
                          for _ in rest]
                big = 1e9
                lo_x = [c[0] for c in start[:len(core)]] + [-big] * len(rest)
                lo_y = [c[1] for c in start[:len(core)]] + [-big] * len(rest)
                coords = list(g.layout_fruchterman_reingold(
                    seed=start, niter=300 if len(nodes) <= 2000 else 150,
                    minx=lo_x, maxx=[c[0] for c in start[:len(core)]] + [big] * len(rest),
                    miny=lo_y, maxy=[c[1] for c in start[:len(core)]] + [big] * len(rest)))
                for n in rest:
                    x, y = coords[index[n]]
                    positions[n] = (x * factor * 1.2, y * factor * 0.8)
    finally:
        random.setstate(state)
    if isolated:
        xs = [p[0] for p in positions.values()] or [0.0]
        ys = [p[1] for p in positions.values()] or [0.0]
        width = max(max(xs) - min(xs), 900.0)
        per_row = max(1, int(width // 110))
        for i, node in enumerate(isolated):
            row, col = divmod(i, per_row)
            positions[node] = (min(xs) + col * 110.0, max(ys) + 120.0 + row * 50.0)
    return positions
