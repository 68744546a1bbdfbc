"""Score actor recognition on held-out GermEval 2014 dev sentences (PER/ORG/LOC, outer layer).

The held-out share is the one ``training/ner/prepare.py`` keeps out of NER training (fixed seed).
Predicted ActorType labels map to GermEval's: Person → PER, Organization → ORG, Country and
Location → LOC; armed forces, events, groups and lowercase spans (demonym adjectives, which
GermEval tags as LOCderiv) are not scored. Exact character spans count. GermEval annotates two
layers (``Universität Bonn`` ORG holds ``Bonn`` LOC); only outer-layer gold spans (not inside
another annotated span) are scored unless ``--layers all`` asks for both. Every gold span counts.

GermEval annotates proper names only. By default (``--count names``) kg's named mentions are
scored: actors kg finds by a common noun (``die Regierung``: a description, see
:func:`kg.recognize.rules.is_description`) are left out, names kg keeps out of the graph as news
boilerplate (``( Reuters )``, a dateline's ``Berlin``) are counted, and acronym + noun compounds
(``EU-Kommission``) count as GermEval's *part types, which are not scored. ``--count ents``
scores ``doc.ents`` as they are.

    python3 bench/ner_eval.py                      # rules + gazetteer + kg's shipped NER, news
    python3 bench/ner_eval.py --ner /tmp/train_ner/model-best --genre all
    python3 bench/ner_eval.py --mode model         # the statistical NER alone
    python3 bench/ner_eval.py --split valid --errors /tmp/errors.txt   # error analysis
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


def name_part_compound(text: str) -> bool:
    """Tell whether a one-word span is an acronym + common-noun compound (``EU-Kommission``).

    GermEval annotates such a compound as containing a name (``ORGpart``, ``LOCpart``), not as
    one: 57 of 59 acronym-prefixed compounds on its training side (``US-Notenbank``,
    ``SPD-Führung``), against two names (``DS-Magazin``, ``McLaren-Mercedes``).
    """
    head, _, tail = text.rpartition("-")
    first = head.split("-", 1)[0]
    return (" " not in text and len(first) >= 2 and first.isupper() and tail[:1].isupper()
            and not tail.isupper())


def predicted(doc, mode: str, count: str = "names") -> set[tuple[int, int, str]]:  # type: ignore[no-untyped-def]
    """Return the predicted (start, end, GermEval label) spans of one parsed sentence.

    ``count="names"`` scores kg's named mentions: ``doc.ents`` without descriptions (actors
    found by a common noun, ``die Regierung``), with the names kept out of the graph as news
    boilerplate (``( Reuters )``, a dateline's place), and with acronym + noun compounds as
    GermEval's *part types (not scored); ``count="ents"`` scores ``doc.ents`` as they are.
    """
    from kg.recognize.ner import BOILERPLATE_NAMES
    from kg.recognize.rules import is_description

    if mode == "model":
        spans = list(doc.ents)
    elif count == "names":
        spans = [e for e in doc.ents if not is_description(e)]
        spans += list(doc.spans.get(BOILERPLATE_NAMES, []))
        spans = [e for e in spans if not name_part_compound(e.text)]
    else:
        spans = list(doc.ents)
    out = set()
    for ent in spans:
        label = ent.label_ if mode == "model" else TO_GERMEVAL.get(ent.label_)
        # a nationality adjective (türkische) is kg's mention of a country, not a name; a name
        # may begin in lower case (von der Leyen, iTunes)
        if label in SCORED and ent.id_ != "demonym" and (
                ent.text[:1].isupper() or ent[0].pos_ != "ADJ"):
            out.add((ent.start_char, ent.end_char, label))
    return out


def write_errors(out, rec: dict, doc, gold: set, pred: set) -> None:  # type: ignore[no-untyped-def,type-arg]
    """Write one sentence's false positives (``+``, with their rule) and false negatives (``-``)."""
    text = str(rec["text"])
    spans = list(doc.ents) + list(doc.spans.get("kg_boilerplate", []))
    rules = {(e.start_char, e.end_char): e.id_ or "model" for e in spans}
    out.write(f"# {rec['id']} {text}\n")
    for s, e, label in sorted(pred - gold):
        out.write(f"+ {label} {text[s:e]!r} [{rules.get((s, e), '')}]\n")
    for s, e, label in sorted(gold - pred):
        out.write(f"- {label} {text[s:e]!r}\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dev-sets", type=Path, default=DEFAULT_DEV)
    ap.add_argument("--parser", type=Path, default=ROOT / "kg" / "models" / "de_kg_ud")
    ap.add_argument("--ner", type=Path, default=None, help="NER pipeline (default: shipped)")
    ap.add_argument("--mode", choices=("all", "rules", "model"), default="all",
                    help="all = gazetteer + rules + NER; rules = without NER; model = NER alone")
    ap.add_argument("--genre", choices=("news", "wikipedia", "all"), default="news")
    ap.add_argument("--split", choices=("heldout", "valid", "train"), default="heldout",
                    help="heldout = the scored test share; valid = the training side's "
                         "validation share (for error analysis and tuning); train = the rest "
                         "of the training side (rule analysis; the NER model has seen it)")
    ap.add_argument("--layers", choices=("outer", "all"), default="outer",
                    help="outer = GermEval's outer layer only; all = nested inner spans too")
    ap.add_argument("--count", choices=("names", "ents"), default="names",
                    help="names = kg's named mentions (no descriptions such as 'die Regierung', "
                         "boilerplate names such as '( Reuters )' included, acronym compounds "
                         "such as 'EU-Kommission' as GermEval's *part); ents = doc.ents as they "
                         "are (the graph's actors)")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--errors", type=Path, default=None,
                    help="write each sentence's false positives (with the rule that found "
                         "them) and false negatives to this file, for error analysis")
    args = ap.parse_args()
    train, held = split_germeval(list(read_jsonl(args.dev_sets / "germeval2014_dev.de.jsonl")))
    if args.split != "heldout":
        held = split_valid(train)[1 if args.split == "valid" else 0]
    if args.genre != "all":
        held = [r for r in held if r.get("genre") == args.genre]
    if args.limit:
        held = held[: args.limit]
    nlp = load(args.parser, args.ner, args.mode)
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    errors = args.errors.open("w", encoding="utf-8") if args.errors else None
    start = time.perf_counter()
    texts = [str(r["text"]) for r in held]
    for rec, doc in zip(held, nlp.pipe(texts, batch_size=64), strict=True):
        ents = rec["entities"] if args.layers == "all" else outer_layer(rec["entities"])
        gold = {(e["start"], e["end"], e["type"]) for e in ents if e["type"] in SCORED}
        pred = predicted(doc, args.mode, args.count)
        for label in SCORED:
            g = {x for x in gold if x[2] == label}
            p = {x for x in pred if x[2] == label}
            tp[label] += len(g & p)
            fp[label] += len(p - g)
            fn[label] += len(g - p)
        if errors is not None and gold != pred:
            write_errors(errors, rec, doc, gold, pred)
    seconds = time.perf_counter() - start
    if errors is not None:
        errors.close()

    def prf(t: int, f_p: int, f_n: int) -> tuple[float, float, float]:
        p = t / (t + f_p) if t + f_p else 0.0
        r = t / (t + f_n) if t + f_n else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    print(f"{len(held)} GermEval sentences ({args.split}, genre {args.genre}, {args.layers} "
          f"layer), mode {args.mode}, count {args.count}, "
          f"{seconds:.1f} s")
    for label in SCORED:
        p, r, f = prf(tp[label], fp[label], fn[label])
        print(f"{label}: P {p:.3f} R {r:.3f} F1 {f:.3f}  (gold {tp[label] + fn[label]})")
    p, r, f = prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    print(f"ALL: P {p:.3f} R {r:.3f} F1 {f:.3f}")


if __name__ == "__main__":
    main()
