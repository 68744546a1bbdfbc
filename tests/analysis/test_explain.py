from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SKOS, XSD

from kg.analysis.explain import explain, find_actor, format_explanation
from kg.cli.main import main
from kg.errors import KGError
from kg.rdf.vocab import DOC, ENTITY, KG, STATEMENT, WD


def _graph() -> Graph:
    g = Graph()
    putin, russia, kremlin = ENTITY["Wladimir_Putin"], ENTITY["Q159"], ENTITY["Kremlin"]
    doc = DOC["abc"]
    g.add((doc, KG.docId, Literal("sample.txt")))
    for node, cls, label in ((putin, KG.Person, "Wladimir Putin"), (russia, KG.Country, "Russia"),
                             (kremlin, KG.Organization, "Kremlin")):
        g.add((node, RDF.type, cls))
        g.add((node, RDFS.label, Literal(label)))
    g.add((putin, SKOS.altLabel, Literal("Putins")))
    g.add((russia, SKOS.altLabel, Literal("Russland")))
    g.add((russia, KG.wikidata, WD["Q159"]))
    g.add((kremlin, KG.metonymOf, russia))
    for i, (text, rule, score, evidence) in enumerate((
        ("Wladimir Putin", "exact", 1.0, "Wladimir Putin"),
        ("Putins", "partial-name", 0.85, "Putins → Wladimir Putin"),
        ("er", "pronoun", 0.8, "er → Putin (offset 10)"),
    )):
        node = STATEMENT[f"merge-{i}"]
        g.add((putin, KG.mergedFrom, node))
        g.add((node, RDF.type, KG.Merge))
        g.add((node, KG.mentionText, Literal(text)))
        g.add((node, KG.mentionStart, Literal(10 * i, datatype=XSD.integer)))
        g.add((node, KG.mentionEnd, Literal(10 * i + len(text), datatype=XSD.integer)))
        g.add((node, KG.rule, Literal(rule)))
        g.add((node, KG.score, Literal(score)))
        g.add((node, KG.evidence, Literal(evidence)))
        g.add((node, PROV.wasDerivedFrom, doc))
    return g


@pytest.mark.parametrize(("query", "local"), [("wladimir putin", "Wladimir_Putin"),
                                              ("PUTINS", "Wladimir_Putin"),
                                              ("russland", "Q159"), ("Q159", "Q159"),
                                              ("kremlin", "Kremlin")])
def test_find_actor_case_insensitive(query: str, local: str) -> None:
    assert find_actor(_graph(), query) == URIRef(ENTITY[local])


def test_unknown_actor_lists_close_matches() -> None:
    with pytest.raises(KGError, match="close matches: Wladimir Putin"):
        find_actor(_graph(), "Wladimir Puttin")


def test_graph_without_actors() -> None:
    with pytest.raises(KGError, match="no actors"):
        find_actor(Graph(), "Putin")


def test_explain_collects_merges_and_documents() -> None:
    exp = explain(_graph(), "Putins")
    assert exp.label == "Wladimir Putin"
    assert [m.rule for m in exp.merges] == ["exact", "partial-name", "pronoun"]
    assert exp.merges[1].score == pytest.approx(0.85)
    assert exp.documents == ("sample.txt",)
    text = format_explanation(exp)
    assert "partial-name" in text and "Putins → Wladimir Putin" in text


def test_explain_metonym_and_wikidata() -> None:
    assert explain(_graph(), "Kremlin").related == (("metonymOf", "Russia"),)
    assert explain(_graph(), "Russia").wikidata == "Q159"


def test_cli_explain(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "graph.ttl"
    _graph().serialize(path, format="turtle")
    assert main(["explain", str(path), "Wladimir Puttin"]) == 2  # ConfigError: unknown actor
    assert "close matches" in capsys.readouterr().err
    assert main(["explain", str(path), "putin"]) == 0  # one node has the word "Putin"
    assert "Wladimir Putin" in capsys.readouterr().out
    assert main(["explain", str(path), "putins", "--json"]) == 0
    assert '"rule": "partial-name"' in capsys.readouterr().out


def test_explain_reads_mention_records_of_a_built_graph() -> None:
    from kg.rdf.build import build_dataset, union_graph
    from tests.rdf import sample

    graph = union_graph(build_dataset(sample.resolution(), sample.documents()))
    kaz = explain(graph, "Kasachstan")
    assert [(m.document, m.start, m.end, m.text) for m in kaz.merges] == [
        ("a1", 31, 41, "Kasachstan"), ("a1", 43, 53, "Kasachstan")]
    csto = explain(graph, "OVKS")
    merged = {(m.document, m.text, m.rule, m.score, m.evidence) for m in csto.merges}
    for merge in sample.resolution().merges:
        if merge.entity_id == "Q1141":
            assert (merge.mention.doc_id, merge.mention.text, merge.rule, merge.score,
                    merge.evidence) in merged
    assert csto.documents == ("a1", "a2")
