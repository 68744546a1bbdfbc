"""Whole-store analysis without copying the store: aggregate SPARQL into a NetworkX actor graph.

``kg analyze/report/render STORE`` used to copy every quad into rdflib (a 1.85M-quad store took
over a minute and 2 GB). Here the store answers a few aggregate queries instead — statements
grouped by subject, object, predicate and qualifier; actor types and labels; the flagged
claims — and the figures are the same as :func:`kg.analysis.summary.summarize` gives for the
same graph read from a file. Drawing reads the details of only the statements it draws
(:func:`drawable_graph`). The queries are SPARQL 1.1, so they run on any SPARQL server.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from ..rdf.graphstore import GraphStore
from ..rdf.vocab import KG
from ..types import ActorType, Modality
from .graphview import local_name, qualifier, relation_label
from .paths import ActorPath
from .summary import Claim, GraphSummary, assemble, path_ends

if TYPE_CHECKING:
    import networkx as nx

MAX_DRAWN_STATEMENTS = 5_000
"""Most statements a whole-store drawing reads from the store (the most central actors')."""

# Statements are counted inside their document graph (``GRAPH ?g``, which lets the engine join
# within one graph): a statement IRI hashes its document id, so no statement is in two graphs.
# statements per ordered actor pair, and how many of them are not negated
_PAIRS = """SELECT ?s ?o (COUNT(*) AS ?n) (SUM(IF(?neg = true, 0, 1)) AS ?w) WHERE {
  GRAPH ?g { ?st rdf:subject ?s ; rdf:object ?o ; rdf:predicate ?p ; kg:negated ?neg }
} GROUP BY ?s ?o"""
_RELATIONS = """SELECT ?p (COUNT(*) AS ?n) WHERE {
  GRAPH ?g { ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o } } GROUP BY ?p"""
_QUALIFIERS = """SELECT ?neg ?mod (COUNT(*) AS ?n) WHERE {
  GRAPH ?g { ?st rdf:subject ?s ; kg:negated ?neg ; kg:modality ?mod } } GROUP BY ?neg ?mod"""
_DOCUMENTS = """SELECT (COUNT(DISTINCT ?doc) AS ?n) WHERE {
  GRAPH ?g { ?g kg:docId ?doc . FILTER EXISTS { ?st rdf:subject ?s } } }"""
_TYPED = "SELECT DISTINCT ?a ?t WHERE {{ ?a a ?t FILTER (?t IN ({types})) }}"
_LABELS = "SELECT DISTINCT ?a ?l WHERE { ?a rdfs:label ?l }"
_CLAIMS = """SELECT ?st ?s ?p ?o ?neg ?mod ?sentence ?doc ?conf WHERE { GRAPH ?g {
  ?st kg:negated ?neg ; kg:modality ?mod .
  FILTER (?neg = true || ?mod != kg:asserted)
  ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
  OPTIONAL { ?st kg:sentence ?sentence }
  OPTIONAL { ?st kg:confidence ?conf }
  OPTIONAL { ?st prov:wasDerivedFrom ?d . ?d kg:docId ?doc }
} }"""
_BETWEEN = """SELECT DISTINCT ?st WHERE {
  #@params
  ?st rdf:subject ?s ; rdf:object ?o ; a kg:Statement .
}"""

_TYPES: dict[str, ActorType] = {str(KG[t.value]): t for t in ActorType}
_MODALITIES: dict[str, str] = {str(KG[m.value]): m.value for m in Modality}


@dataclass(frozen=True, slots=True)
class ActorGraph:
    """A store's actors and statement counts, as aggregate queries give them."""

    collapsed: nx.DiGraph  # weight = non-negated statements
    everything: nx.DiGraph  # weight = all statements (negated ones too), for drawing
    statements: int
    documents: int
    relations: Counter[str]
    qualifiers: Counter[str]
    types: Counter[str]
    labels: dict[str, str]


def _negated(node: Node | None) -> bool:
    if isinstance(node, Literal):
        value = node.toPython()
        return value if isinstance(value, bool) else str(value).strip().lower() in {"true", "1"}
    return False


def read_actor_graph(store: GraphStore) -> ActorGraph:
    """Read the weighted actor graph and the figures of a store with aggregate queries."""
    import networkx as nx

    labels: dict[str, str] = {}
    for a, label in store.select(_LABELS).rows:
        if a is not None and isinstance(label, Literal):
            key = str(a)
            if key not in labels or str(label) < labels[key]:
                labels[key] = str(label)
    types: dict[str, ActorType] = {}
    type_list = ", ".join(f"<{t}>" for t in _TYPES)
    for a, t in store.select(_TYPED.format(types=type_list)).rows:
        kind = _TYPES.get(str(t))
        if a is not None and kind is not None and (
                str(a) not in types or kind is not ActorType.CONCEPT):
            types[str(a)] = kind
    collapsed: nx.DiGraph = nx.DiGraph()
    everything: nx.DiGraph = nx.DiGraph()

    def add_actor(iri: str) -> None:
        if iri not in collapsed:
            attrs = {"label": labels.get(iri, local_name(iri)),
                     "type": types.get(iri, ActorType.CONCEPT).value}
            collapsed.add_node(iri, **attrs)
            everything.add_node(iri, **attrs)

    for iri in sorted(types):
        add_actor(iri)
    weights: dict[tuple[str, str], int] = {}
    totals: dict[tuple[str, str], int] = {}
    for s, o, n, w in store.select(_PAIRS).rows:
        if s is None or o is None or n is None:
            continue
        pair = (str(s), str(o))
        add_actor(pair[0])
        add_actor(pair[1])
        totals[pair] = int(str(n))
        if w is not None and int(str(w)) > 0:
            weights[pair] = int(str(w))
    relations: Counter[str] = Counter()
    for p, n in store.select(_RELATIONS).rows:
        if p is not None and n is not None:
            relations[relation_label(str(p), labels)] += int(str(n))
    qualifiers: Counter[str] = Counter()
    for neg, mod, n in store.select(_QUALIFIERS).rows:
        if n is not None:
            qualifiers[qualifier(_negated(neg), _MODALITIES.get(str(mod), "asserted"))] += int(
                str(n))
    statements = sum(totals.values())
    collapsed.add_edges_from((s, o, {"weight": w}) for (s, o), w in weights.items())
    everything.add_edges_from((s, o, {"weight": w}) for (s, o), w in totals.items())
    docs = store.select(_DOCUMENTS).rows
    documents = int(str(docs[0][0])) if docs and docs[0][0] is not None else 0
    kinds = Counter(str(d["type"]) for _, d in collapsed.nodes(data=True))
    return ActorGraph(collapsed, everything, statements, documents, relations, qualifiers,
                      kinds, labels)


def _claims(store: GraphStore, labels: dict[str, str]) -> list[Claim]:
    found: dict[str, Claim] = {}
    for st, s, p, o, neg, mod, sentence, doc, conf in store.select(_CLAIMS).rows:
        if st is None or str(st) in found:
            continue
        kind = qualifier(_negated(neg), _MODALITIES.get(str(mod), "asserted"))
        if kind == "asserted":
            continue
        try:
            confidence = float(str(conf)) if conf is not None else 1.0
        except ValueError:
            confidence = 1.0
        found[str(st)] = Claim(
            subject=labels.get(str(s), local_name(str(s))),
            relation=relation_label(str(p), labels),
            object=labels.get(str(o), local_name(str(o))), qualifier=kind,
            sentence=str(sentence) if sentence is not None else "",
            doc=str(doc) if doc is not None else "", confidence=confidence)
    return list(found.values())


def summarize_store(store: GraphStore, *, top: int = 10, path: tuple[str, str] | None = None,
                    with_betweenness: bool = True, seed: int = 42,
                    modal: bool = False, concepts: bool = False) -> GraphSummary:
    """Analyse a store as :func:`kg.analysis.summary.summarize` analyses a graph, without a copy.

    ``path`` reads only the statements among the actors on the shortest paths found (through
    non-negated statements); ``modal`` lets paths walk non-asserted statements too.
    """
    graph = read_actor_graph(store)
    paths, ends = _store_paths(store, graph, *path, modal=modal) if path else ([], None)
    collapsed = graph.collapsed if concepts else graph.collapsed.subgraph(
        [n for n, d in graph.collapsed.nodes(data=True)
         if d.get("type") != ActorType.CONCEPT.value]).copy()
    return assemble(collapsed, statements=graph.statements, documents=graph.documents,
                    relations=graph.relations, types=graph.types, qualifiers=graph.qualifiers,
                    claims=_claims(store, graph.labels), top=top,
                    with_betweenness=with_betweenness, seed=seed, paths=paths,
                    path_ends=ends, modal=modal)


def _store_paths(store: GraphStore, graph: ActorGraph, source: str, target: str, *,
                 modal: bool) -> tuple[list[ActorPath], tuple[str, str] | None]:
    import networkx as nx

    from ..rdf.subset import find_seeds
    from .graphview import to_networkx
    from .paths import shortest_paths

    ends = [find_seeds(store, name) for name in (source, target)]
    undirected = graph.collapsed.to_undirected(as_view=True)
    nodes: set[str] = set()
    for a in ends[0]:
        for b in ends[1]:
            try:
                for found in nx.all_shortest_paths(undirected, str(a), str(b)):
                    nodes.update(found)
                    if len(nodes) > 200:
                        break
            except (nx.NetworkXNoPath, nx.NodeNotFound):
                continue
    if not nodes:
        return [], None
    view = to_networkx(statements_graph(store, _statements_among(store, nodes, graph.everything)))
    return (list(shortest_paths(view, source, target, include_modal=modal)),
            path_ends(view, (source, target)))


def _statements_among(store: GraphStore, nodes: set[str], graph: nx.DiGraph) -> list[Node]:
    pairs = sorted((s, o) for s, o in graph.subgraph(nodes).edges)
    found: list[Node] = []
    for start in range(0, len(pairs), 2_000):
        rows = [{"s": URIRef(s), "o": URIRef(o)} for s, o in pairs[start:start + 2_000]]
        found += [r[0] for r in store.select(_BETWEEN, rows).rows if r[0] is not None]
    return found


def statements_graph(store: GraphStore, statements: list[Node],
                     actors: set[str] | None = None) -> Graph:
    """Return the given statements with their actors, documents and labels as an rdflib graph."""
    from ..rdf.subset import statements_graph as read

    return read(store, set(statements), {URIRef(a) for a in actors or ()})


@dataclass(frozen=True, slots=True)
class Drawable:
    """The part of a store a drawing shows, and what was left out."""

    graph: Graph
    notice: str  # "" when the whole store is drawn


def drawable_graph(store: GraphStore, *, max_nodes: int,
                   max_statements: int = MAX_DRAWN_STATEMENTS) -> Drawable:
    """Return the statements among the most central actors of a store (PageRank, all statements).

    Actors are taken by PageRank until ``max_nodes`` actors or ``max_statements`` statements
    among them are reached; only those statements are read from the store.
    """
    from .centrality import pagerank

    graph = read_actor_graph(store)
    scores = pagerank(graph.everything)
    order = sorted(graph.everything.nodes, key=lambda n: (-scores.get(n, 0.0), str(n)))
    chosen: set[str] = set()
    count = 0
    for node in order:
        if len(chosen) >= max_nodes:
            break
        added = sum(d["weight"] for _, o, d in graph.everything.out_edges(node, data=True)
                    if o in chosen or o == node)
        added += sum(d["weight"] for s, _, d in graph.everything.in_edges(node, data=True)
                     if s in chosen and s != node)
        if chosen and count + added > max_statements:
            break
        chosen.add(node)
        count += added
    part = statements_graph(store, _statements_among(store, chosen, graph.everything), chosen)
    total_actors, total = graph.everything.number_of_nodes(), graph.statements
    notice = "" if len(chosen) >= total_actors else (
        f"Showing the {len(chosen):,} most central of {total_actors:,} actors (by PageRank) "
        f"and the {count:,} statements among them, of {total:,}; focus on an actor "
        "(kg render --focus) to see the rest.")
    return Drawable(part, notice)
