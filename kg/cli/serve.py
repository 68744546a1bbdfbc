"""``kg serve``: serve a store over the SPARQL 1.1 Protocol (Oxigraph behind a guarding front)."""

from __future__ import annotations

import signal
from types import FrameType
from typing import Annotated

import typer

from ..errors import ServerError

NAME = "serve"
TOKEN_HELP = "Bearer token a writable server requires (default: a generated one, printed)."
SERVICE_HELP = "Let queries use SERVICE (the server then sends requests to the URLs they name)."
TIMEOUT_HELP = "Stop a query after this many seconds."
MEMORY_HELP = "Memory cap of the SPARQL engine in MB (default: half the RAM)."
RESULT_HELP = "Refuse answers larger than this many MB."


class _Stop(Exception):
    """A stop signal arrived."""


def _on_signal(signum: int, frame: FrameType | None) -> None:
    raise _Stop(signal.Signals(signum).name)


def command(
    store: Annotated[str, typer.Argument(help="Store folder (created empty with --writable).")],
    host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port (0 = any free port).")] = 7878,
    writable: Annotated[bool, typer.Option("--writable", help="Also accept updates.")] = False,
    token: Annotated[str | None, typer.Option("--token", help=TOKEN_HELP)] = None,
    allow_service: Annotated[bool, typer.Option("--allow-service", help=SERVICE_HELP)] = False,
    timeout: Annotated[float, typer.Option("--timeout", help=TIMEOUT_HELP)] = 30.0,
    max_memory: Annotated[int | None, typer.Option("--max-memory", help=MEMORY_HELP)] = None,
    max_result_mb: Annotated[int, typer.Option("--max-result-mb", help=RESULT_HELP)] = 100,
) -> None:
    """Serve STORE: SPARQL at /query (and /update with --writable), a page at /explore."""
    from ..rdf.guard import check_limits, default_max_memory_mb
    from ..rdf.serve import LOOPBACK, Page, start_server
    from ..viz.explorer import EXPLORER_PATH, explorer_page, explorer_policy

    memory = max_memory or default_max_memory_mb()
    check_limits(timeout, memory)
    if host not in LOOPBACK:
        typer.echo(f"kg: warning: listening on {host}, reachable from other machines; "
                   + ("anyone with the token can change the store" if writable else
                      "anyone who reaches it can read the whole store"), err=True)
    previous = {sig: signal.signal(sig, _on_signal) for sig in (signal.SIGTERM, signal.SIGHUP)}
    server = None
    try:
        server = start_server(store, host=host, port=port or None, writable=writable,
                              token=token, allow_service=allow_service, timeout=timeout,
                              max_memory_mb=memory, max_result_mb=max_result_mb,
                              pages=(Page(EXPLORER_PATH, explorer_page(f"kg explorer: {store}")
                                          .encode("utf-8"), explorer_policy()),),
                              explorer=True)
        typer.echo(f"SPARQL endpoint {server.query_url}"
                   + (f", updates at {server.update_url}" if writable else " (read-only)")
                   + f", graph store {server.store_url}, explorer {server.url}{EXPLORER_PATH}"
                   + "; Ctrl-C stops")
        if server.token and not token:
            typer.echo(f"token (send as Authorization: Bearer …): {server.token}")
        code = server.wait()
        raise ServerError(f"the oxigraph server stopped unexpectedly (exit code {code}"
                          + (f": {server.engine_log()}" if server.engine_log() else "") + ")")
    except (KeyboardInterrupt, _Stop):
        typer.echo("stopping", err=True)
    finally:
        if server is not None:
            server.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
