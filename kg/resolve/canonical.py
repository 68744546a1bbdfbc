"""Canonical identity: which named mentions denote the same actor.

Rules, strongest first: a user alias file; the gazetteer key (QID or table id) set by recognition
or found by looking the base form up; an acronym defined in the document (``… (OVKS)``); a
surname that matches exactly one full person name of the document (``Putin`` → ``Wladimir
Putin``); finally the folded base form itself, which also joins mentions across documents.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from ..knowledge.colours import party_colours
from ..knowledge.gazetteer import ActorEntry, fold, gazetteer, is_acronym, slug
from ..knowledge.lexicons import place_names
from ..knowledge.roles import compound_prefix, institution_noun, person_noun
from ..lang import FALLBACK_CODE, every_pack_words, language_pack, pack_code, pack_words
from ..types import ActorType, Document, Mention
from .linking import AliasTarget, choose_by_context, country_signal
from .tuning import merge_score

_DETERMINERS = {
    "der",
    "die",
    "das",
    "des",
    "dem",
    "den",
    "ein",
    "eine",
    "einer",
    "eines",
    "einem",
    "einen",
    "the",
    "a",
    "an",
}


_NO_LONG_FORM = {ActorType.PERSON, ActorType.COUNTRY, ActorType.LOCATION}


@dataclass(frozen=True, slots=True)
class Assignment:
    """The entity a named mention was given, and why."""

    entity_id: str
    rule: str
    score: float
    evidence: str
    label: str | None = None  # a label fixed by an alias file


def by_rule(entity_id: str, rule: str, evidence: str, label: str | None = None) -> Assignment:
    """Return an assignment scored by its rule (the table in :mod:`kg.resolve.tuning`)."""
    return Assignment(entity_id, rule, merge_score(rule), evidence, label)


def base_form(mention: Mention) -> str:
    """Return the mention's base form without a leading article (``die OVKS`` → ``OVKS``).

    A quote (``source="quote"``: a clause someone said) is its text as written.
    """
    if mention.source == "quote":
        return mention.text
    words = (mention.lemma or mention.text).split()
    while len(words) > 1 and words[0].lower() in _DETERMINERS:
        words = words[1:]
    return " ".join(words)


def name_key(name: str) -> str:
    """Return the key that joins unknown names across documents: the folded name's slug."""
    return slug(fold(name).title()) if not is_acronym(name) else slug(name)


def _acronyms(document: Document, mentions: Sequence[Mention]) -> dict[str, Mention]:
    """Map acronyms defined as ``Long Form (ACR)`` in the text to their long-form mention.

    A bracket after a person or a place is no definition (``Schelling (ÖVP)``: his party), nor
    is a bracketed acronym the gazetteer already knows as an actor of its own.
    """
    out: dict[str, Mention] = {}
    text = document.text
    gaz = gazetteer()
    for m in mentions:
        rest = text[m.end : m.end + 16]
        if rest.startswith(" (") and ")" in rest:
            acr = rest[2 : rest.index(")")]
            if not is_acronym(acr) or m.type in _NO_LONG_FORM or gaz.lookup(acr) is not None:
                continue
            out[acr] = m
    return out


def _known(m: Mention) -> ActorEntry | None:
    """Return the gazetteer entry a mention names (by its key, else its base form), if any."""
    gaz = gazetteer()
    entry = gaz.entries.get(m.key) if m.key else None
    if entry is None and m.type is not ActorType.PERSON and m.type is not ActorType.CONCEPT:
        entry = gaz.lookup(base_form(m))
    return entry


