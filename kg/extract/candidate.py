"""A candidate statement between argument head tokens, before mentions and qualifiers."""

from __future__ import annotations

from dataclasses import dataclass

from kg.types import Predicate


@dataclass(frozen=True, slots=True)
class Candidate:
    """One relation found by a rule, over token indices of a normalised parse.

    ``anchor`` is the token whose clause gives negation and modality (the verb, or the event
    noun); ``trigger`` is the token range of the predicate words; ``base`` is the reliability of
    the rule (see :mod:`kg.extract.dependency` for how confidence is computed).
    """

    rule: str
    subject: int
    object: int
    predicate: Predicate
    anchor: int
    trigger: tuple[int, ...]
    base: float
    inverse: bool = False
    inherited: bool = False  # the subject came from another clause
    symmetric: bool = False
    intended: bool = False  # a purpose phrase: "Truppen zur Besetzung der Krim"
