"""Node positions computed in Python (igraph Fruchterman–Reingold, seeded) and graph reduction.

Positions are computed once so the browser draws with physics off: vis-network's own physics
needs minutes to settle at 1,000 nodes, a precomputed layout draws in seconds.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

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

    import igraph as ig

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
    keep = sorted(view.nodes, key=lambda node: (-score.get(node, 0.0), str(node)))[:max_nodes]
    part = view.subgraph(keep).copy()
    basis = "PageRank" if scores is not None else "number of statements"
    notice = (f"Showing the {part.number_of_nodes():,} most central of {n:,} actors (by {basis}) "
              f"and {part.number_of_edges():,} of {m:,} statements; focus on an actor "
              f"(kg render --focus) to see the rest.")
    return Reduction(part, n, m, notice)
