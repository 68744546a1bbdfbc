from itertools import combinations
from pathlib import Path

import pytest

from kg.analysis.synthetic import (
    ActorSpec,
    StatementSpec,
    demo_graph,
    graph_from_specs,
    random_graph,
)
from kg.errors import ConfigError
from kg.types import ActorType
from kg.viz.static import render_static, write_static


def test_svg_has_labels_legend_and_escapes_text() -> None:
    actors = [ActorSpec("a", "A <script>x</script> & \"q\"", ActorType.PERSON),
              ActorSpec("b", "Kasachstan", ActorType.COUNTRY)]
    graph = graph_from_specs(actors, [StatementSpec("a", "leads", "b", "s", negated=True)])
    data, summary = render_static(graph, fmt="svg")
    text = data.decode()
    assert "<script>" not in text and "&lt;script&gt;" in text
    assert "Kasachstan" in text and "Person (1)" in text and "negated (1)" in text
    assert summary.nodes == 2 and summary.notice == ""


def test_png_and_suffix(tmp_path: Path) -> None:
    out = write_static(demo_graph(), tmp_path / "g.png")
    assert out.format == "png"
    assert (tmp_path / "g.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_reduced_static_says_so() -> None:
    data, summary = render_static(random_graph(200, 300), max_nodes=30, concepts=True)
    assert summary.nodes == 30 and summary.total_nodes == 200
    assert "30 most central of 200" in data.decode()


def test_unknown_format(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"'gif'.*pdf, png, svg"):
        write_static(demo_graph(), tmp_path / "g.gif")


def test_two_actors_in_a_line_draw_as_png() -> None:
    # FR puts two nodes on a horizontal line: a zero-height y range once broke text placement
    actors = [ActorSpec("a", "A", ActorType.PERSON), ActorSpec("b", "B", ActorType.COUNTRY)]
    graph = graph_from_specs(actors, [StatementSpec("a", "leads", "b", "A leads B.")])
    data, summary = render_static(graph, fmt="png")
    assert data[:4] == b"\x89PNG" and summary.nodes == 2


def test_plan_labels_every_actor_without_overlaps() -> None:
    import networkx as nx

    from kg.analysis.graphview import to_networkx
    from kg.viz.labels import overlapping, polygons_overlap
    from kg.viz.static import plan_picture

    view = to_networkx(random_graph(300, 450, seed=3))
    plan = plan_picture(view, max_nodes=45, edge_labels=40)
    assert len(plan.actors) == 45 and all(a.label for a in plan.actors)
    drawn = view.subgraph([a.node for a in plan.actors]).to_undirected(as_view=True)
    assert nx.is_connected(drawn)  # one network, not scattered dots
    boxes = [a.box for a in plan.actors]
    assert not any(overlapping(a, b) for a, b in combinations(boxes, 2))
    assert plan.edge_labels  # some lines are labelled …
    for n, (pair, spot) in enumerate(plan.edge_labels):  # … never over an actor or a label
        assert pair.label
        assert not any(polygons_overlap(spot.corners, b.corners()) for b in boxes)
        assert not any(polygons_overlap(spot.corners, other.corners)
                       for _, other in plan.edge_labels[:n])


def test_picture_draws_the_largest_connected_group_all_labelled() -> None:
    actors = [ActorSpec(c, f"Actor {c.upper()}", ActorType.PERSON) for c in "abcdefxy"]
    statements = [StatementSpec(s, "leads", o, "s") for s, o in
                  ("ab", "bc", "cd", "de", "ef", "xy")]
    data, summary = render_static(graph_from_specs(actors, statements), fmt="svg")
    text = data.decode()
    assert summary.nodes == 6 and summary.total_nodes == 8
    assert all(f"Actor {c}" in text for c in "ABCDEF") and "Actor X" not in text
    assert "largest connected group: 6 of 8 actors" in summary.notice


def test_pairs_group_statements_both_ways() -> None:
    from kg.analysis.graphview import to_networkx
    from kg.viz.static import pair_edges

    actors = [ActorSpec("a", "A", ActorType.PERSON), ActorSpec("b", "B", ActorType.COUNTRY)]
    statements = [StatementSpec("a", "leads", "b", "1"), StatementSpec("a", "leads", "b", "2"),
                  StatementSpec("b", "memberOf", "a", "3")]
    view = to_networkx(graph_from_specs(actors, statements))
    (pair,) = pair_edges(view, set(view.nodes))
    assert (pair.forward + pair.backward, min(pair.forward, pair.backward)) == (3, 1)
    assert pair.label.endswith("×2 +1")


def test_graph_without_statements_draws_its_actors() -> None:
    actors = [ActorSpec(c, f"Solo {c}", ActorType.COUNTRY) for c in "abc"]
    data, summary = render_static(graph_from_specs(actors, []), fmt="svg")
    assert summary.nodes == 3 and all(f"Solo {c}" in data.decode() for c in "abc")
