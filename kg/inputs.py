"""Read input documents: text files, HTML pages, feeds, folders of them, JSON Lines, or stdin.

Dates, titles, URLs and outlets come from JSONL fields, a text file's front matter, an HTML
page's metadata or a feed entry (see :mod:`kg.readers`).

Every way a document can be unusable (empty, binary, not UTF-8, too large, malformed JSON, a
repeated id) is an :class:`~kg.errors.InputError` naming the file and the problem. With
``InputOptions(strict=True)`` (the default here) the first one is raised; otherwise it is
reported as a skipped :class:`~kg.types.Notice` and reading goes on. Problems with the command
itself (no input, a path that does not exist, a folder without documents) always raise.

Document ids are stable: a JSONL record's ``id`` as given; a file's path relative to the folder
named on the command line; the resolved path of a file named itself.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import logging
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError, KGError
from .readers.meta import meta_from_record, split_front_matter, with_meta
from .types import Document, Notice, Notify

MAX_BYTES = 50_000_000
TEXT_SUFFIXES = (".txt", ".text", ".md")
HTML_SUFFIXES = (".html", ".htm")
FEED_SUFFIXES = (".rss", ".atom", ".xml")


@dataclass(frozen=True, slots=True)
class InputOptions:
    """Limits applied while reading input."""

    max_bytes: int = MAX_BYTES
    lang: str | None = None  # language forced on every document, None = per-document/auto
    strict: bool = True  # raise on the first unusable document; False: report it and go on


_log = logging.getLogger("kg")
Fail = Callable[[str, KGError], None]


def tell(notify: Notify | None, notice: Notice) -> None:
    """Pass ``notice`` to ``notify``, or log it as a warning of the ``kg`` logger without one."""
    if notify is not None:
        notify(notice)
    else:
        _log.warning("%s: %s", notice.doc_id, notice.message)


def failure(strict: bool, notify: Notify | None) -> Fail:
    """Return what to do with a document's error: raise it when strict, else report a skip."""

    def fail(doc_id: str, err: KGError) -> None:
        if strict:
            raise err
        tell(notify, Notice(doc_id, str(err), skipped=True, error=err))

    return fail


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


def _jsonl(path: Path, file_id: str, data: bytes, options: InputOptions,
           fail: Fail) -> Iterator[Document]:
    text = decode(data, str(path))
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            fail(f"{file_id}:{n}", InputError(
                f"{path}:{n}: not a JSON object ({err.msg}); "
                'expected one {"id": …, "text": …} per line'))
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            fail(f"{file_id}:{n}", InputError(
                f'{path}:{n}: expected an object with a "text" string, got {line[:60]!r}'))
            continue
        doc_id = clean(str(record.get("id") or f"{file_id}#{n}"))
        if not record["text"].strip():
            fail(doc_id, InputError(f"{path}:{n}: document {doc_id!r} has empty text"))
            continue
        lang = options.lang or record.get("lang")
        try:
            meta = meta_from_record(record, f"{path}:{n} (document {doc_id!r})")
        except InputError as err:
            fail(doc_id, err)
            continue
        yield with_meta(Document(id=doc_id, text=clean(record["text"]),
                                 lang=clean(lang) if isinstance(lang, str) else None,
                                 source=f"{path}:{n}"), meta)


@dataclass(frozen=True, slots=True)
class _File:
    path: Path  # as found (relative paths stay relative, for messages)
    doc_id: str  # stable: relative to the folder named, or resolved


def _expand(inputs: Sequence[str]) -> Iterator[str | _File]:
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
            yield from (_File(p, p.relative_to(path).as_posix()) for p in files)
        else:
            yield _File(path, str(path.resolve()))


def read_documents(
    inputs: Sequence[str], options: InputOptions | None = None, notify: Notify | None = None
) -> Iterator[Document]:
    """Yield the documents named by ``inputs`` (paths, folders, ``-`` for stdin), in order.

    A file named twice (in any path form) is read once; a repeated document id is an error of
    the later document; a text repeated under another id is read again, with a warning.
    """
    options = options or InputOptions()
    fail = failure(options.strict, notify)
    if not inputs:
        raise InputError("no input given: expected text files, folders, .jsonl files or -")
    first_source: dict[str, str] = {}
    texts: dict[str, str] = {}
    files: set[Path] = set()

    def accept(doc: Document) -> bool:
        if doc.id in first_source:
            fail(doc.id, InputError(f"duplicate document id {doc.id!r} ({doc.source}; first "
                                    f"read from {first_source[doc.id]})"))
            return False
        first_source[doc.id] = doc.source or doc.id
        digest = hashlib.sha256(doc.text.encode("utf-8")).hexdigest()
        if digest in texts:
            tell(notify, Notice(doc.id, f"document {doc.id!r} has the same text as document "
                                        f"{texts[digest]!r}; both are kept"))
        texts.setdefault(digest, doc.id)
        return True

    for item in list(_expand(inputs)):
        if isinstance(item, str):  # "-"
            data = sys.stdin.buffer.read(options.max_bytes + 1)
            try:
                if len(data) > options.max_bytes:
                    raise InputError(
                        f"standard input is over the limit of {options.max_bytes:,} bytes")
                doc = Document(id="stdin", text=decode(data, "standard input"), lang=options.lang,
                               source="-")
            except InputError as err:
                fail("stdin", err)
                continue
            if accept(doc):
                yield doc
            continue
        real = item.path.resolve()
        if real in files:
            tell(notify, Notice(item.doc_id, f"{item.path} was given more than once; read once"))
            continue
        files.add(real)
        try:
            data = _read_bytes(item.path, options)
            suffix = item.path.suffix.lower()
            docs: Iterable[Document]
            if suffix == ".jsonl":  # one line at a time: a build streams from the first line
                docs = _jsonl(item.path, item.doc_id, data, options, fail)
            elif suffix in FEED_SUFFIXES:
                from .readers.feeds import read_feed  # feedparser: imported only for feeds

                docs = list(read_feed(data, str(item.path), lang=options.lang))
            else:
                docs = [_text_document(item, decode(data, str(item.path)), options)]
            for doc in docs:
                if accept(doc):
                    yield doc
        except InputError as err:
            fail(item.doc_id, err)
            continue


def _text_document(item: _File, text: str, options: InputOptions) -> Document:
    """Return a text file (with optional front matter) or a saved HTML page as one document."""
    path = item.path
    if path.suffix.lower() in HTML_SUFFIXES:
        from .readers.html import read_html_page  # trafilatura: imported only for HTML pages

        meta, body = read_html_page(text, str(path))
    else:
        meta, body = split_front_matter(text, str(path))
        if not body.strip():
            raise InputError(f"{path} holds front matter but no text after it")
    return with_meta(Document(id=item.doc_id, text=body, lang=options.lang, source=str(path)),
                     meta)
