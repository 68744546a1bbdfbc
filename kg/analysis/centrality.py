"""Centrality of actors: degree, PageRank and (sampled) betweenness, and a ranking of actors."""

from __future__ import annotations

import random
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import networkx as nx
    from rdflib import Graph

#: Above this many nodes betweenness is estimated from a sample of source nodes.
SAMPLE_ABOVE = 500
#: Number of sampled source nodes for the estimate.
SAMPLE_SOURCES = 64


@dataclass(frozen=True, slots=True)
class ActorRank:
    """One actor's standing in the graph."""

    id: str  # the actor's IRI
    label: str
    type: str  # an ActorType value
    degree: int  # number of distinct neighbours (either direction)
    statements: int  # number of statements the actor takes part in
    pagerank: float
    betweenness: float = 0.0


def import_igraph() -> Any:
    """Import igraph without the matplotlib it loads for its own plotting (kg never plots with it).

    ``import igraph`` imports ``matplotlib.pyplot`` when matplotlib is installed, which takes
    longer than the betweenness or layout kg wants from igraph (~1.5 s of a whole-store
    ``kg analyze``). While igraph loads, matplotlib reads as missing unless something imported
    it already; afterwards it imports as usual.
    """
    if "igraph" in sys.modules or "matplotlib" in sys.modules:
        import igraph

        return igraph
    sys.modules["matplotlib"] = None  # type: ignore[assignment]  # igraph then skips pyplot
    try:
        import igraph
    finally:
        del sys.modules["matplotlib"]
    return igraph


def pagerank(view: nx.DiGraph, *, alpha: float = 0.85) -> dict[str, float]:
    """Return PageRank by node, weighted by the number of statements on each edge.

    Direction is ignored: on directed statements PageRank piles up in sinks (the object of
    one prominent actor's statement, such as "Terrorismus", would outrank that actor), which
    says little about who matters in a news story.
    """
    return pagerank_of(list(view.nodes), ((s, o, attrs.get("weight", 1))
                                          for s, o, attrs in view.edges(data=True)), alpha=alpha)


def pagerank_of(nodes: list[str], edges: Iterable[tuple[str, str, float]], *,
                alpha: float = 0.85) -> dict[str, float]:
    """Return :func:`pagerank` of the graph with ``nodes`` and weighted directed ``edges``.

    ``nx.pagerank`` of the undirected graph whose edge weights add up both directions (the
    whole-store commands hand in their pair counts without building a directed view first).
    """
    import networkx as nx

    if not nodes:
        return {}
    undirected = nx.Graph()
    undirected.add_nodes_from(nodes)
    for s, o, w in edges:
        weight = float(w)
        if undirected.has_edge(s, o):
            undirected[s][o]["weight"] += weight
        else:
            undirected.add_edge(s, o, weight=weight)
    return dict(nx.pagerank(undirected, alpha=alpha, weight="weight"))


def betweenness(
    view: nx.DiGraph, *, sample_above: int = SAMPLE_ABOVE, k: int = SAMPLE_SOURCES, seed: int = 0
) -> dict[str, float]:
    """Return normalised betweenness centrality on the undirected graph.

    Up to ``sample_above`` nodes it is exact; above, it is estimated from ``k`` source nodes
    drawn with ``seed`` (computed with igraph, which is ~100× faster than NetworkX on this),
    scaled to the full graph.
    """
    import networkx as nx

    n = view.number_of_nodes()
    if n < 3:
        return dict.fromkeys(view.nodes, 0.0)
    undirected = view.to_undirected(as_view=True)
    if n <= sample_above:
        return dict(nx.betweenness_centrality(undirected, normalized=True))
    ig = import_igraph()
    nodes = list(view.nodes)
    index = {node: i for i, node in enumerate(nodes)}
    g = ig.Graph(n=n, edges=[(index[s], index[o]) for s, o in view.edges], directed=False)
    sources = random.Random(seed).sample(range(n), min(k, n))
    raw = g.betweenness(directed=False, sources=sources)
    scale = (n / len(sources)) * 2.0 / ((n - 1) * (n - 2))
    return {node: float(raw[i]) * scale for i, node in enumerate(nodes)}


def rank_view(
    view: nx.DiGraph, *, top: int | None = 10, with_betweenness: bool = False
) -> list[ActorRank]:
    """Rank the nodes of a collapsed view by PageRank (then degree, then label).

    Parameters
    ----------
    view : networkx.DiGraph
        A collapsed view (:func:`kg.analysis.graphview.collapse`).
    top : int or None
        How many to return; ``None`` returns all.
    with_betweenness : bool
        Also compute betweenness (sampled on large graphs).

    """
    ranks = pagerank(view)
    between = betweenness(view) if with_betweenness else {}
    rows = []
    for node, data in view.nodes(data=True):
        neighbours = set(view.successors(node)) | set(view.predecessors(node))
        neighbours.discard(node)
        count = sum(d.get("weight", 1) for *_, d in view.out_edges(node, data=True)) + sum(
            d.get("weight", 1) for *_, d in view.in_edges(node, data=True))
        rows.append(ActorRank(
            id=node, label=str(data.get("label", node)), type=str(data.get("type", "")),
            degree=len(neighbours), statements=int(count), pagerank=ranks.get(node, 0.0),
            betweenness=between.get(node, 0.0),
        ))
    rows.sort(key=lambda r: (-r.pagerank, -r.degree, r.label))
    return rows if top is None else rows[:top]


def rank_actors(graph: Graph, top: int = 10, *, concepts: bool = False) -> list[ActorRank]:
    """Return the ``top`` actors of an RDF graph by PageRank (for build summaries).

    Parameters
    ----------
    graph : rdflib.Graph
        A graph of kg's shape.
    top : int
        How many actors to return.
    concepts : bool
        Rank Concept nodes too (by default they are left out: they are no actors).

    Returns
    -------
    list of ActorRank
        Best first; negated statements do not count as ties.

    """
    from .graphview import collapse, to_networkx, without_concepts

    view = to_networkx(graph)
    return rank_view(collapse(view if concepts else without_concepts(view)), top=top)
