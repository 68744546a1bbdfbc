"""Paths between actors and the neighbourhood (ego network) of an actor."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import islice, pairwise
from typing import TYPE_CHECKING

from ..errors import ConfigError
from ..rdf.iris import local_name

if TYPE_CHECKING:
    import networkx as nx


@dataclass(frozen=True, slots=True)
class PathStep:
    """One statement along a path; ``forward`` is False when walked against its direction."""

    source: str
    relation: str
    target: str
    statement: str
    forward: bool = True
    source_label: str = ""
    target_label: str = ""


@dataclass(frozen=True, slots=True)
class ActorPath:
    """A shortest path between two actors, as node ids and the statements that link them."""

    nodes: tuple[str, ...]
    steps: tuple[PathStep, ...]

    @property
    def length(self) -> int:
        """Number of steps."""
        return len(self.steps)


def find_actor(view: nx.MultiDiGraph, name: str) -> str:
    """Return the node id an actor name refers to (label, alias, IRI, id or a unique word).

    Raises
    ------
    ConfigError
        No actor, or several, match; the message lists close matches.

    """
    from .lookup import match_actor

    if name in view:
        return name
    names = {
        str(node): (str(data.get("label", "")), *data.get("aliases", ()), local_name(node))
        for node, data in view.nodes(data=True)
    }
    return match_actor(name, names)


def _step(view: nx.MultiDiGraph, a: str, b: str) -> PathStep:
    for u, v, forward in ((a, b, True), (b, a, False)):
        data = view.get_edge_data(u, v)
        if data:
            key = sorted(data)[0]
            return PathStep(source=u, relation=str(data[key].get("relation", "")), target=v,
                            statement=str(key), forward=forward,
                            source_label=str(view.nodes[u].get("label", u)),
                            target_label=str(view.nodes[v].get("label", v)))
    raise ConfigError(f"no statement links {a} and {b}")


def shortest_paths(
    view: nx.MultiDiGraph, source: str, target: str, *, limit: int = 5, directed: bool = False,
    include_negated: bool = False, include_modal: bool = False,
) -> list[ActorPath]:
    """Return up to ``limit`` shortest paths between two actors.

    Parameters
    ----------
    view : networkx.MultiDiGraph
        The view from :func:`kg.analysis.graphview.to_networkx`.
    source, target : str
        Actor names (see :func:`find_actor`).
    limit : int
        Most paths to return (all have the same, shortest length).
    directed : bool
        Follow statements only from subject to object.
    include_negated : bool
        Also walk negated statements (by default "A did not attack B" links nothing).
    include_modal : bool
        Also walk statements that are not asserted (hypothetical, intended, reported, pretext,
        possible). By default only asserted statements link actors, as in the ``paths`` query.

    Returns
    -------
    list of ActorPath
        Empty when the actors are not connected.

    """
    import networkx as nx

    a, b = find_actor(view, source), find_actor(view, target)
    full = view

    def walked(u: str, v: str, k: str) -> bool:
        data = full.edges[u, v, k]
        return (include_negated or not data.get("negated")) and (
            include_modal or data.get("modality", "asserted") == "asserted")

    walk = view if include_negated and include_modal else nx.subgraph_view(
        full, filter_edge=walked)
    graph = walk if directed else walk.to_undirected(as_view=True)
    try:
        found = list(islice(nx.all_shortest_paths(graph, a, b), limit))
    except nx.NetworkXNoPath:
        return []
    return [
        ActorPath(nodes=tuple(nodes),
                  steps=tuple(_step(walk, x, y) for x, y in pairwise(nodes)))
        for nodes in found
    ]


def ego_network(view: nx.MultiDiGraph, actor: str, depth: int = 1) -> nx.MultiDiGraph:
    """Return the actors within ``depth`` statements of ``actor`` (either direction).

    Raises
    ------
    ConfigError
        ``depth`` is negative or the actor is unknown.

    """
    import networkx as nx

    if depth < 0:
        raise ConfigError(f"depth must be 0 or more, got {depth}")
    node = find_actor(view, actor)
    result: nx.MultiDiGraph = nx.ego_graph(view, node, radius=depth, undirected=True).copy()
    return result
