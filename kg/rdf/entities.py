"""The entities graph: each entity's description once per store, kept while a document refers to it.

:func:`kg.rdf.build.build_dataset` writes entity descriptions (type, labels, search keys, Wikidata
link, related entities) into :data:`~kg.rdf.vocab.ENTITIES_GRAPH` instead of every document
graph. A document graph refers to an entity by a ``kg:mention`` record on it, or by a statement
(``rdf:subject``, ``rdf:object``, ``kg:place``, ``kg:attributedTo``). Stores insert the
descriptions a document refers to in the document's own transaction (a description already
stored is not written twice: a graph is a set) and, when a document is replaced or removed, drop
those that no document refers to any more (:func:`collect_update`), in the same transaction. An
entity another described entity relates to (``kg:metonymOf``) stays while that one does.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping

from rdflib import Graph, URIRef
from rdflib.term import Node

from .vocab import ENTITIES_GRAPH, ENTITY, KG, RDF

RDFTriple = tuple[Node, Node, Node]

REFERENCES = (RDF.subject, RDF.object, KG.place, KG.attributedTo)
"""The statement properties whose values are entities a document refers to."""

_REF_VALUES = " ".join(f"<{p}>" for p in REFERENCES)


def is_entity(node: Node) -> bool:
    """Return whether ``node`` is an entity IRI (``kge:…``)."""
    return isinstance(node, URIRef) and str(node).startswith(str(ENTITY))


def referenced(graph: Graph) -> set[URIRef]:
    """Return the entities a document graph refers to (mention records and statements)."""
    found = {s for s in graph.subjects(KG.mention, None) if isinstance(s, URIRef)}
    for prop in REFERENCES:
        found.update(o for o in graph.objects(None, prop)
                     if isinstance(o, URIRef) and is_entity(o))
    return found


def by_subject(graph: Graph) -> dict[URIRef, list[RDFTriple]]:
    """Index the triples of an entities graph by the entity they describe."""
    index: dict[URIRef, list[RDFTriple]] = defaultdict(list)
    for s, p, o in graph:
        if isinstance(s, URIRef):
            index[s].append((s, p, o))
    return index


def with_related(entities: Iterable[URIRef], index: Mapping[URIRef, list[RDFTriple]]
                 ) -> set[URIRef]:
    """Add the entities that the descriptions of ``entities`` relate to (one step)."""
    found = set(entities)
    for e in list(found):
        found.update(o for _, _, o in index.get(e, ()) if is_entity(o))  # type: ignore[misc]
    return found


def insert_update(triples: Iterable[RDFTriple]) -> str:
    """Return a SPARQL update that adds descriptions to the entities graph ("" if none)."""
    graph = Graph()
    for triple in triples:
        graph.add(triple)
    if not len(graph):
        return ""
    return f"INSERT DATA {{ GRAPH <{ENTITIES_GRAPH}> {{\n{graph.serialize(format='nt')}\n}} }}"


def stored_references_query(name: URIRef) -> str:
    """Return the query for the entities a stored document graph refers to (``?e``) and theirs.

    ``?t`` is an entity that the description of ``?e`` relates to, if any.
    """
    return (f"SELECT DISTINCT ?e ?t WHERE {{\n"
            f"  {{ SELECT DISTINCT ?e WHERE {{ GRAPH <{name}> {{\n"
            f"    {{ ?e <{KG.mention}> ?r }}\n"
            f"    UNION {{ ?st ?ref ?e VALUES ?ref {{ {_REF_VALUES} }} }} }} }} }}\n"
            f"  OPTIONAL {{ GRAPH <{ENTITIES_GRAPH}> {{ ?e ?q ?t }}\n"
            f"    FILTER (isIRI(?t) && STRSTARTS(STR(?t), \"{ENTITY}\")) }}\n"
            "}")


def described_query(entities: Iterable[URIRef]) -> str:
    """Return the query for which of ``entities`` have a description in the entities graph."""
    rows = " ".join(f"<{e}>" for e in sorted(set(entities)))
    return (f"SELECT DISTINCT ?e WHERE {{ VALUES ?e {{ {rows} }} "
            f"GRAPH <{ENTITIES_GRAPH}> {{ ?e a ?type }} }}")


def collect_update(candidates: Iterable[URIRef], *, lateral: bool = True) -> str:
    """Return a SPARQL update that drops the descriptions of ``candidates`` nothing refers to.

    Run after a document graph was dropped or replaced, with the entities it referred to (and
    those their descriptions relate to). A description stays while some graph has a mention
    record of the entity or a statement about it, or another description relates to it. The
    update runs twice, so that an entity only a dropped one related to goes too.
    ``lateral=False`` writes it in SPARQL 1.1 (``FILTER NOT EXISTS``) for engines without
    LATERAL.
    """
    values = " ".join(f"<{e}>" for e in sorted(set(candidates)))
    if not values:
        return ""
    g = f"<{ENTITIES_GRAPH}>"
    checks = (f"GRAPH ?g {{ ?e <{KG.mention}> ?r }}",
              f"GRAPH ?g {{ ?st ?ref ?e VALUES ?ref {{ {_REF_VALUES} }} }}",
              f"GRAPH {g} {{ ?x ?rel ?e FILTER (?x != ?e) }}")
    if lateral:
        # as in kg.rdf.summary.link_prune: LATERAL lookups (one index probe per entity), MINUS
        kept = "".join(f"  MINUS {{ VALUES ?e {{ {values} }}\n"
                       f"    LATERAL {{ SELECT ?e WHERE {{ {check} }} LIMIT 1 }} }}\n"
                       for check in checks)
    else:
        kept = "".join(f"  FILTER NOT EXISTS {{ {check} }}\n" for check in checks)
    once = (f"DELETE {{ GRAPH {g} {{ ?e ?p ?o }} }}\n"
            f"WHERE {{ VALUES ?e {{ {values} }}\n  GRAPH {g} {{ ?e ?p ?o }}\n{kept}}}")
    return f"{once} ;\n{once}"
