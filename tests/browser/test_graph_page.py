"""The interactive page in real headless Chromium, from file:// with networking disabled."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from cdp import Browser, Page

from kg.analysis.synthetic import (
    ActorSpec,
    StatementSpec,
    demo_graph,
    graph_from_specs,
    random_graph,
)
from kg.types import ActorType
from kg.viz.html import write_html

READY = "document.getElementById('kg-status').dataset.ready === '1'"
HOSTILE = ("<script>alert(1)</script> <img src=x onerror=alert(1)> \"double\" 'single' "
           "</script><script>alert(2)</script>")


def _open(browser: Browser, path: Path, timeout: float = 30) -> Page:
    page = browser.open(path.resolve().as_uri(), timeout)
    page.wait_for(READY, timeout)
    return page


def _clean(page: Page) -> None:
    status = page.status()
    assert status["errors"] == "0", status.get("error-text")
    assert status["alerts"] == "0"
    assert page.errors == [] and page.dialogs == []
    assert all(url.startswith(("file:", "data:", "about:")) for url in page.requests), page.requests


def _click_node(page: Page, node: str) -> None:
    point = page.eval(f"(() => {{ const n = kgNetwork; const p = n.canvasToDOM("
                      f"n.getPosition({node!r})); const r = document.getElementById('kg-network')"
                      f".getBoundingClientRect(); return [p.x + r.left, p.y + r.top]; }})()")
    for kind in ("mousePressed", "mouseReleased"):
        page.send("Input.dispatchMouseEvent", {"type": kind, "x": point[0], "y": point[1],
                                               "button": "left", "clickCount": 1})


def _hover_edge(page: Page, edge: str) -> str:
    point = page.eval(
        f"(() => {{ const n = kgNetwork; const c = n.body.edges[{edge!r}].edgeType.getPoint(0.5);"
        "const m = n.canvasToDOM(c);"
        "const r = document.getElementById('kg-network').getBoundingClientRect();"
        "return [m.x + r.left, m.y + r.top]; })()")
    for dx in (0, 1, 2):
        page.send("Input.dispatchMouseEvent", {"type": "mouseMoved", "x": point[0] + dx,
                                               "y": point[1]})
        time.sleep(0.1)
    return str(page.wait_for(
        "(() => { const t = document.querySelector('.vis-tooltip');"
        "return t && t.style.visibility === 'visible' ? t.textContent : ''; })()", 5))


def test_demo_page_draws_offline(browser: Browser, tmp_path: Path) -> None:
    write_html(demo_graph(), tmp_path / "graph.html", title="Demo", concepts=True)
    page = _open(browser, tmp_path / "graph.html")
    status = page.status()
    assert status["nodes"] == "12" and status["edges"] == "12"
    assert page.eval("kgNetwork.body.nodeIndices.length") == 12
    shot = page.screenshot(tmp_path / "graph.png")
    assert shot.stat().st_size > 10_000
    _clean(page)
    page.close()


def test_filters_search_and_highlight(browser: Browser, tmp_path: Path) -> None:
    write_html(demo_graph(), tmp_path / "graph.html", concepts=True)
    page = _open(browser, tmp_path / "graph.html")

    def visible() -> tuple[int, int]:
        s = page.status()
        return int(s["visible-nodes"]), int(s["visible-edges"])

    def toggle(selector: str) -> None:
        page.eval(f"document.querySelector({selector!r}).click()")

    toggle('[data-kg-type="Person"]')
    assert visible() == (9, 8)  # 3 persons hidden with their 4 statements
    toggle('[data-kg-type="Person"]')
    toggle('[data-kg-qualifier="negated"]')
    assert visible() == (12, 11)
    toggle('[data-kg-qualifier="negated"]')
    page.eval("const s = document.getElementById('kg-relation'); s.value = 'member of';"
              "s.dispatchEvent(new Event('change'))")
    assert visible()[1] == 2  # actors left without a statement are hidden with them
    page.eval("document.getElementById('kg-reset').click()")
    page.eval("const c = document.getElementById('kg-confidence'); c.value = '0.85';"
              "c.dispatchEvent(new Event('input'))")
    assert visible()[1] == 2  # 0.9 and 0.95
    page.eval("document.getElementById('kg-reset').click()")
    assert visible() == (12, 12)
    page.eval("const q = document.getElementById('kg-search'); q.value = 'putins';"
              "q.dispatchEvent(new Event('input'))")
    assert page.status()["found"] == "1"
    assert page.eval("kgNetwork.getSelectedNodes().length") == 1
    page.eval("document.getElementById('kg-reset').click()")
    ovks = "https://w3id.org/kgnews/entity/Q1046"
    _click_node(page, ovks)
    page.wait_for("document.getElementById('kg-status').dataset.highlighted === '5'", 5)
    details = page.eval("document.getElementById('kg-details').textContent")
    assert "OVKS" in details and "Belarus gehört der OVKS an." in details
    _clean(page)
    page.close()


def test_hostile_text_never_runs(browser: Browser, tmp_path: Path) -> None:
    actors = [ActorSpec("a", "<img src=x onerror=alert(3)>", ActorType.PERSON, ("\"'><b>",)),
              ActorSpec("b", "B</script><script>alert(4)</script>", ActorType.COUNTRY)]
    graph = graph_from_specs(actors, [StatementSpec("a", "lemma:de:<script>alert(5)</script>",
                                                    "b", HOSTILE, doc="<svg onload=alert(6)>")])
    write_html(graph, tmp_path / "graph.html", title="<script>alert(7)</script>",
               concepts=True)
    page = _open(browser, tmp_path / "graph.html")
    tooltip = _hover_edge(page, "e0")
    assert HOSTILE in tooltip and "<svg onload=alert(6)>" in tooltip
    inside = "document.querySelectorAll('.vis-tooltip img, .vis-tooltip script').length"
    assert page.eval(inside) == 0
    _click_node(page, "https://w3id.org/kgnews/entity/a")
    page.wait_for("document.getElementById('kg-details').textContent.includes('double')", 5)
    details = page.eval("document.getElementById('kg-details').textContent")
    assert HOSTILE in details and "<svg onload=alert(6)>" in details
    assert page.eval("document.querySelectorAll('#kg-details img, #kg-details script,"
                     " #kg-details svg, header img, header script').length") == 0
    assert page.eval("document.title") == "<script>alert(7)</script>"
    assert page.eval("document.scripts.length") == 4  # hook, data island, vis-network, app
    time.sleep(0.3)
    _clean(page)
    page.close()


def test_two_thousand_nodes_draw_fast(browser: Browser, tmp_path: Path) -> None:
    report = write_html(random_graph(2000, 4000, seed=5), tmp_path / "big.html", concepts=True)
    assert report.nodes == 2000 and not report.reduced
    start = time.monotonic()
    page = _open(browser, tmp_path / "big.html", timeout=20)
    elapsed = time.monotonic() - start
    status = page.status()
    assert status["nodes"] == "2000"
    assert elapsed < 10 and int(status["draw-ms"]) < 10_000, (elapsed, status["draw-ms"])
    _clean(page)
    page.close()


@pytest.mark.slow
def test_twenty_thousand_nodes_are_reduced(browser: Browser, tmp_path: Path) -> None:
    # 20k actors, 6k statements: most actors isolated, which keeps building the RDF quick
    report = write_html(random_graph(20_000, 6_000, seed=6), tmp_path / "huge.html", concepts=True)
    assert report.reduced and report.nodes == 2000 and report.total_nodes == 20_000
    page = _open(browser, tmp_path / "huge.html", timeout=20)
    notice = page.eval("document.getElementById('kg-notice').textContent")
    assert "2,000 most central of 20,000 actors" in notice
    assert page.status()["nodes"] == "2000"
    _clean(page)
    page.close()
