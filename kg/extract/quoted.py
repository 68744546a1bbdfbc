"""The actors a quote names: ``speaker speaksAbout actor`` (rule ``quoted``).

``Die Gefahr nehme zu, dass ähnliche Verbrechen auch in Libyen verübt würden, sagte Lawrow``;
``Lavrov said the danger was growing that similar crimes would be committed in Libya``: the
quote names Libya, and no statement inside the quote relates it. Lawrow speaks about Libya —
in CAMEO's terms the statement (010) has Libya as its target. The triple is a fact (that he
said it), whatever the quote's own modality.

An actor that a statement of the quote already relates (``Russland sei bereit, der FSA zu
helfen, sagte Lawrow`` → ``Russia supports FSA``, reported by Lawrow) is left to that
statement; so are pronouns (whom ``er`` names is the resolver's business) and the speaker
itself. Each actor is spoken about once per speaker and quote.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence

from spacy.tokens import Doc

from kg.extract.arguments import RECOGNISED
from kg.extract.relations import load_table
from kg.extract.tuning import confidence
from kg.types import ACTOR_TYPES, Mention, Predicate, Provenance, RawTriple

RULE = "quoted"
RELATION = "speaksAbout"


def actor_key(m: Mention) -> str:
    """Return what identifies ``m``'s actor within a document: its known key, else its base form."""
    return m.key or (m.lemma or m.text).casefold()


def pronoun_end(t: RawTriple) -> bool:
    """Return whether a side of ``t`` is a pronoun: the statement is gone if it stays unresolved."""
    return t.subject.source == "pronoun" or t.object.source == "pronoun"


def _named(doc: Doc, m: Mention, demonym: Callable[[str], bool]) -> bool:
    """Return whether ``m`` names its actor: a known key, a proper noun or a nationality.

    ``Libyen``, ``die syrische Armee`` name theirs; ``die Rebellen`` does not.
    """
    if m.key:
        return True
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return span is not None and any(t.pos_ == "PROPN" or (t.pos_ == "ADJ" and demonym(t.text))
                                    for t in span)


def quoted_actors(doc: Doc, triples: Sequence[RawTriple], mentions: Iterable[Mention],
                  demonym: Callable[[str], bool]) -> Iterator[RawTriple]:
    """Yield ``speaker speaksAbout actor`` for each actor a quote of ``triples`` names alone.

    A quote is a ``says`` triple whose object is the quoted clause (a mention of source
    ``quote``); the actors are the recognised ``mentions`` of ``doc`` inside that clause that
    name their actor (:func:`_named`; ``demonym`` tells the language's nationality adjectives)
    and that no other triple has as subject or object.
    """
    relation = load_table().relations.get(RELATION)
    if relation is None:
        return
    actors = sorted((m for m in mentions if m.source in RECOGNISED and m.type in ACTOR_TYPES
                     and _named(doc, m, demonym)), key=lambda m: (m.start, m.end))
    if not actors:
        return
    ends = {(m.start, m.end) for t in triples for m in (t.subject, t.object)}
    for t in triples:
        quote = t.object
        if t.predicate.id != "says" or quote.source != "quote":
            continue
        speaker = t.subject
        seen = {actor_key(speaker)}
        for m in actors:
            if m.start < quote.start or m.end > quote.end or (m.start, m.end) in ends:
                continue
            if actor_key(m) in seen or (m.start < speaker.end and speaker.start < m.end):
                continue
            seen.add(actor_key(m))
            pred = relation.predicate(t.predicate.lemma)
            prov = Provenance(
                doc_id=t.provenance.doc_id, sentence=t.provenance.sentence,
                start=t.provenance.start, end=t.provenance.end,
                extractor=t.provenance.extractor, version=t.provenance.version,
                confidence=confidence(RULE, ("typed",)), rule=RULE,
                trigger=t.provenance.trigger)
            yield RawTriple(speaker, Predicate(pred.id, pred.label, pred.lemma), m, prov,
                            time=t.time)
