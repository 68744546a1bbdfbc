"""Correct the type of the statistical model's one-word entities from syntax and the lexicons.

kg's small NER often confuses persons and places for unknown one-word names (``hofft Jones``,
``Pinnick, Tabor und Gaskill``). A one-word model Location that no place lexicon knows is retyped
as a Person when it is the subject of a verb or coordinated with a recognised person.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..types import ActorType
from .lexicons import place_names
from .rules import MODEL, Candidate

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_SUBJECT_DEPS = {"nsubj", "nsubj:pass", "sb"}


def _coordinated(tok: Token) -> list[Token]:
    """Return the tokens coordinated with ``tok`` (its conjunct head and conjunct children)."""
    out = [c for c in tok.children if c.dep_ == "conj"]
    if tok.dep_ == "conj":
        out.append(tok.head)
        out += [c for c in tok.head.children if c.dep_ == "conj" and c.i != tok.i]
    return out


def retype_model_entities(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """Return ``chosen`` with unknown one-word model Locations retyped as Persons where
    syntax says so (verb subject, or coordinated with a Person)."""
    persons = {
        i for c in chosen if c.type is ActorType.PERSON for i in range(c.start, c.end)
    }
    places = place_names()
    out: list[Candidate] = []
    for cand in chosen:
        if (
            cand.priority == MODEL
            and cand.type is ActorType.LOCATION
            and cand.end - cand.start == 1
            and doc[cand.start].text not in places
        ):
            tok = doc[cand.start]
            if not (tok.tag_ == "NE" or tok.pos_ == "PROPN") or "-" in tok.text:
                out.append(cand)
                continue
            subject = tok.dep_ in _SUBJECT_DEPS and tok.head.pos_ in {"VERB", "AUX"}
            with_person = any(t.i in persons for t in _coordinated(tok))
            if subject or with_person:
                cand = replace(cand, type=ActorType.PERSON, rule="model-retyped")
        out.append(cand)
    return out
