"""Write analysis results back into the RDF graph as annotations on the actors.

Terms: ``kg:pagerank``, ``kg:betweenness``, ``kg:community``. They are not yet in
``ontologies/kg.ttl``; until they are, they are made here from the ontology namespace.
(``kg:degree`` belongs to the stores' summary graph and is left alone.)
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from rdflib import Graph, Literal
from rdflib.namespace import XSD
from rdflib.term import URIRef

from ..rdf.vocab import KG
from .centrality import ActorRank
from .communities import Community

PAGERANK: URIRef = KG.pagerank
BETWEENNESS: URIRef = KG.betweenness
COMMUNITY: URIRef = KG.community


def annotate(
    graph: Graph, ranks: Iterable[ActorRank], communities: Iterable[Community] = ()
) -> int:
    """Add centrality and community annotations to ``graph`` in place.

    Earlier annotations of the same actors are replaced, so annotating twice gives the same
    graph.

    Parameters
    ----------
    graph : rdflib.Graph
        The graph to annotate (the one the ranks were computed from).
    ranks : iterable of ActorRank
        From :func:`kg.analysis.centrality.rank_view` with ``top=None``.
    communities : iterable of Community
        From :func:`kg.analysis.communities.detect_communities`.

    Returns
    -------
    int
        Number of triples added.

    """
    added = 0
    for rank in ranks:
        node = URIRef(rank.id)
        for prop, value in ((PAGERANK, Literal(round(rank.pagerank, 6), datatype=XSD.double)),
                            (BETWEENNESS, Literal(round(rank.betweenness, 6),
                                                  datatype=XSD.double))):
            graph.set((node, prop, value))
            added += 1
    for community in communities:
        for member in community.members:
            graph.set((URIRef(member), COMMUNITY, Literal(community.index)))
            added += 1
    return added


def write_annotated(graph: Graph, path: Path) -> int:
    """Annotate ``graph`` with every actor's figures and serialise it to ``path``.

    The RDF format follows the file's extension (``.ttl``, ``.nt``, ``.trig`` …).

    Raises
    ------
    GraphError
        The extension names no RDF format.
    OutputError
        The file cannot be written.

    """
    from ..files import write_atomic
    from ..rdf.load import rdf_format
    from .centrality import rank_view
    from .communities import detect_communities
    from .graphview import collapse, to_networkx

    fmt = rdf_format(Path(path))
    view = collapse(to_networkx(graph))
    added = annotate(graph, rank_view(view, top=None, with_betweenness=True),
                     detect_communities(view))
    write_atomic(Path(path), lambda tmp: graph.serialize(destination=str(tmp), format=fmt))
    return added
