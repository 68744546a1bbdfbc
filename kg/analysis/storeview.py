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
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from ..rdf.graphstore import GraphStore
from ..rdf.iris import local_name, relation_label
from ..rdf.summary import HAS_TALLY, pair_lines
from ..rdf.vocab import DOC, KG, SUMMARY_GRAPH
from ..types import ActorType, Modality
from .graphview import qualifier
from .paths import ActorPath
from .summary import Claim, GraphSummary, assemble, path_ends, sort_claims

if TYPE_CHECKING:
    import networkx as nx

MAX_DRAWN_STATEMENTS = 2_000
"""Most statements a whole-store drawing reads from the store (the most central actors')."""
MAX_CLAIMS = 1_000
"""Most flagged claims a whole-store summary lists (the first in report order; all are counted)."""

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
# the statement counts the summary graph keeps (kg.rdf.summary.Tally): one row per counter,
# one per subject actor for the pairs
_COUNTS = f"SELECT ?n ?c WHERE {{ GRAPH <{SUMMARY_GRAPH}> {{ ?n kg:statementCount ?c }} }}"
_PAIR_COUNTS = f"SELECT ?a ?v WHERE {{ GRAPH <{SUMMARY_GRAPH}> {{ ?a kg:pairCounts ?v }} }}"
_TYPED = "SELECT DISTINCT ?a ?t WHERE {{ ?a a ?t FILTER (?t IN ({types})) }}"
_LABELS = "SELECT DISTINCT ?a ?l WHERE { ?a rdfs:label ?l }"
_DOC_IDS = "SELECT ?g ?id WHERE { GRAPH ?g { ?g a kg:Document ; kg:docId ?id } }"
# the flagged statements of some documents (one qualifier at a time; selective per graph)
_FLAGGED = """SELECT ?g ?st ?s ?p ?o WHERE {{ #@params
  GRAPH ?g {{ ?st {match} . ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o }} }}"""
_CLAIM_DETAILS = """SELECT ?st ?q ?v WHERE { #@params
  ?st ?q ?v FILTER (?q IN (kg:sentence, kg:confidence)) }"""
_DOCS_PER_QUERY = 100
# the statements from some subjects (selective: one index range per subject) to some objects;
# a VALUES list of (subject, object) pairs is evaluated far slower by Oxigraph
_FROM = """SELECT ?st ?o WHERE {{ #@params
  GRAPH ?g {{ ?st rdf:subject ?s ; rdf:object ?o }} FILTER (?o IN ({objects})) }}"""

_TYPES: dict[str, ActorType] = {str(KG[t.value]): t for t in ActorType}
_MODALITIES: dict[str, str] = {str(KG[m.value]): m.value for m in Modality}
_QUALIFIER_NODES: dict[str, str] = {**_MODALITIES, str(KG.negated): "negated"}


@dataclass(frozen=True, slots=True)
class _Counts:
    """Statement counts: per ordered actor pair (all, non-negated), relation IRI, qualifier."""

    totals: dict[tuple[str, str], int]
    weights: dict[tuple[str, str], int]
    relations: Counter[str]  # by predicate IRI
    qualifiers: Counter[str]
    documents: int


def _int(node: Node | None) -> int:
    return int(str(node)) if node is not None else 0


def _stored_counts(store: GraphStore) -> _Counts | None:
    """Read the summary graph's statement counts (None when the store keeps none)."""
    if not store.select(HAS_TALLY).boolean:
        return None
    totals: dict[tuple[str, str], int] = {}
    weights: dict[tuple[str, str], int] = {}
    relations: Counter[str] = Counter()
    qualifiers: Counter[str] = Counter()
    documents = 0
    doc_space = str(DOC)
    for a, v in store.select(_PAIR_COUNTS).rows:
        for o, (n, w) in pair_lines(str(v)).items():
            totals[str(a), o] = n
            if w > 0:
                weights[str(a), o] = w
    for node, c in store.select(_COUNTS).rows:
        count, key = _int(c), str(node)
        if count <= 0:
            continue
        if key == str(SUMMARY_GRAPH):
            continue
        elif key in _QUALIFIER_NODES:
            qualifiers[_QUALIFIER_NODES[key]] += count
        elif key.startswith(doc_space):
            documents += 1
        else:
            relations[key] += count
    return _Counts(totals, weights, relations, qualifiers, documents)


def _aggregated_counts(store: GraphStore) -> _Counts:
    """Count statements with aggregate queries (stores written before counts were kept)."""
    totals: dict[tuple[str, str], int] = {}
    weights: dict[tuple[str, str], int] = {}
    for s, o, n, w in store.select(_PAIRS).rows:
        if s is None or o is None or n is None:
            continue
        pair = (str(s), str(o))
        totals[pair] = _int(n)
        if _int(w) > 0:
            weights[pair] = _int(w)
    relations: Counter[str] = Counter()
    for p, n in store.select(_RELATIONS).rows:
        if p is not None and n is not None:
            relations[str(p)] += _int(n)
    qualifiers: Counter[str] = Counter()
    for neg, mod, n in store.select(_QUALIFIERS).rows:
        if n is not None:
            qualifiers[qualifier(_negated(neg), _MODALITIES.get(str(mod), "asserted"))] += _int(n)
    docs = store.select(_DOCUMENTS).rows
    documents = _int(docs[0][0]) if docs else 0
    return _Counts(totals, weights, relations, qualifiers, documents)


