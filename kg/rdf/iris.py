"""Stable IRIs for documents, entities, predicates, statements and merges."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Mapping
from urllib.parse import unquote

from rdflib import URIRef

from ..errors import GraphError, available
from ..types import Entity, Merge, Triple, normalise_text
from .vocab import DOC, ENTITY, KG, LEMMA, RELATION_IDS, STATEMENT

LEMMA_PREFIX = "lemma:"
_TAIL = re.compile(r"^.*[#/]", re.DOTALL)  # all up to an IRI's last segment
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")

#: Unicode categories kept as they are in an IRI segment: letters, combining marks, decimal digits
#: and letter numbers. They are IRI ``ucschar``s (RFC 3987) and name characters for rdflib's
#: prefix splitting, so Turtle/TriG writers can use kg's prefixes for them.
_KEPT_CATEGORIES = frozenset({"Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Mc", "Me", "Nd", "Nl"})
_KEPT_ASCII = frozenset("-._")
#: A segment must start with one of these, else rdflib splits the IRI inside it and invents a
#: prefix ending in ``%`` that no other RDF tool reads (``ns1: <…/lemma/de/%>``).
_START_CATEGORIES = frozenset({"Lu", "Ll", "Lt", "Lo", "Nl", "Nd"})


def iri_segment(name: str) -> str:
    """Return ``name`` as one IRI path segment that every RDF tool reads.

    Letters and digits of any script stay as they are (``übernehmen``, ``Путин``), whitespace
    becomes ``_``, every other character is percent-encoded as complete ``%XX`` UTF-8 triplets;
    a segment that would not start with a letter or digit gets a leading ``_``.
    """
    text = "_".join(normalise_text(name).split(" "))
    out = []
    for char in text:
        if (char.isascii() and (char.isalnum() or char in _KEPT_ASCII)) or (
            not char.isascii() and unicodedata.category(char) in _KEPT_CATEGORIES
        ):
            out.append(char)
        else:
            out.extend(f"%{byte:02X}" for byte in char.encode("utf-8"))
    segment = "".join(out)
    if not segment or not (segment[0] == "_" or unicodedata.category(segment[0]) in
                           _START_CATEGORIES):
        segment = "_" + segment
    return segment


def _digest(*parts: object) -> str:
    return hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:32]


def local_name(iri: object) -> str:
    """Return an IRI's last segment (after its last ``#`` or ``/``), percent-decoded.

    A trailing ``/`` is not a segment (``…/entity/x/`` → ``x``); an IRI without one is
    returned whole. kg's one reading of a name from an IRI: labels fall back to it.
    """
    text = str(iri)
    tail = _TAIL.sub("", text.rstrip("/"))
    return unquote(tail) if tail else text


def relation_label(iri: object, labels: Mapping[str, str] | None = None) -> str:
    """Return a readable label for a relation IRI.

    The ``rdfs:label`` from ``labels`` wins; otherwise the IRI's last segment with camelCase
    and underscores split into lower-case words (``intervenesIn`` → ``intervenes in``,
    ``lemma/de/leiten_zu`` → ``leiten zu``).
    """
    text = str(iri)
    if labels and text in labels:
        return labels[text]
    return _CAMEL.sub(" ", local_name(text)).replace("_", " ").lower()


def content_hash(text: str, settings_key: str = "") -> str:
    """Return the sha256 hex digest of a document's text and of the settings that built its graph.

    ``settings_key`` (see :func:`kg.pipeline.settings_key`) names everything besides the text that
    changes the graph — language, model, extractor and merge options, aliases, kg's version — so a
    store replaces a document's graph when any of them changed. Without it, the text alone.
    """
    data = text if not settings_key else f"{text}\x1f{settings_key}"
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def document_iri(doc_id: str) -> URIRef:
    """Return the IRI of a document (also the name of its graph): a hash of its id."""
    return DOC[hashlib.sha1(doc_id.encode("utf-8")).hexdigest()]


def entity_iri(entity: Entity | str) -> URIRef:
    """Return an entity's IRI, minted from its id (IRIs are made here, not during resolution)."""
    if isinstance(entity, Entity):
        entity = entity.id
    return ENTITY[iri_segment(entity)]


def entity_id_of(iri: object) -> str | None:
    """Return an entity id that :func:`entity_iri` mints ``iri`` from, or None if there is none.

    The segment is percent-decoded (and a leading ``_`` that :func:`iri_segment` added is
    tried off); the id returned mints exactly ``iri``. Ids that mint one IRI read back as one:
    a space comes back as ``_``, and ``(x)`` as ``_(x)``.
    """
    text = str(iri)
    if not text.startswith(str(ENTITY)):
        return None
    segment = text[len(ENTITY):]
    for candidate in (unquote(segment), unquote(segment[1:])):
        if candidate and str(entity_iri(candidate)) == text:
            return candidate
    return None


def predicate_iri(predicate_id: str) -> URIRef:
    """Map a predicate id to its property: ``memberOf`` → kg:memberOf, ``lemma:de:x`` → LEMMA."""
    if predicate_id.startswith(LEMMA_PREFIX):
        lang, sep, lemma = predicate_id[len(LEMMA_PREFIX):].partition(":")
        if not sep or not lang or not normalise_text(lemma):
            raise GraphError(f"predicate id {predicate_id!r} is malformed; expected "
                             "lemma:<lang>:<lemma>, e.g. lemma:de:unterstützen")
        return LEMMA[f"{iri_segment(lang)}/{iri_segment(lemma)}"]
    if predicate_id not in RELATION_IDS:
        raise GraphError(
            f"predicate id {predicate_id!r} is neither a relation of kg's ontology nor of the form "
            f"lemma:<lang>:<lemma>; relations: {available(RELATION_IDS, limit=20)} (after "
            "editing ontologies/relations.tsv run python -m kg.rdf.genvocab)")
    return URIRef(KG[predicate_id])


def predicate_lang(predicate_id: str) -> str | None:
    """Return the language of a lemma-based predicate id, else None."""
    if predicate_id.startswith(LEMMA_PREFIX):
        return predicate_id[len(LEMMA_PREFIX):].partition(":")[0] or None
    return None


def statement_key(triple: Triple) -> str:
    """Return the hash that identifies a statement across builds."""
    p = triple.provenance
    return _digest(p.doc_id, p.start, p.end, triple.subject.id, triple.predicate.id,
                   triple.object.id, triple.negated, triple.modality.value)


def statement_iri(triple: Triple) -> URIRef:
    """Return a statement's IRI: a hash of document, sentence span, s/p/o, polarity, modality."""
    return STATEMENT[statement_key(triple)]


def merge_iri(merge: Merge) -> URIRef:
    """Return the IRI of a merge record."""
    m = merge.mention
    return STATEMENT["merge-" + _digest(merge.entity_id, m.doc_id, m.start, m.end, merge.rule)]
