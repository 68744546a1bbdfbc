from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from rdflib import Dataset, Literal
from rdflib.compare import isomorphic, to_isomorphic

from kg.errors import GraphError
from kg.rdf.build import MentionRecord, build_dataset, union_graph
from kg.rdf.iris import document_iri, predicate_iri, statement_iri
from kg.rdf.vocab import ENTITIES_GRAPH, KG, LEMMA, RDF, SKOS, SUMMARY_GRAPH
from kg.types import Predicate, Resolution

from . import sample

GOLDEN = Path(__file__).parent / "data" / "golden.trig"


def test_matches_golden_trig(dataset: Dataset) -> None:
    golden = Dataset().parse(GOLDEN, format="trig")
    names = {g.identifier for g in dataset.graphs() if len(g)}
    assert names == {g.identifier for g in golden.graphs() if len(g)}
    for name in names:
        assert isomorphic(dataset.graph(name), golden.graph(name)), name


def test_build_is_deterministic() -> None:
    a = union_graph(build_dataset(sample.resolution(), sample.documents()))
    b = union_graph(build_dataset(sample.resolution(), sample.documents()))
    assert to_isomorphic(a) == to_isomorphic(b)


def test_direct_edges_only_for_asserted_non_negated(dataset: Dataset) -> None:
    g = union_graph(dataset)
    ru, kz, kreml, luka = (sample.E + x for x in ("Q159", "Q232", "Kreml", "Q5568"))
    from rdflib import URIRef
    assert (URIRef(ru), KG.intervenesIn, URIRef(kz)) in g
    assert not list(g.triples((URIRef(kreml), None, URIRef(luka))))  # negated
    assert not list(g.triples((URIRef(sample.E + "Q7747"), None, URIRef(sample.E + "Q184"))))


def test_entities_described_once_and_linked_from_each_document(dataset: Dataset) -> None:
    from rdflib import URIRef
    csto = URIRef(sample.E + "Q1141")
    entities = dataset.graph(ENTITIES_GRAPH)
    assert (csto, SKOS.altLabel, Literal("OVKS")) in entities
    assert (csto, KG.searchKey, Literal("ovks")) in entities
    for doc in ("a1", "a2"):
        graph = dataset.graph(document_iri(doc))
        assert not list(graph.triples((csto, SKOS.altLabel, None)))
        records = [MentionRecord.from_json("Q1141", str(o))
                   for o in graph.objects(csto, KG.mention)]
        assert records and all(r.doc_id == doc for r in records)
    assert len(list(dataset.quads((csto, RDF.type, None, None)))) == 1
    assert (csto, KG.degree, Literal(2)) in dataset.graph(SUMMARY_GRAPH)


def test_mention_records_keep_every_merge(dataset: Dataset) -> None:
    """Each merge's rule, score, evidence, text and span is in exactly one kg:mention record."""
    res = sample.resolution()
    records = [MentionRecord.from_json(str(s), str(o))
               for s, _, o, _ in dataset.quads((None, KG.mention, None, None))]
    for merge in res.merges:
        m = merge.mention
        found = [r for r in records if r.doc_id == m.doc_id and r.text == m.text
                 and r.rule == merge.rule and r.evidence == merge.evidence
                 and r.score == merge.score and (m.start, m.end) in r.spans]
        assert len(found) == 1, merge
    spans = sum(len(r.spans) for r in records)
    assert spans >= len({(m.doc_id, m.start, m.end, e) for m, e in res.mentions})


def test_derivable_values_left_out_and_kept_where_needed(dataset: Dataset) -> None:
    g = union_graph(dataset)
    for st in g.subjects(RDF.type, KG.Statement):
        start, text = g.value(st, KG.sentenceStart), g.value(st, KG.sentence)
        assert g.value(st, KG.sentenceEnd) is None
        assert start is not None and text is not None
        assert g.value(st, KG.extractor) is None
        predicate = g.value(st, RDF.predicate)
        if str(predicate).startswith(str(LEMMA)):
            assert g.value(st, KG.lemma) is None
            assert g.value(predicate, KG.lemma) is not None
    res = sample.resolution()
    t = res.triples[0]
    odd = replace(t, provenance=replace(t.provenance, end=t.provenance.end + 5,
                                        extractor="other.v1"))
    g = union_graph(build_dataset(replace(res, triples=(*res.triples[1:], odd)),
                                  sample.documents()))
    st = statement_iri(odd)
    assert g.value(st, KG.sentenceEnd) == Literal(odd.provenance.end)
    assert g.value(st, KG.extractor) == Literal("other.v1")


