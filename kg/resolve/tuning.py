"""The numbers of resolution in one table: coreference weights and merge scores.

Every number resolution decides with lives here, with what it does and how it was set, so a
recalibration edits one file. None of them is fitted to a gold set yet: all were set by hand
when the rule they belong to was written, then checked against the cases in
``tests/resolve/test_coref.py`` and ``tests/resolve/test_canonical.py`` (which pin the choices
they lead to, not the numbers). The *ordering* of the merge scores is the intended meaning:
evidence a user gave beats a gazetteer entry, which beats a guess from context. Scores and link
confidences are written to RDF as the merge's ``kg:score`` and shown by ``kg explain`` (see the
README's "Confidence" section).
"""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType


@dataclass(frozen=True, slots=True)
class PronounWeights:
    """How a pronoun's candidate antecedents are scored (highest score wins)."""

    # antecedent in the pronoun's own sentence; outweighs being a subject (set by hand: the
    # nearest sentence is the usual place of an antecedent in news prose)
    same_sentence: float = 2.0
    # antecedent is a grammatical subject (the subject-preference heuristic of Hobbs-style
    # resolvers); less than same_sentence so a subject two sentences back does not win
    subject: float = 1.5
    # gender/number of the candidate is known and agrees (unknown agreement is not penalised,
    # only not rewarded)
    agreement: float = 1.0
    # distance penalty per character between candidate end and pronoun start …
    per_char: float = 0.01
    # … capped here (400 characters ≈ two news sentences), so the penalty is at most 4.0
    distance_cap: int = 400


@dataclass(frozen=True, slots=True)
class DescriptionWeights:
    """How a definite description's (``der Konzern``) candidate antecedents are scored."""

    # antecedent in the description's own sentence (smaller than for pronouns: descriptions
    # usually point back across a sentence)
    same_sentence: float = 1.0
    # per earlier mention of the candidate entity: the text's main actor is the likely referent
    per_mention: float = 0.2
    # mentions counted at most (so 10 mentions give at most +2.0)
    mention_cap: int = 10
    # distance penalty per character (weaker than for pronouns) …
    per_char: float = 0.004
    # … capped at 600 characters (≈ three sentences): penalty at most 2.4
    distance_cap: int = 600


@dataclass(frozen=True, slots=True)
class LinkConfidence:
    """How a coreference decision becomes a link and its confidence."""

    # the winner's score must beat the runner-up's by this much, else the mention stays
    # unresolved (half a same-sentence bonus: set by hand to refuse near ties)
    margin: float = 0.5
    # confidence = clamp(base + per_score × score, floor, ceiling)
    base: float = 0.6
    per_score: float = 0.1
    floor: float = 0.5  # a link is never more doubtful than a coin flip, or it is not made
    ceiling: float = 0.95  # a heuristic link is never as sure as a name match (1.0)
    # a role description (der Finanzminister) linked to the one person introduced in that role
    role_description: float = 0.75

    def confidence(self, score: float) -> float:
        """Return a link's confidence for its winning score (rounded to two places)."""
        return round(max(self.floor, min(self.ceiling, self.base + self.per_score * score)), 2)


PRONOUN_WEIGHTS = PronounWeights()
DESCRIPTION_WEIGHTS = DescriptionWeights()
LINKS = LinkConfidence()

#: The score of each merge rule of :mod:`kg.resolve.canonical` (written as the merge's
#: confidence). Set by hand in the order of how sure the evidence is:
MERGE_SCORES: MappingProxyType[str, float] = MappingProxyType({
    "alias-file": 1.0,  # the user's alias file said so
    "exact": 1.0,  # the same written name (no merge happened)
    "gazetteer": 0.95,  # the exact name is in the actor gazetteer
    "inflection": 0.9,  # the name up to an inflection ending or article (Merkels → Merkel)
    "recognizer-key": 0.9,  # recognition bound the mention to an id (acronym in brackets)
    "acronym": 0.9,  # an acronym defined in the same document: Organisation X (OX)
    "context": 0.85,  # an ambiguous gazetteer name decided by the article's countries
    "party-colour": 0.85,  # a colour noun, the one party of its colour its document names
    "partial-name": 0.85,  # a surname alone, named in full once in the same document
    "spelling-variant": 0.85,  # names equal up to case, accents and hyphens (corpus)
    "context-undecided": 0.8,  # an ambiguous name the context could not decide: kept apart
    "institution": 0.8,  # an institution noun placed in a country or document (das Parlament)
    "kin": 0.8,  # a kinship noun of someone (sein Bruder): a person of its document
    "introduced": 0.8,  # a person introduced by a noun (ein Passant): a person of its document
    "acronym-corpus": 0.8,  # an acronym defined one way in another document
    "partial-name-corpus": 0.75,  # a surname alone, named in full only in another document
})


def merge_score(rule: str) -> float:
    """Return the score of a merge rule (see :data:`MERGE_SCORES`)."""
    return MERGE_SCORES[rule]
