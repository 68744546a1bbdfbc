"""Turn a :class:`~kg.types.Resolution` into an RDF dataset: a graph per document, entities once.

Each document graph holds the document node, its statements (statement nodes plus a direct edge
for asserted, non-negated ones), the declarations of the predicates they use, and one
``kg:mention`` record per entity, mention text and merge (where the document mentions the entity
and why the mentions were attached to it; :class:`MentionRecord`). The description of every
entity (type, labels, search keys, Wikidata link, related entities) is written once, into
:data:`~kg.rdf.vocab.ENTITIES_GRAPH`; the ``kg:mention`` records are the documents' links to it.
Dropping a document's graph removes the document; stores then drop the descriptions no document
refers to any more (:mod:`kg.rdf.graphstore`). Per-actor degrees and actor links go to
:data:`~kg.rdf.vocab.SUMMARY_GRAPH` (see :mod:`kg.rdf.summary`).

Values that follow from others are left out: a span's end where it is its start plus the length
of its text, a statement's extractor where it is its document's, a statement's lemma where its
predicate is that lemma's relation (see docs/design.md, "Lean RDF").
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Container, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.term import Node

from ..errors import GraphError, available
from ..types import Document, Entity, Merge, Resolution, Triple
from .iris import (
    content_hash,
    document_iri,
    entity_iri,
    predicate_iri,
    predicate_lang,
    statement_iri,
)
from .summary import degrees, links, summary_triples
from .vocab import (
    DCTERMS,
    ENTITIES_GRAPH,
    KG,
    PREFIXES,
    PROV,
    RDF,
    RDFS,
    SKOS,
    SUMMARY_GRAPH,
    WD,
    XSD,
)

RDFTriple = tuple[Node, Node, Node]
Extractor = tuple[str, str]  # registry name and version


def bind_prefixes(graph: Graph) -> None:
    """Bind kg's prefixes on a graph or dataset."""
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, replace=True)


def document_triples(document: Document, settings_key: str = "",
                     extractor: Extractor | None = None) -> Iterator[RDFTriple]:
    """Yield the description of a document node (its hash covers ``settings_key`` too).

    ``extractor`` (name, version) is the extractor of the document's statements, which then
    leave it out (``prov:Entity`` follows from ``kg:Document`` in the ontology).
    """
    doc = document_iri(document.id)
    yield doc, RDF.type, KG.Document
    yield doc, KG.docId, Literal(document.id)
    yield doc, KG.contentHash, Literal(content_hash(document.text, settings_key))
    if extractor is not None:
        yield doc, KG.extractor, Literal(extractor[0])
        yield doc, KG.extractorVersion, Literal(extractor[1])
    if document.lang:
        yield doc, KG.language, Literal(document.lang)
    if document.source:
        yield doc, KG.source, Literal(document.source)
    if document.date:
        yield doc, DCTERMS.date, date_literal(document.date)
    if document.title:
        yield doc, DCTERMS.title, Literal(document.title)
    if document.url:
        yield doc, DCTERMS.source, (URIRef(document.url) if _is_web_address(document.url)
                                    else Literal(document.url))
    if document.outlet:
        yield doc, DCTERMS.publisher, Literal(document.outlet)


def _is_web_address(url: str) -> bool:
    return url.startswith(("http://", "https://")) and not any(c in url for c in ' <>"{}|\\^`')


def date_literal(day: str) -> Literal:
    """Return an ISO date as a typed literal: ``xsd:date``, ``xsd:gYearMonth`` or ``xsd:gYear``."""
    kind = {10: XSD.date, 7: XSD.gYearMonth, 4: XSD.gYear}.get(len(day), XSD.string)
    return Literal(day, datatype=kind)


def statement_date(triple: Triple, document: Document) -> str | None:
    """Return when a statement is dated: its own time if that is a year, else its document's date.

    "im Jahr 2010" in an article of 2015 dates the statement 2010; a statement with no time of
    its own (or one that is not a year, such as "in den 1990er-Jahren") takes the date the
    document was published.
    """
    own = (triple.time or "").strip()
    if len(own) == 4 and own.isdigit():
        return own
    return document.date


