from rdflib import Graph, Literal
from rdflib.namespace import RDF

from kg.analysis.graphview import collapse, to_networkx
from kg.analysis.synthetic import demo_graph, random_graph
from kg.rdf.vocab import ENTITY, KG, STATEMENT

RU, KZ, PUTIN = str(ENTITY.Q159), str(ENTITY.Q232), str(ENTITY.Q7747)


def test_nodes_carry_label_type_aliases() -> None:
    view = to_networkx(demo_graph())
    assert view.number_of_nodes() == 12
    assert view.number_of_edges() == 12
    assert view.nodes[RU] == {"label": "Russland", "type": "Country",
                              "aliases": ("Moskau", "Russlands")}
    assert view.nodes[PUTIN]["type"] == "Person"


def test_edges_carry_statement_qualifiers() -> None:
    view = to_networkx(demo_graph())
    (data,) = view.get_edge_data(RU, KZ).values()
    assert data["relation"] == "intervenes in"
    assert data["negated"] is False and data["modality"] == "asserted"
    assert data["confidence"] == 0.9
    assert data["sentence"] == "Russland intervenierte in Kasachstan."
    assert data["doc"] == "ovks"
    (neg,) = view.get_edge_data(PUTIN, KZ).values()
    assert neg["negated"] is True and neg["modality"] == "intended"
    assert neg["relation"] == "besetzen"  # lemma predicate without label: last segment


def test_collapse_drops_negated_and_weights_parallel_edges() -> None:
    g = demo_graph()
    view = collapse(to_networkx(g))
    assert not view.has_edge(PUTIN, KZ)
    assert collapse(to_networkx(g), include_negated=True).has_edge(PUTIN, KZ)
    assert view.number_of_nodes() == 12
    assert view[RU][KZ]["weight"] == 1


def test_statement_without_object_is_skipped_and_untyped_actor_is_concept() -> None:
    g = Graph()
    st, st2 = STATEMENT.bad, STATEMENT.ok
    g.add((st, RDF.type, KG.Statement))
    g.add((st, RDF.subject, ENTITY.a))
    g.add((st2, RDF.type, KG.Statement))
    for p, o in ((RDF.subject, ENTITY.a), (RDF.predicate, KG.leads), (RDF.object, ENTITY.b),
                 (KG.negated, Literal("true")), (KG.confidence, Literal("n/a"))):
        g.add((st2, p, o))
    view = to_networkx(g)
    assert view.number_of_edges() == 1
    assert view.nodes[str(ENTITY.b)] == {"label": "b", "type": "Concept", "aliases": ()}
    (data,) = view.get_edge_data(str(ENTITY.a), str(ENTITY.b)).values()
    assert data["negated"] is True and data["confidence"] == 1.0 and data["doc"] == ""


def test_random_graph_is_reproducible() -> None:
    a = to_networkx(random_graph(50, 120, seed=3))
    b = to_networkx(random_graph(50, 120, seed=3))
    assert sorted(a.edges(keys=True)) == sorted(b.edges(keys=True))
    assert a.number_of_nodes() == 50 and a.number_of_edges() == 120


def test_dataset_is_read_as_union() -> None:
    from rdflib import Dataset, URIRef

    ds = Dataset()
    named = ds.graph(URIRef("https://w3id.org/kgnews/doc/x"))
    for triple in demo_graph():
        named.add(triple)
    view = to_networkx(ds)
    assert view.number_of_nodes() == 12 and view.number_of_edges() == 12
