"""Run Oxigraph's SPARQL server on a store, and push a store's graphs to any SPARQL endpoint.

The server is the ``oxigraph`` command (PyPI package ``oxigraph``): SPARQL 1.1 Protocol at
``/query`` (and ``/update`` when writable), Graph Store Protocol at ``/store``. Read-only mode uses
``oxigraph serve-read-only``, which refuses updates.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import IO

from ..errors import GraphError, ServerError

ASK = "ASK { }"


def free_port(host: str = "127.0.0.1") -> int:
    """Return a TCP port that is free on ``host`` right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def _port_free(host: str, port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        try:
            sock.bind((host, port))
        except OSError:
            return False
    return True


def server_command(store: Path, host: str, port: int, writable: bool) -> list[str]:
    """Return the command line that serves ``store``."""
    binary = shutil.which("oxigraph")
    if binary is None:
        raise ServerError("the oxigraph server is not installed (pip install oxigraph); "
                          "expected an `oxigraph` command on PATH")
    mode = "serve" if writable else "serve-read-only"
    return [binary, mode, "--location", str(store), "--bind", f"{host}:{port}",
            "--union-default-graph"]


@dataclass
class Server:
    """A running Oxigraph server; stop it with :meth:`stop` or a ``with`` block."""

    process: subprocess.Popen[bytes]
    url: str
    writable: bool
    log: IO[bytes] | None = None

    @property
    def query_url(self) -> str:
        """Return the SPARQL query endpoint."""
        return self.url + "/query"

    @property
    def update_url(self) -> str:
        """Return the SPARQL update endpoint (refused when read-only)."""
        return self.url + "/update"

    @property
    def store_url(self) -> str:
        """Return the Graph Store Protocol endpoint."""
        return self.url + "/store"

    def stop(self, timeout: float = 10.0) -> None:
        """Terminate the server and wait for it."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout)
        if self.log is not None:
            self.log.close()

    def __enter__(self) -> Server:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()


def _answers(url: str) -> bool:
    data = urllib.parse.urlencode({"query": ASK}).encode()
    request = urllib.request.Request(url + "/query", data=data, method="POST", headers={
        "Content-Type": "application/x-www-form-urlencoded",
        "Accept": "application/sparql-results+json"})
    try:
        with urllib.request.urlopen(request, timeout=2) as response:
            return bool(response.status == 200)
    except (urllib.error.URLError, OSError):
        return False


def start_server(store: str | Path, *, host: str = "127.0.0.1", port: int | None = None,
                 writable: bool = False, wait: float = 30.0) -> Server:
    """Start serving ``store`` and return once the server answers a query.

    Raises
    ------
    GraphError
        If ``store`` is not a store folder.
    ServerError
        If the server cannot be started or does not answer within ``wait`` seconds.

    """
    from .store import is_store_dir

    path = Path(store)
    if not path.is_dir() or not is_store_dir(path):
        raise GraphError(f"no store at {path}; build one with kg build … --store {path}")
    if port and not _port_free(host, port):
        raise ServerError(f"port {port} on {host} is in use; pick another with --port, or 0 for "
                          "any free port")
    port = port or free_port(host)
    command = server_command(path, host, port, writable)
    # stderr goes to a file, not a pipe, so that a chatty server never blocks; stop() closes it
    log = tempfile.TemporaryFile()  # noqa: SIM115
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=log)
    server = Server(process, f"http://{host}:{port}", writable, log)
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        if process.poll() is not None:
            log.seek(0)
            err = log.read().decode(errors="replace").strip()
            last = err.splitlines()[-1] if err else f"exit code {process.returncode}"
            raise ServerError(f"the oxigraph server stopped at once: {last[:300]}")
        if _answers(server.url):
            return server
        time.sleep(0.1)
    server.stop()
    raise ServerError(f"the oxigraph server on {host}:{port} did not answer within {wait:.0f} s")


def graph_store_url(endpoint: str) -> str:
    """Return the Graph Store Protocol URL for an endpoint (``…/store`` if no path is given)."""
    parts = urllib.parse.urlsplit(endpoint)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ServerError(f"endpoint {endpoint!r} is not an http(s) URL, e.g. "
                          "http://127.0.0.1:7878/store")
    return endpoint.rstrip("/") + ("/store" if parts.path in ("", "/") else "")


def push_store(store: str | Path, endpoint: str, timeout: float = 60.0) -> list[str]:
    """PUT each named graph of ``store`` to a Graph Store Protocol endpoint; return graph names."""
    from .graphstore import open_store

    url = graph_store_url(endpoint)
    with open_store(store) as st:
        dataset = st.to_dataset()
    pushed: list[str] = []
    for graph in dataset.graphs():
        if graph.identifier == dataset.default_graph.identifier or len(graph) == 0:
            continue
        name = str(graph.identifier)
        body = graph.serialize(format="nt", encoding="utf-8")
        target = url + "?" + urllib.parse.urlencode({"graph": name})
        request = urllib.request.Request(target, data=body, method="PUT",
                                         headers={"Content-Type": "application/n-triples"})
        try:
            with urllib.request.urlopen(request, timeout=timeout):
                pass
        except urllib.error.HTTPError as err:
            raise ServerError(f"{url} refused graph {name}: HTTP {err.code} "
                              f"{err.read()[:200].decode(errors='replace')}") from None
        except (urllib.error.URLError, OSError) as err:
            raise ServerError(f"cannot reach {url}: {err}") from None
        pushed.append(name)
    return pushed
