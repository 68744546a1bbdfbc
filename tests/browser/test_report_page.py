"""The HTML report in real headless Chromium: offline, graph drawn inside its sandboxed frame."""

from __future__ import annotations

from pathlib import Path

from cdp import Browser

from kg.analysis.synthetic import ActorSpec, StatementSpec, demo_graph, graph_from_specs
from kg.report.report import write_report
from kg.types import ActorType, Modality

FRAME_READY = ("document.getElementById('kg-status') && "
               "document.getElementById('kg-status').dataset.ready === '1'")


def _open_report(browser: Browser, path: Path):  # type: ignore[no-untyped-def]
    page = browser.open(path.resolve().as_uri())
    page.wait_for("true")
    import time

    end = time.monotonic() + 20
    while not page.frames and time.monotonic() < end:
        time.sleep(0.05)
    assert page.frames, "the graph frame never attached"
    page.wait_for(FRAME_READY, frame=0)
    return page


def test_report_opens_offline_and_draws(browser: Browser, tmp_path: Path) -> None:
    write_report(demo_graph(), tmp_path / "report.html", title="Demo report")
    page = _open_report(browser, tmp_path / "report.html")
    status = page.status(frame=0)
    assert status["nodes"] == "11" and status["errors"] == "0"  # the Concept left out
    rows = page.eval("document.querySelectorAll('#top-actors tbody tr').length")
    assert rows == 11
    assert page.eval("document.querySelector('#static img').naturalWidth") > 100
    assert page.errors == [] and page.dialogs == []
    assert all(u.startswith(("file:", "data:", "about:")) for u in page.requests)
    assert page.screenshot(tmp_path / "report.png").stat().st_size > 10_000
    page.close()


def test_report_with_hostile_text_runs_nothing(browser: Browser, tmp_path: Path) -> None:
    bad = "<script>alert(1)</script><img src=x onerror=alert(2)>\"'"
    actors = [ActorSpec("a", bad, ActorType.PERSON), ActorSpec("b", "B", ActorType.COUNTRY)]
    graph = graph_from_specs(actors, [StatementSpec("a", "leads", "b", bad, doc=bad,
                                                    modality=Modality.HYPOTHETICAL)])
    write_report(graph, tmp_path / "report.html", title=bad)
    page = _open_report(browser, tmp_path / "report.html")
    assert page.eval("document.querySelector('#claims blockquote').textContent") == bad
    assert page.eval("document.querySelectorAll('body img').length") == 1  # the static SVG
    assert page.eval("document.scripts.length") == 0
    assert page.status(frame=0)["alerts"] == "0"
    assert page.errors == [] and page.dialogs == []
    page.close()
