"""Time kg's static pictures (SVG and PNG) and the HTML report at growing sizes.

    nice -n 10 python bench/render_static.py [--sizes 50,150,1000]

Writes ``bench/results/render_static-<time>.json``.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="50,150,1000")
    args = parser.parse_args()

    from kg.analysis.synthetic import random_graph
    from kg.report.report import render_report
    from kg.viz.static import render_static

    rows = []
    for n in (int(x) for x in args.sizes.split(",")):
        graph = random_graph(n, 2 * n, seed=1)
        row: dict[str, object] = {"actors": n}
        for fmt in ("svg", "png"):
            start = time.perf_counter()
            data, _ = render_static(graph, fmt=fmt)
            row[f"{fmt}_s"] = round(time.perf_counter() - start, 2)
            row[f"{fmt}_kb"] = len(data) // 1024
        start = time.perf_counter()
        text, _ = render_report(graph)
        row["report_html_s"] = round(time.perf_counter() - start, 2)
        row["report_kb"] = len(text.encode()) // 1024
        rows.append(row)
        print(json.dumps(row), flush=True)
    out = ROOT / "bench" / "results" / f"render_static-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(rows, indent=2), encoding="utf-8")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
