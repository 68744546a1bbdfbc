"""Helpers shared by the command modules: output formats and small printing utilities."""

from __future__ import annotations

from enum import StrEnum

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
