"""Build time of one process against a loopback Dask cluster on the same news articles.

Run niced, once (it parses the articles twice, plus the workers' model loading)::

    nice -n 10 python bench/dask_build.py [--docs 150] [--workers 2] [--corpus PATH]

Prints, per run: wall seconds (cluster start not counted, worker model loading counted),
words per second, documents, triples, quads written to a fresh store, store size on disk
per document; then the ratio single/cluster. The graphs must agree (same triples).
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from kg.cluster import extract_on, local_cluster
from kg.jsonl import triple_lines
from kg.pipeline import BuildResult, Settings, build

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "news_de.jsonl"


def _size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def _report(name: str, seconds: float, words: int, result: BuildResult, store: Path) -> None:
    quads = result.store.triples if result.store else 0
    docs = len(result.documents)
    print(f"{name:>8}: {seconds:7.1f} s  {words / seconds:7.0f} words/s  {docs} docs  "
          f"{len(result.resolution.triples)} triples  {quads} quads "
          f"({quads / max(1, len(result.resolution.triples)):.1f} per triple)  "
          f"store {_size(store) / max(1, docs) / 1024:.1f} KiB/doc", flush=True)


def main() -> None:
    """Run both builds and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=150)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args()
    from distributed import Client

    lines = args.corpus.read_text(encoding="utf-8").splitlines()[: args.docs]
    words = sum(len(json.loads(line)["text"].split()) for line in lines)
    settings = Settings(lang="de")
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "in.jsonl"
        source.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{len(lines)} articles, {words} words, {args.workers} workers", flush=True)

        start = time.perf_counter()
        single = build([source], None, settings, store=Path(tmp) / "single")
        single_s = time.perf_counter() - start
        _report("single", single_s, words, single, Path(tmp) / "single")

        cluster = local_cluster(args.workers)
        with Client(cluster) as client:
            start = time.perf_counter()
            spread = build([source], None, settings, store=Path(tmp) / "dask",
                           run=extract_on(client))
            spread_s = time.perf_counter() - start
        cluster.close()
        _report("dask", spread_s, words, spread, Path(tmp) / "dask")
        same = sorted(triple_lines(single.resolution.triples)) == sorted(
            triple_lines(spread.resolution.triples))
        print(f"ratio single/dask: {single_s / spread_s:.2f}  same triples: {same}")


if __name__ == "__main__":
    main()