@dataclass(frozen=True, slots=True)
class ActorGraph:
    """A store's actors and statement counts (NetworkX graphs of them built when asked for)."""

    actors: dict[str, tuple[str, str]]  # IRI → (label, ActorType value), in graph order
    totals: dict[tuple[str, str], int]  # all statements per ordered actor pair, sorted
    weights: dict[tuple[str, str], int]  # non-negated statements per pair
    statements: int
    documents: int
    relations: Counter[str]
    qualifiers: Counter[str]
    types: Counter[str]
    labels: dict[str, str]

    def digraph(self, *, negated: bool = False, concepts: bool = True) -> nx.DiGraph:
        """Return the weighted actor graph: weight = non-negated (or, ``negated``, all) statements.

        ``concepts=False`` leaves Concept nodes and their edges out.
        """
        import networkx as nx

        keep = {a: v for a, v in self.actors.items()
                if concepts or v[1] != ActorType.CONCEPT.value}
        graph: nx.DiGraph = nx.DiGraph()
        graph.add_nodes_from((a, {"label": label, "type": kind})
                             for a, (label, kind) in keep.items())
        counts = self.totals if negated else self.weights
        graph.add_edges_from((s, o, {"weight": n}) for (s, o), n in counts.items()
                             if s in keep and o in keep)
        return graph

    @property
    def collapsed(self) -> nx.DiGraph:
        """Return the actor graph weighted by non-negated statements (built anew)."""
        return self.digraph()

    @property
    def everything(self) -> nx.DiGraph:
        """Return the actor graph weighted by all statements, for drawing (built anew)."""
        return self.digraph(negated=True)


def _negated(node: Node | None) -> bool:
    if isinstance(node, Literal):
        value = node.toPython()
        return value if isinstance(value, bool) else str(value).strip().lower() in {"true", "1"}
    return False


def read_actor_graph(store: GraphStore) -> ActorGraph:
    """Read the weighted actor graph and the figures of a store.

    The counts come from the summary graph (:class:`kg.rdf.summary.Tally`); a store written
    before it kept them is counted with aggregate queries over every statement instead.
    """
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
    actors: dict[str, tuple[str, str]] = {}

    def add_actor(iri: str) -> None:
        if iri not in actors:
            actors[iri] = (labels.get(iri, local_name(iri)),
                           types.get(iri, ActorType.CONCEPT).value)

    for iri in sorted(types):
        add_actor(iri)
    counts = _stored_counts(store) or _aggregated_counts(store)
    pairs = sorted(counts.totals)  # one order whatever order the store answers in
    for s, o in pairs:
        add_actor(s)
        add_actor(o)
    relations: Counter[str] = Counter()
    for p, n in counts.relations.items():
        relations[relation_label(p, labels)] += n
    kinds = Counter(kind for _, kind in actors.values())
    return ActorGraph(actors, {pair: counts.totals[pair] for pair in pairs},
                      {pair: counts.weights[pair] for pair in pairs if pair in counts.weights},
                      sum(counts.totals.values()), counts.documents, relations,
                      counts.qualifiers, kinds, labels)


def _claims(store: GraphStore, labels: dict[str, str], qualifiers: Counter[str],
            limit: int) -> list[Claim]:
    """Read the first ``limit`` flagged claims in report order (:func:`sort_claims`).

    Claims are taken qualifier by qualifier (negated first) and document by document (by id),
    so only the documents the first claims come from are read.
    """
    docs = sorted((str(i), g) for g, i in store.select(_DOC_IDS).rows
                  if isinstance(g, URIRef) and i is not None)
    kinds = ["negated", *sorted(k for k in qualifiers if k not in ("negated", "asserted"))]
    found: list[Claim] = []
    rows: list[tuple[Node, Node, Node, Node, str, str]] = []
    for kind in kinds:
        if not qualifiers.get(kind):
            continue
        match = ("kg:negated ?neg FILTER (?neg = true)" if kind == "negated" else
                 f"kg:modality <{KG[kind]}> ; kg:negated ?neg FILTER (?neg != true)")
        for start in range(0, len(docs), _DOCS_PER_QUERY):
            batch = docs[start:start + _DOCS_PER_QUERY]
            ids: dict[Node, str] = {g: doc for doc, g in batch}
            answer = store.select(_FLAGGED.format(match=match), [{"g": g} for _, g in batch])
            rows += [(st, s, p, o, kind, ids.get(g, "")) for g, st, s, p, o in answer.rows
                     if g is not None and st is not None and s is not None and p is not None
                     and o is not None]
            if len(rows) >= limit:
                break
        if len(rows) >= limit:
            break
    details: dict[Node, dict[str, Node]] = {}
    wanted = sorted({r[0] for r in rows}, key=str)
    for start in range(0, len(wanted), 2_000):
        answer = store.select(_CLAIM_DETAILS, [{"st": st} for st in wanted[start:start + 2_000]])
        for st, q, v in answer.rows:
            if st is not None and q is not None and v is not None:
                details.setdefault(st, {}).setdefault(str(q), v)
    for st, s, p, o, kind, doc in rows:
        more = details.get(st, {})
        sentence, conf = more.get(str(KG.sentence)), more.get(str(KG.confidence))
        try:
            confidence = float(str(conf)) if conf is not None else 1.0
        except ValueError:
            confidence = 1.0
        found.append(Claim(
            subject=labels.get(str(s), local_name(str(s))),
            relation=relation_label(str(p), labels),
            object=labels.get(str(o), local_name(str(o))), qualifier=kind,
            sentence=str(sentence) if sentence is not None else "", doc=doc,
            confidence=confidence))
    return sort_claims(found)[:limit]


