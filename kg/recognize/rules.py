"""Rule-based actor spans: role cues, organisation cues, armed forces, events, acronym definitions.

Each rule takes a spaCy ``Doc`` and yields :class:`Candidate` spans; :mod:`kg.recognize.ner` ranks
them against gazetteer matches and the statistical model. The cue words are the language packs'
data (``kg/lang/<code>/person_cues.tsv``, ``org_cues.txt``, ``org_heads.txt``, ``name_links.txt``,
``force_nouns.txt``, ``event_nouns.txt``, ``group_nouns.txt``): a document's own pack's, except
person titles and organisation heads, which every pack contributes (foreign names and titles are
quoted as they are).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from ..knowledge.boilerplate import is_time_expression
from ..knowledge.colours import colour_party, party_colours
from ..knowledge.gazetteer import ActorEntry, Gazetteer, gazetteer, is_acronym
from ..knowledge.lexicons import is_demonym, place_names, region_names
from ..knowledge.roles import compound_prefix, institution_noun, person_noun, role_noun
from ..lang import (
    LanguagePack,
    every_pack_words,
    language_pack,
    pack_code,
    pack_codes,
    pack_patterns,
    pack_words,
)
from ..types import ActorType

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_NAMES_AFTER_PARTICLES = 2  # de la Cruz Ortega: the words a particle's name may have
_PRESS_WORDS_BEFORE = 4  # Sydney Morning Herald, Passauer Neue Presse: title words before the head
# priorities: lower wins an overlap; composite rules outrank the gazetteer parts they contain
COMPOSITE, GAZETTEER, RULE, MODEL = 0, 1, 2, 3
# closed word classes (UD): a capitalised preposition or article is no name, even when its
# accent-folded form is one (sentence-initial ``Über`` is not ``Uber``)
CLOSED_POS = frozenset({"ADP", "DET", "PRON", "CCONJ", "SCONJ", "AUX", "PART"})
# parts of speech of words that never begin a name, though capitalised at a sentence's start
FUNCTION_POS = CLOSED_POS | {"ADV", "VERB"}
# legal forms that end a company's name (Swiss Life AG); an acronym leaves them out (Öbib for
# Österreichische Bundes- und Industriebeteiligungen GmbH)
LEGAL_FORMS = {
    "GmbH", "AG", "KG", "KGaA", "SE", "e.V.", "eV", "eG", "mbH", "OHG", "GbR", "UG", "Inc.", "Inc",
    "Ltd.", "Ltd", "Corp.", "Corp", "Co.", "plc", "PLC", "LLC", "S.A.", "SA", "N.V.", "NV", "B.V.",
    "S.p.A.", "SpA", "Holding",
}


def _lang(doc: Doc) -> str:
    """Return the pack code of a parsed text (German's for a language kg has no pack for)."""
    return pack_code(doc.lang_)


@cache
def _person_cue(langs: tuple[str, ...]) -> re.Pattern[str]:
    """Compile the role words and titles of ``langs``' packs (``person_cues.tsv``).

    Each pack's words take its own endings (``inflection.txt``: Präsident-en, president-s); a
    word marked ``end`` also ends a compound (Vizepräsident), ``word`` matches only whole.
    """
    parts: list[str] = []
    for code in langs:
        endings = next(iter(pack_patterns(code, "inflection.txt")), "")
        by_match: dict[str, list[str]] = {"end": [], "word": []}
        for line in pack_patterns(code, "person_cues.tsv"):
            word, _, match = line.lower().partition("\t")
            by_match.get(match.strip(), by_match["end"]).append(re.escape(word.strip()))
        for match, found in by_match.items():
            if found:
                parts.append(f"{'^' if match == 'word' else ''}(?:{'|'.join(found)}){endings}$")
    return re.compile("|".join(parts) or r"(?!)")


@lru_cache(maxsize=65_536)
def _person_cue_search(langs: tuple[str, ...], word: str) -> re.Match[str] | None:
    """Return ``_person_cue(langs).search(word)``, cached: every token is tested, words repeat."""
    return _person_cue(langs).search(word)


class _PersonCue:
    """The role-word test of every pack at once: ``PERSON_CUE.search(word)``.

    Deliberately every language's titles: a German text quotes ``President Biden`` and writes
    ``Dr.``/``Prof.``; callers without a document language (kg.recognize.name_rules) use it too.
    Compiled on first use (no import-time work).
    """

    def search(self, word: str) -> re.Match[str] | None:
        """Return the match of a role word or title ending ``word`` (lower-cased), if any."""
        return _person_cue_search(pack_codes(), word)


PERSON_CUE = _PersonCue()
ROLE_CUE = "role-cue"  # the rule of a person named after an office or title (Sultan Qabus)


@cache
def word_endings(lang: str, name: str) -> tuple[str, ...]:
    """Return a pack word list (``org_cues.txt`` …) as word endings a head noun is tested for."""
    return tuple(sorted(pack_words(lang, name)))


@cache
@cache
def _foreign_heads() -> frozenset[str]:
    """Return the organisation heads of packs whose names show by capitals (Royal Society)."""
    return frozenset(
        w
        for code in pack_codes()
        if not language_pack(code).capitalised_nouns
        for w in pack_words(code, "org_heads.txt")
    )


_FUNCTION = {
    "des",
    "der",
    "die",
    "das",
    "den",
    "dem",
    "für",
    "über",
    "und",
    "von",
    "zur",
    "zum",
    "of",
    "the",
    "for",
    "and",
    "on",
    "in",
    "im",
    "zu",
    "a",
}
_NAME_TAGS = {"NE", "FM", "XY", "PROPN", "NNP", "NNPS"}


@dataclass(frozen=True, slots=True)
class Candidate:
    """A proposed actor span (token offsets) with its type, key and rule priority."""

    start: int
    end: int
    type: ActorType
    key: str = ""
    priority: int = RULE
    rule: str = ""


PARTY_COLOUR = "party-colour"  # the rule of a colour noun naming a party (die Roten → SPÖ)
# rules that find an actor by a common noun, not by its name (die Regierung, russische Truppen)
DESCRIPTION_RULES = frozenset({"institution", "armed-force", "event", "group", "kin",
                               "introduced-person",
                               PARTY_COLOUR})


def is_description(span: Span) -> bool:
    """Tell whether an actor span of ``doc.ents`` describes its actor instead of naming it.

    ``die türkische Regierung``, ``das Parlament`` and ``russische Truppen`` are actors of the
    graph, found by their head noun (their ``span.id_`` is the rule's name); they are not named
    entities in the sense of NER corpora, which annotate proper names only.
    """
    return span.id_ in DESCRIPTION_RULES


def after_article(doc: Doc, i: int) -> bool:
    """Tell whether token ``i`` is a common noun by its article (``nach der Matura``).

    In a language that capitalises every noun, a capitalised word right after a lowercase article
    is a noun, not a town's or a person's name: those take no article. An acronym does (``der
    ÖRAK``), and so do regions, landscapes and Länder (``die Krim``, ``in der Pfalz``): they are
    exempt; names the gazetteer knows (``die Türkei``) are never asked.
    """
    if i == 0 or not _pack(doc).capitalised_nouns or doc[i].text.isupper():
        return False  # an acronym takes an article (der ÖRAK)
    prev = doc[i - 1]
    return (prev.is_lower and (prev.pos_ == "DET" or prev.tag_ == "ART")
            and doc[i].text not in region_names())


# name particles inside a person's name (Ursula von der Leyen, Ludwig van Beethoven)
PARTICLES = frozenset({"von", "van", "de", "zu", "di", "da", "del", "du", "le", "la", "ter", "bin",
                       "ibn", "al", "el", "dos", "das"})
ARTICLE_PARTICLES = frozenset({"der", "den", "de", "la", "le"})  # after a particle: von der Leyen
# particles that begin a surname right after a role noun: none is also a German or English word
_CUE_PARTICLES = frozenset({"van", "de", "di", "da", "del", "du", "ter", "bin", "ibn", "dos"})
# an Arabic surname written with its article (Ali al-Nuaimi, Abdel Fattah el-Sisi)
_ARTICLE_NAME = re.compile(r"^(?:al|el|as|ad|ar|at|an|az|asch|ash|ed|es)-[A-ZÄÖÜ][a-zäöüß]")


def article_name(text: str) -> bool:
    """Tell whether a word is a surname with its Arabic article (``al-Nuaimi``, ``el-Sisi``)."""
    return bool(_ARTICLE_NAME.match(text))


def article_name_end(doc: Doc, i: int) -> int:
    """Return the end of an Arabic surname with its article at ``i`` (else ``i``).

    One token (``al-Nuaimi``) or, where the tokenizer splits at hyphens, three written
    together (``al`` ``-`` ``Nuaimi``).
    """
    if i < len(doc) and article_name(doc[i].text):
        return i + 1
    if i + 2 < len(doc) and article_name(doc[i : i + 3].text) and not doc[i].whitespace_ \
            and not doc[i + 1].whitespace_:
        return i + 3
    return i


def after_particles(doc: Doc, i: int) -> int:
    """Return the index after name particles starting at ``i`` (``von der``, ``de``; else ``i``)."""
    if i < len(doc) - 1 and doc[i].text in PARTICLES:
        if i < len(doc) - 2 and doc[i + 1].text in ARTICLE_PARTICLES:
            return i + 2
        return i + 1
    return i


def looks_like_name(tok: Token) -> bool:
    """Tell whether a token can be part of a proper name (capitalised, tagged as a name)."""
    if article_name(tok.text):
        return True
    if not tok.text[:1].isupper() or tok.is_punct or tok.like_num:
        return False
    if tok.tag_ or tok.pos_:
        return tok.tag_ in _NAME_TAGS or tok.pos_ == "PROPN"
    return True


def name_run(doc: Doc, i: int, limit: int = 3) -> int:
    """Return the end of a run of name tokens starting at ``i`` (``i`` when there is none).

    After a cue, capitalised tokens form a name when at least one of them is tagged as one
    (``Senders Channel One``: ``Channel`` is tagged as a common noun, ``One`` as a name).
    """
    j = i
    while j < len(doc) and j - i < limit:
        if j > i and (k := article_name_end(doc, j)) > j:
            j = k  # Ali al-Nuaimi
        elif doc[j].text[:1].isupper() and not doc[j].is_punct and not doc[j].like_num:
            j += 1
        else:
            break
    while j > i and not looks_like_name(doc[j - 1]):
        j -= 1
    return j


def _pack(doc: Doc) -> LanguagePack:
    """Return the language pack of a parsed text (German's for a language kg has no pack for)."""
    return language_pack(_lang(doc))


def _name_modifier(tok: Token, *, english: bool) -> bool:
    """Tell whether a token before an organisation head belongs to its name.

    Capitalised adjectives count (``Hessischen Rundfunks``), not hyphenated participles
    (``FDP-geführte``); in English, proper nouns too (``California Institute``).
    """
    text = tok.text
    if not text[:1].isupper() or ("-" in text and text.rsplit("-", 1)[1][:1].islower()):
        return False
    if tok.lower_ in _FUNCTION:  # a capitalised article (Die Schule), whatever the tagging
        return False
    if not tok.pos_:  # untagged: an inflected adjective ending
        return english or text.endswith(("e", "en", "er", "es", "em"))
    return tok.pos_ == "ADJ" or (english and tok.pos_ == "PROPN")


def _after_titles(doc: Doc, i: int) -> int:
    """Return the index after further cues and abbreviated titles at ``i`` (``Dr .``, ``Prof.``)."""
    while i < len(doc) - 1 and (
        (doc[i].text == "." and len(doc[i - 1].text) <= 5 and not doc[i + 1].is_sent_start)
        or PERSON_CUE.search(doc[i].lower_)
    ):
        i += 1  # not a sentence's end: "… entscheiden die Eigentümer. Mit Servus TV …"
    return i


def _particle_name_end(doc: Doc, i: int) -> int:
    """Return the end of a surname that begins with a particle at ``i`` (else ``i``).

    ``de Maizière``, ``van der Vaart``, ``al-Dschubeir`` (``al - Jubeir`` where the tokenizer
    splits hyphens). After the particles a capitalised word is a name, whatever its tag; a
    particle that is also a German or English word (``von``, ``zu``, ``das``) begins none
    (``Chef von Tesla``, ``sprach dem Kanzler das Vertrauen aus``).
    """
    if (arabic := article_name_end(doc, i)) > i:
        return arabic
    named = after_particles(doc, i)
    if named == i or doc[i].text not in _CUE_PARTICLES:
        return i
    end = named
    while end < len(doc) and end - named < _NAMES_AFTER_PARTICLES and \
            doc[end].text[:1].isupper() and doc[end].is_alpha:
        end += 1
    return end if end > named else i


def person_rule(doc: Doc, gaz: Gazetteer) -> Iterator[Candidate]:
    """Role cue + capitalised name tokens → Person (``Präsident Wladimir Putins``).

    Titles after the cue are skipped (``Gründer Dr. Bernd Rödl``); a lone letter or Roman numeral
    (``Herren I``) is no name; a surname may begin with a particle (``Innenminister de
    Maizière``, ``Ölminister al-Naimi``).
    """
    lang = doc.lang_
    for i, tok in enumerate(doc[:-1]):
        if not PERSON_CUE.search(tok.lower_) and (
            role_noun(tok.text, lang) is None or tok.pos_ not in {"NOUN", "PROPN", ""}
        ):
            continue
        start = _after_titles(doc, i + 1)
        end = _particle_name_end(doc, start)
        if end > start:
            if gaz.lookup(doc[start:end].text) is None and doc[start:end].text not in place_names():
                yield Candidate(start, end, ActorType.PERSON, priority=RULE, rule=ROLE_CUE)
            continue
        if start < len(doc) and doc[start].pos_ in FUNCTION_POS:
            continue
        end = name_run(doc, start)
        if end == start or all(len(t.text) < 2 or t.text.isupper() for t in doc[start:end]):
            continue
        if gaz.lookup(doc[start:end].text) is None:
            # "Polizeichef Badredin Haiti": a place after the cue's first name is its surname
            surname = end - start == _NAME_AND_PLACE and not _place_word(doc[start], gaz) and \
                gaz.lookup(doc[start].text) is None and _place_word(doc[start + 1], gaz)
            yield Candidate(start, end, ActorType.PERSON, priority=COMPOSITE if surname else RULE,
                            rule=ROLE_CUE)


def _place_word(tok: Token, gaz: Gazetteer) -> bool:
    """Tell whether a token is a known city, region or country name tagged as a name."""
    if not looks_like_name(tok):
        return False
    return tok.text in place_names() or gaz.country(tok.text, allow_genitive=False) is not None


def unknown_word(tok: Token) -> bool:
    """Tell whether a capitalised word is one the pack's dictionary does not know.

    A pack without a dictionary knows no word's status: no word is unknown to it.
    """
    known = _pack(tok.doc).known_word
    return tok.text[:1].isupper() and tok.is_alpha and known is not None and not known(tok.text)


def _seat_word(tok: Token, gaz: Gazetteer) -> bool:
    """Tell whether a token after an organisation head is its seat (``Realschule Spaichingen``).

    A known place tagged as a name is one; so is a known place the tagger took for a common
    noun, unless the pack's dictionary knows the word (``Bank Essen`` is no seat's name).
    """
    return _place_word(tok, gaz) or (tok.text in place_names() and unknown_word(tok))


def _genitive_name_end(doc: Doc, k: int) -> int:
    """Return the end of a capitalised adjective and its nouns at ``k`` that name whom a head's.

    ``Zentralrat Deutscher Sinti``, ``Verband Österreichischer Zeitungen``, ``Bund Deutscher
    Kriminalbeamter``: an article-less genitive written with capitals is part of the name;
    ``k`` itself when none follows.
    """
    if k + 1 >= len(doc) or doc[k].pos_ != "ADJ" or not doc[k].text[:1].isupper():
        return k
    end = k + 1
    while end < len(doc) and end - k <= _GENITIVE_NOUNS and doc[end].text[:1].isupper() and \
            doc[end].pos_ in {"NOUN", "PROPN"}:
        end += 1
    return end if end > k + 1 else k


_GENITIVE_NOUNS = 2  # Zentralrat Deutscher Sinti (und Roma): the nouns a genitive name takes


def _coordinated_name_end(doc: Doc, k: int, gaz: Gazetteer) -> int:
    """Return the end of ``und`` + one capitalised word after a name's words ending at ``k``.

    ``Ministerium für Unterricht und Kultus``; not when the word is a known actor or starts a
    longer capitalised run (``für Kunst und Angela Merkel``).
    """
    if (
        k + 1 < len(doc)
        and doc[k].lower_ in {"und", "and", "&"}
        and doc[k + 1].text[:1].isupper()
        and doc[k + 1].is_alpha
        and gaz.lookup(doc[k + 1].text) is None
        and not (k + 2 < len(doc) and doc[k + 2].text[:1].isupper())
    ):
        return k + 2
    return k


_NAME_AND_PLACE = 2  # Polizeichef Badredin Haiti: a name word and a place word after a role cue
_NAME_PARTS = 2  # Otto-Schott-Gymnasium: the name words a hyphenated organisation takes first


def named_compound(text: str, heads: tuple[str, ...]) -> bool:
    """Tell whether one word is a person's name hyphenated to an organisation head.

    ``Otto-Schott-Gymnasium``, ``Friedrich-Ebert-Stiftung``, ``Max-Planck-Institut``: two
    capitalised name words or more, none an acronym (``EU-Kommission`` is a compound of a
    name, not one), before a word ending with a head of any pack.
    """
    *names, last = text.split("-")
    return (len(names) >= _NAME_PARTS and last[:1].isupper() and last.lower().endswith(heads)
            and all(n[:1].isupper() and n[1:].islower() and n.isalpha() for n in names))


def _hyphen_joined_end(doc: Doc, i: int) -> int:
    """Return the end of the word written with hyphens from ``i`` (a tokenizer may split it).

    English splits ``Otto-Schott-Gymnasium`` at its hyphens, German keeps it one token.
    """
    k = i + 1
    while k + 1 < len(doc) and doc[k].text == "-" and not doc[k - 1].whitespace_ \
            and not doc[k].whitespace_:
        k += 2
    return k


_FIELD_PREPS = frozenset({"für", "for"})  # Institut für …, Institute for …
_FIELD_WORDS = 6  # für das Verbot chemischer Waffen: the words a head's field may take


def _place_genitive_end(doc: Doc, k: int, links: frozenset[str]) -> int:
    """Return the end of a place's genitive with its article at ``k`` (else ``k``).

    ``Hochschule für Technik und Wirtschaft des Saarlandes``: the seat a name ends with.
    """
    if k + 1 < len(doc) and doc[k].lower_ in links and doc[k].is_lower and \
            doc[k + 1].text[:1].isupper() and doc[k + 1].is_alpha:
        word = doc[k + 1].text
        places = place_names()
        if word not in places and (word[:-1] in places or word[:-2] in places) and not (
                k + 2 < len(doc) and doc[k + 2].text[:1].isupper()):
            return k + 2  # not "des Kantons Zürich": a place's name follows its noun
    return k


def _definite_before(doc: Doc, i: int) -> bool:
    """Tell whether a definite article (or one in a contraction) stands before token ``i``.

    ``der Organisation für …``, ``vom Institut für …``: one named institution; ``ein Institut
    für …`` is a description.
    """
    return i > 0 and "Def" in doc[i - 1].morph.get("Definite", [])


def _field_end(doc: Doc, j: int, links: frozenset[str]) -> int:
    """Return the end of a head's field from ``j``, after its last capitalised word (else ``j``).

    ``für das Verbot chemischer Waffen``, ``für wirtschaftliche Zusammenarbeit und
    Entwicklung``, ``for the Prohibition of Chemical Weapons``: an article first, then
    capitalised words, lower-case adjectives, and link words between capitalised words.
    """
    k, last = j, j
    if k < len(doc) and doc[k].is_lower and doc[k].pos_ == "DET":
        k += 1
    while k < len(doc) and k - j < _FIELD_WORDS:
        t = doc[k]
        if t.text[:1].isupper() and t.is_alpha and t.pos_ not in FUNCTION_POS:
            last = k + 1
        elif not (t.is_lower and (t.pos_ == "ADJ" or (t.lower_ in links and last == k))):
            break
        k += 1
    return last


def org_rules(doc: Doc, gaz: Gazetteer) -> Iterator[Candidate]:
    """``Bewegung X`` and ``Deutsche Gesellschaft für Auswärtige Politik`` → Organization.

    A head noun takes a following place name along (``Medizinische Hochschule Hannover``); a
    compound head takes its ``für`` phrase along without a capitalised adjective in front
    (``Bundesministerium für Bildung und Forschung``), and so does a head of the packs'
    ``field_heads.txt`` after a definite article, whose field may begin with an article or an
    adjective (``vom Institut für Publizistik``, ``der Organisation für das Verbot chemischer
    Waffen``).
    """
    capitals_mark_names = not _pack(doc).capitalised_nouns
    cues = word_endings(_lang(doc), "org_cues.txt")
    # every pack's heads and links: a text names foreign institutions as they are (Royal Society)
    heads, links = every_pack_words("org_heads.txt"), frozenset(every_pack_words("name_links.txt"))
    fields = frozenset(every_pack_words("field_heads.txt"))
    for i, tok in enumerate(doc):
        k = _hyphen_joined_end(doc, i)
        if named_compound(doc[i:k].text, heads) and gaz.lookup(doc[i:k].text) is None:
            yield Candidate(i, k, ActorType.ORGANIZATION, priority=RULE, rule="org-name")
        if i == len(doc) - 1:
            break
        if tok.lower_.endswith(cues):
            end = name_run(doc, i + 1, limit=4)
            if end == i + 1 and is_acronym(doc[i + 1].text):
                end = i + 2  # "dem TV-Sender RT": an acronym whatever its tag
            if i + 1 < end < len(doc) and doc[end].text.isdigit() and len(doc[end].text) <= 2:
                end += 1  # "Rossija 1", "Kanal 5": a channel's number
            if end > i + 1 and gaz.lookup(doc[i + 1 : end].text) is None:
                yield Candidate(i + 1, end, ActorType.ORGANIZATION, priority=RULE, rule="org-cue")
        if tok.lower_.endswith(heads) and tok.text[:1].isupper():
            start = i
            english = capitals_mark_names or tok.lower_ in _foreign_heads()
            while start > 0 and _name_modifier(doc[start - 1], english=english):
                start -= 1
            end = i + 1
            if end + 1 < len(doc) and doc[end].lower_ in links and \
                    is_time_expression(doc[end + 1].text, _lang(doc)):
                pass  # the Council on Tuesday: a time, no part of the name
            elif end + 1 < len(doc) and doc[end].lower_ in links and looks_like_name(doc[end + 1]):
                end = _coordinated_name_end(doc, name_run(doc, end + 1), gaz)
            elif (
                end + 1 < len(doc) and doc[end].lower_ in links and doc[end + 1].text[:1].isupper()
            ):
                k = end + 1
                while k < len(doc) and k - end <= 3 and doc[k].text[:1].isupper():
                    k += 1
                k = _coordinated_name_end(doc, k, gaz)
                # Bundesministerium für …, not Ministerium für … or Fluggesellschaft der …;
                # but the one named so: vom Institut für Publizistik
                field = doc[i + 1].lower_ in _FIELD_PREPS
                compound = tok.lower_ not in heads and field
                named = field and tok.lower_ in fields and _definite_before(doc, start)
                end = _place_genitive_end(doc, k, links) if start < i or compound or named \
                    else i + 1
            elif end + 2 < len(doc) and doc[end].lower_ in _FIELD_PREPS and \
                    tok.lower_ in fields and doc[end + 1].is_lower and \
                    _definite_before(doc, start) and \
                    (k := _field_end(doc, end + 1, links)) > end + 1:
                end = k  # der Organisation für das Verbot chemischer Waffen
            elif end < len(doc) and _seat_word(doc[end], gaz):
                end += 1  # Medizinische Hochschule Hannover, Universität Bonn
            elif (k := _genitive_name_end(doc, end)) > end:
                end = _coordinated_name_end(doc, k, gaz)  # Zentralrat Deutscher Sinti und Roma
            if start < i or end > i + 1:
                # a name on both sides of its head outranks a known word inside it ("Syrian
                # Observatory for Human Rights": no demonym "Syrian")
                both = start < i and end > i + 1 and doc[end - 1].text[:1].isupper()
                yield Candidate(start, end, ActorType.ORGANIZATION,
                                priority=COMPOSITE if both else RULE, rule="org-name")


# compass and level prefixes of regional adjectives (Süddeutsche, Oberösterreichische)
_REGION_PREFIXES = ("süd", "nord", "west", "ost", "mittel", "ober", "nieder")


BRANCH = "branch"  # the rule of a party's local branch (die Salzburger SPÖ)


def branch_place(tok: Token) -> bool:
    """Tell whether ``tok`` is the adjective of a town or region, not of a country.

    ``Salzburger``, ``Grazer``, ``niederösterreichischen``, ``bayerische``; not ``Schweizer``,
    ``österreichische``.
    """
    text = tok.text
    if text.endswith("er") and (entry := gazetteer().lookup(text[:-2])) is not None and \
            entry.type is ActorType.COUNTRY:
        return False  # "Schweizer": a country's
    if text[:1].isupper():
        return place_adjective(tok)
    return is_demonym(text, _pack(tok.doc)) and gazetteer().adjective(text) is None


def branch_rule(doc: Doc, chosen: list[Candidate], gaz: Gazetteer) -> list[Candidate]:
    """Make a party after a town's or region's adjective its local branch (``Salzburger SPÖ``).

    ``die Salzburger SPÖ``, ``die Grazer ÖVP``, ``die bayerische SPD``, ``des
    niederösterreichischen BZÖ``: a known national party (an acronym the gazetteer gives a
    country, or a party of the pack's colour table) right after the adjective of a town or
    region (not a country's: ``Schweizer SVP`` is the Swiss party) is the party's branch there,
    an organisation of its own without the party's key (the extractor links it:
    ``subsidiaryOf``).
    """
    covered = {i: c for c in chosen for i in range(c.start, c.end)}
    out = list(chosen)
    for c in chosen:
        if c.type is not ActorType.ORGANIZATION or not c.key or c.start == 0 or \
                c.end - c.start != 1 or c.rule == PARTY_COLOUR:
            continue  # "den Tiroler Roten": the colour stays the party's (no name to link)
        if not party(gaz.entries.get(c.key), doc[c.start].text, _lang(doc)):
            continue
        adjective = doc[c.start - 1]
        if adjective.i in covered or not adjective.is_alpha or not branch_place(adjective):
            continue
        out.remove(c)
        out.append(Candidate(c.start - 1, c.end, ActorType.ORGANIZATION, "", RULE, BRANCH))
    return sorted(out, key=lambda c: c.start)


UNIT = "party-unit"  # the rule of a party's unit (das SPÖ-Team, der ÖVP-Klub)


def party(entry: ActorEntry | None, word: str, lang: str) -> bool:
    """Tell whether a gazetteer entry is a national party.

    An organisation with a country written as an acronym, or a party of the pack's colour table.
    """
    if entry is None or entry.type is not ActorType.ORGANIZATION or not entry.country:
        return False
    return is_acronym(word) or entry.id in _colour_parties(lang)


@cache
def _colour_parties(lang: str) -> frozenset[str]:
    """Return the ids of the parties of the pack's colour table."""
    return frozenset(p for c in party_colours(lang).values() for p in c.parties)


def unit_of(text: str, lang: str) -> tuple[str, ActorEntry] | None:
    """Return the party a unit's name starts with (``SPÖ-Team`` → ``SPÖ``), if it names one.

    The name is the party and a noun of the pack's ``party_units.txt`` (its parliamentary club,
    team, leadership, board, youth), joined by a hyphen or a space (``the AKP leadership``).
    """
    units = tuple(pack_words(lang, "party_units.txt"))
    if not units:
        return None
    head, sep, tail = text.rpartition("-")
    if not sep:
        head, sep, tail = text.rpartition(" ")
    if not sep or not head or not tail.lower().endswith(units) or not tail[:1].isalpha():
        return None
    gaz = gazetteer()
    entry = gaz.entries.get(gaz.exact.get(head, "")) or gaz.lookup(head)
    return (head, entry) if entry is not None and party(entry, head, lang) else None


def party_unit_rule(doc: Doc, chosen: list[Candidate], gaz: Gazetteer) -> list[Candidate]:
    """Make a party's unit an organisation of its own (``das SPÖ-Team``, ``the SPÖ team``).

    A word of a known national party and a unit noun of the pack's ``party_units.txt``
    (:func:`unit_of`): ``der ÖVP-Klub``, ``das SPÖ-Regierungsteam``, ``die FPÖ-Spitze``; the
    party alone (``ÖVP``) and its people (``ÖVP-Chef``: a role) are not units. The unit has no
    key of its own; the extractor links it to the party (``subsidiaryOf``).
    """
    lang = _lang(doc)
    covered = {i: c for c in chosen for i in range(c.start, c.end)}
    out = list(chosen)
    for tok in doc:
        i = tok.i
        span = None
        if "-" in tok.text and role_noun(tok.text, lang) is None and unit_of(tok.text, lang):
            span = (i, i + 1)  # one word: der ÖVP-Klub
        elif i > 0 and (c := covered.get(i - 1)) is not None and c.key and \
                c.end == i and c.end - c.start == 1 and \
                unit_of(f"{doc[i - 1].text} {tok.text}", lang) and tok.pos_ in {"NOUN", ""}:
            span = (i - 1, i + 1)  # two words: the SPÖ team
        if span is None:
            continue
        inside = {id(c): c for k in range(*span) if (c := covered.get(k)) is not None}
        if any(c.start < span[0] or c.end > span[1] or (c.priority < RULE and c.end - c.start
               > 1) for c in inside.values()):
            continue  # part of a longer name
        for c in inside.values():
            out.remove(c)
        out.append(Candidate(span[0], span[1], ActorType.ORGANIZATION, "", RULE, UNIT))
    return sorted(out, key=lambda c: c.start)


def place_adjective(tok: Token) -> bool:
    """Tell whether a capitalised word is a place's adjective (``Passauer``, ``Süddeutsche``).

    German forms ``-er`` from a place's or a country's name (Passau-er, Bremen → Bremer,
    München → Münchner, Schweiz → Schweizer); a country's or region's adjective counts too,
    after a compass or level prefix (``Mittelbayerische``, ``Oberösterreichische``).
    """
    text = tok.text
    if not text[:1].isupper() or not text.isalpha():
        return False
    places = place_names()
    if text.endswith("er") and any(
            stem in places for stem in (text[:-2], text[:-2] + "en", text[:-3] + "en")):
        return True
    if text.endswith("er") and (entry := gazetteer().lookup(text[:-2])) is not None and \
            entry.type is ActorType.COUNTRY:
        return True
    low = text.lower()
    for prefix in _REGION_PREFIXES:
        if low.startswith(prefix) and len(low) > len(prefix) + 4:
            low = low[len(prefix):]
            break
    return is_demonym(low, _pack(tok.doc))


def places_before(
    doc: Doc, j: int, gaz: Gazetteer | None,
) -> Iterator[tuple[int, ActorEntry | None]]:
    """Yield where known place names of three, two, one capitalised words ending at ``j`` begin.

    Longest first, each with its gazetteer entry (``None`` when the gazetteer does not know the
    name, or there is no gazetteer).
    """
    places = place_names()
    for n in (3, 2, 1):
        if j - n < 0 or not all(t.text[:1].isupper() for t in doc[j - n : j]):
            continue
        name = doc[j - n : j].text
        if name in places:
            yield j - n, gaz.lookup(name) if gaz is not None else None


def _place_before(doc: Doc, j: int, gaz: Gazetteer) -> int:
    """Return where a place name of one to three words ending at ``j`` begins (else ``j``)."""
    return next((start for start, entry in places_before(doc, j, gaz)
                 if entry is None or entry.type in {ActorType.LOCATION, ActorType.COUNTRY}), j)


def press_rule(doc: Doc, gaz: Gazetteer) -> Iterator[Candidate]:
    """Find newspaper titles as Organizations (``Passauer Neue Presse``, ``the Boston Globe``).

    The title ends with a head of the packs' ``press_heads.txt`` (``Zeitung``, ``Anzeiger``,
    ``Post``; a genitive ``-s`` and a hyphenated compound count: ``Stadt-Anzeigers``) and
    begins with a place's adjective (``Stuttgarter``) or a place (``Washington``), with the
    title words of ``press_words.txt`` (``Neue``, ``Morning``) in between; a title the
    gazetteer knows is the gazetteer's.
    """
    heads = frozenset(every_pack_words("press_heads.txt"))
    words = frozenset(every_pack_words("press_words.txt"))
    for i, tok in enumerate(doc):
        low = tok.lower_.rsplit("-", 1)[-1]
        if i == 0 or not tok.text[:1].isupper() or not (
                low in heads or (low.endswith("s") and low[:-1] in heads)):
            continue
        start, j = None, i  # j: where the title words found so far begin
        while j > 0 and i - j < _PRESS_WORDS_BEFORE and doc[j - 1].text[:1].isupper():
            if doc[j - 1].lower_ in words:
                j -= 1
            elif place_adjective(doc[j - 1]):
                j = start = j - 1
            elif (k := _place_before(doc, j, gaz)) < j:
                j = start = k
            else:
                break
        described = start == i - 1 and i + 1 < len(doc) and looks_like_name(doc[i + 1]) and \
            not is_time_expression(doc[i + 1].text, _lang(doc))
        if start is not None and not described and gaz.lookup(doc[start : i + 1].text) is None:
            yield Candidate(start, i + 1, ActorType.ORGANIZATION, priority=COMPOSITE,
                            rule="press")


def _determined(doc: Doc, start: int) -> bool:
    """Tell whether the noun phrase beginning at ``start`` has an article, number or quantifier.

    ``die Angreifer``, ``ihre Geiseln``, ``vier Attentäter``, ``mehrere Verdächtige``, ``the
    gunmen`` pick out particular ones; a bare plural (``Terroristen``) speaks of anyone.
    """
    if start == 0:
        return False
    prev, lang = doc[start - 1], _lang(doc)
    return prev.pos_ in {"DET", "NUM"} or prev.like_num or \
        prev.lower_ in pack_words(lang, "number_words.txt") or \
        prev.lower_ in pack_words(lang, "plural_determiners.txt") or \
        prev.lower_ in _pack(doc).possessive_pronouns


def _particular(doc: Doc, start: int, i: int, gaz: Gazetteer) -> bool:
    """Tell whether the phrase ``start``..``i`` picks out particular ones of a collective noun.

    Determined (:func:`_determined`: ``die Angreifer``, ``vier Attentäter``) or of one nation
    (a demonym among its adjectives: ``ukrainische Extremisten``, ``Iranian Islamists``); a
    bare plural (``Stellungen von Terroristen``, ``gewaltbereite Extremisten``) speaks of anyone.
    """
    return _determined(doc, start) or any(gaz.adjective(doc[k].text) is not None
                                          for k in range(start, i))


def _adjectives_before(doc: Doc, i: int, gaz: Gazetteer) -> int:
    """Return where the lowercase adjectives before token ``i`` begin (demonyms always count).

    Number words and quantifiers (the pack's ``number_words.txt``: ``zahlreiche``, ``many``)
    end the run.
    """
    start = i
    capitalised_demonyms = _pack(doc).capitalised_demonyms
    amounts = pack_words(_lang(doc), "number_words.txt")
    while start > 0:
        prev = doc[start - 1]
        if prev.lower_ in amounts:
            break  # how many is no part of the name: zahlreiche Milizen, thousands of refugees
        demonym = gaz.adjective(prev.text) is not None
        # English capitalises demonyms (Russian troops); German adjectives are lowercase but
        # for the first word of a sentence (Kurdische Medien berichteten …)
        first = prev.i == 0 or prev.is_sent_start or doc[prev.i - 1].is_punct
        if prev.text[:1].isupper() and not (demonym and capitalised_demonyms) and not (
                first and (demonym or prev.pos_ == "ADJ")):
            break
        if prev.pos_ != "ADJ" and not demonym:
            break
        start -= 1
    return start


def _state_group(doc: Doc, i: int, gaz: Gazetteer) -> bool:
    """Tell whether token ``i`` names a group of particular states (``die baltischen Staaten``).

    A state noun of the pack's ``state_nouns.txt`` in the plural names particular states when a
    name is compounded to it (``EU-Staaten``, ``Balten-Republiken``) or a demonym, one of the
    pack's ``collective_adjectives.txt`` or ``region_adjectives.txt`` stands right before it
    (``die baltischen Staaten``, ``westliche Länder``, ``the Gulf states``); alone (``in Länder,
    die …``), after a quantifier (``vielen Ländern``) or ``other`` (``other_words.txt``) it
    speaks of any.
    """
    tok, lang = doc[i], _lang(doc)
    low = tok.lower_
    nouns = pack_words(lang, "state_nouns.txt")
    found = next((n for n in nouns if low.endswith(n)), None)
    if found is None:
        return False
    prefix = tok.text[: len(tok.text) - len(found)]
    if prefix.endswith("-") and prefix[:1].isupper() and len(prefix) > 2:
        return True  # EU-Staaten, Nato-Staaten, Balten-Republiken
    if prefix or i == 0:
        return False
    prev = doc[i - 1]
    if prev.lower_ in pack_words(lang, "number_words.txt") or \
            prev.lower_ in pack_words(lang, "other_words.txt"):
        return False
    return gaz.adjective(prev.text) is not None or \
        prev.lower_ in pack_words(lang, "collective_adjectives.txt") or \
        _region_before(doc, i) or (  # "EU states": a known name before the noun
            prev.text[:1].isupper() and (entry := gaz.lookup(prev.text)) is not None
            and entry.type in (ActorType.ORGANIZATION, ActorType.COUNTRY))


def _ending(word: str, endings: Iterable[str]) -> int:
    """Return the length of the longest of ``endings`` that ``word`` ends with (0: none)."""
    return max((len(e) for e in endings if word.endswith(e)), default=0)


def _region_before(doc: Doc, i: int) -> bool:
    """Tell whether one of the pack's ``region_adjectives.txt`` stands right before token ``i``."""
    return i > 0 and doc[i - 1].lower_ in pack_words(_lang(doc), "region_adjectives.txt")


def force_event_group_rules(doc: Doc, gaz: Gazetteer) -> Iterator[Candidate]:
    """Armed forces, events and collectives named by a head noun (+ preceding adjectives).

    Collectives of the pack's ``specific_group_nouns.txt`` (``Attentäter``, ``suspects``) only
    where their phrase picks out particular ones (:func:`_particular`): ``die sieben
    Terroristen``, ``ukrainische Extremisten``, not ``Stellungen von Terroristen``. A noun of
    ``qualified_group_nouns.txt`` alone is no actor, only with an adjective in front
    (``kurdische Medien``, not ``in den Medien``).

    A noun right after the pack's role mark without an article (``als Guerillakämpfer``,
    ``as fighters``) says what someone is, and names no actor.
    """
    capitalised_nouns = _pack(doc).capitalised_nouns
    lang = _lang(doc)
    forces, events = word_endings(lang, "force_nouns.txt"), word_endings(lang, "event_nouns.txt")
    groups = word_endings(lang, "group_nouns.txt")
    particular = word_endings(lang, "specific_group_nouns.txt")
    states = word_endings(lang, "state_nouns.txt")
    heads = every_pack_words("org_heads.txt")
    for i, tok in enumerate(doc):
        if not capitalised_nouns:
            if tok.pos_ not in {"NOUN", ""}:
                continue
        elif tok.pos_ not in {"NOUN", "PROPN", ""} or not tok.text[:1].isupper():
            continue
        low = tok.lower_
        if "-" in tok.text and gaz.lookup(tok.text) is not None:
            continue  # a known name (EU-Kommission) is not a mission
        if low.endswith(forces):
            kind, rule = ActorType.ARMED_FORCE, "armed-force"
        elif low.endswith(events) and _ending(low, heads) <= _ending(low, events):
            # an event noun inside a longer organisation head is none (Kommission: mission)
            kind, rule = ActorType.EVENT, "event"
        elif low.endswith(groups) or (low.endswith(particular) and _particular(
                doc, _adjectives_before(doc, i, gaz), i, gaz)) or _state_group(doc, i, gaz):
            kind, rule = ActorType.GROUP, "group"
        else:
            continue
        start = _adjectives_before(doc, i, gaz)
        if start == i and (_region_before(doc, i) or (i > 0 and doc[i - 1].lower_ in pack_words(
                lang, "collective_adjectives.txt") and low.endswith(states))):
            start = i - 1  # "the Baltic states", "Western countries": the modifier is the group's
        if start == i and low in pack_words(lang, "qualified_group_nouns.txt"):
            continue  # "in den Medien", "the media": the press at large; "kurdische Medien" are
        if start > 0 and doc[start - 1].lower_ in _pack(doc).role_marks:
            continue  # "als Guerillakämpfer ausgebildet", "trained as guerrilla fighters": a role
        yield Candidate(start, i + 1, kind, priority=COMPOSITE, rule=rule)


def institution_rule(doc: Doc, gaz: Gazetteer) -> Iterator[Candidate]:
    """Institution nouns → Organization (``die türkische Wahlkommission``, ``das Parlament``).

    The noun (or a compound ending with it: ``Übergangsregierung``, ``US-Außenministerium``)
    names one actor in context; nationality adjectives and country names before it belong to
    the span (the composite outranks the demonym alone). A language that writes compounds
    apart takes the capitalised name words in front along (``the Russian Foreign Ministry``,
    ``the U.S. State Department``), and with them a noun that only ends a compound
    (``-department``). A known name (``Bundesregierung``, ``Europäischen Parlaments``) is left
    to the gazetteer. The nouns are the language pack's ``institutions.tsv``. A plural after
    one of the pack's ``collective_adjectives.txt`` (``westliche Regierungen``, ``foreign
    governments``) is several institutions of no one country: a collective, a Group. An
    organisation head with its seat (``Landgericht Berlin``) or, where nouns are capitalised,
    after a capitalised adjective (``das Bayerische Landeskriminalamt``) is a name: org_rules'.
    """
    lang = doc.lang_
    apart = not _pack(doc).compound_nouns
    heads = every_pack_words("org_heads.txt")  # as org_rules reads them
    collective = pack_words(_lang(doc), "collective_adjectives.txt")
    for i, tok in enumerate(doc):
        named = i  # where the capitalised name words before the noun begin (Foreign Ministry)
        if apart and tok.text[:1].isupper():
            while named > 0 and _institution_modifier(doc[named - 1], gaz):
                named -= 1
        if apart and named == i and i > 0 and doc[i - 1].is_lower and \
                doc[i - 1].pos_ in {"NOUN", "PROPN", ""} and \
                institution_noun(f"{doc[i - 1].text} {tok.text}", lang) is not None:
            named = i - 1  # a compound written apart: the emergency services, the fire brigade
        elif (tok.pos_ not in {"NOUN", ""} and named == i) or \
                institution_noun(tok.text, lang, modified=named < i) is None:
            continue
        if gaz.lookup(tok.text) is not None or any(
            doc[k].text[:1].isupper() and gaz.lookup(doc[k : i + 1].text) is not None
            for k in range(max(0, i - 3), i)
        ):
            continue  # a known name (Bundesregierung, Europäisches Parlament) is the gazetteer's
        if i + 2 < len(doc) and doc[i + 1].lower_ in {"für", "for"} and \
                doc[i + 2].text[:1].isupper() and tok.lower_.endswith(heads) and \
                tok.lower_ not in heads:
            continue  # Bundesministerium für Bildung: a full name, org_rules' span
        if i + 1 < len(doc) and tok.lower_.endswith(heads) and _seat_word(doc[i + 1], gaz):
            continue  # Landgericht Berlin: a head with its seat, org_rules' span
        before = doc[i - 1] if i > 0 else None
        if not apart and before is not None and before.pos_ in {"ADJ", ""} and \
                before.text[:1].isupper() and not before.is_sent_start and \
                tok.lower_.endswith(heads):
            continue  # das Bayerische Landeskriminalamt: a capitalised adjective names it
        start = named
        while start > 0 and _country_word(doc[start - 1], gaz, names=apart):
            start -= 1
        if start == i and "Plur" in tok.morph.get("Number", []) and \
                (first := _adjectives_before(doc, i, gaz)) < i and any(
                    t.lower_ in collective for t in doc[first:i]):
            # westliche Regierungen, Western governments: several institutions of no one
            # country, a collective
            yield Candidate(first, i + 1, ActorType.GROUP, priority=COMPOSITE, rule="group")
            continue
        yield Candidate(start, i + 1, ActorType.ORGANIZATION, priority=COMPOSITE,
                        rule="institution")


def _country_word(tok: Token, gaz: Gazetteer, *, names: bool = True) -> bool:
    """Tell whether a word names a country before a noun (``russische``, ``Russian``, ``U.S.``).

    ``names``: a country's name counts too (English ``U.S. State Department``; German puts a
    genitive there, ``Frankreichs Regierung``, and keeps the country a mention of its own).
    """
    if gaz.adjective(tok.text) is not None:
        return tok.pos_ in {"ADJ", "PROPN", ""}
    return names and gaz.country(tok.text) is not None


def _institution_modifier(tok: Token, gaz: Gazetteer) -> bool:
    """Tell whether a word before an institution noun is part of its name (``State``)."""
    return (not tok.is_stop and not _country_word(tok, gaz)
            and _name_modifier(tok, english=True) and tok.text.isalpha())


_POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})


