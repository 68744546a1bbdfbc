"""Read one actor's neighbourhood out of a store without loading the whole store.

``kg render STORE --focus ACTOR`` on a store of a million statements cannot copy the store into
rdflib first. :func:`neighbourhood` walks out from the actor with SPARQL, one query per step,
and returns the statements found (with their actors, documents and predicate labels) as an
rdflib graph of kg's usual shape, small enough for :mod:`kg.analysis` and :mod:`kg.viz`.
"""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from ..errors import ConfigError
from .build import bind_prefixes
from .graphstore import GraphStore
from .sparql import LOOKUP
from .vocab import PROV, RDF

MAX_STATEMENTS = 2_000
"""Most statements read per neighbourhood; a busy actor's are cut there, with a notice."""

_WORD = ("SELECT DISTINCT ?a WHERE {{ ?a kg:searchKey ?k . "
         "FILTER (CONTAINS(?k, {word}) && REGEX(?k, {pattern})) }} LIMIT 50")
_TOUCHING = """SELECT ?st ?other WHERE {{
  {{ ?st rdf:subject ?a ; rdf:object ?other }} UNION {{ ?st rdf:object ?a ; rdf:subject ?other }}
}} LIMIT {limit}"""
# what kg.analysis and kg.viz read of a statement (the full provenance stays in the store)
_STATEMENTS = """SELECT ?n ?p ?o WHERE {
  ?n ?p ?o .
  FILTER (?p IN (rdf:type, rdf:subject, rdf:predicate, rdf:object, kg:negated, kg:modality,
                 kg:confidence, kg:sentence, kg:time, kg:place, kg:lemma, kg:rule,
                 prov:wasDerivedFrom, dcterms:date))
}"""
# an actor's description is in the entities graph once (stores written before it repeat it in
# every document graph that mentions it, and the union of the graphs is a bag): take each once
_ACTORS = """CONSTRUCT { ?n ?p ?o } WHERE {
  { SELECT DISTINCT ?n ?p ?o WHERE {
      #@params
      ?n ?p ?o .
      FILTER (?p IN (rdf:type, rdfs:label, skos:altLabel, kg:wikidata, kg:metonymOf))
  } }
}"""
_DOCS = "SELECT ?n ?p ?o WHERE { ?n ?p ?o }"
# a predicate's label is repeated in every document graph that uses it: read one
_PREDICATES = """CONSTRUCT { ?n rdfs:label ?label } WHERE {
  LATERAL { SELECT ?n ?label WHERE { ?n rdfs:label ?label } LIMIT 1 }
}"""
# the same in SPARQL 1.1, for engines without LATERAL (Virtuoso): every copy, taken once
_PREDICATES_11 = "CONSTRUCT { ?n rdfs:label ?label } WHERE { ?n rdfs:label ?label }"


@dataclass(frozen=True, slots=True)
class Neighbourhood:
    """An actor's surroundings read from a store."""

    graph: Graph
    seeds: tuple[URIRef, ...]
    statements: int
    truncated: bool


def find_seeds(store: GraphStore, name: str) -> list[URIRef]:
    """Return the actors a name may mean: exact label/alias/id first, then a whole word of one.

    Raises
    ------
    ConfigError
        No actor of the store has the name or a word of it.

    """
    key = name.strip().lower()
    rows = store.select(LOOKUP, [{"key": Literal(key)}]).rows
    if not rows and key:
        word = Literal(key)
        pattern = Literal(r"(^|[\s_-])" + _regex_escape(key) + r"($|[\s_-])")
        rows = store.select(_WORD.format(word=word.n3(), pattern=pattern.n3())).rows
    seeds = sorted({r[0] for r in rows if isinstance(r[0], URIRef)})
    if not seeds:
        raise ConfigError(f"no actor named {name!r} in the store {store.name} (names are matched "
                          "against labels, aliases and ids, or a whole word of one)")
    return seeds


def _construct(store: GraphStore, graph: Graph, query: str, nodes: set[Node]) -> None:
    """Add to ``graph`` what a CONSTRUCT gives for each of ``nodes`` (bound as ``?n``)."""
    rows = [{"n": n} for n in sorted(nodes, key=str)]
    # Oxigraph answers 5 VALUES blocks of 1,000 rows ~3x faster than one of 5,000
    for chunk in range(0, len(rows), 1_000):
        part = store.select(query, rows[chunk:chunk + 1_000]).graph
        if part is not None:
            graph += part


def _select(store: GraphStore, graph: Graph, query: str, nodes: set[Node]) -> None:
    """Add to ``graph`` the triples a SELECT of ``?n ?p ?o`` gives for each of ``nodes``.

    Cheaper than a CONSTRUCT, whose answer is an rdflib graph copied once more into ``graph``.
    """
    rows = [{"n": n} for n in sorted(nodes, key=str)]
    for chunk in range(0, len(rows), 1_000):
        answer = store.select(query, rows[chunk:chunk + 1_000]).rows
        graph.addN((s, p, o, graph) for s, p, o in answer
                   if s is not None and p is not None and o is not None)


def _regex_escape(text: str) -> str:
    return "".join("\\" + c if c in r".^$*+?()[]{}|\/" else c for c in text)


def neighbourhood(store: GraphStore, name: str, depth: int = 1, *,
                  max_statements: int = MAX_STATEMENTS) -> Neighbourhood:
    """Return the statements within ``depth`` steps of the actor ``name`` as a graph.

    Each step reads the statements whose subject or object is an actor reached so far; reading
    stops at ``max_statements`` (``truncated`` then says so).
    """
    if depth < 0:
        raise ConfigError(f"depth must be 0 or more, got {depth}")
    seeds = find_seeds(store, name)
    reached: set[Node] = set(seeds)
    frontier: set[Node] = set(seeds)
    statements: set[Node] = set()
    truncated = False
    for step in range(depth + 1):
        # the last step only adds the statements among the outermost actors themselves
        last = step == depth
        if not frontier or truncated:
            break
        room = max_statements - len(statements)
        rows = store.select(_TOUCHING.format(limit=room + 1),
                              [{"a": a} for a in sorted(frontier, key=str)]).rows
        new_actors: set[Node] = set()
        for st, other in rows:
            if st is None or other is None or (last and other not in reached):
                continue
            if st not in statements and len(statements) >= max_statements:
                truncated = True
                break
            statements.add(st)
            if other not in reached:
                new_actors.add(other)
        reached |= new_actors
        frontier = new_actors
    graph = statements_graph(store, statements, reached)
    return Neighbourhood(graph, tuple(seeds), len(statements), truncated)


def statements_graph(store: GraphStore, statements: set[Node], actors: set[Node] | None = None
                     ) -> Graph:
    """Read statements (what analysis and drawing use of them), their actors and documents.

    ``actors`` are read too (with their labels and types) even if no statement links them;
    by default the statements' subjects and objects.
    """
    graph = Graph()
    bind_prefixes(graph)
    _select(store, graph, _STATEMENTS, statements)
    ends = set(graph.objects(None, RDF.subject)) | set(graph.objects(None, RDF.object))
    _construct(store, graph, _ACTORS, ends | (actors or set()))
    _select(store, graph, _DOCS, set(graph.objects(None, PROV.wasDerivedFrom)))
    lateral = getattr(store, "lateral", True)  # DocumentStore says whether its engine has it
    _construct(store, graph, _PREDICATES if lateral else _PREDICATES_11,
               set(graph.objects(None, RDF.predicate)))
    return graph
