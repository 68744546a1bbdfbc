"""Manual check: a corpus page in headless Chromium, with screenshots before and after the controls.

Usage (from the repository root)::

    nice -n 10 python bench/corpus_page.py GRAPH_OR_PAGE [--out DIR] [--title TITLE]

GRAPH_OR_PAGE is a graph file (``graph.ttl``; the page is rendered first) or a page
(``graph.html``). Screenshots go to ``DIR`` (default ``bench/results/corpus-page``): ``open.png``
(as the page opens), ``zoomed.png`` (zoomed on the centre), ``community.png`` (coloured by
community, the largest collapsed), ``time.png`` (the first half of the time range), and
``pair.png`` (the busiest edge clicked: its timeline). Prints what the page reports and writes
``status.json``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "browser"))

from cdp import Browser  # noqa: E402

READY = "document.getElementById('kg-status').dataset.ready === '1'"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "corpus-page")
    parser.add_argument("--title", default=None)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    page_path = args.source
    if page_path.suffix != ".html":
        from kg.rdf.load import load_graph
        from kg.viz.html import write_html

        start = time.monotonic()
        page_path = args.out / "graph.html"
        report = write_html(load_graph(args.source), page_path,
                            title=args.title or args.source.parent.name)
        print(f"rendered {page_path} in {time.monotonic() - start:.1f} s: {report}")
    browser = Browser()
    results: dict[str, object] = {}
    try:
        page = browser.open(page_path.resolve().as_uri(), 60)
        page.wait_for(READY, 60)
        time.sleep(0.5)
        results["open"] = page.status()
        page.screenshot(args.out / "open.png")
        page.eval("kgNetwork.moveTo({scale: kgNetwork.getScale() * 1.8})")
        time.sleep(0.3)
        page.screenshot(args.out / "zoomed.png")
        page.eval("kgNetwork.fit()")
        page.eval("const c = document.getElementById('kg-colour'); c.value = 'community';"
                  "c.dispatchEvent(new Event('change'))")
        has_communities = page.eval("!!document.querySelector('[data-kg-collapse]')")
        if has_communities:
            page.eval("document.querySelector('[data-kg-collapse]').click()")
        time.sleep(0.3)
        results["community"] = page.status()
        page.screenshot(args.out / "community.png")
        if page.eval("!!document.querySelector('[data-kg-collapse]')"):
            page.eval("document.querySelector('[data-kg-collapse]').click()")
        if page.eval("!!document.getElementById('kg-until')"):
            page.eval("const u = document.getElementById('kg-until'); u.value = String("
                      "Math.floor(u.max / 2)); u.dispatchEvent(new Event('input'))")
            time.sleep(0.3)
            results["time"] = page.status()
            results["time-range"] = page.eval(
                "document.getElementById('kg-time-value').textContent")
            page.screenshot(args.out / "time.png")
            page.eval("document.getElementById('kg-reset').click()")
        busiest = page.eval("(() => { let best = null; kgNetwork.body.data.edges.get()"
                            ".forEach(e => { if (!best || e.kgCount > best.kgCount) best = e; });"
                            "return best && best.id; })()")
        if busiest:
            page.eval(f"kgNetwork.selectEdges([{busiest!r}]); kgNetwork.body.emitter.emit("
                      f"'click', {{nodes: [], edges: [{busiest!r}]}}); 0")
            time.sleep(0.3)
            page.screenshot(args.out / "pair.png")
        results["errors"] = page.errors
        results["notice"] = page.eval("document.getElementById('kg-view-notice').textContent")
        page.close()
    finally:
        browser.close()
    (args.out / "status.json").write_text(json.dumps(results, indent=2, ensure_ascii=False))
    print(json.dumps(results, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
