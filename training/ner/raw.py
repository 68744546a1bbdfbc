"""Write the raw German text the NER's tok2vec is pretrained on, tagged as the NER reads it.

``spacy pretrain`` (characters objective, ``de_ner_pretrain.cfg``) learns word representations
from unlabelled text before the NER sees its 2,400 labelled sentences. Sources, all read from
``../shared`` and never copied into the repository: the news corpus (``corpus/news_de.jsonl``),
the tokens of UD German-GSD's training split (``ud/gsd_train_upos``; multiword tokens kept in
their surface form, ``zur``) and the Europeana Newspapers NER text (``ner/europeana_de``, tokens
only). No GermEval text is read, so its held-out share stays unseen. ``--no-news`` leaves the
news corpus out (its licence is non-commercial). Each doc is tagged by
``kg_hanta``, because the NER's tok2vec reads the STTS tag as a feature.

    PYTHONPATH=. python3 training/ner/raw.py --out /tmp/ner_raw.spacy
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin

SHARED = Path(__file__).resolve().parents[3] / "shared"
MWT_PARTS = 2  # German multiword tokens split in two (zur → zu der, im → in dem)


def gsd_sentences(path: Path) -> Iterator[list[str]]:
    """Yield the surface words of GSD's ``FORM##UPOS`` lines (multiword tokens unsplit)."""
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            words: list[str] = []
            skip = 0
            for item in line.split():
                form, _, tag = item.rpartition("##")
                if skip:
                    skip -= 1
                    continue
                words.append(form)
                if tag == "_":
                    skip = MWT_PARTS
            if words:
                yield words


def bio_chunks(path: Path, size: int = 40) -> Iterator[list[str]]:
    """Yield the tokens of a BIO file in chunks of ``size`` (its documents have no sentences)."""
    chunk: list[str] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            word = line.split(" ", 1)[0].strip()
            if not word:
                continue
            chunk.append(word)
            if len(chunk) == size:
                yield chunk
                chunk = []
    if chunk:
        yield chunk


def main() -> None:
    """Tag every source text with kg_hanta and write one DocBin."""
    import kg.nlp.hanta  # noqa: F401  (registers the kg_hanta factory)

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=SHARED)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--no-news", action="store_true",
                    help="leave out the news corpus (10kGNAD, CC BY-NC-SA 4.0)")
    args = ap.parse_args()
    nlp = spacy.blank("de")
    nlp.add_pipe("kg_hanta")
    docs: list[Doc] = []
    if not args.no_news:
        with (args.shared / "corpus" / "news_de.jsonl").open(encoding="utf-8") as fh:
            docs += [nlp.make_doc(json.loads(line)["text"]) for line in fh if line.strip()]
    n_news = len(docs)
    gsd = args.shared / "ud" / "gsd_train_upos" / "de_gsd-ud-train.conllu.pos"
    docs += [Doc(nlp.vocab, words=w) for w in gsd_sentences(gsd)]
    n_gsd = len(docs) - n_news
    docs += [Doc(nlp.vocab, words=w)
             for w in bio_chunks(args.shared / "ner" / "europeana_de" / "enp_DE.lft.bio")]
    db = DocBin(attrs=["ORTH", "TAG"], store_user_data=False)
    words = 0
    for doc in nlp.pipe(docs, batch_size=64):
        db.add(doc)
        words += len(doc)
    db.to_disk(args.out)
    print(f"{n_news} news articles, {n_gsd} GSD sentences, "
          f"{len(docs) - n_news - n_gsd} Europeana chunks: {words} tokens")


if __name__ == "__main__":
    main()
