"""Word tokens, lemmas and function words shared by the matchers.

Matching is token-level and case-insensitive: texts become casefolded word tokens (hyphenated
compounds stay one token), optionally lemmatised with simplemma so that inflection
("diente" / "dienen", "Gerichts" / "Gericht") does not decide a match.
"""

from __future__ import annotations

import re
from functools import lru_cache

_WORD = re.compile(r"\w+(?:[-‐'’]\w+)*")

# closed-class words that do not carry a fact: articles, prepositions, conjunctions,
# auxiliaries and modals, reflexives and particles (negation and pronouns are *not* here)
_DE = (
    "der die das den dem des ein eine einer einen einem eines "
    "von vom zu zum zur in im ins an am ans auf aus bei mit nach seit über unter um für gegen "
    "durch ohne vor hinter neben zwischen als wie bis ab per pro laut trotz wegen während "
    "und oder sowie aber dass ob sich zu so "
    "sein haben werden können sollen müssen wollen dürfen mögen"
)
_EN = (
    "the a an of to in into on at by for from with as about over under after before "
    "through against between during without within upon than "
    "and or but that whether so "
    "be have do will would shall should can could may might must "
    "itself himself herself themselves"
)
FUNCTION_WORDS: dict[str, frozenset[str]] = {"de": frozenset(_DE.split()),
                                             "en": frozenset(_EN.split())}
NEGATIONS: dict[str, str] = {"de": "nicht", "en": "not"}
# words that carry a negation inside an argument ("besitzen | keine Augenlider")
_NEGATIVE_DE = ("kein keine keinen keinem keiner keines nichts niemand niemanden niemandem "
                "nie niemals weder")
_NEGATIVE_EN = "no none nothing nobody never neither nor"
NEGATIVE_WORDS: dict[str, frozenset[str]] = {"de": frozenset(_NEGATIVE_DE.split()),
                                             "en": frozenset(_NEGATIVE_EN.split())}


def words(text: str) -> tuple[str, ...]:
    """Return the casefolded word tokens of ``text`` (punctuation dropped)."""
    return tuple(w.casefold() for w in _WORD.findall(text))


@lru_cache(maxsize=65536)
def lemma(word: str, lang: str) -> str:
    """Return the casefolded lemma of one word (simplemma's dictionary; the word if unknown)."""
    import simplemma

    try:
        return str(simplemma.lemmatize(word, lang=lang)).casefold()
    except ValueError:  # a language simplemma does not know
        return word.casefold()


def lemmas(text: str, lang: str) -> tuple[str, ...]:
    """Return the lemmas of the word tokens of ``text``."""
    return tuple(lemma(w, lang) for w in words(text))


def content(tokens: tuple[str, ...] | frozenset[str], lang: str) -> frozenset[str]:
    """Return the tokens that are not function words of ``lang``."""
    stop = FUNCTION_WORDS.get(lang, frozenset())
    return frozenset(t for t in tokens if t not in stop)


def overlaps(a: str, b: str, lang: str) -> bool:
    """Whether two texts share a content word (case-insensitive; any word if one has none)."""
    wa, wb = frozenset(words(a)), frozenset(words(b))
    ca, cb = content(wa, lang), content(wb, lang)
    if ca and cb:
        return bool(ca & cb)
    return bool(wa & wb)
