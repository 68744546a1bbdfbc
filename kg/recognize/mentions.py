"""Mentions from a recognised spaCy doc, with base forms (``Putins`` → ``Putin``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..knowledge.gazetteer import gazetteer, is_acronym
from ..knowledge.lexicons import place_names
from ..knowledge.roles import compound_prefix, role_noun
from ..lang import language_pack, pack_code, pack_words
from ..types import ActorType, Document, Mention
from .name_rules import TEAM
from .rules import PERSON_CUE, place_adjective

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_SOURCES = {"gazetteer": "gazetteer", "demonym": "gazetteer", "people": "gazetteer", "model": "ner"}
_ADJ_ENDINGS = ("en", "em", "er", "es")
_PHRASE_TYPES = {ActorType.ARMED_FORCE, ActorType.EVENT, ActorType.GROUP}
_NO_STRIP = ("ss", "us", "is", "os", "as", "x", "z", "ß")


def _is_genitive(span: Span, doc_words: set[str], place: bool = False,
                 person: bool = False) -> bool:
    """Tell whether a name's last token carries a German genitive ``-s``.

    A place whose name without the ``-s`` is in the place lexicon is its genitive
    (``Europas``, ``Moskaus``), whatever its ending. A person's name in ``-es`` is a genitive
    only when the text also writes it without the ``-s`` (``Goethes``/``Goethe``): German adds
    no ``-es`` to a person's name, so ``Morales`` and ``Reyes`` are names, whatever the tagger
    says of their case. A person's name the text also writes without the ``-s`` is a genitive
    whatever its ending (``Ayshas`` beside ``Aysha``; ``Thomas`` alone is a name). A person's
    name the text writes only with the ``-s`` is a genitive where its place says so, before a
    noun (``Elon Musks Unternehmen``) or after a noun that is no role (``im Konzern Frank
    Stronachs``), not where the tagger alone does: ``laut Staatsanwalt François Molins``,
    ``Christian Fuchs spielt`` are names in ``-s``.
    """
    tok = span[-1]
    text = tok.text
    if len(text) < 4 or not text.endswith("s") or is_acronym(text):
        return False
    if person and text.endswith("es") and text[:-1] not in doc_words:
        return False
    if place and text[:-1] in place_names() and text not in place_names():
        return True  # der Niedriglohnsektor Europas, die Liste Moskaus
    if person and text[:-1] in doc_words:
        return True  # Ayshas Mann beside Aysha: whatever the name's ending
    if text.endswith(_NO_STRIP):
        return False
    if text[:-1] in doc_words or (text.endswith("es") and text[:-2] in doc_words):
        return True
    if person and tok.pos_ in _NAME_POS:
        return _prenominal(tok) or _postnominal(span)
    return "Gen" in tok.morph.get("Case", []) or _prenominal(tok)


_NAME_POS = {"PROPN", ""}  # a blank pipeline's tokens have no tag


def _prenominal(tok: Token) -> bool:
    """Tell whether a name stands before the noun it modifies (``Putins Bestreben``)."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    prev = tok.nbor(-1) if tok.i > 0 else None
    prenominal = nxt is not None and (
        (nxt.pos_ in {"NOUN", ""} and nxt.text[:1].isupper())
        or (nxt.pos_ == "ADJ" and nxt.text[:1].islower()))
    return prenominal and (prev is None or prev.pos_ not in {"DET", "ADJ"})


def _postnominal(span: Span) -> bool:
    """Tell whether a name follows the common noun it modifies (``der Konzern Stronachs``).

    A role noun or title before a name is an apposition (``Staatsanwalt Molins``), no head.
    """
    if span.start == 0:
        return False
    prev = span.doc[span.start - 1]
    return prev.pos_ == "NOUN" and prev.text[:1].isupper() and PERSON_CUE.search(
        prev.text.lower()) is None and role_noun(prev.text, span.doc.lang_) is None


_VOWELS = frozenset("aeiouäöüy")


def _strip_genitive(tok: Token, doc_words: set[str]) -> str:
    """Return a genitive word without its ending: ``-es`` after a consonant, else ``-s``.

    A common noun heading a name takes ``-es`` after a consonant (``des Österreichischen
    Rechtsanwaltskammertages``, ``des Hauses``) unless the text writes the word with ``-e``
    (``Gebäude``); a person's or other proper name only takes ``-s``.
    """
    word = tok.text
    stem = word[:-2]
    es = word.endswith("es") and len(stem) > 2 and stem[-1].lower() not in _VOWELS
    if es and word[:-1] not in doc_words and (stem in doc_words or tok.pos_ == "NOUN"):
        return stem
    return word[:-1]


def name_lemma(span: Span, doc_words: set[str], place: bool = False,
               person: bool = False) -> str:
    """Return a name's base form: genitive ``-s`` off, a leading adjective made nominative.

    A team's plural nickname keeps its ``-s`` (``den Philadelphia Flyers``), as does a place the
    lexicon knows as written (``New Orleans``, unless ``New Orlean`` were one too), and a place's
    adjective in ``-er`` is not inflected (``Schweizer Werbeagentur``, ``Wiener Philharmoniker``).
    """
    words = [t.text for t in span]
    known_as_written = place and span.text in place_names() and span.text[:-1] not in place_names()
    if span.id_ != TEAM and not known_as_written and _is_genitive(
            span, doc_words, place, person):
        words[-1] = _strip_genitive(span[-1], doc_words)
    first = span[0]
    if len(span) > 1 and first.pos_ == "ADJ" and first.text.endswith(_ADJ_ENDINGS) and not (
            first.text.endswith("er") and place_adjective(first)):
        words[0] = first.text[:-2] + "e"  # Deutschen Gesellschaft → Deutsche Gesellschaft
    return _join(span, words)


