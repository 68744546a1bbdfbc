"""Convert the German UD treebanks in ``../shared/ud`` to spaCy training data.

Sentences from all treebanks are pooled, shuffled with a fixed seed and split into train and
held-out dev sets; each set is written as a DocBin of 10-sentence documents so the parser learns
sentence boundaries. The data never enters the repository: it is read from ``../shared/ud`` and
written to a scratch folder (``training/output/corpus/`` by default, ignored by git).
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

from spacy.tokens import Doc, DocBin
from spacy.training.converters import conllu_to_docs
from spacy.vocab import Vocab

DEFAULT_UD = Path(__file__).resolve().parents[2] / "shared" / "ud"
TREEBANKS = ("de_gsd-ud-dev.conllu", "de_gsd-ud-test.conllu", "de_pud-ud-test.conllu")


def read_sentences(path: Path, vocab: Vocab, limit: int = 0) -> list[Doc]:
    """Read one CoNLL-U file as one spaCy ``Doc`` per sentence (multi-word tokens merged)."""
    text = path.read_text(encoding="utf-8")
    parsed = conllu_to_docs(text, n_sents=1, merge_subtokens=True, no_print=True)
    docs = [Doc(vocab).from_bytes(d.to_bytes()) for d in parsed]
    for doc in docs:
        for tok in doc:
            # XPOS sets differ between GSD (STTS) and PUD (PTB): the pipeline trains no tagger.
            tok.tag_ = ""
    return docs[:limit] if limit else docs


def group(docs: list[Doc], n_sents: int) -> list[Doc]:
    """Join consecutive sentences into documents of ``n_sents`` sentences."""
    return [Doc.from_docs(docs[i : i + n_sents]) for i in range(0, len(docs), n_sents)]


def main() -> None:
    """Write ``train.spacy`` and ``dev.spacy`` with a seeded held-out split."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ud", type=Path, default=DEFAULT_UD, help="folder with the .conllu files")
    ap.add_argument("--out", type=Path, default=Path(__file__).parent / "output" / "corpus")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--dev-share", type=float, default=0.1)
    ap.add_argument("--limit", type=int, default=0, help="sentences per treebank (smoke runs)")
    args = ap.parse_args()
    vocab = Vocab()
    sents: list[Doc] = []
    for name in TREEBANKS:
        path = args.ud / name
        if not path.exists():
            raise SystemExit(f"treebank not found: {path} (expected {', '.join(TREEBANKS)})")
        sents.extend(read_sentences(path, vocab, args.limit))
    random.Random(args.seed).shuffle(sents)
    n_dev = max(1, int(len(sents) * args.dev_share))
    dev, train = sents[:n_dev], sents[n_dev:]
    args.out.mkdir(parents=True, exist_ok=True)
    for name, part in (("train", train), ("dev", dev)):
        db = DocBin(store_user_data=False)
        for doc in group(part, 10):
            db.add(doc)
        db.to_disk(args.out / f"{name}.spacy")
        print(f"{name}: {len(part)} sentences, {sum(len(d) for d in part)} tokens")


if __name__ == "__main__":
    main()
