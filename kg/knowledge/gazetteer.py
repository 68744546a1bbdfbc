"""Actor gazetteer: countries, organisations and metonyms from ``ontologies/actors_*.tsv``.

Country names come from babel's CLDR data and pycountry (official names with their translations),
in English and in the language of every registered language pack; the tables add QIDs, demonyms,
news spellings and organisations, and a pack may add its own names in ``names.tsv`` in its data
folder (``kg/lang/fr/names.tsv``: French demonyms and organisation names). The gazetteer is built
on first use and cached; nothing is read at import time.
"""

from __future__ import annotations

import gettext
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..errors import ConfigError, KGError
from ..resources import ontology_file
from ..types import ActorType

_FOLD = str.maketrans({"ß": "ss", "ł": "l", "Ł": "L", "ø": "o", "æ": "ae", "œ": "oe", "’": "'"})
_ADJ_ENDINGS = ("", "e", "en", "er", "es", "em")
_NAME_KINDS = ("name", "adjective", "people", "not")
_CACHE_SIZE = 200_000
_NON_WORD = re.compile(r"[\s\-‐–]+")
# a brand's own final exclamation mark (Yahoo!), which tokenizers split off as a word of its own
_SPLIT_MARK = re.compile(r"\s+(!)$")
# German grammatical gender of country names that are not neuter (die Ukraine, der Iran, die USA)
_COUNTRY_GENDER = {
    "Schweiz": "f",
    "Iran": "m",
    "Irak": "m",
    "Jemen": "m",
    "Libanon": "m",
    "Sudan": "m",
    "Südsudan": "m",
    "Kongo": "m",
    "Tschad": "m",
    "Niger": "m",
    "Oman": "m",
    "Senegal": "m",
    "Vatikanstadt": "f",
    "USA": "p",
    "Vereinigte Staaten": "p",
    "Niederlande": "p",
    "Philippinen": "p",
    "Malediven": "p",
    "Seychellen": "p",
    "Komoren": "p",
    "Bahamas": "p",
    "Vereinigte Arabische Emirate": "p",
    "Salomonen": "p",
    "Marshallinseln": "p",
}


def country_gender(german_name: str) -> str:
    """Return the German grammatical gender of a country name (neuter unless listed or ``-e``)."""
    if german_name in _COUNTRY_GENDER:
        return _COUNTRY_GENDER[german_name]
    return "f" if german_name.endswith(("ei", "e")) else "n"


def fold(text: str) -> str:
    """Return a comparison key: accents, case, ``ß`` and hyphen/space differences removed."""
    text = unicodedata.normalize("NFKD", text.translate(_FOLD))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return _NON_WORD.sub(" ", text).strip()


def slug(text: str) -> str:
    """Return a stable IRI-safe id for a name (``Wladimir Putin`` → ``Wladimir_Putin``)."""
    text = unicodedata.normalize("NFKD", text.translate(_FOLD))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"[^\w]+", "_", text).strip("_")  # letters of every script stay
    return text or "actor"


