"""Language packs: the word lists and lemma rules extraction needs for one language.

A pack is built by ``make_language_pack()`` in ``kg.lang.<code>`` and registered under
``kg.lang.<code>.v1`` (entry points in ``pyproject.toml``); :func:`language_pack` returns it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.errors import LanguageError, RegistryError

if TYPE_CHECKING:
    from spacy.tokens import Token


@dataclass(frozen=True, slots=True)
class LanguagePack:
    """Cue words and lemma rules for one language; word lists hold lower-cased lemmas."""

    lang: str
    negation: frozenset[str]  # adverbs: nicht, nie / not, never
    negation_det: frozenset[str]  # determiners on an argument: kein / no
    negation_prep: frozenset[str]  # prepositions: ohne / without
    conditional_marks: frozenset[str]  # falls, wenn / if, unless
    hypothetical_aux: frozenset[str]  # würde / would (Konjunktiv II is also read from morphology)
    intention_verbs: frozenset[str]  # wollen, sollen / want, should: planned or tasked, not done
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
    # a nationality adjective by the language's word formation alone (russisch); the gazetteer's
    # adjectives are checked first by kg.knowledge.lexicons.is_demonym
    demonym: Callable[[str], bool]
    regime_preps: frozenset[str] = frozenset()  # unter / under: "Unter X … verfolgte Land Y"
    possessive_preps: frozenset[str] = frozenset()  # von / of: "the sovereignty of Ukraine"
    denial_verbs: frozenset[str] = frozenset()  # bestreiten / deny: their complement is negated
    inside_preps: frozenset[str] = frozenset()  # in / in: "die Streitkräfte in Syrien"
    origin_preps: frozenset[str] = frozenset()  # aus / from, of: "Daniel Urquhart of Aumsville"
    # prepositions after which a name the NER calls a person stands where a place does, beside
    # the inside prepositions: nach, zwischen / — ("reiste nach Zorvana"; English "to Smith")
    place_preps: frozenset[str] = frozenset()
    affiliation_preps: frozenset[str] = frozenset()  # of, at: "Roger Crouch of NASA" works there
    place_relatives: frozenset[str] = frozenset()  # where: "Rolling Fork, where X was born"
    purpose_preps: frozenset[str] = frozenset()  # zu / for: "Operationen zur Eroberung der Krim"
    partitive_pronouns: frozenset[str] = frozenset()  # einer / one: "einer der Sender des Y"
    source_preps: frozenset[str] = frozenset()  # laut, selon / according: "laut X" is reported
    bound_negation: frozenset[str] = frozenset()  # ne: negates only with pas/jamais (ne … que)
    # a verb form read as hypothetical by its mood (the French conditionnel: attaquerait)
    hypothetical_form: Callable[[Token], bool] | None = None
    case_ambiguous_pronouns: frozenset[str] = frozenset()  # sie, es: nominative = accusative
    negation_cc: frozenset[str] = frozenset()  # weder … noch / neither … nor on a conjunct
    negation_phrases: frozenset[str] = frozenset()  # ebenso wenig / no longer (an adverb phrase)
    participle_verb: Callable[[str], str | None] | None = None  # gesuchte → suchen, led → lead
    support_verbs: frozenset[str] = frozenset()  # starten / launch: "Angriffe auf X starten"
    possession_verbs: frozenset[str] = frozenset()  # haben / have: describe, not act
    event_verbs: frozenset[str] = frozenset()  # kommen / come: "Kritik an X kam von Y"
    medium_preps: frozenset[str] = frozenset()  # in, auf / on: "sagte X im ORF"
    # Interview, Report / interview: "im ORF-Report", "in an interview with Der Spiegel"
    medium_nouns: frozenset[str] = frozenset()
    pretext_adjectives: frozenset[str] = frozenset()  # angeblich / alleged: "angebliche Deals"
    question_marks: frozenset[str] = frozenset()  # ob / whether: an open question's clause
    role_marks: frozenset[str] = frozenset()  # als / as: "Kern als SPÖ-Chef"
    # endings that make a town's adjective of its name (Wien → Wiener, München → Münchner);
    # English puts the name itself in front ("the Brussels district")
    city_adjective_endings: tuple[str, ...] = ()
    reciprocal_words: frozenset[str] = frozenset()  # gegenseitig / each other
    separable_particles: frozenset[str] = frozenset()  # vor, an: never a postposition
    existential_verbs: frozenset[str] = frozenset()  # geben / be: "es gibt", "there is"
    expletives: frozenset[str] = frozenset()  # es / there
    demonstrative_pronouns: frozenset[str] = frozenset()  # dieser, diesen: "kritisierte diesen"
    relative_possessives: frozenset[str] = frozenset()  # deren, dessen: "deren Sprecher X"
    measure_nouns: frozenset[str] = frozenset()  # Euro, Prozent / dollar: amounts, no actors
    # relative pronoun form → the gender.number values it agrees with ("die": Fem.Sing, Plur)
    relative_agreement: Mapping[str, frozenset[str]] = field(default_factory=dict)
    # --- models and grammar switches (shared code asks these instead of the language code) ---
    function_words: frozenset[str] = frozenset()  # frequent closed-class words (detection)
    models: tuple[str, ...] = ()  # installed spaCy packages to prefer, best first
    own_model: str | None = None  # kg's own pipeline folder in kg/models, if it ships one
    ner_model: str | None = None  # kg's own NER pipeline sourced when the model has no ``ner``
    model_hint: str = ""  # how to install a model for this language (shown in errors)
    label_scheme: str = "ud"  # the usual dependency label scheme of its parsers
    copula_form: str = "is"  # the copula's 3rd-person form an open-IE relation shows
    copula_lemma: str = "be"  # the copula lemma of implicit (nominal) propositions
    noun_lemma: Callable[[str], str] | None = None  # a dictionary lemmatiser for nouns
    known_word: Callable[[str], bool] | None = None  # the pack's dictionary knows the word form
    participle_suffix: str = ""  # a present participle read as an adjective: bestehend(-d)
    chained_obliques: bool = False  # obliques chain freely after the verb (starb im … an …)
    # open IE: a range's two prepositions (von … bis): with chained obliques, one object only
    range_preps: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())
    preposition_in_object: bool = False  # open IE: a preposition opens the object (starb | im …)
    verb_bracket: bool = False  # finite verb second, other verb parts last (hat … verboten)
    nested_adverbials: bool = True  # open IE: an adverbial's attributes split off (am Rande | …)
    subjunctive_hypothetical: bool = False  # past subjunctive (Konjunktiv II) is hypothetical
    subjunctive_reported: bool = False  # present subjunctive (Konjunktiv I) is reported speech
    grammatical_gender: bool = False  # pronouns agree with a noun's grammatical gender
    compound_nouns: bool = False  # nouns compound (Bundesaußenminister ends with -minister)
    # every noun is capitalised (German: Truppen), so a capital letter does not mark a name
    capitalised_nouns: bool = False
    # nationality adjectives are capitalised (English: Russian troops; German: russische)
    capitalised_demonyms: bool = False
    # a people noun has singular forms naming one person (German: der Brite, die Britin); where
    # it has none (English: the French), the parser's singular says nothing
    singular_people_nouns: bool = False
    data_dir: Path | None = None  # the pack's data files (relations.tsv: its relation lexicon)

    def knows_term(self, word: str) -> bool:
        """Tell whether the pack's dictionary knows ``word`` as written or capitalised.

        ``LKW`` (``Lkw``), ``TV``: a word in capitals that is a term, not a name. A pack without
        a dictionary knows no word.
        """
        known = self.known_word
        return known is not None and (known(word) or known(word.capitalize()))

    @property
    def relation_lexicon(self) -> Path | None:
        """Return the pack's relation lexicon (``relations.tsv`` in its data folder), if any."""
        if self.data_dir is None:
            return None
        path = self.data_dir / "relations.tsv"
        return path if path.is_file() else None