def _institution(
    m: Mention, base: str, document: Document, signal: Counter[str]
) -> Assignment | None:
    """Identify an institution noun (``die türkische Regierung``, ``das Parlament``).

    A national institution belongs to the country its nationality adjective names, else to a
    known country named as its owner right after it (``die Regierung Kanadas``; a known region
    or town makes it that place's own: ``die Führung der Krim``), else to the
    article's dominant country (the country signal of its known actors, when one country leads):
    one node per country's government across a corpus. A local one (``Stadtregierung``), or a
    national one without a clear country, is the article's own node.
    """
    if m.type not in {ActorType.ORGANIZATION, ActorType.CONCEPT}:
        return None
    words = base.split()
    lang = document.lang or FALLBACK_CODE
    gaz = gazetteer()
    # the country: nationality adjectives or country names in front (russische, U.S.), or a
    # compound's country prefix (US-Außenministerium)
    countries = [e for w in words[:-1] if (e := _country_of(w)) is not None]
    prefix = compound_prefix(words[-1])
    head = words[-1]
    if prefix is not None and (e := _country_of(prefix)) is not None:
        countries.append(e)
        head = words[-1][len(prefix) + 1 :]  # another prefix stays (Trump-Regierung)
    # capitalised name words before the noun: part of its name in a language that writes
    # compounds apart (the Foreign Ministry); elsewhere a name of its own (Europäische Kommission)
    named = [w for w in words[:-1] if w[:1].isupper() and _country_of(w) is None]
    if named and language_pack(pack_code(lang)).compound_nouns:
        return None
    found = institution_noun(head, lang, modified=bool(named))
    if found is None:
        return None
    noun = " ".join([*named, head[:1].upper() + head[1:]])
    local = ""  # why a national institution is the document's own
    if found[1] == "national":
        country = countries[0] if countries else None
        how = "adjective"
        owner = _owner(document, m.end, lang) if country is None else None
        if owner is not None and owner.type is not ActorType.COUNTRY:
            # die Führung der Krim: the region's or the town's own, one node per place
            return by_rule(f"{name_key(noun)}_{owner.id}", "institution",
                           f"{m.text} → {noun} of {owner.label} (owner)",
                           f"{noun} ({owner.label})")
        if owner is not None:
            country, how = owner, "owner"  # die Regierung Kanadas
        seat = _seat(document, m.end, lang) if country is None else None
        if seat is not None:
            # in Wien: Austria's; in Stuttgart: a region's or a town's, not a nation's
            country = gaz.entries.get(seat[1]) if seat[1] else None
            how = f"in {seat[0]}"
            local = f" ({how})"
        elif country is None:
            ranked = signal.most_common(2)
            if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
                country = gaz.entries.get(ranked[0][0])
                runner_up = ranked[1][1] if len(ranked) > 1 else 0
                how = f"article's country, {ranked[0][1]} vs {runner_up}"
        if country is not None:
            return by_rule(f"{name_key(noun)}_{country.id}", "institution",
                            f"{m.text} → {noun} of {country.label} ({how})",
                            f"{noun} ({country.label})")
    return by_rule(f"{name_key(noun)}_{slug(document.id)}", "institution",
                    f"{m.text} → {noun} of document {document.id}{local}", noun)


def _owner(document: Document, end: int, lang: str) -> ActorEntry | None:
    """Return the known country or place an institution noun is said to belong to, right after it.

    ``die Regierung Kanadas``, ``die Führung der Krim``, ``the government of Canada``: a
    genitive name, or a name after the pack's ``owner_words.txt`` (genitive articles,
    possessive prepositions: ``der``, ``of the``); None for anything else (``die Regierung der
    Schwarzmeer-Region``: no known place).
    """
    found = _OWNER.match(document.text, end)
    if found is None:
        return None
    words = found.group(1).split()
    if any(w.lower() not in pack_words(pack_code(lang), "owner_words.txt") for w in words):
        return None
    entry = gazetteer().lookup(found.group(2))
    if entry is None or entry.type not in (ActorType.COUNTRY, ActorType.LOCATION):
        return None
    return entry


# a genitive name or one after up to two function words: "Kanadas", "der Krim", "of the Crimea"
_OWNER = re.compile(r"\s+((?:[a-z]\w*\s+){0,2})([A-ZÄÖÜ][\w-]*)")


def _seat(document: Document, end: int, lang: str) -> tuple[str, str] | None:
    """Return the place an institution is said to be in right after its name, with its country.

    ``das Innenministerium in Wien``: (``Wien``, Austria's id), a capital or a country naming
    its state; (``Stuttgart``, ``""``) for another known place, a region's or a town's seat;
    None when no ``in`` phrase with a known place follows.
    """
    found = _SEAT.match(document.text, end)
    if found is None or found.group(1).lower() not in language_pack(pack_code(lang)).inside_preps:
        return None
    place = found.group(2)
    gaz = gazetteer()
    if place in gaz.capitals:
        return place, gaz.capitals[place]
    entry = gaz.lookup(place)
    if entry is not None and entry.type is ActorType.COUNTRY:
        return place, entry.id
    if place in place_names() or (entry is not None and entry.type is ActorType.LOCATION):
        return place, ""
    return None


