"""Plain-text rendering of a :class:`~kg.analysis.summary.GraphSummary` for the terminal."""

from __future__ import annotations

from collections.abc import Sequence

from .summary import GraphSummary


def format_rows(header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """Return an aligned text table (numbers right-aligned)."""
    cells = [[str(c) for c in header]] + [[_cell(c) for c in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    numeric = [all(isinstance(row[i], int | float) for row in rows) and bool(rows)
               for i in range(len(header))]
    lines = []
    for index, row in enumerate(cells):
        parts = [c.rjust(w) if numeric[i] else c.ljust(w)
                 for i, (c, w) in enumerate(zip(row, widths, strict=True))]
        lines.append("  ".join(parts).rstrip())
        if index == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _cell(value: object, width: int = 60) -> str:
    if isinstance(value, float):
        return f"{value:.4f}"
    text = " ".join(str(value).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _named(label: str, iri: str) -> str:
    """Return ``label (kge:id)``: the name an actor is known by, and its id."""
    from rdflib import URIRef

    from ..rdf.results import compact

    short = compact(URIRef(iri))
    return f"{label} ({short})" if label and label != iri else short


def format_summary(summary: GraphSummary) -> str:
    """Return the summary as text: figures, top actors, communities, paths."""
    s = summary
    out = [f"{s.actors} actors, {s.statements} statements, {len(s.relations)} relations, "
           f"{s.documents} documents",
           "qualifiers: " + ", ".join(f"{k} {n}" for k, n in s.qualifiers), "",
           format_rows(["#", "actor", "type", "neighbours", "statements", "pagerank",
                        "betweenness"],
                       [[i + 1, a.label, a.type, a.degree, a.statements, a.pagerank,
                         a.betweenness] for i, a in enumerate(s.top)])]
    if s.communities:
        out += ["", format_rows(["community", "size", "members"], [
            [c.index + 1, c.size, ", ".join(c.labels[:8]) + (" …" if c.size > 8 else "")]
            for c in s.communities[:10]])]
    for path in s.paths:
        steps = [f"{_named(step.source_label, step.source)} —{step.relation}→ "
                 f"{_named(step.target_label, step.target)}" for step in path.steps]
        out += ["", f"path ({path.length} steps): " + "; ".join(steps)]
    if s.path_ends and not s.paths:
        a, b = s.path_ends
        out += ["", f"no path between {a} and {b} over {s.path_walk} statements"]
    return "\n".join(out)
