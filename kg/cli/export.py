"""``kg export``: write a graph file or store as RDF or for graph tools."""

from __future__ import annotations

from typing import Annotated

import typer

NAME = "export"
FORMAT_HELP = "ttl, trig, nq, jsonld, graphml, gexf or csv (default: from the extension)."


def command(
    source: Annotated[str, typer.Argument(help="Graph file or store folder.")],
    output: Annotated[str, typer.Option("--output", "-o", help="File to write.")],
    fmt: Annotated[str | None, typer.Option("--format", "-f", help=FORMAT_HELP)] = None,
) -> None:
    """Export GRAPH|STORE to RDF (Turtle, TriG, N-Quads, JSON-LD), GraphML, GEXF or CSV edges."""
    from pathlib import Path

    from ..rdf.export import export, format_for, load_any

    format_for(Path(output), fmt)  # a bad format fails before loading
    chosen = export(load_any(source), output, fmt)
    typer.echo(f"wrote {output} ({chosen})")
