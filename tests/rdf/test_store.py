from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from rdflib import Dataset, URIRef

from kg.errors import GraphError
from kg.rdf import graphstore
from kg.rdf import store as store_mod
from kg.rdf.build import build_dataset
from kg.rdf.store import add_to_store, make_memory_store, open_oxigraph_store
from kg.rdf.vocab import ENTITIES_GRAPH
from kg.types import Document

from . import sample

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


def count(st: store_mod.OxigraphStore) -> int:
    return int(str(st.query(COUNT).rows[0][0]))


def degrees(st: store_mod.OxigraphStore) -> dict[str, int]:
    rows = st.query("SELECT ?a ?d WHERE { ?a kg:degree ?d }").rows
    return {str(a).rsplit("/", 1)[-1]: int(str(d)) for a, d in rows}


def only(doc_id: str) -> Dataset:
    """Build one sample document on its own (knowing only the entities it mentions)."""
    docs = [d for d in sample.documents() if d.id == doc_id]
    res = sample.resolution()
    from kg.types import Resolution
    mentions = tuple(m for m in res.mentions if m[0].doc_id == doc_id)
    ids = {e for _, e in mentions}
    return build_dataset(Resolution(
        tuple(t for t in res.triples if t.provenance.doc_id == doc_id),
        tuple(e for e in res.entities if e.id in ids), mentions,
        tuple(m for m in res.merges if m.mention.doc_id == doc_id)), docs)


def sample_iri(local: str) -> URIRef:
    return URIRef(sample.E + local)


DESCRIBED = f"SELECT ?e WHERE {{ GRAPH <{ENTITIES_GRAPH}> {{ ?e a ?type }} }}"


def described(st: graphstore.GraphStore) -> list[str]:
    """Return the local names of the entities described in a store, one per description."""
    return sorted(str(r[0]).rsplit("/", 1)[-1] for r in st.query(DESCRIBED).rows)


@pytest.mark.parametrize("kind", ["memory", "disk"])
def test_incremental_idempotent_remove(tmp_path: Path, dataset: Dataset, kind: str) -> None:
    st = make_memory_store() if kind == "memory" else store_mod.make_oxigraph_store(tmp_path / "s")
    try:
        report = st.add_dataset(only("a1"))
        assert report.added == ("a1",) and report.triples > 0
        after_a1 = count(st)
        deg_a1 = degrees(st)
        report = st.add_dataset(dataset)
        assert report.added == ("a2",) and report.unchanged == ("a1",)
        assert degrees(st)["Q1141"] == 2 and degrees(st)["Q184"] == 2
        full = count(st)
        assert st.add_dataset(dataset).unchanged == ("a1", "a2") and count(st) == full
        assert [d.doc_id for d in st.documents()] == ["a1", "a2"]
        st.remove("a2")
        # the full dataset described Q1, which no document mentions: it stays
        q1 = len(list(dataset.graph(ENTITIES_GRAPH).triples((sample_iri("Q1"), None, None))))
        assert count(st) == after_a1 + q1 and degrees(st) == deg_a1
        with pytest.raises(GraphError, match="no document 'a2'"):
            st.remove("a2")
    finally:
        if kind == "disk":
            st.close()


def test_changed_document_replaces_its_graph(tmp_path: Path, dataset: Dataset) -> None:
    with open_oxigraph_store(tmp_path / "s") as st:
        st.add_dataset(dataset)
        res = sample.resolution()
        from kg.types import Resolution
        changed = [Document("a1", sample.TEXT1 + " Ende.", "de"), sample.documents()[1]]
        one = Resolution(tuple(t for t in res.triples if t.provenance.doc_id == "a1")[:1],
                         res.entities, ())
        report = st.add_dataset(build_dataset(one, changed))
        assert report.replaced == ("a1",) and report.unchanged == ("a2",)
        assert degrees(st)["Q159"] == 1 and "Kreml" not in degrees(st)


