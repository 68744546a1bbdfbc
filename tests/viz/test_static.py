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
