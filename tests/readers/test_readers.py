from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.inputs import InputOptions, read_documents
from kg.readers.html import html_to_text
from kg.readers.meta import normalise_date, split_front_matter
from kg.types import Notice

from .fixtures import write_feed, write_pages


@pytest.mark.parametrize(("value", "expected"), [
    ("2015-03-02", "2015-03-02"), ("2015-03-02T23:30:00+01:00", "2015-03-02"),
    ("2015-03", "2015-03"), ("2015", "2015"), ("Mon, 02 Mar 2015 10:00:00 GMT", "2015-03-02"),
    ("", None), (None, None)])
def test_dates_are_normalised(value: str | None, expected: str | None) -> None:
    assert normalise_date(value, "x") == expected


@pytest.mark.parametrize("value", ["gestern", "2015-13-40", "2015-13"])
def test_a_bad_date_names_the_document(value: str) -> None:
    with pytest.raises(InputError, match=r"doc\.txt: date"):
        normalise_date(value, "doc.txt")


def test_front_matter_is_read_and_removed(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("---\ntitle: \"Ein Titel\"\ndate: 2015-03-02\nurl: https://example.org/a\n"
                    "source: Testzeitung\n---\nRussland kritisierte die Nato.\n", encoding="utf-8")
    (doc,) = read_documents([str(path)])
    assert (doc.date, doc.title, doc.url, doc.outlet) == (
        "2015-03-02", "Ein Titel", "https://example.org/a", "Testzeitung")
    assert doc.text == "Russland kritisierte die Nato.\n"


def test_text_without_front_matter_is_unchanged() -> None:
    meta, text = split_front_matter("--- no block\nText", "x")
    assert text == "--- no block\nText" and meta.date is None


def test_front_matter_errors_name_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("---\ntitle Ein Titel\n---\nText.", encoding="utf-8")
    with pytest.raises(InputError, match=r"a\.txt:2: front matter line"):
        list(read_documents([str(path)]))
    path.write_text("---\ndate: soon\n---\nText.", encoding="utf-8")
    with pytest.raises(InputError, match=r"a\.txt: date 'soon'"):
        list(read_documents([str(path)]))


def test_jsonl_metadata_fields(tmp_path: Path) -> None:
    path = tmp_path / "docs.jsonl"
    path.write_text(json.dumps({"id": "a", "text": "Text.", "date": "2015-03-02T10:00:00Z",
                                "title": "T", "url": "https://example.org/a",
                                "source": "Testzeitung"}) + "\n"
                    + json.dumps({"id": "b", "text": "Text.", "date": "kaputt"}) + "\n",
                    encoding="utf-8")
    notices: list[Notice] = []
    docs = list(read_documents([str(path)], InputOptions(strict=False), notices.append))
    assert [(d.id, d.date, d.title, d.outlet) for d in docs] == [
        ("a", "2015-03-02", "T", "Testzeitung")]
    assert [(n.doc_id, n.skipped) for n in notices] == [("b", True)]
    assert "docs.jsonl:2 (document 'b'): date 'kaputt'" in notices[0].message
    with pytest.raises(InputError, match=r"docs\.jsonl:2 \(document 'b'\): date 'kaputt'"):
        list(read_documents([str(path)]))


def test_html_pages_lose_their_boilerplate_and_keep_metadata(tmp_path: Path) -> None:
    write_pages(tmp_path / "pages")
    docs = list(read_documents([str(tmp_path / "pages")]))
    assert [d.date for d in docs] == ["2015-05-10", "2015-06-01"]
    assert docs[0].title == "Merkel trifft Putin in Moskau"
    assert docs[0].url == "https://example.org/merkel-putin"
    assert docs[0].outlet == "Testzeitung"
    assert "Angela Merkel traf" in docs[0].text
    assert "Impressum" not in docs[0].text and "Startseite" not in docs[0].text


def test_an_html_page_without_text_is_named(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<html><head><title>x</title></head><body><script>x()</script></body></html>",
                    encoding="utf-8")
    with pytest.raises(InputError, match=r"empty\.html: no article text"):
        list(read_documents([str(path)]))


def test_feed_entries_become_documents(tmp_path: Path) -> None:
    docs = list(read_documents([str(write_feed(tmp_path / "news.rss"))]))
    assert [d.id for d in docs] == ["https://example.org/feed/1", "https://example.org/feed/2"]
    assert [d.date for d in docs] == ["2015-03-02", "2015-03-10"]
    assert docs[0].outlet == "Testfeed" and docs[0].url == "https://example.org/feed/1"
    # the headline is the title, not a sentence run into the body's first one
    assert docs[0].title == "Russland kritisiert die Nato"
    assert docs[0].text.startswith("Präsident Wladimir Putin") and "Nato\n" not in docs[0].text
    assert "tracking" not in docs[0].text


def test_a_feed_entry_with_only_a_headline_reads_the_headline(tmp_path: Path) -> None:
    path = tmp_path / "short.rss"
    path.write_text("<rss><channel><title>T</title><item><title>Putin trifft Merkel</title>"
                    "<link>https://example.org/x</link></item></channel></rss>", encoding="utf-8")
    (doc,) = read_documents([str(path)])
    assert doc.text == "Putin trifft Merkel" == doc.title


def test_a_file_that_is_no_feed_is_named(tmp_path: Path) -> None:
    path = tmp_path / "broken.rss"
    path.write_text("<rss><channel><title>leer</title></channel></rss>", encoding="utf-8")
    with pytest.raises(InputError, match=r"broken\.rss holds no feed entries"):
        list(read_documents([str(path)]))


def test_html_fragments_become_text() -> None:
    assert html_to_text("<p>Eins &amp; zwei</p><script>x()</script><p>drei</p>") == (
        "Eins & zwei\ndrei")
