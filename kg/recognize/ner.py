"""Actor recognition: the ``kg_actors`` spaCy component and :func:`add_actor_recognizer`.

The component combines, in order of precedence on overlaps: composite rules (armed forces, events,
collectives, a known organisation with its legal form), gazetteer matches (countries,
organisations, metonyms, demonyms), lexicon and cue rules (given names, places, town name
endings, place cues, streets, saints' names, legal forms, clubs, role/organisation cues; longest
span first), and a
statistical NER (kg's own German model, or an official pipeline's ``ner``), whose unknown
one-word Locations are retyped from syntax (:mod:`kg.recognize.retype`). It writes actor spans
to ``doc.ents`` with labels equal to :class:`~kg.types.ActorType` values and ``ent.kb_id_`` set
to the actor's id when it is known; other model entities (dates, MISC …) are kept in
``doc.spans["kg_other"]``, and names that are news boilerplate rather than actors (agency tags,
datelines' places, photo credits) in ``doc.spans["kg_boilerplate"]``.
Known person names are propagated within a document (``Wladimir Putin`` … ``Putins``), and
acronyms defined in the text (``… Sicherheit (OVKS)``) share their long form's identity.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..errors import LanguageError, ModelError
from ..knowledge.boilerplate import (
    boilerplate_spans,
    dateline_place_spans,
    inside,
    is_agency_tag,
    is_non_actor,
    is_time_expression,
)
from ..knowledge.gazetteer import Gazetteer, gazetteer, is_acronym
from ..knowledge.lexicons import given_names, place_names
from ..knowledge.roles import role_noun
from ..lang import language_pack, pack_code, pack_codes, pack_words
from ..resources import models_dir
from ..types import PLACE_TYPES, ActorType
from .name_rules import (
    acronym_rule,
    acronym_seat_rule,
    apposed_place_rule,
    given_name_rule,
    joined_places_rule,
    landmark_rule,
    legal_form_rule,
    nation_code_rule,
    patronymic_rule,
    place_cue_rule,
    place_rule,
    place_suffix_rule,
    region_rule,
    saint_rule,
    street_rule,
)
from .retype import marked_speakers, retype_model_entities, speaker_candidates
from .rules import (
    CLOSED_POS,
    COMPOSITE,
    FUNCTION_POS,
    GAZETTEER,
    MODEL,
    PARTICLES,
    PERSON_CUE,
    ROLE_CUE,
    RULE,
    Candidate,
    acronym_definitions,
    after_article,
    branch_rule,
    force_event_group_rules,
    institution_rule,
    introduced_person_rule,
    kin_rule,
    long_form_names_organisation,
    org_rules,
    party_colour_rule,
    party_unit_rule,
    person_rule,
    press_rule,
)

COMPONENT = "kg_actors"
# span group of the names kept out of doc.ents as news boilerplate (agency tags, datelines)
BOILERPLATE_NAMES = "kg_boilerplate"

# punctuation a name may end with (Inc ., Yahoo !, Hochschule (FH)); other is cut off
_NAME_FINAL_PUNCT = {".", "!", ")"}
# parts of speech of a sentence's first word that the model may take into a name after it
_NEVER_LEADING = FUNCTION_POS - {"DET"}  # Der Spiegel, Die Zeit: the article is the name's
# STTS (HanTa) and PTB tags of common nouns and adjectives
_COMMON_TAGS = {"NN", "NNS", "ADJ(A)", "ADJ(D)", "ADJA", "ADJD", "JJ"}
_MODEL_LABELS = {
    "PER": ActorType.PERSON,
    "PERSON": ActorType.PERSON,
    "ORG": ActorType.ORGANIZATION,
    "LOC": ActorType.LOCATION,
    "GPE": ActorType.LOCATION,
    "FAC": ActorType.LOCATION,
    "NORP": ActorType.GROUP,
    "EVENT": ActorType.EVENT,
}


def gazetteer_candidates(doc: Doc, gaz: Gazetteer) -> Iterator[Candidate]:
    """Yield the longest gazetteer name, demonym or people noun at each token."""
    lang = pack_code(doc.lang_)
    pack = language_pack(lang)
    capitalised_demonyms = pack.capitalised_demonyms
    determiners = pack_words(lang, "plural_determiners.txt")  # die Polen, alle Schweden
    # one Token per token and names sliced from doc.text (a Span per tried length is slow)
    toks = list(doc)
    text = "".join(t.text_with_ws for t in toks)  # == doc.text, without a second Token each
    i = 0
    while i < len(toks):
        found = None
        tok = toks[i]
        first = tok.text
        # a lower-case name only as the gazetteer writes it (eBay, easyJet, dpa; not "ebay")
        lower = first[:1].islower() and first not in PARTICLES  # von der Leyen: any case
        if first[:1].isalnum():  # every particle begins with a letter
            for n in range(min(gaz.span_limit(first), len(toks) - i), 0, -1):
                if n == 1 and tok.pos_ in CLOSED_POS:
                    continue
                last = toks[i + n - 1]
                name = text[tok.idx : last.idx + len(last.text)]  # == doc[i : i + n].text
                entry = gaz.lookup(name)
                if entry is not None and lower and name not in entry.names:
                    continue
                if entry is not None and (n > 1 or not is_acronym(name) or name.isupper()):
                    found = Candidate(i, i + n, entry.type, entry.id, GAZETTEER, "gazetteer")
                    break
        if found is not None and found.type is ActorType.COUNTRY and found.end == i + 1 and \
                i > 0 and toks[i - 1].lower_ in determiners and \
                toks[i - 1].pos_ in {"DET", ""} and not (i > 1 and toks[i - 2].text == ","):
            # die Polen, die Schweden: a country's name that is also its people's, after an
            # article (a country's name takes none) is the people; not after a relative
            # pronoun, which a comma precedes (ein Umbruch, der Polen … herauslöste)
            people = gaz.people_group(first)
            if people is not None:
                found = Candidate(i, i + 1, ActorType.GROUP, people.id, GAZETTEER, "people")
        if found is None and (tok.text[:1].islower() or capitalised_demonyms):
            entry = gaz.adjective(tok.text)
            if entry is not None and (tok.pos_ in {"ADJ", ""} or tok.dep_ == "amod"
                                      or capitalised_demonyms):
                found = Candidate(i, i + 1, ActorType.COUNTRY, entry.id, GAZETTEER, "demonym")
        if found is None and tok.text[:1].isupper():
            # a people noun the parser reads as singular is one person (der Brite, als
            # einziger Franzose), not the people, where the pack's people nouns have singulars
            entry = gaz.people_group(tok.text)
            if entry is not None and tok.pos_ in {"NOUN", "PROPN", ""} and not (
                    pack.singular_people_nouns and tok.morph.get("Number", []) == ["Sing"]):
                found = Candidate(i, i + 1, ActorType.GROUP, entry.id, GAZETTEER, "people")
        if found is not None:
            yield found
            i = found.end
        else:
            i += 1


def dateline_candidates(doc: Doc) -> Iterator[Candidate]:
    """Yield the places of the text's dateline (``CHICAGO -``): names, kept out as boilerplate."""
    for a, b in dateline_place_spans(doc.text, pack_code(doc.lang_)):
        span = doc.char_span(a, b)
        if span is not None:
            yield Candidate(span.start, span.end, ActorType.LOCATION, priority=RULE,
                            rule="dateline")


