"""Frozen dataclasses passed between kg's stages.

The flow is ``Document → (spaCy Doc) → Mention / RawTriple → Entity / Triple → RDF``; every
stage is a typed function over these values, and streams of them are generators.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum


def normalise_text(text: str) -> str:
    """Return ``text`` in Unicode NFC with runs of whitespace collapsed to one space, stripped."""
    return " ".join(unicodedata.normalize("NFC", text).split())


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


#: The actor types that are places (a country or another location).
PLACE_TYPES = frozenset({ActorType.COUNTRY, ActorType.LOCATION})
#: The types an actor can have (not an event, a concept or another thing).
ACTOR_TYPES = frozenset({ActorType.PERSON, ActorType.ORGANIZATION, ActorType.COUNTRY,
                         ActorType.LOCATION, ActorType.ARMED_FORCE, ActorType.GROUP})
#: The actor types that act: every actor type but a location (a place is where others act).
AGENT_TYPES = ACTOR_TYPES - {ActorType.LOCATION}


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
    """One input text with a stable id.

    The id is a JSONL record's ``id`` as given; for a file, its path relative to the folder named
    on the command line, or its resolved (absolute) path when the file itself was named.
    """

    id: str
    text: str
    lang: str | None = None  # "de", "en", or None to detect
    source: str | None = None  # where it was read from, for messages
    date: str | None = None  # publication date, ISO 8601 ("2015-03-02")
    title: str | None = None
    url: str | None = None
    outlet: str | None = None  # publisher or feed name (the JSONL field "source")


@dataclass(frozen=True, slots=True)
class Notice:
    """Something a run reports about one document without stopping: a warning, or a skip."""

    doc_id: str
    message: str
    skipped: bool = False  # True: the document was left out of the run
    error: Exception | None = field(default=None, compare=False)  # why it was skipped


Notify = Callable[[Notice], None]
"""Where a stage reports :class:`Notice` s as they happen."""


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
    # what recognised it: "ner", "gazetteer", "rule", "np", "pronoun", "quote" (a said clause)
    source: str = "ner"


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

    def __post_init__(self) -> None:
        """Normalise label, lemma and a lemma id (NFC, whitespace collapsed; ``_`` in ids)."""
        label, lemma = normalise_text(self.label), normalise_text(self.lemma)
        pid = self.id
        if pid.startswith("lemma:"):
            lang, _, key = pid[len("lemma:"):].partition(":")
            pid = f"lemma:{lang}:{'_'.join(normalise_text(key).split())}"
        object.__setattr__(self, "label", label)
        object.__setattr__(self, "lemma", lemma)
        object.__setattr__(self, "id", pid)


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
    attributed_to: Mention | None = None  # the speaker of a reported statement


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
    attributed_to: Entity | None = None  # the speaker of a reported statement

    def __str__(self) -> str:
        """Return the statement in one line: ``Russia –intervenes in→ Kazakhstan [negated]``."""
        marks = (["negated"] if self.negated else []) + (
            [self.modality.value] if self.modality is not Modality.ASSERTED else [])
        qualifiers = f"  [{', '.join(marks)}]" if marks else ""
        return (f"{self.subject.label} –{self.predicate.label or self.predicate.id}→ "
                f"{self.object.label}{qualifiers}")


class Triples(tuple[Triple, ...]):
    """Triples that print one a line (``print(kg.extract_text(…))``); otherwise a tuple."""

    __slots__ = ()

    def __str__(self) -> str:
        """Return one line per triple."""
        return "\n".join(str(t) for t in self) if self else "(no triples)"


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
