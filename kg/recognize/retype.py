"""Type one-word names from syntax: retype the model's unknown Locations, find speakers.

kg's small NER often confuses persons and places for unknown one-word names (``hofft Jones``,
``Pinnick, Tabor und Gaskill``). A one-word model Location that no place lexicon knows is
retyped as a Person when it is the subject of a verb or coordinated with a recognised person
(not right after a place preposition: ``zwischen Gudme und Lundborg``, whose model Persons
listed with such a place are places too); the proper name subject of a verb of saying (``sagte
Gosslar``) is a Person. An event noun that speaks is the body named after its meetings (``die
Armutskonferenz warnt``, ``the Bishops' Conference said``): an Organization.

Some model guesses are no actors at all: a Person of several words with a lower-case word no
name holds (``Slowdowns für Kulissen``, but ``van der Vaart``); in German a one-word Person, or
a Location no preposition governs, right after an article is a common noun (``nach der Matura``,
but ``in die Tschechoslowakei``); in German, where capitals mark every noun, an unknown one-word
Location that is neither a subject, nor after a preposition, nor beside a place has nothing of a
place (``das Mittel Pentobarbital``, ``Kasperl, Großmutti …``) and is dropped, unless a place
noun of the pack's ``venue_nouns.txt`` stands before it (``den Konzertsaal Bataclan``, ``im
Hotel Sacher``); a model Person right after the pack's inside or place preposition is a place
(``in Piräeus eintraf``, ``nach Sao Tomé``), unless it owns what follows or begins with a given
name, and one after a place noun is that place (``im Atomkraftwerk Krümmel``); an unknown
all-caps one (letters only, not ``U.S.``) is an organisation's acronym (``der ÖRAK``), a known
place in capitals (``TOKIO``) is not unknown.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from ..knowledge.lexicons import given_names, place_names
from ..lang import language_pack, pack_code, pack_words
from ..types import ActorType
from .rules import (
    ARTICLE_PARTICLES,
    COMPOSITE,
    MODEL,
    PARTICLES,
    Candidate,
    after_article,
    organisation_word,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..knowledge.gazetteer import Gazetteer
    from ..lang import LanguagePack

_SUBJECT_DEPS = {"nsubj", "nsubj:pass", "sb"}
# lower-case words a person's name may hold besides PARTICLES: Johannes des Kappadokers,
# Giacomo della Porta, Alfred the Great, Catherine of Aragon, José Ortega y Gasset
_NAME_JOINS = PARTICLES | ARTICLE_PARTICLES | {
    "des", "della", "delle", "degli", "dei", "dello", "y", "e", "ben", "bint", "of", "the"}
_CAPITALS_PLACE_LETTERS = 4  # TOKIO is Tokio; TUR, BAR are codes and acronyms
_INITIAL_CHARS = 2  # A. Wiegemann: an initial, not a given name
_SPEAKER_WORDS = 3  # , so Hans Peter Barth.: the words a marked speaker's name may have
_QUOTE_ENDS = {",", '"', "“", "”", "«", "»", "'"}
_SENTENCE_ENDS = {".", "!", "?", ",", ";", ")", "("}
_OWNER_AND_NOUN = 2  # Holroyds Stimme: a genitive name and the noun it owns
SPEECH_VERBS = {
    "sagen", "erklären", "betonen", "meinen", "sprechen", "fordern", "kritisieren", "ergänzen",
    "mitteilen", "berichten", "warnen", "antworten", "erläutern", "bestätigen", "kündigen",
    "ankündigen", "versichern", "glauben", "hoffen", "say", "tell", "state", "add", "explain",
}


def _coordinated(tok: Token) -> list[Token]:
    """Return the tokens coordinated with ``tok`` (its conjunct head and conjunct children)."""
    out = [c for c in tok.children if c.dep_ == "conj"]
    if tok.dep_ == "conj":
        out.append(tok.head)
        out += [c for c in tok.head.children if c.dep_ == "conj" and c.i != tok.i]
    return out


def _speaking_event(doc: Doc, cand: Candidate) -> Candidate:
    """Return an event candidate whose head is a verb of saying's subject as an Organization."""
    if cand.type is not ActorType.EVENT:
        return cand
    head = doc[cand.end - 1]
    lang = pack_code(doc.lang_)
    verb = head.head.lemma_.lower()
    if head.dep_ in _SUBJECT_DEPS and (
            verb in SPEECH_VERBS or verb in language_pack(lang).reporting_verbs):
        # the bare noun (die Konferenz) stays a description; a compound is the body's name
        bare = head.lower_ in pack_words(lang, "event_nouns.txt")
        return replace(cand, type=ActorType.ORGANIZATION,
                       rule="event" if bare else "event-speaker")
    return cand


