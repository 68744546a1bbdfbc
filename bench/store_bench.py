"""Store benchmark: load time, RSS and named-query latency, rdflib memory vs Oxigraph on disk.

Usage: nice -n 10 python bench/store_bench.py [--sizes 100000 1000000] [--rdflib-max 100000]
       [--workdir DIR] [--keep]

With --workdir and --keep, the generated N-Quads and the loaded Oxigraph stores stay in DIR, with
their load figures in DIR/ox<size>.json; a later run with the same DIR queries them again instead
of loading anew (the 1M store takes ~20 minutes to load on 2 cores).

Each (engine, size) runs in its own subprocess so that RSS figures are clean. rdflib is only run
up to --rdflib-max statements (at 100k statements it takes ~5 GB; 1M would not fit in 24 GB).
rdflib cannot parse LATERAL (SPARQL 1.2), which four of kg's named queries use; for those it runs
the SPARQL 1.1 form of the same question from ``bench/sparql11/``.
"""

from __future__ import annotations

import argparse
import json
import resource
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from synthetic import actor_name, busy_pair, generate

QUERY_TIMEOUT = 120
SPARQL11 = Path(__file__).resolve().parent / "sparql11"
RESULTS = Path(__file__).resolve().parent / "results"


def cases(size: int) -> list[tuple[str, str, dict[str, str]]]:
    """Return (label, named query, parameters) for the timed queries at ``size`` statements."""
    actors = max(50, size // 10)
    hub, other = actor_name(1), actor_name(2)
    leaf, leaf2 = actor_name(actors // 2), actor_name(actors // 3)
    subject, relation, obj = busy_pair(size)
    return [
        ("members-of OVKS", "members-of", {"org": "OVKS"}),
        ("relations-of hub", "relations-of", {"actor": hub}),
        ("relations-of leaf", "relations-of", {"actor": leaf}),
        ("paths leaf→hub", "paths", {"from": leaf, "to": hub}),
        ("paths hub→hub", "paths", {"from": hub, "to": other}),
        ("paths leaf→leaf", "paths", {"from": leaf, "to": leaf2}),
        ("negated-and-hypothetical", "negated-and-hypothetical", {}),
        ("sources-of hub→hub", "sources-of",
         {"subject": subject, "predicate": relation, "object": obj}),
        ("most-connected", "most-connected", {}),
    ]


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class Timeout(Exception):
    pass


def _alarm(signum: int, frame: Any) -> None:
    raise Timeout


def worker(engine: str, size: int, nq: Path, workdir: Path) -> dict[str, Any]:
    from kg.rdf.sparql import execute, resolve_query

    out: dict[str, Any] = {"engine": engine, "size": size, "queries": {}}
    base = rss_mb()
    t0 = time.perf_counter()
    if engine == "rdflib":
        from rdflib import Dataset

        from kg.rdf.sparql import inject_values, prepare
        from kg.rdf.vocab import PREFIXES

        ds = Dataset(default_union=True)
        ds.parse(nq, format="nquads")

        def run(name: str, params: dict[str, str]) -> int:
            from rdflib import Literal

            # rdflib cannot parse LATERAL (SPARQL 1.2): it runs the SPARQL 1.1 form of the
            # same question where kg's named query needs LATERAL
            fallback = SPARQL11 / f"{name}.rq"
            query = resolve_query(str(fallback) if fallback.is_file() else name)
            prep = prepare(query, params)
            rows: list[dict[str, Any]] = [dict(prep.bindings)]
            for pname, value in prep.actors.items():
                found = ds.query(inject_values("SELECT DISTINCT ?a WHERE { ?a kg:searchKey ?key }",
                                               [{"key": Literal(value.lower())}]),
                                 initNs=PREFIXES)
                rows = [{**r, pname: f[0]} for r in rows for f in found]  # type: ignore[index]
            return len(list(ds.query(inject_values(prep.text, rows), initNs=PREFIXES)))
    else:
        import pyoxigraph as ox

        folder, record = workdir / f"ox{size}", workdir / f"ox{size}.json"
        if record.is_file() and (folder / "CURRENT").is_file():  # loaded by an earlier run
            store = ox.Store.read_only(str(folder))
            out.update(json.loads(record.read_text(encoding="utf-8")), reused=True)
        else:
            store = ox.Store(str(folder))
            store.bulk_load(path=str(nq), format=ox.RdfFormat.N_QUADS)
            store.optimize()
            out["load_s"] = time.perf_counter() - t0
            out["rss_mb"] = rss_mb() - base
            record.write_text(json.dumps({k: out[k] for k in ("load_s", "rss_mb")}),
                              encoding="utf-8")

        def run(name: str, params: dict[str, str]) -> int:
            return len(execute(store, resolve_query(name), params).rows)
    out.setdefault("load_s", time.perf_counter() - t0)
    out.setdefault("rss_mb", rss_mb() - base)
    signal.signal(signal.SIGALRM, _alarm)
    for label, name, params in cases(size):
        times, rows = [], -1
        for _ in range(3 if engine != "rdflib" else 1):
            signal.alarm(QUERY_TIMEOUT)
            t = time.perf_counter()
            try:
                rows = run(name, params)
                times.append(time.perf_counter() - t)
            except Timeout:
                times.append(float("inf"))
                break
            except Exception as err:  # e.g. rdflib cannot parse LATERAL (SPARQL 1.2)
                times.append(float("nan"))
                out.setdefault("errors", {})[label] = str(err).splitlines()[0][:120]
                break
            finally:
                signal.alarm(0)
        out["queries"][label] = {"s": sorted(times)[len(times) // 2], "rows": rows}
    out["rss_after_queries_mb"] = rss_mb() - base
    return out


def fmt_s(x: float) -> str:
    if x != x:
        return "error"
    if x == float("inf"):
        return f">{QUERY_TIMEOUT}s"
    return f"{x * 1000:.0f} ms" if x < 10 else f"{x:.0f} s"


def ratio(slow: float, fast: float) -> str:
    """Return how many times slower ``slow`` is, as text (a timeout gives a lower bound)."""
    if slow != slow:
        return "rdflib error"
    if slow == float("inf"):
        return f">{QUERY_TIMEOUT / max(fast, 1e-6):.0f}×"
    return f"{slow / max(fast, 1e-6):.0f}×"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    ap.add_argument("--rdflib-max", type=int, default=100_000)
    ap.add_argument("--workdir", type=Path, default=None)
    ap.add_argument("--keep", action="store_true",
                    help="keep the generated data and stores in --workdir for later runs")
    ap.add_argument("--worker", nargs=3, metavar=("ENGINE", "SIZE", "NQ"))
    args = ap.parse_args()
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="kg-store-bench-"))
    if args.worker:
        engine, size, nq = args.worker
        print(json.dumps(worker(engine, int(size), Path(nq), workdir)))
        return 0
    results: list[dict[str, Any]] = []
    for size in args.sizes:
        nq = workdir / f"syn{size}.nq"
        t = time.perf_counter()
        loaded = (workdir / f"ox{size}.json").is_file()
        if not nq.exists() and (not loaded or size <= args.rdflib_max):
            # (a file left by an interrupted or --keep run is reused)
            with nq.open("w", encoding="utf-8") as f:
                f.writelines(generate(size))
        if nq.exists():
            quads = sum(1 for _ in nq.open(encoding="utf-8"))
            print(f"# {size} statements: {quads} quads, generated in "
                  f"{time.perf_counter() - t:.0f} s", flush=True)
        for engine in ("rdflib", "oxigraph"):
            if engine == "rdflib" and size > args.rdflib_max:
                continue
            proc = subprocess.run([sys.executable, __file__, "--workdir", str(workdir),
                                   "--worker", engine, str(size), str(nq)],
                                  capture_output=True, text=True, check=False)
            if proc.returncode != 0:
                print(f"# {engine} {size} failed: {proc.stderr[-2000:]}", flush=True)
                continue
            res = json.loads(proc.stdout.strip().splitlines()[-1])
            results.append(res)
            print(json.dumps(res), flush=True)
        if not args.keep:
            nq.unlink(missing_ok=True)
    labels = [c[0] for c in cases(args.sizes[0])]
    header = ["engine", "statements", "load", "RSS MB", *labels]
    print("\n| " + " | ".join(header) + " |\n|" + "---|" * len(header))
    for r in results:
        cells = [r["engine"], f"{r['size']:,}", fmt_s(r["load_s"]),
                 f"{r['rss_after_queries_mb']:.0f}"]
        cells += [f"{fmt_s(r['queries'][k]['s'])} ({r['queries'][k]['rows']})" for k in labels]
        print("| " + " | ".join(cells) + " |")
    by = {(r["engine"], r["size"]): r for r in results}
    for size in args.sizes:
        a, b = by.get(("rdflib", size)), by.get(("oxigraph", size))
        if a and b:
            ratios = [f"{k}: {ratio(a['queries'][k]['s'], b['queries'][k]['s'])}"
                      for k in labels]
            print(f"\nrdflib / oxigraph at {size:,}: load {a['load_s'] / b['load_s']:.1f}×, "
                  + ", ".join(ratios))
    out = RESULTS / f"store-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(results, indent=1), encoding="utf-8")
    print(f"\nfigures written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
