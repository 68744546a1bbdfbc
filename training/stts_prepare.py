"""Write training data for kg's STTS tagger: German text tagged by HanTa (distillation).

    python training/stts_prepare.py [--out DIR] [--ud DIR] [--limit N]

kg's German pipeline and NER read HanTa's STTS tags as a feature, and kg's extraction reads
them too (``VVFIN``, ``PTKZU``, ``ADJD``). HanTa is a third of the pipeline's time, so a small
spaCy ``tagger`` (``training/de_stts.cfg``) learns to give HanTa's tags instead: this script tags
text with kg's own ``kg_hanta`` component — the labels are exactly what the pipeline saw in
training — and writes them as DocBins.

Text: GSD's train split (``gsd_train_upos``: words only; its gold UPOS are not used), the
training side of ``prepare.py``'s treebank split, and news articles (``--news``, JSON lines with
``id`` and ``text``, tokenized by spaCy's German tokenizer with kg's abbreviations) except those
of ``--exclude`` files (kg's evaluation articles) and the last ``--hold-out`` ones, which go to
``news_heldout.spacy`` to measure agreement with HanTa on unseen news. The held-out side of the
treebank split is the dev set (agreement with HanTa on it chooses the checkpoint). Treebank
sentences are joined ten to a document, sometimes with a paragraph break (a whitespace token,
HanTa's ``_SP``) between two of them, as kg's input has. Nothing is written into the
repository (``training/output/stts`` by default).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path

from spacy.tokens import Doc, DocBin
from spacy.vocab import Vocab

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

DEFAULT_UD = HERE.parents[1] / "shared" / "ud"
GSD_TRAIN = Path("gsd_train_upos") / "de_gsd-ud-train.conllu.pos"


def gsd_sentences(path: Path) -> Iterator[list[str]]:
    """Yield the surface words of each sentence of a ``FORM##UPOS`` file.

    A multi-word token comes as ``im##_`` followed by its two parts (``in##ADP dem##DET``); the
    surface form is kept and the parts dropped, as spaCy's tokenizer keeps ``im`` one token.
    """
    for line in path.read_text(encoding="utf-8").splitlines():
        items = [item.rpartition("##") for item in line.split()]
        words: list[str] = []
        skip = 0
        for form, _, upos in items:
            if skip:
                skip -= 1
                continue
            words.append(form)
            if upos == "_":
                skip = 2
        if words:
            yield words


def docbin_sentences(path: Path, vocab: Vocab) -> Iterator[list[str]]:
    """Yield the words of each sentence of the documents in a DocBin from ``prepare.py``."""
    for doc in DocBin().from_disk(path).get_docs(vocab):
        for sent in doc.sents:
            yield [t.text for t in sent]


def documents(vocab: Vocab, sents: list[list[str]], rng: random.Random,
              n_sents: int = 10, paragraph: float = 0.15) -> Iterator[Doc]:
    """Join sentences ``n_sents`` to a document, a paragraph break between some of them."""
    for i in range(0, len(sents), n_sents):
        words: list[str] = []
        spaces: list[bool] = []
        for j, sent in enumerate(sents[i : i + n_sents]):
            if j and rng.random() < paragraph:
                spaces[-1] = False
                words.append("\n\n")
                spaces.append(False)
            words.extend(sent)
            spaces.extend([True] * len(sent))
        yield Doc(vocab, words=words, spaces=spaces)


def news_documents(paths: list[Path], exclude: list[Path],
                   hold_out: int) -> tuple[list[str], list[str]]:
    """Return the texts of the news articles to train on and those held out."""
    skip = {json.loads(line)["id"] for path in exclude
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}
    texts = [article["text"] for path in paths
             for article in map(json.loads, path.read_text(encoding="utf-8").splitlines())
             if article.get("id") not in skip]
    cut = len(texts) - hold_out
    return texts[:cut], texts[cut:]


def main() -> None:
    """Tag the text with HanTa and write ``train.spacy`` and ``dev.spacy``."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ud", type=Path, default=DEFAULT_UD)
    ap.add_argument("--treebank-split", type=Path, default=HERE / "output" / "corpus",
                    help="prepare.py's output folder (train.spacy, dev.spacy)")
    ap.add_argument("--out", type=Path, default=HERE / "output" / "stts")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--news", type=Path, action="append", default=[],
                    help="JSON lines of articles (id, text) to add")
    ap.add_argument("--exclude", type=Path, action="append", default=[],
                    help="JSON lines whose article ids are left out (evaluation articles)")
    ap.add_argument("--hold-out", type=int, default=64, help="last news articles kept unseen")
    ap.add_argument("--limit", type=int, default=0, help="sentences per source (smoke runs)")
    args = ap.parse_args()

    import spacy

    from kg.nlp.hanta import HantaTagger
    from kg.nlp.loading import add_abbreviations

    hanta = HantaTagger(cache_size=0)
    blank = spacy.blank("de")
    add_abbreviations(blank, "de")
    vocab = blank.vocab  # German lexical attributes: HanTa's component skips whitespace tokens
    rng = random.Random(args.seed)
    gsd = list(gsd_sentences(args.ud / GSD_TRAIN))
    tree_train = list(docbin_sentences(args.treebank_split / "train.spacy", vocab))
    tree_dev = list(docbin_sentences(args.treebank_split / "dev.spacy", vocab))
    if args.limit:
        gsd, tree_train, tree_dev = (s[: args.limit] for s in (gsd, tree_train, tree_dev))
    train = gsd + tree_train
    rng.shuffle(train)
    args.out.mkdir(parents=True, exist_ok=True)
    news, held = news_documents(args.news, args.exclude, args.hold_out)
    if args.limit:
        news, held = news[: args.limit // 10], held[: args.limit // 10]
    parts = {
        "train": [*documents(vocab, train, rng), *(blank.make_doc(t) for t in news)],
        "dev": list(documents(vocab, tree_dev, rng)),
        "news_heldout": [blank.make_doc(t) for t in held],
    }
    rng.shuffle(parts["train"])
    for name, docs in parts.items():
        if not docs:
            continue
        db = DocBin(attrs=["ORTH", "SPACY", "TAG"], store_user_data=False)
        for doc in docs:
            db.add(hanta(doc))
        db.to_disk(args.out / f"{name}.spacy")
        print(f"{name}: {len(docs)} documents, {sum(len(d) for d in docs)} tokens")


if __name__ == "__main__":
    main()
