"""Communities of actors (Louvain modularity, seeded so a graph always splits the same way)."""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import networkx as nx


@dataclass(frozen=True, slots=True)
class Community:
    """A group of actors more tied to each other than to the rest."""

    index: int  # 0 = largest
    members: tuple[str, ...]  # node ids, best-connected first
    labels: tuple[str, ...]  # their labels, same order

    @property
    def size(self) -> int:
        """Number of members."""
        return len(self.members)

    @property
    def name(self) -> str:
        """A short name: the labels of its first three members."""
        return ", ".join(self.labels[:3]) + (" …" if self.size > 3 else "")


def detect_communities(
    view: nx.DiGraph, *, seed: int = 42, resolution: float = 1.0, min_size: int = 1
) -> list[Community]:
    """Split a collapsed view into Louvain communities.

    Parameters
    ----------
    view : networkx.DiGraph
        A collapsed view (:func:`kg.analysis.graphview.collapse`); edge ``weight`` is used,
        direction is ignored.
    seed : int
        Random seed: the same graph and seed give the same communities.
    resolution : float
        Above 1 favours smaller communities, below 1 larger ones.
    min_size : int
        Leave out communities with fewer members (e.g. 2 to drop isolated actors).

    Returns
    -------
    list of Community
        Largest first; members ordered by degree, then label.

    """
    if view.number_of_nodes() == 0:
        return []
    adj = undirected_weights(view)
    parts = louvain(adj, resolution=resolution, seed=seed)

    def order(node: str) -> tuple[int, str]:
        return (-(len(adj[node]) + (node in adj[node])), str(view.nodes[node].get("label", node)))
    groups = sorted((sorted(part, key=order) for part in parts if len(part) >= min_size),
                    key=lambda members: (-len(members), order(members[0])))
    return [
        Community(index=i, members=tuple(members),
                  labels=tuple(str(view.nodes[m].get("label", m)) for m in members))
        for i, members in enumerate(groups)
    ]


def membership(communities: list[Community]) -> dict[str, int]:
    """Map each node id to the index of its community."""
    return {node: c.index for c in communities for node in c.members}


def undirected_weights(view: nx.DiGraph) -> dict[str, dict[str, float]]:
    """Return the undirected adjacency (node → neighbour → weight) ``view.to_undirected()`` has.

    As NetworkX does it: nodes and neighbours in the same order, and of two opposite edges the
    later one's weight (not their sum).
    """
    adj: dict[str, dict[str, float]] = {n: {} for n in view.nodes}
    for u, nbrs in view.adj.items():
        for v, data in nbrs.items():
            w = data.get("weight", 1)
            adj[u][v] = w
            adj[v][u] = w
    return adj


def louvain(adj: dict[str, dict[str, float]], *, resolution: float = 1.0,
            threshold: float = 1e-7, seed: int = 42) -> list[set[str]]:
    """Return Louvain communities of an undirected weighted graph given as an adjacency.

    The same partition as ``networkx.community.louvain_communities(G, seed=seed)`` for the
    graph ``adj`` describes (same node orders, random draws and floating-point steps: the
    tests compare the two), about three times faster: nodes are numbered once, and no graph
    objects are built per level.
    """
    nodes = list(adj)
    index = {node: i for i, node in enumerate(nodes)}
    rng = random.Random(seed)
    # the level-0 graph as NetworkX rebuilds it: edges in G.edges() order
    level: list[dict[int, float]] = [{} for _ in nodes]
    seen: set[int] = set()
    for i, node in enumerate(nodes):
        for nbr, w in adj[node].items():
            j = index[nbr]
            if j not in seen:
                level[i][j] = w
                level[j][i] = w
        seen.add(i)
    degrees = [_degree(level, i) for i in range(len(level))]
    m = sum(degrees) / 2
    partition: list[set[int]] = [{i} for i in range(len(nodes))]
    if m == 0:
        return [{nodes[i] for i in part} for part in partition]
    mod = _modularity(level, [{i} for i in range(len(level))], resolution)
    members: list[set[int]] = [{i} for i in range(len(nodes))]  # original nodes per level node
    partition, inner, improvement = _one_level(level, members, m, resolution, rng)
    improvement = True
    final = partition
    while improvement:
        final = [set(p) for p in partition]
        new_mod = _modularity(level, inner, resolution)
        if new_mod - mod <= threshold:
            break
        mod = new_mod
        level, members = _next_level(level, members, inner)
        partition, inner, improvement = _one_level(level, members, m, resolution, rng)
    return [{nodes[i] for i in part} for part in final]


