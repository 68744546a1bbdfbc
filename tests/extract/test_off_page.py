"""Statements with an end in the page's boilerplate go before the fallbacks look (DE and EN)."""

import functools

import pytest

from kg.pipeline.api import extract_text


@functools.cache
def _triples(lang: str, text: str) -> frozenset[tuple[str, str, str]]:
    found = extract_text(text, lang=lang)
    label = lambda n: (n.label if n.type.value != "Concept" else "") if n else ""  # noqa: E731
    return frozenset((label(t.subject), t.predicate.id, label(t.object)) for t in found)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # an editor's note inside a quote: the quote stays, and what it names is spoken about
    ("de", "Saakaschwili: Die USA haben drei Millionen Dollar (2,65 Millionen Euro, Anm.) "
           "gegeben.", ("Saakaschwili", "speaksAbout", "United States")),
    ("en", "Saakashvili said: The U.S. gave three million dollars (2.65 million euros, Ed.) "
           "to Odessa.", ("Saakashvili", "says", "")),
])
def test_an_editors_note_takes_no_statement_along(lang, text, expected):
    assert expected in _triples(lang, text), _triples(lang, text)
