"""``kg query``: run SPARQL, a .rq file or a named query on a graph file or a store."""

from __future__ import annotations

from typing import Annotated

import typer

from ._common import TableFormat

NAME = "query"
SOURCE_HELP = "Graph file (.ttl, .trig, .nq, .nt, .jsonld), store folder or SPARQL server URL."
QUERY_HELP = "SPARQL text, a .rq file, or a named query (e.g. members-of)."
PARAM_HELP = "Query parameter name=value (repeatable)."


def command(
    source: Annotated[str, typer.Argument(help=SOURCE_HELP)],
    query: Annotated[str, typer.Argument(help=QUERY_HELP)],
    param: Annotated[list[str] | None, typer.Option("--param", "-p", help=PARAM_HELP)] = None,
    fmt: Annotated[TableFormat, typer.Option("--format", "-f", help="Output format.")] = (
        TableFormat.table),
) -> None:
    """Answer a SPARQL query on a graph file or store; named queries: see ontologies/queries."""
    from ..rdf.results import format_result
    from ..rdf.run import parse_params, run_query

    result = run_query(source, query, parse_params(param or []))
    typer.echo(format_result(result, fmt.value), nl=False)
