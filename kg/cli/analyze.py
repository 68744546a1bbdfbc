"""``kg analyze``: rank actors, find communities and paths; optionally write the figures back."""

from __future__ import annotations

from enum import StrEnum
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
)

NAME = "analyze"


class AnalyzeFormat(StrEnum):
    """Output formats of ``kg analyze``."""

    table = "table"
    json = "json"


def _analyze(graph: str, top: int, fmt: AnalyzeFormat, path: tuple[str, str] | None,
             modal: bool, write_back: Path | None, since: str | None, until: str | None,
             concepts: bool) -> Lines:
    """Read ``graph`` and compute the figures (in the capped worker)."""
    import json

    from ..analysis.summary import summarize
    from ..analysis.table import format_summary
    from ..analysis.timeline import Period, within, within_store
    from ..rdf.graphstore import is_store, open_store
    from ..rdf.load import load_graph

    period = Period.parse(since, until)
    if is_store(graph) and write_back is None:  # no copy of the store
        from ..analysis.storeview import summarize_store

        with open_store(graph) as store:
            if period.open:
                summary = summarize_store(store, top=top, path=path, modal=modal,
                                          concepts=concepts)
            else:  # only the period's statements are read
                summary = summarize(within_store(store, period), top=top, path=path,
                                    modal=modal, concepts=concepts)
    else:
        loaded = within(load_graph(graph), period)
        summary = summarize(loaded, top=top, path=path, modal=modal, concepts=concepts)
    if fmt is AnalyzeFormat.json:
        lines = [(json.dumps(summary.to_json(), ensure_ascii=False, indent=2), False)]
    else:
        lines = [(format_summary(summary), False)]
    if write_back is not None:
        from ..analysis.writeback import write_annotated

        added = write_annotated(loaded, write_back)  # loaded: write_back needs the whole graph
        lines.append((f"wrote {write_back} ({added} annotations)", True))
    return lines


def command(
    graph: Annotated[str, typer.Argument(help=GRAPH_HELP)],
    top: Annotated[int, typer.Option("--top", "-n", min=1, help="Actors to rank.")] = 10,
    fmt: Annotated[AnalyzeFormat, typer.Option("--format", "-f", help="Output format.")] = (
        AnalyzeFormat.table),
    path: Annotated[tuple[str, str] | None, typer.Option(
        "--path", metavar="A B",
        help="Also show the shortest paths between actors A and B (over asserted statements).")
    ] = None,
    modal: Annotated[bool, typer.Option(
        "--modal", help="Let --path also walk statements that are not asserted (hypothetical, "
        "possible …), as kg query … paths --modal does.")] = False,
    write_back: Annotated[Path | None, typer.Option(
        "--write-back", metavar="FILE",
        help="Write the graph with kg:pagerank, kg:betweenness, kg:community to FILE.")] = None,
    since: Annotated[str | None, typer.Option("--since", help=SINCE_HELP)] = None,
    until: Annotated[str | None, typer.Option("--until", help=UNTIL_HELP)] = None,
    concepts: Annotated[bool, typer.Option("--concepts", help=CONCEPTS_HELP)] = False,
    max_memory: Annotated[int | None, typer.Option("--max-memory", help=MEMORY_HELP)] = None,
) -> None:
    """Rank actors (degree, PageRank, betweenness), list communities and paths."""
    from ..analysis.timeline import Period

    Period.parse(since, until)  # a bad day fails before loading
    run_capped(_analyze, (graph, top, fmt, path, modal, write_back, since, until, concepts),
               max_memory, "kg analyze")
