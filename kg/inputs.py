"""Read input documents: text files, HTML pages, feeds, folders of them, JSON Lines, or stdin.

Dates, titles, URLs and outlets come from JSONL fields, a text file's front matter, an HTML
page's metadata or a feed entry (see :mod:`kg.readers`).

Every way a user's input can be unusable (missing, empty, binary, not UTF-8, too large, malformed
JSON) raises :class:`~kg.errors.InputError` naming the file and the problem, before any output
is written.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError
from .readers.meta import meta_from_record, split_front_matter, with_meta
from .types import Document

MAX_BYTES = 50_000_000
TEXT_SUFFIXES = (".txt", ".text", ".md")
HTML_SUFFIXES = (".html", ".htm")
FEED_SUFFIXES = (".rss", ".atom", ".xml")


@dataclass(frozen=True, slots=True)
class InputOptions:
    """Limits applied while reading input."""

    max_bytes: int = MAX_BYTES
    lang: str | None = None  # language forced on every document, None = per-document/auto


def decode(data: bytes, name: str) -> str:
    """Decode UTF-8 text, refusing binary data and other encodings with a clear message."""
    if not data.strip():
        raise InputError(f"{name} is empty: expected UTF-8 text")
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
    return text


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
        doc_id = str(record.get("id") or f"{path}#{n}")
        if doc_id in seen:
            raise InputError(f"{path}:{n}: duplicate document id {doc_id!r}")
        seen.add(doc_id)
        if not record["text"].strip():
            raise InputError(f"{path}:{n}: document {doc_id!r} has empty text")
        lang = options.lang or record.get("lang")
        meta = meta_from_record(record, f"{path}:{n} (document {doc_id!r})")
        yield with_meta(Document(id=doc_id, text=record["text"], lang=lang,
                                 source=f"{path}:{n}"), meta)


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
                if p.is_file() and p.suffix.lower() in (*TEXT_SUFFIXES, *HTML_SUFFIXES,
                                                         *FEED_SUFFIXES, ".jsonl")
            )
            if not files:
                raise InputError(f"directory {item} holds no .txt, .html, .rss, .atom or "
                                 f".jsonl files")
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
        elif path.suffix.lower() in FEED_SUFFIXES:
            from .readers.feeds import read_feed

            for doc in read_feed(data, str(path), lang=options.lang):
                if doc.id in seen:
                    raise InputError(f"duplicate document id {doc.id!r} ({doc.source})")
                seen.add(doc.id)
                yield doc
        else:
            doc_id = str(path)
            if doc_id in seen:
                continue
            seen.add(doc_id)
            yield _text_document(path, decode(data, str(path)), options)


def _text_document(path: Path, text: str, options: InputOptions) -> Document:
    """Return a text file (with optional front matter) or a saved HTML page as one document."""
    if path.suffix.lower() in HTML_SUFFIXES:
        from .readers.html import read_html_page

        meta, body = read_html_page(text, str(path))
    else:
        meta, body = split_front_matter(text, str(path))
        if not body.strip():
            raise InputError(f"{path} holds front matter but no text after it")
    return with_meta(Document(id=str(path), text=body, lang=options.lang, source=str(path)), meta)