def kin_rule(doc: Doc) -> Iterator[Candidate]:
    """Kinship nouns of someone → Person (``sein Bruder``, ``Putins Tochter``, ``his son``).

    The noun (the pack's ``kin_nouns.txt``) after a possessive pronoun, a genitive name or an
    English possessive ``'s`` names a person the text does not name; one before a name is that
    name's title (``sein Sohn Hunter``) and one with a name in apposition (``Dole's wife,
    Elizabeth``) that name's description: both are left to the name.
    """
    pack = _pack(doc)
    nouns = pack_words(pack.lang, "kin_nouns.txt")
    for i, tok in enumerate(doc):
        if i == 0 or tok.lower_ not in nouns or tok.pos_ not in {"NOUN", ""}:
            continue
        prev = doc[i - 1]
        owner = prev.lower_ in pack.possessive_pronouns or prev.text in _POSSESSIVE_MARKS or (
            pack.capitalised_nouns and prev.text.endswith("s") and looks_like_name(prev)
            and prev.pos_ in {"PROPN", ""})
        named = i + 1 < len(doc) and looks_like_name(doc[i + 1]) and doc[i + 1].pos_ == "PROPN"
        # "Doles Frau, Elizabeth, …", "his wife, Siti Hasmah": the apposition names the person
        named = named or any(c.dep_ in {"appos", "flat", "flat:name"} for c in tok.children) or (
            i + 2 < len(doc) and doc[i + 1].text == "," and doc[i + 2].text[:1].isupper()
            and (pack.capitalised_nouns is False or doc[i + 2].pos_ in {"PROPN", ""}))
        if owner and not named:
            yield Candidate(i, i + 1, ActorType.PERSON, priority=RULE, rule="kin")


