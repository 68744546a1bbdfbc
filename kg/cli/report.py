"""``kg report``: a self-contained HTML (or Markdown) report on a graph."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from ._common import GRAPH_HELP, source_name

NAME = "report"


class ReportFormat(StrEnum):
    """Output formats of ``kg report``."""

    html = "html"
    md = "md"



def command(
    graph: Annotated[str, typer.Argument(help=GRAPH_HELP)],
    output: Annotated[Path, typer.Option("--output", "-o", help="File to write.")],
    fmt: Annotated[ReportFormat | None, typer.Option(
        "--format", "-f", help="html or md (default: from the file's suffix).")] = None,
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
    from ..rdf.graphstore import is_store, open_store
    from ..rdf.load import load_graph
    from ..report.report import write_report, write_store_report

    name = title or f"kg report: {source_name(graph)}"
    period = Period.parse(since, until)
    if is_store(graph) and period.open:  # figures by aggregate queries; no copy of the store
        with open_store(graph) as store:
            result = write_store_report(store, output, fmt=fmt.value if fmt else None,
                                        title=name, top=top)
    else:
        result = write_report(within(load_graph(graph), period), output,
                              fmt=fmt.value if fmt else None, title=name, top=top)
    s = result.summary
    typer.echo(f"wrote {output} ({result.format}): {s.actors} actors, {s.statements} "
               f"statements, {len(s.claims)} flagged claims", err=True)
