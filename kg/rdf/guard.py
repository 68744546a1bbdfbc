"""Keep heavy work from outliving kg or taking the machine down: memory caps, timeouts, Ctrl-C.

Queries run in a child process (a forked worker, or the ``oxigraph`` server) that dies with its
parent (Linux ``PR_SET_PDEATHSIG``), whose address space is capped (``RLIMIT_AS``), and that the
parent kills at the timeout or on Ctrl-C: an engine busy in native code cannot be interrupted
from Python, but its process can.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any, TypeVar

from ..errors import ConfigError, KGError, QueryError

T = TypeVar("T")

DEFAULT_TIMEOUT = 30.0
MEMORY_SHARE = 0.5  # default memory cap: this share of the machine's RAM
_PR_SET_PDEATHSIG = 1


def total_memory() -> int | None:
    """Return the machine's RAM in bytes (None where unknown)."""
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError, AttributeError):
        return None


def default_max_memory_mb() -> int:
    """Return the default memory cap in MB: half the RAM, at least 1 GB."""
    ram = total_memory()
    return max(1024, int((ram or 8 << 30) * MEMORY_SHARE) >> 20)


def check_limits(timeout: float, max_memory_mb: int) -> None:
    """Refuse a timeout or memory cap kg cannot use."""
    if timeout <= 0:
        raise ConfigError(f"--timeout must be positive (seconds); got {timeout}")
    if max_memory_mb < 256:
        raise ConfigError(f"--max-memory must be at least 256 (MB); got {max_memory_mb}")


def die_with_parent() -> None:
    """Ask the kernel to kill this process when its parent dies (Linux; elsewhere a no-op)."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes  # only needed on Linux, in a fresh child

    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)


def limit_memory(max_bytes: int | None) -> None:
    """Cap this process's address space (``RLIMIT_AS``) at ``max_bytes``."""
    if not max_bytes:
        return
    import resource

    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_AS, (max_bytes, max_bytes))


def _address_space() -> int:
    """Return this process's current address-space size in bytes (0 where unknown)."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[0])
        return pages * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def child_setup(max_bytes: int | None) -> Callable[[], None]:
    """Return a ``preexec_fn`` that makes a server child die with kg and caps its memory."""

    def setup() -> None:
        die_with_parent()
        limit_memory(max_bytes)

    return setup


def _worker(conn: Connection, func: Callable[..., Any], args: tuple[Any, ...],
            max_bytes: int | None) -> None:
    die_with_parent()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides; it kills us on Ctrl-C
    limit_memory(max_bytes)
    try:
        conn.send(("ok", func(*args)))
    except KGError as err:
        conn.send(("error", err))
    except MemoryError:
        conn.send(("memory", None))
    conn.close()


def run_isolated(func: Callable[..., T], args: tuple[Any, ...], *, timeout: float | None,
                 max_memory_mb: int | None, what: str = "the query") -> T:
    """Run ``func(*args)`` in a forked worker; return its result or re-raise its kg error.

    The worker is killed when ``timeout`` seconds pass (a :class:`QueryError`; None: no
    timeout), on Ctrl-C
    (``KeyboardInterrupt`` here) or when it grows by more than ``max_memory_mb`` over this
    process's size (a :class:`QueryError` naming the cap). ``func``'s result must pickle.
    """
    import multiprocessing as mp

    ctx = mp.get_context("fork")  # the worker needs this process's loaded modules and arguments
    receive, send = ctx.Pipe(duplex=False)
    # a forked worker starts as big as this process (models loaded …): the cap is on top of that
    max_bytes = (_address_space() + (max_memory_mb << 20)) if max_memory_mb else None
    process = ctx.Process(target=_worker, args=(send, func, args, max_bytes), daemon=True)
    process.start()
    send.close()
    try:
        if not receive.poll(timeout):
            raise QueryError(f"{what} took over {timeout:g} s and was stopped; narrow it, add "
                             "a LIMIT, or raise --timeout")
        try:
            kind, value = receive.recv()
        except EOFError:
            process.join(5)
            code = process.exitcode
            raise QueryError(f"{what} stopped (the worker died, exit code {code}) — most likely "
                             f"it needed more memory than --max-memory {max_memory_mb} MB; "
                             "narrow it or raise the cap") from None
    finally:
        if process.is_alive():
            process.kill()
        process.join(5)
        receive.close()
    if kind == "error":
        raise value
    if kind == "memory":
        raise QueryError(f"{what} needed more memory than --max-memory {max_memory_mb} MB; "
                         "narrow it or raise the cap")
    result: T = value
    return result
