"""Shared fixtures: small documents written for the tests, and paths to ../shared."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Dataset

from kg.errors import KGError

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"

GERMAN = (
    "Russland griff im Jahr 2010 nicht in Kirgisistan ein. "
    "Die Bundesregierung kritisierte Russland scharf.\n\n"
    "Präsident Emmanuel Macron traf Bundeskanzler Olaf Scholz in Berlin."
)
ENGLISH = (
    "Russia did not intervene in Kyrgyzstan in 2010. "
    "President Emmanuel Macron met Chancellor Olaf Scholz in Berlin."
)


@pytest.fixture
def german_file(tmp_path: Path) -> Path:
    path = tmp_path / "de.txt"
    path.write_text(GERMAN, encoding="utf-8")
    return path


@pytest.fixture
def english_file(tmp_path: Path) -> Path:
    path = tmp_path / "en.txt"
    path.write_text(ENGLISH, encoding="utf-8")
    return path


def has_shared(*parts: str) -> bool:
    """Whether ../shared holds the given file (CI has it; other clones may not)."""
    return SHARED.joinpath(*parts).exists()


@pytest.fixture(scope="session")
def nlp_de():
    """kg's German pipeline (parser + actor recognition), loaded once."""
    from kg.recognize import load_recognizer as load_pipeline

    try:
        return load_pipeline("de")
    except KGError as err:  # pragma: no cover - model missing
        pytest.skip(str(err))


@pytest.fixture(scope="session")
def nlp_en():
    """The installed English spaCy model (en_core_web_sm*), loaded once."""
    import spacy

    names = [m for m in spacy.util.get_installed_models() if m.startswith("en_core_web_sm")]
    if not names:
        pytest.skip("no English spaCy model installed")
    return spacy.load(names[0])



@pytest.fixture
def oxigraph_url(tmp_path: Path):
    """URL of an `oxigraph serve` on loopback over an empty folder (stopped after the test)."""
    from .servers import oxigraph_server

    with oxigraph_server(tmp_path / "oxigraph-server") as url:
        yield url


@pytest.fixture(scope="session")
def virtuoso_url(tmp_path_factory: pytest.TempPathFactory):
    """URL of a Virtuoso started on loopback for the session; skipped where not installed."""
    from .servers import virtuoso_missing, virtuoso_server

    missing = virtuoso_missing()
    if missing:
        pytest.skip(missing)
    with virtuoso_server(tmp_path_factory.mktemp("virtuoso")) as url:
        yield url


@pytest.fixture(params=["oxigraph", "virtuoso"])
def sparql_url(request: pytest.FixtureRequest):
    """URL of an empty SPARQL 1.1 server: Oxigraph's, then Virtuoso (its kg graphs dropped)."""
    if request.param == "oxigraph":
        return request.getfixturevalue("oxigraph_url")
    from kg.rdf.graphstore import open_store

    url = request.getfixturevalue("virtuoso_url")
    with open_store(url) as store:
        for name in store.graphs():
            store.update(f"DROP SILENT GRAPH <{name}>")
    return url


@pytest.fixture(scope="session")
def dataset() -> Dataset:
    """The hand-built sample resolution (tests/rdf/sample.py) as kg's RDF dataset."""
    from kg.rdf.build import build_dataset

    from .rdf import sample

    return build_dataset(sample.resolution(), sample.documents())


@pytest.fixture
def graph_file(tmp_path: Path, dataset: Dataset) -> Path:
    """The sample dataset's union graph written as Turtle."""
    from kg.rdf.build import union_graph

    path = tmp_path / "graph.ttl"
    union_graph(dataset).serialize(path, format="turtle")
    return path
