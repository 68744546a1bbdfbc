"""Helpers shared by the command modules: output formats and small printing utilities."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import Any

import typer

CONCEPTS_HELP = ("Include Concept nodes (generic noun phrases such as 'Kritik') in rankings and "
                 "pictures; by default they are left out (their statements stay in the graph).")
GRAPH_HELP = ("RDF graph file (Turtle, TriG, N-Quads, …), Oxigraph store folder, or SPARQL server "
              "URL (http://…).")


class TableFormat(StrEnum):
    """Formats a tabular result can be printed in."""

    table = "table"
    csv = "csv"
    json = "json"
    md = "md"


def source_name(source: str) -> str:
    """Return how a graph or store is named in titles: a URL whole, a path by its last part."""
    from pathlib import Path

    return source if "://" in source else (Path(source).name or source)


def echo(message: str = "", err: bool = False) -> None:
    """Print a line (to stderr with ``err``)."""
    typer.echo(message, err=err)


MEMORY_HELP = "Memory cap in MB of the work on the graph (default: half the RAM)."
SINCE_HELP = "Only statements dated on or after this day (2015, 2015-03, 2015-03-02)."
UNTIL_HELP = "Only statements dated on or before this day."

Lines = list[tuple[str, bool]]  # what a capped command prints: (text, to stderr)


def run_capped(func: Callable[..., Lines], args: tuple[Any, ...], max_memory: int | None,
               what: str) -> None:
    """Run a command's graph work in a worker capped at ``max_memory`` MB; print its lines.

    The worker (see :func:`kg.rdf.guard.run_isolated`) reads the graph or store and writes the
    output files; what it would print comes back as lines, so a reader that needs too much
    memory ends in a one-line error instead of taking the machine down.
    """
    from ..rdf.guard import DEFAULT_TIMEOUT, check_limits, default_max_memory_mb, run_isolated

    memory = max_memory or default_max_memory_mb()
    check_limits(DEFAULT_TIMEOUT, memory)
    for text, err in run_isolated(func, args, timeout=None, max_memory_mb=memory, what=what):
        typer.echo(text, err=err)
