"""Role nouns (``Finanzminister``, ``ÖVP-Chef``) and institution nouns (``Regierung``).

A role noun names a person by office (``Finanzminister Schelling``, ``der Kanzler``); an
institution noun names one actor in context (``die Regierung``, ``das Parlament``). The lists
live in the language packs (``roles.txt``, ``institutions.tsv`` in ``kg/lang/<code>/``); a pack
whose nouns compound (German) also matches compounds ending with a listed noun
(``Bundesgeschäftsführer``), and a hyphenated compound names its organisation in front
(``SPÖ-Bundesgeschäftsführer``: the SPÖ).
"""

from __future__ import annotations

from functools import lru_cache

from ..lang import every_pack_words, language_pack, pack_code, pack_patterns, pack_words
from ..types import ActorType
from .gazetteer import gazetteer

# inflection endings a listed noun may carry (German -in/-innen feminine, -s genitive, plurals)
_ENDINGS = ("", "s", "es", "e", "en", "n", "in", "innen", "er", "em")
# an institution's endings: no person's (-in, -innen, -er: a Gewerkschafter is no Gewerkschaft)
_INSTITUTION_ENDINGS = ("", "s", "es", "e", "en", "n", "em")


def _match(word: str, nouns: frozenset[str], compounds: bool,
           bound: frozenset[str] = frozenset(),
           endings: tuple[str, ...] = _ENDINGS) -> str | None:
    """Return the listed noun ``word`` is or ends with; ``bound`` nouns only end a compound."""
    low = word.lower()
    for ending in endings:
        if ending and not low.endswith(ending):
            continue
        stem = low[: len(low) - len(ending)] if ending else low
        if stem in nouns:
            return stem
        if compounds:
            tail = stem.rsplit("-", 1)[-1]
            if tail in nouns:
                return tail
            for k in range(1, len(tail) - 3):
                if (tail[k:] in nouns or tail[k:] in bound) and len(tail[k:]) >= 4:
                    return tail[k:]
    return None


@lru_cache(maxsize=8)
def _roles(lang: str) -> dict[str, str]:
    """Role noun → the first noun of its line (its synonyms share it: Staatschef → präsident)."""
    out: dict[str, str] = {}
    for line in pack_patterns(lang, "roles.txt"):
        group = [w.strip().lower() for w in line.split("|") if w.strip()]
        for word in group:
            out.setdefault(word, group[0])
    return out


# role_noun and institution_noun run on every token of every text; their answers depend on the
# word and the pack's (cached) lists only, and a news text repeats its words
_WORD_CACHE = 65_536


@lru_cache(maxsize=_WORD_CACHE)
def role_noun(word: str, lang: str) -> str | None:
    """Return the role a word names (``Bundeskanzlerin`` → ``kanzler``).

    The listed noun it is or ends with, mapped to its line's first noun (``Staatschef`` →
    ``präsident``).
    """
    lang = pack_code(lang)
    table = _roles(lang)
    found = _match(word, _role_nouns(lang), language_pack(lang).compound_nouns)
    return table[found] if found is not None else None


@lru_cache(maxsize=8)
def _institutions(lang: str) -> dict[str, str]:
    """Institution noun → scope; a noun written ``-organisation`` only ends a compound."""
    out: dict[str, str] = {}
    for line in pack_patterns(lang, "institutions.tsv"):
        noun, _, scope = line.partition("\t")
        if noun and noun != "noun":
            out[noun.lower()] = scope.strip() or "national"
    return out


@lru_cache(maxsize=8)
def _role_nouns(lang: str) -> frozenset[str]:
    """Return the listed role nouns of a pack (the keys of its role table)."""
    return frozenset(_roles(lang))


