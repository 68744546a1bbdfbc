"""Peak memory of ``kg build`` on 1k and 10k short documents: does the build stream?

Cuts the articles of ``../shared/corpus/news_de.jsonl`` into short documents (one sentence
each, every text distinct so no content hash repeats), then runs
``kg build CORPUS --store TMP/store -o TMP/out`` for each size in a child process and reports
the child's peak resident memory (``os.wait4``'s ``ru_maxrss``), the wall time, documents per
second and the ratio of the largest to the smallest build. Acceptance (issue #14): peak RSS of
10k documents ≤ 1 GB and within 20 % of 1k documents.

    nice -n 10 python bench/build_memory.py [--sizes 1000 10000] [--batch 100] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "news_de.jsonl"
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ])")


def short_documents(path: Path, sentences: int = 1) -> Iterator[tuple[str, str]]:
    """Yield (id, text) of distinct runs of ``sentences`` sentences, article by article."""
    seen: set[str] = set()
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            parts = [p.strip() for p in _SENTENCE_END.split(record["text"]) if p.strip()]
            for i in range(0, len(parts), sentences):
                text = " ".join(parts[i:i + sentences])
                if len(text) < 40 or text in seen:
                    continue
                seen.add(text)
                yield f"{record['id']}-{i // sentences}", text


def write_corpus(path: Path, size: int) -> int:
    """Write ``size`` short documents (fewer if the corpus has fewer); return the words."""
    words = n = 0
    with path.open("w", encoding="utf-8") as out:
        for n, (doc_id, text) in enumerate(short_documents(CORPUS), 1):
            out.write(json.dumps({"id": doc_id, "text": text}, ensure_ascii=False) + "\n")
            words += len(text.split())
            if n >= size:
                break
    if n < size:
        raise SystemExit(f"{CORPUS} gives only {n} distinct short documents, not {size}")
    return words


def run_build(corpus: Path, work: Path, batch: int) -> tuple[float, float, str]:
    """Run ``kg build`` in a child process; return (peak RSS in MB, seconds, its summary)."""
    code = ("import sys; from kg.cli.main import main; "
            "raise SystemExit(main(sys.argv[1:]))")
    argv = [sys.executable, "-c", code, "build", str(corpus), "--lang", "de",
            "--store", str(work / "store"), "-o", str(work / "out"), "--batch", str(batch)]
    start = time.perf_counter()
    child = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    output = child.stdout.read() if child.stdout else ""
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) not in (0, 4):
        raise SystemExit(f"kg build failed:\n{output}")
    return usage.ru_maxrss / 1024, seconds, output


def main() -> None:
    """Build each size, print one line per build and the ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--batch", type=int, default=100)
    parser.add_argument("--keep", type=Path, help="keep corpora, stores and outputs here")
    args = parser.parse_args()
    base = Path(tempfile.mkdtemp(prefix="kg-memory-")) if args.keep is None else args.keep
    peaks: dict[int, float] = {}
    runs: list[dict[str, object]] = []
    try:
        for size in sorted(args.sizes):
            work = base / f"n{size}"
            work.mkdir(parents=True, exist_ok=True)
            corpus = work / "corpus.jsonl"
            words = write_corpus(corpus, size)
            peak, seconds, output = run_build(corpus, work, args.batch)
            peaks[size] = peak
            store_mb = sum(p.stat().st_size for p in (work / "store").rglob("*")
                           if p.is_file()) / 2**20
            summary = next((line for line in output.splitlines()
                            if line.startswith("triples:")), "")
            runs.append({"documents": size, "words": words, "peak_rss_mb": round(peak, 1),
                         "seconds": round(seconds, 1), "store_mb": round(store_mb, 1),
                         "summary": summary, "batch": args.batch})
            print(f"{size:>6} documents {words:>8,} words  peak RSS {peak:7.1f} MB  "
                  f"{seconds:7.1f} s  {size / seconds:6.1f} docs/s  {words / seconds:6.0f} w/s  "
                  f"store {store_mb:6.1f} MB  | {summary}", flush=True)
        if len(peaks) > 1:
            small, large = min(peaks), max(peaks)
            print(f"peak RSS {large} / {small} documents: {peaks[large] / peaks[small]:.2f}×")
        results = ROOT / "bench" / "results"
        results.mkdir(parents=True, exist_ok=True)
        name = results / f"build_memory-{time.strftime('%Y%m%d-%H%M%S')}.json"
        name.write_text(json.dumps({"runs": runs}, indent=2), encoding="utf-8")
    finally:
        if args.keep is None:
            shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