def introduced_person_rule(doc: Doc, gaz: Gazetteer) -> Iterator[Candidate]:
    """One person a text introduces by a noun → Person (``eine israelische Frau``, ``a man``).

    A singular noun of the pack's ``person_nouns.txt`` (or a hyphenated compound ending with
    one: ``US-Bürger``; not ``Landesparteiobmann``) after an indefinite article (the pack's
    ``indefinite_articles.txt``) and its adjectives is one particular person the text does not
    name: the victim, the passer-by, the arrested man. Not a predicate (``Er ist ein Mann der
    Tat``), not a name's title (``ein Mann namens X`` stays the name's), not a plural
    (``Frauen``: anyone).
    """
    pack = _pack(doc)
    indefinite = pack_words(pack.lang, "indefinite_articles.txt")
    for i, tok in enumerate(doc):
        if tok.pos_ not in {"NOUN", ""} or not person_noun(tok.text, pack.lang) or \
                "Plur" in tok.morph.get("Number", []):
            continue
        start = _adjectives_before(doc, i, gaz)
        article = doc[start - 1] if start > 0 else None
        if article is None or article.lower_ not in indefinite:
            continue
        named = i + 1 < len(doc) and doc[i + 1].pos_ == "PROPN"
        if named or any(c.dep_ == "cop" for c in tok.children) or (
                start > 1 and doc[start - 2].lower_ in pack.role_marks):
            continue
        yield Candidate(start, i + 1, ActorType.PERSON, priority=COMPOSITE,
                        rule="introduced-person")


