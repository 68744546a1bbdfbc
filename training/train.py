"""Train kg's German pipeline from the UD treebanks in ``../shared/ud`` — one command.

    python training/train.py                # prepare data, train, evaluate, install into kg/models
    python training/train.py --smoke        # a few steps on a slice: checks the recipe still runs
    python training/train.py --init-tok2vec /tmp/ud_pretrain/model7.bin   # pretrained tok2vec

Steps: ``prepare.py`` pools GSD dev+test and PUD test, shuffles with a fixed seed and holds out
10 % for evaluation; spaCy trains ``de_hanta.cfg`` (tok2vec with HanTa STTS tags as a feature,
morphologizer, parser, trainable lemmatizer; sentence boundaries from the parser); the best
checkpoint on the held-out split is copied to ``kg/models/de_kg_ud`` with its scores and the
treebanks' credits in ``meta.json``.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

CREDITS = [
    {
        "name": "UD German-GSD",
        "license": "CC BY-SA 4.0",
        "url": "https://universaldependencies.org/treebanks/de_gsd/",
    },
    {
        "name": "UD German-PUD",
        "license": "CC BY-SA 3.0",
        "url": "https://universaldependencies.org/treebanks/de_pud/",
    },
    {
        "name": "HanTa (Hanover Tagger) STTS tags as a feature",
        "license": "LGPL-3.0",
        "url": "https://pypi.org/project/HanTa/",
    },
]


def run(argv: list[str] | None = None) -> int:
    """Prepare, train and (optionally) install the German pipeline."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--config", type=Path, default=HERE / "de_hanta.cfg")
    ap.add_argument("--ud", type=Path, default=ROOT.parent / "shared" / "ud")
    ap.add_argument("--work", type=Path, default=HERE / "output")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--train-seed", type=int, default=None, help="override system.seed (0)")
    ap.add_argument("--max-steps", type=int, default=0, help="override training.max_steps")
    ap.add_argument("--smoke", action="store_true", help="40 sentences per treebank, 4 steps")
    ap.add_argument("--no-install", action="store_true", help="leave kg/models untouched")
    ap.add_argument(
        "--init-tok2vec",
        type=Path,
        default=None,
        help="tok2vec weights from training/ner/pretrain.py --config de_hanta.cfg",
    )
    args = ap.parse_args(argv)
    corpus = args.work / "corpus"
    prep = [
        sys.executable,
        str(HERE / "prepare.py"),
        "--ud",
        str(args.ud),
        "--out",
        str(corpus),
        "--seed",
        str(args.seed),
    ]
    if args.smoke:
        prep += ["--limit", "40"]
    subprocess.run(prep, check=True)

    from spacy.cli.train import train

    import kg.nlp.hanta  # noqa: F401  (registers the kg_hanta factory)

    overrides: dict[str, object] = {
        "paths.train": str(corpus / "train.spacy"),
        "paths.dev": str(corpus / "dev.spacy"),
    }
    if args.train_seed is not None:
        overrides["system.seed"] = args.train_seed
    if args.init_tok2vec:
        overrides["paths.init_tok2vec"] = str(args.init_tok2vec)
    if args.smoke:
        overrides.update({"training.max_steps": 4, "training.eval_frequency": 2})
    elif args.max_steps:
        overrides["training.max_steps"] = args.max_steps
    model_dir = args.work / "model"
    train(args.config, model_dir, overrides=overrides)
    best = model_dir / "model-best"
    meta = json.loads((best / "meta.json").read_text(encoding="utf-8"))
    print(
        json.dumps(
            {
                k: meta["performance"].get(k)
                for k in ("pos_acc", "dep_uas", "dep_las", "lemma_acc", "sents_f")
            },
            indent=1,
        )
    )
    if not (args.smoke or args.no_install):
        install(best, ROOT / "kg" / "models" / "de_kg_ud", meta)
    return 0


def install(best: Path, target: Path, meta: dict[str, object]) -> None:
    """Copy the best checkpoint into the package with kg's name and credits."""
    meta.update(
        {
            "name": "kg_ud",
            "version": "0.1.0",
            "sources": CREDITS,
            "description": "kg's German pipeline trained on UD German GSD+PUD (held-out 10%).",
        }
    )
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(best, target)
    (target / "meta.json").write_text(
        json.dumps(meta, indent=2, ensure_ascii=False), encoding="utf-8"
    )
    print(f"installed {target}")


if __name__ == "__main__":
    sys.exit(run())
