"""``kg render``: draw a graph (or the part a query or an actor selects) as HTML, SVG or PNG."""

from __future__ import annotations

from dataclasses import dataclass
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

NAME = "render"


def _input_name(graph: str) -> str:
    """Name a graph by its build folder when the file has kg's default name (graph.ttl …)."""
    path = Path(graph)
    if "://" not in graph and path.is_file() and path.stem == "graph" and (
            path.resolve().parent.name):
        return path.resolve().parent.name
    return source_name(graph)


@dataclass(frozen=True)
class _Request:
    """What ``kg render`` was asked to draw (handed to the capped worker)."""

    graph: str
    output: Path
    fmt: str | None
    chosen: str
    query: Path | None
    focus: str | None
    depth: int
    title: str | None
    since: str | None
    until: str | None
    max_nodes: int | None
    concepts: bool


def _render(req: _Request) -> Lines:
    """Read the graph and draw it to ``req.output`` (in the capped worker)."""
    from ..analysis.timeline import Period, within
    from ..errors import QueryError
    from ..outputs import Output, write_output
    from ..rdf.graphstore import is_store, open_store
    from ..rdf.load import load_graph

    lines: Lines = []
    period = Period.parse(req.since, req.until)
    notice = part_notice = ""
    if req.focus is not None:
        from ..analysis.subgraph import focus_graph

        loaded, notice = focus_graph(req.graph, req.focus, req.depth)
    elif req.query is None and period.open and is_store(req.graph):  # only the statements drawn
        from ..analysis.storeview import drawable_graph
        from ..viz.html import MAX_NODES
        from ..viz.static import MAX_NODES as STATIC_MAX

        with open_store(req.graph) as store:
            part = drawable_graph(store, max_nodes=req.max_nodes or (
                MAX_NODES if req.chosen == "html" else STATIC_MAX))
        loaded, part_notice = part.graph, part.notice
    elif req.query is None and is_store(req.graph):  # only the period's statements are read
        from ..analysis.timeline import within_store

        with open_store(req.graph) as store:
            loaded = within_store(store, period)
    else:
        loaded = load_graph(req.graph)
    if req.query is not None:
        from ..analysis.subgraph import query_subgraph

        try:
            text = req.query.read_text(encoding="utf-8")
        except OSError as err:
            raise QueryError(f"cannot read query file {req.query}: {err.strerror or err}"
                             ) from err
        loaded = query_subgraph(loaded, text)
    loaded = within(loaded, period)
    if notice:
        lines.append((f"note: {notice}", True))
    if req.title:
        name = req.title
    elif req.focus:
        name = f"{req.focus} (depth {req.depth})"
    else:
        from ..viz.html import input_title

        name = input_title(loaded) or _input_name(req.graph)
    if not period.open:
        name += f", {period.describe()}"
    writer, note = write_output(
        "render", Output(graph=loaded, title=name, max_nodes=req.max_nodes, notice=part_notice,
                         concepts=req.concepts),
        req.output, req.fmt, default="html")
    lines.append((f"wrote {req.output} ({writer.format})" + (f": {note}" if note else ""), True))
    return lines


def command(
    graph: Annotated[str, typer.Argument(help=GRAPH_HELP)],
    output: Annotated[Path, typer.Option("--output", "-o", help="File to write.")],
    query: Annotated[Path | None, typer.Option(
        "--query", "-q", help="SPARQL file: a CONSTRUCT, or a SELECT of actors/statements; "
                              "only what it names is drawn.")] = None,
    focus: Annotated[str | None, typer.Option(
        "--focus", help="Draw only this actor's neighbourhood (label, alias or id).")] = None,
    depth: Annotated[int, typer.Option("--depth", min=0, help="Steps around --focus.")] = 1,
    fmt: Annotated[str | None, typer.Option(
        "--format", "-f", help="A format registered for kg render: html, svg, png, pdf are built "
                               "in (default: from the file's suffix; html without one).")] = None,
    title: Annotated[str | None, typer.Option(
        "--title", help="Title (default: the input's title or file names and document count).")
    ] = None,
    since: Annotated[str | None, typer.Option("--since", help=SINCE_HELP)] = None,
    until: Annotated[str | None, typer.Option("--until", help=UNTIL_HELP)] = None,
    max_nodes: Annotated[int | None, typer.Option(
        "--max-nodes", min=1, help="Most actors drawn (default 2000 in HTML, 50 in pictures).")
    ] = None,
    concepts: Annotated[bool, typer.Option("--concepts", help=CONCEPTS_HELP)] = False,
    max_memory: Annotated[int | None, typer.Option("--max-memory", help=MEMORY_HELP)] = None,
) -> None:
    """Draw a graph: interactive offline HTML, or a static SVG/PNG/PDF picture."""
    from ..analysis.timeline import Period
    from ..errors import ConfigError
    from ..outputs import writer_for

    if query is not None and focus is not None:
        raise ConfigError("give --query or --focus, not both")
    chosen = writer_for("render", output, fmt, default="html").format  # fails before loading
    Period.parse(since, until)  # a bad day fails before loading
    request = _Request(graph, output, fmt, chosen, query, focus, depth, title, since, until,
                       max_nodes, concepts)
    run_capped(_render, (request,), max_memory, "kg render")