def model_candidates(ents: Iterable[Span], gaz: Gazetteer) -> Iterator[Candidate]:
    """Map a statistical model's entities to actor candidates (typed by the gazetteer if known)."""
    for ent in ents:
        kind = _MODEL_LABELS.get(ent.label_)
        if len(ent) > 1 and ent[0].is_sent_start and ent[0].pos_ in _NEVER_LEADING:
            ent = ent[1:]  # a sentence's capitalised first word taken in: "Mit Servus TV"
        while len(ent) > 1 and (ent[-1].pos_ in CLOSED_POS or (
                ent[-1].is_punct and ent[-1].text not in _NAME_FINAL_PUNCT)):
            ent = ent[:-1]  # a name ends with neither: "Hochschule für", "Ressorts Digital/"
        if kind is None or not ent.text[:1].isupper() or ent.text.endswith("-"):
            continue  # "Healthcare- und Pharma": the first half of a shortened compound
        if len(ent) == 1 and _no_name_word(ent[0], kind):
            continue
        entry = gaz.lookup(ent.text)
        if entry is not None:
            yield Candidate(ent.start, ent.end, entry.type, entry.id, GAZETTEER, "gazetteer")
        elif len(ent) > 1 or ent[0].tag_ not in _COMMON_TAGS:  # a lone common noun is no name
            yield Candidate(ent.start, ent.end, kind, "", MODEL, "model")


