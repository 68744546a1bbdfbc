"""Shared fixtures: small documents written for the tests, and paths to ../shared."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import KGError

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"

GERMAN = (
    "Russland griff im Jahr 2010 nicht in Kirgisistan ein. "
    "Die Bundesregierung kritisierte Russland scharf.\n\n"
    "Präsident Emmanuel Macron traf Bundeskanzler Olaf Scholz in Berlin."
)
ENGLISH = (
    "Russia did not intervene in Kyrgyzstan in 2010. "
    "President Emmanuel Macron met Chancellor Olaf Scholz in Berlin."
)


@pytest.fixture
def german_file(tmp_path: Path) -> Path:
    path = tmp_path / "de.txt"
    path.write_text(GERMAN, encoding="utf-8")
    return path


@pytest.fixture
def english_file(tmp_path: Path) -> Path:
    path = tmp_path / "en.txt"
    path.write_text(ENGLISH, encoding="utf-8")
    return path


def has_shared(*parts: str) -> bool:
    """Whether ../shared holds the given file (CI has it; other clones may not)."""
    return SHARED.joinpath(*parts).exists()


@pytest.fixture(scope="session")
def nlp_de():
    """kg's German pipeline (parser + actor recognition), loaded once."""
    from kg.recognize import load_recognizer as load_pipeline

    try:
        return load_pipeline("de")
    except KGError as err:  # pragma: no cover - model missing
        pytest.skip(str(err))


@pytest.fixture(scope="session")
def nlp_en():
    """The installed English spaCy model (en_core_web_sm*), loaded once."""
    import spacy

    names = [m for m in spacy.util.get_installed_models() if m.startswith("en_core_web_sm")]
    if not names:
        pytest.skip("no English spaCy model installed")
    return spacy.load(names[0])

