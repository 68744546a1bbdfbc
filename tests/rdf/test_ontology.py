from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from kg.errors import ConfigError
from kg.rdf import genvocab
from kg.rdf.relations import RelationSpec, read_relations
from kg.rdf.vocab import KG, LEMMA, RELATION_IDS
from kg.resources import ontology_file
from kg.types import ActorType, Modality

STANDARD = ("http://www.w3.org/1999/02/22-rdf-syntax-ns#", "http://www.w3.org/2000/01/rdf-schema#",
            "http://www.w3.org/2004/02/skos/core#", "http://www.w3.org/ns/prov#")


def ontology() -> Graph:
    g = Graph().parse(ontology_file("kg.ttl"), format="turtle")
    g.parse(ontology_file("relations.ttl"), format="turtle")
    return g


def test_ontology_declares_actor_types_and_modalities() -> None:
    g = ontology()
    for t in ActorType:
        assert (KG[t.value], RDF.type, OWL.Class) in g
    for m in Modality:
        assert (KG[m.value], RDF.type, KG.Modality) in g
    for rid in RELATION_IDS:
        assert (KG[rid], RDF.type, OWL.ObjectProperty) in g


def test_every_property_in_output_is_declared(dataset) -> None:
    g = ontology()
    declared = {s for s in g.subjects() if isinstance(s, URIRef)}
    for _, p, _, _ in dataset.quads((None, None, None, None)):
        if str(p).startswith(STANDARD) or str(p).startswith(str(LEMMA)):
            continue
        assert p in declared, f"{p} is used but not declared in the ontology"


def test_every_kg_term_has_english_and_german_labels() -> None:
    g = Graph().parse(ontology_file("kg.ttl"), format="turtle")
    for s in set(g.subjects()):
        if isinstance(s, URIRef) and str(s).startswith(str(KG)) and str(s) != str(KG):
            langs = {lbl.language for lbl in g.objects(s, URIRef(STANDARD[1] + "label"))}
            assert {"en", "de"} <= langs, s


def test_vocab_py_is_up_to_date() -> None:
    stale = [p for p, text in genvocab.generate().items() if p.read_text(encoding="utf-8") != text]
    assert not stale, f"run python -m kg.rdf.genvocab: {stale}"


def test_generator_keeps_required_names_without_a_table(tmp_path: Path) -> None:
    (tmp_path / "kg.ttl").write_text(ontology_file("kg.ttl").read_text(encoding="utf-8"))
    files = genvocab.generate(tmp_path)
    vocab = files[Path(genvocab.__file__).with_name("vocab.py")]
    for name in ("memberOf", "intervenesIn", "leads", "foundedBy", "docId", "Statement"):
        assert f"    {name}: URIRef" in vocab
    rel = Graph().parse(data=files[tmp_path / "relations.ttl"], format="turtle")
    assert (KG.memberOf, RDF.type, KG.Relation) in rel


@pytest.mark.parametrize(("header", "row", "expected"), [
    ("id\tlabel_en\tlabel_de\twikidata\tcameo\tsymmetric\tinverse\tconll04",
     "memberOf\tmember of\tMitglied von\tP463\t\tno\thasMember\t",
     RelationSpec("memberOf", "member of", (("de", "Mitglied von"),), ("P463",), "", "hasMember",
                  False, "")),
    ("ID\tWikidata Property\tCAMEO code\tSymmetric",
     "allyOf\twdt:P1327|P1344\t057\tyes",
     RelationSpec("allyOf", wikidata=("P1327", "P1344"), cameo="057", symmetric=True)),
])
def test_relation_table_is_read_by_header_names(tmp_path: Path, header: str, row: str,
                                                expected: RelationSpec) -> None:
    path = tmp_path / "relations.tsv"
    path.write_text(f"# comment\n{header}\n{row}\n", encoding="utf-8")
    assert read_relations(path) == [expected]


@pytest.mark.parametrize("text", ["label_en\nfoo\n", "id\nmember of\n", "id\nx\nx\n"])
def test_bad_relation_tables_raise(tmp_path: Path, text: str) -> None:
    path = tmp_path / "relations.tsv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError):
        read_relations(path)


def test_missing_relation_table_is_empty(tmp_path: Path) -> None:
    assert read_relations(tmp_path / "none.tsv") == []


def test_generated_relations_ttl_from_table(tmp_path: Path) -> None:
    specs = [RelationSpec("allyOf", "ally of", (("de", "verbündet mit"),), ("P1327",), "057",
                          symmetric=True, quad_class="verbal-cooperation"),
             RelationSpec("memberOf", inverse="hasMember"), RelationSpec("hasMember",
                                                                          inverse="memberOf")]
    g = genvocab.relations_graph(specs)
    ally, has_member = URIRef(genvocab.NS + "allyOf"), URIRef(genvocab.NS + "hasMember")
    assert (ally, RDF.type, OWL.SymmetricProperty) in g
    assert (KG.memberOf, OWL.inverseOf, has_member) in g
    assert (ally, KG.cameoCode, Literal("057")) in g
    assert (ally, KG.quadClass, Literal("verbal-cooperation")) in g
    assert (ally, RDFS.label, Literal("verbündet mit", lang="de")) in g
    assert (KG.intervenesIn, RDF.type, KG.Relation) in g  # required names stay declared
