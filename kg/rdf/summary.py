"""The summary graph: per-actor degrees, actor links and statement counts, built and updated.

Named queries that would otherwise scan every statement read this small graph instead:
``most-connected`` reads ``kg:degree`` (statements an actor takes part in) and ``paths`` walks
``kg:linkedTo`` (the actors are subject and object, either way round, of at least one asserted,
non-negated statement; stored in both directions). :func:`kg.rdf.build.build_dataset` writes
them; stores keep them current inside the same transaction that adds or removes a document
(:func:`degree_update`, :func:`link_insert`, :func:`link_prune`); :func:`ensure_links` fills in
the links of a store or file written before links existed.

Stores also keep statement counts (:class:`Tally`, ``kg:statementCount``), which whole-store
``kg analyze/report/render`` read instead of aggregating every statement: per ordered actor pair
(a ``PAIR`` node with ``kg:pairSubject``, ``kg:pairObject``, ``kg:statementCount`` and
``kg:weight``, the non-negated ones), per relation, per qualifier (modality IRIs count
non-negated statements, ``kg:negated`` the negated ones), per document, and in all (on the
summary graph's own IRI, which also says the counts are there). :func:`tally_update` merges a
document's share in; a store written before counts existed gets them from :func:`fill_tally`.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from .vocab import KG, PAIR, RDF, SUMMARY_GRAPH

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


COUNT_PROPERTIES = (KG.statementCount, KG.weight, KG.pairSubject, KG.pairObject)
"""The properties of the statement counts, which stores keep and built datasets do not."""


def pair_iri(subject: URIRef, obj: URIRef) -> URIRef:
    """Return the IRI of the summary graph's counter for statements from ``subject`` to ``obj``."""
    return PAIR[hashlib.sha256(f"{subject} {obj}".encode()).hexdigest()[:32]]


@dataclass(frozen=True, slots=True)
class Tally:
    """Statement counts of some documents, as a store's summary graph keeps them.

    ``statements`` counts per counter node (an actor pair's :func:`pair_iri`, a relation, a
    modality or ``kg:negated``, a document graph, :data:`SUMMARY_GRAPH` for all); ``weights``
    the non-negated statements per actor pair; ``pairs`` names each pair node's ends.
    """

    statements: Counter[URIRef] = field(default_factory=Counter)
    weights: Counter[URIRef] = field(default_factory=Counter)
    pairs: dict[URIRef, Pair] = field(default_factory=dict)

    def count(self, graph: URIRef, subject: URIRef, predicate: URIRef, obj: URIRef,
              negated: bool, modality: URIRef | None) -> None:
        """Count one statement of document graph ``graph``."""
        pair = pair_iri(subject, obj)
        self.pairs[pair] = (subject, obj)
        kind = KG.negated if negated else (
            modality if modality in _MODALITIES else KG.asserted)
        self.statements.update((pair, predicate, kind, graph, SUMMARY_GRAPH))
        if not negated:
            self.weights[pair] += 1

    def subtract(self, other: Tally) -> None:
        """Take ``other``'s counts away (a document's old share when it is replaced)."""
        self.statements.subtract(other.statements)
        self.weights.subtract(other.weights)
        self.pairs.update(other.pairs)


_MODALITIES = frozenset(KG[m] for m in ("asserted", "hypothetical", "intended", "reported",
                                         "pretext", "possible"))


def _negated(node: Node | None) -> bool:
    if isinstance(node, Literal):
        value = node.toPython()
        return value if isinstance(value, bool) else str(value).strip().lower() in {"true", "1"}
    return False


def tally(graph: Graph, name: URIRef) -> Tally:
    """Count the statements of the document graph ``graph`` (named ``name``)."""
    found = Tally()
    for st in graph.subjects(RDF.type, KG.Statement):
        s, p, o = (graph.value(st, prop) for prop in (RDF.subject, RDF.predicate, RDF.object))
        modality = graph.value(st, KG.modality)
        if isinstance(s, URIRef) and isinstance(p, URIRef) and isinstance(o, URIRef):
            found.count(name, s, p, o, _negated(graph.value(st, KG.negated)),
                        modality if isinstance(modality, URIRef) else None)
    return found


