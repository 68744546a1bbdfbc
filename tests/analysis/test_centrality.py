import networkx as nx
import pytest

from kg.analysis.centrality import betweenness, rank_actors, rank_view
from kg.analysis.graphview import collapse, to_networkx, without_concepts
from kg.analysis.synthetic import demo_graph, random_graph


def test_rank_actors_puts_hubs_first() -> None:
    ranks = rank_actors(demo_graph(), top=3)
    assert len(ranks) == 3
    assert ranks[0].pagerank >= ranks[1].pagerank >= ranks[2].pagerank
    labels = [r.label for r in rank_actors(demo_graph(), top=12, concepts=True)]
    assert labels.index("OVKS") < labels.index("Terrorismus")
    ovks = next(r for r in rank_actors(demo_graph(), top=12, concepts=True) if r.label == "OVKS")
    assert ovks.type == "Organization" and ovks.degree == 4 and ovks.statements == 4


def test_rank_actors_leaves_concepts_out_by_default() -> None:
    ranked = rank_actors(demo_graph(), top=12)
    assert "Terrorismus" not in [r.label for r in ranked]
    assert all(r.type != "Concept" for r in ranked)
    assert "OVKS" in [r.label for r in ranked]
    view = to_networkx(demo_graph())
    assert "Concept" not in {d.get("type") for _, d in without_concepts(view).nodes(data=True)}
    assert without_concepts(view).number_of_edges() < view.number_of_edges()


def test_rank_view_all_and_empty() -> None:
    assert rank_view(nx.DiGraph(), top=None) == []
    ranks = rank_view(collapse(to_networkx(demo_graph())), top=None, with_betweenness=True)
    assert len(ranks) == 12
    assert sum(r.pagerank for r in ranks) == pytest.approx(1.0)
    assert max(ranks, key=lambda r: r.betweenness).label in {"Russland", "OVKS"}


def test_sampled_betweenness_tracks_exact() -> None:
    view = collapse(to_networkx(random_graph(300, 600, seed=1)))
    exact = betweenness(view, sample_above=1000)
    sampled = betweenness(view, sample_above=10, k=150, seed=0)
    top_exact = sorted(exact, key=exact.__getitem__)[-5:]
    top_sampled = sorted(sampled, key=sampled.__getitem__)[-10:]
    assert len(set(top_exact) & set(top_sampled)) >= 4
    hub = top_exact[-1]
    assert sampled[hub] == pytest.approx(exact[hub], rel=0.35)


def test_pagerank_is_networkx_pagerank_of_the_undirected_graph() -> None:
    import random

    import networkx as nx
    import pytest

    from kg.analysis.centrality import pagerank

    rnd = random.Random(3)
    g = nx.gnm_random_graph(200, 600, seed=3, directed=True)
    view = nx.DiGraph()
    view.add_nodes_from(f"n{i}" for i in range(205))  # some without edges (dangling)
    view.add_edges_from((f"n{u}", f"n{v}", {"weight": rnd.randint(1, 4)}) for u, v in g.edges)
    view.add_edge("n7", "n7", weight=3)
    undirected = nx.Graph()
    undirected.add_nodes_from(view.nodes)
    for s, o, d in view.edges(data=True):
        if undirected.has_edge(s, o):
            undirected[s][o]["weight"] += d["weight"]
        else:
            undirected.add_edge(s, o, weight=d["weight"])
    expected = nx.pagerank(undirected, alpha=0.85, weight="weight")
    got = pagerank(view)
    assert list(got) == list(expected)
    assert got == pytest.approx(expected, rel=1e-12, abs=1e-15)
