"""Pretrain a pipeline's tok2vec on raw tagged text (spaCy's characters objective).

``spacy pretrain`` reads raw text through the tokenizer alone, so the STTS tags ``kg_hanta`` sets
(a tok2vec feature) would be missing; and it cannot pretrain a tok2vec set inside a ``ner``
model: the ``ner``'s ``tok2vec`` reference is the tok2vec chained to a projection onto one array,
while the objective needs the per-doc arrays of the tok2vec itself. This script runs the same
objective, optimizer, batcher, dropout and number of epochs (``[pretraining]`` of the config) on
the tagged docs of ``raw.py`` and writes the weights of the layer ``[pretraining]`` names, which
``spacy train … --paths.init_tok2vec FILE`` reads back: the ner's whole ``tok2vec`` reference
(``de_ner.cfg``: ``component = "ner"``, ``layer = "tok2vec"``), or a standalone ``tok2vec``
component, whose model is the tok2vec itself (``de_hanta.cfg``: ``component = "tok2vec"``,
``layer = ""``; the parser pipeline's listeners share it).

    PYTHONPATH=. python3 training/ner/raw.py --out /tmp/ner_raw.spacy
    PYTHONPATH=. python3 training/ner/pretrain.py --raw /tmp/ner_raw.spacy --out /tmp/pretrain
    PYTHONPATH=. python3 training/ner/pretrain.py --config training/de_hanta.cfg \
        --raw /tmp/ner_raw.spacy --out /tmp/ud_pretrain
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from spacy import util
from spacy.pipeline import Tok2Vec, TrainablePipe
from spacy.schemas import ConfigSchemaPretrain
from spacy.tokens import DocBin
from spacy.training.pretrain import make_update
from thinc.api import fix_random_seed, set_dropout_rate

HERE = Path(__file__).resolve().parent


def main() -> None:
    """Pretrain for the configured epochs and write ``model<epoch>.bin`` after each one."""
    import kg.nlp.hanta  # noqa: F401  (registers the kg_hanta factory the config names)

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--config", type=Path, default=HERE / "de_ner.cfg")
    ap.add_argument("--raw", type=Path, required=True, help="DocBin from training/ner/raw.py")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--epochs", type=int, default=0,
                    help="number of epochs (default: [pretraining] max_epochs of the config)")
    args = ap.parse_args()
    config = util.load_config(args.config, interpolate=False)
    config["initialize"]["init_tok2vec"] = None
    fix_random_seed(config["system"]["seed"])
    nlp = util.load_model_from_config(config, auto_fill=True)
    P = util.registry.resolve(nlp.config.interpolate()["pretraining"],
                              schema=ConfigSchemaPretrain)
    docs = list(DocBin().from_disk(args.raw).get_docs(nlp.vocab))
    pipe = nlp.get_pipe(P["component"])
    if not isinstance(pipe, TrainablePipe):
        raise SystemExit(f"[pretraining] component {P['component']!r} has no model")
    # the layer spacy train loads the weights into (as spacy.training.pretrain.get_tok2vec_ref)
    ref = pipe.model.get_ref(P["layer"]) if P["layer"] else pipe.model
    ref.initialize(X=docs[:8])
    # a tok2vec component's model is the tok2vec; a ner's reference ends in a projection
    tok2vec = ref if isinstance(pipe, Tok2Vec) else ref.layers[0]
    model = P["objective"](nlp.vocab, tok2vec)
    model.initialize(X=docs[:8])
    set_dropout_rate(model, P["dropout"])
    optimizer = P["optimizer"]
    objective = model.attrs["loss"]
    args.out.mkdir(parents=True, exist_ok=True)
    for epoch in range(args.epochs or P["max_epochs"]):
        started, loss, words = time.time(), 0.0, 0
        for batch in P["batcher"](docs):
            loss += make_update(model, batch, optimizer, objective)
            words += sum(len(d) for d in batch)
        with model.use_params(optimizer.averages):
            (args.out / f"model{epoch}.bin").write_bytes(ref.to_bytes())
        log = {"epoch": epoch, "loss": loss, "words": words,
               "words_per_s": int(words / (time.time() - started))}
        print(json.dumps(log), flush=True)


if __name__ == "__main__":
    main()
