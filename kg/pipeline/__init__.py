"""Compose kg's stages: documents → parses → mentions → raw triples → resolution → RDF → files.

No stage logic lives here; each step calls one stage function. The package has three modules,
each importing only those before it:

- :mod:`kg.pipeline.stages` — per document: language, parsing (worker processes for large
  inputs), actors, extraction and the per-document part of resolution (:class:`Settings`,
  :func:`analyse`).
- :mod:`kg.pipeline.streaming` — the streaming build: batches, resolution in input order
  against the corpus index, resume by content hash, progress, files and store written as it
  goes (:class:`BuildResult`, :data:`Extract`).
- :mod:`kg.pipeline.api` — the entry points :func:`build`, :func:`build_texts`,
  :func:`extract` and :func:`extract_text`.

``build`` writes its files only after every stage succeeded, each through a temporary file, so
a failed build leaves an output folder exactly as it was.
"""

from __future__ import annotations

from .api import build, build_texts, extract, extract_text, in_period
from .stages import (
    DEFAULT_BUILD_BATCH,
    DEFAULT_EXTRACTOR,
    MAX_AUTO_PROCESSES,
    MAX_CHARS,
    PARALLEL_MIN_CHARS,
    Analysis,
    Progress,
    Settings,
    Worked,
    analyse,
    analyse_tagged,
    assigned,
    batches,
    parse_processes,
    resolve_analyses,
    settings_key,
)
from .streaming import FLUSH_QUADS, BuildResult, BuildStats, Extract, extract_here

__all__ = [
    "DEFAULT_BUILD_BATCH", "DEFAULT_EXTRACTOR", "FLUSH_QUADS", "MAX_AUTO_PROCESSES", "MAX_CHARS",
    "PARALLEL_MIN_CHARS", "Analysis", "BuildResult", "BuildStats", "Extract", "Progress",
    "Settings", "Worked", "analyse", "analyse_tagged", "assigned", "batches", "build",
    "build_texts", "extract", "extract_here", "extract_text", "in_period", "parse_processes",
    "resolve_analyses", "settings_key",
]
