"""``kg push``: upload every document graph of a store to a SPARQL Graph Store endpoint."""

from __future__ import annotations

from typing import Annotated

import typer

NAME = "push"
ENDPOINT_HELP = "Graph Store Protocol URL, e.g. http://127.0.0.1:7878/store."


def command(
    store: Annotated[str, typer.Argument(help="Store folder.")],
    endpoint: Annotated[str, typer.Option("--endpoint", help=ENDPOINT_HELP)],
) -> None:
    """Push each named graph of STORE to ENDPOINT (HTTP PUT, replacing graphs of the same name)."""
    from ..rdf.serve import push_store

    pushed = push_store(store, endpoint)
    typer.echo(f"pushed {len(pushed)} graph(s) to {endpoint}")
