"""What is never an actor: time expressions, news boilerplate and agency tags.

Weekdays, dates, clock times and durations belong to a statement's time, not to its nodes;
datelines (``Wien –``), bylines and agency tags (``(APA, red, 25.7.2015)``), photo credits and
notices (``Der Volltext dieses auf Agenturmeldungen basierenden Artikels …``) name no actor.
The word lists and patterns live in the language packs (``time_words.txt``,
``time_modifiers.txt``, ``agency_tags.txt``, ``boilerplate.tsv`` in ``kg/lang/<code>/``);
recognition drops candidates inside boilerplate and resolution gives such mentions no node.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ..lang import pack_patterns, pack_words
from .gazetteer import gazetteer
from .lexicons import place_names

# a date, a day of the month, a clock time, a year: language-independent digit shapes
_DATE = re.compile(
    r"^(\d{1,2}\.\s?\d{1,2}\.(\s?\d{2,4})?|\d{1,2}\.|\d{1,2}[.:]\d{2}(h)?|\d{4}-\d{2}(-\d{2})?|"
    r"\d{1,2}/\d{1,2}(/\d{2,4})?|(1[89]|20)\d{2}(er)?|\d{1,2}(st|nd|rd|th))$"
)
_STRIP = ".,;:()[]„“”\"'«»!?"
_DATELINE_WINDOW = 600  # the dateline follows the teaser at the start of an article
_PART = re.compile(r"\s*(?:/|, )\s*")


def _words(text: str) -> list[str]:
    return [w.strip(_STRIP) or w for w in text.split()]


def _compound_time(word: str, core: frozenset[str]) -> bool:
    """``Sonntagnachmittag``, ``Montagabend``, ``Sonntag-Abend``: two time words joined."""
    w = word.replace("-", "")
    for k in range(3, len(w) - 2):
        head, rest = w[:k], w[k:]
        if head in core and (rest in core or (rest.startswith("s") and rest[1:] in core)):
            return True
    return False


# is_time_expression and is_non_actor test every candidate of every text (twice, and each
# candidate's last words): pure functions of the words and the pack's cached lists
_PHRASE_CACHE = 65_536


@lru_cache(maxsize=_PHRASE_CACHE)
def is_time_expression(text: str, lang: str) -> bool:
    """Tell whether a phrase only says when (``Dienstag``, ``7. Juni``, ``04.30 Uhr``).

    Every word must be a time word, a time modifier (``am``, ``vergangenen``, ``fünf``) or a
    date/number shape, and at least one a time word or a full date.
    """
    core = pack_words(lang, "time_words.txt")
    mods = pack_words(lang, "time_modifiers.txt")
    words = _words(text)
    if not words:
        return False
    found = False
    for word in words:
        low = word.lower()
        if low in core or _compound_time(low, core):
            found = True
        elif _DATE.match(low):
            found = found or not low.isdigit() or len(low) == 4
        elif low.isdigit() or low in mods:
            continue
        else:
            return False
    return found


def time_headed(text: str, lang: str) -> bool:
    """Tell whether a noun phrase is headed by a time (``Montag der Deutschen Presse-Agentur``).

    A parser sometimes hangs a genitive or a place on a weekday (``am Samstag in Paris``); the
    phrase then names a time, not an actor. Its first one or two words form a time expression.
    """
    words = _words(text)
    return any(is_time_expression(" ".join(words[:n]), lang) for n in (1, 2) if len(words) >= n)


def is_agency_tag(text: str, lang: str) -> bool:
    """Tell whether a mention is only a news agency or desk tag (``APA``, ``dpa``, ``red``)."""
    parts = [p for p in re.split(r"[\s,/]+", text.strip(_STRIP)) if p]
    tags = pack_words(lang, "agency_tags.txt")
    return bool(parts) and all(p.lower() in tags for p in parts)


_NUMBER = re.compile(r"^[€$£]?\d[\d.,]*$")


def is_quantity(text: str, lang: str) -> bool:
    """Tell whether a phrase is an amount (``15.000 Euro``, ``zwei Tonnen Sprengstoff``).

    A number (digits or a number word of the pack) followed by a currency, unit or magnitude
    (the pack's ``number_words.txt`` and ``units.txt``), or a number with a currency sign.
    """
    words = _words(text)
    if not words:
        return False
    first = words[0].lower()
    numeric = bool(_NUMBER.match(first)) or first in pack_words(lang, "number_words.txt")
    if first[:1] in "€$£" and numeric:
        return True
    return numeric and len(words) > 1 and words[1].lower() in pack_words(lang, "units.txt")


@lru_cache(maxsize=_PHRASE_CACHE)
def is_non_actor(text: str, lang: str) -> bool:
    """Tell whether a mention can never be an actor: a time, an amount, a tag, no letters."""
    if not any(c.isalpha() for c in text):
        return True
    return (is_time_expression(text, lang) or is_quantity(text, lang)
            or is_agency_tag(text, lang))


@lru_cache(maxsize=8)
def _patterns(lang: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    out: list[tuple[str, re.Pattern[str]]] = []
    for line in pack_patterns(lang, "boilerplate.tsv"):
        kind, _, pattern = line.partition("\t")
        if kind in {"dateline", "text"} and pattern:
            out.append((kind, re.compile(pattern)))
    return tuple(out)


def _known_place(name: str) -> bool:
    """Tell whether a dateline names a known place; ``Weiden in der Oberpfalz`` by its town."""
    words = name.split()
    lower = next((i for i, w in enumerate(words) if i and w[:1].islower()), None)
    head = " ".join(words[:lower]) if lower is not None else name
    for form in dict.fromkeys((name, name.title(), head)):  # OTTAWA (Reuters) –
        entry = gazetteer().lookup(form)
        if form in place_names() or (entry is not None and entry.type.value in
                                     {"Country", "Location"}):
            return True
    return False


def boilerplate_spans(text: str, lang: str) -> tuple[tuple[int, int], ...]:
    """Return the character spans of ``text`` that are news boilerplate (sorted, merged).

    A dateline counts only in the article's opening, and only when it names a known place
    (``Johannesburg/Khartum/Den Haag –``); the other patterns count anywhere.
    """
    spans: list[tuple[int, int]] = []
    for kind, pattern in _patterns(lang):
        if kind == "dateline":
            for m in pattern.finditer(text, 0, _DATELINE_WINDOW):
                place = m.group("place") if "place" in pattern.groupindex else m.group(0)
                if any(_known_place(p) for p in _PART.split(place.strip()) if p):
                    spans.append((m.start(), m.end()))
                    break
        else:
            spans += [(m.start(), m.end()) for m in pattern.finditer(text) if m.end() > m.start()]
    merged: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return tuple(merged)


def dateline_places(text: str, lang: str) -> tuple[str, ...]:
    """Return the place names of the article's dateline (``Johannesburg/Khartum/Den Haag –``).

    The same dateline :func:`boilerplate_spans` finds: the first match of a ``dateline``
    pattern in the article's opening that names a known place; its known places, in order.
    """
    return tuple(text[a:b] for a, b in dateline_place_spans(text, lang))


def dateline_place_spans(text: str, lang: str) -> tuple[tuple[int, int], ...]:
    """Return the character spans of the known places of the article's dateline."""
    for kind, pattern in _patterns(lang):
        if kind != "dateline":
            continue
        for m in pattern.finditer(text, 0, _DATELINE_WINDOW):
            group = "place" if "place" in pattern.groupindex else 0
            found = tuple((a, b) for a, b in _parts(m.group(group), m.start(group))
                          if _known_place(text[a:b]))
            if found:
                return found
    return ()


def _parts(place: str, base: int) -> Iterator[tuple[int, int]]:
    """Yield the character spans of the places a dateline lists (``Wien/Graz``, ``A, B``)."""
    pos = 0
    for sep in [*_PART.finditer(place), None]:
        end = sep.start() if sep is not None else len(place)
        part = place[pos:end]
        lead = len(part) - len(part.lstrip())
        if part.strip():
            yield base + pos + lead, base + pos + lead + len(part.strip())
        if sep is not None:
            pos = sep.end()


def inside(spans: tuple[tuple[int, int], ...], start: int, end: int) -> bool:
    """Tell whether ``[start, end)`` overlaps one of ``spans``."""
    return any(a < end and start < b for a, b in spans)


def within(spans: tuple[tuple[int, int], ...], start: int, end: int) -> bool:
    """Tell whether ``[start, end)`` lies wholly in one of ``spans``."""
    return any(a <= start and end <= b for a, b in spans)
