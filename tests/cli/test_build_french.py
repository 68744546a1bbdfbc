"""``kg build --lang fr`` and ``kg extract --lang auto`` on a French text written for the test."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.cli.main import main
from kg.nlp.loading import installed_models

FRENCH = (
    "Selon le Kremlin, la Russie n'a pas attaqué la Géorgie en 2008. "
    "Le président ukrainien a rencontré Emmanuel Macron à Paris.\n\n"
    "L'Union européenne pourrait sanctionner la Biélorussie. "
    "Si la Russie attaquait la Lituanie, l'OTAN soutiendrait Vilnius."
)


@pytest.fixture
def french_file(tmp_path: Path) -> Path:
    if not installed_models("fr"):
        pytest.skip("no French spaCy pipeline installed (pip install 'kg[fr]')")
    path = tmp_path / "fr.txt"
    path.write_text(FRENCH, encoding="utf-8")
    return path


def _key(t: dict) -> tuple[str, str, str, bool, str]:
    return (t["subject"]["mention"]["text"], t["predicate"]["id"],
            t["object"]["mention"]["text"], t["negated"], t["modality"])


def test_build_french(
    capsys: pytest.CaptureFixture[str], french_file: Path, tmp_path: Path
) -> None:
    out_dir = tmp_path / "out"
    code = main(["build", str(french_file), "--lang", "fr", "-o", str(out_dir)])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert (out_dir / "graph.ttl").stat().st_size > 0
    triples = [json.loads(line) for line in (out_dir / "triples.jsonl").read_text().splitlines()]
    got = {_key(t) for t in triples}
    assert ("Russie", "attacks", "Géorgie", True, "reported") in got, got
    assert ("Union européenne", "sanctions", "Biélorussie", False, "possible") in got, got
    assert ("Russie", "attacks", "Lituanie", False, "hypothetical") in got, got
    labels = {t[side]["label"] for t in triples for side in ("subject", "object")
              if t[side]["type"] != "Concept"}  # a Concept end is a value: text, no label
    assert {"Russia", "Georgia", "European Union"} <= labels, labels  # linked to known actors
    assert "triples:" in out


def test_extract_detects_french(capsys: pytest.CaptureFixture[str], french_file: Path) -> None:
    code = main(["extract", str(french_file), "--lang", "auto"])
    out, err = capsys.readouterr()
    assert code == 0, err
    triples = [json.loads(line) for line in out.splitlines()]
    assert any(_key(t)[:3] == ("Russie", "attacks", "Géorgie") for t in triples), triples
