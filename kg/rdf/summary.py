"""The summary graph: per-actor degrees and actor links, built, updated and repaired.

Named queries that would otherwise scan every statement read this small graph instead:
``most-connected`` reads ``kg:degree`` (statements an actor takes part in) and ``paths`` walks
``kg:linkedTo`` (the actors are subject and object, either way round, of at least one asserted,
non-negated statement; stored in both directions). :func:`kg.rdf.build.build_dataset` writes it;
stores keep it current inside the same transaction that adds or removes a document
(:func:`degree_update`, :func:`link_insert`, :func:`link_prune`); :func:`ensure_links` fills in
the links of a store or file written before links existed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Any

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from .vocab import KG, RDF, SUMMARY_GRAPH

RDFTriple = tuple[Node, Node, Node]
Pair = tuple[URIRef, URIRef]

_RELATION_TYPES = f"<{KG.Relation}>, <{KG.LemmaRelation}>"


def degrees(graph: Graph) -> Counter[URIRef]:
    """Count, per actor, the statements of ``graph`` it is subject or object of."""
    counts: Counter[URIRef] = Counter()
    for st in graph.subjects(RDF.type, KG.Statement):
        for prop in (RDF.subject, RDF.object):
            for actor in graph.objects(st, prop):
                if isinstance(actor, URIRef):
                    counts[actor] += 1
    return counts


def links(graph: Graph) -> set[Pair]:
    """Return the actor pairs, in both directions, of the asserted non-negated statements."""
    pairs: set[Pair] = set()
    for st in graph.subjects(RDF.type, KG.Statement):
        negated, modality = graph.value(st, KG.negated), graph.value(st, KG.modality)
        if not isinstance(negated, Literal) or negated.toPython() is not False:
            continue
        if modality != KG.asserted:
            continue
        for s in graph.objects(st, RDF.subject):
            for o in graph.objects(st, RDF.object):
                if isinstance(s, URIRef) and isinstance(o, URIRef) and s != o:
                    pairs.update(((s, o), (o, s)))
    return pairs


def summary_triples(counts: Counter[URIRef], pairs: Iterable[Pair] = ()) -> Iterator[RDFTriple]:
    """Yield the summary-graph triples: degrees, then links."""
    for actor, n in sorted(counts.items()):
        if n > 0:
            yield actor, KG.degree, Literal(n)
    for a, b in sorted(pairs):
        yield a, KG.linkedTo, b


def degree_update(delta: Counter[URIRef]) -> str:
    """Return a SPARQL update that adds ``delta`` to the stored degrees (dropping zeros)."""
    rows = " ".join(f"(<{a}> {n})" for a, n in sorted(delta.items()) if n)
    if not rows:
        return ""
    g, deg = f"<{SUMMARY_GRAPH}>", f"<{KG.degree}>"
    return (f"DELETE {{ GRAPH {g} {{ ?a {deg} ?old }} }}\n"
            f"INSERT {{ GRAPH {g} {{ ?a {deg} ?new }} }}\n"
            f"WHERE {{ VALUES (?a ?delta) {{ {rows} }}\n"
            f"  OPTIONAL {{ GRAPH {g} {{ ?a {deg} ?old }} }}\n"
            "  BIND (COALESCE(?old, 0) + ?delta AS ?sum)\n"
            "  BIND (IF(?sum > 0, ?sum, ?unbound) AS ?new) }")


def link_insert(pairs: Iterable[Pair]) -> str:
    """Return a SPARQL update that stores ``pairs`` as links ("" if there are none)."""
    body = " ".join(f"<{a}> <{KG.linkedTo}> <{b}> ." for a, b in sorted(pairs))
    return f"INSERT DATA {{ GRAPH <{SUMMARY_GRAPH}> {{ {body} }} }}" if body else ""


def link_prune(pairs: Iterable[Pair], *, lateral: bool = True) -> str:
    """Return a SPARQL update that drops those of ``pairs`` no stored statement supports any more.

    Run after the graph that held them was dropped: a link stays while some document graph still
    has a direct edge (an asserted, non-negated statement) between the two actors, either way.
    ``lateral=False`` writes it in SPARQL 1.1 (``FILTER NOT EXISTS``) for engines without
    LATERAL.
    """
    rows = " ".join(f"(<{a}> <{b}>)" for a, b in sorted(pairs))
    if not rows:
        return ""
    g, link = f"<{SUMMARY_GRAPH}>", f"<{KG.linkedTo}>"
    if not lateral:
        exists = " ".join(
            f"FILTER NOT EXISTS {{ GRAPH ?g {{ {edge} . ?p a ?t }} "
            f"FILTER (?t IN ({_RELATION_TYPES})) }}" for edge in ("?a ?p ?b", "?b ?p ?a"))
        return (f"DELETE {{ GRAPH {g} {{ ?a {link} ?b }} }}\n"
                f"WHERE {{ VALUES (?a ?b) {{ {rows} }}\n  {exists} }}")
    # The supported pairs are found by LATERAL lookups (one index probe per pair and direction)
    # and subtracted with MINUS; Oxigraph evaluates a FILTER NOT EXISTS here without the pair's
    # bindings, which takes minutes on a large store.
    minus = "".join(
        f"  MINUS {{ VALUES (?a ?b) {{ {rows} }}\n"
        f"    LATERAL {{ SELECT ?a ?b WHERE {{ GRAPH ?g {{ {edge} . ?p a ?t }}\n"
        f"      FILTER (?t IN ({_RELATION_TYPES})) }} LIMIT 1 }} }}\n"
        for edge in ("?a ?p ?b", "?b ?p ?a"))
    return (f"DELETE {{ GRAPH {g} {{ ?a {link} ?b }} }}\n"
            f"WHERE {{ VALUES (?a ?b) {{ {rows} }}\n{minus}}}")


_ASSERTED_PAIR = ("?st rdf:subject ?a ; rdf:object ?b ; kg:negated false ; "
                  "kg:modality kg:asserted FILTER (isIRI(?a) && isIRI(?b) && ?a != ?b)")
"""The actor pairs links stand for: subject and object of an asserted, non-negated statement."""

def stored_links_query(graph: URIRef) -> str:
    """Return the query for the links one stored document graph supports."""
    return f"SELECT DISTINCT ?a ?b WHERE {{ GRAPH <{graph}> {{ {_ASSERTED_PAIR} }} }}"


_PREFIXES = {"rdf": str(RDF), "kg": str(KG)}
_HAS_STATEMENTS = "ASK { GRAPH ?g { ?st a kg:Statement } }"
_HAS_LINKS = "ASK { GRAPH ?g { ?a kg:linkedTo ?b } }"
_FILL_LINKS = (f"INSERT {{ GRAPH <{SUMMARY_GRAPH}> {{ ?a kg:linkedTo ?b . ?b kg:linkedTo ?a }} }}"
               f"\nWHERE {{ SELECT DISTINCT ?a ?b WHERE {{ GRAPH ?g {{ {_ASSERTED_PAIR} }} }} }}")


def ensure_links(store: Any) -> bool:
    """Fill in the links of a pyoxigraph store that has statements but none; return if it did.

    Stores and files written by kg before links existed answer ``paths`` after this. Statements
    in the default graph (a Turtle file) are not document graphs and are left alone.
    """
    if not bool(store.query(_HAS_STATEMENTS, prefixes=_PREFIXES)):
        return False
    if bool(store.query(_HAS_LINKS, prefixes=_PREFIXES)):
        return False
    store.update(_FILL_LINKS, prefixes=_PREFIXES)
    return True
