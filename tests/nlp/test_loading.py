from __future__ import annotations

import pytest

from kg.errors import ModelError
from kg.nlp.loading import choose_model, installed_models, load_pipeline


def test_own_german_model_is_shipped() -> None:
    assert "de_kg_ud" in installed_models("de")
    assert choose_model("de") == installed_models("de")[0]


def test_explicit_model_wins() -> None:
    assert choose_model("de", "de_core_news_sm") == "de_core_news_sm"


def test_unknown_model_is_a_clear_error() -> None:
    with pytest.raises(ModelError, match="unknown model 'no_such_model'"):
        load_pipeline("de", "no_such_model")


def test_path_that_is_not_a_pipeline(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ModelError, match="not a spaCy pipeline"):
        load_pipeline("de", str(tmp_path))


def test_german_pipeline_parses_paragraphs() -> None:
    nlp = load_pipeline("de")
    doc = nlp("Eine Überschrift ohne Punkt\n\nDie Regierung trat gestern zurück.")
    starts = [s.start_char for s in doc.sents if not s.text.isspace()]
    assert 0 in starts
    assert doc.text.index("Die") in starts
    assert any(t.dep_ == "ROOT" and t.text == "trat" for t in doc)


def test_language_mismatch() -> None:
    english = installed_models("en")
    if not english:
        pytest.skip("no English spaCy pipeline installed")
    with pytest.raises(ModelError, match="is for 'en'"):
        load_pipeline("de", english[0])
