from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Dataset
from rdflib.compare import isomorphic

from kg.errors import ConfigError, GraphError, OutputError
from kg.outputs import writers_for
from kg.rdf.build import union_graph
from kg.rdf.export import export
from kg.rdf.load import load_any, load_graph

FORMATS = tuple(writers_for("export"))


@pytest.mark.parametrize("fmt", ["ttl", "trig", "nq", "jsonld"])
def test_rdf_round_trip(tmp_path: Path, dataset: Dataset, fmt: str) -> None:
    path = tmp_path / f"g.{fmt}"
    export(dataset, path)
    assert isomorphic(load_graph(path), union_graph(dataset))


def test_store_loads_as_graph(store_dir: Path, dataset: Dataset) -> None:
    from kg.rdf.summary import COUNT_PROPERTIES

    loaded = load_graph(store_dir)
    assert set(loaded.predicates()) >= set(COUNT_PROPERTIES)  # stores keep statement counts
    for prop in COUNT_PROPERTIES:
        loaded.remove((None, prop, None))
    assert isomorphic(loaded, union_graph(dataset))
    assert len(list(load_any(store_dir).graphs())) >= 3


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "csv"])
def test_graph_tool_formats(tmp_path: Path, dataset: Dataset, fmt: str) -> None:
    path = tmp_path / f"g.{fmt}"
    export(dataset, path)
    text = path.read_text(encoding="utf-8")
    assert "Kasachstan" in text and "hypothetical" in text
    if fmt == "csv":
        lines = text.strip().splitlines()
        assert len(lines) == 6 and lines[0].startswith("statement,source,source_label")


def test_graphml_reads_back_as_multigraph(tmp_path: Path, dataset: Dataset) -> None:
    import networkx as nx
    export(dataset, tmp_path / "g.graphml")
    g = nx.read_graphml(tmp_path / "g.graphml", force_multigraph=True)
    # every actor is a node, also one in no statement (the NetworkX view's nodes)
    assert g.number_of_edges() == 5 and g.number_of_nodes() == 8


@pytest.mark.parametrize(("name", "content", "message"), [
    ("missing.ttl", None, "no RDF file"),
    ("bad.ttl", "@prefix x: <http://x/> .\nx:a x:b", "not valid turtle"),
    ("bad.nq", "\xff garbage", "not valid|cannot read"),
    ("g.xyz", "", "cannot tell the RDF format"),
])
def test_bad_graph_files(tmp_path: Path, name: str, content: str | None, message: str) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_text(content, encoding="latin-1")
    with pytest.raises(GraphError, match=message):
        load_graph(path)


def test_failed_export_keeps_earlier_output(tmp_path: Path, dataset: Dataset,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "g.ttl"
    path.write_text("earlier", encoding="utf-8")

    def boom(*args: object, **kwargs: object) -> None:
        raise OSError("disk full")
    monkeypatch.setattr("rdflib.Graph.serialize", boom)
    with pytest.raises(OutputError, match="disk full"):
        export(dataset, path)
    assert path.read_text(encoding="utf-8") == "earlier"
    assert [p.name for p in tmp_path.iterdir()] == ["g.ttl"]


def test_bad_export_targets(tmp_path: Path, dataset: Dataset) -> None:
    with pytest.raises(ConfigError, match="cannot tell the format"):
        export(dataset, tmp_path / "g.png")
    with pytest.raises(ConfigError, match="unknown format 'svg' for kg export"):
        export(dataset, tmp_path / "g.ttl", "svg")
    (tmp_path / "taken").mkdir()
    with pytest.raises(OutputError, match="is a folder"):
        export(dataset, tmp_path / "taken", "ttl")
    export(dataset, tmp_path / "new" / "g.ttl")  # the folder is made, as kg build does
    assert (tmp_path / "new" / "g.ttl").is_file()
    assert set(FORMATS) == {"ttl", "trig", "nq", "jsonld", "graphml", "gexf", "csv"}


@pytest.mark.parametrize("fmt", FORMATS)
def test_exports_get_the_usual_file_mode(tmp_path: Path, dataset: Dataset, fmt: str) -> None:
    import os

    umask = os.umask(0o027)
    try:
        export(dataset, tmp_path / f"g.{fmt}")
    finally:
        os.umask(umask)
    assert (tmp_path / f"g.{fmt}").stat().st_mode & 0o777 == 0o640