_COLOUR_ADJECTIVES = 2  # der Tiroler Roten, den steirischen Blauen: adjectives after the article


def party_colour_rule(doc: Doc, chosen: list[Candidate], gaz: Gazetteer) -> list[Candidate]:
    """Add colour nouns naming a party the text names (``die Roten`` beside the SPÖ → SPÖ).

    A form of the pack's ``party_colours.tsv`` (as written: ``die roten Linien`` is none), after
    an article and at most two adjectives (``der Tiroler Roten``), and before no capitalised
    word it would qualify (``der Roten Armee``, ``vom Roten Kreuz``), is an Organization with
    the key of the one party of its colour among ``chosen``'s keys and the parties of role
    compounds (``SPÖ-Chef``); with none (``bei den Roten`` of a sports article) or two (SPÖ and
    SPD) it is left as it was. A one-word model guess on the word gives way.
    """
    lang = _lang(doc)
    colours = party_colours(lang)
    if not colours:
        return chosen
    named = {c.key for c in chosen if c.key}
    for tok in doc:
        prefix = compound_prefix(tok.text)
        if prefix is not None and role_noun(tok.text, lang) is not None and \
                (entry := gaz.lookup(prefix)) is not None:
            named.add(entry.id)
    articles = pack_words(lang, "plural_articles.txt")
    covered = {i: c for c in chosen for i in range(c.start, c.end)}
    out = list(chosen)
    for tok in doc:
        i = tok.i
        if tok.text not in colours or tok.pos_ not in {"NOUN", "PROPN", ""}:
            continue
        if i + 1 < len(doc) and doc[i + 1].text[:1].isupper() and doc[i + 1].is_alpha:
            continue  # der Roten Armee, vom Roten Kreuz: an adjective of a name
        j = i - 1
        while j >= 0 and i - j <= _COLOUR_ADJECTIVES and (
                doc[j].pos_ == "ADJ" or place_adjective(doc[j])):
            j -= 1
        if j < 0 or not (doc[j].lower_ in articles or doc[j].pos_ == "DET"):
            continue
        party = colour_party(tok.text, lang, named)
        other = covered.get(i)
        if party is None or (other is not None and (
                other.priority != MODEL or other.end - other.start > 1)):
            continue
        if other is not None:
            out.remove(other)
        out.append(Candidate(i, i + 1, ActorType.ORGANIZATION, party, RULE, PARTY_COLOUR))
    return sorted(out, key=lambda c: c.start)


