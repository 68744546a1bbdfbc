"""A candidate statement between argument head tokens, before mentions and qualifiers."""

from __future__ import annotations

from dataclasses import dataclass

from kg.types import Mention, Predicate


@dataclass(frozen=True, slots=True)
class Candidate:
    """One relation found by a rule, over token indices of a normalised parse.

    ``anchor`` is the token whose clause gives negation and modality (the verb, or the event
    noun); ``trigger`` is the token range of the predicate words; the rule's prior and the
    confidence adjustments are in :mod:`kg.extract.tuning`.
    """

    rule: str
    subject: int
    object: int
    predicate: Predicate
    anchor: int
    trigger: tuple[int, ...]
    inverse: bool = False
    inherited: bool = False  # the subject came from another clause
    symmetric: bool = False
    intended: bool = False  # a purpose phrase: "Truppen zur Besetzung der Krim"
    # a title or bracket describes its holder whatever the clause says: no negation or modality
    descriptive: bool = False
    # the object is what the subject says (a quoted clause or topic), never an actor: kept for
    # an actor speaker, its own reporting clause's modality and the clause's phrases are not read
    said: bool = False
    subject_mention: Mention | None = None  # set when the argument is part of a token
    object_mention: Mention | None = None  # ("ÖVP" in "ÖVP-Chef")
