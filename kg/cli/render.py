"""``kg render``: draw a graph (or the part a query or an actor selects) as HTML, SVG or PNG."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ._common import CONCEPTS_HELP, GRAPH_HELP, source_name

NAME = "render"


def _input_name(graph: str) -> str:
    """Name a graph by its build folder when the file has kg's default name (graph.ttl …)."""
    path = Path(graph)
    if "://" not in graph and path.is_file() and path.stem == "graph" and (
            path.resolve().parent.name):
        return path.resolve().parent.name
    return source_name(graph)


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
    since: Annotated[str | None, typer.Option(
        "--since", help="Only statements dated on or after this day (2015, 2015-03, 2015-03-02).")
    ] = None,
    until: Annotated[str | None, typer.Option(
        "--until", help="Only statements dated on or before this day.")] = None,
    max_nodes: Annotated[int | None, typer.Option(
        "--max-nodes", min=1, help="Most actors drawn (default 2000 in HTML, 50 in pictures).")
    ] = None,
    concepts: Annotated[bool, typer.Option("--concepts", help=CONCEPTS_HELP)] = False,
) -> None:
    """Draw a graph: interactive offline HTML, or a static SVG/PNG/PDF picture."""
    from ..errors import ConfigError, QueryError
    from ..rdf.graphstore import is_store, open_store
    from ..rdf.load import load_graph

    if query is not None and focus is not None:
        raise ConfigError("give --query or --focus, not both")
    from ..analysis.timeline import Period, within
    from ..outputs import Output, write_output, writer_for

    chosen = writer_for("render", output, fmt, default="html").format  # fails before loading
    period = Period.parse(since, until)
    notice = part_notice = ""
    if focus is not None:
        from ..analysis.subgraph import focus_graph

        loaded, notice = focus_graph(graph, focus, depth)
    elif query is None and period.open and is_store(graph):  # read only the statements drawn
        from ..analysis.storeview import drawable_graph
        from ..viz.html import MAX_NODES
        from ..viz.static import MAX_NODES as STATIC_MAX

        with open_store(graph) as store:
            part = drawable_graph(store, max_nodes=max_nodes or (
                MAX_NODES if chosen == "html" else STATIC_MAX))
        loaded, part_notice = part.graph, part.notice
    else:
        loaded = load_graph(graph)
    if query is not None:
        from ..analysis.subgraph import query_subgraph

        try:
            text = query.read_text(encoding="utf-8")
        except OSError as err:
            raise QueryError(f"cannot read query file {query}: {err.strerror or err}") from err
        loaded = query_subgraph(loaded, text)
    loaded = within(loaded, period)
    if notice:
        typer.echo(f"note: {notice}", err=True)
    if title:
        name = title
    elif focus:
        name = f"{focus} (depth {depth})"
    else:
        from ..viz.html import input_title

        name = input_title(loaded) or _input_name(graph)
    if not period.open:
        name += f", {period.describe()}"
    writer, note = write_output(
        "render", Output(graph=loaded, title=name, max_nodes=max_nodes, notice=part_notice,
                         concepts=concepts),
        output, fmt, default="html")
    typer.echo(f"wrote {output} ({writer.format})" + (f": {note}" if note else ""), err=True)
