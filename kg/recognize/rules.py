"""Rule-based actor spans: role cues, organisation cues, armed forces, events, acronym definitions.

Each rule takes a spaCy ``Doc`` and yields :class:`Candidate` spans; :mod:`kg.recognize.ner` ranks
them against gazetteer matches and the statistical model. The cue lists are German and English.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..knowledge.gazetteer import Gazetteer
from ..knowledge.lexicons import place_names
from ..knowledge.roles import institution_noun, role_noun
from ..types import ActorType

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# priorities: lower wins an overlap; composite rules outrank the gazetteer parts they contain
COMPOSITE, GAZETTEER, RULE, MODEL = 0, 1, 2, 3

PERSON_CUE = re.compile(
    r"(präsident|kanzler|minister|diktator|generaloberst|generalleutnant|generalmajor|general|"
    r"gründer|chef|sprecher|botschafter|premier|könig|königin|papst|autor|journalist|politiker|"
    r"oberst|admiral|führer|vorsitzende|anführer|machthaber|staatschef|regierungschef|abgeordnete|"
    r"senator|gouverneur|bürgermeister|president|chancellor|dictator|founder|secretary|spokesman|"
    r"herr|frau)(s|es|en|in|innen|e|er|n)?$|"
    r"^(spokeswoman|ambassador|leader|author|governor|mayor|colonel|prince|king|queen|pope|miss|sir|"
    r"mr\.?|mrs\.?|ms\.?|dr\.?|prof\.?)s?$"
)
ORG_CUE = re.compile(
    r"(bewegung|partei|organisation|gruppe|miliz|sender|senders|zeitung|agentur|nachrichtenagentur|"
    r"konzern|konzerns|unternehmen|unternehmens|firma|stiftung|netzwerk|allianz|bündnis|"
    r"hersteller|herstellers|anbieter|anbieters|versicherung|versicherer|versicherers|händler|"
    r"händlers|betreiber|betreibers|fluggesellschaft|airline|autobauer|autobauers|verein|vereins|"
    r"klub|klubs|club|clubs|bundesligist|bundesligisten|zweitligist|zweitligisten|magazin|"
    r"magazins|"
    r"movement|party|organization|organisation|group|militia|channel|newspaper|agency|company|"
    r"network|alliance|foundation)$"
)
ORG_HEAD = re.compile(
    r"(gesellschaft|stiftung|institut|instituts|verband|verbands|rat|rates|ministerium|ministeriums|"
    r"bank|universität|akademie|kommission|partei|union|bund|bundes|agentur|amt|amtes|zentrum|"
    r"zentrums|komitee|komitees|front|armee|rundfunk|rundfunks|verlag|verlags|verlages|"
    r"hochschule|gewerkschaft|society|institute|council|ministry|university|"
    r"commission|party|union|agency|committee|front|army|bank|foundation)$"
)
FORCE = re.compile(
    r"(streitkräfte|streitkräften|truppe|truppen|soldat|soldaten|armee|armeen|militärs|einheiten|"
    r"kämpfer|söldner|marine|luftwaffe|milizen|sicherheitskräfte|sicherheitskräften|forces|troops|"
    r"soldiers|army|armies|military|militia|militias)$"
)
EVENT = re.compile(
    r"(mission|missionen|operation|operationen|einmarsch|einmarsches|invasion|intervention|krieg|"
    r"krieges|kriegs|angriff|angriffs|gespräche|gesprächen|verhandlungen|gipfel|gipfels|konferenz|"
    r"aufstand|aufstände|aufständen|volksaufstand|volksaufstände|volksaufständen|unruhen|protesten|"
    r"proteste|revolution|annexion|eroberung|wahl|wahlen|talks|war|invasion|summit|uprising|"
    r"uprisings|protests|annexation|election|elections|negotiations)$"
)
GROUP = re.compile(
    r"(demonstranten|protestierende|protestierenden|rebellen|separatisten|aktivisten|flüchtlinge|"
    r"aufständische|aufständischen|oppositionelle|protesters|demonstrators|rebels|separatists|"
    r"activists|refugees|insurgents)$"
)
_ENGLISH_HEADS = {"society", "institute", "council", "ministry", "university", "commission",
                  "party", "union", "agency", "committee", "front", "army", "bank", "foundation"}
_LINK = {"für", "der", "des", "zur", "zum", "von", "for", "of", "the", "und", "and"}
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


def looks_like_name(tok: Token) -> bool:
    """Tell whether a token can be part of a proper name (capitalised, tagged as a name)."""
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
    while (
        j < len(doc)
        and j - i < limit
        and doc[j].text[:1].isupper()
        and not doc[j].is_punct
        and not doc[j].like_num
    ):
        j += 1
    while j > i and not looks_like_name(doc[j - 1]):
        j -= 1
    return j


def _name_modifier(tok: Token, *, english: bool) -> bool:
    """Tell whether a token before an organisation head belongs to its name.

    Capitalised adjectives count (``Hessischen Rundfunks``), not hyphenated participles
    (``FDP-geführte``); in English, proper nouns too (``California Institute``).
    """
    text = tok.text
    if not text[:1].isupper() or ("-" in text and text.rsplit("-", 1)[1][:1].islower()):
        return False
    if not tok.pos_:  # untagged: an inflected adjective ending
        return english or text.endswith(("e", "en", "er", "es", "em"))
    return tok.pos_ == "ADJ" or (english and tok.pos_ == "PROPN")


def _after_titles(doc: Doc, i: int) -> int:
    """Return the index after further cues and abbreviated titles at ``i`` (``Dr .``, ``Prof.``)."""
    while i < len(doc) - 1 and (doc[i].text == "." or PERSON_CUE.search(doc[i].lower_)):
        i += 1
    return i


def person_rule(doc: Doc, gaz: Gazetteer) -> Iterator[Candidate]:
    """Role cue + capitalised name tokens → Person (``Präsident Wladimir Putins``).

    Titles after the cue are skipped (``Gründer Dr. Bernd Rödl``); a lone letter or Roman numeral
    (``Herren I``) is no name.
    """
    lang = doc.lang_
    for i, tok in enumerate(doc[:-1]):
        if not PERSON_CUE.search(tok.lower_) and (
            role_noun(tok.text, lang) is None or tok.pos_ not in {"NOUN", "PROPN", ""}
        ):
            continue
        start = _after_titles(doc, i + 1)
        end = name_run(doc, start)
        if end == start or all(len(t.text) < 2 or t.text.isupper() for t in doc[start:end]):
            continue
        if gaz.lookup(doc[start:end].text) is None:
            yield Candidate(start, end, ActorType.PERSON, priority=RULE, rule="role-cue")


def _place_word(tok: Token, gaz: Gazetteer) -> bool:
    """Tell whether a token is a known city, region or country name tagged as a name."""
    if not looks_like_name(tok):
        return False
    entry = gaz.lookup(tok.text, allow_genitive=False)
    return tok.text in place_names() or (entry is not None and entry.type is ActorType.COUNTRY)


def org_rules(doc: Doc, gaz: Gazetteer) -> Iterator[Candidate]:
    """``Bewegung X`` and ``Deutsche Gesellschaft für Auswärtige Politik`` → Organization.

    A head noun takes a following place name along (``Medizinische Hochschule Hannover``).
    """
    for i, tok in enumerate(doc[:-1]):
        if ORG_CUE.search(tok.lower_):
            end = name_run(doc, i + 1, limit=4)
            if end > i + 1 and gaz.lookup(doc[i + 1 : end].text) is None:
                yield Candidate(i + 1, end, ActorType.ORGANIZATION, priority=RULE, rule="org-cue")
        if ORG_HEAD.search(tok.lower_) and tok.text[:1].isupper():
            start = i
            english = tok.lang_ == "en" or tok.lower_ in _ENGLISH_HEADS
            while start > 0 and _name_modifier(doc[start - 1], english=english):
                start -= 1
            end = i + 1
            if end + 1 < len(doc) and doc[end].lower_ in _LINK and looks_like_name(doc[end + 1]):
                end = name_run(doc, end + 1)
            elif (
                end + 1 < len(doc) and doc[end].lower_ in _LINK and doc[end + 1].text[:1].isupper()
            ):
                k = end + 1
                while k < len(doc) and k - end <= 3 and doc[k].text[:1].isupper():
                    k += 1
                end = k if start < i else i + 1
            elif end < len(doc) and _place_word(doc[end], gaz):
                end += 1  # Medizinische Hochschule Hannover, Universität Bonn
            if start < i or end > i + 1:
                yield Candidate(start, end, ActorType.ORGANIZATION, priority=RULE, rule="org-name")


def _adjectives_before(doc: Doc, i: int, gaz: Gazetteer) -> int:
    """Return where the lowercase adjectives before token ``i`` begin (demonyms always count)."""
    start = i
    while start > 0:
        prev = doc[start - 1]
        demonym = gaz.adjective(prev.text) is not None
        if prev.text[:1].isupper() and not (demonym and doc.lang_ == "en"):
            break  # English capitalises demonyms (Russian troops); German adjectives are lowercase
        if prev.pos_ != "ADJ" and not demonym:
            break
        start -= 1
    return start


def force_event_group_rules(doc: Doc, gaz: Gazetteer) -> Iterator[Candidate]:
    """Armed forces, events and collectives named by a head noun (+ preceding adjectives)."""
    for i, tok in enumerate(doc):
        if tok.lang_ == "en":
            if tok.pos_ not in {"NOUN", ""}:
                continue
        elif tok.pos_ not in {"NOUN", "PROPN", ""} or not tok.text[:1].isupper():
            continue
        low = tok.lower_
        if "-" in tok.text and gaz.lookup(tok.text) is not None:
            continue  # a known name (EU-Kommission) is not a mission
        if FORCE.search(low):
            kind, rule = ActorType.ARMED_FORCE, "armed-force"
        elif EVENT.search(low):
            kind, rule = ActorType.EVENT, "event"
        elif GROUP.search(low):
            kind, rule = ActorType.GROUP, "group"
        else:
            continue
        yield Candidate(_adjectives_before(doc, i, gaz), i + 1, kind, priority=COMPOSITE, rule=rule)


def institution_rule(doc: Doc, gaz: Gazetteer) -> Iterator[Candidate]:
    """Institution nouns → Organization (``die türkische Wahlkommission``, ``das Parlament``).

    The noun (or a compound ending with it: ``Übergangsregierung``) names one actor in context;
    nationality adjectives before it belong to the span (the composite outranks the demonym
    alone). A known name (``Bundesregierung``) is left to the gazetteer. The nouns are the
    language pack's ``institutions.tsv``.
    """
    lang = doc.lang_
    for i, tok in enumerate(doc):
        if tok.pos_ not in {"NOUN", ""} or institution_noun(tok.text, lang) is None:
            continue
        if gaz.lookup(tok.text) is not None:
            continue  # a known name (Bundesregierung, Kanzleramt) is the gazetteer's
        start = i
        while start > 0 and gaz.adjective(doc[start - 1].text) is not None and (
            doc[start - 1].pos_ in {"ADJ", "PROPN", ""}
        ):
            start -= 1
        yield Candidate(start, i + 1, ActorType.ORGANIZATION, priority=COMPOSITE,
                        rule="institution")


def acronym_definitions(doc: Doc) -> Iterator[tuple[int, int, int]]:
    """Yield ``(long_start, long_end, acronym_index)`` for ``Long Form (ACR)`` patterns."""
    for i in range(2, len(doc) - 1):
        acr = doc[i].text
        if (
            doc[i - 1].text != "("
            or doc[i + 1].text != ")"
            or not acr.isupper()
            or not 1 < len(acr) <= 8
        ):
            continue
        letters = [c for c in acr.lower() if c.isalpha()]
        k = i - 2
        pos = len(letters) - 1
        while k >= 0 and pos >= 0 and i - 2 - k < 12:
            word = doc[k].lower_
            if word in _FUNCTION and pos < len(letters) - 1:
                k -= 1
                continue
            if word[:1] == letters[pos]:
                pos -= 1
                k -= 1
                continue
            break
        if pos < 0:
            yield k + 1, i - 1, i
