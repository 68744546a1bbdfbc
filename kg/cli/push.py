"""``kg push``: add every document of a store to a SPARQL server (e.g. ``kg serve --writable``)."""

from __future__ import annotations

from typing import Annotated

import typer

NAME = "push"
ENDPOINT_HELP = "Server URL, e.g. http://127.0.0.1:7878 (or its /store, /query, /update URL)."
TOKEN_HELP = "Bearer token of the server (as kg serve --writable printed it)."


def command(
    store: Annotated[str, typer.Argument(help="Store folder.")],
    endpoint: Annotated[str, typer.Option("--endpoint", help=ENDPOINT_HELP)],
    token: Annotated[str | None, typer.Option("--token", envvar="KG_TOKEN",
                                              help=TOKEN_HELP)] = None,
) -> None:
    """Add each document of STORE to ENDPOINT, merging its degrees and links; idempotent."""
    from ..rdf.serve import push_store

    report = push_store(store, endpoint, token=token)
    typer.echo(f"pushed to {endpoint}: {len(report.added)} added, {len(report.replaced)} "
               f"replaced, {len(report.unchanged)} unchanged")
