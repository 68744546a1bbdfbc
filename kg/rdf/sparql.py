"""Run SPARQL (always with Oxigraph's engine), with named queries and parameters.

Named queries live in ``ontologies/queries/<name>.rq``. Their header comments give a one-line
description and the parameters, e.g. ``# param: org — organisation name or id`` or, with a default,
``# param: limit=10 — how many``. Parameter values are bound to the variables of the same name as
literals in a ``VALUES`` clause (escaped, so a value cannot change the query).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rdflib import Graph, Literal
from rdflib.term import Node

from ..errors import QueryError, available
from ..resources import ontology_file
from .vocab import PREFIXES

_NAME = re.compile(r"^[a-z][a-z0-9_-]*$")
_PARAM = re.compile(r"^#\s*param:\s*([A-Za-z_]\w*)\s*(?:=\s*(\S+))?\s*(?:[—–:-]+\s*(.*))?$")
_KEYWORD = re.compile(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Param:
    """A parameter a named query declares."""

    name: str
    description: str = ""
    default: str | None = None


@dataclass(frozen=True, slots=True)
class NamedQuery:
    """A query file from ``ontologies/queries``."""

    name: str
    text: str
    description: str
    params: tuple[Param, ...]


@dataclass(frozen=True, slots=True)
class QueryResult:
    """A query's answer: a table for SELECT, a boolean for ASK, a graph for CONSTRUCT/DESCRIBE."""

    columns: tuple[str, ...] = ()
    rows: tuple[tuple[Node | None, ...], ...] = ()
    boolean: bool | None = None
    graph: Graph | None = None


def queries_dir() -> Path:
    """Return the folder of named queries."""
    return ontology_file("queries")


def named_queries() -> dict[str, Path]:
    """Return the named queries shipped with kg, by name."""
    folder = queries_dir()
    return {p.stem: p for p in sorted(folder.glob("*.rq"))} if folder.is_dir() else {}


def parse_named_query(name: str, text: str) -> NamedQuery:
    """Read the description and parameter declarations from a query's header comments."""
    description, params = "", []
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped.startswith("#"):
            if stripped:
                break
            continue
        match = _PARAM.match(stripped)
        if match:
            params.append(Param(match[1], (match[3] or "").strip(), match[2]))
        elif not description:
            description = stripped.lstrip("#").strip()
    return NamedQuery(name, text, description, tuple(params))


def load_named_query(name: str) -> NamedQuery:
    """Return a named query; an unknown name lists the existing ones."""
    known = named_queries()
    if name not in known:
        raise QueryError(f"no named query {name!r}; named queries: {available(known)}")
    return parse_named_query(name, known[name].read_text(encoding="utf-8"))


def resolve_query(spec: str) -> NamedQuery:
    """Turn a CLI argument into a query: a named query, a ``.rq`` file, or SPARQL text."""
    if _NAME.match(spec) and not _KEYWORD.search(spec):
        return load_named_query(spec)
    path = Path(spec)
    if spec.endswith((".rq", ".sparql")) or (len(spec) < 4096 and "\n" not in spec
                                             and path.is_file()):
        if not path.is_file():
            raise QueryError(f"no query file at {spec}")
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as err:
            raise QueryError(f"cannot read the query file {spec}: {err}") from None
        return parse_named_query(path.stem, text)
    if not _KEYWORD.search(spec):
        raise QueryError(f"{spec[:80]!r} is neither SPARQL, a .rq file nor a named query; "
                         f"named queries: {available(named_queries())}")
    return parse_named_query("", spec)


