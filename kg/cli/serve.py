"""``kg serve``: serve a store over the SPARQL 1.1 Protocol with Oxigraph's server."""

from __future__ import annotations

from typing import Annotated

import typer

NAME = "serve"


def command(
    store: Annotated[str, typer.Argument(help="Store folder.")],
    host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port (0 = any free port).")] = 7878,
    writable: Annotated[bool, typer.Option("--writable", help="Also accept updates.")] = False,
) -> None:
    """Serve STORE: SPARQL at /query (and /update with --writable) until interrupted."""
    from ..rdf.serve import start_server

    server = start_server(store, host=host, port=port or None, writable=writable)
    typer.echo(f"SPARQL endpoint {server.query_url}"
               + (f", updates at {server.update_url}" if writable else " (read-only)")
               + f", graph store {server.store_url}; Ctrl-C stops")
    try:
        server.process.wait()
    except KeyboardInterrupt:
        typer.echo("stopping")
    finally:
        server.stop()
