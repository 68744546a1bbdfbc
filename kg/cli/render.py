"""``kg render``: draw a graph (or the part a query or an actor selects) as HTML, SVG or PNG."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from ._common import GRAPH_HELP

NAME = "render"


class RenderFormat(StrEnum):
    """Output formats of ``kg render``."""

    html = "html"
    svg = "svg"
    png = "png"
    pdf = "pdf"



def _input_name(graph: Path) -> str:
    """Name a graph by its build folder when the file has kg's default name (graph.ttl …)."""
    if graph.is_file() and graph.stem == "graph" and graph.resolve().parent.name:
        return graph.resolve().parent.name
    return graph.name


def command(
    graph: Annotated[Path, typer.Argument(help=GRAPH_HELP)],
    output: Annotated[Path, typer.Option("--output", "-o", help="File to write.")],
    query: Annotated[Path | None, typer.Option(
        "--query", "-q", help="SPARQL file: a CONSTRUCT, or a SELECT of actors/statements; "
                              "only what it names is drawn.")] = None,
    focus: Annotated[str | None, typer.Option(
        "--focus", help="Draw only this actor's neighbourhood (label, alias or id).")] = None,
    depth: Annotated[int, typer.Option("--depth", min=0, help="Steps around --focus.")] = 1,
    fmt: Annotated[RenderFormat | None, typer.Option(
        "--format", "-f", help="Output format (default: from the file's suffix).")] = None,
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
) -> None:
    """Draw a graph: interactive offline HTML, or a static SVG/PNG/PDF picture."""
    from ..errors import ConfigError, QueryError
    from ..rdf.load import load_graph

    if query is not None and focus is not None:
        raise ConfigError("give --query or --focus, not both")
    chosen = fmt.value if fmt else (output.suffix.lstrip(".").lower() or "html")
    if chosen not in RenderFormat.__members__:
        raise ConfigError(f"cannot tell the format of {output}; give --format "
                          f"html, svg, png or pdf")
    notice = ""
    if focus is not None:
        from ..analysis.subgraph import focus_graph

        loaded, notice = focus_graph(graph, focus, depth)
    else:
        loaded = load_graph(graph)
    if query is not None:
        from ..analysis.subgraph import query_subgraph

        try:
            text = query.read_text(encoding="utf-8")
        except OSError as err:
            raise QueryError(f"cannot read query file {query}: {err.strerror or err}") from err
        loaded = query_subgraph(loaded, text)
    from ..analysis.timeline import Period, within

    period = Period.parse(since, until)
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
    if chosen == "html":
        from ..viz.html import MAX_NODES, write_html

        report = write_html(loaded, output, title=name, max_nodes=max_nodes or MAX_NODES)
        typer.echo(f"wrote {output}: {report.nodes} actors, {report.edges} edges"
                   + (f" ({report.notice})" if report.notice else ""), err=True)
    else:
        from ..viz.static import MAX_NODES as STATIC_MAX
        from ..viz.static import write_static

        static = write_static(loaded, output, fmt=chosen, title=name,
                              max_nodes=max_nodes or STATIC_MAX)
        typer.echo(f"wrote {output}: {static.nodes} actors, {static.statements} statements"
                   + (f" ({static.notice})" if static.notice else ""), err=True)
