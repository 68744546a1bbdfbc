"""Write silver NER training data: kg's own named mentions on unlabelled German news.

Self-training for ``training/ner``: every sentence of a JSON Lines corpus (``text`` field; by
default ``../shared/corpus/news_de.jsonl``, read from ``../shared``, never copied into the
repository) is parsed by kg's German pipeline, and the named mentions kg finds there (gazetteers,
name rules and the shipped NER together; descriptions such as ``die Regierung`` and acronym +
noun compounds left out, exactly as ``bench/ner_eval.py`` counts them) become PER/ORG/LOC
entities of a training doc; every other token is "no entity". The statistical model thus learns
the contexts of the names the rules and lexicons know, and can find names they do not.

With several ``--ner`` pipelines, a span is the NER's when most of them find it (same tokens,
same label): a vote of models trained with different seeds makes fewer idiosyncratic errors
than any one of them, so the single model trained on its silver learns from a better teacher.

    PYTHONPATH=. python3 training/ner/silver.py --out /tmp/ner_silver.spacy
    PYTHONPATH=. python3 training/ner/silver.py --ner /tmp/a /tmp/b /tmp/c --out /tmp/vote.spacy
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, DocBin, Span
from spacy.util import filter_spans

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "news_de.jsonl"
MIN_TOKENS = 5  # shorter sentences are mostly headlines, datelines and photo credits


def majority_vote(paths: list[Path]) -> Callable[[Doc], Doc]:
    """Return a component setting ``doc.ents`` to the spans most of the NER pipelines find."""
    import spacy

    ners = [spacy.load(path).get_pipe("ner") for path in paths]

    def vote(doc: Doc) -> Doc:
        counts: Counter[tuple[int, int, str]] = Counter()
        for ner in ners:
            counts.update((e.start, e.end, e.label_) for e in ner(doc.copy()).ents)
        spans = [Span(doc, s, e, label=label) for (s, e, label), n in counts.items()
                 if 2 * n > len(ners)]
        doc.ents = filter_spans(spans)
        return doc

    return vote


def main() -> None:
    """Parse the corpus and write one silver doc per sentence."""
    sys.path.insert(0, str(ROOT / "bench"))
    from ner_eval import load, predicted

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--parser", type=Path, default=ROOT / "kg" / "models" / "de_kg_ud")
    ap.add_argument("--ner", type=Path, nargs="+", default=None,
                    help="NER pipeline whose entities the rules combine with (default: shipped);"
                         " several: their majority vote")
    ap.add_argument("--limit", type=int, default=0, help="read at most this many articles")
    args = ap.parse_args()
    with args.corpus.open(encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for line in fh if line.strip()]
    if args.limit:
        texts = texts[: args.limit]
    ners = args.ner or [None]
    nlp = load(args.parser, ners[0], "all")
    if len(ners) > 1:
        name = "kg_ner_vote"
        Language.component(name, func=majority_vote(ners))
        nlp.replace_pipe("ner", name)
    db = DocBin(store_user_data=False)
    labels: Counter[str] = Counter()
    sentences = 0
    for doc in nlp.pipe(texts, batch_size=8):
        spans = predicted(doc, "all")
        for sent in doc.sents:
            if len(sent) < MIN_TOKENS:
                continue
            words = [t.text for t in sent]
            out = Doc(nlp.vocab, words=words, spaces=[bool(t.whitespace_) for t in sent])
            base = sent.start_char
            ents = []
            for s, e, label in spans:
                if base <= s and e <= sent.end_char:
                    span = out.char_span(s - base, e - base, label=label)
                    if span is not None:
                        ents.append(span)
            ents = filter_spans(ents)
            out.set_ents([Span(out, x.start, x.end, label=x.label_) for x in ents],
                         default="outside")
            labels.update(x.label_ for x in ents)
            db.add(out)
            sentences += 1
    db.to_disk(args.out)
    print(f"{len(texts)} articles, {sentences} sentences, entities: {dict(labels)}")


if __name__ == "__main__":
    main()
