"""Frozen dataclasses passed between kg's stages.

The flow is ``Document → (spaCy Doc) → Mention / RawTriple → Entity / Triple → RDF``; every
stage is a typed function over these values, and streams of them are generators.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class ActorType(StrEnum):
    """Kinds of actor (and non-actor argument) a mention can denote; names are ontology classes."""

    PERSON = "Person"
    ORGANIZATION = "Organization"
    COUNTRY = "Country"  # also other geopolitical entities
    LOCATION = "Location"
    ARMED_FORCE = "ArmedForce"
    EVENT = "Event"  # also operations, missions, talks
    GROUP = "Group"  # collectives: protesters, the Russians, the West
    CONCEPT = "Concept"  # any other noun phrase an extractor kept as an argument


class Modality(StrEnum):
    """How the text commits to a statement."""

    ASSERTED = "asserted"
    HYPOTHETICAL = "hypothetical"  # conditionals, Konjunktiv II
    INTENDED = "intended"  # will, wants, purpose clauses, Bestreben
    REPORTED = "reported"  # sagte, dass …; quotes
    PRETEXT = "pretext"  # als Vorwand für …: named but not claimed to happen
    POSSIBLE = "possible"  # kann, könnte, vielleicht


@dataclass(frozen=True, slots=True)
class Document:
    """One input text with a stable id (a JSONL record's ``id``, else the file's path)."""

    id: str
    text: str
    lang: str | None = None  # "de", "en", or None to detect
    source: str | None = None  # where it was read from, for messages
    date: str | None = None  # publication date, ISO 8601 ("2015-03-02")
    title: str | None = None
    url: str | None = None
    outlet: str | None = None  # publisher or feed name (the JSONL field "source")


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of a document that names an actor or an argument; offsets are characters."""

    doc_id: str
    start: int
    end: int
    text: str
    type: ActorType
    lemma: str = ""  # base form for canonical keys ("Putins" → "Putin"); "" = same as text
    key: str | None = None  # identity known from a gazetteer or a rule (e.g. "Q159"), if any
    source: str = "ner"  # what recognised it: "ner", "gazetteer", "rule", "np", "pronoun"


@dataclass(frozen=True, slots=True)
class Entity:
    """A canonical actor: one node of the graph."""

    id: str  # stable key, the local name of its IRI (Wikidata QID or a slug of the canonical name)
    label: str
    type: ActorType
    aliases: tuple[str, ...] = ()
    wikidata: str | None = None  # QID, e.g. "Q159"
    related: tuple[tuple[str, str], ...] = ()  # (relation, entity id), e.g. ("metonymOf", "Q159")


@dataclass(frozen=True, slots=True)
class Predicate:
    """A relation: an ontology property where one maps, else a lemma-based one."""

    id: str  # ontology local name ("intervenesIn") or "lemma:<lang>:<lemma>"
    label: str
    lemma: str


@dataclass(frozen=True, slots=True)
class Provenance:
    """Where and how a statement was found."""

    doc_id: str
    sentence: str
    start: int  # sentence offsets in the document
    end: int
    extractor: str  # registry name, e.g. "kg.dependency_extractor.v1"
    version: str
    confidence: float
    rule: str = ""  # which rule fired, e.g. "svo", "passive", "apposition"
    trigger: tuple[int, int] | None = None  # character span of the predicate's trigger word(s)


@dataclass(frozen=True, slots=True)
class RawTriple:
    """An extracted statement whose arguments are still mentions."""

    subject: Mention
    predicate: Predicate
    object: Mention
    provenance: Provenance
    negated: bool = False
    modality: Modality = Modality.ASSERTED
    time: str | None = None  # "2014", "2010", "in den 1990er-Jahren"
    place: Mention | None = None


@dataclass(frozen=True, slots=True)
class Triple:
    """A resolved statement between canonical entities, with the mentions it came from."""

    subject: Entity
    predicate: Predicate
    object: Entity
    subject_mention: Mention
    object_mention: Mention
    provenance: Provenance
    negated: bool = False
    modality: Modality = Modality.ASSERTED
    time: str | None = None
    place: Entity | None = None


@dataclass(frozen=True, slots=True)
class Merge:
    """Why a mention was attached to an entity: the evidence behind one node."""

    entity_id: str
    mention: Mention
    rule: str  # "gazetteer", "inflection", "partial-name", "acronym", "pronoun", "alias-file", …
    score: float
    evidence: str = ""  # human-readable: the strings or antecedent that decided it


@dataclass(frozen=True, slots=True)
class Resolution:
    """What resolving one batch of documents produced."""

    triples: tuple[Triple, ...]
    entities: tuple[Entity, ...]
    mentions: tuple[tuple[Mention, str], ...]  # (mention, entity id)
    merges: tuple[Merge, ...] = field(default_factory=tuple)
