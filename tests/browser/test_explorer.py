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


def _wait_index(server_url: str) -> None:
    """Wait until the server's name index is read (searches then match fragments)."""
    import json
    import time

    end = time.monotonic() + 20
    while time.monotonic() < end:
        with urllib.request.urlopen(server_url + "/api/search?q=x", timeout=20) as reply:
            if not json.loads(reply.read())["partial"]:
                return
        time.sleep(0.1)
    raise AssertionError("the name index was not read within 20 s")


def test_search_expand_and_read_statements(browser: Browser, tmp_path: Path) -> None:
    store = tmp_path / "store"
    add_to_store(store, build_dataset(sample.resolution(), sample.documents()))
    with start_server(store, pages=(_page(),), explorer=True) as server:
        _wait_index(server.url)
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
        page.wait_for("document.getElementById('kg-status').dataset.statements === '1'")
        details = page.eval("document.getElementById('kg-details').textContent")
        assert "Kasachstan — member of → CSTO" in details
        assert "Kasachstan ist Mitglied der OVKS." in details and "a1" in details
        assert "confidence 0.8" in details
        intervenes = page.eval("kgExplorer.body.data.edges.get().find(e => e.label.includes("
                               "'intervenes')).id")
        page.eval(f"kgExplorer.body.emitter.emit('click', {{nodes: [], edges: [{intervenes!r}]}});"
                  " 0")
        page.wait_for("document.getElementById('kg-details').textContent.includes('time 2014')")
        assert "Russland — intervenes in → Kasachstan" in page.eval(
            "document.getElementById('kg-details').textContent")
        russia = page.eval("kgExplorer.body.data.nodes.get().find(n => n.label === 'Russland')"
                           ".id")
        page.eval(f"kgExplorer.body.emitter.emit('click', {{nodes: [{russia!r}], edges: []}}); 0")
        page.wait_for("document.getElementById('kg-status').dataset.expanded === '2'")
        status = page.status()
        assert status["errors"] == "0" and page.errors == [], status.get("error-text")
        assert "failed" not in status
        assert all(int(status[f"{step}-ms"]) >= 0 for step in ("search", "expand", "details"))
        assert all(url.startswith((server.url, "data:", "about:")) for url in page.requests)
        page.close()


def test_named_query_and_sparql_results_are_drawn(browser: Browser, tmp_path: Path) -> None:
    store = tmp_path / "store"
    add_to_store(store, build_dataset(sample.resolution(), sample.documents()))
    status_of = "document.getElementById('kg-status').dataset."
    with start_server(store, pages=(_page(),), explorer=True) as server:
        page = browser.open(server.url + EXPLORER_PATH, 30)
        page.wait_for(READY, 30)
        page.wait_for(status_of + "queries !== undefined")
        page.eval("const s = document.getElementById('kg-query-name'); s.value = 'members-of';"
                  "s.dispatchEvent(new Event('change'));"
                  "document.querySelector('[data-kg-param=org]').value = 'OVKS';"
                  "document.getElementById('kg-named-form').requestSubmit(); 0")
        page.wait_for(status_of + "rows !== '-1'")
        assert "Kasachstan" in page.eval("document.getElementById('kg-table-box').textContent")
        page.eval("document.getElementById('kg-draw').click(); 0")
        page.wait_for(status_of + "drawn !== '0'")
        labels = page.eval("kgExplorer.body.data.nodes.get().map(n => n.label).join('|')")
        assert {"Kasachstan", "CSTO"} <= set(labels.split("|"))
        assert page.eval("kgExplorer.body.data.edges.length") >= 1
        kaz = page.eval("kgExplorer.body.data.nodes.get().find(n => n.label === 'Kasachstan').id")
        page.eval(f"kgExplorer.body.emitter.emit('click', {{nodes: [{kaz!r}], edges: []}}); 0")
        page.wait_for(status_of + "expanded === '1'")
        assert "Russland" in page.eval(
            "kgExplorer.body.data.nodes.get().map(n => n.label).join('|')")

        # statements by label and by IRI: relations-of's actors are drawn too
        page.eval("document.getElementById('kg-clear').click();"
                  "const r = document.getElementById('kg-query-name'); r.value = 'relations-of';"
                  "r.dispatchEvent(new Event('change'));"
                  "document.querySelector('[data-kg-param=actor]').value = 'Russland';"
                  "document.getElementById('kg-named-form').requestSubmit(); 0")
        page.wait_for("document.getElementById('kg-table-box').textContent.includes('subjectLabel')")
        assert not page.eval("document.getElementById('kg-draw').disabled")
        page.eval("document.getElementById('kg-draw').click(); 0")
        page.wait_for("kgExplorer.body.data.edges.length >= 1")
        labels = page.eval("kgExplorer.body.data.nodes.get().map(n => n.label).join('|')")
        assert {"Russland", "Kasachstan"} <= set(labels.split("|"))

        page.eval("document.getElementById('kg-clear').click();"
                  "document.getElementById('kg-sparql').value = "
                  "'PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> "
                  "SELECT ?a ?b WHERE { ?s rdf:subject ?a ; rdf:object ?b } LIMIT 5';"
                  "document.getElementById('kg-sparql-form').requestSubmit(); 0")
        page.wait_for(status_of + "rows !== '-1'")
        assert int(page.eval(status_of + "rows")) >= 1
        page.eval("document.getElementById('kg-draw').click(); 0")
        page.wait_for("kgExplorer.body.data.edges.length >= 1")
        status = page.status()
        assert status["errors"] == "0" and page.errors == [], status.get("error-text")
        assert "failed" not in status

        page.eval("document.getElementById('kg-sparql').value = 'SELEC ?x';"
                  "document.getElementById('kg-sparql-form').requestSubmit(); 0")
        page.wait_for(status_of + "tableError !== undefined")
        error = page.eval(status_of + "tableError")
        assert error and "\n" not in error and "Traceback" not in error
        assert page.eval(status_of + "rows") == "-1"
        # the browser logs the refused request itself; the page's own script raised nothing
        assert [e for e in page.errors if "status of 400" not in e] == []
        assert page.status()["errors"] == "0"
        assert all(url.startswith((server.url, "data:", "about:")) for url in page.requests)
        page.close()