def search_keys(entity: Entity) -> list[str]:
    """Return the lower-case names an entity is found by: label, aliases, id, Wikidata QID."""
    return sorted({n.strip().lower() for n in (entity.label, *entity.aliases, entity.id,
                                               entity.wikidata or "") if n.strip()})


def entity_triples(entity: Entity, known: dict[str, Entity]) -> Iterator[RDFTriple]:
    """Yield an entity's type, labels, aliases, Wikidata link and related entities."""
    node = entity_iri(entity)
    yield node, RDF.type, KG[entity.type.value]
    yield node, RDFS.label, Literal(entity.label)
    for alias in entity.aliases:
        if alias != entity.label:
            yield node, SKOS.altLabel, Literal(alias)
    for key in search_keys(entity):
        yield node, KG.searchKey, Literal(key)
    if entity.wikidata:
        yield node, KG.wikidata, WD[entity.wikidata]
    for relation, other in entity.related:
        try:
            prop = URIRef(KG[relation])
        except AttributeError:
            raise GraphError(
                f"entity {entity.id!r} has a related entity through {relation!r}, which kg's "
                "ontology does not define; expected e.g. metonymOf") from None
        yield node, prop, entity_iri(known.get(other, other))


def predicate_triples(triple: Triple) -> Iterator[RDFTriple]:
    """Yield the declaration of a statement's predicate (type; label and lemma if lemma-based)."""
    pred = triple.predicate
    prop = predicate_iri(pred.id)
    lang = predicate_lang(pred.id)
    if lang is None:
        yield prop, RDF.type, KG.Relation
        return
    yield prop, RDF.type, KG.LemmaRelation
    yield prop, RDFS.label, Literal(pred.label or pred.lemma, lang=lang)
    if pred.lemma:
        yield prop, KG.lemma, Literal(pred.lemma)


def statement_triples(triple: Triple, extractor: Extractor | None = None) -> Iterator[RDFTriple]:
    """Yield a statement node with qualifiers and provenance, and its direct edge if asserted.

    An end offset is written only where it is not the start plus the length of the text (the
    sentence's, the subject's or the object's), the extractor only where it is not ``extractor``
    (its document's), and the lemma only where the predicate is not that lemma's relation.
    """
    st, prov = statement_iri(triple), triple.provenance
    subj, obj, prop = entity_iri(triple.subject), entity_iri(triple.object), predicate_iri(
        triple.predicate.id)
    yield st, RDF.type, KG.Statement
    yield st, RDF.subject, subj
    yield st, RDF.predicate, prop
    yield st, RDF.object, obj
    yield st, KG.negated, Literal(triple.negated)
    yield st, KG.modality, KG[triple.modality.value]
    yield st, KG.confidence, Literal(float(prov.confidence))
    if triple.time:
        yield st, KG.time, Literal(triple.time)
    if triple.place is not None:
        yield st, KG.place, entity_iri(triple.place)
    if triple.attributed_to is not None:
        yield st, KG.attributedTo, entity_iri(triple.attributed_to)
    sm, om = triple.subject_mention, triple.object_mention
    yield st, KG.subjectText, Literal(sm.text)
    yield st, KG.subjectStart, Literal(sm.start)
    if sm.end != sm.start + len(sm.text):
        yield st, KG.subjectEnd, Literal(sm.end)
    yield st, KG.objectText, Literal(om.text)
    yield st, KG.objectStart, Literal(om.start)
    if om.end != om.start + len(om.text):
        yield st, KG.objectEnd, Literal(om.end)
    if triple.predicate.lemma and predicate_lang(triple.predicate.id) is None:
        yield st, KG.lemma, Literal(triple.predicate.lemma)
    if prov.rule:
        yield st, KG.rule, Literal(prov.rule)
    if prov.trigger is not None:
        yield st, KG.triggerStart, Literal(prov.trigger[0])
        yield st, KG.triggerEnd, Literal(prov.trigger[1])
    yield st, PROV.wasDerivedFrom, document_iri(prov.doc_id)
    yield st, KG.sentence, Literal(prov.sentence)
    yield st, KG.sentenceStart, Literal(prov.start)
    if prov.end != prov.start + len(prov.sentence):
        yield st, KG.sentenceEnd, Literal(prov.end)
    if (prov.extractor, prov.version) != extractor:
        yield st, KG.extractor, Literal(prov.extractor)
        yield st, KG.extractorVersion, Literal(prov.version)
    if not triple.negated and triple.modality.value == "asserted":
        yield subj, prop, obj


