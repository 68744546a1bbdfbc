"""Run SPARQL (always with Oxigraph's engine), with named queries and parameters.

Named queries live in ``ontologies/queries/<name>.rq``. Their header comments give a one-line
description and the parameters, e.g. ``# param: org — organisation name or id`` or, with a default,
``# param: limit=10 — how many``; a kind may follow the name: ``(string)``, ``(integer)``,
``(date)`` (ISO day, month or year, checked and normalised) or ``(actor)``. Values are bound
to the variables of the same name in a ``VALUES`` clause (escaped, so a value cannot change the
query); actor names are first looked up to their IRIs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from rdflib import Graph, Literal
from rdflib.term import Node

from ..errors import CorruptStoreError, QueryError, available
from ..resources import ontology_file
from .vocab import PREFIXES

_NAME = re.compile(r"^[a-z][a-z0-9_-]*$")
_PARAM = re.compile(r"^#\s*param:\s*([A-Za-z_]\w*)\s*(?:\((string|integer|date|actor)\))?\s*"
                    r"(?:=\s*(\S+))?\s*(?:[—–:-]+\s*(.*))?$")
_KEYWORD = re.compile(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Param:
    """A parameter a named query declares: ``string``, ``integer``, ``date`` or ``actor``."""

    name: str
    description: str = ""
    default: str | None = None
    kind: str = "string"


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
            kind = match[2] or ("integer" if match[3] and re.fullmatch(r"-?\d+", match[3])
                                else "string")
            params.append(Param(match[1], (match[4] or "").strip(), match[3], kind))
        elif not description:
            description = stripped.lstrip("#").strip()
    return NamedQuery(name, text, description, tuple(params))


def load_named_query(name: str) -> NamedQuery:
    """Return a named query; an unknown name lists the existing ones."""
    known = named_queries()
    if name not in known:
        raise QueryError(f"no named query {name!r}; named queries: {available(known)}")
    return parse_named_query(name, known[name].read_text(encoding="utf-8"))


def modal_variant(name: str) -> str:
    """Return the name of a named query's variant over non-asserted statements too (``-modal``).

    Raises
    ------
    QueryError
        The query has no such variant; the message names the queries that have one.

    """
    known = named_queries()
    variant = name if name.endswith("-modal") else f"{name}-modal"
    if variant not in known:
        having = [n.removesuffix("-modal") for n in known if n.endswith("-modal")]
        raise QueryError(f"--modal applies to named queries with a variant over non-asserted "
                         f"statements: {available(having)}; {name[:60]!r} has none")
    return variant


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


@dataclass(frozen=True, slots=True)
class Prepared:
    """A query ready to run: its text, literal bindings, and actor names still to look up."""

    text: str
    bindings: dict[str, Node]
    actors: dict[str, str]


def prepare(query: NamedQuery, given: Mapping[str, str]) -> Prepared:
    """Check ``given`` against the declared parameters.

    Queries without declarations accept any parameter (bound as a string); declared ones must all
    be given unless they have a default, and undeclared ones are refused. ``integer`` parameters
    must be whole numbers and are also written in place of ``{{name}}`` (for ``LIMIT``);
    ``date`` parameters are read as ISO days, months or years (a default is taken as written);
    ``actor`` parameters are looked up by name (see :func:`execute`).
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
    kinds = {name: declared[name].kind if name in declared else "string" for name in values}
    text = query.text
    bindings: dict[str, Node] = {}
    actors: dict[str, str] = {}
    for name, value in values.items():
        if kinds[name] == "integer":
            if not re.fullmatch(r"\s*-?\d+\s*", value):
                raise QueryError(f"query {query.name!r}: --param {name} takes a whole number; "
                                 f"got {value!r}")
            bindings[name] = Literal(int(value))
            text = text.replace("{{" + name + "}}", str(int(value)))
        elif kinds[name] == "actor":
            actors[name] = value
        elif kinds[name] == "date" and name in given:
            bindings[name] = Literal(_date(query.name, name, value))
        else:
            bindings[name] = Literal(value)
    return Prepared(text, bindings, actors)


