"""Print a :class:`~kg.rdf.sparql.QueryResult` as a table, CSV, JSON or Markdown."""

from __future__ import annotations

import csv
import io
import json

from rdflib import Literal, URIRef
from rdflib.term import Node

from ..errors import ConfigError, available
from .sparql import QueryResult
from .vocab import PREFIXES

FORMATS = ("table", "csv", "json", "md")


def compact(term: Node | None) -> str:
    """Return a short form of a term: ``prefix:local`` for IRIs under a known prefix."""
    if term is None:
        return ""
    if isinstance(term, URIRef):
        text = str(term)
        for prefix, ns in PREFIXES.items():
            local = text[len(ns):]
            if text.startswith(ns) and local and all(c.isalnum() or c in "_-." for c in local):
                return f"{prefix}:{local}"
        return f"<{text}>"
    return str(term)


def plain(term: Node | None) -> str | int | float | bool | None:
    """Return a JSON value for a term: numbers and booleans as such, IRIs as full strings."""
    if term is None:
        return None
    if isinstance(term, Literal):
        value = term.toPython()
        if isinstance(value, bool | int | float):
            return value
    return str(term)


def _table(columns: tuple[str, ...], rows: list[list[str]], markdown: bool) -> str:
    if markdown:
        esc = [[c.replace("|", "\\|").replace("\n", " ") for c in r] for r in rows]
        lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
        lines += ["| " + " | ".join(r) + " |" for r in esc]
        return "\n".join(lines) + "\n"
    cells = [[c.replace("\n", " ") for c in r] for r in rows]
    widths = [min(60, max([len(col)] + [len(r[i]) for r in cells]))
              for i, col in enumerate(columns)]

    def line(values: list[str] | tuple[str, ...]) -> str:
        return "  ".join((v if len(v) <= w else v[: w - 1] + "…").ljust(w)
                         for v, w in zip(values, widths, strict=True)).rstrip()

    out = [line(columns), line(["-" * w for w in widths])] + [line(r) for r in cells]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out) + "\n"


def format_result(result: QueryResult, fmt: str = "table") -> str:
    """Return the text of a result in ``fmt`` (table, csv, json or md)."""
    if fmt not in FORMATS:
        raise ConfigError(f"unknown output format {fmt!r}; expected one of {available(FORMATS)}")
    if result.boolean is not None:
        return json.dumps({"boolean": result.boolean}) + "\n" if fmt == "json" else (
            f"{str(result.boolean).lower()}\n")
    if result.graph is not None:
        return result.graph.serialize(format="json-ld" if fmt == "json" else "turtle")
    if fmt == "json":
        records = [{c: plain(v) for c, v in zip(result.columns, row, strict=True)}
                   for row in result.rows]
        return json.dumps(records, ensure_ascii=False, indent=1) + "\n"
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(result.columns)
        writer.writerows([["" if v is None else str(v) for v in row] for row in result.rows])
        return buf.getvalue()
    rows = [[compact(v) for v in row] for row in result.rows]
    return _table(result.columns, rows, markdown=fmt == "md")
