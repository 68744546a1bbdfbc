from __future__ import annotations

import pytest

from kg.analysis.graphview import to_networkx
from kg.analysis.synthetic import ActorSpec, StatementSpec, graph_from_specs
from kg.analysis.timeline import Period, documents, within
from kg.errors import ConfigError
from kg.types import ActorType


def _graph():  # type: ignore[no-untyped-def]
    actors = [ActorSpec(x, x.upper(), ActorType.COUNTRY) for x in "abc"]
    return graph_from_specs(actors, [
        StatementSpec("a", "lemma:de:x", "b", "S1.", doc="d1", date="2015-03-02"),
        StatementSpec("b", "lemma:de:x", "c", "S2.", doc="d2", date="2015-06-01"),
        StatementSpec("a", "lemma:de:x", "c", "S3.", doc="d3")])


def test_periods_pad_partial_dates_and_refuse_bad_ones() -> None:
    period = Period.parse("2015", "2015-03")
    assert (period.since, period.until) == ("2015-01-01", "2015-03-31")
    assert period.contains("2015-03-02") and not period.contains("2015-04-01")
    assert period.contains("2015") and not period.contains(None)
    with pytest.raises(ConfigError, match="--since"):
        Period.parse("bald", None)
    with pytest.raises(ConfigError, match="is after"):
        Period.parse("2016", "2015")


def test_within_keeps_the_statements_of_the_period() -> None:
    graph = _graph()
    assert within(graph, Period()) is graph
    cut = to_networkx(within(graph, Period.parse(None, "2015-04")))
    assert [d["sentence"] for *_, d in cut.edges(data=True)] == ["S1."]
    assert [d.date for d in documents(graph)] == ["2015-03-02", "2015-06-01", ""]


@pytest.fixture(scope="module")
def dated_dataset():  # type: ignore[no-untyped-def]
    """The sample with a1 published 2015-03-02 (one statement dated 2014 by itself), a2 undated."""
    from dataclasses import replace

    from kg.rdf.build import build_dataset

    from ..rdf import sample

    a1, a2 = sample.documents()
    return build_dataset(sample.resolution(), [replace(a1, date="2015-03-02"), a2])


def _edges(graph):  # type: ignore[no-untyped-def]
    keys = ("relation", "negated", "modality", "confidence", "sentence", "doc", "time", "date",
            "rule")
    return sorted((s, o, k, *(d[key] for key in keys))
                  for s, o, k, d in to_networkx(graph).edges(keys=True, data=True))


@pytest.mark.parametrize(("since", "until", "statements"), [
    ("2015", None, 2), (None, "2014-05", 1), ("2015-03-02", "2015-03-02", 2),
    ("2014-06", "2015-03", 3), ("2016", None, 0)])
def test_a_period_read_from_a_store_is_the_period_of_the_whole_graph(
        dated_dataset, since: str | None, until: str | None, statements: int) -> None:  # type: ignore[no-untyped-def]
    from kg.analysis.summary import summarize
    from kg.analysis.timeline import within_store
    from kg.rdf.graphstore import open_store

    period = Period.parse(since, until)
    with open_store("memory:") as store:
        store.add_dataset(dated_dataset)
        read = within_store(store, period)
        whole = store.to_graph()
    cut = within(whole, period)
    assert _edges(read) == _edges(cut) and len(_edges(read)) == statements
    assert summarize(read, concepts=True) == summarize(cut, concepts=True)
    assert [d.id for d in documents(read)] == [d.id for d in documents(cut)]
    assert len(read) < len(whole) / 2  # the period's statements, not the store
