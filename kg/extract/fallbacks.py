"""What the fallback statements share: who still needs one, where it is said, how it is qualified.

A fallback statement (:mod:`kg.extract.scenes`, :mod:`kg.extract.involved`) stands for an actor
no other statement of its document has. The actors other statements have are :func:`covered`
(a statement with a pronoun end does not count: it is gone if the pronoun stays unresolved); a
sentence without a verb (a heading, a caption) states nothing (:func:`states`); the statement's
provenance is its trigger's sentence (:class:`Sentences`), and a verb trigger lends it the
clause's negation, modality and time (:func:`qualifiers`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from spacy.tokens import Span

from kg.extract.qualifiers import modality, negated, time_of
from kg.extract.quoted import actor_key, pronoun_end
from kg.extract.tuning import confidence
from kg.lang import LanguagePack
from kg.nlp.schemes import Graph, Role
from kg.types import Modality, Provenance, RawTriple

VERBS = ("VERB", "AUX")


@dataclass(frozen=True, slots=True)
class Sentences:
    """Each token's sentence number, each sentence's text and offsets, the extractor's name."""

    of_token: Sequence[int]
    spans: Sequence[tuple[str, int, int]]
    extractor: tuple[str, str]  # name and version the provenance records

    def provenance(self, doc_id: str, g: Graph, trigger: int, rule: str) -> Provenance:
        """Return the provenance of a ``rule`` statement triggered by token ``trigger``."""
        tok = g.tok(trigger)
        text, start, end = self.spans[self.of_token[trigger]]
        return Provenance(doc_id=doc_id, sentence=text, start=start, end=end,
                          extractor=self.extractor[0], version=self.extractor[1],
                          confidence=confidence(rule, ("typed",)), rule=rule,
                          trigger=(tok.idx, tok.idx + len(tok.text)))


def covered(triples: Iterable[RawTriple]) -> set[str]:
    """Return the actor keys the statements name as subject, object or place (no pronoun ones)."""
    return {actor_key(m) for t in triples if not pronoun_end(t)
            for m in (t.subject, t.object, t.place) if m}


def states(span: Span) -> bool:
    """Return whether the sentence of ``span`` has a verb (a heading or caption states nothing)."""
    return any(t.pos_ in VERBS for t in span.sent)


def qualifiers(g: Graph, head: int, pack: LanguagePack,
               args: list[int]) -> tuple[bool, Modality, str | None]:
    """Return negation, modality and time of the clause of ``head`` (none for a noun).

    A verb heads a clause, and so does a copula's predicate (``X ist nicht die Nachfolgerin``).
    """
    if g.tok(head).pos_ not in VERBS and not g.children(head, Role.COP):
        return False, Modality.ASSERTED, None
    return negated(g, head, pack, args), modality(g, head, pack), time_of(g, head, args)