def _compound_letters(word: str, letters: list[str]) -> int | None:
    """Return where a compound noun's letters start in the tail of an acronym's ``letters``.

    A German compound gives an acronym several letters (``Rechtsanwaltskammertag`` → RAK of
    ÖRAK): the noun starts with one letter and holds the following ones in order. The fewest
    letters that fit are taken; None when the word is no capitalised compound of them.
    """
    if not word[:1].isupper() or len(letters) < 2:
        return None
    low = word.lower()
    for q in range(len(letters) - 2, -1, -1):
        if low[0] != letters[q]:
            continue
        rest = iter(low[1:])
        if all(letter in rest for letter in letters[q + 1 :]):
            return q
    return None


@cache
def _organisation_endings() -> tuple[str, ...]:
    """Return every pack's organisation heads and cues, as word endings."""
    return every_pack_words("org_heads.txt") + every_pack_words("org_cues.txt")


def organisation_word(word: str) -> bool:
    """Tell whether a word ends with an organisation head or cue of any pack (``Verlag``)."""
    return word.lower().endswith(_organisation_endings())


def long_form_names_organisation(doc: Doc, start: int, end: int) -> bool:
    """Tell whether an acronym's long form names an organisation, not a thing (``BIP``, ``GDP``).

    Where only names are capitalised (English), every content word of it is (``Transatlantic
    Trade and Investment Partnership``, not ``gross domestic product``); where every noun is
    (German), one of its words ends with an organisation head or cue of any pack, or is an
    institution noun, or has a legal form (``Österreichischer Gewerkschaftsbund``,
    ``Arbeitsmarktservice``, ``Vereinigte Saar-Elektrizitäts-AG``; not
    ``Bruttoinlandsprodukt``, ``Künstliche Intelligenz``, ``Fluorchlorkohlenwasserstoffe``).
    """
    words = [t for t in doc[start:end] if t.lower_ not in _FUNCTION]
    if not _pack(doc).capitalised_nouns:
        return all(t.text[:1].isupper() for t in words)
    return any(organisation_word(t.text) or institution_noun(t.text, doc.lang_) is not None
               or t.text.rsplit("-", 1)[-1] in LEGAL_FORMS for t in words)


