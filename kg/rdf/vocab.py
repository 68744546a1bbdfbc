"""kg's RDF vocabulary (bootstrap copy; regenerated from ontologies/kg.ttl by kg.rdf.genvocab)."""

from __future__ import annotations

from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef

BASE = "https://w3id.org/kgnews/"
ENTITY = Namespace(BASE + "entity/")
DOC = Namespace(BASE + "doc/")
STATEMENT = Namespace(BASE + "statement/")
LEMMA = Namespace(BASE + "lemma/")
WD = Namespace("http://www.wikidata.org/entity/")
WDT = Namespace("http://www.wikidata.org/prop/direct/")


class KG(DefinedNamespace):
    """Terms of kg's ontology (``ontologies/kg.ttl``)."""

    _NS = Namespace(BASE + "ontology#")
    _fail = True

    # classes
    Actor: URIRef
    Person: URIRef
    Organization: URIRef
    Country: URIRef
    Location: URIRef
    ArmedForce: URIRef
    Event: URIRef
    Group: URIRef
    Concept: URIRef
    Statement: URIRef
    Document: URIRef
    Modality: URIRef
    Relation: URIRef
    LemmaRelation: URIRef
    # modality individuals
    asserted: URIRef
    hypothetical: URIRef
    intended: URIRef
    reported: URIRef
    pretext: URIRef
    possible: URIRef
    # statement qualifiers and provenance
    negated: URIRef
    modality: URIRef
    confidence: URIRef
    time: URIRef
    place: URIRef
    sentence: URIRef
    sentenceStart: URIRef
    sentenceEnd: URIRef
    subjectText: URIRef
    subjectStart: URIRef
    subjectEnd: URIRef
    objectText: URIRef
    objectStart: URIRef
    objectEnd: URIRef
    lemma: URIRef
    extractor: URIRef
    extractorVersion: URIRef
    rule: URIRef
    # documents and entities
    docId: URIRef
    contentHash: URIRef
    language: URIRef
    wikidata: URIRef
    mergedFrom: URIRef
    metonymOf: URIRef
    # relations (extended by ontologies/relations.tsv)
    intervenesIn: URIRef
    memberOf: URIRef
    leads: URIRef
    foundedBy: URIRef
