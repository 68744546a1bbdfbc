"""Saved HTML news pages: the article text without boilerplate, and the page's metadata.

Boilerplate (navigation, footers, cookie notices, link lists) is removed with trafilatura, which
also reads the title, publication date, site name and canonical URL from the page's metadata
(``<meta property="og:…">``, JSON-LD, ``<time>`` …).
"""

from __future__ import annotations

from html.parser import HTMLParser

from ..errors import InputError
from .meta import Meta, normalise_date

_BLOCKS = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
                     "tr", "section", "article", "header", "footer", "pre"})
_SKIP = frozenset({"script", "style", "noscript", "template"})


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skip += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def html_to_text(fragment: str) -> str:
    """Return the text of an HTML fragment (a feed entry's summary): block tags become breaks."""
    parser = _TextParser()
    parser.feed(fragment)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).splitlines())
    return "\n".join(line for line in lines if line)


def read_html_page(markup: str, where: str) -> tuple[Meta, str]:
    """Return the metadata and main text of a saved HTML page.

    Parameters
    ----------
    markup : str
        The page's HTML.
    where : str
        The file's name, for messages.

    Raises
    ------
    InputError
        The page holds no article text.

    """
    # trafilatura (with lxml and its date finder) takes ~0.5 s to import; only HTML input needs it
    import trafilatura

    found = trafilatura.bare_extraction(markup, with_metadata=True, include_comments=False,
                                        include_tables=False, favor_precision=True)
    text = (getattr(found, "text", None) or "").strip() if found is not None else ""
    if not text:
        text = html_to_text(markup) if "<body" not in markup.lower() else ""
    if not text.strip():
        raise InputError(f"{where}: no article text found in the HTML page; expected a saved "
                         f"news page with its text in the markup")
    title = getattr(found, "title", None) or None
    if title and text.startswith(title + "\n"):
        text = text[len(title) + 1:].lstrip()  # the headline is kept as the title
    try:
        day = normalise_date(getattr(found, "date", None), where)
    except InputError:
        day = None  # a page's date guess is not the user's input: leave it out, keep the text
    return Meta(date=day, title=title,
                url=getattr(found, "url", None) or None,
                outlet=getattr(found, "sitename", None) or None), text
