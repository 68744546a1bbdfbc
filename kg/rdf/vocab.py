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
    "BASE", "DCTERMS", "DOC", "ENTITIES_GRAPH", "ENTITY", "KG", "LEMMA", "LOADED_GRAPH", "OWL",
    "PREFIXES", "PROV", "RDF", "RDFS", "RELATION_IDS", "SDO", "SKOS", "STATEMENT", "SUMMARY_GRAPH",
    "WD", "WDT", "XSD",
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
ENTITIES_GRAPH = URIRef(BASE + "graph/entities")
"""Named graph with each entity's description, once per store (documents link by ``kg:mention``)."""


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
    attributedTo: URIRef
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
    mention: URIRef
    mentionEnd: URIRef
    mentionStart: URIRef
    mentionText: URIRef
    negated: URIRef
    objectEnd: URIRef
    objectStart: URIRef
    objectText: URIRef
    pagerank: URIRef
    pairCounts: URIRef
    rule: URIRef
    score: URIRef
    searchKey: URIRef
    sentence: URIRef
    sentenceEnd: URIRef
    sentenceStart: URIRef
    source: URIRef
    statementCount: URIRef
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
    accuses: URIRef
    acquires: URIRef
    activeIn: URIRef
    affiliatedWith: URIRef
    agreesWith: URIRef
    announces: URIRef
    appealsTo: URIRef
    appoints: URIRef
    arrests: URIRef
    attacks: URIRef
    basedIn: URIRef
    bornIn: URIRef
    carriesOut: URIRef
    characterizes: URIRef
    claimsResponsibilityFor: URIRef
    colonizes: URIRef
    confirms: URIRef
    conflictWith: URIRef
    conquers: URIRef
    controls: URIRef
    criticizes: URIRef
    demands: URIRef
    deploysTo: URIRef
    expels: URIRef
    foundedBy: URIRef
    founderOf: URIRef
    governs: URIRef
    has: URIRef
    hasAssetsIn: URIRef
    headOf: URIRef
    hidesBehind: URIRef
    holdsPosition: URIRef
    intervenesIn: URIRef
    investigates: URIRef
    involvedIn: URIRef
    kills: URIRef
    leads: URIRef
    leaves: URIRef
    livesIn: URIRef
    locatedIn: URIRef
    loses: URIRef
    meetsWith: URIRef
    memberOf: URIRef
    mergesWith: URIRef
    needs: URIRef
    praises: URIRef
    prosecutes: URIRef
    protestsAgainst: URIRef
    providesTo: URIRef
    receives: URIRef
    rejects: URIRef
    reportsOn: URIRef
    requestsHelpFrom: URIRef
    restricts: URIRef
    sanctions: URIRef
    says: URIRef
    situatedIn: URIRef
    speaksAbout: URIRef
    spokespersonOf: URIRef
    statesTo: URIRef
    subsidiaryOf: URIRef
    succeeds: URIRef
    supports: URIRef
    suppresses: URIRef
    talksWith: URIRef
    threatens: URIRef
    travelsTo: URIRef
    uses: URIRef
    wins: URIRef


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
    "accuses",
    "acquires",
    "activeIn",
    "affiliatedWith",
    "agreesWith",
    "announces",
    "appealsTo",
    "appoints",
    "arrests",
    "attacks",
    "basedIn",
    "bornIn",
    "carriesOut",
    "characterizes",
    "claimsResponsibilityFor",
    "colonizes",
    "confirms",
    "conflictWith",
    "conquers",
    "controls",
    "criticizes",
    "demands",
    "deploysTo",
    "expels",
    "foundedBy",
    "founderOf",
    "governs",
    "has",
    "hasAssetsIn",
    "headOf",
    "hidesBehind",
    "holdsPosition",
    "intervenesIn",
    "investigates",
    "involvedIn",
    "kills",
    "leads",
    "leaves",
    "livesIn",
    "locatedIn",
    "loses",
    "meetsWith",
    "memberOf",
    "mergesWith",
    "needs",
    "praises",
    "prosecutes",
    "protestsAgainst",
    "providesTo",
    "receives",
    "rejects",
    "reportsOn",
    "requestsHelpFrom",
    "restricts",
    "sanctions",
    "says",
    "situatedIn",
    "speaksAbout",
    "spokespersonOf",
    "statesTo",
    "subsidiaryOf",
    "succeeds",
    "supports",
    "suppresses",
    "talksWith",
    "threatens",
    "travelsTo",
    "uses",
    "wins",
})
"""Local names of the ontology relation properties."""
