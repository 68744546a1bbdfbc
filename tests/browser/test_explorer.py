"""The explorer page of ``kg serve`` in headless Chromium: search → expand → statements."""

from __future__ import annotations

import urllib.request
from pathlib import Path

import pytest
from cdp import Browser

from kg.rdf.build import build_dataset
from kg.rdf.serve import Page, start_server
from kg.rdf.store import add_to_store
from kg.viz.explorer import EXPLORER_PATH, explorer_page, explorer_policy
from tests.rdf import sample

pytestmark = pytest.mark.slow
READY = "document.getElementById('kg-status').dataset.ready === '1'"


def _page() -> Page:
    return Page(EXPLORER_PATH, explorer_page("kg explorer: test").encode(), explorer_policy())


def test_search_expand_and_read_statements(browser: Browser, tmp_path: Path) -> None:
    store = tmp_path / "store"
    add_to_store(store, build_dataset(sample.resolution(), sample.documents()))
    with start_server(store, pages=(_page(),)) as server:
        with urllib.request.urlopen(server.url + EXPLORER_PATH, timeout=20) as reply:
            assert reply.headers["Content-Security-Policy"] == explorer_policy()
            assert "connect-src 'self'" in explorer_policy()
        page = browser.open(server.url + EXPLORER_PATH, 30)
        page.wait_for(READY, 30)
        page.eval("document.getElementById('kg-search').value = 'kasach';"
                  "document.getElementById('kg-search-form').requestSubmit(); 0")
        page.wait_for("document.getElementById('kg-status').dataset.found !== '0'")
        assert "Kasachstan" in page.eval("document.getElementById('kg-results').textContent")
        page.eval("document.querySelector('[data-kg-actor]').click(); 0")
        page.wait_for("parseInt(document.getElementById('kg-status').dataset.edges, 10) >= 2")
        labels = page.eval("kgExplorer.body.data.nodes.get().map(n => n.label).sort().join('|')")
        assert {"Kasachstan", "Russland", "CSTO"} <= set(labels.split("|"))
        edge = page.eval("kgExplorer.body.data.edges.get().find(e => e.label.includes('member'))"
                         ".id")
        page.eval(f"kgExplorer.body.emitter.emit('click', {{nodes: [], edges: [{edge!r}]}}); 0")
        details = page.eval("document.getElementById('kg-details').textContent")
        assert "Kasachstan ist Mitglied der OVKS." in details and "a1" in details
        assert page.status()["statements"] == "1"
        russia = page.eval("kgExplorer.body.data.nodes.get().find(n => n.label === 'Russland')"
                           ".id")
        page.eval(f"kgExplorer.body.emitter.emit('click', {{nodes: [{russia!r}], edges: []}}); 0")
        page.wait_for("document.getElementById('kg-status').dataset.expanded === '2'")
        status = page.status()
        assert status["errors"] == "0" and page.errors == [], status.get("error-text")
        assert all(url.startswith((server.url, "data:", "about:")) for url in page.requests)
        page.close()
