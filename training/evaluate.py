"""Score a German pipeline on the held-out split, on raw text and on gold tokens.

    python training/evaluate.py [MODEL] [--dev training/output/corpus/dev.spacy]

"Raw text" lets the pipeline tokenize (what users get); "gold tokens" feeds the treebank's
tokens, isolating tagging and parsing from tokenization errors. Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

KEYS = ("pos_acc", "morph_acc", "dep_uas", "dep_las", "lemma_acc", "sents_f")


def main() -> None:
    """Evaluate MODEL on the dev DocBin both ways."""
    import spacy
    from spacy.scorer import Scorer
    from spacy.tokens import Doc, DocBin
    from spacy.training import Example

    import kg.nlp.hanta  # noqa: F401  (registers kg_hanta)

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("model", nargs="?", default=str(HERE.parent / "kg" / "models" / "de_kg_ud"))
    ap.add_argument("--dev", type=Path, default=HERE / "output" / "corpus" / "dev.spacy")
    args = ap.parse_args()
    nlp = spacy.load(args.model)
    refs = list(DocBin().from_disk(args.dev).get_docs(nlp.vocab))
    words = sum(len(d) for d in refs)
    out: dict[str, object] = {
        "model": args.model,
        "sentences": sum(1 for d in refs for _ in d.sents),
        "tokens": words,
    }
    for mode in ("raw_text", "gold_tokens"):
        start = time.perf_counter()
        if mode == "raw_text":
            preds = list(nlp.pipe(d.text for d in refs))
        else:
            preds = [
                nlp(
                    Doc(
                        nlp.vocab,
                        words=[t.text for t in d],
                        spaces=[bool(t.whitespace_) for t in d],
                    )
                )
                for d in refs
            ]
        secs = time.perf_counter() - start
        scores = Scorer(nlp).score([Example(p, r) for p, r in zip(preds, refs, strict=True)])
        out[mode] = {k: round(float(scores[k]), 4) for k in KEYS if scores.get(k) is not None}
        out[mode]["words_per_second"] = round(words / secs)  # type: ignore[index]
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
