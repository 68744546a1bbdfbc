"""One call that analyses a whole graph: counts, top actors, communities, notable claims.

``kg analyze`` prints it, ``kg report`` renders it; both read the same
:class:`GraphSummary`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from .centrality import ActorRank, rank_view
from .communities import Community, detect_communities
from .graphview import qualifier
from .paths import ActorPath, shortest_paths

if TYPE_CHECKING:
    import networkx as nx
    from rdflib import Graph


@dataclass(frozen=True, slots=True)
class Claim:
    """A statement worth flagging (negated or not asserted), with its source."""

    subject: str
    relation: str
    object: str
    qualifier: str  # "negated" or a modality
    sentence: str
    doc: str
    confidence: float


@dataclass(frozen=True, slots=True)
class GraphSummary:
    """Figures of a graph, as ``kg analyze`` and ``kg report`` show them."""

    actors: int
    statements: int
    documents: int
    relations: tuple[tuple[str, int], ...]  # label, count; most frequent first
    types: tuple[tuple[str, int], ...]  # actor type, count
    qualifiers: tuple[tuple[str, int], ...]  # asserted/negated/modalities, count
    top: tuple[ActorRank, ...]
    communities: tuple[Community, ...]
    claims: tuple[Claim, ...]  # negated and non-asserted statements
    paths: tuple[ActorPath, ...] = ()
    path_ends: tuple[str, str] | None = None  # the two actors asked for (their labels)
    path_walk: str = "asserted"  # which statements paths walk: "asserted" or "non-negated"
    flagged: int = 0  # flagged claims in all; ``claims`` may list only the first (a store's)

    def to_json(self) -> dict[str, Any]:
        """Return plain JSON-able values (lists and dicts)."""
        data = asdict(self)
        data["communities"] = [
            {"index": c.index, "size": c.size, "members": list(c.labels)}
            for c in self.communities]
        data["relations"] = dict(self.relations)
        data["types"] = dict(self.types)
        data["qualifiers"] = dict(self.qualifiers)
        return data


def _claims(view: nx.MultiDiGraph) -> list[Claim]:
    found = []
    for s, o, data in view.edges(data=True):
        kind = qualifier(bool(data.get("negated")), str(data.get("modality", "asserted")))
        if kind == "asserted":
            continue
        found.append(Claim(
            subject=str(view.nodes[s].get("label", s)), relation=str(data.get("relation", "")),
            object=str(view.nodes[o].get("label", o)), qualifier=kind,
            sentence=str(data.get("sentence", "")), doc=str(data.get("doc", "")),
            confidence=float(data.get("confidence", 1.0))))
    return found


def sort_claims(claims: Iterable[Claim]) -> list[Claim]:
    """Return claims in report order: negated first, then by modality, document, sentence."""
    return sorted(claims, key=lambda c: (c.qualifier != "negated", c.qualifier, c.doc,
                                         c.sentence))


def summarize(graph: Graph, *, top: int = 10, path: tuple[str, str] | None = None,
              with_betweenness: bool = True, seed: int = 42,
              modal: bool = False, concepts: bool = False) -> GraphSummary:
    """Analyse a graph of kg's shape.

    Parameters
    ----------
    graph : rdflib.Graph
        The graph.
    top : int
        How many actors to rank.
    path : (str, str), optional
        Two actor names to find the shortest paths between (over asserted statements).
    modal : bool
        Let paths also walk statements that are not asserted (hypothetical, possible …).
    with_betweenness : bool
        Compute betweenness (sampled above 500 actors).
    seed : int
        Seed of the community detection.
    concepts : bool
        Rank Concept nodes too (by default the ranking, the actor count and the communities
        leave them out; the counts of statements and types and the paths cover everything).

    Returns
    -------
    GraphSummary

    """
    from .graphview import collapse, to_networkx, without_concepts

    whole = to_networkx(graph)
    view = whole if concepts else without_concepts(whole)
    relations = Counter(str(d.get("relation", "")) for *_, d in whole.edges(data=True))
    qualifiers = Counter(qualifier(bool(d.get("negated")), str(d.get("modality", "asserted")))
                         for *_, d in whole.edges(data=True))
    types = Counter(str(d.get("type", "")) for _, d in whole.nodes(data=True))
    docs = {str(d.get("doc", "")) for *_, d in whole.edges(data=True)} - {""}
    return assemble(
        collapse(view), statements=whole.number_of_edges(), documents=len(docs),
        relations=relations, types=types, qualifiers=qualifiers, claims=_claims(view),
        top=top, with_betweenness=with_betweenness, seed=seed,
        paths=shortest_paths(whole, *path, include_modal=modal) if path else (),
        path_ends=path_ends(whole, path) if path else None, modal=modal)


def assemble(collapsed: nx.DiGraph, *, statements: int, documents: int,
             relations: Counter[str], types: Counter[str], qualifiers: Counter[str],
             claims: Iterable[Claim], top: int = 10, with_betweenness: bool = True,
             seed: int = 42, paths: Iterable[ActorPath] = (),
             path_ends: tuple[str, str] | None = None, modal: bool = False,
             flagged: int | None = None) -> GraphSummary:
    """Rank, group and sort the figures of a graph (read from a file or a store) into a summary.

    ``collapsed`` is the weighted actor graph (:func:`kg.analysis.graphview.collapse`); its
    nodes are all actors. ``path_ends`` are the labels of the actors paths were asked between;
    ``modal`` says paths walked non-asserted statements too. ``flagged`` is the number of
    flagged claims when ``claims`` are only the first of them (default: all are given).
    """
    def by_count(counts: Counter[str]) -> tuple[tuple[str, int], ...]:
        return tuple(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))

    listed = tuple(sort_claims(claims))

    return GraphSummary(
        actors=collapsed.number_of_nodes(), statements=statements, documents=documents,
        relations=by_count(relations), types=by_count(types), qualifiers=by_count(qualifiers),
        top=tuple(rank_view(collapsed, top=top, with_betweenness=with_betweenness)),
        communities=tuple(detect_communities(collapsed, seed=seed, min_size=2)),
        claims=listed,
        paths=tuple(paths),
        path_ends=path_ends,
        path_walk="non-negated" if modal else "asserted",
        flagged=len(listed) if flagged is None else max(flagged, len(listed)),
    )


def path_ends(view: nx.MultiDiGraph, path: tuple[str, str]) -> tuple[str, str]:
    """Return the labels of the two actors a path was asked between."""
    from .paths import find_actor

    nodes = [find_actor(view, name) for name in path]
    return (str(view.nodes[nodes[0]].get("label", nodes[0])),
            str(view.nodes[nodes[1]].get("label", nodes[1])))
