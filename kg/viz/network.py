"""Turn a NetworkX view into vis-network node and edge records (held in a pyvis ``Network``).

Records are appended to the network's lists directly: pyvis's ``add_node`` checks membership
in a Python list and is quadratic (20k nodes took 10 s instead of 0.4 s).

Each record carries vis-network's drawing options plus ``kg``-prefixed fields the page's
script reads for filters, tooltips and the corpus controls (rank, community, statements with
their documents and dates). All text stays data: the page builds tooltips with
``textContent``, never as HTML.

Two edge modes:

* ``relation`` (small graphs): one edge per subject, relation, object and qualifier, labelled
  with the relation, as an article's graph reads best;
* ``pair`` (corpora): one edge per pair of actors, whatever the direction, labelled with the
  relation or the number of statements, so that a pair's many statements are one line whose
  click lists them all (a timeline when they are dated).
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .style import EDGE_STYLES, node_style, qualifier

if TYPE_CHECKING:
    import networkx as nx
    from pyvis.network import Network

#: Most source sentences an edge keeps (every statement keeps its relation, document and date).
MAX_SENTENCES = 60
#: Above this many actors a page draws one edge per pair of actors (``pair`` mode).
PAIR_MODE_ABOVE = 150
#: Community colours (Tableau 10, then lighter tones); further communities are grey.
COMMUNITY_COLORS = ("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948",
                    "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac", "#a0cbe8", "#ffbe7d",
                    "#8cd17d", "#f1ce63", "#86bcb6", "#d4a6c8")
OTHER_COMMUNITY = "#cfcfcf"


@dataclass(frozen=True, slots=True)
class NetworkFacets:
    """What the page's filters offer: values present in the drawn graph, with counts."""

    types: tuple[tuple[str, int], ...]
    relations: tuple[tuple[str, int], ...]
    qualifiers: tuple[tuple[str, int], ...]


@dataclass(frozen=True, slots=True)
class Corpus:
    """What the corpus controls need besides nodes and edges."""

    docs: tuple[dict[str, Any], ...]  # id, title, date, url, outlet, statements
    communities: tuple[dict[str, Any], ...]  # index, name, size, color
    dates: tuple[str, ...]  # distinct statement dates, sorted
    mode: str  # "relation" or "pair"


def _group_key(mode: str, s: str, o: str, data: dict[str, Any]) -> tuple[str, ...]:
    if mode == "pair":
        return (s, o) if s <= o else (o, s)
    kind = qualifier(bool(data.get("negated")), str(data.get("modality", "asserted")))
    return (s, o, str(data.get("relation", "")), kind)


