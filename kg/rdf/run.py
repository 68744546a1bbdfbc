"""Run a query (SPARQL text, ``.rq`` file or named query) against a graph file or a store."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from ..errors import GraphError, QueryError
from .graphstore import is_store, open_store
from .sparql import QueryResult, execute, execute_with, prepare, refuse_service, resolve_query


def parse_params(pairs: list[str] | tuple[str, ...]) -> dict[str, str]:
    """Turn ``["k=v", …]`` into a dict; a pair without ``=`` is a QueryError."""
    params: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise QueryError(f"--param {pair!r} is not of the form name=value")
        params[key.strip()] = value
    return params


def run_query(source: str | Path, spec: str, params: Mapping[str, str] | None = None, *,
              allow_service: bool = False, max_rows: int | None = None) -> QueryResult:
    """Answer a query on an RDF file or a store (folder, SPARQL server URL, …).

    ``spec`` is SPARQL text, a ``.rq`` file or the name of a query in ``ontologies/queries``.
    A query using ``SERVICE`` is refused unless ``allow_service``; a SELECT answer of more than
    ``max_rows`` rows is an error.
    """
    query = resolve_query(spec)
    if not allow_service:
        refuse_service(query.text)
    prepare(query, params or {})  # parameter errors before any (slow) loading
    if is_store(source):
        with open_store(source) as store:
            return execute_with(store.select, query, params, max_rows)
    path = Path(source)
    if not path.exists():
        raise GraphError(f"no graph file or store at {path}")
    from .load import ox_store_from_file

    return execute(ox_store_from_file(path), query, params, max_rows)
