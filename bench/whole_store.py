"""Whole-store commands on a large synthetic store: wall time and peak memory of each.

Usage: nice -n 10 python bench/whole_store.py [--statements 50000] [--workdir DIR]
                                             [--baseline TREE]

Generates the synthetic kg-shaped dataset of ``bench/synthetic.py`` (50k statements ≈ 1.85M
quads, with the summary graph's statement counts a store keeps), bulk-loads it into an Oxigraph
store in DIR (kept: a later run with the same DIR reuses it), then runs ``kg analyze STORE``,
``kg report STORE`` and ``kg render STORE`` each in its own process and reports seconds and peak
RSS (MB: the largest of the command's process and the worker it forks) and CPU seconds (both
processes; less sensitive than wall time to other work on a shared machine). ``--baseline TREE``
also runs the commands from another source tree (e.g. a checkout of main) on the same store,
interleaved, for a before/after in one run. Targets (issue #14): each < 10 s and < 500 MB.
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
# runs one kg command (from the source tree in argv[1]) and prints its wall time and peak RSS
# as JSON on the last line; the graph work runs in a forked worker, whose peak is the
# children's
WRAPPER = """
import json, resource, sys, time
sys.path.insert(0, sys.argv[1])
from kg.cli.main import main
t = time.perf_counter()
code = main(sys.argv[2:])
own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
peak = max(own.ru_maxrss, kids.ru_maxrss)
cpu = own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime
print(json.dumps({"code": code, "s": time.perf_counter() - t, "cpu_s": cpu,
                  "rss_mb": peak / 1024}))
"""
ROOT = Path(__file__).resolve().parents[1]


def load(statements: int, workdir: Path) -> tuple[Path, int]:
    """Make (or reuse) the store, in a child process: a process forked later from a big parent
    would report the parent's memory as its own peak."""
    folder = workdir / f"ox{statements}"
    code = (f"import sys; sys.path[:0] = [{str(Path(__file__).resolve().parent)!r}, "
            f"{str(ROOT)!r}]; from whole_store import make; "
            f"print(make({statements}, __import__('pathlib').Path({str(workdir)!r})))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    return folder, int(out.strip().splitlines()[-1])


def make(statements: int, workdir: Path) -> int:
    """Return the number of quads of the store, bulk-loading it first if it is not there."""
    import pyoxigraph as ox
    from synthetic import generate

    folder = workdir / f"ox{statements}"
    if (folder / "CURRENT").is_file():
        store = ox.Store(str(folder))
        quads = len(store)
        del store
        return quads
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
    return quads


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--statements", type=int, default=50_000)
    ap.add_argument("--workdir", type=Path, default=None)
    ap.add_argument("--baseline", type=Path, default=None,
                    help="another source tree (e.g. a checkout of main) to run too")
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
    trees = {"this": ROOT, **({"baseline": args.baseline.resolve()} if args.baseline else {})}
    results: dict[str, object] = {"statements": args.statements, "quads": quads,
                                  "trees": {k: str(v) for k, v in trees.items()}, "runs": {}}
    runs: dict[str, dict[str, object]] = {}
    print(f"{'command':<10} {'tree':<9} {'seconds':>8} {'CPU s':>8} {'peak MB':>8}")
    for name, argv in commands.items():
        for label, tree in trees.items():
            proc = subprocess.run([sys.executable, "-c", WRAPPER, str(tree), *argv],
                                  capture_output=True, text=True, check=False)
            last = proc.stdout.strip().splitlines()[-1] if proc.stdout.strip() else "{}"
            try:
                run = json.loads(last)
            except ValueError:
                run = {"code": proc.returncode, "error": proc.stderr[-500:]}
            runs.setdefault(name, {})[label] = run
            print(f"{name:<10} {label:<9} {run.get('s', float('nan')):>8.1f} "
                  f"{run.get('cpu_s', float('nan')):>8.1f} {run.get('rss_mb', 0):>8.0f}"
                  + ("" if run.get("code") == 0 else f"  FAILED: {proc.stderr.strip()[-300:]}"),
                  flush=True)
    results["runs"] = runs
    RESULTS.mkdir(exist_ok=True)
    out = RESULTS / f"whole-store-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.write_text(json.dumps(results, indent=2), encoding="utf-8")
    print(f"# wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
