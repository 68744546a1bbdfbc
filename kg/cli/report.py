"""``kg report``: a self-contained HTML (or Markdown) report on a graph."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ._common import (
    CONCEPTS_HELP,
    GRAPH_HELP,
    MEMORY_HELP,
    SINCE_HELP,
    UNTIL_HELP,
    Lines,
    run_capped,
    source_name,
)

NAME = "report"


def _report(graph: str, output: Path, fmt: str | None, name: str, top: int,
            since: str | None, until: str | None, concepts: bool) -> Lines:
    """Read ``graph`` and write the report to ``output`` (in the capped worker)."""
    from ..analysis.timeline import Period, within, within_store
    from ..outputs import Output, write_output
    from ..rdf.graphstore import is_store, open_store
    from ..rdf.load import load_graph

    period = Period.parse(since, until)
    if is_store(graph) and period.open:  # figures by aggregate queries; no copy of the store
        from ..analysis.storeview import drawable_graph, read_actor_graph, summarize_store
        from ..viz.html import MAX_NODES

        with open_store(graph) as store:
            actors = read_actor_graph(store)  # read once for the figures and the drawing
            summary = summarize_store(store, top=top, concepts=concepts, graph=actors)
            part = drawable_graph(store, max_nodes=MAX_NODES, graph=actors)
        result = Output(graph=part.graph, title=name, top=top, summary=summary,
                        notice=part.notice, concepts=concepts)
    elif is_store(graph):  # only the period's statements are read
        with open_store(graph) as store:
            part_graph = within_store(store, period)
        result = Output(graph=part_graph, title=name, top=top, concepts=concepts)
    else:
        result = Output(graph=within(load_graph(graph), period), title=name, top=top,
                        concepts=concepts)
    writer, note = write_output("report", result, output, fmt, default="html")
    return [(f"wrote {output} ({writer.format})" + (f": {note}" if note else ""), True)]


def command(
    graph: Annotated[str, typer.Argument(help=GRAPH_HELP)],
    output: Annotated[Path, typer.Option("--output", "-o", help="File to write.")],
    fmt: Annotated[str | None, typer.Option(
        "--format", "-f", help="A format registered for kg report: html, md are built in "
                               "(default: from the file's suffix; html without one).")] = None,
    title: Annotated[str | None, typer.Option("--title", help="Report title.")] = None,
    top: Annotated[int, typer.Option("--top", "-n", min=1, help="Actors in the ranking.")] = 15,
    since: Annotated[str | None, typer.Option("--since", help=SINCE_HELP)] = None,
    until: Annotated[str | None, typer.Option("--until", help=UNTIL_HELP)] = None,
    concepts: Annotated[bool, typer.Option("--concepts", help=CONCEPTS_HELP)] = False,
    max_memory: Annotated[int | None, typer.Option("--max-memory", help=MEMORY_HELP)] = None,
) -> None:
    """Write a report: figures, top actors, relations, communities, flagged claims, graph."""
    from ..analysis.timeline import Period
    from ..outputs import writer_for

    writer_for("report", output, fmt, default="html")  # a bad format fails before loading
    Period.parse(since, until)  # a bad day fails before loading
    name = title or f"kg report: {source_name(graph)}"
    run_capped(_report, (graph, output, fmt, name, top, since, until, concepts), max_memory,
               "kg report")
