"""``kg export``: write a graph file or store in any format registered for ``kg export``."""

from __future__ import annotations

from typing import Annotated

import typer

NAME = "export"
FORMAT_HELP = ("A format registered for kg export: ttl, trig, nq, jsonld, graphml, gexf, csv are "
               "built in (default: from the extension).")


def command(
    source: Annotated[str, typer.Argument(help="Graph file or store folder.")],
    output: Annotated[str, typer.Option("--output", "-o", help="File to write.")],
    fmt: Annotated[str | None, typer.Option("--format", "-f", help=FORMAT_HELP)] = None,
) -> None:
    """Export GRAPH|STORE to RDF (Turtle, TriG, N-Quads, JSON-LD), GraphML, GEXF or CSV edges."""
    from pathlib import Path

    from ..outputs import Output, write_output, writer_for
    from ..rdf.build import union_graph
    from ..rdf.load import load_any

    writer_for("export", Path(output), fmt)  # a bad format fails before loading
    dataset = load_any(source)
    chosen, note = write_output("export", Output(graph=union_graph(dataset), dataset=dataset),
                                Path(output), fmt)
    typer.echo(f"wrote {output} ({chosen.format})" + (f": {note}" if note else ""))
