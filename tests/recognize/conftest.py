"""Fixtures of the recognition tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language


@pytest.fixture
def recognizer() -> Callable[[str], Language]:
    """Return a loader of kg's recognizer for a language that skips the test without its model."""
    from kg.errors import KGError
    from kg.recognize import load_recognizer

    def load(lang: str) -> Language:
        try:
            return load_recognizer(lang)
        except KGError as err:  # pragma: no cover - model missing
            pytest.skip(str(err))

    return load


@pytest.fixture(scope="module")
def blank() -> dict[str, Language]:
    """Return blank German and English pipelines with kg's rule-based recogniser (no model)."""
    import spacy

    from kg.recognize.ner import add_actor_recognizer

    out = {}
    for lang in ("de", "en"):
        nlp = spacy.blank(lang)
        add_actor_recognizer(nlp, lang, statistical=False)
        out[lang] = nlp
    return out