def build_network(
    view: nx.MultiDiGraph,
    positions: dict[str, tuple[float, float]],
    scores: dict[str, float],
    *,
    communities: dict[str, int] | None = None,
    community_names: dict[int, str] | None = None,
    doc_index: dict[str, int] | None = None,
    mode: str | None = None,
) -> tuple[Network, NetworkFacets, Corpus]:
    """Fill a pyvis ``Network`` with one node per actor and one edge per group of statements.

    Parameters
    ----------
    view : networkx.MultiDiGraph
        The (possibly reduced) view to draw.
    positions : dict
        Node → (x, y) in pixels, from :func:`kg.viz.layout.fr_layout`.
    scores : dict
        Node → centrality (PageRank); sizes grow with its square root, ``kgOrder`` ranks by it.
    communities : dict, optional
        Node → community index (0 = largest).
    community_names : dict, optional
        Community index → a short name.
    doc_index : dict, optional
        Document id → its index in the page's document list.
    mode : {"relation", "pair"}, optional
        How statements are grouped into edges; by default ``pair`` above
        :data:`PAIR_MODE_ABOVE` actors.

    Returns
    -------
    (pyvis.network.Network, NetworkFacets, Corpus)

    """
    from pyvis.network import Network

    mode = mode or ("pair" if view.number_of_nodes() > PAIR_MODE_ABOVE else "relation")
    communities = communities or {}
    docs = doc_index if doc_index is not None else {}
    net = Network(directed=True)
    top = max(scores.values(), default=0.0) or 1.0
    linked = {n for s, o in view.edges() if s != o for n in (s, o)}
    order = {node: i for i, node in enumerate(growth_order(view, scores))}
    types: dict[str, int] = defaultdict(int)
    for node, data in view.nodes(data=True):
        kind = str(data.get("type", "Concept"))
        look = node_style(kind)
        types[kind] += 1
        x, y = positions.get(node, (0.0, 0.0))
        group = communities.get(node, -1)
        net.nodes.append({
            "id": node, "label": str(data.get("label", node)), "shape": look.shape,
            "color": {"background": look.color, "border": "#333333"},
            "size": round(6 + 18 * math.sqrt(scores.get(node, 0.0) / top), 1),
            "x": round(x, 1), "y": round(y, 1),
            "kgType": kind, "kgAliases": list(data.get("aliases", ())),
            "kgRank": round(scores.get(node, 0.0), 6), "kgOrder": order[node],
            "kgLinked": node in linked,
            "kgCommunity": group,
            "kgCommunityColor": (COMMUNITY_COLORS[group] if 0 <= group < len(COMMUNITY_COLORS)
                                 else OTHER_COMMUNITY),
        })
    relations: Counter[str] = Counter()
    qualifiers: Counter[str] = Counter()
    doc_counts: Counter[int] = Counter()
    dates: set[str] = set()
    groups: dict[tuple[str, ...], list[tuple[str, str, dict[str, Any]]]] = defaultdict(list)
    for s, o, data in view.edges(data=True):
        groups[_group_key(mode, s, o, data)].append((s, o, data))
    parallel: dict[frozenset[str], int] = defaultdict(int)
    smooth_all = len(groups) <= 500
    for index, (key, items) in enumerate(sorted(groups.items())):
        s, o = key[0], key[1]
        items.sort(key=lambda item: (item[2].get("date") or "9999", str(item[2].get("doc"))))
        kinds: Counter[str] = Counter()
        rels: Counter[str] = Counter()
        statements: list[list[Any]] = []
        for n, (a, _b, data) in enumerate(items):
            kind = qualifier(bool(data.get("negated")), str(data.get("modality", "asserted")))
            relation = str(data.get("relation", ""))
            kinds[kind] += 1
            rels[relation] += 1
            doc = docs.get(str(data.get("doc", "")), -1)
            doc_counts[doc] += 1
            date = str(data.get("date") or "")
            if date:
                dates.add(date)
            statements.append([
                relation, kind, round(float(data.get("confidence", 1.0)), 3), doc, date,
                str(data.get("sentence", "")) if n < MAX_SENTENCES else "",
                1 if a == s else 0, str(data.get("doc", ""))])
        relations.update(rels)
        qualifiers.update(kinds)
        main_kind = kinds.most_common(1)[0][0] if len(kinds) == 1 else (
            "asserted" if "asserted" in kinds else kinds.most_common(1)[0][0])
        style = EDGE_STYLES[main_kind]
        pair = frozenset((s, o))
        nth = parallel[pair]
        parallel[pair] += 1
        confidence = max(float(st[2]) for st in statements)
        if mode == "relation":
            label = key[2]
        elif len(rels) == 1:
            label = next(iter(rels)) + (f" ×{len(items)}" if len(items) > 1 else "")
        else:
            label = f"{len(items)} statements"
        record: dict[str, Any] = {
            "id": f"e{index}", "from": s, "to": o, "label": label,
            "arrows": "to" if mode == "relation" or all(st[6] for st in statements) else "",
            "color": {"color": style.color, "highlight": style.color},
            "dashes": list(style.dashes) if style.dashes and len(kinds) == 1 else False,
            "width": round(min(8.0, 1 + 2 * confidence + math.log2(len(items))), 2),
            "kgRelation": key[2] if mode == "relation" else rels.most_common(1)[0][0],
            "kgQualifier": main_kind, "kgConfidence": confidence, "kgCount": len(items),
            "kgKinds": dict(kinds), "kgStatements": statements,
        }
        if nth or smooth_all:
            record["smooth"] = {"enabled": True, "type": "curvedCW",
                                "roundness": round(0.1 + 0.15 * nth, 2)}
        net.edges.append(record)
    facets = NetworkFacets(
        types=tuple(sorted(types.items())),
        relations=tuple(sorted(relations.items(), key=lambda kv: (-kv[1], kv[0]))),
        qualifiers=tuple((q, qualifiers[q]) for q in EDGE_STYLES if q in qualifiers),
    )
    sizes = Counter(communities.values())
    names = community_names or {}
    corpus = Corpus(
        docs=(),
        communities=tuple(
            {"index": c, "name": names.get(c, f"community {c + 1}"), "size": n,
             "color": COMMUNITY_COLORS[c] if c < len(COMMUNITY_COLORS) else OTHER_COMMUNITY}
            for c, n in sorted(sizes.items()) if c >= 0 and n > 1),
        dates=tuple(sorted(dates)), mode=mode)
    net.options = network_options(len(net.nodes), len(net.edges))
    return net, facets, corpus


