"""Render a report of a graph: figures, top actors, relations, communities, flagged claims.

The HTML report is one offline file: the interactive graph is embedded as a sandboxed
``<iframe srcdoc>`` (its scripts allowed by hash in the report's Content-Security-Policy)
and a static SVG is included for print. Templates are Jinja2 with autoescaping on; the
Markdown template escapes every value with :func:`markdown_escape`.
"""

from __future__ import annotations

import base64
import re
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph

from ..analysis.summary import GraphSummary
from ..errors import ConfigError, available

FORMATS = ("html", "md")
_TEMPLATES = Path(__file__).resolve().parent / "templates"
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!|~])")


@dataclass(frozen=True, slots=True)
class ReportResult:
    """What a written report holds."""

    path: Path | None
    format: str
    summary: GraphSummary
    size: int  # characters


def markdown_escape(value: object) -> str:
    """Escape text for a Markdown table cell: no markup, no raw HTML, one line."""
    text = " ".join(str(value).split())
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MD_SPECIAL.sub(r"\\\1", text)


def render_report(graph: Graph, *, fmt: str = "html", title: str = "kg report", top: int = 15,
                  max_nodes: int = 2000, summary: GraphSummary | None = None,
                  notice: str = "", concepts: bool = False) -> tuple[str, GraphSummary]:
    """Render a report of ``graph`` as HTML or Markdown text.

    Parameters
    ----------
    graph : rdflib.Graph
        A graph of kg's shape.
    fmt : {"html", "md"}
        Output format.
    title : str
        Report title.
    top : int
        Number of actors in the ranking table.
    max_nodes : int
        Largest number of actors in the embedded interactive graph.
    summary : GraphSummary, optional
        The figures, when ``graph`` is only the part to draw (a store's most central actors,
        read by :mod:`kg.analysis.storeview` for ``kg report STORE``); by default they are
        computed from ``graph``.
    notice : str
        What the drawings leave out of the whole (shown with them).
    concepts : bool
        Rank and draw Concept nodes too (by default they are left out).

    Returns
    -------
    (str, GraphSummary)

    Raises
    ------
    ConfigError
        ``fmt`` is not one of :data:`FORMATS`.

    """
    if fmt not in FORMATS:
        raise ConfigError(f"cannot write a report as {fmt!r}; expected one of {available(FORMATS)}")
    from ..analysis.summary import summarize
    from ..viz.page import asset, csp, environment, iframe, vis_assets
    from ..viz.static import render_static

    summary = summary or summarize(graph, top=top, concepts=concepts)
    svg, static = render_static(graph, fmt="svg", title=title, concepts=concepts)
    svg_uri = "data:image/svg+xml;base64," + base64.b64encode(svg).decode("ascii")
    env = environment(_TEMPLATES)
    env.filters["md"] = markdown_escape
    context = {"title": title, "s": summary, "svg_uri": svg_uri, "static": static}
    if fmt == "md":
        return env.get_template("report.md.j2").render(**context), summary
    from ..viz.html import render_page

    page, interactive = render_page(graph, title=title, max_nodes=max_nodes, notice=notice,
                                    concepts=concepts)
    vis_js, _ = vis_assets()
    policy = csp([asset("hook.js"), vis_js, asset("graph.js")])
    text = env.get_template("report.html.j2").render(
        **context, csp=policy, frame=iframe(page, height=680, title=f"{title}: graph"),
        interactive=interactive)
    return text, summary


def write_report(graph: Graph, path: Path, *, fmt: str | None = None, title: str = "kg report",
                 top: int = 15, max_nodes: int = 2000) -> ReportResult:
    """Write a report to ``path``; the format comes from ``fmt`` or the suffix (``.md``).

    Raises
    ------
    ConfigError
        Unknown format.
    OutputError
        The file cannot be written.

    """
    from ..viz.html import write_text

    path = Path(path)
    chosen = fmt or ("md" if path.suffix.lower() in {".md", ".markdown"} else "html")
    text, summary = render_report(graph, fmt=chosen, title=title, top=top, max_nodes=max_nodes)
    write_text(path, text)
    return ReportResult(path=path, format=chosen, summary=summary, size=len(text))
