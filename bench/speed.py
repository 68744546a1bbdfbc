"""Words per second: spaCy parsing alone versus parsing plus kg's extraction.

Usage (from the repository root; the machine is shared, so run it niced):

    nice -n 10 python bench/speed.py [--words 50000] [--text FILE] [--lang de] [--model NAME]

The text (default: ../shared's sample article) is repeated as separate documents until it holds
at least ``--words`` words. Timed stages, each over all documents:

parse          ``nlp.pipe`` with kg's pipeline, actor recognition disabled
parse+actors   ``nlp.pipe`` with kg's pipeline as loaded (``kg.nlp.loading.load_pipeline``)
extract        mention finding + the registered extractor, over the parsed docs
analyse        ``kg.pipeline.analyse`` end to end (parse + actors + extract), as a check
resolve        ``kg.resolve.resolve`` over every analysis
rdf            ``kg.rdf.build.build_dataset`` over the resolution

The headline ratio is extract / parse+actors (target ≤ 0.20). A table is printed and the
figures are written as JSON to ``bench/results/`` (git-ignored).
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT.parent / "shared" / "corpus" / "kasachstan_ovks_de.txt"
RESULTS = ROOT / "bench" / "results"
T = TypeVar("T")


@dataclass(frozen=True)
class Stage:
    name: str
    seconds: float
    words_per_second: float


def timed(fn: Callable[[], T]) -> tuple[T, float]:
    start = time.perf_counter()
    value = fn()
    return value, time.perf_counter() - start


def actor_pipes(nlp: Any) -> list[str]:
    """Components kg added to the loaded model besides paragraph splitting: actor recognition."""
    import spacy

    source = nlp.meta.get("kg", {}).get("source")
    if not source:
        return []
    raw = set(spacy.load(source).pipe_names)
    return [name for name in nlp.pipe_names if name not in raw and name != "kg_paragraphs"]


def run(args: argparse.Namespace) -> dict[str, Any]:
    sys.path.insert(0, str(ROOT))
    from kg import registry
    from kg.nlp.loading import choose_model, load_pipeline
    from kg.pipeline import Settings, analyse
    from kg.recognize.mentions import find_mentions
    from kg.resolve import resolve
    from kg.types import Document

    text = Path(args.text).read_text(encoding="utf-8")
    words_per_doc = len(re.findall(r"\w+", text))
    copies = max(1, math.ceil(args.words / max(1, words_per_doc)))
    docs = [Document(id=f"speed-{i}", text=text, lang=args.lang) for i in range(copies)]
    words = words_per_doc * copies
    settings = Settings(lang=args.lang, model=args.model, batch_size=args.batch_size)

    (nlp, load_s) = timed(lambda: load_pipeline(args.lang, args.model))
    if "kg_hanta" in nlp.pipe_names and not args.tag_cache:
        # The input repeats one text: HanTa's sentence and word caches would serve every copy
        # after the first, making parsing look cheaper than on unseen news. Measure without them.
        nlp.get_pipe("kg_hanta").disable_caches()
    actors = actor_pipes(nlp)
    extractor = registry.get("extractors", settings.extractor)()
    warm = next(iter(nlp.pipe([text[:2000]])))  # lazy initialisation out of the timings
    list(extractor(warm, docs[0], find_mentions(warm, docs[0])))

    texts = [d.text for d in docs]
    stages: list[Stage] = []

    def stage(name: str, seconds: float) -> None:
        stages.append(Stage(name, seconds, words / seconds if seconds else math.inf))
        print(f"  {name:<13} {seconds:8.2f} s", file=sys.stderr, flush=True)

    with nlp.select_pipes(disable=actors):
        _, parse_s = timed(lambda: list(nlp.pipe(texts, batch_size=args.batch_size)))
    stage("parse", parse_s)
    sdocs, actors_s = timed(lambda: list(nlp.pipe(texts, batch_size=args.batch_size)))
    stage("parse+actors", actors_s)

    def extract_all() -> int:
        n = 0
        for doc, sdoc in zip(docs, sdocs, strict=True):
            mentions = tuple(find_mentions(sdoc, doc))
            n += sum(1 for _ in extractor(sdoc, doc, mentions))
        return n

    raw_count, extract_s = timed(extract_all)
    stage("extract", extract_s)
    sdocs.clear()
    analyses, analyse_s = timed(lambda: list(analyse(docs, settings)))
    stage("analyse", analyse_s)
    resolution, resolve_s = timed(lambda: resolve(
        ((a.document, a.mentions, a.raw) for a in analyses), aliases=None, merge=True))
    stage("resolve", resolve_s)
    from kg.errors import KGError
    from kg.rdf.build import build_dataset

    quads: int | None = None
    rdf_error = None
    try:
        dataset, rdf_s = timed(lambda: build_dataset(resolution,
                                                     tuple(a.document for a in analyses)))
        stage("rdf", rdf_s)
        quads = len(dataset)
    except KGError as err:  # report the other stages even when RDF building is broken
        rdf_error = str(err)
        print(f"  rdf failed: {err}", file=sys.stderr)

    return {
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "model": choose_model(args.lang, args.model),
        "pipes": list(nlp.pipe_names),
        "actor_pipes": actors,
        "text": str(args.text),
        "documents": copies,
        "words": words,
        "batch_size": args.batch_size,
        "tag_cache": args.tag_cache,
        "load_seconds": round(load_s, 2),
        "raw_triples": raw_count,
        "triples": len(resolution.triples),
        "quads": quads,
        "rdf_error": rdf_error,
        "stages": [asdict(s) for s in stages],
        "extract_over_parse_actors": extract_s / actors_s,
        "actors_and_extract_over_parse": (actors_s - parse_s + extract_s) / parse_s,
        "analyse_over_parse_actors": analyse_s / actors_s - 1,
    }


def table(result: dict[str, Any]) -> str:
    lines = [f"{result['words']:,} words in {result['documents']} documents, model "
             f"{result['model']}, batch {result['batch_size']}, actor pipes "
             f"{', '.join(result['actor_pipes']) or 'none found'}",
             f"{'stage':<14}{'seconds':>9}{'words/s':>11}"]
    for s in result["stages"]:
        lines.append(f"{s['name']:<14}{s['seconds']:>9.2f}{s['words_per_second']:>11,.0f}")
    lines += [
        f"extraction / (parse+actors) = {result['extract_over_parse_actors']:.1%}  (target ≤ 20%)",
        f"(actors + extraction) / parse = {result['actors_and_extract_over_parse']:.1%}",
        f"analyse end to end vs parse+actors: +{result['analyse_over_parse_actors']:.1%}",
        f"raw triples {result['raw_triples']}, resolved triples {result['triples']}, "
        f"RDF quads {result['quads']}",
    ]
    if result["rdf_error"]:
        lines.append(f"RDF building failed: {result['rdf_error']}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--words", type=int, default=50_000, help="minimum words to process")
    ap.add_argument("--text", type=Path, default=SAMPLE, help="text to repeat (default: sample)")
    ap.add_argument("--lang", default="de")
    ap.add_argument("--model", default=None)
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--tag-cache", action="store_true",
                    help="keep HanTa's sentence and word caches on (repeated text then parses "
                         "too fast)")
    ap.add_argument("--out", type=Path, default=None, help="JSON file (default: bench/results/)")
    args = ap.parse_args(argv)
    if not args.text.exists():
        print(f"speed.py: no text at {args.text}; pass --text FILE", file=sys.stderr)
        return 2
    result = run(args)
    print(table(result))
    out = args.out or RESULTS / f"speed-{datetime.now():%Y%m%d-%H%M%S}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
