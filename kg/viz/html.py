"""Interactive, self-contained HTML views of kg graphs (vis-network through pyvis).

The page is kg's own template, not pyvis's: vis-network is inlined so it opens from
``file://`` with no network, and the page adds a legend, filters (actor type, relation,
qualifier, confidence), a search box, neighbourhood highlighting and source-sentence
tooltips built with ``textContent``. Positions are computed in Python (physics off).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph

from ..errors import OutputError
from .page import asset, csp, environment, iframe, json_island, vis_assets

#: Default largest number of actors drawn; larger graphs are reduced to the most central.
MAX_NODES = 2000


@dataclass(frozen=True, slots=True)
class HtmlReport:
    """What a rendered page holds."""

    path: Path | None
    nodes: int  # actors drawn
    edges: int  # edges drawn (statements of one kind between two actors are one edge)
    statements: int  # statements drawn
    total_nodes: int  # actors in the graph
    total_statements: int
    notice: str  # why the graph was reduced, "" when nothing was left out
    size: int  # characters of HTML

    @property
    def reduced(self) -> bool:
        """Whether actors were left out."""
        return self.nodes < self.total_nodes


def render_page(graph: Graph, *, title: str = "kg", max_nodes: int = MAX_NODES,
                seed: int = 42, notice: str = "") -> tuple[str, HtmlReport]:
    """Render a graph as a self-contained HTML page.

    Parameters
    ----------
    graph : rdflib.Graph
        A graph of kg's shape.
    title : str
        Page title (escaped).
    max_nodes : int
        Above this many actors only the ``max_nodes`` with the highest PageRank are drawn,
        and the page says so.
    seed : int
        Layout seed: the same graph gives the same picture.
    notice : str
        Shown on the page before the page's own reduction notice: what was left out before
        ``graph`` was handed over (e.g. the part of a store drawn).

    Returns
    -------
    (str, HtmlReport)
        The page and a summary (``path`` is None).

    """
    from ..analysis.centrality import pagerank
    from ..analysis.graphview import collapse, to_networkx
    from .layout import fr_layout, reduce_view
    from .network import build_network
    from .style import EDGE_STYLES, NODE_STYLES

    view = to_networkx(graph)
    scores = pagerank(collapse(view, include_negated=True))
    cut = reduce_view(view, max_nodes, scores=scores)
    notice = " ".join(n for n in (notice, cut.notice) if n)
    positions = fr_layout(cut.view, seed=seed)
    net, facets = build_network(cut.view, positions, scores)
    nodes, edges, *_ = net.get_network_data()
    hook_js, app_js = asset("hook.js"), asset("graph.js")
    vis_js, vis_css = vis_assets()
    page = environment().get_template("graph.html.j2").render(
        title=title, csp=csp([hook_js, vis_js, app_js]), notice=notice,
        nodes=len(nodes), edges=len(edges), facets=facets,
        node_styles=NODE_STYLES, edge_styles=EDGE_STYLES,
        data_json=json_island({"nodes": nodes, "edges": edges, "options": net.options}),
        vis_js=vis_js, vis_css=vis_css, page_css=asset("graph.css"), hook_js=hook_js,
        app_js=app_js,
    )
    summary = HtmlReport(
        path=None, nodes=cut.view.number_of_nodes(), edges=len(edges),
        statements=cut.view.number_of_edges(), total_nodes=cut.total_nodes,
        total_statements=cut.total_edges, notice=notice, size=len(page))
    return page, summary


def write_text(path: Path, text: str) -> None:
    """Write a UTF-8 file, creating its folder; failures become :class:`OutputError`."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    except OSError as err:
        raise OutputError(f"cannot write {path}: {err.strerror or err}; "
                          f"expected a writable file path") from err


def write_html(graph: Graph, path: Path, *, title: str = "kg",
               max_nodes: int = MAX_NODES, notice: str = "") -> HtmlReport:
    """Write a graph as a self-contained interactive HTML page.

    Parameters
    ----------
    graph : rdflib.Graph
        A graph of kg's shape.
    path : Path
        The ``.html`` file to write (its folder is created).
    title : str
        Page title.
    max_nodes : int
        Largest number of actors drawn (see :func:`render_page`).
    notice : str
        What was left out before ``graph`` was handed over (see :func:`render_page`).

    Returns
    -------
    HtmlReport

    Raises
    ------
    OutputError
        The file cannot be written.

    """
    from dataclasses import replace

    page, summary = render_page(graph, title=title, max_nodes=max_nodes, notice=notice)
    write_text(Path(path), page)
    return replace(summary, path=Path(path))


class GraphView:
    """A rendered graph that Jupyter and VS Code notebooks display inline.

    Examples
    --------
    >>> GraphView(graph)  # doctest: +SKIP

    """

    def __init__(self, graph: Graph, *, title: str = "kg", max_nodes: int = MAX_NODES,
                 height: int = 640) -> None:
        self.html, self.summary = render_page(graph, title=title, max_nodes=max_nodes)
        self.height = height
        self.title = title

    def _repr_html_(self) -> str:
        return iframe(self.html, height=self.height, title=self.title)

    def save(self, path: Path) -> Path:
        """Write the page to ``path`` and return it."""
        write_text(Path(path), self.html)
        return Path(path)

    def __repr__(self) -> str:
        s = self.summary
        return f"GraphView({self.title!r}: {s.nodes} of {s.total_nodes} actors, {s.edges} edges)"
