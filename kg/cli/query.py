"""``kg query``: run SPARQL, a .rq file or a named query on a graph file or a store."""

from __future__ import annotations

from typing import Annotated

import typer

from ._common import TableFormat

NAME = "query"
SOURCE_HELP = "Graph file (.ttl, .trig, .nq, .nt, .jsonld), store folder or SPARQL server URL."
QUERY_HELP = "SPARQL text, a .rq file, or a named query (e.g. members-of)."
PARAM_HELP = "Query parameter name=value (repeatable)."
SERVICE_HELP = "Let the query use SERVICE (kg then sends requests to the URLs it names)."
TIMEOUT_HELP = "Stop the query after this many seconds."
MEMORY_HELP = "Memory cap of the query in MB (default: half the RAM)."
ROWS_HELP = "Refuse answers of more rows than this."


def _answer(source: str, query: str, params: dict[str, str], fmt: str, allow_service: bool,
            max_rows: int) -> str:
    from ..rdf.results import format_result
    from ..rdf.run import run_query

    result = run_query(source, query, params, allow_service=allow_service, max_rows=max_rows)
    return format_result(result, fmt)


def command(
    source: Annotated[str, typer.Argument(help=SOURCE_HELP)],
    query: Annotated[str, typer.Argument(help=QUERY_HELP)],
    param: Annotated[list[str] | None, typer.Option("--param", "-p", help=PARAM_HELP)] = None,
    fmt: Annotated[TableFormat, typer.Option("--format", "-f", help="Output format.")] = (
        TableFormat.table),
    modal: Annotated[bool, typer.Option(
        "--modal", help="Run the named query's variant that also walks statements that are not "
        "asserted (paths → paths-modal), as kg analyze --path … --modal does.")] = False,
    allow_service: Annotated[bool, typer.Option("--allow-service", help=SERVICE_HELP)] = False,
    timeout: Annotated[float, typer.Option("--timeout", help=TIMEOUT_HELP)] = 30.0,
    max_memory: Annotated[int | None, typer.Option("--max-memory", help=MEMORY_HELP)] = None,
    max_rows: Annotated[int, typer.Option("--max-rows", help=ROWS_HELP)] = 1_000_000,
    since: Annotated[str | None, typer.Option(
        "--since", help="Same as --param since=DAY, for the named queries that take a period "
                        "(timeline, relations-of).")] = None,
    until: Annotated[str | None, typer.Option(
        "--until", help="Same as --param until=DAY.")] = None,
) -> None:
    """Answer a SPARQL query on a graph file or store; named queries: see ontologies/queries.

    The query runs in a worker process that Ctrl-C, --timeout and --max-memory stop.
    """
    from ..rdf.guard import check_limits, default_max_memory_mb, run_isolated
    from ..rdf.run import parse_params
    from ..rdf.sparql import modal_variant

    if modal:
        query = modal_variant(query)
    memory = max_memory or default_max_memory_mb()
    check_limits(timeout, memory)
    params = parse_params(param or [])
    for name, value in (("since", since), ("until", until)):
        if value is not None:
            params[name] = value
    text = run_isolated(_answer, (source, query, params, fmt.value, allow_service, max_rows),
                        timeout=timeout, max_memory_mb=memory)
    typer.echo(text, nl=False)