def _no_name_word(tok: Token, kind: ActorType) -> bool:
    """Tell whether one word the model calls a name is none.

    A compound ending in a lower-case part is an adjective or adverb (``Tablet-typisch``,
    ``EU-weit``); a person cue or office is the word before a name, not the name
    (``Markit-Chefökonom  Chris Williamson``, where a line break parted them), and an office is
    no organisation either (``Podemos-Chef``).
    """
    text = tok.text
    if "-" in text.strip("-") and text.rsplit("-", 1)[1][:1].islower():
        return True
    if role_noun(text, tok.doc.lang_) is not None:
        return True  # an office, also of a party: "Podemos-Chef" is neither person nor party
    return kind is ActorType.PERSON and PERSON_CUE.search(tok.lower_) is not None


def _select(cands: Iterable[Candidate], n_tokens: int) -> list[Candidate]:
    """Keep non-overlapping candidates, best priority first, then longest."""
    taken = [False] * n_tokens
    chosen: list[Candidate] = []
    for cand in sorted(cands, key=lambda c: (c.priority, c.start - c.end, c.start)):
        if any(taken[cand.start : cand.end]):
            continue
        for k in range(cand.start, cand.end):
            taken[k] = True
        chosen.append(cand)
    return sorted(chosen, key=lambda c: c.start)


def _time_surname(doc: Doc, cand: Candidate, i: int, lang: str) -> bool:
    """Tell whether time word ``i`` of a person candidate is its surname (``Thomas Winter``).

    The word is one of the pack's ``time_surnames.txt`` (seasons and months that are common
    surnames) and comes right after a given name: a time phrase would have its preposition
    (``Thomas am Montag``, ``Merkel im Winter``).
    """
    names = given_names()
    return cand.type is ActorType.PERSON and i > cand.start and \
        doc[i - 1].text in names and doc[i].text[:1].isupper() and \
        doc[i].lower_ in pack_words(lang, "time_surnames.txt")


def _trim_time(doc: Doc, cand: Candidate, lang: str) -> Candidate | None:
    """Cut a trailing time phrase off a candidate (``Pretoria am Sonntag``); None if all time."""
    if is_non_actor(doc[cand.start : cand.end].text, lang):
        return None
    end = cand.end
    while end - cand.start > 1 and (
        doc[end - 1].text[:1].isalpha() and is_time_expression(doc[end - 1].text, lang)
    ) and not _time_surname(doc, cand, end - 1, lang):
        end -= 1
        while end - cand.start > 1 and doc[end - 1].is_lower and doc[end - 1].pos_ in {
            "ADP", "DET", "ADJ", "NUM", ""
        }:
            end -= 1  # the preposition and modifiers of the cut time phrase: "am (vergangenen)"
    if end == cand.end:
        return cand
    return Candidate(cand.start, end, cand.type, cand.key, cand.priority, cand.rule)