def _date(query: str, name: str, value: str) -> str:
    """Return a ``date`` parameter as ISO 8601 (day, month or year) or raise QueryError."""
    from ..errors import InputError
    from ..readers.meta import normalise_date

    try:
        day = normalise_date(value, f"--param {name}")
    except InputError as err:
        raise QueryError(f"query {query!r}: {err}") from err
    if day is None:
        raise QueryError(f"query {query!r}: --param {name} takes a date (2015, 2015-03, "
                         f"2015-03-02); got nothing")
    return day


LOOKUP = "SELECT DISTINCT ?a WHERE { ?a kg:searchKey ?key }"


class Runner(Protocol):
    """Runs SPARQL text with ``VALUES`` rows on some store (see :mod:`kg.rdf.graphstore`)."""

    def __call__(self, text: str, rows: Sequence[Mapping[str, Node]] | None = None,
                 max_rows: int | None = None) -> QueryResult:
        """Run ``text``; a SELECT answer of more than ``max_rows`` rows is a QueryError."""
        ...


def execute(store: Any, query: NamedQuery, given: Mapping[str, str] | None = None,
            max_rows: int | None = None) -> QueryResult:
    """Run a (named or ad-hoc) query with parameters on a pyoxigraph store."""
    def run(text: str, rows: Sequence[Mapping[str, Node]] | None = None,
            max_rows: int | None = None) -> QueryResult:
        return query_oxigraph(store, text, rows, max_rows)

    return execute_with(run, query, given, max_rows)


def execute_with(run: Runner, query: NamedQuery, given: Mapping[str, str] | None = None,
                 max_rows: int | None = None) -> QueryResult:
    """Run a (named or ad-hoc) query with parameters through ``run``.

    Each ``actor`` parameter is first looked up by its lower-cased name (label, alias or id,
    ``kg:searchKey``); the query then runs once with a ``VALUES`` row per combination of matches.
    """
    prepared = prepare(query, given or {})
    rows: list[dict[str, Node]] = [dict(prepared.bindings)]
    for name, value in prepared.actors.items():
        found = run(LOOKUP, [{"key": Literal(value.strip().lower())}]).rows
        matches = [r[0] for r in found if r[0] is not None]
        if not matches:
            raise QueryError(f"no actor named {value!r} (--param {name}); names are matched "
                             "case-insensitively against labels, aliases, ids and Wikidata "
                             f"QIDs; {_close_names(run, value)}")
        rows = [{**row, name: m} for row in rows for m in matches]
    return run(prepared.text, rows if rows != [{}] else None, max_rows)


_KEYS = "SELECT DISTINCT ?key WHERE { ?a kg:searchKey ?key }"


def _close_names(run: Runner, value: str) -> str:
    """Say which names that do find an actor are close to ``value`` (for an error message)."""
    import difflib

    keys = [str(r[0]) for r in run(_KEYS).rows if r[0] is not None]
    if not keys:
        return "the graph has no actors"
    close = difflib.get_close_matches(value.strip().lower(), keys, n=6, cutoff=0.6)
    if close:
        return "close matches: " + ", ".join(close)
    return "some names: " + ", ".join(sorted(keys)[:8])


_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)
_MARKER = re.compile(r"^[ \t]*#@params[ \t]*$", re.MULTILINE)


def inject_values(text: str, rows: Sequence[Mapping[str, Node]]) -> str:
    """Return ``text`` with a ``VALUES`` block binding variables, one row per mapping.

    The block goes where the query has a line ``#@params`` (every such line: SPARQL evaluates
    groups bottom-up, so a nested group that uses a parameter needs its own copy), else first in
    the outer WHERE clause. Values are written in N-Triples syntax (escaped by rdflib), so they
    cannot change the query.
    """
    if not rows or not rows[0]:
        return text
    names = sorted(rows[0])
    body = " ".join("(" + " ".join(row[n].n3() for n in names) + ")" for row in rows)
    clause = f" VALUES ({' '.join('?' + n for n in names)}) {{ {body} }} "
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