def acronym_definitions(doc: Doc) -> Iterator[tuple[int, int, int]]:
    """Yield ``(long_start, long_end, acronym_index)`` for ``Long Form (ACR)`` patterns.

    Each word of the long form gives the acronym its first letter, a compound noun possibly
    several (``Österreichischer Rechtsanwaltskammertag (ÖRAK)``); articles and prepositions may
    give none.
    """
    for i in range(2, len(doc) - 1):
        acr = doc[i].text
        if (
            doc[i - 1].text != "("
            or doc[i + 1].text != ")"
            or not acr[:1].isupper()
            or not (acr.isupper() or len(acr) <= 6)  # Öbib, DiEM25: short ones in any case
            or not 1 < len(acr) <= 8
        ):
            continue
        letters = [c for c in acr.lower() if c.isalpha()]
        k = i - 2
        pos = len(letters) - 1
        while k >= 0 and pos >= 0 and i - 2 - k < 12:
            word = doc[k].lower_
            if (word in _FUNCTION and pos < len(letters) - 1) or (
                    k == i - 2 and doc[k].text in LEGAL_FORMS):
                k -= 1
                continue
            if word[:1] == letters[pos]:
                pos -= 1
                k -= 1
                continue
            first = _compound_letters(doc[k].text, letters[: pos + 1])
            if first is not None:
                pos = first - 1
                k -= 1
                continue
            break
        if pos < 0:
            yield k + 1, i - 1, i
