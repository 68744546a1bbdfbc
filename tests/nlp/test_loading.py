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


@pytest.mark.parametrize(("lang", "text", "token"), [
    ("de", "Die Chrome Mines Ltd. ist eine Bergbaugesellschaft in Pakistan.", "Ltd."),
    ("de", "Sen. Mitchell ist zuversichtlich, dass er genügend Stimmen hat.", "Sen."),
    ("de", "Ein Passagier kann von Chardon, Neb. nach Denver fliegen.", "Neb."),
    ("de", "Er arbeitet für die Acme Corp. in Berlin.", "Corp."),
    ("en", "The Acme Cos. plan to merge with Zenith Plc. in May.", "Cos."),
    ("en", "Lt. Smith met Sgt. Brown in Fort Worth.", "Sgt."),
    # a German regnal number is an ordinal with its full stop
    ("de", "Sanchez wurde von König Felipe VI. mit der Regierungsbildung betraut.", "VI."),
    ("de", "Papst Benedikt XVI. traf den Präsidenten in Rom.", "XVI."),
])
def test_an_abbreviation_keeps_its_full_stop_and_its_sentence(lang: str, text: str,
                                                             token: str) -> None:
    if not installed_models(lang):
        pytest.skip(f"no {lang} spaCy pipeline installed")
    doc = load_pipeline(lang)(text)
    assert token in [t.text for t in doc]
    assert len(list(doc.sents)) == 1, [s.text for s in doc.sents]


@pytest.mark.parametrize("text", [
    "Er kam aus Pakistan. Dort gründete er eine Firma.",
    "Das Land regierte damals Karl III. Er war beliebt.",
])
def test_a_sentence_still_ends_at_a_full_stop_after_an_ordinary_word(text: str) -> None:
    doc = load_pipeline("de")(text)
    assert len(list(doc.sents)) == 2
