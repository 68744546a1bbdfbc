"""The report writers (HTML and Markdown), registered through the ``kg_writers`` entry point."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..outputs import Output, Writer


def _report_writer(fmt: str) -> Callable[[Output, Path], str]:
    def write(output: Output, path: Path) -> str:
        from ..analysis.summary import GraphSummary
        from ..viz.html import MAX_NODES
        from .report import render_report

        figures = output.summary if isinstance(output.summary, GraphSummary) else None
        text, s = render_report(output.graph, fmt=fmt, title=output.title, top=output.top,
                                max_nodes=output.max_nodes or MAX_NODES, summary=figures,
                                notice=output.notice, concepts=output.concepts)
        path.write_text(text, encoding="utf-8")
        return f"{s.actors} actors, {s.statements} statements, {s.flagged} flagged claims"
    return write


def html_report_writer() -> Writer:
    """Return the writer of a self-contained HTML report with the interactive graph embedded."""
    return Writer("html", ("report",), _report_writer("html"), suffixes=(".html", ".htm"),
                  description="HTML report")


def markdown_report_writer() -> Writer:
    """Return the writer of a Markdown report (every value escaped)."""
    return Writer("md", ("report",), _report_writer("md"), suffixes=(".md", ".markdown"),
                  aliases=("markdown",), description="Markdown report")