def test_described_entities_are_left_out() -> None:
    ds = build_dataset(sample.resolution(), sample.documents(), described={"Q1141"})
    from rdflib import URIRef
    csto = URIRef(sample.E + "Q1141")
    assert not list(ds.graph(ENTITIES_GRAPH).triples((csto, None, None)))
    assert list(ds.graph(document_iri("a1")).objects(csto, KG.mention))


@pytest.mark.parametrize(("pid", "expected"), [
    ("memberOf", KG.memberOf),
    ("lemma:de:unterstützen", LEMMA["de/unterstützen"]),
    ("lemma:de:übernehmen", LEMMA["de/übernehmen"]),
    ("lemma:de:\u0075\u0308bernehmen", LEMMA["de/übernehmen"]),  # NFD → NFC
    ("lemma:de:\n\xa0 beschließen ", LEMMA["de/beschließen"]),
    ("lemma:en:take part", LEMMA["en/take_part"]),
    ("lemma:en:'s", LEMMA["en/_%27s"]),
    ("lemma:en:100%", LEMMA["en/100%25"]),
])
def test_predicate_iris(pid: str, expected: str) -> None:
    assert predicate_iri(pid) == expected


@pytest.mark.parametrize("pid", ["noSuchRelation", "lemma:de", "lemma::x", "Person"])
def test_bad_predicate_ids_raise(pid: str) -> None:
    with pytest.raises(GraphError, match="predicate id"):
        predicate_iri(pid)


def test_statement_iri_depends_on_polarity() -> None:
    t = sample.resolution().triples[0]
    assert statement_iri(t) != statement_iri(replace(t, negated=True))
    assert statement_iri(t) == statement_iri(replace(t, time="2015"))


def test_unknown_document_raises() -> None:
    with pytest.raises(GraphError, match="not among the documents"):
        build_dataset(sample.resolution(), sample.documents()[:1])


def test_duplicate_document_ids_raise() -> None:
    docs = sample.documents()
    with pytest.raises(GraphError, match="occurs twice"):
        build_dataset(sample.resolution(), [*docs, docs[0]])


def test_unknown_related_relation_raises() -> None:
    res = sample.resolution()
    bad = replace(sample.KREMLIN, related=(("friendOf", "Q159"),))
    res = Resolution(res.triples, (*res.entities[:3], bad, *res.entities[4:]), res.mentions)
    with pytest.raises(GraphError, match="friendOf"):
        build_dataset(Resolution((), res.entities, ((res.mentions[4][0], "Kreml"),)),
                      sample.documents())


def test_duplicate_statements_keep_the_most_confident() -> None:
    res = sample.resolution()
    t = res.triples[0]
    weaker = replace(t, provenance=replace(t.provenance, confidence=0.1),
                     predicate=Predicate(t.predicate.id, t.predicate.label, t.predicate.lemma))
    ds = build_dataset(Resolution((weaker, t), res.entities, ()), sample.documents())
    g = union_graph(ds)
    assert list(g.objects(statement_iri(t), KG.confidence)) == [Literal(0.9)]
    assert len(list(g.subjects(RDF.type, KG.Statement))) == 1


def test_reported_statement_names_its_speaker() -> None:
    res = sample.resolution()
    t = replace(res.triples[0], attributed_to=sample.PUTIN)
    g = union_graph(build_dataset(replace(res, triples=(t, *res.triples[1:])), sample.documents()))
    from rdflib import URIRef
    assert (statement_iri(t), KG.attributedTo, URIRef(sample.E + "Q7747")) in g


def test_batches_write_each_description_once() -> None:
    """Two batches, the second told what the first described, hold what one build holds."""
    res, docs = sample.resolution(), sample.documents()
    whole = build_dataset(res, docs)

    def batch(doc_id: str, described: set[str]) -> Dataset:
        return build_dataset(Resolution(
            tuple(t for t in res.triples if t.provenance.doc_id == doc_id), res.entities,
            tuple(m for m in res.mentions if m[0].doc_id == doc_id),
            tuple(m for m in res.merges if m.mention.doc_id == doc_id)),
            [d for d in docs if d.id == doc_id], described=described)

    first = batch("a1", set())
    done = {str(s).rsplit("/", 1)[-1] for s in first.graph(ENTITIES_GRAPH).subjects(RDF.type)}
    second = batch("a2", done)
    assert not set(first.graph(ENTITIES_GRAPH)) & set(second.graph(ENTITIES_GRAPH))
    assert set(first.graph(ENTITIES_GRAPH)) | set(second.graph(ENTITIES_GRAPH)) == set(
        whole.graph(ENTITIES_GRAPH))
    for doc in docs:
        name = document_iri(doc.id)
        part = first if doc.id == "a1" else second
        assert isomorphic(part.graph(name), whole.graph(name))