def prepare(query: NamedQuery, given: Mapping[str, str]) -> tuple[str, dict[str, Node]]:
    """Check ``given`` against the declared parameters; return the query text and bindings.

    Queries without declarations accept any parameter; declared ones must all be given unless
    they have a default, and undeclared ones are refused. Values are bound as string literals,
    except for parameters whose default is a whole number: those must be whole numbers and are
    also written in place of ``{{name}}`` (so that ``LIMIT {{limit}}`` works).
    """
    declared = {p.name: p for p in query.params}
    if declared:
        unknown = sorted(set(given) - set(declared))
        if unknown:
            raise QueryError(f"query {query.name!r} has no parameter {unknown[0]!r}; "
                             f"parameters: {available(declared)}")
    values: dict[str, str] = {p.name: p.default for p in query.params if p.default is not None}
    values.update(given)
    missing = [p for p in query.params if p.name not in values]
    if missing:
        p = missing[0]
        raise QueryError(f"query {query.name!r} needs --param {p.name}=… "
                         f"({p.description or 'no description'})")
    integer = {p.name for p in query.params if p.default and re.fullmatch(r"-?\d+", p.default)}
    try:
        bindings: dict[str, Node] = {k: Literal(int(v)) if k in integer else Literal(v)
                                     for k, v in values.items()}
    except ValueError:
        raise QueryError(f"query {query.name!r}: parameters {available(integer)} take whole "
                         f"numbers; got {', '.join(f'{k}={values[k]}' for k in integer)}") from None
    text = query.text
    for name in integer:
        text = text.replace("{{" + name + "}}", str(int(values[name])))
    return text, bindings


_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)
_MARKER = re.compile(r"^[ \t]*#@params[ \t]*$", re.MULTILINE)


def inject_values(text: str, bindings: Mapping[str, Node]) -> str:
    """Return ``text`` with a ``VALUES`` row binding each variable.

    The row goes where the query has a line ``#@params`` (every such line: SPARQL evaluates
    groups bottom-up, so a nested group that filters on a parameter needs its own copy), else
    first in the outer WHERE clause. Values are written in N-Triples syntax (escaped by rdflib),
    so they cannot change the query.
    """
    if not bindings:
        return text
    names = sorted(bindings)
    row = " ".join(bindings[n].n3() for n in names)
    clause = f" VALUES ({' '.join('?' + n for n in names)}) {{ ({row}) }} "
    if _MARKER.search(text):
        return _MARKER.sub(lambda _: clause, text)
    match = _WHERE.search(text)
    if match is None:
        keyword = _KEYWORD.search(text)
        brace = text.find("{", keyword.end()) if keyword else -1
        if brace < 0:
            raise QueryError("cannot bind parameters: the query has no WHERE clause")
        return text[: brace + 1] + clause + text[brace + 1:]
    return text[: match.end()] + clause + text[match.end():]


def _first_line(err: BaseException) -> str:
    text = str(err).strip()
    return (text.splitlines()[0] if text else type(err).__name__)[:300]


def query_graph(graph: Graph, text: str, bindings: Mapping[str, Node] | None = None) -> QueryResult:
    """Run a SPARQL query on an rdflib graph or dataset (copied into an in-memory Oxigraph store).

    kg answers every query with Oxigraph, so results are the same for a file, an rdflib graph
    and a persistent store.
    """
    from .oxterms import ox_store_from_graph

    return query_oxigraph(ox_store_from_graph(graph), text, bindings)


def query_oxigraph(store: Any, text: str,
                   bindings: Mapping[str, Node] | None = None) -> QueryResult:
    """Run a SPARQL query on a pyoxigraph store, its default graph being the union of all graphs."""
    import pyoxigraph as ox

    from .oxterms import from_ox

    try:
        result = store.query(inject_values(text, bindings or {}), prefixes=dict(PREFIXES),
                             use_default_graph_as_union=True)
        if isinstance(result, ox.QueryBoolean):
            return QueryResult(boolean=bool(result))
        if isinstance(result, ox.QueryTriples):
            out = Graph()
            for prefix, ns in PREFIXES.items():
                out.bind(prefix, ns)
            for t in result:
                out.add((from_ox(t.subject), from_ox(t.predicate), from_ox(t.object)))
            return QueryResult(graph=out)
        columns = tuple(v.value for v in result.variables)
        rows = tuple(tuple(None if sol[i] is None else from_ox(sol[i]) for i in range(len(columns)))
                     for sol in result)
    except SyntaxError as err:
        raise QueryError(f"malformed SPARQL: {_first_line(err)}") from None
    except OSError as err:
        raise QueryError(f"SPARQL query failed: {_first_line(err)}") from None
    return QueryResult(columns, rows)
