from __future__ import annotations

from rdflib import Dataset, Literal

from kg.rdf.build import union_graph
from kg.rdf.shacl import validate_graph
from kg.rdf.vocab import KG, PROV, RDFS


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


def test_extractor_needed_on_statement_or_document(dataset: Dataset) -> None:
    g = union_graph(dataset)
    doc = next(g.subjects(KG.docId, Literal("a1")))
    g.remove((doc, KG.extractor, None))
    texts = [str(v) for v in validate_graph(g)]
    assert texts and all("needs its extractor" in t for t in texts), texts
    st = next(g.subjects(PROV.wasDerivedFrom, doc))
    g.add((st, KG.extractor, Literal("kg.test_extractor.v1")))
    assert len(validate_graph(g)) == len(texts) - 1


def test_mention_records_are_json(dataset: Dataset) -> None:
    g = union_graph(dataset)
    actor = next(g.subjects(KG.mention, None))
    g.add((actor, KG.mention, Literal("not json")))
    texts = [str(v) for v in validate_graph(g)]
    assert any("kg:mention" in t and "rdf:JSON" in t for t in texts), texts
