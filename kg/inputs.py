"""Read input documents: text files, folders of them, JSON Lines records, or standard input.

Every way a user's input can be unusable (missing, empty, binary, not UTF-8, too large, malformed
JSON) raises :class:`~kg.errors.InputError` naming the file and the problem, before any output
is written.
"""

from __future__ import annotations

import codecs
import json
import re
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError
from .types import Document

MAX_BYTES = 50_000_000
TEXT_SUFFIXES = (".txt", ".text", ".md")


@dataclass(frozen=True, slots=True)
class InputOptions:
    """Limits applied while reading input."""

    max_bytes: int = MAX_BYTES
    lang: str | None = None  # language forced on every document, None = per-document/auto


_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_SURROGATE = re.compile("[\ud800-\udfff]")


def clean(text: str) -> str:
    """Replace lone surrogates (which no UTF-8 file, RDF or JSON output can hold) with U+FFFD."""
    return _SURROGATE.sub("\ufffd", text)


def _decode_bom(data: bytes, name: str) -> str | None:
    """Decode UTF-16/32 text that starts with its byte-order mark (None if there is none)."""
    for bom, codec in _BOMS:  # UTF-32 first: its little-endian BOM starts like UTF-16's
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as err:
                raise InputError(f"{name} starts like {codec.upper()} text but is not "
                                 f"(offset {err.start}); convert it to UTF-8, e.g. iconv -f "
                                 f"{codec} -t utf-8") from None
    return None


def decode(data: bytes, name: str) -> str:
    """Decode UTF-8 (or UTF-16/32 with a BOM), refusing binary data and other encodings."""
    if not data.strip():
        raise InputError(f"{name} is empty: expected UTF-8 text")
    wide = _decode_bom(data, name)
    if wide is not None:
        data = wide.encode("utf-8")
    head = data[:8192]
    if b"\x00" in head:
        raise InputError(f"{name} looks binary (it contains NUL bytes): expected UTF-8 text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(
            f"{name} is not UTF-8 text (byte 0x{data[err.start]:02x} at offset {err.start}); "
            f"convert it first, e.g. iconv -f latin1 -t utf-8"
        ) from None
    controls = sum(1 for c in text[:8192] if ord(c) < 32 and c not in "\n\r\t\f\v")
    if controls > max(8, len(text[:8192]) // 50):
        raise InputError(f"{name} looks binary ({controls} control characters): expected text")
    if not text.strip():
        raise InputError(f"{name} is empty: expected UTF-8 text")
    return clean(text)


def _read_bytes(path: Path, options: InputOptions) -> bytes:
    try:
        size = path.stat().st_size
        if size > options.max_bytes:
            raise InputError(
                f"{path} is {size:,} bytes, over the limit of {options.max_bytes:,}; "
                "split it into smaller documents (e.g. a .jsonl file)"
            )
        return path.read_bytes()
    except PermissionError:
        raise InputError(f"{path} cannot be read: permission denied") from None
    except IsADirectoryError:
        raise InputError(f"{path} is a directory") from None


def _jsonl(path: Path, data: bytes, options: InputOptions) -> Iterator[Document]:
    text = decode(data, str(path))
    seen: set[str] = set()
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            raise InputError(
                f"{path}:{n}: not a JSON object ({err.msg}); "
                'expected one {"id": …, "text": …} per line'
            ) from None
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise InputError(
                f'{path}:{n}: expected an object with a "text" string, got {line[:60]!r}'
            )
        doc_id = clean(str(record.get("id") or f"{path}#{n}"))
        if doc_id in seen:
            raise InputError(f"{path}:{n}: duplicate document id {doc_id!r}")
        seen.add(doc_id)
        if not record["text"].strip():
            raise InputError(f"{path}:{n}: document {doc_id!r} has empty text")
        lang = options.lang or record.get("lang")
        yield Document(id=doc_id, text=clean(record["text"]),
                       lang=clean(lang) if isinstance(lang, str) else None, source=f"{path}:{n}")


def _expand(inputs: Sequence[str]) -> Iterator[str | Path]:
    for item in inputs:
        if item == "-":
            yield "-"
            continue
        path = Path(item)
        if not path.exists():
            raise InputError(f"no such file or directory: {item}")
        if path.is_dir():
            files = sorted(
                p
                for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in (*TEXT_SUFFIXES, ".jsonl")
            )
            if not files:
                raise InputError(f"directory {item} holds no .txt or .jsonl files")
            yield from files
        else:
            yield path


def read_documents(
    inputs: Sequence[str], options: InputOptions | None = None
) -> Iterator[Document]:
    """Yield the documents named by ``inputs`` (paths, folders, ``-`` for stdin), in order."""
    options = options or InputOptions()
    if not inputs:
        raise InputError("no input given: expected text files, folders, .jsonl files or -")
    seen: set[str] = set()
    for item in list(_expand(inputs)):
        if item == "-":
            data = sys.stdin.buffer.read(options.max_bytes + 1)
            if len(data) > options.max_bytes:
                raise InputError(f"standard input is over the limit of {options.max_bytes:,} bytes")
            yield Document(
                id="stdin", text=decode(data, "standard input"), lang=options.lang, source="-"
            )
            continue
        path = Path(item)
        data = _read_bytes(path, options)
        if path.suffix.lower() == ".jsonl":
            for doc in _jsonl(path, data, options):
                if doc.id in seen:
                    raise InputError(f"duplicate document id {doc.id!r} ({doc.source})")
                seen.add(doc.id)
                yield doc
        else:
            doc_id = str(path)
            if doc_id in seen:
                continue
            seen.add(doc_id)
            yield Document(
                id=doc_id, text=decode(data, str(path)), lang=options.lang, source=str(path)
            )