# "in Wien", "in der Hauptstadt", "in the capital": a preposition, an article, a capitalised word
_SEAT = re.compile(r"\s+(\w+)\s+(?:[a-z]\w*\s+)?(\w[\w-]*)")


def _country_of(word: str) -> ActorEntry | None:
    """Return the country a word names before a noun (``russische``, ``Russian``, ``US``)."""
    gaz = gazetteer()
    entry = gaz.adjective(word) or gaz.lookup(word)
    return entry if entry is not None and entry.type is ActorType.COUNTRY else None


def _kin(m: Mention, base: str, document: Document) -> Assignment | None:
    """Give a kinship noun of someone (``sein Bruder``) its document's own person node.

    The person is unnamed: ``Bruder`` in two articles are two people, so the node is the
    article's (as a local institution's is). Every pack's kinship nouns count: a document read
    without a language (``kg.extract_text``) is still German or English text.
    """
    if m.type is not ActorType.PERSON or " " in base or \
            base.lower() not in every_pack_words("kin_nouns.txt"):
        return None
    return by_rule(f"{name_key(base)}_{slug(document.id)}", "kin",
                   f"{m.text} → a person of document {document.id}", base)


def _introduced(m: Mention, base: str, document: Document) -> Assignment | None:
    """Give a person a text introduces by a noun (``eine israelische Frau``) its own node.

    The words before the noun are lower-case adjectives (German capitalises only the noun), and
    the noun is one of the pack's ``person_nouns.txt`` (a surname such as ``Ehmann`` is not:
    whole words, or a hyphenated compound's last part): ``Frau`` in two articles are two people,
    so the node is the article's, as a kinship noun's is.
    """
    *front, last = base.split() or [""]
    if m.type is not ActorType.PERSON or m.source not in {"rule", "np"} or \
            any(w[:1].isupper() for w in front) or \
            not person_noun(last):
        return None
    return by_rule(f"{name_key(base)}_{slug(document.id)}", "introduced",
                   f"{m.text} → a person document {document.id} introduces", base)


def _party_colour(
    m: Mention, base: str, entry: ActorEntry, document: Document
) -> Assignment | None:
    """Record a colour noun bound to its party by recognition (``die Roten`` → SPÖ).

    Recognition keys a colour noun of the pack's ``party_colours.tsv`` with the one party of
    its colour the document names (:func:`kg.recognize.rules.party_colour_rule`); the merge
    says so. The noun links the party, it does not name it (no label, no alias).
    """
    colour = party_colours(pack_code(document.lang)).get(base)
    if m.key != entry.id or colour is None or entry.id not in colour.parties:
        return None
    return by_rule(entry.id, "party-colour",
                   f"{m.text} → {entry.label}: the one party of that colour the document names")


def _longer_names(name: str, names: set[str]) -> set[str]:
    """Return the longer person names that begin or end with all of ``name``'s words.

    ``Maria Giulia`` is part of ``Maria Giulia Sergio``, ``Tayyip Erdoğan`` of ``Recep Tayyip
    Erdoğan``; ``Maria Sergio`` is part of neither (the words must be adjacent).
    """
    words = name.split()
    n = len(words)
    return {full for full in names
            if len(parts := full.split()) > n and (parts[:n] == words or parts[-n:] == words)}