@dataclass(frozen=True, slots=True)
class MentionRecord:
    """Where one document mentions an entity by one text, and the merge that attached it.

    Written as the JSON value of ``kg:mention`` on the entity, in the document's graph (one quad
    for every mention of the same text with the same merge); ``rule``, ``score`` and ``evidence``
    are None for mentions no merge record covers.
    """

    entity_id: str
    doc_id: str
    text: str
    spans: tuple[tuple[int, int], ...]
    rule: str | None = None
    score: float | None = None
    evidence: str | None = None

    def to_json(self) -> str:
        """Return the record as the JSON text of its ``kg:mention`` literal (keys in order)."""
        record: dict[str, object] = {"doc": self.doc_id, "text": self.text,
                                     "spans": [list(span) for span in self.spans]}
        if self.rule is not None:
            record.update(rule=self.rule, score=self.score, evidence=self.evidence)
        return json.dumps(record, ensure_ascii=False)

    def literal(self) -> Literal:
        """Return the ``kg:mention`` value (an ``rdf:JSON`` literal)."""
        return Literal(self.to_json(), datatype=RDF.JSON)

    @classmethod
    def from_json(cls, entity_id: str, text: str) -> MentionRecord:
        """Read a ``kg:mention`` value back.

        Raises
        ------
        GraphError
            The text is not a JSON object with ``doc``, ``text`` and ``spans``.

        """
        try:
            data = json.loads(text)
            score = data.get("score")
            return cls(entity_id, str(data["doc"]), str(data["text"]),
                       tuple((int(a), int(b)) for a, b in data["spans"]),
                       data.get("rule"), float(score) if score is not None else None,
                       data.get("evidence"))
        except (ValueError, KeyError, TypeError, AttributeError) as err:
            raise GraphError(f"a kg:mention of {entity_id} is not a mention record ({err}): "
                             f"{text[:120]!r}; expected JSON with doc, text and spans") from None


def mention_records(resolution: Resolution) -> list[MentionRecord]:
    """Group the mentions and merges of a resolution by document, entity, text and merge."""
    merges: dict[tuple[str, int, int, str], list[Merge]] = defaultdict(list)
    for merge in resolution.merges:
        m = merge.mention
        merges[(m.doc_id, m.start, m.end, merge.entity_id)].append(merge)
    spans: dict[tuple[str, str, str, str | None, float | None, str | None],
                set[tuple[int, int]]] = defaultdict(set)
    for mention, entity_id in resolution.mentions:
        found: list[Merge | None] = [*merges.pop(
            (mention.doc_id, mention.start, mention.end, entity_id), [])]
        for why in found or [None]:
            key = (entity_id, mention.doc_id, mention.text,
                   why.rule if why else None, float(why.score) if why else None,
                   why.evidence if why else None)
            spans[key].add((mention.start, mention.end))
    for left in merges.values():  # merges of mentions the resolution does not list
        for merge in left:
            m = merge.mention
            spans[(merge.entity_id, m.doc_id, m.text, merge.rule, float(merge.score),
                   merge.evidence)].add((m.start, m.end))
    return [MentionRecord(e, d, text, tuple(sorted(found)), rule, score, evidence)
            for (e, d, text, rule, score, evidence), found in sorted(
                spans.items(), key=lambda kv: tuple(str(x) for x in kv[0]))]


def _statement_mentions(triples: Iterable[Triple], recorded: set[tuple[str, str]]
                        ) -> list[MentionRecord]:
    """Return records of the subject and object mentions of entities a document has none of."""
    spans: dict[tuple[str, str, str], set[tuple[int, int]]] = defaultdict(set)
    for t in triples:
        for entity, m in ((t.subject, t.subject_mention), (t.object, t.object_mention)):
            if (t.provenance.doc_id, entity.id) not in recorded:
                spans[(entity.id, t.provenance.doc_id, m.text)].add((m.start, m.end))
    return [MentionRecord(e, d, text, tuple(sorted(found)))
            for (e, d, text), found in sorted(spans.items())]