def _degree(level: list[dict[int, float]], i: int) -> float:
    nbrs = level[i]
    return sum(nbrs.values()) + nbrs.get(i, 0)


def _modularity(level: list[dict[int, float]], communities: list[set[int]],
                resolution: float) -> float:
    degree = [_degree(level, i) for i in range(len(level))]
    deg_sum = sum(degree)
    m = deg_sum / 2
    norm = 1 / deg_sum**2

    def contribution(community: set[int]) -> float:
        inside = 0.0
        done: set[int] = set()
        for u in community:
            for v, w in level[u].items():
                if v in community and v not in done:
                    inside += w
            done.add(u)
        total = sum(degree[u] for u in community)
        return inside / m - resolution * total * total * norm

    return sum(map(contribution, communities))


def _one_level(level: list[dict[int, float]], members: list[set[int]], m: float,
               resolution: float, rng: random.Random
               ) -> tuple[list[set[int]], list[set[int]], bool]:
    n = len(level)
    node2com = list(range(n))
    inner: list[set[int]] = [{u} for u in range(n)]
    partition: list[set[int]] = [set(part) for part in members]
    degrees = [_degree(level, u) for u in range(n)]
    stot = list(degrees)
    nbrs = [{v: w for v, w in level[u].items() if v != u} for u in range(n)]
    order = list(range(n))
    rng.shuffle(order)
    two_m2 = 2 * m**2  # NetworkX computes it per step; the value (and every gain) is the same
    moves = 1
    improvement = False
    while moves > 0:
        moves = 0
        for u in order:
            best_mod = 0.0
            best_com = node2com[u]
            weights2com: defaultdict[int, float] = defaultdict(float)
            for nbr, wt in nbrs[u].items():
                weights2com[node2com[nbr]] += wt
            degree = degrees[u]
            stot[best_com] -= degree
            remove_cost = -weights2com[best_com] / m + resolution * (
                stot[best_com] * degree) / two_m2
            for nbr_com, wt in weights2com.items():
                gain = remove_cost + wt / m - resolution * (
                    stot[nbr_com] * degree) / two_m2
                if gain > best_mod:
                    best_mod = gain
                    best_com = nbr_com
            stot[best_com] += degree
            if best_com != node2com[u]:
                com = members[u]
                partition[node2com[u]].difference_update(com)
                inner[node2com[u]].remove(u)
                partition[best_com].update(com)
                inner[best_com].add(u)
                improvement = True
                moves += 1
                node2com[u] = best_com
    return ([p for p in partition if p], [p for p in inner if p], improvement)


def _next_level(level: list[dict[int, float]], members: list[set[int]],
                inner: list[set[int]]) -> tuple[list[dict[int, float]], list[set[int]]]:
    node2com: dict[int, int] = {}
    grouped: list[set[int]] = []
    for i, part in enumerate(inner):
        nodes: set[int] = set()
        for node in part:
            node2com[node] = i
            nodes.update(members[node])
        grouped.append(nodes)
    out: list[dict[int, float]] = [{} for _ in inner]
    seen: set[int] = set()
    for u in range(len(level)):
        for v, w in level[u].items():
            if v in seen:
                continue
            a, b = node2com[u], node2com[v]
            total = w + out[a].get(b, 0)
            out[a][b] = total
            out[b][a] = total
        seen.add(u)
    return out, grouped
