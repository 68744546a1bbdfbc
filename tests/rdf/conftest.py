from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Dataset

from kg.rdf.build import build_dataset, union_graph
from kg.rdf.store import add_to_store

from . import sample


@pytest.fixture(scope="session")
def dataset() -> Dataset:
    return build_dataset(sample.resolution(), sample.documents())


@pytest.fixture
def graph_file(tmp_path: Path, dataset: Dataset) -> Path:
    path = tmp_path / "graph.ttl"
    union_graph(dataset).serialize(path, format="turtle")
    return path


@pytest.fixture
def store_dir(tmp_path: Path, dataset: Dataset) -> Path:
    path = tmp_path / "store"
    add_to_store(path, dataset)
    return path
