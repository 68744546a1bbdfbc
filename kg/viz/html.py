"""Interactive, self-contained HTML views of kg graphs (vis-network through pyvis).

The page is kg's own template, not pyvis's: vis-network is inlined so it opens from
``file://`` with no network, and the page adds a legend, filters (actor type, relation,
qualifier, confidence), a search box, neighbourhood highlighting and source-sentence
tooltips built with ``textContent``. Positions are computed in Python (physics off).

On a corpus the page opens on the most central actors (by PageRank) with their labels, hides
actors in no statement, and offers: show more, a minimum-degree slider, communities (colour,
hide, collapse into one node), a document list and filter, a time range, and one edge per
pair of actors whose click lists the pair's statements by date.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph

from ..files import write_atomic
from .page import asset, csp, environment, iframe, json_island, vis_assets

#: Default largest number of actors drawn; larger graphs are reduced to the most central.
MAX_NODES = 2000
#: Graphs with at most this many actors in statements open showing all of them.
SHOW_ALL_UP_TO = 150
#: Otherwise the page opens on this many of the most central actors (a control shows more).
INITIAL_ACTORS = 100
#: The most central visible actors whose labels are always drawn.
LABELLED = 30


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
    shown: int = 0  # actors visible when the page opens

    @property
    def reduced(self) -> bool:
        """Whether actors were left out."""
        return self.nodes < self.total_nodes


def render_page(graph: Graph, *, title: str = "kg", max_nodes: int = MAX_NODES,
                seed: int = 42, initial: int | None = None,
                notice: str = "", concepts: bool = False) -> tuple[str, HtmlReport]:
    """Render a graph as a self-contained HTML page.

    Parameters
    ----------
    graph : rdflib.Graph
        A graph of kg's shape.
    title : str
        Page title (escaped).
    max_nodes : int
        Above this many actors only the ``max_nodes`` with the highest PageRank are put in the
        page, and the page says so.
    seed : int
        Layout seed: the same graph gives the same picture.
    initial : int, optional
        How many of the most central actors the page shows when it opens (a control shows
        more); by default all up to :data:`SHOW_ALL_UP_TO` linked actors, else
        :data:`INITIAL_ACTORS`. Actors in no statement are hidden until asked for.
    notice : str
        Shown on the page before the page's own reduction notice: what was left out before
        ``graph`` was handed over (e.g. the part of a store drawn).
    concepts : bool
        Draw Concept nodes too (by default they and their statements are left out).

    Returns
    -------
    (str, HtmlReport)
        The page and a summary (``path`` is None).

    """
    from ..analysis.centrality import pagerank
    from ..analysis.communities import detect_communities, membership
    from ..analysis.graphview import collapse, to_networkx, without_concepts
    from ..analysis.timeline import documents
    from .layout import core_layout, reduce_view
    from .network import build_network, growth_order
    from .style import EDGE_STYLES, NODE_STYLES

    view = to_networkx(graph) if concepts else without_concepts(to_networkx(graph))
    scores = pagerank(collapse(view, include_negated=True))
    cut = reduce_view(view, max_nodes, scores=scores)
    notice = " ".join(n for n in (notice, cut.notice) if n)
    ranked = growth_order(cut.view, scores)
    linked = ranked[:len({n for s, o in cut.view.edges() if s != o for n in (s, o)})]
    show = initial if initial is not None else (
        len(linked) if len(linked) <= SHOW_ALL_UP_TO else INITIAL_ACTORS)
    show = max(1, min(show, len(linked))) if linked else cut.view.number_of_nodes()
    groups = detect_communities(collapse(cut.view, include_negated=True), seed=seed)
    names = {c.index: c.name for c in groups}
    docs = documents(graph)
    doc_index = {d.id: i for i, d in enumerate(docs)}
    positions = core_layout(cut.view, linked[:show], seed=seed)
    net, facets, corpus = build_network(cut.view, positions, scores,
                                        communities=membership(groups), community_names=names,
                                        doc_index=doc_index)
    counts: dict[int, int] = {}
    for edge in net.edges:
        for st in edge["kgStatements"]:
            counts[st[3]] = counts.get(st[3], 0) + 1
    doc_rows = [{"id": d.id, "title": d.title, "date": d.date, "url": d.url,
                 "outlet": d.outlet, "statements": counts.get(i, 0)}
                for i, d in enumerate(docs)]
    nodes, edges, *_ = net.get_network_data()
    hook_js, app_js = asset("hook.js"), asset("graph.js")
    vis_js, vis_css = vis_assets()
    page = environment().get_template("graph.html.j2").render(
        title=title, csp=csp([hook_js, vis_js, app_js]), notice=notice,
        nodes=len(nodes), edges=len(edges), facets=facets,
        node_styles=NODE_STYLES, edge_styles=EDGE_STYLES, corpus=corpus, docs=doc_rows,
        initial=show, linked=len(linked),
        data_json=json_island({"nodes": nodes, "edges": edges, "options": net.options,
                               "docs": doc_rows, "communities": list(corpus.communities),
                               "dates": list(corpus.dates), "mode": corpus.mode,
                               "initial": show, "labelled": LABELLED}),
        vis_js=vis_js, vis_css=vis_css, page_css=asset("graph.css"), hook_js=hook_js,
        app_js=app_js,
    )
    summary = HtmlReport(
        path=None, nodes=cut.view.number_of_nodes(), edges=len(edges),
        statements=cut.view.number_of_edges(), total_nodes=cut.total_nodes,
        total_statements=cut.total_edges, notice=notice, size=len(page), shown=show)
    return page, summary


def corpus_title(inputs: Sequence[str | Path], documents: int) -> str:
    """Return a page title from the inputs: the file or folder name and the document count."""
    names = [Path(str(i)).stem or str(i) for i in inputs if str(i) != "-"]
    name = names[0] if len(names) == 1 else (f"{names[0]} and {len(names) - 1} more" if names
                                             else "standard input")
    return f"{name} ({documents:,} document{'s' if documents != 1 else ''})"


def input_title(graph: Graph) -> str | None:
    """Return a title from the documents a graph was built from (``None`` when it names none).

    One document with a title (an article, a feed entry) gives that title; otherwise the
    input files (``kg:source``, without a JSONL line or feed entry number) and the document
    count, as :func:`corpus_title` writes them.
    """
    import re

    from ..rdf.vocab import DCTERMS, KG, RDF

    docs = set(graph.subjects(RDF.type, KG.Document))
    if not docs:
        return None
    if len(docs) == 1:
        named = graph.value(next(iter(docs)), DCTERMS.title)
        if named is not None and str(named).strip():
            return " ".join(str(named).split())
    sources = sorted({re.sub(r"(?::\d+|#\d+)$", "", str(source))
                      for doc in docs for source in graph.objects(doc, KG.source)})
    return corpus_title(sources, len(docs)) if sources else None


def write_text(path: Path, text: str) -> None:
    """Write a UTF-8 file atomically, creating its folder; failures become :class:`OutputError`."""
    write_atomic(Path(path), lambda tmp: tmp.write_text(text, encoding="utf-8"))


def write_html(graph: Graph, path: Path, *, title: str = "kg",
               max_nodes: int = MAX_NODES, notice: str = "", concepts: bool = False) -> HtmlReport:
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
    concepts : bool
        Draw Concept nodes too (see :func:`render_page`).

    Returns
    -------
    HtmlReport

    Raises
    ------
    OutputError
        The file cannot be written.

    """
    from dataclasses import replace

    page, summary = render_page(graph, title=title, max_nodes=max_nodes, notice=notice,
                                concepts=concepts)
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
