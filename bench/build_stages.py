"""CPU seconds of each stage of ``kg build`` around the spaCy pipeline, and their shares.

Usage (from the repository root; the machine is shared, so run it niced):

    nice -n 10 python bench/build_stages.py [--tree DIR] [--corpus FILE.jsonl] [--docs N]
        [--processes 1]

Runs ``kg build CORPUS -o TMP --lang de`` once in this process, with ``kg`` imported from
``--tree`` (default: this checkout; e.g. ``git worktree add /tmp/base main`` for a before/after),
and times, in CPU seconds of this process, the stages that are not spaCy's own work by wrapping
their functions: actor recognition (the ``ActorRecognizer`` component, which runs inside
``nlp.pipe``), extraction (the dependency extractor, its output drawn eagerly), resolution
(``assign_document`` and the corpus index), the per-document RDF graph and the per-batch
write (the streamed files, the store) and the end (the drawing and graph.html). The rest of the
total is reading, imports, model loading and the spaCy pipeline without actor recognition. A
profiler is not used: cProfile multiplies the cost of Python code that calls many builtins (a
loop of ``str.endswith`` showed as 40 % of extraction under it and is 5 % without), which
misplaces the shares.
CPU seconds, not wall time: the machine is shared.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "news_de.jsonl"

# (modules to look in, first that has it; attribute path; label; draw a returned iterator
# eagerly); nested labels start with two spaces (their time is inside the label above them)
_STREAM = ("kg.pipeline.streaming", "kg.pipeline")  # the streaming build, before and after
STAGES = (
    (("kg.recognize.ner",), "ActorRecognizer.__call__", "actor recognition (inside nlp.pipe)",
     False),
    (("kg.extract.dependency",), "DependencyExtractor.__call__", "extraction", True),
    (("kg.resolve",), "assign_document", "resolution: assign_document", False),
    (("kg.resolve.stream",), "CorpusIndex.resolve", "resolution: corpus index", False),
    (_STREAM, "_Stream._add", "per document: RDF graph, counts", False),
    (("kg.rdf.build",), "build_dataset", "  build_dataset", False),
    (_STREAM, "_Stream._write", "per batch: files, store (before kg.pipeline.streaming: RDF too)",
     False),
    (("kg.jsonl",), "_JsonlSink.add", "  triples.jsonl", False),
    (("kg.rdf.export",), "_TrigSink.add", "  graph.trig", False),
    (("kg.rdf.export",), "_TurtleSink.add", "  graph.ttl", False),
    (("kg.rdf.graphstore",), "add_documents", "  store add", False),
    (_STREAM, "_Stream.finish", "at the end: summary, drawing, graph.html", False),
    (("kg.analysis.storeview",), "drawable_graph", "  drawable_graph", False),
    (("kg.viz.writers",), "_write_html", "  graph.html", False),
    (("kg.cli.build",), "_summary", "the printed summary (ranking)", False),
)


def _wrap(owner: Any, name: str, label: str, eager: bool,
          spent: defaultdict[str, float]) -> None:
    original: Callable[..., Any] = getattr(owner, name)

    def timed(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            result = original(*args, **kwargs)
            return tuple(result) if eager else result
        finally:
            spent[label] += time.process_time() - start

    setattr(owner, name, timed)


def run(args: argparse.Namespace) -> dict[str, Any]:
    """Build the corpus once with the stages wrapped; return CPU seconds by stage."""
    import importlib

    tree = Path(args.tree).resolve()
    sys.path.insert(0, str(tree))
    spent: defaultdict[str, float] = defaultdict(float)
    missing = []
    for modules, path, label, eager in STAGES:
        *parents, name = path.split(".")
        for module in modules:
            try:
                owner: Any = importlib.import_module(module)
            except ImportError:
                continue
            for part in parents:
                owner = getattr(owner, part, None)
            if owner is not None and hasattr(owner, name):
                _wrap(owner, name, label, eager, spent)
                break
        else:
            missing.append(f"{'|'.join(modules)}.{path}")
    import kg
    from kg.cli.main import main

    assert Path(kg.__file__).resolve().is_relative_to(tree)
    lines = Path(args.corpus).read_text(encoding="utf-8").splitlines()
    docs = [line for line in lines if line.strip()][: args.docs or None]
    words = sum(len(re.findall(r"\w+", json.loads(line)["text"])) for line in docs)
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "docs.jsonl"
        source.write_text("\n".join(docs) + "\n", encoding="utf-8")
        argv = ["build", str(source), "-o", str(Path(tmp) / "out"), "--lang", "de"]
        if args.processes:
            argv += ["--processes", str(args.processes)]
        start, wall = time.process_time(), time.perf_counter()
        try:
            code = main(argv)
        except SystemExit as stop:  # (some trees' CLI exits)
            code = stop.code if isinstance(stop.code, int) else 1
        total, wall = time.process_time() - start, time.perf_counter() - wall
    if code:
        raise SystemExit(f"kg build failed with exit code {code}")
    return {"tree": str(tree), "documents": len(docs), "words": words, "cpu_seconds": total,
            "wall_seconds": wall, "stages": {label: spent.get(label, 0.0)
                                             for _, _, label, _ in STAGES},
            "not_found": missing}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--tree", default=str(ROOT), help="source tree to import kg from")
    ap.add_argument("--corpus", default=str(CORPUS), help="JSON-lines documents")
    ap.add_argument("--docs", type=int, default=100, help="the first N documents (0: all)")
    ap.add_argument("--processes", type=int, default=1, help="kg build --processes (0: default)")
    args = ap.parse_args(argv)
    result = run(args)
    total = result["cpu_seconds"]
    print(f"kg build, {result['documents']} documents, {result['words']:,} words, "
          f"{total:.1f} CPU s ({result['words'] / total:,.0f} words/CPU-s), "
          f"{result['wall_seconds']:.1f} s wall; tree {result['tree']}")
    top = 0.0
    for label, seconds in result["stages"].items():
        print(f"  {seconds:7.2f} s  {100 * seconds / total:5.1f} %  {label}")
        top += 0.0 if label.startswith("  ") else seconds
    print(f"  {total - top:7.2f} s  {100 * (total - top) / total:5.1f} %  the rest: reading, "
          "imports, model loading, spaCy without actor recognition")
    for name in result["not_found"]:
        print(f"  (not in this tree: {name})")
    out = ROOT / "bench" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / f"build_stages_{time.strftime('%Y%m%d_%H%M%S')}.json").write_text(
        json.dumps(result, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