def retype_model_entities(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """Retype unknown one-word model Locations as Persons, speaking events as Organizations.

    A Location that no place lexicon knows becomes a Person when it is a verb's subject or is
    coordinated with a Person, an Organization when it is all capitals, and (German) is dropped
    when no preposition, neighbouring place or place noun before it places it; a one-word
    Person, or a Location no preposition governs, after a German article is dropped, and so is
    a Person of several words with a lower-case word no name holds; an event
    noun that is a verb of saying's subject is the body that holds it (module docstring); other
    candidates are returned unchanged.
    """
    persons = {
        i for c in chosen if c.type is ActorType.PERSON for i in range(c.start, c.end)
    }
    chosen = [_speaking_event(doc, c) for c in chosen]
    places = place_names()
    pack = language_pack(pack_code(doc.lang_))
    # only where every noun is capitalised is a capitalised word no evidence of a name
    nouns_capitalised = pack.capitalised_nouns
    places_at = {i for c in chosen if c.type in {ActorType.LOCATION, ActorType.COUNTRY}
                 for i in range(c.start, c.end)}  # Zorvana, Hessen: a place beside a place
    out: list[Candidate] = []
    for cand in chosen:
        if cand.priority == MODEL and cand.type is ActorType.PERSON and cand.end - cand.start > 1:
            if _common_word_inside(doc, cand):
                continue  # Slowdowns für Kulissen: a phrase, no name
            kept = _person_before_noun(doc, cand)
            if kept is None:
                continue
            cand = kept
        if cand.priority == MODEL and cand.type is ActorType.PERSON:
            cand = _venue_person(doc, cand)
        one_word = cand.priority == MODEL and cand.end - cand.start == 1
        one_location = one_word and cand.type is ActorType.LOCATION
        if cand.priority == MODEL and cand.type is ActorType.PERSON and \
                _placed_person(doc, cand.start, cand.end, pack):
            cand = replace(cand, type=ActorType.LOCATION, rule="model-placed")
        if one_word and after_article(doc, cand.start) and (
                cand.type is ActorType.PERSON
                or (cand.type is ActorType.LOCATION and not _locative(doc[cand.start - 1]))):
            continue  # nach der Matura: a noun; "in die Tschechoslowakei" is placed, though
        if one_location and not _known_place(doc[cand.start].text, places):
            tok = doc[cand.start]
            if not (tok.tag_ == "NE" or tok.pos_ == "PROPN") or "-" in tok.text:
                out.append(cand)
                continue
            subject = tok.dep_ in _SUBJECT_DEPS and tok.head.pos_ in {"VERB", "AUX"}
            with_person = any(t.i in persons for t in _coordinated(tok))
            if tok.text.isupper() and tok.text.isalpha() and len(tok.text) > 1:
                # an unknown acronym is a body's name (der ÖRAK warnt), not a place or person
                cand = replace(cand, type=ActorType.ORGANIZATION, rule="model-acronym")
            elif subject or (with_person and not _after_place_preposition(tok, pack)):
                cand = replace(cand, type=ActorType.PERSON, rule="model-retyped")
            elif nouns_capitalised and not _locative(tok) and not _after_venue(tok) and not any(
                    t.i in places_at for t in (tok.head, *tok.children)):
                continue  # das Mittel Pentobarbital: no place lexicon, no place preposition
        out.append(cand)
    return _places_in_lists(doc, out, pack)


def _after_place_preposition(tok: Token, pack: LanguagePack) -> bool:
    """Tell whether a word follows the pack's inside or place preposition (``zwischen X``)."""
    return tok.i > 0 and tok.doc[tok.i - 1].lower_ in pack.inside_preps | pack.place_preps


def _places_in_lists(doc: Doc, chosen: list[Candidate], pack: LanguagePack) -> list[Candidate]:
    """Retype one-word model Persons coordinated with a place a preposition places.

    ``Zwischen Gudme und Lundborg``, ``in Zorvana and Lundborg``: the first conjunct stands
    right after the pack's inside or place preposition and is a Location, so the names listed
    with it are places too; a given name stays a Person.
    """
    placed = {
        c.start for c in chosen
        if c.type in {ActorType.LOCATION, ActorType.COUNTRY}
        and _after_place_preposition(doc[c.start], pack)
    }
    if not placed:
        return chosen
    names = given_names()
    out = []
    for cand in chosen:
        tok = doc[cand.start]
        if cand.priority == MODEL and cand.type is ActorType.PERSON and \
                cand.end - cand.start == 1 and tok.text not in names and \
                any(t.i in placed for t in _coordinated(tok)):
            cand = replace(cand, type=ActorType.LOCATION, rule="model-listed-place")
        out.append(cand)
    return out


def _common_word_inside(doc: Doc, cand: Candidate) -> bool:
    """Tell whether a model Person of several words holds a lower-case word no name holds.

    A name's lower-case words are particles and joins (``van der Vaart``, ``Giacomo della
    Porta``, ``Johannes des Kappadokers``, ``Catherine of Aragon``); any other lower-case word
    (``Slowdowns für Kulissen``, ``Tales from Zorvania``) makes the span a phrase. Words with
    an apostrophe or hyphen (``d'Estaing``, ``al-Assad``) pass.
    """
    return any(
        tok.is_alpha and tok.text[:1].islower() and tok.lower_ not in _NAME_JOINS
        for tok in doc[cand.start + 1 : cand.end]
    )


def _person_before_noun(doc: Doc, cand: Candidate) -> Candidate | None:
    """Check a model Person of several words that ends with a common noun.

    Without a known given name or an initial in front, such a span is no person when its noun
    is an organisation's head or its first word a place (``Franzis Verlag``, ``Norderstedt
    Mitte``), and a name's owner and what it owns when its first word is a genitive
    (``Holroyds Stimme`` → the Person ``Holroyds``); an unknown surname is often tagged as a
    noun too (``Mark Zuckerberg``), so other spans are returned unchanged.
    """
    first, last = doc[cand.start], doc[cand.end - 1]
    if last.pos_ != "NOUN" or first.text in given_names() or (
            len(first.text) <= _INITIAL_CHARS and first.text.endswith(".")):
        return cand
    if organisation_word(last.text) or first.text in place_names():
        return None
    if cand.end - cand.start == _OWNER_AND_NOUN and first.text.endswith("s") and \
            first.text[:1].isupper():
        return replace(cand, end=cand.start + 1, rule="model-owner")
    return cand


def _venue_person(doc: Doc, cand: Candidate) -> Candidate:
    """Retype a model Person that names a place noun's place as a Location.

    The name stands in apposition to a place noun of the pack's ``venue_nouns.txt`` (``im
    Atomkraftwerk Krümmel``, ``die Station Zorvan``), or the model took the noun in (``Stausee
    Taiskirchen`` → the Location ``Taiskirchen``); other candidates are returned unchanged.
    """
    if _after_venue(doc[cand.start]):
        return replace(cand, type=ActorType.LOCATION, rule="model-venue")
    if cand.end - cand.start > 1 and cand.start + 1 < len(doc) and _after_venue(
            doc[cand.start + 1]):
        return replace(cand, start=cand.start + 1, type=ActorType.LOCATION, rule="model-venue")
    return cand


def _known_place(text: str, places: frozenset[str]) -> bool:
    """Tell whether a word names a known place, written in capitals too (``TOKIO``, ``PARIS``).

    A capitals word needs four letters or more: shorter ones are acronyms and codes (``TUR``).
    """
    return text in places or (
        len(text) >= _CAPITALS_PLACE_LETTERS and text.isupper() and text.title() in places)


def _placed_person(doc: Doc, start: int, end: int, pack: LanguagePack) -> bool:
    """Tell whether a model Person (of one or more words) stands where a place does.

    Right after the pack's inside preposition (``in Piräeus eintraf``, ``arrived in Mossul``,
    ``in Wildbad Kreuth``) or one of its place prepositions (``nach Sao Tomé``), not as an
    owner (``in Merkels Rede``, ``in Obama's speech``), not beginning with a given name
    (``Anna``, ``nach Anna Schmidt``).
    """
    if start == 0 or end >= len(doc):
        return False
    nxt = doc[end]
    return (doc[start - 1].lower_ in pack.inside_preps | pack.place_preps
            and nxt.text not in {"'s", "’s"}
            and nxt.pos_ not in {"NOUN", "PROPN", "ADJ"} and not nxt.text[:1].isupper()
            and doc[start].text not in given_names())


def _after_venue(tok: Token) -> bool:
    """Tell whether a name stands in apposition to a place noun (``den Konzertsaal Bataclan``).

    The nouns are the pack's ``venue_nouns.txt``, matched at the end of the word before
    (``Konzertsaal``, ``Fußballstadion``); a drug or product noun is none (``das Mittel X``).
    """
    if tok.i == 0:
        return False
    prev = tok.doc[tok.i - 1]
    venues = tuple(pack_words(pack_code(tok.doc.lang_), "venue_nouns.txt"))
    return prev.text[:1].isupper() and prev.pos_ in {"NOUN", ""} and prev.lower_.endswith(venues)


def _locative(tok: Token) -> bool:
    """Tell whether a name stands where a place does: after or governed by a preposition."""
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    return (prev is not None and prev.pos_ == "ADP") or tok.head.pos_ == "ADP" or any(
        c.dep_ == "case" or c.pos_ == "ADP" for c in tok.children)


def marked_speakers(doc: Doc, gaz: Gazetteer) -> Iterator[Candidate]:
    """Yield the name a speaker marker ends a quotation with as a Person (``…", so Barth.``).

    The marker (the pack's ``speaker_markers.txt``: German ``so``) follows a comma or a
    closing quotation mark, and one to three capitalised words follow it up to the sentence's
    end; a name the gazetteer knows is left to the gazetteer.
    """
    markers = pack_words(pack_code(doc.lang_), "speaker_markers.txt")
    if not markers:
        return
    for i, tok in enumerate(doc[1:-1], start=1):
        if tok.lower_ not in markers or doc[i - 1].text not in _QUOTE_ENDS:
            continue
        end = i + 1
        while end < len(doc) and end - i <= _SPEAKER_WORDS and doc[end].text[:1].isupper() \
                and doc[end].is_alpha:
            end += 1
        if end > i + 1 and (end == len(doc) or doc[end].text in _SENTENCE_ENDS) and \
                gaz.lookup(doc[i + 1 : end].text) is None:
            yield Candidate(i + 1, end, ActorType.PERSON, priority=COMPOSITE, rule="speaker")


def speaker_candidates(doc: Doc) -> Iterator[Candidate]:
    """Yield one-word proper-name subjects of verbs of saying as Persons (``sagte Alt``)."""
    for tok in doc:
        if (
            tok.dep_ in _SUBJECT_DEPS
            and (tok.tag_ == "NE" or tok.pos_ == "PROPN")
            and tok.text[:1].isupper()
            and tok.head.lemma_.lower() in SPEECH_VERBS
            and not any(c.dep_ in {"flat", "compound", "det", "amod"} for c in tok.children)
            and tok.text not in place_names()
        ):
            yield Candidate(tok.i, tok.i + 1, ActorType.PERSON, priority=MODEL, rule="speaker")
