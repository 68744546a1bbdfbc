"""Whole-store commands on a large synthetic store: wall time and peak memory of each.

Usage: nice -n 10 python bench/whole_store.py [--statements 50000] [--workdir DIR]

Generates the synthetic kg-shaped dataset of ``bench/synthetic.py`` (50k statements ≈ 1.85M
quads), bulk-loads it into an Oxigraph store in DIR (kept: a later run with the same DIR reuses
it), then runs ``kg analyze STORE``, ``kg report STORE`` and ``kg render STORE`` each in its own
process and reports seconds and peak RSS (MB). Targets (issue #14): each < 10 s and < 500 MB.
Figures go to bench/results/whole-store-*.json.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

RESULTS = Path(__file__).resolve().parent / "results"
# runs one kg command and prints its wall time and peak RSS as JSON on the last line
WRAPPER = """
import json, resource, sys, time
from kg.cli.main import main
t = time.perf_counter()
code = main(sys.argv[1:])
print(json.dumps({"code": code, "s": time.perf_counter() - t,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def load(statements: int, workdir: Path) -> tuple[Path, int]:
    import pyoxigraph as ox
    from synthetic import generate

    folder = workdir / f"ox{statements}"
    if (folder / "CURRENT").is_file():
        store = ox.Store(str(folder))
        quads = len(store)
        del store
        return folder, quads
    nq = workdir / f"syn{statements}.nq"
    with nq.open("w", encoding="utf-8") as f:
        f.writelines(generate(statements))
    store = ox.Store(str(folder))
    store.bulk_load(path=str(nq), format=ox.RdfFormat.N_QUADS)
    store.optimize()
    quads = len(store)
    store.flush()
    del store
    nq.unlink()
    return folder, quads


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--statements", type=int, default=50_000)
    ap.add_argument("--workdir", type=Path, default=None)
    args = ap.parse_args()
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="kg-whole-store-"))
    workdir.mkdir(parents=True, exist_ok=True)
    t = time.perf_counter()
    store, quads = load(args.statements, workdir)
    print(f"# store {store}: {quads:,} quads ({time.perf_counter() - t:.0f} s to make or open)",
          flush=True)
    commands = {
        "analyze": ["analyze", str(store), "--format", "json"],
        "report": ["report", str(store), "-o", str(workdir / "report.html")],
        "render": ["render", str(store), "-o", str(workdir / "graph.html")],
    }
    results: dict[str, object] = {"statements": args.statements, "quads": quads, "runs": {}}
    print(f"{'command':<10} {'seconds':>8} {'peak MB':>8}")
    for name, argv in commands.items():
        proc = subprocess.run([sys.executable, "-c", WRAPPER, *argv], capture_output=True,
                              text=True, check=False)
        last = proc.stdout.strip().splitlines()[-1] if proc.stdout.strip() else "{}"
        try:
            run = json.loads(last)
        except ValueError:
            run = {"code": proc.returncode, "error": proc.stderr[-500:]}
        results["runs"][name] = run  # type: ignore[index]
        print(f"{name:<10} {run.get('s', float('nan')):>8.1f} {run.get('rss_mb', 0):>8.0f}"
              + ("" if run.get("code") == 0 else f"  FAILED: {proc.stderr.strip()[-300:]}"),
              flush=True)
    RESULTS.mkdir(exist_ok=True)
    out = RESULTS / f"whole-store-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.write_text(json.dumps(results, indent=2), encoding="utf-8")
    print(f"# wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
