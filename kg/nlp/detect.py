"""Cheap, offline language detection for the languages kg supports.

Counts frequent function words of each language in the first few thousand characters; these
words are short, closed-class and very frequent, so a paragraph of news text is enough.
"""

from __future__ import annotations

import re

from ..errors import LanguageError, available
from ..lang import language_pack, pack_codes

_WORD = re.compile(r"[^\W\d_]+")


def detect_language(text: str, *, sample: int = 5000) -> str:
    """Return the code of the language pack whose function words ``text`` uses most.

    Raises
    ------
    LanguageError
        If the text has no words of either language (e.g. only numbers or another language).

    """
    words = [w.lower() for w in _WORD.findall(text[:sample])]
    vocabularies = {code: language_pack(code).function_words for code in pack_codes()}
    scores = {lang: sum(1 for w in words if w in vocab) for lang, vocab in vocabularies.items()}
    best = max(scores, key=lambda lang: scores[lang])
    if scores[best] == 0:
        raise LanguageError(
            f"could not tell the language of the text (no function words of a known language in "
            f"its first {sample} characters); pass --lang with one of {available(pack_codes())}"
        )
    return best


def check_language(lang: str) -> str:
    """Validate a language code given by a user."""
    if lang not in pack_codes():
        raise LanguageError(
            f"unsupported language {lang!r}; expected one of {available(pack_codes())} or auto"
        )
    return lang
