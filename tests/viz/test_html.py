import html
import json
import re
from pathlib import Path

import pytest

from kg.analysis.synthetic import (
    ActorSpec,
    StatementSpec,
    demo_graph,
    graph_from_specs,
    random_graph,
)
from kg.errors import OutputError
from kg.types import ActorType
from kg.viz.html import GraphView, render_page, write_html
from kg.viz.page import json_island, script_hash

HOSTILE = "<script>alert(1)</script> <img src=x onerror=alert(1)> \"quoted\" 'single' </script>"


def hostile_graph():  # type: ignore[no-untyped-def]
    actors = [ActorSpec("a", "<b>Bad</b> \"actor\"", ActorType.PERSON, ("<svg onload=alert(1)>",)),
              ActorSpec("b", "Other", ActorType.COUNTRY)]
    return graph_from_specs(actors, [StatementSpec("a", "lemma:de:<x>", "b", HOSTILE,
                                                   doc="<iframe src=javascript:alert(1)>")])


def _data(page: str) -> dict:  # type: ignore[type-arg]
    match = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S)
    assert match
    return json.loads(match.group(1))  # type: ignore[no-any-return]


def test_page_is_self_contained() -> None:
    page, summary = render_page(demo_graph(), title="Demo", concepts=True)
    assert summary.nodes == 12 and summary.statements == 12 and not summary.reduced
    assert "vis.Network" in page and "<title>Demo</title>" in page
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)
    data = _data(page)
    assert {n["kgType"] for n in data["nodes"]} >= {"Person", "Country", "Organization"}
    assert data["options"]["physics"]["enabled"] is False
    assert all("x" in n and "y" in n for n in data["nodes"])


def test_every_inline_script_is_allowed_by_hash_only() -> None:
    page, _ = render_page(demo_graph())
    found = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page)
    assert found
    policy = html.unescape(found.group(1))
    assert "'unsafe-inline'" not in policy.split("script-src")[1].split(";")[0]
    assert "default-src 'none'" in policy
    scripts = re.findall(r"<script>(.*?)</script>", page, re.S)
    assert len(scripts) == 3
    for body in scripts:
        assert script_hash(body) in policy


def test_untrusted_text_stays_data() -> None:
    page, _ = render_page(hostile_graph(), title="<script>alert('t')</script>")
    assert "<script>alert" not in page
    assert "<img src=x" not in page and "<svg onload" not in page and "<iframe src=java" not in page
    assert "&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt;" in page
    data = _data(page)
    edge = data["edges"][0]
    (statement,) = edge["kgStatements"]
    assert statement[5] == HOSTILE and statement[7] == "<iframe src=javascript:alert(1)>"
    assert data["docs"][0]["id"] == "<iframe src=javascript:alert(1)>"
    assert "<b>Bad</b> \"actor\"" in {n["label"] for n in data["nodes"]}


def test_json_island_escapes_markup() -> None:
    text = json_island({"x": "</script><!-- & \u2028"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == {"x": "</script><!-- & \u2028"}


def test_concepts_are_left_out_unless_asked_for() -> None:
    page, summary = render_page(demo_graph(), title="Demo")
    assert summary.nodes == 11 and summary.statements == 11
    assert "Terrorismus" not in page
    page, summary = render_page(demo_graph(), title="Demo", concepts=True)
    assert "Terrorismus" in page


def test_reduction_notice() -> None:
    page, summary = render_page(random_graph(300, 600, seed=2), max_nodes=50, concepts=True)
    assert summary.reduced and summary.nodes == 50 and summary.total_nodes == 300
    assert "Showing the 50 most central of 300 actors" in page
    assert len(_data(page)["nodes"]) == 50


def test_write_html_and_errors(tmp_path: Path) -> None:
    out = write_html(demo_graph(), tmp_path / "sub" / "g.html")
    assert out.path is not None
    assert out.path.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(OutputError, match="cannot write"):
        write_html(demo_graph(), blocker / "g.html")


def test_graph_view_repr_html_is_sandboxed_srcdoc(tmp_path: Path) -> None:
    view = GraphView(hostile_graph(), title="t", height=300)
    frame = view._repr_html_()
    assert frame.startswith("<iframe srcdoc=\"&lt;!DOCTYPE html&gt;")
    assert 'sandbox="allow-scripts"' in frame and "<script" not in frame
    assert "2 of 2 actors" in repr(view)
    assert view.save(tmp_path / "v.html").stat().st_size == len(view.html.encode())


def test_same_graph_same_page() -> None:
    assert render_page(demo_graph())[0] == render_page(demo_graph())[0]


def test_input_title_from_documents() -> None:
    from rdflib import Graph, Literal

    from kg.rdf.vocab import DCTERMS, DOC, KG, RDF
    from kg.viz.html import input_title

    graph = Graph()
    assert input_title(graph) is None
    for n in (1, 2):
        graph.add((DOC[f"d{n}"], RDF.type, KG.Document))
        graph.add((DOC[f"d{n}"], KG.source, Literal(f"/data/news.jsonl:{n}")))
    assert input_title(graph) == "news (2 documents)"
    one = Graph()
    one.add((DOC.d1, RDF.type, KG.Document))
    one.add((DOC.d1, DCTERMS.title, Literal("  Wahl in\nWien ")))
    assert input_title(one) == "Wahl in Wien"