def assign_names(
    document: Document,
    mentions: Sequence[Mention],
    aliases: Mapping[str, AliasTarget] | None = None,
    *,
    merge: bool = True,
) -> dict[Mention, Assignment]:
    """Give every named (non-anaphoric) mention of one document an entity id."""
    gaz = gazetteer()
    aliases = aliases or {}
    out: dict[Mention, Assignment] = {}
    if not merge:
        for m in mentions:
            target = aliases.get(fold(m.text))
            if target is not None:
                out[m] = by_rule(target.id, "alias-file", f"{m.text} → {target.id}",
                                  target.label)
            else:
                out[m] = by_rule(name_key(m.text), "exact", m.text)
        return out
    acronyms = _acronyms(document, mentions)
    persons = [m for m in mentions if m.type is ActorType.PERSON and len(base_form(m).split()) > 1]
    by_surname: dict[str, set[str]] = {}
    for p in persons:
        by_surname.setdefault(base_form(p).split()[-1], set()).add(base_form(p))
    full_names = {base_form(p) for p in persons}
    deferred: list[Mention] = []
    signal = country_signal(
        e
        for m in mentions
        if (e := _known(m)) is not None and len(gaz.candidates(base_form(m))) < 2
    )
    for m in sorted(mentions, key=lambda x: x.start):
        base = base_form(m)
        target = aliases.get(fold(m.text)) or aliases.get(fold(base))
        if target is not None:
            out[m] = by_rule(target.id, "alias-file", f"{m.text} → {target.id} (alias file)",
                              target.label)
            continue
        entry = gaz.entries.get(m.key) if m.key else None
        lookable = m.type is not ActorType.PERSON and (
            m.type is not ActorType.CONCEPT or base[:1].isupper()
        )
        if entry is None and lookable:
            entry = gaz.lookup(base)
        rivals = gaz.candidates(base) if entry is not None else ()
        if len(rivals) > 1:
            entry, why = choose_by_context(rivals, signal)
            if entry is None:
                out[m] = by_rule(name_key(base), "context-undecided", f"{m.text}: {why}")
                continue
            out[m] = by_rule(entry.id, "context", f"{m.text} → {entry.label} by {why}")
            continue
        if entry is not None and (colour := _party_colour(m, base, entry, document)):
            out[m] = colour
            continue
        if entry is not None:
            rule = "gazetteer" if base == m.text else "inflection"
            via = f" → {base}" if base != m.text else ""
            out[m] = by_rule(
                entry.id,
                rule,
                f"{m.text}{via} → {entry.label} ({entry.id})",
            )
            continue
        if m.key:  # a key set by recognition but unknown to the gazetteer (acronym binding)
            out[m] = by_rule(m.key, "recognizer-key", f"{m.text} → {m.key}")
            continue
        deferred.append(m)
    for m in deferred:
        base = base_form(m)
        long_form = acronyms.get(base)
        if long_form is not None and long_form is not m:
            src = out.get(long_form)
            ent = src.entity_id if src else name_key(base_form(long_form))
            out[m] = by_rule(ent, "acronym", f"{m.text} defined as {long_form.text}")
            continue
        institution = _institution(m, base, document, signal) or _kin(m, base, document) or \
            _introduced(m, base, document)
        if institution is not None:
            out[m] = institution
            continue
        one_word = m.type in {ActorType.PERSON, ActorType.CONCEPT} and len(base.split()) == 1
        fulls = by_surname.get(base, set()) if one_word else set()
        if not fulls and m.type is ActorType.PERSON:
            # Maria Giulia (Sergio), Tayyip Erdoğan (Recep …), a feature's Errol (Joseph)
            fulls = _longer_names(base, full_names)
        if len(fulls) == 1:
            full = next(iter(fulls))
            out[m] = by_rule(name_key(full), "partial-name", f"{m.text} → {full}")
            continue
        rule = "exact" if base == m.text else "inflection"
        out[m] = by_rule(
            name_key(base),
            rule,
            m.text if rule == "exact" else f"{m.text} → {base}",
        )
    return out


def choose_label(entity_id: str, forms: Sequence[str], kind: ActorType) -> str:
    """Pick an entity's label: English gazetteer label, else the fullest frequent name form."""
    entry = gazetteer().entries.get(entity_id)
    if entry is not None:
        return entry.label
    counts = Counter(forms)
    if kind is ActorType.PERSON:
        return max(counts, key=lambda f: (len(f.split()), counts[f], len(f)))
    return max(counts, key=lambda f: (counts[f], len(f)))


