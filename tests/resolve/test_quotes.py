"""Quotes through resolution: a said clause is kept as written, whatever word opens it."""

import pytest

from kg.pipeline.api import extract_text


@pytest.mark.parametrize(("lang", "text", "speaker", "quote"), [
    # a quote that opens with a time is no time-headed noun phrase
    ("de", "Am Montag werde die Regierung entscheiden, sagte Kickl.", "Kickl",
     "Am Montag werde die Regierung entscheiden"),
    ("en", "On Monday the government will decide, Kickl said.", "Kickl",
     "On Monday the government will decide"),
    # its label keeps its first word (an article there is part of what was said)
    ("de", "Ein Zusammenbruch steht bevor, sagte Zeid.", "Zeid", "Ein Zusammenbruch steht bevor"),
])
def test_a_quote_is_kept_as_said(lang: str, text: str, speaker: str, quote: str) -> None:
    triples = extract_text(text, lang=lang)
    quotes = [t for t in triples if t.provenance.rule == "quote"]
    assert any(t.subject_mention.text == speaker and t.object.label == quote for t in quotes), [
        (t.subject_mention.text, t.object.label) for t in quotes]
