"""The summary graph: per-actor degrees, actor links and statement counts, built and updated.

Named queries that would otherwise scan every statement read this small graph instead:
``most-connected`` reads ``kg:degree`` (statements an actor takes part in) and ``paths`` walks
``kg:linkedTo`` (the actors are subject and object, either way round, of at least one asserted,
non-negated statement; stored in both directions). :func:`kg.rdf.build.build_dataset` writes
them; stores keep them current inside the same transaction that adds or removes a document
(:func:`degree_update`, :func:`link_insert`, :func:`link_prune`); :func:`ensure_links` fills in
the links of a store or file written before links existed.

Stores also keep statement counts (:class:`Tally`), which whole-store ``kg analyze/report/render``
read instead of aggregating every statement: per ordered actor pair (one ``kg:pairCounts`` text
per subject actor, a line per object with all and non-negated statements: a whole-store read is
one row per actor, not a join per pair), and ``kg:statementCount`` per relation, per qualifier
(modality IRIs count non-negated statements, ``kg:negated`` the negated ones), per document and
in all (on the summary graph's own IRI, which also says the counts are there).
:func:`stored_tally_update` merges a document's share in; a store written before counts existed
gets them from :func:`fill_tally`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
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


COUNT_PROPERTIES = (KG.statementCount, KG.pairCounts)
"""The properties of the statement counts, which stores keep and built datasets do not."""


@dataclass(frozen=True, slots=True)
class Tally:
    """Statement counts of some documents, as a store's summary graph keeps them.

    ``statements`` counts per counter node (a relation, a modality or ``kg:negated``, a
    document graph, :data:`SUMMARY_GRAPH` for all); ``pairs`` and ``weights`` count all and the
    non-negated statements per ordered actor pair.
    """

    statements: Counter[URIRef] = field(default_factory=Counter)
    pairs: Counter[Pair] = field(default_factory=Counter)
    weights: Counter[Pair] = field(default_factory=Counter)

    def count(self, graph: URIRef, subject: URIRef, predicate: URIRef, obj: URIRef,
              negated: bool, modality: URIRef | None) -> None:
        """Count one statement of document graph ``graph``."""
        kind = KG.negated if negated else (
            modality if modality in _MODALITIES else KG.asserted)
        self.statements.update((predicate, kind, graph, SUMMARY_GRAPH))
        self.pairs[subject, obj] += 1
        if not negated:
            self.weights[subject, obj] += 1

    def subtract(self, other: Tally) -> None:
        """Take ``other``'s counts away (a document's old share when it is replaced)."""
        self.statements.subtract(other.statements)
        self.pairs.subtract(other.pairs)
        self.weights.subtract(other.weights)


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
    # a constant graph name, not ``VALUES ?g``: Oxigraph then evaluates the OPTIONALs inside
    # the one graph (2 ms on a 1.85M-quad store) instead of over every graph (2.5 s)
    target, bind = (f"<{graph}>", f" BIND (<{graph}> AS ?g)") if graph is not None else ("?g", "")
    return (f"SELECT ?g ?s ?p ?o ?neg ?mod WHERE {{ GRAPH {target} {{\n"
            "  ?st a kg:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .\n"
            "  OPTIONAL { ?st kg:negated ?neg } OPTIONAL { ?st kg:modality ?mod } }"
            f"{bind} }}")


def tally_rows(rows: Iterable[Sequence[Node | None]]) -> Tally:
    """Count the statements of :func:`tally_query` answer rows."""
    found = Tally()
    for g, s, p, o, neg, mod in rows:
        if isinstance(g, URIRef) and isinstance(s, URIRef) and isinstance(p, URIRef) and (
                isinstance(o, URIRef)) and g != SUMMARY_GRAPH:
            found.count(g, s, p, o, _negated(neg), mod if isinstance(mod, URIRef) else None)
    return found


def pair_lines(text: str) -> dict[str, tuple[int, int]]:
    """Read a ``kg:pairCounts`` value: object IRI → (statements, non-negated statements)."""
    found: dict[str, tuple[int, int]] = {}
    for line in text.splitlines():
        parts = line.split(" ")
        if len(parts) == 3 and parts[1].isdigit() and parts[2].isdigit():
            found[parts[0]] = (int(parts[1]), int(parts[2]))
    return found


def _pair_text(pairs: dict[str, tuple[int, int]]) -> str:
    return "\n".join(f"{o} {n} {w}" for o, (n, w) in sorted(pairs.items()) if n > 0)


def pair_counts_query(subjects: Iterable[URIRef]) -> str:
    """Return the query for the stored ``kg:pairCounts`` of some actors ("" for none)."""
    values = " ".join(f"<{a}>" for a in sorted(set(subjects)))
    if not values:
        return ""
    return (f"SELECT ?a ?v WHERE {{ VALUES ?a {{ {values} }} "
            f"GRAPH <{SUMMARY_GRAPH}> {{ ?a <{KG.pairCounts}> ?v }} }}")


def tally_update(delta: Tally, stored: Iterable[Sequence[Node | None]] = ()) -> str:
    """Return a SPARQL update adding ``delta`` to the stored counts ("" if nothing changes).

    ``stored`` are the answer rows (actor, value) of :func:`pair_counts_query` for the subjects
    of ``delta``'s pairs: their ``kg:pairCounts`` are rewritten (the other counters are added to
    inside the update). Counts that reach zero are dropped.
    """
    old: dict[str, str] = {str(a): str(v) for a, v in stored if a is not None and v is not None}
    by_subject: dict[str, dict[str, tuple[int, int]]] = {}
    for (s, o), n in delta.pairs.items():
        w = delta.weights.get((s, o), 0)
        if n or w:
            by_subject.setdefault(str(s), {})[str(o)] = (n, w)
    g, pc = f"<{SUMMARY_GRAPH}>", f"<{KG.pairCounts}>"
    removed, added = [], []
    for subject, changes in sorted(by_subject.items()):
        current = pair_lines(old.get(subject, ""))
        for target, (n, w) in changes.items():
            was = current.get(target, (0, 0))
            current[target] = (was[0] + n, max(0, was[1] + w))
        if subject in old:
            removed.append(f"<{subject}> {pc} {Literal(old[subject]).n3()} .")
        text = _pair_text(current)
        if text:
            added.append(f"<{subject}> {pc} {Literal(text).n3()} .")
    parts = []
    if removed:
        parts.append(f"DELETE DATA {{ GRAPH {g} {{ {' '.join(removed)} }} }}")
    if added:
        parts.append(f"INSERT DATA {{ GRAPH {g} {{ {' '.join(added)} }} }}")
    rows = " ".join(f"(<{node}> {n})" for node, n in sorted(delta.statements.items()) if n)
    if rows:
        count = f"<{KG.statementCount}>"
        parts.append(f"DELETE {{ GRAPH {g} {{ ?n {count} ?old }} }}\n"
                     f"INSERT {{ GRAPH {g} {{ ?n {count} ?new }} }}\n"
                     f"WHERE {{ VALUES (?n ?delta) {{ {rows} }}\n"
                     f"  OPTIONAL {{ GRAPH {g} {{ ?n {count} ?old }} }}\n"
                     "  BIND (COALESCE(?old, 0) + ?delta AS ?sum)\n"
                     "  BIND (IF(?sum > 0, ?sum, ?unbound) AS ?new) }")
    return " ;\n".join(parts)


def stored_tally_update(target: Any, delta: Tally) -> str:
    """Return :func:`tally_update` for ``delta`` after reading the pair counts it changes.

    ``target`` is a :class:`kg.rdf.graphstore.SparqlTarget`.
    """
    query = pair_counts_query(s for s, _ in delta.pairs)
    return tally_update(delta, target.query(query).rows if query else ())


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
    update = stored_tally_update(target, tally_rows(target.query(tally_query()).rows))
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