def choose_type(entity_id: str, kinds: Sequence[ActorType],
                names: Sequence[str] = ()) -> ActorType:
    """Pick an entity's type: the gazetteer's, else the most frequent non-Concept mention type.

    An event written only as common words (``Neuwahlen``, ``vorgezogene Neuwahlen``, ``new
    elections``) is generic — a Concept, no node; a named or placed event stays one
    (``Prager Frühling``, ``Anschlag in Dogubayazit``, ``G20-Gipfel``).
    """
    entry = gazetteer().entries.get(entity_id)
    if entry is not None:
        return entry.type
    counts = Counter(k for k in kinds if k is not ActorType.CONCEPT)
    kind = counts.most_common(1)[0][0] if counts else ActorType.CONCEPT
    if kind is ActorType.EVENT and names and all(_generic(n) for n in names):
        return ActorType.CONCEPT
    return kind


def _generic(name: str) -> bool:
    """Whether ``name`` is written with common words only: no capital but a German noun head.

    Every word before the last is lower-case, and the last has no name before a hyphen and no
    head that also names a standing body (the packs' ``body_events.txt``: ``Armutskonferenz``).
    """
    *front, last = name.split()
    prefix, hyphen, _ = last.rpartition("-")
    return all(w[:1].islower() for w in front) and not (hyphen and prefix[:1].isupper()) and \
        not last.lower().endswith(every_pack_words("body_events.txt"))


def join_partial_names(
    assigned: Iterable[tuple[Mention, Assignment]],
) -> dict[Mention, Assignment]:
    """Join one-word person names to the one full name of the corpus that ends with them.

    Within a document ``Putin`` already joins ``Wladimir Putin`` (rule ``partial-name``); across
    documents a bare surname whose own document never names the person in full would otherwise
    be a node of its own. It joins only when exactly one full person name of the corpus ends with
    that word (``Biden`` stays apart if both ``Joe Biden`` and ``Hunter Biden`` occur), and never
    overrides an alias file, the gazetteer or a within-document decision.
    """
    pairs = list(assigned)
    full: dict[str, dict[str, str]] = {}
    for m, a in pairs:
        words = base_form(m).split()
        if m.type is ActorType.PERSON and len(words) > 1 and a.rule != "alias-file":
            full.setdefault(words[-1], {})[a.entity_id] = " ".join(words)
    out: dict[Mention, Assignment] = {}
    for m, a in pairs:
        base = base_form(m)
        if (m.type is not ActorType.PERSON or len(base.split()) != 1
                or a.rule not in {"exact", "inflection"} or a.entity_id != name_key(base)):
            continue
        owners = full.get(base, {})
        if len(owners) == 1:
            (entity_id, name), = owners.items()
            if entity_id != a.entity_id:
                out[m] = by_rule(entity_id, "partial-name-corpus",
                                  f"{m.text} → {name} (named in full in another document)")
    return out


def join_variants(
    assigned: Iterable[tuple[Mention, Assignment]],
) -> dict[Mention, Assignment]:
    """Join names that differ only in case, accents or hyphens, and acronyms defined elsewhere.

    ``UFO`` and ``Ufo``, ``Demirtas`` and ``Demirtaş`` are one actor when no other evidence
    (alias file, gazetteer, context) placed them: they join the variant with the most mentions.
    An acronym used bare in one document (``UPTS``) joins the long form another document defined
    it as, when the corpus defines it exactly one way. Every join is recorded with its evidence.
    """
    pairs = list(assigned)
    free = {"exact", "inflection"}
    groups: dict[str, Counter[str]] = {}
    for m, a in pairs:
        if a.rule in free and base_form(m)[:1].isupper():
            groups.setdefault(fold(base_form(m)), Counter())[a.entity_id] += 1
    defined: dict[str, set[str]] = {}
    for m, a in pairs:
        if a.rule == "acronym":
            defined.setdefault(base_form(m), set()).add(a.entity_id)
    out: dict[Mention, Assignment] = {}
    for m, a in pairs:
        if a.rule not in free:
            continue
        base = base_form(m)
        targets = defined.get(base, set())
        if is_acronym(base) and len(targets) == 1 and a.entity_id not in targets:
            (target,) = targets
            out[m] = by_rule(target, "acronym-corpus",
                              f"{m.text} defined as {target} in another document")
            continue
        group = groups.get(fold(base))
        if group is None or len(group) < 2:
            continue
        best = max(sorted(group), key=lambda e: group[e])
        if best != a.entity_id:
            out[m] = by_rule(best, "spelling-variant",
                              f"{m.text} → {best} (same name up to case and accents)")
    return out
