"""``kg export``: write a graph file or store in any format registered for ``kg export``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ._common import MEMORY_HELP, Lines, run_capped

NAME = "export"
FORMAT_HELP = ("A format registered for kg export: ttl, trig, nq, jsonld, graphml, gexf, csv are "
               "built in (default: from the extension).")


def _export(source: str, output: Path, fmt: str | None) -> Lines:
    """Read ``source`` and write it to ``output`` (in the capped worker)."""
    from ..outputs import Output, write_output
    from ..rdf.build import union_graph
    from ..rdf.load import load_any

    dataset = load_any(source)
    chosen, note = write_output("export", Output(graph=union_graph(dataset), dataset=dataset),
                                output, fmt)
    return [(f"wrote {output} ({chosen.format})" + (f": {note}" if note else ""), False)]


def command(
    source: Annotated[str, typer.Argument(help="Graph file or store folder.")],
    output: Annotated[str, typer.Option("--output", "-o", help="File to write.")],
    fmt: Annotated[str | None, typer.Option("--format", "-f", help=FORMAT_HELP)] = None,
    max_memory: Annotated[int | None, typer.Option("--max-memory", help=MEMORY_HELP)] = None,
) -> None:
    """Export GRAPH|STORE to RDF (Turtle, TriG, N-Quads, JSON-LD), GraphML, GEXF or CSV edges."""
    from ..outputs import writer_for

    writer_for("export", Path(output), fmt)  # a bad format fails before loading
    run_capped(_export, (source, Path(output), fmt), max_memory, "kg export")