def phrase_lemma(span: Span) -> str:
    """Return a noun phrase's base form, adjectives nominative (``russischer`` → ``russische``)."""
    words = []
    for tok in span:
        word = tok.text
        adjective = tok.pos_ == "ADJ" or (not tok.pos_ and word[:1].islower())
        if adjective and tok.i < span.end - 1 and word.endswith(_ADJ_ENDINGS):
            word = word[:-2] + "e"
        elif tok.i == span.end - 1 and word.endswith("en") and word[:-1].endswith("e"):
            morph = tok.morph
            # Streitkräften → Streitkräfte; a plural in -en keeps it (Milizen: Miliz + en), and
            # so does one whose form without -n is no word of the pack's dictionary (Medien)
            if "Dat" in morph.get("Case", []) and "Plur" in morph.get("Number", []) and \
                    tok.lemma_ + "en" != word and _inflected(word[:-1], tok.doc.lang_):
                word = word[:-1]
        words.append(word)
    return _join(span, words)


def _inflected(word: str, lang: str) -> bool:
    """Tell whether the pack's noun lemmatiser reads ``word`` as an inflected form.

    ``Streitkräfte`` (→ ``Streitkraft``) is one; ``Medie``, cut from ``Medien``, is none. A pack
    without a noun lemmatiser answers yes.
    """
    lemma = language_pack(pack_code(lang)).noun_lemma
    return lemma is None or lemma(word) != word


def _join(span: Span, words: list[str]) -> str:
    out = ""
    for tok, word in zip(span, words, strict=True):
        out += word + (tok.whitespace_ if tok.i < span.end - 1 else "")
    return out


def mention_from_span(span: Span, document: Document, doc_words: set[str]) -> Mention:
    """Turn one actor span of ``doc.ents`` into a :class:`Mention`."""
    kind = ActorType(span.label_)
    key = span.kb_id_ or None
    rule = span.id_
    found = gazetteer().match(span.text) if rule == "gazetteer" else None
    if key is not None and rule == "demonym":
        entry = gazetteer().entries.get(key)
        lemma = entry.label if entry else span.text
    elif found is not None:
        lemma = found[1]  # the name form the gazetteer knows (Russlands → Russland)
    elif kind in _PHRASE_TYPES and (key is None or span[0].pos_ == "ADJ"):
        lemma = phrase_lemma(span)
    else:
        lemma = name_lemma(span, doc_words, kind in (ActorType.LOCATION, ActorType.COUNTRY),
                           kind is ActorType.PERSON)
    return Mention(
        doc_id=document.id,
        start=span.start_char,
        end=span.end_char,
        text=span.text,
        type=kind,
        lemma="" if lemma == span.text else lemma,
        key=key,
        source=_SOURCES.get(rule, "rule"),
    )


def find_mentions(sdoc: Doc, document: Document) -> list[Mention]:
    """Return the actor mentions of a recognised doc (its ``doc.ents`` with ActorType labels).

    Entities whose label is not an :class:`~kg.types.ActorType` value (a pipeline without
    ``kg_actors``) are skipped.
    """
    labels = {t.value for t in ActorType}
    doc_words = {t.text for t in sdoc}
    found = [
        mention_from_span(ent, document, doc_words) for ent in sdoc.ents if ent.label_ in labels
    ]
    return found + list(compound_mentions(sdoc, document))


# who makes a statement a compound names (UNO-Angaben, US-Informationen, STANDARD-Anfrage)
_SPEAKERS = frozenset({ActorType.ORGANIZATION, ActorType.COUNTRY})


def compound_mentions(sdoc: Doc, document: Document) -> list[Mention]:
    """Return the organisations in front of role and statement compounds (``ÖVP-Chef``).

    ``ÖVP-Chef Mitterlehner`` names two actors: the person (the name, a mention of its own) and
    the organisation he leads, a known actor or an acronym; ``auf STANDARD-Anfrage`` names the
    medium that asked, ``US-Informationen zufolge`` the country that informs (a known
    organisation or country before a noun of the pack's ``statement_compounds.txt``). The
    organisation's mention covers part of a token, so it has ``source="compound"`` and claims no
    token for extraction.
    """
    gaz = gazetteer()
    statements = tuple(pack_words(pack_code(sdoc.lang_), "statement_compounds.txt"))
    out: list[Mention] = []
    for tok in sdoc:
        prefix = compound_prefix(tok.text)
        if prefix is None or tok.ent_type_:
            continue
        entry = gaz.lookup(prefix)
        if role_noun(tok.text, sdoc.lang_) is None:
            # auf STANDARD-Anfrage, UNO-Angaben: a known organisation's statement or inquiry
            tail = tok.text.rsplit("-", 1)[1].lower()
            if entry is None or entry.type not in _SPEAKERS or not tail.endswith(statements):
                continue
        elif entry is None and not is_acronym(prefix):
            continue
        kind = entry.type if entry is not None else ActorType.ORGANIZATION
        out.append(Mention(document.id, tok.idx, tok.idx + len(prefix), prefix, kind,
                           key=entry.id if entry else None, source="compound"))
    return out
