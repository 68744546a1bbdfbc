"""Convert RDF terms between rdflib and pyoxigraph."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.term import Node

from ..errors import GraphError
from .summary import ensure_links
from .vocab import LOADED_GRAPH


def to_ox(term: Node) -> Any:
    """Return the pyoxigraph term for an rdflib term."""
    import pyoxigraph as ox

    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise GraphError(f"cannot store the RDF term {term!r}; expected an IRI, blank node or literal")


def from_ox(term: Any) -> Node:
    """Return the rdflib term for a pyoxigraph term."""
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        dt = term.datatype.value
        if dt == "http://www.w3.org/2001/XMLSchema#string":
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(dt))
    raise GraphError(f"the store holds an RDF term kg cannot read: {term!r}")


def quads_to_ox(quads: Iterable[tuple[Node, Node, Node, Node]]) -> Iterator[Any]:
    """Yield pyoxigraph quads for rdflib (s, p, o, graph-name) tuples."""
    import pyoxigraph as ox

    for s, p, o, g in quads:
        yield ox.Quad(to_ox(s), to_ox(p), to_ox(o), to_ox(g))


def ox_store_from_graph(graph: Graph) -> Any:
    """Return an in-memory pyoxigraph store holding an rdflib graph (or a dataset's quads).

    A plain graph goes into the named graph :data:`~kg.rdf.vocab.LOADED_GRAPH`, so that queries
    with ``GRAPH ?g`` see it as they see a document graph.
    """
    import pyoxigraph as ox

    store = ox.Store()
    if isinstance(graph, Dataset):
        quads = (ox.Quad(to_ox(s), to_ox(p), to_ox(o),
                         ox.DefaultGraph() if g is None or g == DATASET_DEFAULT_GRAPH_ID
                         else to_ox(g))
                 for s, p, o, g in graph.quads((None, None, None, None)))
        store.extend(quads)
    else:
        name = ox.NamedNode(LOADED_GRAPH)
        store.extend(ox.Quad(to_ox(s), to_ox(p), to_ox(o), name) for s, p, o in graph)
    ensure_links(store)
    return store
