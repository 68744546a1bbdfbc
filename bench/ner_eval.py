"""Score actor recognition on held-out GermEval 2014 dev sentences (PER/ORG/LOC, outer layer).

The held-out share is the one ``training/ner/prepare.py`` keeps out of NER training (fixed seed).
Predicted ActorType labels map to GermEval's: Person → PER, Organization → ORG, Country and
Location → LOC; armed forces, events, groups and lowercase spans (demonym adjectives, which
GermEval tags as LOCderiv) are not scored. Exact character spans count. GermEval annotates two
layers (``Universität Bonn`` ORG holds ``Bonn`` LOC); only outer-layer gold spans (not inside
another annotated span) are scored unless ``--layers all`` asks for both.

    python3 bench/ner_eval.py                      # rules + gazetteer + kg's shipped NER, news
    python3 bench/ner_eval.py --ner /tmp/train_ner/model-best --genre all
    python3 bench/ner_eval.py --mode model         # the statistical NER alone
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "training" / "ner"))

from prepare import DEFAULT_DEV, read_jsonl, split_germeval, split_valid  # noqa: E402

SCORED = ("PER", "ORG", "LOC")
TO_GERMEVAL = {"Person": "PER", "Organization": "ORG", "Country": "LOC", "Location": "LOC"}


def outer_layer(entities: list[dict]) -> list[dict]:  # type: ignore[type-arg]
    """Return the gold entities inside no longer annotated one (GermEval's outer layer)."""
    return [
        e for e in entities
        if not any(o["start"] <= e["start"] and e["end"] <= o["end"]
                   and o["end"] - o["start"] > e["end"] - e["start"] for o in entities)
    ]


def load(parser: Path, ner: Path | None, mode: str):  # type: ignore[no-untyped-def]
    import spacy

    import kg.nlp.hanta  # noqa: F401
    from kg.recognize.ner import add_actor_recognizer, ner_model_path

    ner = ner or ner_model_path()
    if mode == "model":
        return spacy.load(ner)
    nlp = spacy.load(parser)
    add_actor_recognizer(nlp, "de", statistical=(mode == "all"), ner_path=ner)
    return nlp


def predicted(doc, mode: str) -> set[tuple[int, int, str]]:  # type: ignore[no-untyped-def]
    out = set()
    for ent in doc.ents:
        label = ent.label_ if mode == "model" else TO_GERMEVAL.get(ent.label_)
        if label in SCORED and ent.text[:1].isupper():
            out.add((ent.start_char, ent.end_char, label))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dev-sets", type=Path, default=DEFAULT_DEV)
    ap.add_argument("--parser", type=Path, default=ROOT / "kg" / "models" / "de_kg_ud")
    ap.add_argument("--ner", type=Path, default=None, help="NER pipeline (default: shipped)")
    ap.add_argument("--mode", choices=("all", "rules", "model"), default="all",
                    help="all = gazetteer + rules + NER; rules = without NER; model = NER alone")
    ap.add_argument("--genre", choices=("news", "wikipedia", "all"), default="news")
    ap.add_argument("--split", choices=("heldout", "valid"), default="heldout",
                    help="heldout = the scored test share; valid = the training side's "
                         "validation share (for error analysis and tuning)")
    ap.add_argument("--layers", choices=("outer", "all"), default="outer",
                    help="outer = GermEval's outer layer only; all = nested inner spans too")
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()
    train, held = split_germeval(list(read_jsonl(args.dev_sets / "germeval2014_dev.de.jsonl")))
    if args.split == "valid":
        held = split_valid(train)[1]
    if args.genre != "all":
        held = [r for r in held if r.get("genre") == args.genre]
    if args.limit:
        held = held[: args.limit]
    nlp = load(args.parser, args.ner, args.mode)
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    start = time.perf_counter()
    texts = [str(r["text"]) for r in held]
    for rec, doc in zip(held, nlp.pipe(texts, batch_size=64), strict=True):
        ents = rec["entities"] if args.layers == "all" else outer_layer(rec["entities"])
        gold = {(e["start"], e["end"], e["type"]) for e in ents if e["type"] in SCORED}
        pred = predicted(doc, args.mode)
        for label in SCORED:
            g = {x for x in gold if x[2] == label}
            p = {x for x in pred if x[2] == label}
            tp[label] += len(g & p)
            fp[label] += len(p - g)
            fn[label] += len(g - p)
    seconds = time.perf_counter() - start

    def prf(t: int, f_p: int, f_n: int) -> tuple[float, float, float]:
        p = t / (t + f_p) if t + f_p else 0.0
        r = t / (t + f_n) if t + f_n else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    print(f"{len(held)} GermEval sentences ({args.split}, genre {args.genre}, {args.layers} "
          f"layer), mode {args.mode}, "
          f"{seconds:.1f} s")
    for label in SCORED:
        p, r, f = prf(tp[label], fp[label], fn[label])
        print(f"{label}: P {p:.3f} R {r:.3f} F1 {f:.3f}  (gold {tp[label] + fn[label]})")
    p, r, f = prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    print(f"ALL: P {p:.3f} R {r:.3f} F1 {f:.3f}")


if __name__ == "__main__":
    main()
