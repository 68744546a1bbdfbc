import itertools

import networkx as nx

from kg.analysis.communities import detect_communities, membership
from kg.analysis.graphview import collapse, to_networkx
from kg.analysis.synthetic import demo_graph


def _two_cliques() -> nx.DiGraph:
    g = nx.DiGraph()
    for base in (0, 10):
        for i in range(base, base + 4):
            for j in range(base, base + 4):
                if i < j:
                    g.add_edge(f"n{i}", f"n{j}", weight=1)
    g.add_edge("n0", "n10", weight=1)
    for n in g:
        g.nodes[n]["label"] = n
    return g


def test_two_cliques_split_in_two() -> None:
    parts = detect_communities(_two_cliques())
    assert sorted(c.size for c in parts) == [4, 4]
    member = membership(parts)
    assert member["n1"] == member["n3"] != member["n11"]


def test_seeded_and_ordered() -> None:
    view = collapse(to_networkx(demo_graph()))
    first = detect_communities(view, seed=7)
    assert first == detect_communities(view, seed=7)
    assert [c.index for c in first] == list(range(len(first)))
    assert all(a.size >= b.size for a, b in itertools.pairwise(first))
    assert sum(c.size for c in first) == 12
    assert detect_communities(view, min_size=2)[-1].size >= 2
    assert detect_communities(nx.DiGraph()) == []
    assert first[0].name.count(",") <= 2
