"""RSS and Atom feed files: one document per entry, with its title, link and date.

The entry's full content is used where the feed carries it (``content:encoded``, Atom
``content``), else its summary; HTML in either is reduced to text. The entry's title becomes the
document's title (as a page's headline does), not part of its text, unless the entry has no
other text.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from ..errors import InputError
from ..types import Document
from .html import html_to_text
from .meta import Meta, normalise_date, with_meta

#: File suffixes read as feeds.
FEED_SUFFIXES = (".rss", ".atom")


def _entry_date(entry: Any, where: str) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(key)
        if parsed:
            year, month, day, hour, minute, second = parsed[:6]
            return datetime(year, month, day, hour, minute, second, tzinfo=UTC).date().isoformat()
    raw = entry.get("published") or entry.get("updated")
    try:
        return normalise_date(raw, where) if raw else None
    except InputError:
        return None  # feeds often carry dates feedparser cannot read; keep the entry


def _entry_text(entry: Any) -> str:
    for content in entry.get("content") or ():
        value = str(content.get("value") or "")
        if value.strip():
            return html_to_text(value)
    return html_to_text(str(entry.get("summary") or entry.get("description") or ""))


def read_feed(data: bytes, name: str, *, lang: str | None = None) -> Iterator[Document]:
    """Yield one document per feed entry (id: the entry's id or link, else ``name#n``).

    Raises
    ------
    InputError
        The file is not a feed, holds no entries, or an entry has neither text nor title.

    """
    # feedparser is only needed for feed input
    import feedparser

    feed = feedparser.parse(data)
    if not feed.entries:
        problem = f" ({feed.bozo_exception})" if feed.get("bozo") else ""
        raise InputError(f"{name} holds no feed entries{problem}; expected an RSS or Atom feed")
    outlet = str(feed.feed.get("title") or "").strip() or None
    seen: set[str] = set()
    for n, entry in enumerate(feed.entries, 1):
        where = f"{name}#{n}"
        title = " ".join(str(entry.get("title") or "").split()) or None
        text = _entry_text(entry)
        if title and text.startswith(title):
            text = text[len(title):].lstrip()
        # the headline is kept as the title, not parsed: without a full stop it would run into
        # the body's first sentence ("… die Nato Präsident Putin …"); an entry that is only a
        # headline is read as its text
        text = text or title or ""
        if not text.strip():
            raise InputError(f"{where}: feed entry has no text and no title")
        doc_id = str(entry.get("id") or entry.get("link") or where)
        if doc_id in seen:
            doc_id = where
        seen.add(doc_id)
        meta = Meta(date=_entry_date(entry, where), title=title,
                    url=str(entry.get("link") or "") or None, outlet=outlet)
        yield with_meta(Document(id=doc_id, text=text, lang=lang, source=where), meta)

