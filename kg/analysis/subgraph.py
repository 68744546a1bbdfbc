"""Cut an RDF graph down to some statements: a SPARQL result or an actor's neighbourhood.

The result is again an :class:`rdflib.Graph` of kg's shape (statement nodes with their
provenance, the actors they link, the documents they come from), so everything that renders
a graph renders a part of one the same way.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from rdflib import Graph
from rdflib.namespace import PROV, RDF, RDFS
from rdflib.term import Node, URIRef

from ..errors import QueryError
from ..rdf.vocab import KG


def _copy_about(source: Graph, target: Graph, node: Node) -> None:
    for triple in source.triples((node, None, None)):
        target.add(triple)


def restrict(graph: Graph, statements: Iterable[Node], actors: Iterable[Node] = ()) -> Graph:
    """Return the part of ``graph`` about the given statements and actors.

    Parameters
    ----------
    graph : rdflib.Graph
        A graph of kg's shape.
    statements : iterable of rdflib nodes
        Statement nodes to keep, with all their properties, their subject and object actors
        and their documents.
    actors : iterable of rdflib nodes
        Further actors to keep (with their labels and types) even if no statement links them.

    """
    out = Graph()
    for prefix, ns in graph.namespaces():
        out.bind(prefix, ns, override=False)
    keep: set[Node] = set(actors)
    docs: set[Node] = set()
    predicates: set[Node] = set()
    for st in set(statements):
        _copy_about(graph, out, st)
        for prop, bucket in ((RDF.subject, keep), (RDF.object, keep),
                             (RDF.predicate, predicates), (PROV.wasDerivedFrom, docs)):
            bucket.update(graph.objects(st, prop))
    for node in keep | docs:
        _copy_about(graph, out, node)
    for pred in predicates:
        for label in graph.objects(pred, RDFS.label):
            out.add((pred, RDFS.label, label))
    return out


def statements_between(graph: Graph, actors: set[Node]) -> list[Node]:
    """Return the statements whose subject and object are both in ``actors``."""
    objects = {st: o for st, _, o in graph.triples((None, RDF.object, None))}
    return [st for st, _, s in graph.triples((None, RDF.subject, None))
            if s in actors and objects.get(st) in actors]


def query_subgraph(graph: Graph, query: str) -> Graph:
    """Run a SPARQL query and return the statements its result names.

    * CONSTRUCT / DESCRIBE: statement nodes in the result are kept; other IRIs are taken as
      actors, and the statements between them are kept.
    * SELECT: every IRI in the result rows counts (statement nodes as statements, others as
      actors), so a SELECT of actor pairs gives the statements between those actors.

    Raises
    ------
    QueryError
        The query does not parse or is an ASK query.

    """
    try:
        result = graph.query(query)
    except Exception as err:  # rdflib raises pyparsing and other errors
        raise QueryError(f"SPARQL query failed: {err}; expected a CONSTRUCT or a SELECT "
                         f"of actors/statements") from err
    if result.type == "ASK":
        raise QueryError("an ASK query gives no graph to render; use CONSTRUCT or SELECT")
    cells: set[Node] = set()
    if result.graph is not None:
        for triple in result.graph:
            cells.update(n for n in triple if isinstance(n, URIRef))
    else:
        for row in result:
            cells.update(n for n in row if isinstance(n, URIRef))  # type: ignore[union-attr]
    statement_nodes = {n for n in cells if (n, RDF.type, KG.Statement) in graph}
    actors = cells - statement_nodes
    return restrict(graph, statement_nodes | set(statements_between(graph, actors)), actors)


def ego_subgraph(graph: Graph, actor: str, depth: int = 1) -> Graph:
    """Return the statements among the actors within ``depth`` steps of ``actor``."""
    from .graphview import to_networkx
    from .paths import ego_network

    ego = ego_network(to_networkx(graph), actor, depth)
    return restrict(graph, [URIRef(key) for *_, key in ego.edges(keys=True)],
                    [URIRef(n) for n in ego.nodes])


def focus_graph(source: str | Path, actor: str, depth: int = 1) -> tuple[Graph, str]:
    """Return the statements among the actors within ``depth`` steps of ``actor``, and a notice.

    ``source`` is a graph file or a store (folder, URL, …). A store is not read whole: the
    neighbourhood is walked out with SPARQL (:func:`kg.rdf.subset.neighbourhood`), at most
    :data:`kg.rdf.subset.MAX_STATEMENTS` statements; the notice says when a busy actor's
    statements were cut there ("" otherwise).
    """
    from ..rdf.graphstore import is_store, open_store

    if not is_store(source):
        from ..rdf.load import load_graph

        return ego_subgraph(load_graph(source), actor, depth), ""
    from ..rdf.subset import neighbourhood

    with open_store(source) as store:
        near = neighbourhood(store, actor, depth)
    notice = (f"only the first {near.statements:,} statements around {actor!r} were read from "
              "the store" if near.truncated else "")
    return ego_subgraph(near.graph, actor, depth), notice