def tally_query(graph: URIRef | None = None) -> str:
    """Return the query for the statements a tally counts: one document graph's, or every one's.

    Its rows (graph, subject, predicate, object, negated, modality) go to :func:`tally_rows`.
    """
    values = f"VALUES ?g {{ <{graph}> }} " if graph is not None else ""
    return (f"SELECT ?g ?s ?p ?o ?neg ?mod WHERE {{ {values}GRAPH ?g {{\n"
            "  ?st a kg:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .\n"
            "  OPTIONAL { ?st kg:negated ?neg } OPTIONAL { ?st kg:modality ?mod } } }")


def tally_rows(rows: Iterable[Sequence[Node | None]]) -> Tally:
    """Count the statements of :func:`tally_query` answer rows."""
    found = Tally()
    for g, s, p, o, neg, mod in rows:
        if isinstance(g, URIRef) and isinstance(s, URIRef) and isinstance(p, URIRef) and (
                isinstance(o, URIRef)) and g != SUMMARY_GRAPH:
            found.count(g, s, p, o, _negated(neg), mod if isinstance(mod, URIRef) else None)
    return found


def tally_update(delta: Tally) -> str:
    """Return a SPARQL update adding ``delta`` to the stored counts ("" if nothing changes).

    Counts that reach zero are dropped, and with a pair's count its ends; a pair's ends are
    written with its count (a graph is a set, so writing them again changes nothing).
    """
    rows = []
    for node, n in sorted(delta.statements.items()):
        w = delta.weights.get(node, 0)
        if not n and not w:
            continue
        ends = delta.pairs.get(node)
        s, o = (f"<{ends[0]}>", f"<{ends[1]}>") if ends else ("UNDEF", "UNDEF")
        rows.append(f"(<{node}> {n} {w} {s} {o})")
    if not rows:
        return ""
    g = f"<{SUMMARY_GRAPH}>"
    count, weight = f"<{KG.statementCount}>", f"<{KG.weight}>"
    first, second = f"<{KG.pairSubject}>", f"<{KG.pairObject}>"
    return (f"DELETE {{ GRAPH {g} {{ ?n {count} ?old . ?n {weight} ?oldw . "
            f"?n {first} ?s . ?n {second} ?o }} }}\n"
            f"INSERT {{ GRAPH {g} {{ ?n {count} ?new . ?n {weight} ?neww . "
            f"?n {first} ?s2 . ?n {second} ?o2 }} }}\n"
            f"WHERE {{ VALUES (?n ?dn ?dw ?s ?o) {{ {' '.join(rows)} }}\n"
            f"  OPTIONAL {{ GRAPH {g} {{ ?n {count} ?old }} }}\n"
            f"  OPTIONAL {{ GRAPH {g} {{ ?n {weight} ?oldw }} }}\n"
            "  BIND (COALESCE(?old, 0) + ?dn AS ?sum)\n"
            "  BIND (COALESCE(?oldw, 0) + ?dw AS ?sumw)\n"
            "  BIND (IF(?sum > 0, ?sum, ?unbound) AS ?new)\n"
            "  BIND (IF(?sum > 0 && ?sumw > 0, ?sumw, ?unbound) AS ?neww)\n"
            "  BIND (IF(?sum > 0, ?s, ?unbound) AS ?s2)\n"
            "  BIND (IF(?sum > 0, ?o, ?unbound) AS ?o2) }")


HAS_TALLY = f"ASK {{ GRAPH <{SUMMARY_GRAPH}> {{ <{SUMMARY_GRAPH}> <{KG.statementCount}> ?n }} }}"
"""Whether a store keeps statement counts (the total is there once any statement was counted)."""
_HAS_STATEMENTS_ANYWHERE = "ASK { GRAPH ?g { ?st a kg:Statement } }"


def fill_tally(target: Any) -> bool:
    """Count every statement of a store that has statements but no counts; return if it did.

    ``target`` is a :class:`kg.rdf.graphstore.SparqlTarget` (``query`` and ``write``). Stores
    written before counts existed get them here, once (it reads every statement).
    """
    if target.query(HAS_TALLY).boolean or not target.query(_HAS_STATEMENTS_ANYWHERE).boolean:
        return False
    update = tally_update(tally_rows(target.query(tally_query()).rows))
    if update:
        target.write(update)
    return bool(update)


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