def test_interrupted_add_leaves_store_unchanged(tmp_path: Path, dataset: Dataset,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    with open_oxigraph_store(tmp_path / "s") as st:
        st.add_dataset(only("a1"))
        before = count(st)
        # the last operation of the add fails at run time: the whole update must roll back
        monkeypatch.setattr(graphstore, "degree_update",
                            lambda delta: "LOAD <http://127.0.0.1:1/unreachable>")
        with pytest.raises(GraphError, match="cannot write"):
            st.add_dataset(dataset)
        assert count(st) == before
        assert [d.doc_id for d in st.documents()] == ["a1"]


def test_store_persists_across_openings(tmp_path: Path, dataset: Dataset) -> None:
    add_to_store(tmp_path / "s", dataset)
    with open_oxigraph_store(tmp_path / "s", create=False) as st:
        assert len(st.documents()) == 2


def test_locked_store_is_a_clear_error(tmp_path: Path, dataset: Dataset) -> None:
    with open_oxigraph_store(tmp_path / "s"), pytest.raises(GraphError, match="locked"):
        store_mod.make_oxigraph_store(tmp_path / "s")


@pytest.mark.parametrize(("setup", "message"), [
    (lambda p: None, "no store"),
    (lambda p: p.write_text("x"), "is a file"),
    (lambda p: (p.mkdir(), (p / "notes.txt").write_text("x")), "not an Oxigraph store"),
    (lambda p: (p.mkdir(), (p / "CURRENT").write_text("garbage")), "corrupt|cannot open"),
])
def test_bad_store_paths(tmp_path: Path, setup, message: str) -> None:
    path = tmp_path / "s"
    setup(path)
    with pytest.raises(GraphError, match=message):
        store_mod.make_oxigraph_store(path, create=False)


def test_foreign_dataset_is_refused(tmp_path: Path) -> None:
    ds = Dataset()
    from rdflib import URIRef
    ds.graph(URIRef("http://example.org/g")).add(
        (URIRef("http://example.org/a"), URIRef("http://example.org/p"), URIRef("http://e/b")))
    with open_oxigraph_store(tmp_path / "s") as st, pytest.raises(GraphError, match="document"):
        st.add_dataset(ds)


def test_registry_names_resolve() -> None:
    from kg import registry
    assert registry.get("stores", "kg.memory_store.v1") is make_memory_store
    assert registry.get("stores", "kg.oxigraph_store.v1") is store_mod.make_oxigraph_store


def test_store_folder_is_created_with_parents(tmp_path: Path, dataset: Dataset) -> None:
    report = add_to_store(tmp_path / "new" / "deeper" / "store", dataset)
    assert report.added == ("a1", "a2")


LINKS = "SELECT ?a ?b WHERE { GRAPH ?g { ?a kg:linkedTo ?b } }"


def links(st: store_mod.OxigraphStore) -> set[tuple[str, str]]:
    return {(str(a).rsplit("/", 1)[-1], str(b).rsplit("/", 1)[-1])
            for a, b in st.query(LINKS).rows}


def test_links_follow_adds_replacements_and_removals(tmp_path: Path, dataset: Dataset) -> None:
    with open_oxigraph_store(tmp_path / "s") as st:
        st.add_dataset(only("a1"))
        a1 = links(st)
        # a1: Russia–Kazakhstan and Kazakhstan–CSTO; the negated Kremlin claim links nothing
        assert a1 == {("Q159", "Q232"), ("Q232", "Q159"), ("Q232", "Q1141"), ("Q1141", "Q232")}
        st.add_dataset(dataset)
        # a2 adds Belarus–CSTO (its hypothetical Putin claim links nothing)
        assert links(st) == a1 | {("Q184", "Q1141"), ("Q1141", "Q184")}
        st.remove("a2")
        assert links(st) == a1
        res = sample.resolution()
        from kg.types import Resolution
        changed = [Document("a1", sample.TEXT1 + " Ende.", "de")]
        first = tuple(t for t in res.triples if t.provenance.doc_id == "a1")[:1]
        st.add_dataset(build_dataset(Resolution(first, res.entities, ()), changed))
        assert links(st) == {("Q159", "Q232"), ("Q232", "Q159")}
        st.remove("a1")
        assert links(st) == set()


def test_a_link_stays_while_another_document_supports_it(tmp_path: Path) -> None:
    res = sample.resolution()
    from kg.types import Resolution
    first = tuple(t for t in res.triples if t.provenance.doc_id == "a1")[:1]
    twin = sample.documents()[1]
    moved = tuple(replace(t, provenance=replace(t.provenance, doc_id=twin.id)) for t in first)
    with open_oxigraph_store(tmp_path / "s") as st:
        st.add_dataset(build_dataset(Resolution(first, res.entities, ()), sample.documents()[:1]))
        st.add_dataset(build_dataset(Resolution(moved, res.entities, ()), [twin]))
        st.remove("a1")
        assert links(st) == {("Q159", "Q232"), ("Q232", "Q159")}


def test_a_store_written_before_links_gets_them_on_opening(tmp_path: Path,
                                                             dataset: Dataset) -> None:
    with open_oxigraph_store(tmp_path / "s") as st:
        st.add_dataset(dataset)
        full = links(st)
        st.update("DELETE WHERE { GRAPH ?g { ?a kg:linkedTo ?b } }")
        assert links(st) == set()
    with open_oxigraph_store(tmp_path / "s", create=False) as st:
        assert links(st) == full


COUNTS = "SELECT ?n ?c WHERE { GRAPH ?g { ?n kg:statementCount ?c } }"
PAIRS = "SELECT ?a ?v WHERE { GRAPH ?g { ?a kg:pairCounts ?v } }"


def stored_counts(st: store_mod.OxigraphStore) -> dict[object, object]:
    from kg.rdf.summary import pair_lines

    counts: dict[object, object] = {str(n): int(str(c)) for n, c in st.query(COUNTS).rows}
    for a, v in st.query(PAIRS).rows:
        for o, (n, w) in pair_lines(str(v)).items():
            counts[str(a), o] = (n, w)
    return counts


def fresh_counts(st: store_mod.OxigraphStore) -> dict[object, object]:
    from kg.rdf.summary import tally_query, tally_rows

    found = tally_rows(st.query(tally_query()).rows)
    counts: dict[object, object] = {str(n): c for n, c in found.statements.items() if c}
    for (s, o), n in found.pairs.items():
        if n:
            counts[str(s), str(o)] = (n, found.weights.get((s, o), 0))
    return counts


def test_statement_counts_follow_adds_replacements_and_removals(tmp_path: Path,
                                                                dataset: Dataset) -> None:
    from kg.types import Resolution

    with open_oxigraph_store(tmp_path / "s") as st:
        st.add_dataset(only("a1"))
        assert stored_counts(st) == fresh_counts(st) != {}
        st.add_dataset(dataset)
        full = stored_counts(st)
        assert full == fresh_counts(st)
        res = sample.resolution()
        changed = [Document("a1", sample.TEXT1 + " Ende.", "de"), sample.documents()[1]]
        one = Resolution(tuple(t for t in res.triples if t.provenance.doc_id == "a1")[:1],
                         res.entities, ())
        assert st.add_dataset(build_dataset(one, changed)).replaced == ("a1",)
        assert stored_counts(st) == fresh_counts(st) != full
        st.remove("a2")
        assert stored_counts(st) == fresh_counts(st)
        st.remove("a1")
        assert stored_counts(st) == {}


def test_store_without_counts_is_counted_at_the_next_add(tmp_path: Path,
                                                         dataset: Dataset) -> None:
    with open_oxigraph_store(tmp_path / "s") as st:
        st.add_dataset(only("a1"))
        # as a store written before counts existed
        st.update("DELETE WHERE { GRAPH ?g { ?n kg:statementCount ?c } } ; "
                  "DELETE WHERE { GRAPH ?g { ?n kg:pairCounts ?c } }")
        assert stored_counts(st) == {}
        st.add_dataset(dataset)
        assert stored_counts(st) == fresh_counts(st) != {}


def test_descriptions_once_per_store_after_two_builds(tmp_path: Path) -> None:
    with open_oxigraph_store(tmp_path / "s") as st:
        st.add_dataset(only("a1"))
        st.add_dataset(only("a2"))
        names = described(st)
        assert names == sorted(set(names)) and "Q1141" in names  # CSTO: in both documents
        quads = int(str(st.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{ENTITIES_GRAPH}> "
                                 "{ ?s ?p ?o } }").rows[0][0]))
        both = {t for ds in (only("a1"), only("a2")) for t in ds.graph(ENTITIES_GRAPH)}
        assert quads == len(both)
        rows = st.query("SELECT ?l WHERE { kge:Q1141 rdfs:label ?l }").rows
        assert [str(r[0]) for r in rows] == ["CSTO"]  # the union of all graphs, once
        assert graphstore.described_entities(st, ["Q1141", "Q7747", "nobody"]) == {
            "Q1141", "Q7747"}


