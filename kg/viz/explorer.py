"""The page ``kg serve`` offers at ``/explore``: search actors, grow neighbourhoods, see statements.

A small live counterpart of the offline graph page: it holds no data, only kg's script and
vis-network (inlined, as in ``graph.html``), and asks the server's own read-only JSON API
(``/api/…``, same origin; :mod:`kg.rdf.explore`) for actors whose names contain the search
text, for an actor's strongest partners when it is clicked, and for a line's statements (paged)
with sentence, document, date and qualifiers. A form runs kg's named queries (``/api/queries``,
``/api/named``) and a box sends SPARQL to the server's read-only ``/query``; either answer is shown
as a table whose actors (IRIs in kg's entity namespace) can be drawn (``/api/actors`` gives their
labels), each row's actors joined by a line. Each step's time in the browser is kept on the
page's status element (``data-search-ms``, ``data-expand-ms``, ``data-details-ms``).
Its Content-Security-Policy allows the inlined scripts by hash and network requests to its own
origin only (``connect-src 'self'``).
"""

from __future__ import annotations

from ..rdf.sparql_http import prologue
from ..rdf.vocab import ENTITY
from .page import asset, csp, environment, json_island, vis_assets
from .style import NODE_STYLES

#: Where ``kg serve`` offers the page.
EXPLORER_PATH = "/explore"
#: What the SPARQL box holds at first (after kg's prefixes).
EXAMPLE_QUERY = ("SELECT ?subject ?relation ?object WHERE {\n"
                 "  ?s rdf:subject ?subject ; rdf:predicate ?relation ; rdf:object ?object\n"
                 "} LIMIT 20\n")


def explorer_policy() -> str:
    """Return the page's Content-Security-Policy (also sent as a response header)."""
    vis_js, _ = vis_assets()
    return csp([vis_js, asset("explorer.js")], connect="'self'")


def explorer_page(title: str = "kg explorer") -> str:
    """Return the explorer page (no data inside: everything comes from ``/api/``)."""
    vis_js, vis_css = vis_assets()
    styles = {kind: {"color": style.color, "shape": style.shape}
              for kind, style in NODE_STYLES.items()}
    return environment().get_template("explorer.html.j2").render(
        title=title, csp=explorer_policy(), vis_js=vis_js, vis_css=vis_css,
        app_js=asset("explorer.js"), styles_json=json_island(styles),
        config_json=json_island({"entity": str(ENTITY)}),
        sparql=prologue() + EXAMPLE_QUERY)
