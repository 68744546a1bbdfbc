"""Words per second of kg's pipeline, A/B between source trees, interleaved, medians of runs.

Usage (from the repository root; the machine is shared, so run it niced):

    nice -n 10 python bench/pipeline_speed.py [--tree DIR ...] [--stage pipe|build]
        [--corpus FILE.jsonl | --text FILE --words N] [--processes N] [--repeat R]

Every run is a fresh process that imports ``kg`` from one ``--tree`` (default: this checkout),
so an old checkout (e.g. ``git worktree add /tmp/base main``) can be compared with this one on the
same machine at the same time: runs go tree A, tree B, tree A, … ``--repeat`` times, and the
report gives each tree's median words/s and its ratio to the first tree's median, by wall-clock
time and by CPU time (this process and its children: steadier when other jobs share the cores,
but blind to what parallel workers gain).

Stages:

pipe    ``nlp.pipe`` of the German pipeline with actor recognition
        (``kg.recognize.load_recognizer``), models loaded and warmed outside the timing.
        ``--processes`` is passed as ``n_process``.
build   ``kg build`` end to end (reading, NLP, extraction, resolution, RDF, files), model
        loading included; ``--processes`` is given as ``--processes`` when not 0 (trees
        without that option take 0: their default).

``--corpus`` takes a JSON-lines file of distinct documents (``text`` per line; no repetition, so
kg's caches see unseen text as in real use); ``--text`` repeats one text as separate documents
until ``--words`` words (what ``bench/speed.py`` does), with HanTa's sentence and word caches
off, which would serve every copy after the first. Words are ``\\w+`` runs.
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT.parent / "shared" / "corpus" / "kasachstan_ovks_de.txt"


def texts_of(args: argparse.Namespace) -> list[str]:
    """The documents to process, as texts."""
    if args.corpus:
        lines = Path(args.corpus).read_text(encoding="utf-8").splitlines()
        texts = [json.loads(line)["text"] for line in lines if line.strip()]
        return texts[: args.docs] if args.docs else texts
    text = Path(args.text).read_text(encoding="utf-8")
    per_doc = max(1, len(re.findall(r"\w+", text)))
    return [text] * max(1, -(-args.words // per_doc))


def child(args: argparse.Namespace) -> dict[str, Any]:
    """One timed run in this process, with ``kg`` imported from ``args.tree``."""
    tree = Path(args.tree[0]).resolve()
    sys.path.insert(0, str(tree))
    texts = texts_of(args)
    words = sum(len(re.findall(r"\w+", t)) for t in texts)
    if args.stage == "build":
        cpu = cpu_seconds()
        seconds = build_seconds(args, tree)
        return {"words": words, "seconds": seconds, "cpu": cpu_seconds() - cpu}
    import kg
    from kg.recognize import load_recognizer

    assert Path(kg.__file__).resolve().is_relative_to(tree)
    nlp = load_recognizer("de")
    if not args.corpus and "kg_hanta" in nlp.pipe_names:
        # repeated text: HanTa's sentence and word caches would serve every copy after the first
        hanta = nlp.get_pipe("kg_hanta")
        hanta.cache_size = 0
        hanta.word_cache_size = 0  # (trees without the word cache ignore it)
    list(nlp.pipe([texts[0][:3000]]))  # lazy initialisation (HanTa's model) out of the timing
    options: dict[str, Any] = {"batch_size": args.batch_size}
    if args.processes:
        options["n_process"] = args.processes
    start, cpu = time.perf_counter(), cpu_seconds()
    n = sum(1 for _ in nlp.pipe(texts, **options))
    assert n == len(texts)
    return {"words": words, "seconds": time.perf_counter() - start, "cpu": cpu_seconds() - cpu}


def cpu_seconds() -> float:
    """CPU seconds used by this process and its finished children (spaCy's workers)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def build_seconds(args: argparse.Namespace, tree: Path) -> float:
    """Seconds of one ``kg build`` over the corpus, run by this tree's CLI in a subprocess."""
    with tempfile.TemporaryDirectory() as tmp:
        source = args.corpus
        if not source or args.docs:
            source = str(Path(tmp) / "texts.jsonl")
            Path(source).write_text("".join(json.dumps({"id": f"t{i}", "text": t}) + "\n"
                                            for i, t in enumerate(texts_of(args))),
                                    encoding="utf-8")
        code = ("import sys; sys.path.insert(0, sys.argv.pop(1)); "
                "from kg.cli.main import main; sys.exit(main(sys.argv[1:]))")
        cmd = [sys.executable, "-c", code, str(tree), "build", source,
               "-o", str(Path(tmp) / "out"), "--lang", "de"]
        if args.processes:
            cmd += ["--processes", str(args.processes)]
        start = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
        return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--tree", action="append", default=None,
                    help="source tree to import kg from, DIR or DIR@PROCESSES (repeatable; "
                         "default: this checkout)")
    ap.add_argument("--stage", choices=("pipe", "build"), default="pipe")
    ap.add_argument("--corpus", default=None, help="JSON-lines documents (a 'text' each)")
    ap.add_argument("--docs", type=int, default=0, help="only the first N of --corpus")
    ap.add_argument("--text", default=str(SAMPLE), help="text to repeat (default: the sample)")
    ap.add_argument("--words", type=int, default=50_000, help="words to reach with --text")
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--processes", type=int, default=0, help="n_process (0: the default)")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        print(json.dumps(child(args)))
        return 0
    # DIR@N: this tree with --processes N (one run can compare process counts)
    trees = [t if "@" in t else str(Path(t).resolve()) for t in (args.tree or [str(ROOT)])]
    passed = [a for a in (argv if argv is not None else sys.argv[1:])]
    keep: list[str] = []
    skip = False
    for a in passed:  # the child gets every option but the trees and repeats
        if skip:
            skip = False
            continue
        if a in ("--tree", "--repeat"):
            skip = True
            continue
        if a.startswith(("--tree=", "--repeat=")):
            continue
        keep.append(a)
    runs: dict[str, list[float]] = {t: [] for t in trees}
    cpu: dict[str, list[float]] = {t: [] for t in trees}
    words = 0
    for r in range(args.repeat):
        for tree in trees:
            path, _, procs = tree.partition("@")
            extra = ["--processes", procs] if procs else []
            out = subprocess.run([sys.executable, __file__, "--child", "--tree",
                                  str(Path(path).resolve()), *keep, *extra],
                                 check=True, capture_output=True, text=True).stdout
            result = json.loads(out.strip().splitlines()[-1])
            words = result["words"]
            runs[tree].append(words / result["seconds"])
            cpu[tree].append(words / result["cpu"])
            print(f"  run {r + 1} {tree}: {runs[tree][-1]:,.0f} words/s, "
                  f"{cpu[tree][-1]:,.0f} words/CPU-s", file=sys.stderr, flush=True)
    first = statistics.median(runs[trees[0]])
    first_cpu = statistics.median(cpu[trees[0]])
    print(f"{args.stage}, {words:,} words, processes {args.processes or 'default'}, "
          f"batch {args.batch_size}, {args.repeat} interleaved runs per tree")
    for tree in trees:
        med, med_cpu = statistics.median(runs[tree]), statistics.median(cpu[tree])
        print(f"{tree:<32} median {med:>7,.0f} words/s ×{med / first:.2f}  "
              f"{med_cpu:>7,.0f} words/CPU-s ×{med_cpu / first_cpu:.2f}  "
              f"(wall runs: {', '.join(f'{v:,.0f}' for v in runs[tree])})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