#: Labels are drawn once they would be at least 11 px on screen (vis-network skips a label when
#: font size × zoom < drawThreshold − 1); every key is given, as vis-network reads none from
#: its defaults for edges.
_LABELS = {"enabled": False, "min": 14, "max": 30, "maxVisible": 30, "drawThreshold": 12}


def growth_order(view: nx.MultiDiGraph, scores: dict[str, float]) -> list[str]:
    """Order actors for "the N most central": connected groups, largest first, grown by PageRank.

    Within a connected group the most central actor comes first, then always the most central
    actor linked to one already taken, so every prefix of the order is connected and the first
    N actors draw as one network rather than scattered dots. Actors in no statement come last.
    """
    import heapq

    import networkx as nx

    linked = view.subgraph({n for s, o in view.edges() if s != o for n in (s, o)})
    undirected = nx.Graph(linked.to_undirected(as_view=True))
    groups = sorted(nx.connected_components(undirected), key=lambda g: (
        -len(g), -max(scores.get(n, 0.0) for n in g), min(map(str, g))))
    order: list[str] = []
    for group in groups:
        start = max(group, key=lambda n: (scores.get(n, 0.0), str(n)))
        seen = {start}
        frontier = [(-scores.get(start, 0.0), str(start), start)]
        while frontier:
            _, _, node = heapq.heappop(frontier)
            order.append(node)
            for other in undirected.neighbors(node):
                if other not in seen:
                    seen.add(other)
                    heapq.heappush(frontier, (-scores.get(other, 0.0), str(other), other))
    taken = set(order)
    order += sorted((n for n in view.nodes if n not in taken),
                    key=lambda n: (-scores.get(n, 0.0), str(n)))
    return order


def network_options(n_nodes: int, n_edges: int) -> dict[str, Any]:
    """Return vis-network options: physics off (positions are precomputed), light at scale.

    Labels: the page gives the most central actors a large font and the rest a small one,
    drawn only when zoomed in (``drawThreshold``) or hovered; edge labels likewise appear only
    once they would be at least 9 px on screen.
    """
    return {
        "physics": {"enabled": False},
        "layout": {"improvedLayout": False},
        "nodes": {"font": {"size": 12, "strokeWidth": 4, "strokeColor": "#ffffff"},
                  "borderWidth": 1, "scaling": {"label": dict(_LABELS)}},
        "edges": {"smooth": False, "font": {"size": 12, "align": "middle",
                                            "strokeWidth": 3, "strokeColor": "#ffffff"},
                  "scaling": {"label": dict(_LABELS)},
                  "arrows": {"to": {"scaleFactor": 0.5}}, "selectionWidth": 2},
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": n_edges > 1000,
                        "hideEdgesOnZoom": n_edges > 3000, "navigationButtons": False,
                        "keyboard": False, "multiselect": True},
    }
