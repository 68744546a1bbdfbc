"""Communities of actors (Louvain modularity, seeded so a graph always splits the same way)."""

from __future__ import annotations

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
    import networkx as nx

    if view.number_of_nodes() == 0:
        return []
    undirected = view.to_undirected()
    parts = nx.community.louvain_communities(
        undirected, weight="weight", resolution=resolution, seed=seed)

    def order(node: str) -> tuple[int, str]:
        return (-int(undirected.degree(node)), str(view.nodes[node].get("label", node)))

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
