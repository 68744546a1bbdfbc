"""Paths to data that ships with kg: the ontology folder and the trained models."""

from __future__ import annotations

from pathlib import Path

_PKG = Path(__file__).resolve().parent


def ontology_dir() -> Path:
    """Return the ``ontologies/`` folder (inside the wheel, or at the repository root)."""
    for candidate in (_PKG / "ontologies", _PKG.parent / "ontologies"):
        if candidate.is_dir():
            return candidate
    from .errors import KGError

    raise KGError(
        f"kg's ontology folder is missing (looked in {_PKG / 'ontologies'} and "
        f"{_PKG.parent / 'ontologies'}); reinstall kg"
    )


def ontology_file(name: str) -> Path:
    """Return a file from ``ontologies/`` by its relative name."""
    return ontology_dir() / name


def models_dir() -> Path:
    """Return the folder that holds kg's own trained pipelines."""
    return _PKG / "models"