def _unique_documents(documents: Iterable[Document]) -> dict[str, Document]:
    docs: dict[str, Document] = {}
    for doc in documents:
        if doc.id in docs:
            raise GraphError(f"document id {doc.id!r} occurs twice; each document needs its own id")
        docs[doc.id] = doc
    return docs


def _best_triples(triples: Iterable[Triple]) -> list[Triple]:
    """Keep one triple per statement IRI (the most confident; the first on ties)."""
    best: dict[URIRef, Triple] = {}
    for t in triples:
        key = statement_iri(t)
        if key not in best or t.provenance.confidence > best[key].provenance.confidence:
            best[key] = t
    return list(best.values())


def _extractor(triples: Sequence[Triple]) -> Extractor | None:
    """Return the most frequent (extractor, version) of a document's statements."""
    counts = Counter((t.provenance.extractor, t.provenance.version) for t in triples)
    return counts.most_common(1)[0][0] if counts else None


def build_dataset(resolution: Resolution, documents: Sequence[Document],
                  settings_keys: Mapping[str, str] | None = None,
                  described: Container[str] = frozenset()) -> Dataset:
    """Return an RDF dataset: one named graph per document, the entities graph and the summary.

    ``settings_keys`` maps document ids to what besides the text built their graphs (see
    :func:`kg.rdf.iris.content_hash`). ``described`` holds the ids of entities whose description
    the target (a store, or the files written so far) has already: they get none in the
    entities graph, so a build in batches writes each description once (see
    :func:`kg.rdf.graphstore.described_entities`).

    Raises
    ------
    GraphError
        If a triple, mention or merge cites a document that is not in ``documents``, a predicate id
        is neither an ontology relation nor ``lemma:<lang>:<lemma>``, or document ids repeat.

    """
    docs = _unique_documents(documents)
    known = {e.id: e for e in resolution.entities}
    statements: dict[str, list[Triple]] = defaultdict(list)

    def check(doc_id: str, what: str) -> None:
        if doc_id not in docs:
            raise GraphError(f"{what} cites document {doc_id!r}, which is not among the documents "
                             f"given ({available(docs)})")

    for t in _best_triples(resolution.triples):
        check(t.provenance.doc_id, f"statement {t.subject.id} {t.predicate.id} {t.object.id}")
        statements[t.provenance.doc_id].append(t)
        for e in (t.subject, t.object, t.place, t.attributed_to):
            if e is not None:
                known.setdefault(e.id, e)
    records = mention_records(resolution)
    for record in records:
        check(record.doc_id, f"mention {record.text!r}")
    recorded = {(r.doc_id, r.entity_id) for r in records}
    records += _statement_mentions((t for ts in statements.values() for t in ts), recorded)
    by_doc: dict[str, list[MentionRecord]] = defaultdict(list)
    for record in records:
        by_doc[record.doc_id].append(record)

    ds = Dataset()
    bind_prefixes(ds)
    for doc_id, doc in docs.items():
        graph = ds.graph(document_iri(doc_id))
        extractor = _extractor(statements[doc_id])
        for triple in document_triples(doc, (settings_keys or {}).get(doc_id, ""), extractor):
            graph.add(triple)
        for t in statements[doc_id]:
            for triple in statement_triples(t, extractor):
                graph.add(triple)
            day = statement_date(t, doc)
            if day:
                graph.add((statement_iri(t), DCTERMS.date, date_literal(day)))
            for triple in predicate_triples(t):
                graph.add(triple)
        for record in by_doc[doc_id]:
            graph.add((entity_iri(known.get(record.entity_id, record.entity_id)), KG.mention,
                       record.literal()))
    entities = ds.graph(ENTITIES_GRAPH)
    for eid in sorted(known):
        if eid not in described:
            for triple in entity_triples(known[eid], known):
                entities.add(triple)
    counts: Counter[URIRef] = Counter()
    pairs: set[tuple[URIRef, URIRef]] = set()
    for doc_id in docs:
        counts.update(degrees(ds.graph(document_iri(doc_id))))
        pairs |= links(ds.graph(document_iri(doc_id)))
    summary = ds.graph(SUMMARY_GRAPH)
    for triple in summary_triples(counts, pairs):
        summary.add(triple)
    return ds


def union_graph(dataset: Dataset) -> Graph:
    """Return one graph with the triples of every graph of ``dataset``."""
    graph = Graph()
    bind_prefixes(graph)
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph
