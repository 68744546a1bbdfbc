"""Whole-store analysis by aggregate queries gives the figures the rdflib path gives."""

from __future__ import annotations

from kg.analysis.storeview import drawable_graph, summarize_store
from kg.analysis.summary import summarize
from kg.rdf.build import build_dataset, union_graph
from kg.rdf.graphstore import open_store
from kg.types import Resolution

from ..rdf import sample


def test_store_summary_equals_graph_summary(dataset) -> None:
    expected = summarize(union_graph(dataset), top=10, path=("Russland", "Belarus"))
    with open_store("memory:") as store:
        store.add_dataset(dataset)
        got = summarize_store(store, top=10, path=("Russland", "Belarus"))
    assert got == expected
    assert got.claims and got.paths and got.communities


def test_store_summary_over_a_sparql_server(sparql_url: str, dataset) -> None:
    expected = summarize(union_graph(dataset), top=5)
    with open_store(sparql_url) as store:
        store.add_dataset(dataset)
        got = summarize_store(store, top=5)
    assert got == expected


def test_drawable_part_keeps_the_most_central_actors(dataset) -> None:
    from kg.analysis.centrality import pagerank
    from kg.analysis.graphview import collapse, to_networkx

    view = to_networkx(union_graph(dataset))
    scores = pagerank(collapse(view, include_negated=True))
    best = sorted(view.nodes, key=lambda n: (-scores[n], n))[:3]
    with open_store("memory:") as store:
        store.add_dataset(dataset)
        whole = drawable_graph(store, max_nodes=100)
        part = drawable_graph(store, max_nodes=3)
        tight = drawable_graph(store, max_nodes=100, max_statements=1)
    assert whole.notice == "" and len(to_networkx(whole.graph).edges) == view.number_of_edges()
    drawn = to_networkx(part.graph)
    assert set(best) <= set(drawn.nodes) and len(drawn.nodes) == 3
    assert "3 most central of" in part.notice
    assert len(to_networkx(tight.graph).edges) <= 1 and tight.notice


def test_empty_store_has_empty_summary() -> None:
    with open_store("memory:") as store:
        store.add_dataset(build_dataset(Resolution((), (), ()), sample.documents()[:1]))
        got = summarize_store(store)
    assert got.actors == 0 and got.statements == 0 and got.top == ()


def test_counts_kept_and_counted_give_the_same_summary(dataset) -> None:
    from kg.rdf.summary import HAS_TALLY

    with open_store("memory:") as store:
        store.add_dataset(dataset)
        assert store.select(HAS_TALLY).boolean
        kept = summarize_store(store, top=10)
        store.update("DELETE WHERE { GRAPH ?g { ?n kg:statementCount ?c } }")
        assert not store.select(HAS_TALLY).boolean
        assert summarize_store(store, top=10) == kept


def test_store_summary_lists_the_first_claims_and_counts_them_all(dataset) -> None:
    expected = summarize(union_graph(dataset), top=5)
    with open_store("memory:") as store:
        store.add_dataset(dataset)
        got = summarize_store(store, top=5, max_claims=1)
    assert len(expected.claims) == expected.flagged > 1
    assert got.claims == expected.claims[:1] and got.flagged == expected.flagged
