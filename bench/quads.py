"""Quads per extracted triple of ``kg build``'s RDF, broken down by what they describe.

Run niced (it parses the articles once)::

    nice -n 10 python bench/quads.py [--docs 60] [--skip ID ...] [--corpus PATH] [--cache FILE]

Builds the first ``--docs`` articles of ``../shared/corpus/news_de.jsonl`` to a resolution,
then the RDF dataset, and prints quads per extracted triple by kind: the document nodes, the
statement nodes, the direct edges, relation declarations, entity descriptions, the mention records
(``kg:mention``: each document's links to the entities with the merge evidence; ``kg:Merge`` nodes
in graphs written before them) and the summary graph; the figures also go to ``bench/results/``
as JSON. ``--cache`` keeps the extraction in a pickle so that RDF changes can be measured again
without parsing; ``--skip`` leaves articles out (``gnad-test-0118`` does not finish extraction).
"""

from __future__ import annotations

import argparse
import json
import pickle
import tempfile
import time
from collections import Counter
from pathlib import Path

from rdflib import Dataset, URIRef
from rdflib.term import Node

from kg.pipeline import Settings, build, settings_key
from kg.rdf.build import build_dataset
from kg.rdf.vocab import KG, RDF, SUMMARY_GRAPH
from kg.types import Document, Resolution

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "news_de.jsonl"


def _extract(corpus: Path, docs: int, skip: set[str]
             ) -> tuple[Resolution, tuple[Document, ...], dict[str, str]]:
    lines = [line for line in corpus.read_text(encoding="utf-8").splitlines()
             if json.loads(line).get("id") not in skip][:docs]
    settings = Settings(lang="de")
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "in.jsonl"
        source.write_text("\n".join(lines) + "\n", encoding="utf-8")
        result = build([source], None, settings)
    keys = {d.id: settings_key(settings, "de", result.models.get("de", "")) for d in
            result.documents}
    return result.resolution, result.documents, keys


def _kinds(dataset: Dataset) -> Counter[str]:
    """Count the quads of a built dataset by what they describe."""
    typed: dict[Node, str] = {}
    for s, _, o, _ in dataset.quads((None, RDF.type, None, None)):
        kind = {KG.Document: "document", KG.Statement: "statement", KG.Merge: "mention/merge",
                KG.Relation: "relation", KG.LemmaRelation: "relation"}.get(o)  # type: ignore[call-overload]
        if kind is not None:
            typed[s] = kind
    relations = {s for s, k in typed.items() if k == "relation"}
    counts: Counter[str] = Counter()
    for s, p, _, g in dataset.quads((None, None, None, None)):
        if g == SUMMARY_GRAPH:
            counts["summary"] += 1
        elif s in typed:
            counts[typed[s]] += 1
        elif p in (KG.mention, KG.mergedFrom):
            counts["mention/merge"] += 1
        elif isinstance(p, URIRef) and p in relations:
            counts["direct edge"] += 1
        else:
            counts["entity description"] += 1
    return counts


def main() -> None:
    """Extract (or read the cache), build the dataset and print the breakdown."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=60)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--cache", type=Path, default=None,
                        help="pickle of the extraction (written if missing, read if present)")
    parser.add_argument("--skip", nargs="*", default=[], metavar="ID",
                        help="leave out these document ids (the next articles take their place)")
    args = parser.parse_args()
    if args.cache is not None and args.cache.is_file():
        resolution, documents, keys = pickle.loads(args.cache.read_bytes())
    else:
        resolution, documents, keys = _extract(args.corpus, args.docs, set(args.skip))
        if args.cache is not None:
            args.cache.write_bytes(pickle.dumps((resolution, documents, keys)))
    start = time.perf_counter()
    dataset = build_dataset(resolution, documents, keys)
    seconds = time.perf_counter() - start
    counts = _kinds(dataset)
    total = sum(counts.values())
    triples = max(1, len(resolution.triples))
    print(f"{len(documents)} documents, {len(resolution.triples)} triples, {total} quads, "
          f"{total / triples:.1f} quads per triple (dataset built in {seconds:.2f} s)")
    for kind, n in counts.most_common():
        print(f"  {kind:<20} {n:7d}  {n / triples:6.1f} per triple  {100 * n / total:5.1f} %")
    out = Path(__file__).parent / "results"
    out.mkdir(exist_ok=True)
    figures = {"documents": len(documents), "triples": len(resolution.triples), "quads": total,
               "quads_per_triple": round(total / triples, 2), "by_kind": dict(counts)}
    (out / f"quads-{int(time.time())}.json").write_text(json.dumps(figures, indent=1))


if __name__ == "__main__":
    main()