@lru_cache(maxsize=8)
def _institution_nouns(lang: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Return a pack's institution nouns: (free, bound, alone).

    A bound one (``-organisation``) only ends a compound; one that stands alone (``=führung``)
    never ends one (``Einführung``, ``Entführung``).
    """
    table = _institutions(lang)
    return (frozenset(n for n in table if n[:1] not in "-="),
            frozenset(n[1:] for n in table if n.startswith("-")),
            frozenset(n[1:] for n in table if n.startswith("=")))


@lru_cache(maxsize=_WORD_CACHE)
def institution_noun(word: str, lang: str, *, modified: bool = False) -> tuple[str, str] | None:
    """Return ``(noun, scope)`` when a word names an institution (``Übergangsregierung``).

    ``modified``: a capitalised name word stands before it, so a noun that only ends a compound
    counts alone too (a compound written apart: ``State Department``).
    """
    lang = pack_code(lang)
    table = _institutions(lang)
    free, bound, alone = _institution_nouns(lang)
    found = _match(word, free | bound if modified else free, language_pack(lang).compound_nouns,
                   bound, _INSTITUTION_ENDINGS) or _match(word, alone, False,
                                                          endings=_INSTITUTION_ENDINGS)
    if found is None:
        return None
    return found, table.get(found) or table.get("-" + found) or table["=" + found]


def role_owner(word: str, lang: str) -> str | None:
    """Return the institution a role compound names before its role, as written.

    ``Polizeisprecher`` → ``Polizei``, ``Regierungssprecherin`` → ``Regierung`` (a linking
    ``s`` dropped): the part before the role noun, when it is an institution noun of the pack.
    """
    found = role_split(word, lang)
    return found[0] if found is not None else None


def role_split(word: str, lang: str) -> tuple[str, str] | None:
    """Split a role compound into its institution and its role noun, as written.

    ``Landtagsabgeordnete`` → (``Landtag``, ``abgeordnete``), ``Polizeisprecher`` →
    (``Polizei``, ``sprecher``), ``Europaratsgeneralsekretär`` → (``Europarat``,
    ``generalsekretär``): the part before the role noun is an institution noun of the pack or,
    closed up, an organisation the gazetteer knows (a hyphenated one is the title's prefix:
    ``SPD-Politiker``); None when it is neither, or an institution noun that only
    counts alone (``=bund``: a ``Bundespräsident`` is the head of state, no president of the
    federation).
    """
    lang = pack_code(lang)
    found = _match(word, _role_nouns(lang), language_pack(lang).compound_nouns)
    if found is None:
        return None
    at = word.lower().rfind(found)
    prefix = word[:at].rstrip("-") if at > 0 else ""
    alone = _institution_nouns(lang)[2]
    for part in (prefix[:-1] if prefix.endswith("s") else "", prefix):
        noun = institution_noun(part, lang) if len(part) > 2 and part[:1].isupper() else None
        if (noun is not None and noun[0] not in alone) or (
                len(part) > 2 and part[:1].isupper() and "-" not in word and _known_body(part)):
            return part, word[at:]
    return None


def _known_body(part: str) -> bool:
    """Tell whether a compound's first part is an organisation the gazetteer knows (Europarat)."""
    entry = gazetteer().lookup(part, allow_genitive=False)
    return entry is not None and entry.type == ActorType.ORGANIZATION


def person_noun(word: str, lang: str | None = None) -> bool:
    """Tell whether a word names a person by a noun (``Passant``, ``US-Bürger``, ``woman``).

    The whole word or a hyphenated compound's last part is one of ``lang``'s
    ``person_nouns.txt`` (``lang`` a pack's code; every pack's without one); a closed compound
    ending like one is not (``Ehmann``, ``Landesparteiobmann``).
    """
    tail = word.lower().rpartition("-")[2]
    if lang is None:
        return tail in every_pack_words("person_nouns.txt")
    return tail in pack_words(lang, "person_nouns.txt")


def compound_prefix(word: str) -> str | None:
    """Return what stands before the last hyphen of a compound (``ÖVP-Chef`` → ``ÖVP``)."""
    head, sep, tail = word.rpartition("-")
    return head if sep and head and tail and head[:1].isupper() else None
