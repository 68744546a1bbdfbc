"""Build throughput of one process against a loopback Dask cluster on the same news articles.

Run niced, once (it parses the articles twice, plus the workers' model loading)::

    nice -n 10 python bench/dask_build.py [--docs N] [--workers 2] [--partition 8]
                                          [--corpus PATH]

Both runs build as ``kg build INPUT --store DIR`` does (``keep=False``, a fresh Oxigraph store,
no files). The baseline is one process: ``Settings(processes=1)``, where ``kg build`` would
parse a large input in two processes when two cores are free (``--processes``). The cluster
run is ``--dask local`` with ``--workers`` worker processes of one thread each (cluster start
not counted). Each run first loads its models and runs them once on spaCy's example sentences
(:func:`kg.cluster.load_models`: the single process once, every worker at once through
:func:`kg.cluster.warm_up`), timed apart from the build, so both builds start warm alike.

Prints the machine (cores, load average before and after each run), then per run: model
loading and build wall seconds, words per second (of the build; and with the loading), CPU
seconds of this process (for the cluster: the driver's), documents, triples, quads, store size
per document; then the throughput ratio cluster/single and whether the two stores hold the
same quads (they must: the driver resolves in input order).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from kg.cluster import PARTITION_DOCS, extract_on, load_models, local_cluster, warm_up
from kg.pipeline import BuildResult, Extract, Progress, Settings, Worked, build, extract_here
from kg.rdf.graphstore import open_store
from kg.types import Document, Notify

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "news_de.jsonl"
ALL_QUADS = "SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }"


def _size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def _load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _report(name: str, loading: float, seconds: float, cpu: float, words: int,
            result: BuildResult, store: Path) -> tuple[float, float]:
    st = result.stats
    rate, cold = words / seconds, words / (loading + seconds)
    print(f"{name:>6}: models {loading:5.1f} s + build {seconds:6.1f} s wall  "
          f"{rate:5.0f} words/s ({cold:5.0f} with the models' loading)  "
          f"{cpu:6.1f} s CPU in this process  {st.documents} docs  {st.triples} triples  "
          f"{st.quads} quads ({st.quads / max(1, st.triples):.1f} per triple)  "
          f"store {_size(store) / max(1, st.documents) / 1024:.1f} KiB/doc  "
          f"load average after {_load()}", flush=True)
    return rate, cold


class _Timed:
    """An Extract wrapped to sum the CPU time of this thread spent inside it (analysis, waiting)."""

    def __init__(self, extract: Extract) -> None:
        self.extract, self.cpu = extract, 0.0

    def __call__(self, tagged: Iterable[tuple[str, Document]], settings: Settings,
                 progress: Progress | None, notify: Notify) -> Iterator[Worked | None]:
        items = iter(self.extract(tagged, settings, progress, notify))
        while True:
            start = time.thread_time()
            try:
                item = next(items)
            except StopIteration:
                return
            finally:
                self.cpu += time.thread_time() - start
            yield item


def _quads(store: Path) -> set[tuple[str, ...]]:
    with open_store(store) as target:
        return {tuple(str(term) for term in row) for row in target.query(ALL_QUADS).rows}


def main() -> None:
    """Run both builds and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=0, help="first N articles (0: all)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--partition", type=int, default=PARTITION_DOCS,
                        help="documents per Dask task")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args()
    from distributed import Client

    lines = args.corpus.read_text(encoding="utf-8").splitlines()[: args.docs or None]
    words = sum(len(json.loads(line)["text"].split()) for line in lines)
    settings = Settings(lang="de", processes=1)
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "in.jsonl"
        source.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{len(lines)} articles, {words} words; {cores} cores, nice {os.nice(0)}; "
              f"single: one process (processes=1); dask: LocalCluster({args.workers}), one "
              f"thread per worker, partitions of {args.partition}", flush=True)

        print(f"load average before single: {_load()}", flush=True)
        cpu, start = _cpu(), time.perf_counter()
        load_models(["de"], None)  # the workers' warm-up, here: cached, the build uses it
        loaded = time.perf_counter()
        here, main = _Timed(extract_here), time.thread_time()
        single = build([source], None, settings, store=Path(tmp) / "single", keep=False,
                       run=here)
        single_cpu = _cpu() - cpu
        single_driver = time.thread_time() - main - here.cpu
        single_rate = _report("single", loaded - start, time.perf_counter() - loaded,
                              single_cpu, words, single, Path(tmp) / "single")

        began = time.perf_counter()
        cluster = local_cluster(args.workers)
        with Client(cluster) as client:
            print(f"cluster started in {time.perf_counter() - began:.1f} s (not counted); "
                  f"load average before dask: {_load()}", flush=True)
            cpu, start = _cpu(), time.perf_counter()
            workers_cpu = client.run(_cpu)
            warm_up(client, settings)  # as kg build --dask does
            loaded = time.perf_counter()
            there, main = _Timed(extract_on(client, size=args.partition)), time.thread_time()
            spread = build([source], None, settings, store=Path(tmp) / "dask", keep=False,
                           run=there)
            spread_driver = time.thread_time() - main - there.cpu
            spread_s = time.perf_counter() - loaded
            spread_cpu = _cpu() - cpu
            used = {a: c - workers_cpu.get(a, 0.0) for a, c in client.run(_cpu).items()}
        cluster.close()
        spread_rate = _report("dask", loaded - start, spread_s, spread_cpu, words, spread,
                              Path(tmp) / "dask")
        bound = max(spread_cpu, *used.values(), (spread_cpu + sum(used.values())) / (cores or 1))
        print(f"  CPU s resolving and writing (this thread, outside the analysis): single "
              f"{single_driver:.1f}, dask {spread_driver:.1f}; taking results back "
              f"{there.cpu:.1f}; Dask's threads here (scheduler, client) "
              f"{spread_cpu - spread_driver - there.cpu:.1f}", flush=True)
        print(f"  dask CPU s (models and build): driver and scheduler {spread_cpu:.1f}, workers "
              + ", ".join(f"{c:.1f}" for c in used.values())
              + f"; on {cores} idle cores at least {bound:.1f} s, against the single run's "
              f"{single_cpu:.1f} s of CPU: ratio at most {single_cpu / bound:.2f} "
              "(CPU time, not wall: for a busy machine)", flush=True)
        one, many = _quads(Path(tmp) / "single"), _quads(Path(tmp) / "dask")
        print(f"ratio dask/single throughput: {spread_rate[0] / single_rate[0]:.2f} (target >= "
              f"1.6; {spread_rate[1] / single_rate[1]:.2f} with the models' loading)  "
              f"triples agree: {single.stats.triples == spread.stats.triples}  "
              f"same quads: {one == many} ({len(one)} single, {len(many)} dask)", flush=True)


if __name__ == "__main__":
    main()
