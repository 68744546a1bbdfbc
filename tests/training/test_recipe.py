"""The training recipe runs end to end on a slice of ../shared/ud (a few steps only)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, has_shared


@pytest.mark.skipif(not has_shared("ud", "de_gsd-ud-dev.conllu"), reason="../shared/ud missing")
def test_training_smoke(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, str(ROOT / "training" / "train.py"), "--smoke", "--work", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    meta = json.loads((tmp_path / "model" / "model-best" / "meta.json").read_text())
    assert {"dep_uas", "pos_acc", "lemma_acc"} <= set(meta["performance"])
    assert (tmp_path / "corpus" / "dev.spacy").exists()
