"""CPU time of each component of the German pipeline, per source tree, interleaved.

Usage (from the repository root; the machine is shared, so run it niced):

    nice -n 10 python bench/pipe_shares.py [--tree DIR ...] [--corpus FILE.jsonl] [--docs 100]
        [--repeat 2]

Every run is a fresh process that imports ``kg`` from one ``--tree`` (default: this checkout),
loads ``kg.recognize.load_recognizer("de")``, warms it on a short text and then calls each pipe
of ``nlp.pipeline`` in turn on every document, adding up each pipe's CPU time
(``time.process_time``). The report gives each pipe's seconds and share per run; what to read is
how a component's share (e.g. ``kg_actors``) moves between trees measured in the same run.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "news_de.jsonl"


def child(args: argparse.Namespace) -> dict[str, Any]:
    """One run in this process, with ``kg`` imported from ``args.tree``: seconds per pipe."""
    tree = Path(args.tree[0]).resolve()
    sys.path.insert(0, str(tree))
    import kg
    from kg.recognize import load_recognizer

    assert Path(kg.__file__).resolve().is_relative_to(tree)
    lines = Path(args.corpus).read_text(encoding="utf-8").splitlines()
    texts = [json.loads(line)["text"] for line in lines if line.strip()][: args.docs]
    nlp = load_recognizer("de")
    list(nlp.pipe([texts[0][:3000]]))  # lazy initialisation out of the timing
    seconds: dict[str, float] = {}
    for text in texts:
        doc = nlp.make_doc(text)
        for name, proc in nlp.pipeline:
            start = time.process_time()
            doc = proc(doc)
            seconds[name] = seconds.get(name, 0.0) + time.process_time() - start
    words = sum(len(re.findall(r"\w+", t)) for t in texts)
    return {"words": words, "seconds": seconds}


def main() -> None:
    """Run each tree ``--repeat`` times, interleaved, and print every pipe's CPU share."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tree", action="append", default=None, help="source tree (repeatable)")
    ap.add_argument("--corpus", default=str(CORPUS), help="JSON-lines documents (a 'text' each)")
    ap.add_argument("--docs", type=int, default=100, help="the first N documents")
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(child(args)))
        return
    trees = args.tree or ["."]
    for run in range(1, args.repeat + 1):
        for tree in trees:
            cmd = [sys.executable, __file__, "--child", "--tree", tree, "--corpus", args.corpus,
                   "--docs", str(args.docs)]
            out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
            result = json.loads(out.strip().splitlines()[-1])
            total = sum(result["seconds"].values())
            shares = ", ".join(f"{name} {sec:.2f} s {100 * sec / total:.1f} %"
                               for name, sec in result["seconds"].items())
            print(f"run {run} {tree}: {result['words']:,} words, {total:.1f} CPU-s: {shares}")


if __name__ == "__main__":
    main()
