from __future__ import annotations

import pytest

from kg.evaluation.tokens import content, lemmas, overlaps, words


@pytest.mark.parametrize(("text", "expected"), [
    ("Der Show-Elemente, und CITES .", ("der", "show-elemente", "und", "cites")),
    ("O'Brien's  book", ("o'brien's", "book")),
    ("", ()),
])
def test_words(text: str, expected: tuple[str, ...]) -> None:
    assert words(text) == expected


@pytest.mark.parametrize(("a", "b", "lang", "expected"), [
    ("President Lincoln", "Lincoln", "en", True),
    ("the Institute of Mechanics", "Mechanics", "en", True),
    ("the Institute of Mechanics", "the Palace of Arts", "en", False),  # only function words shared
    ("Er", "er", "de", True),
    ("von", "von", "de", True),  # no content word on either side: plain words decide
    ("Lufthansa", "Ufo", "de", False),
])
def test_overlaps(a: str, b: str, lang: str, expected: bool) -> None:
    assert overlaps(a, b, lang) is expected


def test_content_drops_function_words_only() -> None:
    assert content(("der", "premierminister", "von", "nicht", "er"), "de") == {
        "premierminister", "nicht", "er"}


def test_lemmas_fold_inflection() -> None:
    assert lemmas("diente Gerichts", "de") == ("dienen", "gericht")
