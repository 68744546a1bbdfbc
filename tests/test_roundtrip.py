"""Every file kg writes reads back, in rdflib and Oxigraph (RDF) or NetworkX (graph tools).

The text has verbs and actors with umlauts, ß, accents, quotes and non-Latin scripts, so the
IRIs, prefixes and literals kg writes are exercised where RDF tools disagree most.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.term import Node

from kg.cli.main import main
from kg.rdf.oxterms import from_ox
from kg.rdf.vocab import KG, LEMMA, RDF, RDFS

TEXT = (
    "Siemens übernimmt Osram. Die Regierung äußerte sich nicht.\n\n"
    "Siemens überflügelte Osram. "  # a verb no lexicon lists: its lemma IRI keeps the umlaut
    "Der französische Präsident Emmanuel Macron traf Bundeskanzler Olaf Scholz in Berlin. "
    "Der Konzern Citroën verklagte die Stadt Düsseldorf. "
    "Владимир Путин bedrohte Wolodymyr Selenskyj. "
    "Der Minister sagte: „Wir verurteilen den Angriff“, und Recep Tayyip Erdoğan "
    "kritisierte \"Gazprom\" wegen der Straße von Hormus.\n"
)
RDF_FORMATS = {"ttl": "turtle", "trig": "trig", "nq": "nquads", "jsonld": "json-ld"}
OX_FORMATS = {"ttl": "TURTLE", "trig": "TRIG", "nq": "N_QUADS", "jsonld": "JSON_LD"}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory, nlp_de: object) -> Path:
    """``kg build`` of TEXT, then ``kg export`` to every format, into one folder."""
    folder = tmp_path_factory.mktemp("roundtrip")
    source = folder / "umlaute.txt"
    source.write_text(TEXT, encoding="utf-8")
    assert main(["build", str(source), "-o", str(folder / "out"), "--lang", "de"]) == 0
    for fmt in (*RDF_FORMATS, "graphml", "gexf", "csv"):
        assert main(["export", str(folder / "out" / "graph.trig"), "-o",
                     str(folder / f"export.{fmt}")]) == 0
    return folder


Quad = tuple[Node, Node, Node, Node | None]


def _rdflib_quads(path: Path, fmt: str) -> set[Quad]:
    ds = Dataset()
    ds.parse(path, format=RDF_FORMATS[fmt])
    return {(s, p, o, None if g == DATASET_DEFAULT_GRAPH_ID else g)
            for s, p, o, g in ds.quads((None, None, None, None))}


def _ox_quads(path: Path, fmt: str) -> set[Quad]:
    import pyoxigraph as ox

    with path.open("rb") as fh:
        return {(from_ox(q.subject), from_ox(q.predicate), from_ox(q.object),
                 None if isinstance(q.graph_name, ox.DefaultGraph) else from_ox(q.graph_name))
                for q in ox.parse(fh, format=getattr(ox.RdfFormat, OX_FORMATS[fmt]))}


def _original_quads(built: Path) -> set[Quad]:
    return _rdflib_quads(built / "out" / "graph.trig", "trig")


def _union(quads: Iterable[Quad]) -> set[Quad]:
    return {(s, p, o, None) for s, p, o, _ in quads}


def _union_graph(built: Path) -> Graph:
    g = Graph()
    for s, p, o, _ in _original_quads(built):
        g.add((s, p, o))
    return g


def test_the_text_exercises_non_ascii_iris(built: Path) -> None:
    g = _union_graph(built)
    assert len(g) > 100
    lemmas = {str(p) for p in g.predicates() if str(p).startswith(str(LEMMA))}
    assert any(not iri.isascii() for iri in lemmas), lemmas
    labels = {str(o) for o in g.objects(None, RDFS.label)}
    assert any(any(ord(c) > 0x400 for c in label) for label in labels), labels  # Cyrillic
    assert "%>" not in (built / "out" / "graph.ttl").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", ["out/graph.ttl", "out/graph.trig", "export.ttl",
                                  "export.trig", "export.nq", "export.jsonld"])
def test_rdf_files_read_back_alike_in_rdflib_and_oxigraph(built: Path, name: str) -> None:
    path = built / name
    fmt = path.suffix.lstrip(".")
    expected = _original_quads(built)
    assert len({q[3] for q in expected}) >= 2  # a document graph and the summary graph
    if fmt == "ttl":  # one graph: the union of the document graphs
        expected = _union(expected)
    by_rdflib, by_oxigraph = _rdflib_quads(path, fmt), _ox_quads(path, fmt)
    assert by_rdflib == expected
    assert by_oxigraph == expected


def test_kg_query_answers_on_its_own_files(built: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    for name in ("graph.ttl", "graph.trig"):
        code = main(["query", str(built / "out" / name),
                     "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "--format", "csv"])
        out, err = capsys.readouterr()
        assert code == 0, err
        assert int(out.strip().splitlines()[-1]) > 0


def _expected_edges(built: Path) -> dict[str, tuple[str, str, str, str]]:
    g = _union_graph(built)

    def label(node: Node | None) -> str:
        found = g.value(node, RDFS.label) if node is not None else None
        return str(found) if found is not None else str(node).rsplit("/", 1)[-1]

    return {str(st): (label(g.value(st, RDF.subject)), label(g.value(st, RDF.object)),
                      str(g.value(st, RDF.predicate)), str(g.value(st, KG.sentence)))
            for st in g.subjects(RDF.type, KG.Statement)}


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_graph_tool_files_read_back_in_networkx(built: Path, fmt: str) -> None:
    import networkx as nx

    path = built / f"export.{fmt}"
    g = nx.read_graphml(path, force_multigraph=True) if fmt == "graphml" else nx.read_gexf(path)
    expected = _expected_edges(built)
    got = {data["statement"]: (g.nodes[u]["label"], g.nodes[v]["label"], data["predicate"],
                               data["sentence"]) for u, v, data in g.edges(data=True)}
    assert g.number_of_edges() == len(expected)
    assert got == expected
    assert any(not label.isascii() for label in nx.get_node_attributes(g, "label").values())


def test_csv_reads_back(built: Path) -> None:
    with (built / "export.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    got = {r["statement"]: (r["source_label"], r["target_label"], r["predicate"], r["sentence"])
           for r in rows}
    assert got == _expected_edges(built)


def test_triples_jsonl_reads_back(built: Path) -> None:
    lines = (built / "out" / "triples.jsonl").read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    statements = set(_union_graph(built).subjects(RDF.type, KG.Statement))
    assert records and len(records) == len(statements)
    text = (built / "umlaute.txt").read_text(encoding="utf-8")
    for r in records:
        assert text[r["source"]["start"]:r["source"]["end"]] == r["source"]["sentence"]
        assert r["predicate"]["label"] == " ".join(r["predicate"]["label"].split())
    assert all(isinstance(URIRef(r["predicate"]["id"]), URIRef) for r in records)
