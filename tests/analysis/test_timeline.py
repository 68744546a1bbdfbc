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
