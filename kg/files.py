"""File-system helpers shared by the stages that write files."""

from __future__ import annotations

import os


def usual_mode() -> int:
    """Return the mode a new file gets from the user's umask (``0o644`` under umask 022).

    ``tempfile.mkstemp`` creates its files with mode 0600; files staged with it are given this
    mode before they are renamed into place, so outputs are as readable as any other file.
    """
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask
