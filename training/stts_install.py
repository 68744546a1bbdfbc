"""Put a trained STTS tagger into kg's German pipelines in place of HanTa.

    python training/stts_install.py TAGGER [--models kg/models] [--out DIR]

``TAGGER`` is a pipeline trained with ``training/de_stts.cfg`` (its ``tagger``). In
``de_kg_ud`` and ``de_kg_ner`` the ``kg_hanta`` component is replaced by that tagger, named
``kg_stts``, in the same place (first): the components after it read its ``token.tag_`` as they
read HanTa's, and their weights are not touched. ``--out`` writes the two pipelines elsewhere
(for a trial) instead of replacing them in ``--models``.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

PIPELINES = ("de_kg_ud", "de_kg_ner")
STTS = "kg_stts"
TEACHER = {
    "name": "kg_stts: a tagger trained on HanTa's STTS tags (Hanover Tagger, the teacher) "
    "of UD German-GSD train text",
    "license": "HanTa LGPL-3.0 (not bundled; its tags were the training labels)",
    "url": "https://pypi.org/project/HanTa/",
}


def swap(model: Path, tagger: Path, target: Path) -> list[str]:
    """Write ``model`` with its ``kg_hanta`` replaced by ``tagger``'s tagger to ``target``."""
    import spacy

    import kg.nlp.hanta  # noqa: F401  (registers kg_hanta, which the old pipelines name)

    nlp = spacy.load(model)
    source = spacy.load(tagger)
    if "kg_hanta" in nlp.pipe_names:
        nlp.remove_pipe("kg_hanta")
    if STTS in nlp.pipe_names:
        nlp.remove_pipe(STTS)
    nlp.add_pipe("tagger", name=STTS, source=source, first=True)
    meta = json.loads((model / "meta.json").read_text(encoding="utf-8"))
    sources = [s for s in meta.get("sources", []) if "HanTa" not in s.get("name", "")]
    nlp.meta["sources"] = [*sources, TEACHER]
    with tempfile.TemporaryDirectory() as tmp:
        nlp.to_disk(tmp)
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(tmp, target)
    return nlp.pipe_names


def main() -> None:
    """Swap the tagger into both German pipelines."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("tagger", type=Path)
    ap.add_argument("--models", type=Path, default=ROOT / "kg" / "models")
    ap.add_argument("--out", type=Path, default=None, help="write here instead of --models")
    args = ap.parse_args()
    for name in PIPELINES:
        target = (args.out or args.models) / name
        names = swap(args.models / name, args.tagger, target)
        print(f"{target}: {', '.join(names)}")


if __name__ == "__main__":
    main()