def query_graph(graph: Graph, text: str,
                rows: Sequence[Mapping[str, Node]] | None = None) -> QueryResult:
    """Run a SPARQL query on an rdflib graph or dataset (copied into an in-memory Oxigraph store).

    kg answers every query with Oxigraph, so results are the same for a file, an rdflib graph
    and a persistent store.
    """
    from .oxterms import ox_store_from_graph

    return query_oxigraph(ox_store_from_graph(graph), text, rows)


def query_oxigraph(store: Any, text: str, rows: Sequence[Mapping[str, Node]] | None = None,
                   max_rows: int | None = None) -> QueryResult:
    """Run a SPARQL query on a pyoxigraph store, its default graph being the union of all graphs.

    A SELECT answer of more than ``max_rows`` rows is a :class:`QueryError`.
    """
    import pyoxigraph as ox

    from .oxterms import from_ox

    try:
        result = store.query(inject_values(text, rows or ()), prefixes=dict(PREFIXES),
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
        table = tuple(_rows(result, len(columns), max_rows))
    except SyntaxError as err:
        raise QueryError(f"malformed SPARQL: {_first_line(err)}") from None
    except (OSError, RuntimeError) as err:
        raise store_failure(err, "SPARQL query failed") from None
    return QueryResult(columns, table)


def _rows(result: Any, width: int, max_rows: int | None) -> Iterator[tuple[Node | None, ...]]:
    from .oxterms import from_ox

    seen: dict[Any, Node] = {}  # a term repeated over many rows is converted once

    def term(value: Any) -> Node | None:
        if value is None:
            return None
        node = seen.get(value)
        if node is None:
            node = seen[value] = from_ox(value)
        return node

    columns = range(width)
    for n, sol in enumerate(result):
        if max_rows is not None and n >= max_rows:
            raise QueryError(f"the result has over {max_rows:,} rows; add a LIMIT or raise "
                             "--max-rows")
        yield tuple(term(sol[i]) for i in columns)


_CORRUPT_WORDS = ("corrupt", "checksum", "truncated", "bad magic", "bad block")


def store_failure(err: BaseException, what: str) -> QueryError | CorruptStoreError:
    """Turn an error pyoxigraph raised while reading into a kg error.

    RocksDB reports damaged files (``Corruption: block checksum mismatch``, a truncated table …)
    as ``RuntimeError`` or ``OSError``; those become :class:`CorruptStoreError`.
    """
    line = _first_line(err)
    lowered = line.lower()
    if isinstance(err, RuntimeError) or any(w in lowered for w in _CORRUPT_WORDS):
        short = re.sub(r"^Error:\s*|:\s*stored = .*?(?=\s+in /)|(\s+in \S+).*$", r"\1", line)
        return CorruptStoreError(short[:200])
    return QueryError(f"{what}: {line}")


_SERVICE_TOKENS = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n]|\\.)*"'
    r"|'(?:[^'\\\n]|\\.)*'"
    r'|<[^<>"{}|^`\\\x00-\x20]*>'
    r"|#[^\n]*"
    r"|(?<![\w:?$.-])(SERVICE)(?![\w:-])",
    re.IGNORECASE,
)

_CODEPOINT = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


def uses_service(text: str) -> bool:
    """Return whether SPARQL ``text`` has a ``SERVICE`` clause (outside strings, IRIs, comments).

    A federated query makes the engine send HTTP requests to any address the query names, so a
    server (or a shared query file) could be turned against hosts only it can reach.
    """
    # SPARQL processes \u escapes before parsing, so ``\u0053ERVICE`` is the keyword too
    text = _CODEPOINT.sub(lambda m: chr(min(int(m[1] or m[2], 16), 0x10FFFF)), text)
    return any(m.group(1) for m in _SERVICE_TOKENS.finditer(text))


def refuse_service(text: str) -> None:
    """Raise :class:`QueryError` if ``text`` uses ``SERVICE`` (see :func:`uses_service`)."""
    if uses_service(text):
        raise QueryError("the query uses SERVICE (a federated query to another endpoint), which "
                         "is disabled; pass --allow-service to permit it")
