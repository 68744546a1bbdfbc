"""One writer or several readers per store: an advisory lock file ``kg.lock`` inside the store.

Writers (``kg build --store``, ``kg remove``, ``kg serve --writable``) take it exclusively;
readers (``kg serve``, ``kg query``, ``kg export`` … on a store) take it shared. RocksDB's own
lock does not cover Oxigraph's read-only server, which would otherwise serve stale data while a
build writes. The lock is an ``flock`` on an open file, so the kernel drops it when the holder
dies, even by ``kill -9``: a lock is never stale.
"""

from __future__ import annotations

import fcntl
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from ..errors import GraphError

LOCK_NAME = "kg.lock"


def _holder(path: Path) -> str:
    try:
        text = path.read_text(encoding="utf-8").strip()
    except OSError:
        text = ""
    return text or "a reader (kg serve, kg query …)"


def _describe() -> str:
    argv = [Path(sys.argv[0]).name, *sys.argv[1:3]] if sys.argv and sys.argv[0] else ["kg"]
    return f"{' '.join(argv)} (pid {os.getpid()})"


@dataclass
class StoreLock:
    """A held lock on a store folder; :meth:`release` (or process exit) drops it."""

    path: Path
    fd: int | None
    exclusive: bool

    def release(self) -> None:
        """Drop the lock (idempotent)."""
        if self.fd is None:
            return
        if self.exclusive:
            os.ftruncate(self.fd, 0)
        os.close(self.fd)  # closing the descriptor releases the flock
        self.fd = None


def lock_store(store: Path, *, exclusive: bool, what: str | None = None) -> StoreLock:
    """Take the store's lock without waiting; a held conflicting lock is a :class:`GraphError`.

    ``what`` describes the holder for other processes' error messages (default: this command).
    """
    path = store / LOCK_NAME
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    except OSError as err:
        if not exclusive and isinstance(err, PermissionError):
            return StoreLock(path, None, exclusive)  # a read-only store folder: nothing can write
        raise GraphError(f"cannot lock the store {store}: {err.strerror}") from None
    try:
        fcntl.flock(fd, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        action = "write to" if exclusive else "read"
        raise GraphError(f"store {store} is in use by {_holder(path)}; cannot {action} it now — "
                         "stop that process or wait for it to finish") from None
    if exclusive:
        os.ftruncate(fd, 0)
        os.write(fd, (what or _describe()).encode("utf-8", "replace"))
    return StoreLock(path, fd, exclusive)
