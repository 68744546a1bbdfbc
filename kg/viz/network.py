"""Turn a NetworkX view into vis-network node and edge records (held in a pyvis ``Network``).

Records are appended to the network's lists directly: pyvis's ``add_node`` checks membership
in a Python list and is quadratic (20k nodes took 10 s instead of 0.4 s).

Each record carries vis-network's drawing options plus ``kg``-prefixed fields the page's
script reads for filters and tooltips. All text stays data: the page builds tooltips with
``textContent``, never as HTML.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .style import EDGE_STYLES, node_style, qualifier

if TYPE_CHECKING:
    import networkx as nx
    from pyvis.network import Network

#: Most source sentences a merged edge keeps for its tooltip.
MAX_SENTENCES = 8


@dataclass(frozen=True, slots=True)
class NetworkFacets:
    """What the page's filters offer: values present in the drawn graph, with counts."""

    types: tuple[tuple[str, int], ...]
    relations: tuple[tuple[str, int], ...]
    qualifiers: tuple[tuple[str, int], ...]


def _edge_groups(view: nx.MultiDiGraph) -> dict[tuple[str, str, str, str], list[dict[str, Any]]]:
    groups: dict[tuple[str, str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for s, o, data in view.edges(data=True):
        kind = qualifier(bool(data.get("negated")), str(data.get("modality", "asserted")))
        groups[(s, o, str(data.get("relation", "")), kind)].append(data)
    return groups


def build_network(
    view: nx.MultiDiGraph,
    positions: dict[str, tuple[float, float]],
    scores: dict[str, float],
) -> tuple[Network, NetworkFacets]:
    """Fill a pyvis ``Network`` with one node per actor and one edge per kind of statement.

    Statements with the same subject, relation, object and qualifier become one edge whose
    tooltip lists their sentences (up to :data:`MAX_SENTENCES`).

    Parameters
    ----------
    view : networkx.MultiDiGraph
        The (possibly reduced) view to draw.
    positions : dict
        Node → (x, y) in pixels, from :func:`kg.viz.layout.fr_layout`.
    scores : dict
        Node → centrality (PageRank); sizes grow with its square root.

    Returns
    -------
    (pyvis.network.Network, NetworkFacets)

    """
    from pyvis.network import Network

    net = Network(directed=True)
    top = max(scores.values(), default=0.0) or 1.0
    types: dict[str, int] = defaultdict(int)
    for node, data in view.nodes(data=True):
        kind = str(data.get("type", "Concept"))
        look = node_style(kind)
        types[kind] += 1
        x, y = positions.get(node, (0.0, 0.0))
        net.nodes.append({
            "id": node, "label": str(data.get("label", node)), "shape": look.shape,
            "color": {"background": look.color, "border": "#333333"},
            "size": round(8 + 30 * math.sqrt(scores.get(node, 0.0) / top), 1),
            "x": round(x, 1), "y": round(y, 1),
            "kgType": kind, "kgAliases": list(data.get("aliases", ())),
            "kgRank": round(scores.get(node, 0.0), 6),
        })
    relations: dict[str, int] = defaultdict(int)
    qualifiers: dict[str, int] = defaultdict(int)
    parallel: dict[frozenset[str], int] = defaultdict(int)
    groups = _edge_groups(view)
    smooth_all = len(groups) <= 500
    for index, ((s, o, relation, kind), items) in enumerate(sorted(groups.items())):
        style = EDGE_STYLES[kind]
        relations[relation] += len(items)
        qualifiers[kind] += len(items)
        pair = frozenset((s, o))
        nth = parallel[pair]
        parallel[pair] += 1
        confidence = max(float(d.get("confidence", 1.0)) for d in items)
        record: dict[str, Any] = {
            "id": f"e{index}", "from": s, "to": o, "label": relation, "arrows": "to",
            "color": {"color": style.color, "highlight": style.color},
            "dashes": list(style.dashes) if style.dashes else False,
            "width": round(1 + 2 * confidence, 2),
            "kgRelation": relation, "kgQualifier": kind,
            "kgConfidence": round(confidence, 3), "kgCount": len(items),
            "kgSentences": [[str(d.get("sentence", "")), str(d.get("doc", ""))]
                            for d in items[:MAX_SENTENCES]],
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
    net.options = network_options(len(net.nodes), len(net.edges))
    return net, facets


def network_options(n_nodes: int, n_edges: int) -> dict[str, Any]:
    """Return vis-network options: physics off (positions are precomputed), light at scale."""
    return {
        "physics": {"enabled": False},
        "layout": {"improvedLayout": False},
        "nodes": {"font": {"size": 18 if n_nodes <= 300 else 14, "strokeWidth": 3,
                           "strokeColor": "#ffffff"},
                  "borderWidth": 1, "scaling": {"label": {"drawThreshold": 6}}},
        "edges": {"smooth": False, "font": {"size": 10, "align": "middle",
                                            "strokeWidth": 3, "strokeColor": "#ffffff"},
                  "arrows": {"to": {"scaleFactor": 0.5}}, "selectionWidth": 2},
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": n_edges > 1000,
                        "hideEdgesOnZoom": n_edges > 3000, "navigationButtons": False,
                        "keyboard": False, "multiselect": True},
    }