def is_acronym(name: str) -> bool:
    """Tell whether ``name`` is written like an acronym (``EU``, ``OVKS``, ``U.S.``)."""
    letters = [c for c in name if c.isalpha()]
    return 1 < len(letters) <= 6 and all(c.isupper() for c in letters) and " " not in name


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """One known actor: its stable id, English label, type and the names it goes by."""

    id: str
    label: str
    type: ActorType
    qid: str | None = None
    names: tuple[str, ...] = ()
    related: tuple[tuple[str, str], ...] = ()
    gender: str = ""  # German grammatical gender: "m", "f", "n", "p" (plural), "" unknown
    country: str = ""  # the country (entry id) an organisation or person belongs to, if any


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Lookup tables over the known actors."""

    entries: dict[str, ActorEntry]
    exact: dict[str, str]  # surface form (case-sensitive) → entry id
    folded: dict[str, str]  # fold(name) → entry id, for names that are not acronyms
    adjectives: dict[str, str] = field(default_factory=dict)  # inflected adjective → country id
    people: dict[str, str] = field(default_factory=dict)  # people noun ("Russen") → group id
    max_tokens: int = 6
    starts: dict[str, int] = field(default_factory=dict)  # lowercase first word → most tokens
    shared: dict[str, tuple[str, ...]] = field(default_factory=dict)  # fold(name) → all ids
    capitals: dict[str, str] = field(default_factory=dict)  # capital name → country id
    sport_codes: dict[str, str] = field(default_factory=dict)  # IOC code (GER) → country id
    _cache: dict[str, tuple[ActorEntry, str] | None] = field(
        default_factory=dict, compare=False, repr=False
    )

    def span_limit(self, first_word: str) -> int:
        """Return how many tokens a name starting with ``first_word`` can have (at least 1)."""
        return self.starts.get(first_word.lower(), 1)

    def lookup(self, text: str, *, allow_genitive: bool = True) -> ActorEntry | None:
        """Return the actor a name denotes (``Russlands`` → Russia), or None."""
        found = self.match(text, allow_genitive=allow_genitive)
        return found[0] if found else None

    def country(self, text: str, *, allow_genitive: bool = True) -> ActorEntry | None:
        """Return the country a name denotes (``Russlands`` → Russia), or None for any other."""
        entry = self.lookup(text, allow_genitive=allow_genitive)
        return entry if entry is not None and entry.type is ActorType.COUNTRY else None

    def match(self, text: str, *, allow_genitive: bool = True) -> tuple[ActorEntry, str] | None:
        """Return the actor a name denotes and the name form that matched (``Russland``)."""
        if not allow_genitive:
            return self._match(text, False)
        if text not in self._cache:
            if len(self._cache) > _CACHE_SIZE:
                self._cache.clear()
            self._cache[text] = self._match(text, True)
        return self._cache[text]

    def _match(self, text: str, allow_genitive: bool) -> tuple[ActorEntry, str] | None:
        for form in _candidate_forms(text, allow_genitive):
            hit = self.exact.get(form)
            if hit is None and not is_acronym(form):
                hit = self.folded.get(fold(form))
            if hit is not None:
                return self.entries[hit], form
        return None

    def candidates(self, text: str) -> tuple[ActorEntry, ...]:
        """Return every actor a name can denote (``Grünen``: Austria's or Germany's Greens).

        One entry for most names; several where the tables list the name for more than one
        actor, so that context must decide (:func:`kg.resolve.linking.choose_by_context`).
        """
        found = self.match(text)
        if found is None:
            return ()
        ids = self.shared.get(fold(found[1]))
        return tuple(self.entries[i] for i in ids) if ids else (found[0],)

    def adjective(self, word: str) -> ActorEntry | None:
        """Return the country an adjective or demonym names (``russischen`` → Russia)."""
        hit = self.adjectives.get(word.lower())
        return self.entries[hit] if hit else None

    def people_group(self, word: str) -> ActorEntry | None:
        """Return the group a people noun names (``Russen`` → the Russians)."""
        hit = self.people.get(word)
        return self.entries[hit] if hit else None


def _candidate_forms(text: str, allow_genitive: bool) -> Iterator[str]:
    text = _SPLIT_MARK.sub(r"\1", " ".join(text.split()))  # "Yahoo !" as tokens: Yahoo!
    yield text
    if not allow_genitive or len(text) < 4 or is_acronym(text):
        return
    if text.endswith("es") and len(text) > 5:
        yield text[:-2]
    if text.endswith("s"):
        yield text[:-1]
    if text.endswith("'s") or text.endswith("’s"):
        yield text[:-2]


def read_table(name: str) -> Iterator[dict[str, str]]:
    """Read a tab-separated table from ``ontologies/`` as dicts (``#`` lines are comments)."""
    path: Path = ontology_file(name)
    if not path.is_file():
        raise ConfigError(f"actor table {name!r} is missing from {path.parent}; reinstall kg")
    return _read_rows(path)


def _read_rows(path: Path) -> Iterator[dict[str, str]]:
    header: list[str] | None = None
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            continue
        if len(cells) > len(header):
            raise ConfigError(
                f"{path}:{lineno}: {len(cells)} columns, expected {len(header)} "
                f"({', '.join(header)})"
            )
        cells += [""] * (len(header) - len(cells))
        yield dict(zip(header, (c.strip() for c in cells), strict=True))


def _languages() -> tuple[str, ...]:
    """Return the codes whose country names are read: German first, then every pack's."""
    from ..registry import language_codes

    return tuple(dict.fromkeys(("de", *language_codes())))


@lru_cache(maxsize=8)
def _territories(lang: str) -> dict[str, str]:
    from babel import Locale, UnknownLocaleError

    try:
        return dict(Locale(lang).territories)
    except (UnknownLocaleError, ValueError):
        return {}


@lru_cache(maxsize=8)
def _translation(lang: str) -> gettext.NullTranslations:
    import pycountry

    try:
        return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
    except OSError:
        return gettext.NullTranslations()


def _country_names(iso2: str, languages: tuple[str, ...] = ("de",)) -> tuple[str, str, list[str]]:
    """English label and the CLDR/pycountry names of a country in English and ``languages``.

    The second value is the German CLDR name (German pronouns agree with its gender).
    """
    import pycountry

    label = _territories("en").get(iso2, iso2)
    names = [label, *(_territories(lang).get(iso2, "") for lang in languages)]
    country = pycountry.countries.get(alpha_2=iso2)
    if country is not None:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            if value:
                names += [value, *(_translation(lang).gettext(value) for lang in languages)]
    german = _territories("de").get(iso2, "")
    return label, german, [n for n in names if n and "," not in n and "(" not in n]


def _pack_names(languages: tuple[str, ...]) -> Iterator[tuple[str, str, str]]:
    """Yield ``(actor, kind, form)`` from each language pack's ``names.tsv``, if it has one.

    ``actor`` is an ISO 3166-1 code (a row of ``actors_countries.tsv``) or an organisation id
    (``actors_orgs.tsv``); ``kind`` is ``name``, ``adjective``, ``people`` or ``not`` (a CLDR
    name that is no name of the actor in running text: ``Maurice``); ``forms`` are
    ``|``-separated.
    """
    from ..registry import get

    for lang in languages:
        try:
            data_dir = get("language_packs", f"kg.lang.{lang}.v1")().data_dir
        except KGError:
            continue
        path = Path(data_dir) / "names.tsv" if data_dir is not None else None
        if path is None or not path.is_file():
            continue
        for row in _read_rows(path):
            kind = row.get("kind", "")
            if kind not in _NAME_KINDS:
                raise ConfigError(f"{path}: kind {kind!r} of {row.get('actor')!r} is not one "
                                  f"of {', '.join(_NAME_KINDS)}")
            for form in filter(None, row.get("forms", "").split("|")):
                yield row.get("actor", ""), kind, form


def _inflected(name: str) -> Iterator[str]:
    """Yield a name's other adjective inflections (articles inflect a name's adjectives).

    ``Internationaler Strafgerichtshof`` → ``Internationale …``, ``Internationalen …``.
    """
    words = name.split()
    if len(words) < 2 or not words[0][:1].isupper():
        return
    stems = []
    for word in words[:-1]:
        ending = next((e for e in sorted(_ADJ_ENDINGS, key=len, reverse=True)
                       if e and word.endswith(e) and len(word) - len(e) > 3), None)
        if ending is None or not word[:1].isupper() or word.isupper():
            return  # not a run of capitalised adjectives before the noun
        stems.append(word[:-len(ending)])
    for ending in _ADJ_ENDINGS[1:]:
        form = " ".join([*(s + ending for s in stems), words[-1]])
        if form != name:
            yield form


def _add(gaz_exact: dict[str, str], gaz_folded: dict[str, str], name: str, entry_id: str,
         shared: dict[str, list[str]] | None = None) -> None:
    if shared is not None:
        owners = shared.setdefault(fold(name), [])
        if entry_id not in owners:
            owners.append(entry_id)
    gaz_exact.setdefault(name, entry_id)
    if is_acronym(name):
        if name.isupper() and len(name) > 3 and name.isalpha():
            gaz_exact.setdefault(name.capitalize(), entry_id)  # NATO → Nato
    elif not (name.isupper() and name.isalpha()):  # a word in capitals (STANDARD): as written
        gaz_folded.setdefault(fold(name), entry_id)


def build_gazetteer() -> Gazetteer:
    """Read the actor tables and CLDR names into a :class:`Gazetteer` (uncached)."""
    entries: dict[str, ActorEntry] = {}
    exact: dict[str, str] = {}
    folded: dict[str, str] = {}
    adjectives: dict[str, str] = {}
    people: dict[str, str] = {}
    by_iso: dict[str, str] = {}
    capitals: dict[str, str] = {}
    sport_codes: dict[str, str] = {}
    extra: dict[str, list[str]] = {}
    for row in read_table("actors_aliases.tsv"):
        extra.setdefault(row["country"], []).append(row["alias"])
    languages = _languages()
    groups: dict[str, str] = {}  # ISO code → the id of its people group
    for row in read_table("actors_countries.tsv"):
        iso2, qid = row["iso2"], row["qid"]
        label, german, names = _country_names(iso2, languages)
        if row.get("en_label"):
            label = row["en_label"]  # as English news write it (Turkey, not Türkiye)
            names.insert(0, label)
        names += extra.get(iso2, [])
        gender = country_gender(german)
        entries[qid] = ActorEntry(
            qid, label, ActorType.COUNTRY, qid, tuple(dict.fromkeys(names)), gender=gender
        )
        by_iso[iso2] = qid
        for capital in filter(None, row.get("capital", "").split("|")):
            capitals[capital] = qid
        if row.get("ioc"):
            sport_codes[row["ioc"]] = qid
        for name in names:
            _add(exact, folded, name, qid)
        for stem in filter(None, row["de_adjective"].split("|")):
            for ending in _ADJ_ENDINGS:
                adjectives.setdefault(stem + ending, qid)
        if row["en_adjective"]:
            adjectives.setdefault(row["en_adjective"].lower(), qid)
        group_label = row["en_people"]
        if group_label:
            group_id = slug(group_label)
            forms = [f for f in row["de_people"].split("|") if f] + [group_label]
            entries.setdefault(
                group_id,
                ActorEntry(group_id, group_label, ActorType.GROUP, None, tuple(forms), gender="p"),
            )
            groups[iso2] = group_id
            for form in forms:
                if form != row["en_adjective"]:
                    people.setdefault(form, group_id)
    unknown = sorted(set(extra) - set(by_iso))
    if unknown:
        raise ConfigError(
            f"actors_aliases.tsv names countries {unknown}, not in actors_countries.tsv"
        )
    shared: dict[str, list[str]] = {}
    rows = [("actors_orgs.tsv", r) for r in read_table("actors_orgs.tsv")]
    rows += [("actors_people.tsv", r) for r in read_table("actors_people.tsv")]
    for table, row in rows:
        try:
            kind = ActorType(row.get("type") or "Person")
        except ValueError:
            raise ConfigError(
                f"{table}: type {row['type']!r} of {row['id']!r} is not one of "
                f"{', '.join(t.value for t in ActorType)}"
            ) from None
        country = by_iso.get(row.get("country", ""), "")
        if row.get("country") and not country:
            raise ConfigError(
                f"{table}: country {row['country']!r} of {row['id']!r} is not an iso2 code of "
                "actors_countries.tsv"
            )
        related = tuple(
            (rel, target)
            for rel, _, target in (p.partition(":") for p in row.get("related", "").split("|") if p)
        )
        org_names = tuple(n for n in row["aliases"].split("|") if n)
        gender = row.get("de_gender") or ("m" if kind is ActorType.PERSON else "")
        entries[row["id"]] = ActorEntry(
            row["id"], row["label"], kind, row["qid"] or None, org_names, related, gender, country
        )
        for name in org_names:
            _add(exact, folded, name, row["id"], shared)
        for name in org_names:
            for form in _inflected(name):
                if form not in exact:
                    _add(exact, folded, form, row["id"])
    for actor, name_kind, form in _pack_names(languages):
        target = by_iso.get(actor, actor)
        if target not in entries or (name_kind == "people" and actor not in groups):
            raise ConfigError(f"a language pack's names.tsv names {actor!r} "
                              f"({name_kind} {form!r}), "
                              "which is no country code of actors_countries.tsv (with a people "
                              "group, for people) nor an id of actors_orgs.tsv")
        if name_kind == "name":
            _add(exact, folded, form, target)
        elif name_kind == "not":  # a CLDR name that running text uses for something else
            if exact.get(form) == target:
                del exact[form]
            if folded.get(fold(form)) == target:
                del folded[fold(form)]
        elif name_kind == "adjective":
            adjectives.setdefault(form.lower(), target)
        else:
            people.setdefault(form, groups[actor])
    starts: dict[str, int] = {}
    for name in exact:
        words = name.replace("!", " !").split()  # a tokenizer splits Yahoo! into two words
        if len(words) > 1:
            first = words[0].lower()
            starts[first] = max(starts.get(first, 1), len(words))
    longest = max(starts.values(), default=1)
    ambiguous = {name: tuple(ids) for name, ids in shared.items() if len(ids) > 1}
    return Gazetteer(
        entries, exact, folded, adjectives, people, longest, starts, ambiguous, capitals,
        sport_codes,
    )


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """Return the shared gazetteer, building it on first use."""
    return build_gazetteer()


def demonym_key(word: str) -> str | None:
    """Return the gazetteer key of the country a nationality adjective names, if known."""
    entry = gazetteer().adjective(word)
    return entry.id if entry is not None else None