def drop_non_actors(
    doc: Doc, cands: Iterable[Candidate], kept_out: list[Candidate] | None = None,
    *, boilerplate: tuple[tuple[int, int], ...] | None = None,
) -> list[Candidate]:
    """Remove time expressions, agency tags and candidates inside news boilerplate.

    Names that are removed only because of where they stand or what they are in the news (an
    agency tag ``( Reuters )``, the place of a dateline, a photo credit's photographer) are
    appended to ``kept_out`` when given: they are named entities, just not actors of the graph.
    ``boilerplate`` is ``boilerplate_spans(doc.text, lang)`` when the caller has it already.
    """
    lang = pack_code(doc.lang_)
    spans = boilerplate_spans(doc.text, lang) if boilerplate is None else boilerplate
    out: list[Candidate] = []
    for cand in cands:
        kept = _trim_time(doc, cand, lang)
        if kept is None:
            if kept_out is not None and is_agency_tag(doc[cand.start : cand.end].text, lang):
                kept_out.append(cand)
            continue
        span = doc[kept.start : kept.end]
        if not inside(spans, span.start_char, span.end_char):
            out.append(kept)
        elif kept_out is not None:
            kept_out.append(kept)
    return out


def _propagate(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """Tag later bare surnames of recognised persons and uses of acronyms defined in the text.

    A one-word person the model found once (a surname the text never gives a first name:
    ``den Fleiß Schickhofers`` … ``Damals war Schickhofer 33``) is that person where the word
    stands alone again, unless the pack's dictionary knows the word or an article makes it a
    noun.

    An acronym whose long form names a thing, not an organisation (``Bruttoinlandsprodukt
    (BIP)``), is no actor: neither the definition nor the model's guesses at the acronym count.
    """
    names: dict[str, Candidate] = {}
    firsts: dict[str, dict[str, Candidate]] = {}  # given name → the full names it begins
    for cand in chosen:
        # a full name, or one word an office or title names (Sultan Qabus … Qabus kehrte zurück)
        if cand.type is ActorType.PERSON and (
                cand.end - cand.start >= 2 or cand.rule == ROLE_CUE):
            surname = doc[cand.end - 1].text
            names.setdefault(surname, cand)
            if surname.endswith("s"):
                names.setdefault(surname[:-1], cand)
            first = doc[cand.start].text
            if cand.end - cand.start >= 2 and first in given_names():
                firsts.setdefault(first, {}).setdefault(doc[cand.start : cand.end].text, cand)
    known = language_pack(pack_code(doc.lang_)).known_word
    loners: dict[str, Candidate] = {}  # a one-word model Person: spread only to proper names
    for cand in chosen:
        word = doc[cand.start].text
        if cand.type is ActorType.PERSON and cand.rule == "model" and cand.end - cand.start == 1 \
                and word not in names and not (known is not None and known(word)):
            loners.setdefault(word, cand)
            if word.endswith("s") and known is not None and not known(word[:-1]):
                loners.setdefault(word[:-1], cand)
    for first, fulls in firsts.items():
        # the given name of one full name of the text, alone, is that person (Sebastian Vettel
        # … "ich sehe in Sebastian"); of two (Michael Schumacher, Michael Ballack), neither
        if len(fulls) == 1 and first not in names:
            names[first] = next(iter(fulls.values()))
    for start, end, acr in acronym_definitions(doc):
        long_form = next((c for c in chosen if c.start == start and c.end == end), None)
        if long_form is None and not long_form_names_organisation(doc, start, end):
            # Bruttoinlandsprodukt (BIP): a thing's name, no actor's, nor the model's guesses
            chosen = [c for c in chosen if not (
                c.priority == MODEL and doc[c.start : c.end].text == doc[acr].text)]
            continue
        kind = long_form.type if long_form else ActorType.ORGANIZATION
        key = long_form.key if long_form else ""
        chosen.append(Candidate(start, end, kind, key, COMPOSITE, "acronym-long-form"))
        acronym = doc[acr].text
        for tok in doc:
            if tok.text == acronym:
                chosen.append(Candidate(tok.i, tok.i + 1, kind, key, COMPOSITE, "acronym"))
    if loners:
        covered = {i for c in chosen for i in range(c.start, c.end)}
        for tok in doc:
            src = loners.get(tok.text)
            if src is not None and tok.i not in covered and not after_article(doc, tok.i):
                chosen.append(Candidate(tok.i, tok.i + 1, src.type, src.key, MODEL, "surname"))
    if names:
        # a one-word place (lexicon town or model guess) named like a person of the text is that
        # person (Norbert Röttgen … Röttgen forderte): the lexicon knows every small town, the
        # text knows its people
        pack = language_pack(pack_code(doc.lang_))
        where = pack.inside_preps | pack.origin_preps
        # … and so is the model's one-word guess of another type (an Organization "Qabus")
        towns = {c.start: c for c in chosen
                 if c.end - c.start == 1 and (
                     (c.rule == "model" and c.type is not ActorType.LOCATION)
                     or (c.type is ActorType.LOCATION and c.rule in ("place", "model")
                         and not (c.start > 0 and doc[c.start - 1].lower_ in where
                                  and doc[c.start].text in place_names())))}
        covered = {i for c in chosen for i in range(c.start, c.end) if c.start not in towns}
        for tok in doc:
            if tok.i in covered or not tok.text[:1].isupper():
                continue
            base = tok.text[:-1] if tok.text.endswith("s") else tok.text
            src = names.get(tok.text) or names.get(base)
            if src is not None:
                town = towns.get(tok.i)
                if town is not None:
                    chosen.remove(town)
                chosen.append(Candidate(tok.i, tok.i + 1, src.type, src.key, RULE, "surname"))
    # a model's one-word guess of another type, named like a place the lexicons found in the
    # text and like none of its people, is that place (the model's Person "Lesbos" beside
    # the place lexicon's "auf Lesbos")
    places = {doc[c.start].text: c for c in chosen if c.end - c.start == 1
              and c.type in PLACE_TYPES and c.rule in ("place", "place-cue", "gazetteer")}
    if places:
        chosen = [replace(c, type=places[doc[c.start].text].type,
                          key=places[doc[c.start].text].key, rule=SAME_PLACE)
                  if c.rule == "model" and c.end - c.start == 1 and c.type not in PLACE_TYPES
                  and doc[c.start].text in places and doc[c.start].text not in names else c
                  for c in chosen]
    return _select(chosen, len(doc))


SAME_PLACE = "same-place"  # the rule of a model guess retyped as a place the text names


class ActorRecognizer:
    """spaCy component writing actor spans to ``doc.ents`` (see the module docstring)."""

    def __init__(self, name: str = COMPONENT) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        """Recognise the actors of ``doc``."""
        gaz = gazetteer()
        previous = list(doc.ents)
        cands: list[Candidate] = []
        cands += gazetteer_candidates(doc, gaz)
        cands += given_name_rule(doc, gaz)
        cands += legal_form_rule(doc, gaz)
        cands += street_rule(doc)
        cands += landmark_rule(doc, gaz)
        cands += saint_rule(doc)
        cands += place_cue_rule(doc, gaz)
        cands += apposed_place_rule(doc, gaz)
        cands += place_rule(doc, gaz, [e for e in previous if e.label_ in _MODEL_LABELS])
        cands += place_suffix_rule(doc, gaz, [e for e in previous if e.label_ in _MODEL_LABELS])
        cands += region_rule(doc, gaz)
        cands += acronym_seat_rule(doc, gaz)
        cands += acronym_rule(doc, gaz, previous)
        cands += joined_places_rule(doc, gaz)
        cands += nation_code_rule(doc, gaz)
        cands += person_rule(doc, gaz)
        cands += org_rules(doc, gaz)
        cands += press_rule(doc, gaz)
        cands += institution_rule(doc, gaz)
        cands += kin_rule(doc)
        cands += introduced_person_rule(doc, gaz)
        cands += force_event_group_rules(doc, gaz)
        cands += model_candidates(previous, gaz)
        cands += speaker_candidates(doc)
        cands += marked_speakers(doc, gaz)
        kept_out: list[Candidate] = []
        # the boilerplate of the text, found once for both passes (doc.text joins every token)
        boilerplate = boilerplate_spans(doc.text, pack_code(doc.lang_))
        cands += dateline_candidates(doc)
        cands = drop_non_actors(doc, cands, kept_out, boilerplate=boilerplate)
        chosen = _propagate(doc, retype_model_entities(doc, _select(cands, len(doc))))
        chosen = party_colour_rule(doc, chosen, gaz)  # needs the parties the text names
        chosen = branch_rule(doc, chosen, gaz)
        chosen = party_unit_rule(doc, chosen, gaz)
        chosen = patronymic_rule(doc, chosen)
        chosen = drop_non_actors(doc, chosen, boilerplate=boilerplate)
        spans = [
            Span(doc, c.start, c.end, label=c.type.value, kb_id=c.key, span_id=c.rule)
            for c in chosen
        ]
        taken = {i for s in spans for i in range(s.start, s.end)}
        doc.spans[BOILERPLATE_NAMES] = [
            Span(doc, c.start, c.end, label=c.type.value, kb_id=c.key, span_id=c.rule)
            for c in _select(kept_out, len(doc))
            if not taken.intersection(range(c.start, c.end))
        ]
        doc.spans["kg_other"] = [
            e
            for e in previous
            if e.label_ not in _MODEL_LABELS and not taken.intersection(range(e.start, e.end))
        ]
        doc.set_ents(spans, default="outside")
        return doc


@Language.factory(COMPONENT)
def make_actor_recognizer(nlp: Language, name: str) -> ActorRecognizer:
    """Create the ``kg_actors`` component."""
    return ActorRecognizer(name)


def ner_model_path(lang: str = "de") -> Path:
    """Return where kg's own NER pipeline for ``lang`` lives (its pack's ``ner_model``)."""
    name = language_pack(lang).ner_model
    if name is None:
        raise ModelError(f"kg ships no NER model for {lang!r}")
    return models_dir() / name


def _source_own_ner(nlp: Language, path: Path) -> None:
    """Add kg's trained ``ner`` when it ships, with the components it reads from.

    The German NER reads STTS tags (``token.tag_``) from the component before it in its own
    pipeline (``kg_stts``; ``kg_hanta`` in older models). ``nlp`` gets that component first
    unless it has it already (kg's German pipeline does).
    """
    if not (path / "config.cfg").is_file():
        return
    import spacy

    from ..nlp import hanta  # noqa: F401  (registers the kg_hanta factory older models name)

    try:
        source = spacy.load(path)
    except Exception as err:  # spaCy raises OSError, ValueError, config and registry errors
        raise ModelError(f"kg's German NER model at {path} cannot be loaded: {err}") from err
    feeders = [name for name in source.pipe_names if name != "ner"]
    for name in reversed(feeders):
        if name not in nlp.pipe_names:
            nlp.add_pipe(name, source=source, first=True)
    nlp.add_pipe("ner", source=source)


def add_actor_recognizer(
    nlp: Language, lang: str, *, statistical: bool = True, ner_path: Path | None = None
) -> None:
    """Add actor recognition to ``nlp`` (after the parser); idempotent.

    Parameters
    ----------
    nlp
        A German or English pipeline, ideally with a parser (rules read POS tags).
    lang
        ``"de"`` or ``"en"``.
    statistical
        For German pipelines without an ``ner``, source kg's trained NER when it is installed.
    ner_path
        A trained German NER pipeline to source instead of kg's shipped one.

    Raises
    ------
    LanguageError
        ``lang`` is not supported.
    ModelError
        The NER pipeline exists but cannot be loaded.

    """
    if lang not in pack_codes():
        raise LanguageError(f"actor recognition supports {', '.join(pack_codes())}, not {lang!r}")
    if COMPONENT in nlp.pipe_names:
        return
    own_ner = language_pack(lang).ner_model
    if statistical and (own_ner or ner_path) and "ner" not in nlp.pipe_names:
        _source_own_ner(nlp, ner_path or ner_model_path(lang))
    nlp.add_pipe("kg_actors", name=COMPONENT, last=True)
