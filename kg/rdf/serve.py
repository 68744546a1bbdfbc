"""Serve a store over the SPARQL 1.1 Protocol, and push a store's documents to such a server.

The engine is the ``oxigraph`` command (PyPI package ``oxigraph``), run as a child process on a
private loopback port with a query timeout (``--timeout-s``) and a memory cap (``RLIMIT_AS``); it
dies with kg (``PR_SET_PDEATHSIG``). Clients talk to a small kg-owned front (stdlib
``http.server``) that forwards ``/query``, ``/update`` and ``/store`` and enforces the security
model (see "Serving safely" in the README):

* ``SERVICE`` (federated queries, i.e. requests sent *from* the server) is refused unless
  ``allow_service``;
* a loopback server answers only requests whose ``Host`` is a loopback name (DNS rebinding);
* a writable server requires ``Authorization: Bearer <token>`` on every request, takes updates
  only as ``application/sparql-update`` (no HTML form can send that cross-site) and refuses a
  foreign ``Origin``; no CORS headers are ever sent;
* answers over ``max_result_bytes`` are refused rather than buffered without bound (``/query``
  and the explorer's named queries alike).

Fixed pages given by the caller (``kg serve`` passes the explorer, :mod:`kg.viz.explorer`) are
served on GET with their Content-Security-Policy as a header. With ``explorer=True`` the front
also answers the explorer's read-only JSON API (:mod:`kg.rdf.explore`) on GET:
``/api/search?q=…``, ``/api/neighbours?actor=IRI`` and ``/api/statements?a=IRI&b=IRI&offset=N``;
it asks the engine (through :class:`~kg.rdf.sparql_http.SparqlClient`) a few fixed, bounded
queries per request and keeps a name index in memory
(read in the background from the first API request on — the page asks one as it opens — and
again after each write).
"""

from __future__ import annotations

import hmac
import json
import queue
import re
import secrets
import shutil
import socket
import subprocess
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import IO, TYPE_CHECKING, Any

from ..errors import CorruptStoreError, GraphError, KGError, QueryError, ServerError
from .guard import DEFAULT_TIMEOUT, child_setup
from .lock import LOCK_NAME, StoreLock, lock_store
from .sparql import QueryResult, store_failure, uses_service
from .sparql_http import (
    CANCELLED,
    UPDATE_TYPE,
    AnswerTooLarge,
    NoAnswerInTime,
    QueryStopped,
    SparqlClient,
    endpoints,
)

if TYPE_CHECKING:
    from .explore import Explorer, Table
    from .store import StoreReport

LOOPBACK = ("127.0.0.1", "localhost", "::1", "[::1]")
DEFAULT_MAX_RESULT_MB = 100
_DAMAGE = re.compile(r"corrupt|checksum", re.IGNORECASE)
_FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data", "text/plain")


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


def server_command(store: Path, host: str, port: int, writable: bool,
                   timeout: float = DEFAULT_TIMEOUT) -> list[str]:
    """Return the command line that runs the Oxigraph engine on ``store``."""
    binary = shutil.which("oxigraph")
    if binary is None:
        raise ServerError("the oxigraph server is not installed (pip install oxigraph); "
                          "expected an `oxigraph` command on PATH")
    mode = "serve" if writable else "serve-read-only"
    return [binary, mode, "--location", str(store), "--bind", f"{host}:{port}",
            "--union-default-graph", "--timeout-s", str(max(1, round(timeout)))]


@dataclass(frozen=True, slots=True)
class Page:
    """A fixed page the front serves on GET: its path, HTML and Content-Security-Policy."""

    path: str
    html: bytes
    policy: str


@dataclass(frozen=True)
class FrontConfig:
    """What the front lets through."""

    engine: str  # the engine's base URL (loopback)
    writable: bool
    token: str | None
    allowed_hosts: frozenset[str] | None  # None = any Host header
    allow_service: bool = False
    timeout: float = DEFAULT_TIMEOUT
    max_result_bytes: int = DEFAULT_MAX_RESULT_MB << 20
    max_request_bytes: int = 512 << 20
    pages: tuple[Page, ...] = ()  # read-only pages served as given (e.g. the explorer)


