from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Dataset

from kg.rdf.store import add_to_store


@pytest.fixture
def store_dir(tmp_path: Path, dataset: Dataset) -> Path:
    path = tmp_path / "store"
    add_to_store(path, dataset)
    return path
