from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.nlp.chunks import parse, split_text


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab .\n!"), max_size=400), st.integers(2, 60))
def test_pieces_join_to_the_text_and_fit_the_window(text: str, window: int) -> None:
    pieces = split_text(text, window)
    assert "".join(pieces) == text
    assert all(len(p) <= window for p in pieces)
    assert all(pieces[:-1])


def test_cuts_prefer_paragraphs_then_sentences() -> None:
    text = "Eins zwei drei. Vier fünf.\n\nSechs sieben acht neun zehn."
    assert split_text(text, 40)[0] == "Eins zwei drei. Vier fünf.\n\n"
    assert split_text("Eins zwei. Drei vier fünf sechs", 16)[0] == "Eins zwei. "
    assert split_text("a" * 25, 10) == ["a" * 10, "a" * 10, "a" * 5]


@pytest.mark.slow
def test_long_document_is_parsed_in_windows_with_document_offsets(nlp_de) -> None:
    text = "Angela Merkel traf Wladimir Putin in Berlin. " * 40
    (whole,) = parse(nlp_de, [text], window=200)
    (short,) = parse(nlp_de, [text[:45]])
    assert whole.text == text
    assert len(list(whole.sents)) == 40
    last = list(whole.sents)[-1]
    assert last.start_char == 45 * 39
    assert [t.tag_ for t in last] == [t.tag_ for t in short]
    assert [e.text for e in whole.ents][-2:] == [e.text for e in short.ents][-2:]
