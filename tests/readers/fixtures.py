"""Small HTML pages and feeds written for the tests (no real articles)."""

from __future__ import annotations

from pathlib import Path

PAGE = """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">
<title>{title} | Testzeitung</title>
<meta property="og:title" content="{title}">
<meta property="article:published_time" content="{date}T09:30:00+02:00">
<meta property="og:site_name" content="Testzeitung">
<link rel="canonical" href="https://example.org/{slug}">
</head><body>
<nav><a href="/">Startseite</a> <a href="/politik">Politik</a> <a href="/sport">Sport</a></nav>
<article><h1>{title}</h1>
{paragraphs}
</article>
<footer>Impressum · Datenschutz · Cookie-Einstellungen verwalten</footer></body></html>
"""

FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Testfeed</title><link>https://example.org</link>
<item><title>Russland kritisiert die Nato</title><link>https://example.org/feed/1</link>
<guid>https://example.org/feed/1</guid><pubDate>Mon, 02 Mar 2015 10:00:00 GMT</pubDate>
<description>&lt;p&gt;Präsident Wladimir Putin kritisierte die Nato in Moskau scharf.&lt;/p&gt;
&lt;script&gt;tracking()&lt;/script&gt;</description></item>
<item><title>Merkel trifft Hollande</title><link>https://example.org/feed/2</link>
<pubDate>Tue, 10 Mar 2015 08:00:00 GMT</pubDate>
<description>Bundeskanzlerin Angela Merkel traf Präsident François Hollande in Paris.</description>
</item>
</channel></rss>
"""

ARTICLES = (
    ("2015-05-10", "merkel-putin", "Merkel trifft Putin in Moskau",
     ("Bundeskanzlerin Angela Merkel traf den russischen Präsidenten Wladimir Putin in Moskau.",
      "Merkel kritisierte Russland wegen der Annexion der Krim.")),
    ("2015-06-01", "nato-russland", "Die Nato warnt Russland",
     ("Die Nato warnte Russland vor einer Eskalation in der Ukraine.",
      "Wladimir Putin kritisierte die Nato scharf.")),
)


def write_pages(folder: Path) -> list[Path]:
    """Write the test articles as saved HTML pages into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for date, slug, title, paragraphs in ARTICLES:
        path = folder / f"{slug}.html"
        path.write_text(PAGE.format(date=date, slug=slug, title=title, paragraphs="\n".join(
            f"<p>{p}</p>" for p in paragraphs)), encoding="utf-8")
        paths.append(path)
    return paths


def write_feed(path: Path) -> Path:
    """Write the test RSS feed."""
    path.write_text(FEED, encoding="utf-8")
    return path
