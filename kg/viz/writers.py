"""The picture writers: the interactive HTML page and static SVG, PNG and PDF pictures.

Each is a :class:`kg.outputs.Writer` registered through the ``kg_writers`` entry point; the
drawing modules are imported only when a picture is written.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..outputs import Output, Writer


def _write_html(output: Output, path: Path) -> str:
    from .html import MAX_NODES, render_page

    page, s = render_page(output.graph, title=output.title,
                          max_nodes=output.max_nodes or MAX_NODES, notice=output.notice,
                          concepts=output.concepts)
    path.write_text(page, encoding="utf-8")
    return f"{s.nodes} actors, {s.edges} edges" + (f" ({s.notice})" if s.notice else "")


def _static_writer(fmt: str) -> Callable[[Output, Path], str]:
    def write(output: Output, path: Path) -> str:
        from .static import MAX_NODES, render_static

        data, s = render_static(output.graph, fmt=fmt, title=output.title,
                                max_nodes=output.max_nodes or MAX_NODES,
                                concepts=output.concepts)
        path.write_bytes(data)
        shown = s.notice or output.notice
        return f"{s.nodes} actors, {s.statements} statements" + (f" ({shown})" if shown else "")
    return write


def html_writer() -> Writer:
    """Return the writer of the interactive HTML page (graph.html, ``kg render``)."""
    return Writer("html", ("build", "render"), _write_html, suffixes=(".html", ".htm"),
                  description="interactive HTML page")


def svg_writer() -> Writer:
    """Return the writer of a static SVG picture."""
    return Writer("svg", ("render",), _static_writer("svg"), suffixes=(".svg",),
                  description="SVG picture")


def png_writer() -> Writer:
    """Return the writer of a static PNG picture."""
    return Writer("png", ("render",), _static_writer("png"), suffixes=(".png",),
                  description="PNG picture")


def pdf_writer() -> Writer:
    """Return the writer of a static PDF picture."""
    return Writer("pdf", ("render",), _static_writer("pdf"), suffixes=(".pdf",),
                  description="PDF picture")
