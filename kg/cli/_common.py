"""Helpers shared by the command modules: output formats and small printing utilities."""

from __future__ import annotations

from enum import StrEnum

import typer

GRAPH_HELP = "RDF graph file (Turtle, TriG, N-Quads, …) or Oxigraph store folder."


class TableFormat(StrEnum):
    """Formats a tabular result can be printed in."""

    table = "table"
    csv = "csv"
    json = "json"
    md = "md"


def echo(message: str = "", err: bool = False) -> None:
    """Print a line (to stderr with ``err``)."""
    typer.echo(message, err=err)
