"""Check a RocksDB store's write-ahead logs and MANIFEST for a cut-off end before opening it.

RocksDB recovers a store whose newest write-ahead log (``NNNNNN.log``) ends inside a record by
dropping the incomplete transactions — silently, and the torn log is deleted on that open, so
the evidence is gone. kg walks the record headers of the logs and the current MANIFEST (the
same format: 32 KiB blocks of records, each ``crc32c(4) length(2) type(1)`` then the payload,
records of big transactions split into FIRST/MIDDLE/LAST fragments) and refuses a store whose
log ends inside a record or a fragmented transaction. Checksums are not verified (RocksDB does
that when reading); this catches truncation: an interrupted copy, a full disk, a lost tail.
"""

from __future__ import annotations

from pathlib import Path

BLOCK = 32768
HEADER = 7
_RECYCLABLE_HEADER = 11  # recyclable records add a 4-byte log number
_FULL, _FIRST, _MIDDLE, _LAST = (1, 5), (2, 6), (3, 7), (4, 8)
_RECYCLABLE = {5, 6, 7, 8, 11}


def log_damage(path: Path) -> str | None:
    """Return why the RocksDB log file ``path`` is cut off, or None if its records are whole."""
    try:
        size = path.stat().st_size
        handle = path.open("rb")
    except OSError:
        return None  # unreadable or gone: RocksDB reports that itself
    with handle:
        pos = 0
        in_fragment = False
        while pos < size:
            left_in_block = BLOCK - pos % BLOCK
            if left_in_block < HEADER:  # a block's trailer: padding
                pos += left_in_block
                continue
            handle.seek(pos)
            header = handle.read(HEADER)
            if len(header) < HEADER:
                if header.strip(b"\0"):
                    return f"{path.name} ends inside a record header at byte {pos:,}"
                break
            length = int.from_bytes(header[4:6], "little")
            kind = header[6]
            if kind == 0 and length == 0:  # zeros: preallocated space, the end of the records
                break
            end = pos + (_RECYCLABLE_HEADER if kind in _RECYCLABLE else HEADER) + length
            if end > size:
                return (f"{path.name} ends inside a record: {size:,} bytes, the record at byte "
                        f"{pos:,} needs {end:,}")
            if end - (pos - pos % BLOCK) > BLOCK:
                return f"{path.name} has a record crossing a block end at byte {pos:,}"
            if kind in _FIRST:
                in_fragment = True
            elif kind in _LAST or kind in _FULL:
                in_fragment = False
            pos = end
        if in_fragment:
            return f"{path.name} ends inside a transaction written in fragments"
    return None


def store_damage(folder: Path) -> str | None:
    """Return why a store folder's write-ahead logs or current MANIFEST are cut off, or None."""
    files = sorted(folder.glob("*.log"))
    try:
        manifest = (folder / "CURRENT").read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        manifest = ""
    if manifest and "/" not in manifest:
        files.append(folder / manifest)
    for file in files:
        damage = log_damage(file)
        if damage:
            return damage
    return None
