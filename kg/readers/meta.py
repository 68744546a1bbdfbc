"""Document metadata: dates normalised to ISO 8601 days, and a text file's front-matter block.

A front-matter block opens a text file with a line ``---``, holds ``key: value`` lines and closes
with another ``---``::

    ---
    title: Russland und Kirgisistan
    date: 2015-03-02
    url: https://example.org/a/1
    source: Example Zeitung
    ---
    Der Text beginnt hier.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime

from ..errors import InputError
from ..types import Document

#: Keys a front-matter block or a JSONL record may carry besides ``id``, ``text`` and ``lang``.
META_KEYS = ("date", "title", "url", "source")

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_YEAR_MONTH = re.compile(r"^(\d{4})(?:-(\d{2}))?$")
_FRONT = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_LINE = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$")


@dataclass(frozen=True, slots=True)
class Meta:
    """What is known about a document besides its text."""

    date: str | None = None  # ISO 8601 day, month or year
    title: str | None = None
    url: str | None = None
    outlet: str | None = None


def normalise_date(value: object, where: str) -> str | None:
    """Return a date as ISO 8601 (``2015-03-02``; ``2015-03`` or ``2015`` when that is all).

    Accepts ISO dates and date-times (``2015-03-02T10:00:00+01:00``: the day is kept as
    written), ``datetime``/``date`` values, RFC 2822 dates (``Mon, 02 Mar 2015 10:00:00 GMT``)
    and ``None`` or ``""`` (no date).

    Raises
    ------
    InputError
        The value is not a date; the message names ``where``.

    """
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    match = _DAY.match(text)
    if match:
        try:
            return date(int(match[1]), int(match[2]), int(match[3])).isoformat()
        except ValueError:
            pass
    else:
        partial = _YEAR_MONTH.match(text)
        if partial and (partial[2] is None or 1 <= int(partial[2]) <= 12):
            return text
        from email.utils import parsedate_to_datetime

        try:
            return parsedate_to_datetime(text).date().isoformat()
        except (TypeError, ValueError, IndexError):
            pass
    raise InputError(f"{where}: date {text[:40]!r} is not a date; expected ISO 8601 "
                     f"(2015-03-02, 2015-03-02T10:00:00Z, 2015-03 or 2015) or an RFC 2822 date")


def _text(value: object, key: str, where: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str | int | float):
        raise InputError(f"{where}: {key!r} must be a string, got {type(value).__name__}")
    text = " ".join(str(value).split())
    return text or None


def meta_from_record(record: dict[str, object], where: str) -> Meta:
    """Read ``date``, ``title``, ``url`` and ``source`` (the outlet) from a JSON record."""
    return Meta(
        date=normalise_date(record.get("date"), where),
        title=_text(record.get("title"), "title", where),
        url=_text(record.get("url"), "url", where),
        outlet=_text(record.get("source") if "source" in record else record.get("outlet"),
                     "source", where),
    )


def split_front_matter(text: str, where: str) -> tuple[Meta, str]:
    """Split a leading front-matter block off a text; without one the text is returned as is.

    Raises
    ------
    InputError
        A line of the block is not ``key: value``, or its date is not a date.

    """
    match = _FRONT.match(text)
    if not match:
        return Meta(), text
    fields: dict[str, object] = {}
    for n, line in enumerate(match[1].splitlines(), 2):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        found = _LINE.match(line)
        if not found:
            raise InputError(f"{where}:{n}: front matter line {line[:60]!r} is not "
                             f"'key: value'; expected keys {', '.join(META_KEYS)}")
        value = found[2]
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        fields[found[1].lower()] = value
    return meta_from_record(fields, where), text[match.end():]


def with_meta(document: Document, meta: Meta) -> Document:
    """Return ``document`` with the fields of ``meta`` that it does not have yet."""
    return replace(document, date=document.date or meta.date,
                   title=document.title or meta.title, url=document.url or meta.url,
                   outlet=document.outlet or meta.outlet)