def summarize_store(store: GraphStore, *, top: int = 10, path: tuple[str, str] | None = None,
                    with_betweenness: bool = True, seed: int = 42,
                    modal: bool = False, concepts: bool = False,
                    max_claims: int = MAX_CLAIMS, graph: ActorGraph | None = None
                    ) -> GraphSummary:
    """Analyse a store as :func:`kg.analysis.summary.summarize` analyses a graph, without a copy.

    ``path`` reads only the statements among the actors on the shortest paths found (through
    non-negated statements); ``modal`` lets paths walk non-asserted statements too. Only the
    first ``max_claims`` flagged claims are listed (all are counted). ``graph`` is the store's
    :func:`read_actor_graph` when the caller has read it already.
    """
    graph = graph or read_actor_graph(store)
    paths, ends = _store_paths(store, graph, *path, modal=modal) if path else ([], None)
    collapsed = graph.digraph(concepts=concepts)
    return assemble(collapsed, statements=graph.statements, documents=graph.documents,
                    relations=graph.relations, types=graph.types, qualifiers=graph.qualifiers,
                    claims=_claims(store, graph.labels, graph.qualifiers, max_claims),
                    top=top, with_betweenness=with_betweenness, seed=seed, paths=paths,
                    path_ends=ends, modal=modal,
                    flagged=sum(n for k, n in graph.qualifiers.items() if k != "asserted"))


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
    view = to_networkx(statements_graph(store, _statements_among(store, nodes, graph.totals)))
    return (list(shortest_paths(view, source, target, include_modal=modal)),
            path_ends(view, (source, target)))


def _statements_among(store: GraphStore, nodes: set[str],
                      pairs: Iterable[tuple[str, str]]) -> list[Node]:
    """Return the statements whose subject and object are both among ``nodes``.

    ``pairs`` are the actor pairs that have statements (the subjects worth asking for).
    """
    inside = [(s, o) for s, o in pairs if s in nodes and o in nodes]
    subjects = sorted({s for s, _ in inside})
    query = _FROM.format(objects=", ".join(f"<{o}>" for o in sorted({o for _, o in inside})))
    found: set[Node] = set()
    for start in range(0, len(subjects), 500):
        rows = [{"s": URIRef(a)} for a in subjects[start:start + 500]]
        found.update(st for st, o in store.select(query, rows).rows
                     if st is not None and o is not None and str(o) in nodes)
    return sorted(found, key=str)


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
                   max_statements: int = MAX_DRAWN_STATEMENTS,
                   graph: ActorGraph | None = None) -> Drawable:
    """Return the statements among the most central actors of a store (PageRank, all statements).

    Actors are taken by PageRank until ``max_nodes`` actors or ``max_statements`` statements
    among them are reached; only those statements are read from the store. ``graph`` is the
    store's :func:`read_actor_graph` when the caller has read it already.
    """
    from .centrality import pagerank_of

    graph = graph or read_actor_graph(store)
    scores = pagerank_of(list(graph.actors), ((s, o, n) for (s, o), n in graph.totals.items()))
    order = sorted(graph.actors, key=lambda n: (-scores.get(n, 0.0), str(n)))
    out: dict[str, list[tuple[str, int]]] = {}
    into: dict[str, list[tuple[str, int]]] = {}
    for (s, o), n in graph.totals.items():
        out.setdefault(s, []).append((o, n))
        into.setdefault(o, []).append((s, n))
    chosen: set[str] = set()
    count = 0
    for node in order:
        if len(chosen) >= max_nodes:
            break
        added = sum(n for o, n in out.get(node, ()) if o in chosen or o == node)
        added += sum(n for s, n in into.get(node, ()) if s in chosen and s != node)
        if chosen and count + added > max_statements:
            break
        chosen.add(node)
        count += added
    part = statements_graph(store, _statements_among(store, chosen, graph.totals), chosen)
    total_actors, total = len(graph.actors), graph.statements
    notice = "" if len(chosen) >= total_actors else (
        f"Showing the {len(chosen):,} most central of {total_actors:,} actors (by PageRank) "
        f"and the {count:,} statements among them, of {total:,}; focus on an actor "
        "(kg render --focus) to see the rest.")
    return Drawable(part, notice)
