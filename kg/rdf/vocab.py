"""kg's RDF vocabulary, GENERATED from ontologies/ by ``python -m kg.rdf.genvocab``.

Do not edit: change ``ontologies/kg.ttl`` or ``ontologies/relations.tsv`` and regenerate.

Every IRI kg writes is built from the names here; nothing else in kg spells an IRI.
"""

from __future__ import annotations

from rdflib.namespace import (
    DCTERMS,
    OWL,
    PROV,
    RDF,
    RDFS,
    SDO,
    SKOS,
    XSD,
    DefinedNamespace,
    Namespace,
)
from rdflib.term import URIRef

__all__ = [
    "BASE", "DCTERMS", "DOC", "ENTITY", "KG", "LEMMA", "LOADED_GRAPH", "OWL", "PREFIXES", "PROV",
    "RDF", "RDFS", "RELATION_IDS", "SDO", "SKOS", "STATEMENT", "SUMMARY_GRAPH", "WD", "WDT", "XSD",
]

BASE = "https://w3id.org/kgnews/"
ENTITY = Namespace(BASE + "entity/")
DOC = Namespace(BASE + "doc/")
STATEMENT = Namespace(BASE + "statement/")
LEMMA = Namespace(BASE + "lemma/")
WD = Namespace("http://www.wikidata.org/entity/")
WDT = Namespace("http://www.wikidata.org/prop/direct/")
SUMMARY_GRAPH = URIRef(BASE + "graph/summary")
"""Named graph with per-actor figures (``kg:degree``) kept up to date by the stores."""
LOADED_GRAPH = URIRef(BASE + "graph/loaded")
"""Named graph that triples of a single-graph file (Turtle, N-Triples …) are queried in."""


class KG(DefinedNamespace):
    """Terms of kg's ontology (``ontologies/kg.ttl`` and ``ontologies/relations.ttl``)."""

    _NS = Namespace(BASE + "ontology#")
    _fail = True

    # classes
    Actor: URIRef
    ArmedForce: URIRef
    Concept: URIRef
    Country: URIRef
    Document: URIRef
    Event: URIRef
    Group: URIRef
    LemmaRelation: URIRef
    Location: URIRef
    Merge: URIRef
    Modality: URIRef
    Organization: URIRef
    Person: URIRef
    Relation: URIRef
    Statement: URIRef

    # modality individuals
    asserted: URIRef
    hypothetical: URIRef
    intended: URIRef
    possible: URIRef
    pretext: URIRef
    reported: URIRef

    # object properties
    linkedTo: URIRef
    mergedFrom: URIRef
    metonymOf: URIRef
    modality: URIRef
    place: URIRef
    wikidata: URIRef

    # datatype properties
    betweenness: URIRef
    community: URIRef
    confidence: URIRef
    contentHash: URIRef
    degree: URIRef
    docId: URIRef
    evidence: URIRef
    extractor: URIRef
    extractorVersion: URIRef
    language: URIRef
    lemma: URIRef
    mentionEnd: URIRef
    mentionStart: URIRef
    mentionText: URIRef
    negated: URIRef
    objectEnd: URIRef
    objectStart: URIRef
    objectText: URIRef
    pagerank: URIRef
    rule: URIRef
    score: URIRef
    searchKey: URIRef
    sentence: URIRef
    sentenceEnd: URIRef
    sentenceStart: URIRef
    source: URIRef
    subjectEnd: URIRef
    subjectStart: URIRef
    subjectText: URIRef
    time: URIRef
    triggerEnd: URIRef
    triggerStart: URIRef

    # annotation properties
    cameoCode: URIRef
    conll04Label: URIRef
    quadClass: URIRef
    wikidataProperty: URIRef

    # relations (ontologies/relations.ttl)
    affiliatedWith: URIRef
    attacks: URIRef
    basedIn: URIRef
    bornIn: URIRef
    colonizes: URIRef
    conflictWith: URIRef
    conquers: URIRef
    controls: URIRef
    criticizes: URIRef
    deploysTo: URIRef
    foundedBy: URIRef
    founderOf: URIRef
    governs: URIRef
    hasAssetsIn: URIRef
    headOf: URIRef
    hidesBehind: URIRef
    intervenesIn: URIRef
    kills: URIRef
    leads: URIRef
    livesIn: URIRef
    locatedIn: URIRef
    meetsWith: URIRef
    memberOf: URIRef
    reportsOn: URIRef
    requestsHelpFrom: URIRef
    restricts: URIRef
    sanctions: URIRef
    supports: URIRef
    suppresses: URIRef
    talksWith: URIRef
    threatens: URIRef


PREFIXES: dict[str, str] = {
    "kg": str(KG),
    "kge": str(ENTITY),
    "kgd": str(DOC),
    "kgs": str(STATEMENT),
    "kgl": str(LEMMA),
    "kglde": str(LEMMA) + "de/",  # lemma relations per language: kglde:übernehmen
    "kglen": str(LEMMA) + "en/",
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
    "skos": str(SKOS),
    "prov": str(PROV),
    "schema": str(SDO),
    "dcterms": str(DCTERMS),
    "wd": str(WD),
    "wdt": str(WDT),
}
"""Prefixes bound in every graph kg writes and available in every query it runs."""

RELATION_IDS: frozenset[str] = frozenset({
    "affiliatedWith",
    "attacks",
    "basedIn",
    "bornIn",
    "colonizes",
    "conflictWith",
    "conquers",
    "controls",
    "criticizes",
    "deploysTo",
    "foundedBy",
    "founderOf",
    "governs",
    "hasAssetsIn",
    "headOf",
    "hidesBehind",
    "intervenesIn",
    "kills",
    "leads",
    "livesIn",
    "locatedIn",
    "meetsWith",
    "memberOf",
    "reportsOn",
    "requestsHelpFrom",
    "restricts",
    "sanctions",
    "supports",
    "suppresses",
    "talksWith",
    "threatens",
})
"""Local names of the ontology relation properties."""
