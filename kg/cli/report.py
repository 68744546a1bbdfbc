"""``kg report``: a self-contained HTML (or Markdown) report on a graph."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ._common import GRAPH_HELP

NAME = "report"


def command(
    graph: Annotated[Path, typer.Argument(help=GRAPH_HELP)],
    output: Annotated[Path, typer.Option("--output", "-o", help="File to write.")],
    fmt: Annotated[str | None, typer.Option(
        "--format", "-f", help="A format registered for kg report: html, md are built in "
                               "(default: from the file's suffix; html without one).")] = None,
    title: Annotated[str | None, typer.Option("--title", help="Report title.")] = None,
    top: Annotated[int, typer.Option("--top", "-n", min=1, help="Actors in the ranking.")] = 15,
    since: Annotated[str | None, typer.Option(
        "--since", help="Only statements dated on or after this day (2015, 2015-03, 2015-03-02).")
    ] = None,
    until: Annotated[str | None, typer.Option(
        "--until", help="Only statements dated on or before this day.")] = None,
) -> None:
    """Write a report: figures, top actors, relations, communities, flagged claims, graph."""
    from ..analysis.timeline import Period, within
    from ..outputs import Output, write_output, writer_for
    from ..rdf.load import load_graph

    writer_for("report", output, fmt, default="html")  # a bad format fails before loading
    loaded = within(load_graph(graph), Period.parse(since, until))
    writer, note = write_output(
        "report", Output(graph=loaded, title=title or f"kg report: {graph.name}", top=top),
        output, fmt, default="html")
    typer.echo(f"wrote {output} ({writer.format})" + (f": {note}" if note else ""), err=True)