@pytest.mark.parametrize("lateral", [True, False])
def test_removal_drops_descriptions_nothing_refers_to(tmp_path: Path, lateral: bool) -> None:
    st = make_memory_store()
    st.lateral = lateral  # False: the SPARQL 1.1 form other servers get
    st.add_dataset(only("a1"))
    st.add_dataset(only("a2"))
    st.remove("a2")
    # Putin and Belarus were only in a2; the CSTO stays, a1 mentions it
    assert described(st) == ["Kreml", "Q1141", "Q159", "Q232", "Q5568"]
    assert [d.doc_id for d in st.documents()] == ["a1"]
    assert st.query("ASK { kge:Q232 rdfs:label ?l }").boolean  # a1 intact
    st.remove("a1")
    # Russia stayed while the Kremlin's description related to it, and went with it
    assert described(st) == []
    assert count(st) == 0


def test_replacing_a_document_drops_what_only_it_referred_to(tmp_path: Path) -> None:
    with open_oxigraph_store(tmp_path / "s") as st:
        st.add_dataset(only("a1"))
        res = sample.resolution()
        from kg.types import Resolution
        changed = [Document("a1", sample.TEXT1 + " Ende.", "de")]
        first = tuple(t for t in res.triples if t.provenance.doc_id == "a1")[:1]  # Russia, Kaz.
        st.add_dataset(build_dataset(Resolution(first, res.entities[:0], ()), changed))
        # the new graph refers to Russia and Kazakhstan only (whose descriptions stay although
        # this build, given no entities, described none); the Kremlin, Lukashenko and the CSTO go
        assert described(st) == ["Q159", "Q232"]


def test_document_graphs_are_copies_of_their_own(dataset: Dataset) -> None:
    # each document's graph is read on its own (not through the batch's store, where rdflib
    # scans every graph's matches); the triples are the dataset's
    docs = list(graphstore.document_graphs(dataset))
    assert docs
    for doc in docs:
        assert doc.graph.store is not dataset.store
        assert set(doc.graph) == set(dataset.graph(doc.name))
        assert doc.graph.identifier == doc.name
