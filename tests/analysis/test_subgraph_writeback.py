import pytest
from rdflib import URIRef
from rdflib.namespace import RDF

from kg.analysis.centrality import rank_view
from kg.analysis.communities import detect_communities
from kg.analysis.graphview import collapse, to_networkx
from kg.analysis.subgraph import ego_subgraph, query_subgraph
from kg.analysis.synthetic import demo_graph
from kg.analysis.writeback import COMMUNITY, PAGERANK, annotate
from kg.errors import QueryError
from kg.rdf.vocab import ENTITY, KG

PAIRS = """PREFIX kge: <https://w3id.org/kgnews/entity/>
SELECT ?a ?b WHERE { VALUES (?a ?b) { (kge:Q159 kge:Q232) (kge:Q184 kge:Q1046) } }"""
CONSTRUCT = """PREFIX kg: <https://w3id.org/kgnews/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
CONSTRUCT { ?s ?p ?o } WHERE { ?st a kg:Statement ; kg:negated true ;
  rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o }"""


def test_select_pairs_keeps_their_statements() -> None:
    part = to_networkx(query_subgraph(demo_graph(), PAIRS))
    labels = {part.nodes[n]["label"] for n in part}
    assert labels == {"Russland", "Kasachstan", "Belarus", "OVKS"}
    assert part.number_of_edges() == 4  # RU→KZ, RU→BY (hypothetical), RU→OVKS, BY→OVKS


def test_construct_keeps_statements_between_named_actors() -> None:
    part = to_networkx(query_subgraph(demo_graph(), CONSTRUCT))
    assert part.number_of_edges() == 1
    (data,) = part.get_edge_data(str(ENTITY.Q7747), str(ENTITY.Q232)).values()
    assert data["negated"] and data["doc"] == "ovks"


def test_bad_queries() -> None:
    with pytest.raises(QueryError, match="SPARQL query failed"):
        query_subgraph(demo_graph(), "SELEKT nothing")
    with pytest.raises(QueryError, match="ASK"):
        query_subgraph(demo_graph(), "ASK { ?s ?p ?o }")


def test_ego_subgraph_is_kg_shaped() -> None:
    part = ego_subgraph(demo_graph(), "Belarus", 1)
    assert len(set(part.subjects(RDF.type, KG.Statement))) == 4  # with RU→OVKS
    assert {str(x) for x in part.objects(None, KG.docId)} == {"ovks", "other"}


def test_annotate_is_idempotent() -> None:
    g = demo_graph()
    view = collapse(to_networkx(g))
    ranks, parts = rank_view(view, top=None), detect_communities(view)
    added = annotate(g, ranks, parts)
    size = len(g)
    assert added == 12 * 2 + 12
    annotate(g, ranks, parts)
    assert len(g) == size
    value = g.value(URIRef(ENTITY.Q1046), PAGERANK)
    assert value is not None and 0 < float(value) < 1
    assert g.value(URIRef(ENTITY.Q1046), COMMUNITY) is not None
