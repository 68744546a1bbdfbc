"""Cheap, offline language detection for the languages kg supports.

Counts frequent function words of each language in the first few thousand characters; these
words are short, closed-class and very frequent, so a paragraph of news text is enough.
"""

from __future__ import annotations

import re

from ..errors import LanguageError, available

SUPPORTED = ("de", "en")

_FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "de": frozenset(
        [
            "der",
            "die",
            "das",
            "und",
            "ist",
            "nicht",
            "mit",
            "den",
            "dem",
            "des",
            "ein",
            "eine",
            "einen",
            "einem",
            "eines",
            "auf",
            "für",
            "von",
            "zu",
            "im",
            "sich",
            "auch",
            "als",
            "wird",
            "wurde",
            "sind",
            "hat",
            "haben",
            "oder",
            "aber",
            "wie",
            "bei",
            "nach",
            "aus",
            "um",
            "noch",
            "über",
            "diese",
            "dieser",
            "dass",
            "sie",
            "er",
            "es",
            "nur",
            "vom",
            "zum",
            "zur",
        ]
    ),
    "en": frozenset(
        [
            "the",
            "and",
            "is",
            "not",
            "with",
            "of",
            "a",
            "an",
            "to",
            "in",
            "that",
            "for",
            "on",
            "was",
            "were",
            "are",
            "has",
            "have",
            "had",
            "be",
            "been",
            "by",
            "from",
            "this",
            "these",
            "which",
            "who",
            "it",
            "he",
            "she",
            "they",
            "or",
            "but",
            "as",
            "at",
            "its",
            "their",
            "would",
            "will",
            "than",
        ]
    ),
}
_WORD = re.compile(r"[^\W\d_]+")


def detect_language(text: str, *, sample: int = 5000) -> str:
    """Return ``"de"`` or ``"en"`` for ``text``, judged by function-word counts.

    Raises
    ------
    LanguageError
        If the text has no words of either language (e.g. only numbers or another language).

    """
    words = [w.lower() for w in _WORD.findall(text[:sample])]
    scores = {lang: sum(1 for w in words if w in vocab) for lang, vocab in _FUNCTION_WORDS.items()}
    best = max(scores, key=lambda lang: scores[lang])
    if scores[best] == 0:
        raise LanguageError(
            f"could not tell the language of the text (no German or English function words in "
            f"its first {sample} characters); pass --lang with one of {available(SUPPORTED)}"
        )
    return best


def check_language(lang: str) -> str:
    """Validate a language code given by a user."""
    if lang not in SUPPORTED:
        raise LanguageError(
            f"unsupported language {lang!r}; expected one of {available(SUPPORTED)} or auto"
        )
    return lang