def pack_words(lang: str, name: str) -> frozenset[str]:
    """Return the entries of a word list in ``lang``'s pack folder (``roles.txt`` …), cached.

    One entry a line, ``#`` starts a comment; entries are lower-cased. A pack without the file
    (or without a data folder) yields an empty set.
    """
    found: frozenset[str] = _pack_lines(lang, name, lower=True)
    return found


@cache
def every_pack_words(name: str) -> tuple[str, ...]:
    """Return the union of every pack's word list ``name``, sorted (e.g. as word endings).

    A text names foreign things as they are (a German article names the Royal Society), so
    lists of heads and endings count in every language.
    """
    return tuple(sorted({w for code in pack_codes() for w in pack_words(code, name)}))


def pack_patterns(lang: str, name: str) -> tuple[str, ...]:
    """Return the lines of a pattern file in ``lang``'s pack folder, as written (regexes)."""
    return tuple(_pack_lines(lang, name, lower=False, ordered=True))


@cache
def _pack_lines(lang: str, name: str, *, lower: bool, ordered: bool = False) -> Any:
    try:
        folder = language_pack(lang).data_dir
    except LanguageError:
        folder = None
    path = folder / name if folder is not None else None
    lines: list[str] = []
    if path is not None and path.is_file():
        for raw in path.read_text(encoding="utf-8").splitlines():
            line = raw.split(" #", 1)[0].strip() if not raw.startswith("#") else ""
            if line:
                lines.append(line.lower() if lower else line)
    return tuple(dict.fromkeys(lines)) if ordered else frozenset(lines)


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
    import importlib

    try:
        module = importlib.import_module(f"kg.lang.{lang}")
    except ImportError:
        raise LanguageError(
            f"no language pack for {lang!r}; expected one of {', '.join(pack_codes())}"
        ) from None
    factory: Callable[[], LanguagePack] = module.make_language_pack
    return factory


def pack_codes() -> tuple[str, ...]:
    """Return the codes of the registered language packs (``de``, ``en``, …), sorted."""
    from kg import registry

    return registry.language_codes() or ("de", "en")


FALLBACK_CODE = "de"
"""The pack read for a text in a language kg has no pack for (kg's first language)."""


def pack_code(code: str | None) -> str:
    """Return ``code`` when a language pack is registered for it, else :data:`FALLBACK_CODE`."""
    if code is None:
        return FALLBACK_CODE
    return code if code in pack_codes() else FALLBACK_CODE


def relation_lexicons() -> dict[str, Path]:
    """Return language code → relation lexicon file of every registered pack that has one."""
    found: dict[str, Path] = {}
    for code in pack_codes():
        path = language_pack(code).relation_lexicon
        if path is not None:
            found[code] = path
    return found


def relation_labels() -> dict[str, tuple[tuple[str, str], ...]]:
    """Return relation id → (language, label) pairs from every pack's relation lexicon."""
    import csv

    labels: dict[str, list[tuple[str, str]]] = {}
    for code, path in relation_lexicons().items():
        with path.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                rid, label = (row.get("relation") or "").strip(), (row.get("label") or "").strip()
                if rid and label and code != "en":
                    labels.setdefault(rid, []).append((code, label))
    return {rid: tuple(pairs) for rid, pairs in labels.items()}