class _Refused(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


class _FrontHandler(BaseHTTPRequestHandler):
    server: _FrontServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        """Stay quiet (kg serve prints its own lines)."""

    # -- checks --------------------------------------------------------------------------------
    def _check(self, write: bool) -> None:
        cfg = self.server.config
        host = (self.headers.get("Host") or "").strip().lower()
        if cfg.allowed_hosts is not None and host not in cfg.allowed_hosts:
            raise _Refused(403, f"Host {host!r} is not served here (loopback only)")
        if cfg.token is not None:
            given = self.headers.get("Authorization") or ""
            if not hmac.compare_digest(given.encode(), f"Bearer {cfg.token}".encode()):
                raise _Refused(401, "this writable server needs Authorization: Bearer <token>")
        if write:
            if not cfg.writable:
                raise _Refused(403, "this server is read-only")
            origin = self.headers.get("Origin")
            if origin is not None and origin.lower() not in {f"http://{host}",
                                                             f"https://{host}"}:
                raise _Refused(403, f"cross-origin write from {origin!r} refused")

    def _body(self) -> bytes:
        length = self.headers.get("Content-Length")
        if length is None:
            if self.headers.get("Transfer-Encoding"):
                raise _Refused(411, "send a Content-Length")
            return b""
        try:
            size = int(length)
        except ValueError:
            raise _Refused(400, "bad Content-Length") from None
        if size < 0 or size > self.server.config.max_request_bytes:
            raise _Refused(413, f"request body over {self.server.config.max_request_bytes} bytes")
        return self.rfile.read(size)

    def _content_type(self) -> str:
        return (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()

    def _sparql(self, field_name: str, body: bytes, query_string: str) -> str:
        """Return the query or update text of a request (form, direct POST or GET)."""
        ctype = self._content_type()
        if self.command == "GET":
            values = urllib.parse.parse_qs(query_string).get(field_name, [])
        elif ctype == "application/x-www-form-urlencoded":
            values = urllib.parse.parse_qs(body.decode("utf-8", "replace")).get(field_name, [])
        else:
            values = [body.decode("utf-8", "replace")]
        if len(values) != 1 or not values[0].strip():
            raise _Refused(400, f"expected exactly one {field_name}")
        text = values[0]
        if not self.server.config.allow_service and uses_service(text):
            raise _Refused(403, "SERVICE (federated queries) is disabled on this server; "
                                "start it with --allow-service to permit it")
        return text

    # -- routes --------------------------------------------------------------------------------
    def _handle(self) -> None:
        try:
            self._route()
        except _Refused as ref:
            if self.path.startswith("/api/") and self.server.explorer is not None:
                error = json.dumps({"error": ref.message}, ensure_ascii=False).encode()
                self._reply(ref.status, error, "application/json")
            else:
                self._reply(ref.status, ref.message.encode() + b"\n",
                            "text/plain; charset=utf-8")

    def _route(self) -> None:
        parts = urllib.parse.urlsplit(self.path)
        route, method = parts.path.rstrip("/") or "/", self.command
        explorer = self.server.explorer
        if route.startswith("/api/") and method in ("GET", "HEAD") and explorer is not None:
            self._check(write=False)
            explorer.start()  # the name index is read from the first explorer request on
            self._api(route, urllib.parse.parse_qs(parts.query, keep_blank_values=True))
        elif route == "/query" and method in ("GET", "POST"):
            self._check(write=False)
            body = self._body() if method == "POST" else b""
            text = self._sparql("query", body, parts.query)
            self._forward("POST", "/query", text.encode(), "application/sparql-query")
        elif route == "/update" and method == "POST":
            self._check(write=True)
            if self._content_type() != UPDATE_TYPE:
                raise _Refused(415, f"updates must be sent as {UPDATE_TYPE}")
            text = self._sparql("update", self._body(), "")
            self._changed(reload=False)
            self._forward("POST", "/update", text.encode(), UPDATE_TYPE)
            self._changed()
        elif route == "/store" and method in ("GET", "HEAD"):
            self._check(write=False)
            self._forward(method, "/store" + (f"?{parts.query}" if parts.query else ""), None,
                          None)
        elif route == "/store" and method in ("PUT", "POST", "DELETE"):
            self._check(write=True)
            ctype = self._content_type()
            if method != "DELETE" and (not ctype or ctype in _FORM_TYPES):
                raise _Refused(415, "graph uploads need an RDF Content-Type "
                                    "(e.g. application/n-triples)")
            body = self._body()
            self._changed(reload=False)
            self._forward(method, "/store" + (f"?{parts.query}" if parts.query else ""),
                          body if method != "DELETE" else None, ctype or None)
            self._changed()
        elif method in ("GET", "HEAD") and any(p.path == route for p in self.server.config.pages):
            self._check(write=False)
            page = next(p for p in self.server.config.pages if p.path == route)
            self._reply(200, page.html, "text/html; charset=utf-8", {
                "Content-Security-Policy": page.policy, "X-Frame-Options": "DENY",
                "Referrer-Policy": "no-referrer", "Cache-Control": "no-store"})
        elif route in ("/query", "/update", "/store"):
            raise _Refused(405, f"{method} is not allowed on {route}")
        else:
            raise _Refused(404, "not found; SPARQL at /query, updates at /update (writable), "
                                "graphs at /store")

    def _changed(self, reload: bool = True) -> None:
        """Tell the explorer the store is changing (index dropped) or has changed (read again)."""
        if self.server.explorer is not None:
            self.server.explorer.invalidate(reload)

    def _api(self, route: str, params: dict[str, list[str]]) -> None:
        """Answer one explorer JSON request (see :mod:`kg.rdf.explore`)."""
        explorer = self.server.explorer
        assert explorer is not None

        def text(name: str) -> str:
            values = params.get(name, [])
            if len(values) != 1:
                raise _Refused(400, f"{route} expects one {name} parameter")
            return values[0]

        def number(name: str, default: int) -> int:
            values = params.get(name, [])
            try:
                return int(values[0]) if values else default
            except ValueError:
                raise _Refused(400, f"{name} must be a whole number, got {values[0]!r}"
                               ) from None

        started = time.perf_counter()
        from .explore import MAX_LIMIT, Actors, query_list

        try:
            if route == "/api/search":
                answer: object = explorer.search(text("q"), number("limit", 20))
            elif route == "/api/neighbours":
                answer = explorer.neighbours(text("actor"), number("limit", 25))
            elif route == "/api/statements":
                answer = explorer.statements(text("a"), text("b"), number("offset", 0),
                                             number("limit", 50))
            elif route == "/api/actors":
                answer = Actors(tuple(explorer.describe(params.get("iri", [])[:MAX_LIMIT])))
            elif route == "/api/queries":
                answer = query_list()
            elif route == "/api/named":
                given = {k: v[-1] for k, v in params.items() if k != "name"}
                answer = self._named(text("name"), given)
            else:
                raise _Refused(404, "the explorer API has /api/search, /api/neighbours, "
                                    "/api/statements, /api/actors, /api/queries and /api/named")
        except QueryError as err:
            raise _Refused(400, str(err)) from None
        except KGError as err:
            raise _Refused(502, f"the SPARQL engine failed: {err}") from None
        data = json.dumps(asdict(answer), ensure_ascii=False).encode()  # type: ignore[call-overload]
        took = (time.perf_counter() - started) * 1000
        self._reply(200, data, "application/json", {"Cache-Control": "no-store",
                                                     "Server-Timing": f"store;dur={took:.1f}"})

    def _named(self, name: str, given: dict[str, str]) -> Table:
        """Run a named query for the explorer, with the limits of ``/query``.

        One past the engine's timeout is a 503; an answer over ``max_result_bytes`` a 507.
        """
        from .explore import run_named

        cfg = self.server.config
        engine = self.server.kg_server.process
        # the engine with /query's byte cap (the explorer's own questions are bounded by LIMITs)
        source = SparqlClient.at(cfg.engine, timeout=cfg.timeout + 2,
                                 max_bytes=cfg.max_result_bytes)
        try:
            return run_named(source, name, given)
        except (NoAnswerInTime, QueryStopped) as err:
            if isinstance(err, NoAnswerInTime):  # the engine ignored its own timeout: kill it
                self.server.kg_server.restart_engine(engine)
            raise _Refused(503, f"the query took over {cfg.timeout:g} s and was stopped"
                           ) from None
        except AnswerTooLarge:
            raise _Refused(507, _too_large(cfg.max_result_bytes)) from None

    def _forward(self, method: str, path: str, body: bytes | None, ctype: str | None) -> None:
        cfg = self.server.config
        headers = {"Accept": self.headers.get("Accept") or "*/*"}
        if ctype:
            headers["Content-Type"] = ctype
        request = urllib.request.Request(cfg.engine + path, data=body, method=method,
                                         headers=headers)
        engine = self.server.kg_server.process
        try:
            with urllib.request.urlopen(request, timeout=cfg.timeout + 2) as response:
                status, rtype = response.status, response.headers.get("Content-Type")
                data = response.read(cfg.max_result_bytes + 1)
        except urllib.error.HTTPError as err:
            status, rtype = err.code, err.headers.get("Content-Type")
            data = err.read(64 << 10)
        except TimeoutError:
            # the engine ignored its own timeout (it checks only at some steps): kill it
            self.server.kg_server.restart_engine(engine)
            raise _Refused(503, f"the query took over {cfg.timeout:g} s and was stopped"
                           ) from None
        except (urllib.error.URLError, OSError) as err:
            raise _Refused(502, f"the SPARQL engine is not answering: {err}") from None
        if CANCELLED in data[-200:]:  # the engine's timeout ends a streamed answer with this
            raise _Refused(503, f"the query took over {cfg.timeout:g} s and was stopped")
        if len(data) > cfg.max_result_bytes:
            raise _Refused(507, _too_large(cfg.max_result_bytes))
        self._reply(status, data, rtype)

    def _reply(self, status: int, data: bytes, ctype: str | None,
               headers: Mapping[str, str] | None = None) -> None:
        self.send_response(status)
        if ctype:
            self.send_header("Content-Type", ctype)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("X-Content-Type-Options", "nosniff")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = do_OPTIONS = do_PATCH = _handle


def _too_large(limit: int) -> str:
    return (f"the answer is over {limit:,} bytes; add a LIMIT or start the server with a larger "
            "--max-result-mb")


class _FrontServer(ThreadingHTTPServer):
    daemon_threads = True
    config: FrontConfig
    kg_server: Server
    explorer: Explorer | None = None


@dataclass
class Engine:
    """How to (re)start the Oxigraph child: command, memory cap, stderr log."""

    command: list[str]
    url: str
    max_bytes: int | None
    log: IO[bytes]
    store: str = ""

    def spawn(self) -> subprocess.Popen[bytes]:
        """Start the engine (it dies with this process; its memory is capped)."""
        return subprocess.Popen(self.command, stdout=subprocess.DEVNULL, stderr=self.log,
                                preexec_fn=child_setup(self.max_bytes))

    def last_line(self) -> str:
        """Return the last line the engine wrote to stderr ('' if none)."""
        if self.log.closed:
            return ""
        self.log.seek(0)
        lines = self.log.read().decode(errors="replace").strip().splitlines()
        return lines[-1][:300] if lines else ""

    def corruption(self) -> str:
        """Return the engine's first log line that reports a damaged store ('' if none)."""
        if self.log.closed:
            return ""
        self.log.seek(0)
        for line in self.log.read().decode(errors="replace").splitlines():
            failure = store_failure(RuntimeError(line), "") if _DAMAGE.search(line) else None
            if isinstance(failure, CorruptStoreError):
                return failure.detail
        return ""

    def await_ready(self, process: subprocess.Popen[bytes], wait: float) -> None:
        """Return once the engine answers; raise :class:`ServerError` if it stops or stalls."""
        deadline = time.monotonic() + wait
        while not _answers(self.url):
            if process.poll() is not None:
                corrupt = self.corruption()
                if corrupt:
                    raise CorruptStoreError(corrupt, self.store)
                raise ServerError("the oxigraph server stopped at once: "
                                  + (self.last_line() or f"exit code {process.returncode}"))
            if time.monotonic() > deadline:
                raise ServerError(f"the oxigraph server did not answer within {wait:.0f} s")
            time.sleep(0.1)


@dataclass
class Server:
    """A running server (front and engine); stop it with :meth:`stop` or a ``with`` block."""

    process: subprocess.Popen[bytes]
    url: str
    writable: bool
    engine: Engine
    token: str | None = None
    front: _FrontServer | None = None
    lock: StoreLock | None = None
    restarts: int = 0
    _restart_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _restarts: queue.Queue[tuple[subprocess.Popen[bytes], threading.Event] | None] = field(
        default_factory=queue.Queue, repr=False)

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

    def engine_log(self) -> str:
        """Return the last line the engine wrote to stderr ('' if none)."""
        return self.engine.last_line()

    def restart_engine(self, stuck: subprocess.Popen[bytes]) -> None:
        """Kill a stuck engine (one that ignores its timeout) and start a fresh one.

        The new engine is started by the supervisor thread, which lives as long as the server:
        the kernel's parent-death signal fires when the *thread* that started a child ends, so a
        request thread must not start it.
        """
        done = threading.Event()
        self._restarts.put((stuck, done))
        done.wait(60)

    def _supervise(self) -> None:
        while True:
            item = self._restarts.get()
            if item is None:
                return
            stuck, done = item
            try:
                with self._restart_lock:
                    if stuck is self.process and self.front is not None:
                        stuck.kill()
                        stuck.wait()
                        self.process = self.engine.spawn()
                        self.restarts += 1
                if self.process is not stuck:
                    self.engine.await_ready(self.process, 30.0)
            except (ServerError, OSError):
                pass  # the main thread sees the engine gone and stops the server
            finally:
                done.set()

    def start_supervisor(self) -> None:
        """Start the thread that restarts stuck engines."""
        threading.Thread(target=self._supervise, name="kg-serve-engine", daemon=True).start()

    def wait(self) -> int:
        """Block until the engine exits on its own (not by a restart); return its exit code."""
        while True:
            process = self.process
            code = process.wait()
            with self._restart_lock:
                if process is self.process:
                    return code

    def stop(self, timeout: float = 10.0) -> None:
        """Stop the front, terminate the engine and wait for it; release the store."""
        if self.front is not None:
            front, self.front = self.front, None
            front.shutdown()
            front.server_close()
            self._restarts.put(None)
        with self._restart_lock:
            if self.process.poll() is None:
                self.process.terminate()
                try:
                    self.process.wait(timeout)
                except subprocess.TimeoutExpired:
                    self.process.kill()
                    self.process.wait(timeout)
        self.engine.log.close()
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    def __enter__(self) -> Server:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()


def _answers(url: str) -> bool:
    try:
        SparqlClient.at(url, timeout=2).server()
    except KGError:
        return False
    return True


def _create_empty_store(path: Path) -> None:
    from .store import make_oxigraph_store

    if path.exists() and (not path.is_dir() or any(p.name != LOCK_NAME
                                                   for p in path.iterdir())):
        return  # an existing store (or something that is not one: refused below)
    make_oxigraph_store(path, create=True).close()


def _allowed_hosts(host: str, port: int) -> frozenset[str] | None:
    if host not in LOOPBACK:
        return None
    return frozenset(f"{name}:{port}" for name in ("127.0.0.1", "localhost", "[::1]"))


def start_server(store: str | Path, *, host: str = "127.0.0.1", port: int | None = None,
                 writable: bool = False, wait: float = 30.0, token: str | None = None,
                 allow_service: bool = False, timeout: float = DEFAULT_TIMEOUT,
                 max_memory_mb: int | None = None,
                 max_result_mb: int = DEFAULT_MAX_RESULT_MB,
                 pages: tuple[Page, ...] = (), explorer: bool = False) -> Server:
    """Start serving ``store`` and return once the server answers a query.

    A writable server creates an empty store if ``store`` is missing or an empty folder, and
    requires ``token`` (one is generated if not given; see :attr:`Server.token`). A query still
    running ``timeout`` + 2 seconds after it started (the engine checks its own timeout only at
    some steps) gets the engine killed and restarted. ``pages`` are served read-only on GET
    (behind the same Host and token checks as queries), each with its own CSP header;
    ``explorer`` adds the explorer's JSON API under ``/api/`` (its name index is read in the
    background).

    Raises
    ------
    GraphError
        If ``store`` is not a store folder, or another process writes it.
    ServerError
        If the server cannot be started or does not answer within ``wait`` seconds.

    """
    from .store import is_store_dir

    path = Path(store)
    if writable:
        _create_empty_store(path)
    if not path.is_dir() or not is_store_dir(path):
        raise GraphError(f"no store at {path}; build one with kg build … --store {path}, or "
                         "serve an empty one with kg serve --writable")
    if port and not _port_free(host, port):
        raise ServerError(f"port {port} on {host} is in use; pick another with --port, or 0 for "
                          "any free port")
    lock = lock_store(path, exclusive=writable,
                      what=f"kg serve{' --writable' if writable else ''} on {host}:{port or '?'}")
    try:
        from .wal import store_damage

        damage = store_damage(path)  # before the engine's open drops a cut-off log's tail
        if damage:
            raise CorruptStoreError(damage, str(path))
        engine_port = free_port("127.0.0.1")
        command = server_command(path, "127.0.0.1", engine_port, writable, timeout)
    except BaseException:
        lock.release()
        raise
    # stderr goes to a file, not a pipe, so that a chatty server never blocks; stop() closes it
    log = tempfile.TemporaryFile()  # noqa: SIM115
    engine = Engine(command, f"http://127.0.0.1:{engine_port}",
                    max_memory_mb << 20 if max_memory_mb else None, log, str(path))
    port = port or free_port(host)
    server = Server(engine.spawn(), f"http://{host if ':' not in host else f'[{host}]'}:{port}",
                    writable, engine, (token or secrets.token_urlsafe(24)) if writable else None,
                    None, lock)
    explore: Explorer | None = None
    front: _FrontServer | None = None
    serving = False
    try:
        engine.await_ready(server.process, wait)
        if explorer:
            from .explore import Explorer

            # the index through the engine; if that takes longer than its timeout, a read-only
            # engine's folder can be read past it (a writable one compacts, deleting files a
            # second handle would read)
            explore = Explorer(SparqlClient.at(engine.url, timeout=timeout + 2),
                               index_source=None if writable else ReadOnlyFolder(path))
        try:
            front = _FrontServer((host, port), _FrontHandler)
        except OSError as err:
            raise ServerError(f"cannot listen on {host}:{port}: {err.strerror}") from None
        front.config = FrontConfig(engine.url, writable, server.token,
                                   _allowed_hosts(host, port), allow_service, timeout,
                                   max_result_mb << 20, pages=pages)
        front.kg_server = server
        front.explorer = explore
        threading.Thread(target=front.serve_forever, name="kg-serve-front", daemon=True).start()
        serving = True
        server.front = front
        server.start_supervisor()
    except BaseException:  # Ctrl-C while starting too: nothing may stay running or listening
        if front is not None and server.front is None:
            if serving:
                front.shutdown()  # only once serve_forever runs: before, shutdown() never returns
            front.server_close()
        server.stop()
        raise
    return server


@dataclass(frozen=True)
class ReadOnlyFolder:
    """Queries a served store folder through its own read-only handle, opened per query.

    The explorer's name index reads every search key of the store once: on a big store whose
    documents repeat actor descriptions that can take longer than the engine's query timeout,
    which is for clients' queries. Only for a read-only engine: a writable one compacts,
    deleting files this handle would read.
    """

    path: Path

    def query(self, text: str) -> QueryResult:
        """Run a SELECT query over the union of the folder's graphs."""
        import pyoxigraph as ox  # heavy: only when the explorer reads its index

        from .sparql import query_oxigraph

        try:
            store = ox.Store.read_only(str(self.path))
        except (OSError, RuntimeError) as err:
            raise store_failure(err, f"cannot read {self.path}") from None
        try:
            return query_oxigraph(store, text)
        finally:
            del store


def push_store(store: str | Path, endpoint: str, timeout: float = 60.0,
               token: str | None = None) -> StoreReport:
    """Add each document of ``store`` to the server at ``endpoint``; report what changed.

    Documents go in as :func:`kg.rdf.graphstore.add_documents` adds them to a local store: one
    update per document, the summary graph's degrees and links merged into the target's, a document
    already there with the same content hash left alone (pushing twice changes nothing).
    """
    from .graphstore import add_documents, open_store

    target = SparqlClient(endpoints(endpoint), token, timeout)
    with open_store(store) as st:
        dataset = st.to_dataset()
    return add_documents(target, dataset)
