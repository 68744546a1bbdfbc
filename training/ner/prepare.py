"""Convert the German NER dev sets in ``../shared/eval/dev`` to spaCy training data.

GermEval 2014 dev, SmartData dev and MobIE dev are read from ``../shared`` (never copied into the
repository), their labels mapped to PER/ORG/LOC/OTH (outer layer only; GermEval's ``deriv`` and
``part`` labels are dropped), and a fixed seeded share of GermEval is held out for scoring
(``bench/ner_eval.py`` uses the same split through :func:`split_germeval`). Model selection
during training reads ``valid.spacy``, a seeded share of GermEval's *training* side, so the
held-out sentences (``heldout.spacy``) take no part in training or in choosing the checkpoint.
SmartData's and MobIE's stops and routes (``Hauptbahnhof``, ``A 5``), which GermEval would tag as
locations or not at all, are marked as missing annotation rather than as non-entities.
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Iterator
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin, Span
from spacy.util import filter_spans

DEFAULT_DEV = Path(__file__).resolve().parents[3] / "shared" / "eval" / "dev"
SEED = 13
HELD_OUT_SHARE = 0.25
VALID_SHARE = 0.1  # of GermEval's training side, for choosing the checkpoint

LABELS = {
    # GermEval 2014 (outer layer)
    "PER": "PER",
    "ORG": "ORG",
    "LOC": "LOC",
    "OTH": "OTH",
    # SmartData / MobIE
    "PERSON": "PER",
    "ORGANIZATION": "ORG",
    "ORGANIZATION_COMPANY": "ORG",
    "LOCATION": "LOC",
    "LOCATION_CITY": "LOC",
    "LOCATION_STREET": "LOC",
}
# entity types whose tokens are left unannotated (neither entity nor "O") in training
UNSURE = {"LOCATION_STOP", "LOCATION_ROUTE"}


def read_jsonl(path: Path) -> Iterator[dict[str, object]]:
    """Yield the records of one JSON Lines dev file."""
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


Record = dict[str, object]


def split_germeval(records: list[Record]) -> tuple[list[Record], list[Record]]:
    """Split GermEval records into (train, held-out) with the fixed seed."""
    order = list(range(len(records)))
    random.Random(SEED).shuffle(order)
    n_out = int(len(records) * HELD_OUT_SHARE)
    held = set(order[:n_out])
    train = [r for i, r in enumerate(records) if i not in held]
    return train, [r for i, r in enumerate(records) if i in held]


def split_valid(train: list[Record]) -> tuple[list[Record], list[Record]]:
    """Split GermEval's training side into (train, validation) with the fixed seed."""
    order = list(range(len(train)))
    random.Random(SEED + 1).shuffle(order)
    valid = set(order[: int(len(train) * VALID_SHARE)])
    return (
        [r for i, r in enumerate(train) if i not in valid],
        [r for i, r in enumerate(train) if i in valid],
    )


def read_bio(path: Path, max_tokens: int = 40) -> Iterator[tuple[list[str], list[str]]]:
    """Yield ``(words, tags)`` chunks of a ``token TAG`` BIO stream without sentence breaks.

    Europeana's files are one token stream each: a chunk ends after ``.``, ``!`` or ``?``, or
    at ``max_tokens`` outside an entity.
    """
    words: list[str] = []
    tags: list[str] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            word, _, tag = line.rstrip("\n").rpartition(" ")
            if not word:
                continue
            words.append(word)
            tags.append(tag)
            if word in {".", "!", "?"} or (len(words) >= max_tokens and tag == "O"):
                yield words, tags
                words, tags = [], []
    if words:
        yield words, tags


def bio_doc(nlp: spacy.language.Language, words: list[str], tags: list[str]) -> Doc:
    """Build a training doc from BIO tags (PER/LOC/ORG; other labels left unannotated)."""
    doc = Doc(nlp.vocab, words=words)
    spans, missing = [], []
    i = 0
    while i < len(words):
        tag = tags[i]
        if tag == "O":
            i += 1
            continue
        label = tag[2:]
        j = i + 1
        while j < len(words) and tags[j] == f"I-{label}":
            j += 1
        (spans if label in {"PER", "LOC", "ORG"} else missing).append(
            Span(doc, i, j, label=label if label in {"PER", "LOC", "ORG"} else ""))
        i = j
    doc.set_ents(spans, missing=missing, default="outside")
    return doc


def to_doc(nlp: spacy.language.Language, record: dict[str, object]) -> Doc:
    """Tokenise one record and set its mapped entities."""
    doc = nlp.make_doc(str(record["text"]))
    spans = []
    unsure = []
    for ent in record["entities"]:  # type: ignore[attr-defined]
        label = LABELS.get(ent["type"])
        span = doc.char_span(ent["start"], ent["end"], label=label or "", alignment_mode="expand")
        if span is None:
            continue
        if label is not None:
            spans.append(span)
        elif ent["type"] in UNSURE:
            unsure.append(span)
    spans = filter_spans(spans)
    taken = {i for s in spans for i in range(s.start, s.end)}
    missing = [s for s in unsure if not taken.intersection(range(s.start, s.end))]
    doc.set_ents(spans, missing=filter_spans(missing), default="outside")
    return doc


def main() -> None:
    """Write ``train.spacy``, ``valid.spacy`` and ``heldout.spacy`` (held-out GermEval share)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dev-sets", type=Path, default=DEFAULT_DEV)
    ap.add_argument("--out", type=Path, default=Path(__file__).parent / "corpus")
    ap.add_argument("--final", action="store_true",
                    help="fold the validation share into train.spacy (for the final model, "
                         "trained for a fixed number of steps)")
    ap.add_argument("--europeana", type=Path, nargs="+", default=[],
                    help="also train on these Europeana Newspapers BIO files (historical "
                         "German newspapers, PER/LOC/ORG), e.g. ../shared/ner/europeana_de/"
                         "enp_DE.lft.bio")
    args = ap.parse_args()
    nlp = spacy.blank("de")
    germeval = list(read_jsonl(args.dev_sets / "germeval2014_dev.de.jsonl"))
    train_recs, held = split_germeval(germeval)
    train_recs, valid = split_valid(train_recs)
    if args.final:
        train_recs += valid
    for name in ("smartdata_dev.de.jsonl", "mobie_dev.de.jsonl"):
        train_recs += list(read_jsonl(args.dev_sets / name))
    random.Random(SEED).shuffle(train_recs)
    args.out.mkdir(parents=True, exist_ok=True)
    for name, recs in (("train", train_recs), ("valid", valid), ("heldout", held)):
        db = DocBin(store_user_data=False)
        for rec in recs:
            db.add(to_doc(nlp, rec))
        extra = 0
        if name == "train":
            for path in args.europeana:
                for words, tags in read_bio(path):
                    db.add(bio_doc(nlp, words, tags))
                    extra += 1
        db.to_disk(args.out / f"{name}.spacy")
        print(f"{name}: {len(recs)} texts" + (f" + {extra} Europeana chunks" if extra else ""))


if __name__ == "__main__":
    main()
