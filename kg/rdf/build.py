"""Turn a :class:`~kg.types.Resolution` into an RDF dataset: one named graph per document.

Each document graph holds the document node, its statements (statement nodes plus a direct edge
for asserted, non-negated ones), its merges, and a description of every entity it mentions, so
that dropping the graph removes the document cleanly. Per-actor degrees and actor links go to
:data:`~kg.rdf.vocab.SUMMARY_GRAPH` (see :mod:`kg.rdf.summary`).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.term import Node

from ..errors import GraphError, available
from ..types import Document, Entity, Merge, Resolution, Triple
from .iris import (
    content_hash,
    document_iri,
    entity_iri,
    merge_iri,
    predicate_iri,
    predicate_lang,
    statement_iri,
)
from .summary import degrees, links, summary_triples
from .vocab import DCTERMS, KG, PREFIXES, PROV, RDF, RDFS, SKOS, SUMMARY_GRAPH, WD, XSD

RDFTriple = tuple[Node, Node, Node]


def bind_prefixes(graph: Graph) -> None:
    """Bind kg's prefixes on a graph or dataset."""
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, replace=True)


def document_triples(document: Document, settings_key: str = "") -> Iterator[RDFTriple]:
    """Yield the description of a document node (its hash covers ``settings_key`` too)."""
    doc = document_iri(document.id)
    yield doc, RDF.type, KG.Document
    yield doc, RDF.type, PROV.Entity
    yield doc, KG.docId, Literal(document.id)
    yield doc, KG.contentHash, Literal(content_hash(document.text, settings_key))
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


def statement_triples(triple: Triple) -> Iterator[RDFTriple]:
    """Yield a statement node with qualifiers and provenance, and its direct edge if asserted."""
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
    yield st, KG.subjectEnd, Literal(sm.end)
    yield st, KG.objectText, Literal(om.text)
    yield st, KG.objectStart, Literal(om.start)
    yield st, KG.objectEnd, Literal(om.end)
    if triple.predicate.lemma:
        yield st, KG.lemma, Literal(triple.predicate.lemma)
    if prov.rule:
        yield st, KG.rule, Literal(prov.rule)
    if prov.trigger is not None:
        yield st, KG.triggerStart, Literal(prov.trigger[0])
        yield st, KG.triggerEnd, Literal(prov.trigger[1])
    yield st, PROV.wasDerivedFrom, document_iri(prov.doc_id)
    yield st, KG.sentence, Literal(prov.sentence)
    yield st, KG.sentenceStart, Literal(prov.start)
    yield st, KG.sentenceEnd, Literal(prov.end)
    yield st, KG.extractor, Literal(prov.extractor)
    yield st, KG.extractorVersion, Literal(prov.version)
    if not triple.negated and triple.modality.value == "asserted":
        yield subj, prop, obj


def merge_triples(merge: Merge, known: dict[str, Entity]) -> Iterator[RDFTriple]:
    """Yield a merge record and the link from its entity."""
    node, m = merge_iri(merge), merge.mention
    yield entity_iri(known.get(merge.entity_id, merge.entity_id)), KG.mergedFrom, node
    yield node, RDF.type, KG.Merge
    yield node, KG.mentionText, Literal(m.text)
    yield node, KG.mentionStart, Literal(m.start)
    yield node, KG.mentionEnd, Literal(m.end)
    yield node, KG.rule, Literal(merge.rule)
    yield node, KG.score, Literal(float(merge.score))
    if merge.evidence:
        yield node, KG.evidence, Literal(merge.evidence)
    yield node, PROV.wasDerivedFrom, document_iri(m.doc_id)


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


def build_dataset(resolution: Resolution, documents: Sequence[Document],
                  settings_keys: Mapping[str, str] | None = None) -> Dataset:
    """Return an RDF dataset with one named graph per document and a summary graph.

    ``settings_keys`` maps document ids to what besides the text built their graphs (see
    :func:`kg.rdf.iris.content_hash`).

    Raises
    ------
    GraphError
        If a triple, mention or merge cites a document that is not in ``documents``, a predicate id
        is neither an ontology relation nor ``lemma:<lang>:<lemma>``, or document ids repeat.

    """
    docs = _unique_documents(documents)
    known = {e.id: e for e in resolution.entities}
    by_doc: dict[str, list[RDFTriple]] = defaultdict(list)
    mentioned: dict[str, set[str]] = defaultdict(set)

    def doc_of(doc_id: str, what: str) -> list[RDFTriple]:
        if doc_id not in docs:
            raise GraphError(f"{what} cites document {doc_id!r}, which is not among the documents "
                             f"given ({available(docs)})")
        return by_doc[doc_id]

    for t in _best_triples(resolution.triples):
        what = f"statement {t.subject.id} {t.predicate.id} {t.object.id}"
        out = doc_of(t.provenance.doc_id, what)
        out.extend(statement_triples(t))
        day = statement_date(t, docs[t.provenance.doc_id])
        if day:
            out.append((statement_iri(t), DCTERMS.date, date_literal(day)))
        out.extend(predicate_triples(t))
        for e in (t.subject, t.object, t.place, t.attributed_to):
            if e is not None:
                known.setdefault(e.id, e)
                mentioned[t.provenance.doc_id].add(e.id)
    for mention, entity_id in resolution.mentions:
        doc_of(mention.doc_id, f"mention {mention.text!r}")
        mentioned[mention.doc_id].add(entity_id)
    for merge in resolution.merges:
        doc_of(merge.mention.doc_id, f"merge of {merge.mention.text!r}").extend(
            merge_triples(merge, known))
        mentioned[merge.mention.doc_id].add(merge.entity_id)
    orphans = set(known) - set().union(*mentioned.values()) if mentioned else set(known)

    ds = Dataset()
    bind_prefixes(ds)
    for doc_id, doc in docs.items():
        graph = ds.graph(document_iri(doc_id))
        ids = mentioned[doc_id] | orphans
        ids |= {other for eid in list(ids) if eid in known for _, other in known[eid].related}
        key = (settings_keys or {}).get(doc_id, "")
        for triple in (*document_triples(doc, key), *by_doc[doc_id],
                       *(t for eid in sorted(ids) if eid in known
                         for t in entity_triples(known[eid], known))):
            graph.add(triple)
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
