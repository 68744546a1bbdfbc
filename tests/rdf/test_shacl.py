from __future__ import annotations

from rdflib import Dataset, Literal

from kg.rdf.build import union_graph
from kg.rdf.shacl import validate_graph
from kg.rdf.vocab import KG, RDFS


def test_built_graph_conforms(dataset: Dataset) -> None:
    assert validate_graph(union_graph(dataset)) == []


def test_violations_are_readable(dataset: Dataset) -> None:
    g = union_graph(dataset)
    st = next(s for s in g.subjects(KG.negated, Literal(True)))
    g.remove((st, KG.negated, None))
    doc = next(g.subjects(KG.docId, Literal("a1")))
    g.set((doc, KG.contentHash, Literal("nothex")))
    actor = next(g.subjects(RDFS.label, Literal("Belarus")))
    g.remove((actor, RDFS.label, None))
    texts = [str(v) for v in validate_graph(g)]
    assert any("(Kreml" in t and "kg:negated" in t and "xsd:boolean" in t for t in texts), texts
    assert any("kg:contentHash" in t and "sha256" in t for t in texts), texts
    assert any("rdfs:label" in t and "needs a label" in t for t in texts), texts
