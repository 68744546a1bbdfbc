"""SPARQL servers on loopback for the store tests: Oxigraph, and Virtuoso where installed."""

from __future__ import annotations

import shutil
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from kg.rdf.serve import free_port

VIRTUOSO_INI = """[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql}
DisableUnixSocket = 1
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
DirsAllowed = .
[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerRoot = {d}
ServerThreads = 4
[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 120
"""


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url + "?" + urllib.parse.urlencode({"query": "ASK {}"}),
                                    timeout=2) as response:
            return bool(response.status == 200)
    except (urllib.error.URLError, OSError):
        return False


def _wait(process: subprocess.Popen[bytes], url: str, what: str, wait: float = 60) -> None:
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{what} stopped at once (exit code {process.returncode})")
        if _answers(url):
            return
        time.sleep(0.2)
    raise RuntimeError(f"{what} did not answer within {wait:.0f} s")


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(10)


@contextmanager
def oxigraph_server(folder: Path) -> Iterator[str]:
    """Run ``oxigraph serve`` on a fresh folder (no union-default-graph flag); yield its URL."""
    binary = shutil.which("oxigraph")
    if binary is None:
        raise RuntimeError("no oxigraph command on PATH")
    port = free_port()
    process = subprocess.Popen([binary, "serve", "--location", str(folder), "--bind",
                                f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    try:
        url = f"http://127.0.0.1:{port}"
        _wait(process, url + "/query", "oxigraph serve")
        yield url
    finally:
        _stop(process)


def virtuoso_missing() -> str:
    """Return why Virtuoso cannot be run here ("" if it can)."""
    if shutil.which("virtuoso-t") is None or shutil.which("isql-vt") is None:
        return ("Virtuoso is not installed (Debian: apt-get install virtuoso-opensource); "
                "the SPARQL store is tested against Oxigraph's server only")
    return ""


@contextmanager
def virtuoso_server(folder: Path) -> Iterator[str]:
    """Run Virtuoso on loopback with SPARQL updates allowed; yield its /sparql URL."""
    folder.mkdir(parents=True, exist_ok=True)
    sql, http = free_port(), free_port()
    ini = folder / "virtuoso.ini"
    ini.write_text(VIRTUOSO_INI.format(d=folder, sql=sql, http=http), encoding="utf-8")
    process = subprocess.Popen(["virtuoso-t", "+foreground", "+configfile", str(ini)],
                               cwd=folder, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        url = f"http://127.0.0.1:{http}/sparql"
        _wait(process, url, "virtuoso-t")
        subprocess.run(["isql-vt", f"127.0.0.1:{sql}", "dba", "dba",
                        'exec=GRANT SPARQL_UPDATE TO "SPARQL";'], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=60)
        yield url
    finally:
        _stop(process)
