"""Time kg's interactive HTML view at growing sizes: Python side and first draw in Chromium.

    nice -n 10 python bench/render_html.py [--sizes 500,2000,5000,20000] [--no-browser]

Per size (actors; statements = 2 × actors, random scale-free graph from
``kg.analysis.synthetic``): seconds to build the RDF (not kg's cost, reported apart),
``to_networkx``, PageRank, layout + page rendering (``render_page``), page size, and — when
Chromium is installed — seconds until the page reports its first draw, from file:// offline.
Writes ``bench/results/render_html-<time>.json``.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="500,2000,5000,20000")
    parser.add_argument("--no-browser", action="store_true")
    args = parser.parse_args()

    from kg.analysis.centrality import pagerank
    from kg.analysis.graphview import collapse, to_networkx
    from kg.analysis.synthetic import random_graph
    from kg.viz.html import render_page

    browser = None
    if not args.no_browser:
        sys.path.insert(0, str(ROOT / "tests" / "browser"))
        from cdp import CHROMIUM, Browser

        browser = Browser() if CHROMIUM else None
    rows = []
    tmp = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    try:
        for n in (int(x) for x in args.sizes.split(",")):
            t0 = time.perf_counter()
            graph = random_graph(n, 2 * n, seed=1)
            t1 = time.perf_counter()
            view = to_networkx(graph)
            t2 = time.perf_counter()
            pagerank(collapse(view))
            t3 = time.perf_counter()
            page, summary = render_page(graph, title=f"bench {n}")
            t4 = time.perf_counter()
            row = {"actors": n, "statements": 2 * n, "rdf_build_s": round(t1 - t0, 2),
                   "to_networkx_s": round(t2 - t1, 2), "pagerank_s": round(t3 - t2, 2),
                   "render_page_s": round(t4 - t3, 2), "drawn_nodes": summary.nodes,
                   "page_kb": len(page.encode()) // 1024, "reduced": summary.reduced}
            if browser is not None:
                path = tmp / f"g{n}.html"
                path.write_text(page, encoding="utf-8")
                start = time.perf_counter()
                tab = browser.open(path.as_uri(), timeout=120)
                tab.wait_for("document.getElementById('kg-status').dataset.ready === '1'", 120)
                row["browser_first_draw_s"] = round(time.perf_counter() - start, 2)
                row["page_draw_ms"] = int(tab.status()["draw-ms"])
                tab.close()
            rows.append(row)
            print(json.dumps(row), flush=True)
    finally:
        if browser is not None:
            browser.close()
    out = ROOT / "bench" / "results" / f"render_html-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(rows, indent=2), encoding="utf-8")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
