"""The corpus controls of the page in headless Chromium: top-N, isolated actors, degree,
communities, documents and time (a small synthetic corpus; the 514-article check is
bench/corpus_page.py)."""

from __future__ import annotations

import random
from pathlib import Path

from cdp import Browser, Page

from kg.analysis.synthetic import ActorSpec, StatementSpec, graph_from_specs
from kg.types import ActorType
from kg.viz.html import write_html

READY = "document.getElementById('kg-status').dataset.ready === '1'"
DATES = ("2015-03-02", "2015-04-10", "2015-06-01")


def corpus_graph():  # type: ignore[no-untyped-def]
    rng = random.Random(3)
    actors = [ActorSpec(f"a{i}", f"Actor {i}", rng.choice(list(ActorType))) for i in range(190)]
    statements = []
    for i in range(1, 170):  # a tree over a0..a169, so every prefix of the growth is linked
        parent = rng.randrange(max(1, i // 3)) if i > 1 else 0
        doc = i % 3
        statements.append(StatementSpec(f"a{parent}", "lemma:de:treffen", f"a{i}", f"Satz {i}.",
                                        doc=f"doc-{doc}", date=DATES[doc]))
    for n in range(3):  # one busy pair across all documents: its timeline
        statements.append(StatementSpec("a0", "lemma:de:kritisieren", "a1", f"Kritik {n}.",
                                        doc=f"doc-{n}", date=DATES[n]))
    return graph_from_specs(actors, statements)  # a170..a189 take part in no statement


def _status(page: Page) -> dict[str, str]:
    return page.status()


def _set(page: Page, element: str, value: str, event: str = "input") -> None:
    page.eval(f"(() => {{ const x = document.getElementById({element!r}); x.value = {value!r};"
              f"x.dispatchEvent(new Event({event!r})); }})()")


def test_corpus_controls(browser: Browser, tmp_path: Path) -> None:
    report = write_html(corpus_graph(), tmp_path / "corpus.html", title="Synthetic corpus",
                        concepts=True)
    assert report.shown == 100 and report.nodes == 190
    page = browser.open((tmp_path / "corpus.html").resolve().as_uri(), 30)
    page.wait_for(READY, 30)
    status = _status(page)
    assert status["visible-nodes"] == "100" and status["labelled"] == "30"
    assert "20 actors in no statement are hidden" in page.eval(
        "document.getElementById('kg-view-notice').textContent")
    page.eval("document.getElementById('kg-isolated').click()")
    assert _status(page)["visible-nodes"] == "120"
    page.eval("document.getElementById('kg-isolated').click()")
    page.eval("document.getElementById('kg-more').click()")
    assert _status(page)["visible-nodes"] == "170"
    _set(page, "kg-degree", "2")
    assert int(_status(page)["visible-nodes"]) < 170
    page.eval("document.getElementById('kg-reset').click()")
    assert _status(page)["visible-nodes"] == "100"
    edges = int(_status(page)["visible-edges"])
    _set(page, "kg-until", "0")
    assert page.eval("document.getElementById('kg-time-value').textContent") == (
        "2015-03-02 – 2015-03-02")
    assert 0 < int(_status(page)["visible-edges"]) < edges
    page.eval("document.getElementById('kg-reset').click()")
    _set(page, "kg-doc", "1", "change")
    assert 0 < int(_status(page)["visible-edges"]) < edges
    page.eval("document.getElementById('kg-reset').click()")
    _set(page, "kg-colour", "community", "change")
    assert _status(page)["legend"] == "community"  # the legend follows the colours
    assert page.eval("document.getElementById('kg-communities-box').open") is True
    assert page.eval("document.getElementById('kg-legend-types').nextElementSibling.id") == (
        "kg-communities-box")
    assert page.eval("getComputedStyle(document.querySelector('#kg-legend-types .kg-swatch'))"
                     ".backgroundColor") == "rgb(255, 255, 255)"
    page.eval("document.querySelector('[data-kg-collapse]').click()")
    assert _status(page)["clusters"] == "1"
    page.eval("document.querySelector('[data-kg-collapse]').click()")
    assert _status(page)["clusters"] == "0"
    _set(page, "kg-colour", "type", "change")
    assert _status(page)["legend"] == "type"
    assert page.eval("getComputedStyle(document.querySelector('#kg-legend-types .kg-swatch'))"
                     ".backgroundColor") != "rgb(255, 255, 255)"
    busiest = page.eval("kgNetwork.body.data.edges.get().find(e => e.kgCount === 4).id")
    page.eval(f"kgNetwork.body.emitter.emit('click', {{nodes: [], edges: [{busiest!r}]}}); 0")
    details = page.eval("document.getElementById('kg-details').textContent")
    assert details.index("2015-03-02") < details.index("2015-04-10") < details.index("2015-06-01")
    assert "Kritik 0." in details and "4 statement(s)" in details
    assert page.eval("document.querySelectorAll('#kg-docs li').length") == 3
    status = _status(page)
    assert status["errors"] == "0" and page.errors == [], status.get("error-text")
    assert all(url.startswith(("file:", "data:", "about:")) for url in page.requests)
    page.close()
