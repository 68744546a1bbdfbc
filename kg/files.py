"""File-system helpers shared by the stages that write files: the file mode and atomic writes."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TypeVar

from .errors import OutputError

T = TypeVar("T")


def usual_mode() -> int:
    """Return the mode a new file gets from the user's umask (``0o644`` under umask 022).

    ``tempfile.mkstemp`` creates its files with mode 0600; files staged with it are given this
    mode before they are renamed into place, so outputs are as readable as any other file.
    """
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def write_atomic(path: Path, write: Callable[[Path], T]) -> T:
    """Write one file through ``write`` on a temporary sibling, then rename it into place.

    ``write`` is given the temporary path; its result is returned. The folder is created if
    needed. A failure leaves an earlier file at ``path`` as it was and no temporary file behind.

    Raises
    ------
    OutputError
        ``path`` is a folder, or the file cannot be written.

    """
    return write_all_atomic({Path(path): write})[Path(path)]


def write_all_atomic(files: Mapping[Path, Callable[[Path], T]]) -> dict[Path, T]:
    """Write several files as :func:`write_atomic` does; rename them only once all succeeded."""
    staged: list[tuple[Path, Path]] = []
    results: dict[Path, T] = {}
    mode = usual_mode()
    current: Path | None = None
    try:
        for target, write in files.items():
            current = target = Path(target)
            if target.is_dir():
                raise OutputError(f"{target} is a folder; give a file name")
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, name = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
            os.close(fd)
            tmp = Path(name)
            staged.append((tmp, target))
            results[target] = write(tmp)
            tmp.chmod(mode)  # mkstemp creates 0600; give the usual file mode
        for tmp, target in staged:
            os.replace(tmp, target)
    except OSError as err:
        where = current or err.filename or "output"
        raise OutputError(f"cannot write {where}: {err.strerror or err}; "
                          "expected a writable file path") from None
    finally:
        for leftover, _ in staged:
            if leftover.exists():
                leftover.unlink()
    return results
