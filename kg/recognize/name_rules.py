"""Lexicon rules: given names → Person, places and streets → Location, legal forms → Organization.

Each rule takes a spaCy ``Doc`` and yields :class:`~kg.recognize.rules.Candidate` spans at rule
priority; :mod:`kg.recognize.ner` ranks them against the gazetteer, the cue rules and the
statistical model. The lexicons (:mod:`kg.knowledge.lexicons`) are built once, on first use.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from ..knowledge.gazetteer import Gazetteer
from ..knowledge.lexicons import (
    given_names,
    is_given_name,
    place_names,
    place_starts,
    populous_places,
    region_names,
)
from ..lang import every_pack_words, language_pack, pack_code, pack_words
from ..types import ActorType
from .rules import (
    COMPOSITE,
    FUNCTION_POS,
    LEGAL_FORMS,
    PERSON_CUE,
    RULE,
    Candidate,
    after_article,
    after_particles,
    article_name,
    article_name_end,
    looks_like_name,
    name_run,
    places_before,
    unknown_word,
    word_endings,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# tags a given name or a place may carry (HanTa STTS, UD, PTB); empty tags (blank pipelines) pass
_NAME_TAGS = {"NE", "FM", "XY", "PROPN", "NNP", "NNPS"}
_LATE_PARTICLES = {"de", "da", "di", "del", "dos", "das", "van"}  # after a surname
# capitalised words that follow a given name without being a surname
_NOT_SURNAME = {
    "Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Er", "Sie", "Es", "Wir", "Ich", "Und",
    "Oder", "Aber", "Auch", "Am", "Im", "In", "Auf", "Mit", "Von", "Bei", "Nach", "Für", "Als",
    "The", "And", "Of", "Mr", "Mrs", "Herr", "Frau", "Montag", "Dienstag", "Mittwoch",
    "Donnerstag", "Freitag", "Samstag", "Sonntag", "Januar", "Februar", "März", "April", "Mai",
    "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember", "Monday", "Tuesday",
    "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
    "June", "July", "October", "December",
}
# prepositions after which a capitalised known place name is a place even when tagged as a noun
_PLACE_PREPOSITIONS = {"in", "aus", "nach", "von", "bei", "nahe", "ab", "bis", "zwischen", "vor",
                       "In", "Aus", "Nach", "Von", "Bei", "Nahe", "Ab", "Bis", "Zwischen", "Vor"}
_STEM_LETTERS = 3  # Böckingen, not Dingen: the letters a town name has before its ending
_STREET_ENDINGS = ("straße", "strasse", "str.", "allee", "platz", "gasse", "damm", "ufer")
_COMMON_STREET_WORDS = {
    "landstraße", "landstrasse", "hauptstraße", "seitenstraße", "umgehungsstraße", "bundesstraße",
    "arbeitsplatz", "marktplatz", "spielplatz", "parkplatz", "sportplatz", "flugplatz",
    "bahnhofsplatz", "staudamm", "nordufer", "südufer", "ostufer", "westufer", "flussufer",
    "seeufer", "einbahnstraße", "durchgangsstraße", "nebenstraße", "querstraße", "schnellstraße",
    "ausfallstraße", "zufahrtsstraße", "einkaufsstraße", "geschäftsstraße", "hauptverkehrsstraße",
    "kreisstraße", "landesstraße", "gemeindestraße", "staatsstraße", "wasserstraße", "mautstraße",
    "passstraße", "küstenstraße", "verbindungsstraße", "wohnstraße", "sackgasse", "rettungsgasse",
    "seitengasse", "prachtstraße", "handelsstraße", "parallelstraße", "durchzugsstraße",
    "freilandstraße", "nebengasse", "quergasse",
}
# endings that make a one-word name a street whatever its tag (Knoopstraße, Lindenallee);
# the other endings are too often common nouns (Flugplatz, Ostufer) unless tagged as names
_STREET_NAME_ENDINGS = ("straße", "strasse", "allee", "gasse")
# a settlement or territory word before its name (Gemeinde Braunsdorf, Hansestadt Hamburg)
PLACE_CUE = re.compile(
    r"(stadt|gemeinde|gemeinden|ortschaft|ortsteil|dorf|landkreis|insel|provinz|kanton|bezirk|"
    r"stadtteil|region|bundesland|bundesstaat|departement)$"
)
_ARTICLE_TAGS = {"ART", "APPRART", "DT"}  # STTS and PTB articles (der, beim; the)
_LONE_CLUB_PREFIX = 3  # der TSV, dem VfB: a prefix alone names a club (not AS, SC: words)
_MIN_NICKNAME = 3  # Bulls, Spurs: a nickname of four letters or more
TEAM = "team"  # the rule of a city's team (die San Antonio Spurs): its plural is no genitive
_HOUSE_NUMBER = re.compile(r"^\d{1,4}[a-z]?$")
_CLUB_NUMBER = re.compile(r"^(0\d|\d{2}|18\d\d|19\d\d)$")  # 04, 96, 1860, 1899
_PLACE_CLUB_NUMBER = re.compile(r"^(0\d|9\d)$")  # Mainz 05, Hannover 96 (not years: Berlin 1989)
CLUB_PREFIXES = {
    "FC", "SC", "SV", "TSV", "VfB", "VfL", "BV", "TuS", "SpVgg", "FSV", "TSG", "AS", "AC", "SSC",
    "SSV", "KSC", "MSV", "HSV", "BSC", "ESV", "TSC", "SG", "SpVg", "1.FC", "AFC",
}
# words that end a club's, a broadcaster's or a company's name after its capitalised words
# (Manchester United, Blackburn Rovers, Wigan Athletic, Tottenham Hotspur; Servus TV; Erste Group,
# Alix Partners, JFE Holdings, Qatar Airways); a capitalised word after them continues another
# name (United States, United Nations), so none is taken then. The whole name outranks a known
# name inside it (Qatar Airways, not the country Qatar).
ORG_SUFFIXES = {"United", "Rovers", "Wanderers", "Athletic", "Hotspur", "TV", "Group", "Partners",
                "Holdings", "Airlines", "Airways", "Enterprises", "Industries", "Technologies",
                "Systems", "Pharmaceuticals", "Motors", "Entertainment", "Communications",
                "Studios"}
# club names before a place (Borussia Dortmund, Werder Bremen, Inter Mailand, Real Madrid)
CLUB_WORDS = {
    "Borussia", "Eintracht", "Fortuna", "Alemannia", "Arminia", "Hertha", "Preußen", "Kickers",
    "Dynamo", "Hansa", "Energie", "Werder", "Bayer", "Inter", "Juventus", "Lokomotive", "Sporting",
    "Olympique", "Real", "Atlético", "Racing", "Viktoria", "Germania", "Holstein", "Wacker",
    "Rapid", "Sturm", "Rot-Weiss", "Rot-Weiß", "Schwarz-Weiß", "Blau-Weiß", "Union", "Dinamo",
    "Spartak", "Zenit", "Ajax", "Benfica", "Galatasaray", "Fenerbahçe",
}
ORG_COMPOUND = re.compile(
    r"^[A-ZÄÖÜ][\w-]{2,}(ministerium|ministeriums|bundesamt|bundesamts|bundesamtes|landesamt|"
    r"landesamts|landesamtes|kartellamt|kartellamts|kartellamtes|gerichtshof|gerichtshofs|"
    r"gerichtshofes|verfassungsgericht|verfassungsgerichts|sozialgericht|sozialgerichts|"
    r"arbeitsgericht|arbeitsgerichts|verwaltungsgericht|verwaltungsgerichts|bundesanstalt|"
    r"bundesagentur|kriminalamt|kriminalamts|kriminalamtes)$"
)


def _tagged_name(tok: Token) -> bool:
    """Tell whether a capitalised token is tagged as a proper name (or untagged)."""
    if not tok.text[:1].isupper() or tok.is_punct or tok.like_num:
        return False
    return not (tok.tag_ or tok.pos_) or tok.tag_ in _NAME_TAGS or tok.pos_ == "PROPN"


def _surname(tok: Token) -> bool:
    """Tell whether a token can be a surname after a given name (capitalised word, any tag)."""
    text = tok.text
    if article_name(text):
        return True  # Ali al-Nuaimi
    return (
        text[:1].isupper()
        and not text.lower().endswith(_STREET_ENDINGS)
        and any(c.islower() for c in text)
        and text not in _NOT_SURNAME
        and all(c.isalpha() or c in "-'’" for c in text)
    )


def _past_space(doc: Doc, i: int) -> int:
    """Return the first index from ``i`` that is no whitespace token (``Rupert  Wolff``)."""
    while i < len(doc) - 1 and doc[i].is_space:
        i += 1
    return i


def given_name_rule(doc: Doc, gaz: Gazetteer) -> Iterator[Candidate]:
    """Known given name(s) + a capitalised surname → Person (``Stefan Schwabe``).

    A run of spaces between the names (a line break in the source: ``Rupert  Wolff``) is a
    token of its own that does not part them.
    """
    names = given_names()
    if not names:
        return
    patronymics = tuple(pack_words(pack_code(doc.lang_), "patronymics.txt"))
    i = 0
    while i < len(doc):
        tok = doc[i]
        if not is_given_name(tok.text) or not _tagged_name(tok) or \
                gaz.lookup(tok.text) is not None \
                or _title_after_article(doc, i):
            i += 1
            continue
        j = i + 1
        while j < len(doc) - 1:
            if (doc[j].text in names or (
                    patronymics and doc[j].text.lower().endswith(patronymics))) \
                    and _surname(doc[j]):
                j += 1  # more given names (Fritz Rudolf Körper), a patronymic (Jurjewitsch)
            elif doc[j].text == "-" and not doc[j - 1].whitespace_ and not doc[j].whitespace_ \
                    and j + 2 < len(doc) and doc[j + 1].text in names:
                j += 2  # a hyphen a tokenizer split off (Mary - Kate Olsen)
            else:
                break
        named = _past_space(doc, j)
        arabic_end = article_name_end(doc, named)  # Ali al-Nuaimi (al - Nuaimi)
        arabic = arabic_end > named
        k = arabic_end - 1 if arabic else after_particles(doc, named)
        if k < len(doc) and (arabic or _surname(doc[k])):
            end = k + 1
            m = after_particles(doc, end)
            late = m > end and doc[end].text in _LATE_PARTICLES
            if late and _surname(doc[m]) and _tagged_name(doc[m]):
                end = m + 1  # Fernando Collor de Mello
            if doc[i:end].text in place_names() or gaz.lookup(doc[i:end].text) is not None:
                i = end  # a place or known actor that starts with a given name (Rio de Janeiro)
                continue
            # a company named after its founder is the person with a given name (Henry Ford,
            # Robert Bosch): the name outranks the gazetteer's one-word company then
            company = gaz.lookup(doc[end - 1].text, allow_genitive=False)
            founder = company is not None and company.type is ActorType.ORGANIZATION
            yield Candidate(i, end, ActorType.PERSON, priority=COMPOSITE if founder else RULE,
                            rule="given-name")
            i = end
        elif j > i + 1:
            yield Candidate(i, j, ActorType.PERSON, priority=RULE, rule="given-name")
            i = j
        else:
            i += 1


def _title_after_article(doc: Doc, i: int) -> bool:
    """Tell whether a given name that is also a title stands as the title here.

    ``Sultan`` and ``Emir`` are given names and rulers' titles; after an article or an
    adjective (``der krebskranke Sultan Qabus``, ``the emir``) the word is the title, which
    the person cue rule reads.
    """
    prev = doc[i - 1] if i > 0 else None
    return (prev is not None and prev.is_lower and prev.pos_ in {"DET", "ADJ", ""}
            and PERSON_CUE.search(doc[i].lower_) is not None)


def _inside_longer(start: int, end: int, spans: Iterable[Span]) -> bool:
    """Tell whether ``[start, end)`` lies strictly inside one of ``spans``."""
    return any(s.start <= start and end <= s.end and s.end - s.start > end - start for s in spans)


def _after_place_preposition(doc: Doc, i: int) -> bool:
    """Tell whether token ``i`` follows a locative preposition (``in Witten``, ``aus Rheine``)."""
    return i > 0 and doc[i - 1].text in _PLACE_PREPOSITIONS


def _one_word_place(doc: Doc, i: int, names: frozenset[str]) -> bool:
    """Tell whether the known one-word place name at ``i`` stands for a place here."""
    if after_article(doc, i):
        return False  # nach der Matura: a noun, not the town
    if _after_place_preposition(doc, i) or (
            i > 1 and doc[i].text in region_names() and doc[i - 1].is_lower and
            (doc[i - 1].pos_ == "DET" or doc[i - 1].tag_ == "ART") and
            _after_place_preposition(doc, i - 1)):
        return True  # "in der Steiermark", "aus der Lombardei": a region takes its article
    text = doc[i].text
    if (text in names and text not in populous_places()) or (
        i > 0 and PERSON_CUE.search(doc[i - 1].lower_)
    ):
        return False
    return _tagged_name(doc[i])


def _prenominal_genitive(doc: Doc, i: int, found: int) -> bool:
    """Tell whether a place's genitive stands before a noun, without an article.

    ``Bremens Bürgermeister``, ``Europas größte``; not a common noun's genitive (``des Essens``).
    """
    prev = doc[i - 1] if i > 0 else None
    after = doc[i + 1] if i + 1 < len(doc) else None
    return (
        found == -1
        and (prev is None or not (prev.pos_ == "DET" or prev.tag_ == "ART"))
        and after is not None
        and (after.text[:1].isupper() or after.pos_ == "ADJ")
        and not after.is_punct
    )


def place_rule(doc: Doc, gaz: Gazetteer, model_ents: Iterable[Span] = ()) -> Iterator[Candidate]:
    """Known city, region or Land name → Location (``Witten``, ``Bad Schussenried``).

    A single word must be tagged as a proper name and must not follow a role cue (``Präsident
    Cleveland``); one that is also a given name (``Caroline``, ``Bella``) must follow a locative
    preposition unless it names a city of millions (``Paris``). A place inside a longer model
    entity (``1. FC Nürnberg``) is left to the model.
    """
    places = place_names()
    starts = place_starts()
    names = given_names()
    ents = list(model_ents)
    i = 0
    while i < len(doc):
        first = doc[i].text
        found = 0
        for n in range(min(starts.get(first, 0), len(doc) - i), 0, -1):
            if doc[i : i + n].text in places:
                found = n
                break
        if not found and len(first) > 4 and first.endswith("s") and first[:-1] in places:
            found = -1  # genitive (Erfurts): the token, typed by its base form
        n = abs(found)
        if (
            found
            and (n > 1 or _one_word_place(doc, i, names) or _prenominal_genitive(doc, i, found))
            and gaz.lookup(doc[i : i + n].text) is None
            and not _inside_longer(i, i + n, ents)
        ):
            yield Candidate(i, i + n, ActorType.LOCATION, priority=RULE, rule="place")
            i += n
        else:
            i += 1


def place_suffix_rule(
    doc: Doc, gaz: Gazetteer, model_ents: Iterable[Span] = (),
) -> Iterator[Candidate]:
    """Unknown word with a town name's ending after a place preposition → Location.

    ``in Böckingen``, ``aus Spiegelau``, ``from Scunthorpe``: the endings are the pack's
    ``place_suffixes.txt``, the prepositions its inside, origin and place prepositions. The word
    is capitalised and longer than its ending by three letters or more (not ``in Dingen``), and
    neither the pack's dictionary nor the gazetteer nor the given names know it; a word inside a
    longer model entity is left to the model.
    """
    pack = language_pack(pack_code(doc.lang_))
    endings = word_endings(pack_code(doc.lang_), "place_suffixes.txt")
    if not endings:
        return
    preps = pack.inside_preps | pack.origin_preps | pack.place_preps
    ents = list(model_ents)
    for i, tok in enumerate(doc[1:], start=1):
        text = tok.text
        if doc[i - 1].lower_ not in preps or not text[:1].isupper() or not text.isalpha():
            continue
        ending = next((e for e in endings if text.endswith(e)), None)
        if ending is None or len(text) < len(ending) + _STEM_LETTERS or \
                text in given_names() or text in place_names() or \
                (pack.known_word is not None and pack.known_word(text)) or \
                gaz.lookup(text) is not None or _inside_longer(i, i + 1, ents):
            continue
        yield Candidate(i, i + 1, ActorType.LOCATION, priority=RULE, rule="place-suffix")


def region_rule(doc: Doc, gaz: Gazetteer) -> Iterator[Candidate]:
    """Compass word + a country's name → a region Location (``Nordirak``, ``Eastern Ukraine``).

    The compass words are the pack's ``region_prefixes.txt``: a prefix of one word (``Nordirak``,
    ``Ost-Ukraine``) or a capitalised word before the name (``Northern Iraq``). The region is no
    organisation and not the country itself; a name the gazetteer knows as a whole (``Nordkorea``,
    ``North Korea``) is left to it.
    """
    lang = pack_code(doc.lang_)
    prefixes = sorted(pack_words(lang, "region_prefixes.txt"), key=len, reverse=True)
    for i, tok in enumerate(doc):
        text = tok.text
        if not text[:1].isupper() or gaz.lookup(text) is not None:
            continue
        if tok.lower_ in prefixes and i + 1 < len(doc) and doc[i + 1].text[:1].isupper():
            if gaz.lookup(doc[i : i + 2].text) is None and gaz.country(doc[i + 1].text) is not None:
                yield Candidate(i, i + 2, ActorType.LOCATION, priority=COMPOSITE, rule="region")
            continue
        prefix = next((p for p in prefixes if tok.lower_.startswith(p)), None)
        if prefix is None:
            continue
        rest = text[len(prefix):].lstrip("-")
        if len(rest) > 2 and gaz.country(rest[:1].upper() + rest[1:]) is not None:
            yield Candidate(i, i + 1, ActorType.LOCATION, priority=COMPOSITE, rule="region")


def place_cue_rule(doc: Doc, gaz: Gazetteer) -> Iterator[Candidate]:
    """Settlement or territory word + a proper name → Location (``Gemeinde Braunsdorf``).

    A place whose name ends like a cue (``Deggendorf Richtung München``) is no cue; a known place
    after the cue is a place whatever its tag (``der Stadt Minden``).
    """
    places = place_names()
    for i, tok in enumerate(doc[:-1]):
        if not tok.text[:1].isupper() or not PLACE_CUE.search(tok.lower_) or tok.text in places:
            continue
        end = name_run(doc, i + 1)
        nxt = doc[i + 1]
        if end == i + 1 and (nxt.text in places or (
                unknown_word(nxt) and _ends_phrase(doc, i + 2))):
            # der Stadt Minden: a known place after the cue, however tagged; das Dorf Sarkel: a
            # word the pack's dictionary does not know, ending the phrase, is the place's name
            end = i + 2
        if end > i + 1 and gaz.lookup(doc[i + 1 : end].text) is None:
            yield Candidate(i + 1, end, ActorType.LOCATION, priority=RULE, rule="place-cue")


def apposed_place_rule(doc: Doc, gaz: Gazetteer) -> Iterator[Candidate]:
    """Yield a Location for an unknown name set off before a description a place noun heads.

    ``Sirte, eine ehemalige Hochburg von Gaddafi``, ``Sirte, a former stronghold of Gaddafi``:
    a word no lexicon knows (or a proper noun), set off by a comma before an article, adjectives
    and a noun of the pack's ``place_nouns.txt``, names a place.
    """
    nouns = tuple(pack_words(pack_code(doc.lang_), "place_nouns.txt"))
    if not nouns:
        return
    for i, tok in enumerate(doc[:-3]):
        if doc[i + 1].text != "," or not tok.text[:1].isupper() or \
                not (unknown_word(tok) or tok.pos_ == "PROPN"):
            continue
        j = i + 2
        if doc[j].pos_ == "DET":
            j += 1
        while j < len(doc) and doc[j].pos_ == "ADJ":
            j += 1
        if not (j < len(doc) and doc[j].pos_ == "NOUN" and doc[j].lower_.endswith(nouns)):
            continue
        start = i  # the name's earlier words: "Laschkar Gah, der Provinzhauptstadt"
        while start > 0 and doc[start - 1].text[:1].isupper() and (
                doc[start - 1].pos_ == "PROPN" or
                (unknown_word(doc[start - 1]) and not doc[start - 1].is_sent_start)):
            start -= 1
        if gaz.lookup(doc[start : i + 1].text) is None:
            yield Candidate(start, i + 1, ActorType.LOCATION, priority=RULE, rule="apposed-place")


def _ends_phrase(doc: Doc, i: int) -> bool:
    """Tell whether token ``i`` begins no more of a noun phrase (a verb, a comma, the end)."""
    return i >= len(doc) or doc[i].is_punct or not doc[i].text[:1].isupper()


_SAINTS = {"St.", "Sankt", "Ste."}


def saint_rule(doc: Doc) -> Iterator[Candidate]:
    """Saint's title + a capitalised name → Location (``St. Peter``, ``St . Veitskapelle``).

    Churches, chapels and towns named after a saint; the title is part of the name (``St .``
    split in two tokens counts too). Known places (``St. Gallen``) come from the place rule.
    """
    for i, tok in enumerate(doc[:-1]):
        nxt = i + 1
        if tok.text == "St" and doc[nxt].text == ".":
            nxt += 1
        elif tok.text not in _SAINTS:
            continue
        name = doc[nxt] if nxt < len(doc) else None
        if name is not None and name.text[:1].isupper() and not (name.is_punct or name.like_num):
            yield Candidate(i, nxt + 1, ActorType.LOCATION, priority=RULE, rule="saint")


def street_rule(doc: Doc) -> Iterator[Candidate]:
    """Street names → Location.

    ``Friedberger Landstraße``, ``Neuendorfer Straße 90c``, one-word names tagged as proper
    names (``Schiffbauerdamm``), and one-word ``-straße``, ``-gasse``, ``-allee`` names that are
    no common word of the kind (``Knoopstraße``, not ``Einbahnstraße``) and follow no
    capitalised adjective (a title's word: ``die Neue Seidenstraße``, a route, not a street).
    """
    for i, tok in enumerate(doc):
        low = tok.lower_
        if not tok.text[:1].isupper() or not low.endswith(_STREET_ENDINGS):
            continue
        prev = doc[i - 1] if i > 0 else None
        if prev is not None and prev.text[:1].isupper() and prev.lower_.endswith("er") and (
            prev.pos_ in {"ADJ", "PROPN", ""} or prev.tag_ in {"ADJA", "NE"}
        ):
            start = i - 1
        elif len(low) > 8 and low not in _COMMON_STREET_WORDS and (
                _tagged_name(tok) or (low.endswith(_STREET_NAME_ENDINGS) and not (
                    prev is not None and prev.text[:1].isupper() and prev.pos_ == "ADJ"))):
            start = i
        else:
            continue
        end = i + 1
        if end < len(doc) and _HOUSE_NUMBER.match(doc[end].text):
            end += 1  # house number
        yield Candidate(start, end, ActorType.LOCATION, priority=RULE, rule="street")


def landmark_rule(doc: Doc, gaz: Gazetteer) -> Iterator[Candidate]:
    """Capitalised adjectives + a landmark noun → Location (``Steinerne Brücke``, ``Red Square``).

    A bridge, square, gate, station or church named by the adjectives before it (``am Roten
    Platz``, ``vom Lehrter Bahnhof``, ``the Brandenburg Gate``): the head is one of the pack's
    ``landmark_heads.txt`` (word endings, matched on the word or its lemma), each word before
    it a capitalised adjective, a town's adjective or (where capitals mark names) a proper noun.
    A sentence's first word counts only as a town's adjective (``Kölner Dom``), and a known
    name (the gazetteer's ``Weißes Haus``) is left to the gazetteer.
    """
    heads = tuple(pack_words(pack_code(doc.lang_), "landmark_heads.txt"))
    if not heads:
        return
    english = not language_pack(pack_code(doc.lang_)).capitalised_nouns
    for i, tok in enumerate(doc):
        if i == 0 or not tok.text[:1].isupper() or tok.pos_ not in {"NOUN", "PROPN"} or not (
                tok.lower_.endswith(heads) or tok.lemma_.lower().endswith(heads)):
            continue
        start = i
        while start > 0 and _landmark_word(doc[start - 1], english):
            start -= 1
        if start < i and gaz.lookup(doc[start : i + 1].text) is None:
            yield Candidate(start, i + 1, ActorType.LOCATION, priority=RULE, rule="landmark")


def _landmark_word(tok: Token, english: bool) -> bool:
    """Tell whether ``tok`` is a word of a landmark's name before its noun (see landmark_rule)."""
    text = tok.text
    if not text[:1].isupper() or not text.isalpha() or tok.pos_ in FUNCTION_POS:
        return False
    town = text.endswith("er") and (text[:-2] in place_names() or text[:-1] in place_names())
    if tok.is_sent_start:
        return town
    return town or tok.pos_ == "ADJ" or (english and tok.pos_ == "PROPN")


def legal_form_rule(doc: Doc, gaz: Gazetteer | None = None) -> Iterator[Candidate]:
    """Legal forms, sports clubs and institution compounds → Organization.

    Capitalised words + legal form (``Swiss Life AG``), club prefix + name (``1. FC Köln``), club
    name + place (``Borussia Dortmund``), place + club number (``Mainz 05``), capitalised words
    + a club's, broadcaster's or company's last word (``Manchester United``, ``Servus TV``), a
    city + a team's plural nickname (``Chicago Bulls``), and
    one-word institutions (``Bundesjustizministerium``, ``Umweltbundesamt``, with a hyphenated
    prefix too: ``US-Kriminalamt``). A known organisation + legal form (``Audi AG``), and a known
    club + its city (``FC Chelsea London``), is one span that outranks the bare name.
    """
    for i, tok in enumerate(doc):
        text = tok.text
        if text in LEGAL_FORMS and i > 0:
            start = i
            while start > 0 and i - start < 4 and _org_word(doc[start - 1]):
                start -= 1
            known = next(
                ((k, e) for k in range(start, i) if gaz and (e := gaz.lookup(doc[k:i].text))),
                None,
            )
            if known is not None:
                yield Candidate(known[0], i + 1, ActorType.ORGANIZATION, known[1].id,
                                priority=COMPOSITE, rule="legal-form")
            elif start < i:
                yield Candidate(start, i + 1, ActorType.ORGANIZATION, priority=RULE,
                                rule="legal-form")
        elif text in CLUB_PREFIXES and i + 2 < len(doc) and \
                _CLUB_NUMBER.match(doc[i + 1].text) and _org_word(doc[i + 2]):
            # SG 01 Höchst, FC 08 Homburg: the founding year's digits before the name
            end = _club_name_end(doc, i + 2)
            yield Candidate(i, end, ActorType.ORGANIZATION, priority=RULE, rule="club")
        elif text in CLUB_PREFIXES and len(text) >= _LONE_CLUB_PREFIX and i > 0 and \
                (doc[i - 1].pos_ == "DET" or doc[i - 1].tag_ in _ARTICLE_TAGS) and \
                (i + 1 == len(doc) or not _org_word(doc[i + 1])):
            # der TSV, dem VfB: a club its text names by the prefix alone
            yield Candidate(i, i + 1, ActorType.ORGANIZATION, priority=RULE, rule="club")
        elif text in CLUB_PREFIXES and i + 1 < len(doc) and doc[i + 1].text[:1].isupper():
            end = _club_name_end(doc, i + 1)
            if end < len(doc) and _CLUB_NUMBER.match(doc[end].text):
                end += 1  # FC Schalke 04, TSV 1860
            start = i - 1 if i > 0 and doc[i - 1].text in {"1.", "2."} else i
            club = _known_club_at_home(doc, start, end, gaz)
            if club is not None:
                yield Candidate(start, end, ActorType.ORGANIZATION, club, priority=COMPOSITE,
                                rule="club")
            elif end > i + 1:
                yield Candidate(start, end, ActorType.ORGANIZATION, priority=RULE, rule="club")
        elif text in ORG_SUFFIXES and i > 0 and _org_word(doc[i - 1]) and not (
                i + 1 < len(doc) and doc[i + 1].text[:1].isupper()):
            cues = word_endings(pack_code(doc.lang_), "org_cues.txt")
            start = i - 1
            while start > 0 and i - start < 3 and _org_word(doc[start - 1]) \
                    and doc[start - 1].pos_ not in FUNCTION_POS | {"NOUN"} \
                    and not doc[start - 1].lower_.endswith(cues):  # der Sender Servus TV
                start -= 1
            if doc[start].pos_ not in FUNCTION_POS:  # Mit Servus TV: the name after "Mit"
                yield Candidate(start, i + 1, ActorType.ORGANIZATION, priority=COMPOSITE,
                                rule="org-suffix")
        elif _PLACE_CLUB_NUMBER.match(text) and i > 0 and doc[i - 1].text in place_names() and \
                not (i + 1 < len(doc) and doc[i + 1].like_num):
            yield Candidate(i - 1, i + 1, ActorType.ORGANIZATION, priority=RULE, rule="club")
        elif text in CLUB_WORDS and i + 1 < len(doc) and doc[i + 1].text in place_names():
            yield Candidate(i, i + 2, ActorType.ORGANIZATION, priority=RULE, rule="club")
        elif (start := _team_place_start(doc, i, gaz)) < i and (
                gaz is None or gaz.lookup(doc[start : i + 1].text) is None):
            yield Candidate(start, i + 1, ActorType.ORGANIZATION, priority=COMPOSITE, rule=TEAM)
        elif ORG_COMPOUND.match(text[:1] + text[1:].lower()):  # US-Kriminalamt too
            yield Candidate(i, i + 1, ActorType.ORGANIZATION, priority=RULE, rule="org-compound")


def _club_name_end(doc: Doc, i: int) -> int:
    """Return the end of a club's name words from ``i`` (three at most, a seat after a slash).

    ``TSV Odenhausen/Lahn``: a club names its town and the river or district written together
    with it.
    """
    end = i
    while end < len(doc) and end - i < 3 and _org_word(doc[end]):
        end += 1
    if end > i and end + 1 < len(doc) and doc[end].text == "/" and not doc[end - 1].whitespace_ \
            and not doc[end].whitespace_ and doc[end + 1].text[:1].isupper() and \
            doc[end + 1].is_alpha:
        end += 2
    return end


def _known_club_at_home(doc: Doc, start: int, end: int, gaz: Gazetteer | None) -> str | None:
    """Return the id of a known club the span names with its city after it, else None.

    ``des FC Chelsea London``: the gazetteer's ``FC Chelsea`` and a known place after it are
    one name that outranks the shorter one, as a legal form does (``Audi AG``).
    """
    if gaz is None:
        return None
    for k in range(end - 1, start + 1, -1):
        entry = gaz.lookup(doc[start:k].text)
        if entry is not None:
            return entry.id if doc[k:end].text in place_names() else None
    return None


def _team_place_start(doc: Doc, i: int, gaz: Gazetteer | None) -> int:
    """Return where the city begins before a team's plural nickname at ``i`` (else ``i``).

    ``die Chicago Bulls``, ``die San Antonio Spurs``, ``the Hamburg Towers``: a capitalised
    plural in ``-s`` right after a known city of one to three words, ending the name, with an
    article before the city (which takes none itself: ``in Berlin Tickets kaufen``); a
    country is no team's city (``die Panama Papers``).
    """
    text = doc[i].text
    if not (len(text) > _MIN_NICKNAME and text.endswith("s") and text[:1].isupper()
            and text[1:].islower() and text not in place_names()):
        return i
    if not _ends_phrase(doc, i + 1):
        return i
    articles = pack_words(pack_code(doc.lang_), "plural_articles.txt")
    return next((start for start, entry in places_before(doc, i, gaz)
                 if start >= 1 and doc[start - 1].lower_ in articles
                 and (entry is None or entry.type is not ActorType.COUNTRY)), i)


def _org_word(tok: Token) -> bool:
    """Tell whether a token can be part of an organisation's name (capitalised, ``&``, ``3S``)."""
    text = tok.text
    return text == "&" or (
        text[:1].isupper() and not tok.is_punct and text not in _NOT_SURNAME
    ) or (text[:1].isdigit() and text.isalnum() and any(c.isupper() for c in text))


_ACRONYM = re.compile(r"^[A-ZÄÖÜ][A-Za-zÄÖÜäöü]{1,4}$")  # THW, TU, VG; VfL (a club prefix)
_ACRONYM_CAPITALS = 2  # an acronym has two capitals at least (TU, VfL); Kiel is a word


def _place_at(doc: Doc, i: int) -> int:
    """Return the end of the longest known place name at ``i`` (``i`` when none begins there)."""
    places = place_names()
    limit = min(place_starts().get(doc[i].text, 0), len(doc) - i) if i < len(doc) else 0
    return next((i + n for n in range(limit, 0, -1) if doc[i : i + n].text in places), i)


def acronym_seat_rule(doc: Doc, gaz: Gazetteer) -> Iterator[Candidate]:
    """Unknown acronym + a known town's name → one Organization (``THW Kiel``, ``TU Berlin``).

    Clubs, universities and local authorities are named by an acronym and their seat (``VG
    Kirchberg``, ``SK Wißgoldingen``), and the seat belongs to the name. An acronym the gazetteer
    knows is an actor of its own (``die NATO Kiew``: the town may be the verb's object), a
    country is no seat, and a legal form or club prefix is the other rules'.
    """
    for i, tok in enumerate(doc[:-1]):
        text = tok.text
        if not _ACRONYM.match(text) or sum(c.isupper() for c in text) < _ACRONYM_CAPITALS or \
                text in LEGAL_FORMS or text in CLUB_PREFIXES or gaz.lookup(text) is not None:
            continue
        end = _place_at(doc, i + 1)
        if end == i + 1 and town_word(doc[i + 1], gaz):
            end += 1  # SK Wißgoldingen: a town the lexicon does not know, by its ending
        if end > i + 1 and gaz.lookup(doc[i + 1 : end].text) is None and (
                _tagged_name(doc[end - 1]) or town_word(doc[end - 1], gaz)):
            yield Candidate(i, end, ActorType.ORGANIZATION, priority=RULE, rule="acronym-seat")


_CAPITALS_ONLY = re.compile(r"^[A-ZÄÖÜ]{3,5}$")  # ISAF, XETRA; two letters are too often no name
_ROMAN = re.compile(r"^[IVXLCDM]+$")


def acronym_rule(doc: Doc, gaz: Gazetteer, model: Iterable[Span]) -> Iterator[Candidate]:
    """Yield an unknown acronym of three to five capitals as an Organization (``XETRA``).

    On GermEval's training side two in three such words that no gazetteer entry, dictionary
    word or model entity covers are organisations (``DRB``, ``EVN``); the rest are terms
    (``UKW``, ``MSG``). Roman numerals, legal forms and club prefixes are not; the model's own
    entity over the word wins, a place written in capitals (``TOKIO``) is the place rules', and
    a word after a number is a unit (``25 CHF``).
    """
    taken = {k for e in model for k in range(e.start, e.end)}
    pack = language_pack(pack_code(doc.lang_))
    for i, tok in enumerate(doc):
        text = tok.text
        if i in taken or not _CAPITALS_ONLY.match(text) or _ROMAN.match(text) or \
                text in LEGAL_FORMS or text in CLUB_PREFIXES or not unknown_word(tok) or \
                pack.knows_term(text) or gaz.lookup(text) is not None or \
                text.title() in place_names() or \
                (i > 0 and doc[i - 1].like_num):
            continue  # TOKIO: a dateline's place in capitals; 25 CHF: a unit
        yield Candidate(i, i + 1, ActorType.ORGANIZATION, priority=RULE, rule="acronym")


def town_word(tok: Token, gaz: Gazetteer) -> bool:
    """Tell whether a capitalised word is a town's name, whatever its tag.

    A known place the pack's dictionary does not know (``Kirchberg``, not ``Essen``), or an
    unknown word with a town name's ending (the pack's ``place_suffixes.txt``: ``Wißgoldingen``)
    that no given name, dictionary word or gazetteer name is.
    """
    text = tok.text
    if not unknown_word(tok):
        return False
    if text in place_names():
        return True
    ending = next((e for e in word_endings(pack_code(tok.doc.lang_), "place_suffixes.txt")
                   if text.endswith(e)), None)
    return ending is not None and len(text) >= len(ending) + _STEM_LETTERS and \
        text not in given_names() and gaz.lookup(text) is None


def joined_places_rule(doc: Doc, gaz: Gazetteer) -> Iterator[Candidate]:
    """Place names written together with a slash → one Location (``Landau/Ganacker``).

    A town and its district, or the places of a dateline (``München/Hamburg``), are written as
    one name; each part is a known place, or one is and the other a capitalised word the pack's
    dictionary does not know. A country the gazetteer knows keeps its own mention (the
    gazetteer outranks the joined span).
    """
    known = language_pack(pack_code(doc.lang_)).known_word
    i = 0
    while i < len(doc) - 2:
        end = i + 1
        while end + 1 < len(doc) and doc[end].text == "/" and not doc[end - 1].whitespace_ \
                and not doc[end].whitespace_ and _place_part(doc[end + 1]):
            end += 2
        parts = [doc[k] for k in range(i, end, 2)]
        if end > i + 1 and _place_part(doc[i]) and any(
                _place_at(doc, t.i) == t.i + 1 for t in parts) and all(
                _place_at(doc, t.i) == t.i + 1 or (known is not None and not known(t.text))
                for t in parts):
            yield Candidate(i, end, ActorType.LOCATION, priority=RULE, rule="joined-places")
            i = end
        else:
            i += 1


def _place_part(tok: Token) -> bool:
    """Tell whether a token can be one part of places joined by a slash (a capitalised word)."""
    return tok.text[:1].isupper() and tok.text.replace("-", "").isalpha()


def nation_code_rule(doc: Doc, gaz: Gazetteer) -> Iterator[Candidate]:
    """Find a bracketed Olympic country code after a name: a Country (``Tobias Kamke (GER)``).

    Sports results name an athlete's country so; the code stands for the country only there
    (``PER`` is Peru only in ``(PER)`` after a name). An acronym the gazetteer knows as an
    organisation stays the organisation (``Evo Morales (MAS)``).
    """
    for i in range(1, len(doc) - 2):
        if doc[i].text != "(" or doc[i + 2].text != ")" or not looks_like_name(doc[i - 1]):
            continue
        code = doc[i + 1].text
        country = gaz.sport_codes.get(code)
        known = gaz.lookup(code, allow_genitive=False)
        if country is not None and (known is None or known.type is ActorType.COUNTRY):
            yield Candidate(i + 1, i + 2, ActorType.COUNTRY, country, priority=COMPOSITE,
                            rule="nation-code")


def patronymic_rule(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """Join a person's name across a patronymic particle (``Turki bin Said``, ``Kabus bin Said``).

    Arabic full names chain a person's name and his father's with a particle of the packs'
    ``patronymic_particles.txt`` (``bin``, ``ibn``, ``bint``); the model and the rules often
    cut them there into two persons. A chosen Person, the particle and a name word after it
    (another chosen mention or a capitalised name word) are one Person (rule ``patronymic``),
    as often as the chain goes on (``Tariq bin Taimur bin Feisal``).
    """
    particles = every_pack_words("patronymic_particles.txt")
    if not particles:
        return chosen
    by_start = {c.start: c for c in chosen}
    dropped: set[int] = set()
    out: list[Candidate] = []
    for c in sorted(chosen, key=lambda c: c.start):
        if c.start in dropped:
            continue
        end = c.end
        while c.type is ActorType.PERSON and end + 1 < len(doc) and \
                doc[end].text in particles and looks_like_name(doc[end + 1]):
            nxt = by_start.get(end + 1)
            if nxt is not None and nxt.type not in (ActorType.PERSON, ActorType.LOCATION):
                break  # "bin" before an organisation's name: no patronymic
            if nxt is not None:
                dropped.add(nxt.start)
            end = nxt.end if nxt is not None else end + 2
        out.append(c if end == c.end else Candidate(c.start, end, ActorType.PERSON,
                                                    priority=c.priority, rule="patronymic"))
    return out
