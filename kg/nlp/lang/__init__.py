"""Language packs: the word lists and lemma rules extraction needs for one language.

A pack is built by ``make_language_pack()`` in ``kg.nlp.lang.<code>`` and registered under
``kg.lang.<code>.v1`` (entry points in ``pyproject.toml``); :func:`language_pack` returns it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Token

from kg.errors import LanguageError, RegistryError


@dataclass(frozen=True, slots=True)
class LanguagePack:
    """Cue words and lemma rules for one language; word lists hold lower-cased lemmas."""

    lang: str
    negation: frozenset[str]  # adverbs: nicht, nie / not, never
    negation_det: frozenset[str]  # determiners on an argument: kein / no
    negation_prep: frozenset[str]  # prepositions: ohne / without
    conditional_marks: frozenset[str]  # falls, wenn / if, unless
    hypothetical_aux: frozenset[str]  # würde / would (Konjunktiv II is also read from morphology)
    intention_verbs: frozenset[str]  # wollen, beabsichtigen / want, intend
    intention_nouns: frozenset[str]  # Bestreben, Ziel / aim, goal
    purpose_marks: frozenset[str]  # um (… zu) / in order (to)
    reporting_verbs: frozenset[str]  # sagen, erklären / say, claim
    pretext_nouns: frozenset[str]  # Vorwand / pretext
    pretext_adverbs: frozenset[str]  # angeblich / allegedly
    possible_verbs: frozenset[str]  # können / can, could, may, might
    possible_adverbs: frozenset[str]  # möglicherweise / possibly
    personal_pronouns: frozenset[str]
    possessive_pronouns: frozenset[str]
    relative_pronouns: frozenset[str]
    reflexive_pronouns: frozenset[str]
    agent_preps: frozenset[str]  # von, durch / by
    copulas: frozenset[str]  # sein, werden, bleiben / be, become, remain
    locative_preps: frozenset[str]  # in, bei / in, at
    time_nouns: frozenset[str]  # Jahr, Monat … / year, month …
    verb_lemma: Callable[[Token], str]  # base form of a verb token (lemmatiser cross-checked)
    particle_prefix: bool  # German joins a separable particle in front (ein+greifen)
    demonym: Callable[[str], bool]  # is this adjective a nationality adjective (russisch)?
    regime_preps: frozenset[str] = frozenset()  # unter / under: "Unter X … verfolgte Land Y"
    possessive_preps: frozenset[str] = frozenset()  # von / of: "the sovereignty of Ukraine"
    denial_verbs: frozenset[str] = frozenset()  # bestreiten / deny: their complement is negated
    inside_preps: frozenset[str] = frozenset()  # in / in: "die Streitkräfte in Syrien"
    origin_preps: frozenset[str] = frozenset()  # aus / from, of: "Daniel Urquhart of Aumsville"
    purpose_preps: frozenset[str] = frozenset()  # zu / for: "Operationen zur Eroberung der Krim"
    partitive_pronouns: frozenset[str] = frozenset()  # einer / one: "einer der Sender des Y"
    # relative pronoun form → the gender.number values it agrees with ("die": Fem.Sing, Plur)
    relative_agreement: Mapping[str, frozenset[str]] = field(default_factory=dict)


def words(text: str) -> frozenset[str]:
    """Return the lower-cased words of a whitespace-separated list."""
    return frozenset(text.lower().split())


@cache
def language_pack(lang: str) -> LanguagePack:
    """Return the registered pack for ``lang`` (``kg.lang.<lang>.v1``)."""
    from kg import registry

    try:
        factory = registry.get("language_packs", f"kg.lang.{lang}.v1")
    except RegistryError:
        factory = _builtin(lang)
    pack = factory()
    assert isinstance(pack, LanguagePack)
    return pack


def _builtin(lang: str) -> Callable[[], LanguagePack]:
    if lang == "de":
        from kg.nlp.lang import de

        return de.make_language_pack
    if lang == "en":
        from kg.nlp.lang import en

        return en.make_language_pack
    raise LanguageError(f"no language pack for {lang!r}; expected one of de, en")


def demonym_from_gazetteer(word: str) -> bool:
    """Return whether kg's actor gazetteer knows ``word`` as a nationality adjective."""
    try:
        from kg.resolve.gazetteer import gazetteer
    except ImportError:  # pragma: no cover - recognition not installed
        return False
    return gazetteer().adjective(word) is not None


def demonym_key(word: str) -> str | None:
    """Return the gazetteer key of the country a nationality adjective names, if known."""
    try:
        from kg.resolve.gazetteer import gazetteer
    except ImportError:  # pragma: no cover - recognition not installed
        return None
    entry = gazetteer().adjective(word)
    return entry.id if entry is not None else None
