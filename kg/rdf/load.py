"""Read an RDF graph from a file (Turtle, TriG, N-Quads, N-Triples, JSON-LD, RDF/XML) or a store."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rdflib import Dataset, Graph

from ..errors import GraphError, available
from .build import bind_prefixes
from .summary import ensure_links
from .vocab import LOADED_GRAPH

FORMATS: dict[str, str] = {
    ".ttl": "turtle",
    ".turtle": "turtle",
    ".trig": "trig",
    ".nq": "nquads",
    ".nt": "nt",
    ".jsonld": "json-ld",
    ".json": "json-ld",
    ".rdf": "xml",
    ".owl": "xml",
}
QUAD_FORMATS = {"trig", "nquads", "json-ld"}
_OX_EXT = {"turtle": "ttl", "trig": "trig", "nquads": "nq", "nt": "nt", "json-ld": "jsonld",
           "xml": "rdf"}


def rdf_format(path: Path) -> str:
    """Return rdflib's format name for a file, judged by its extension."""
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise GraphError(f"{path}: cannot tell the RDF format from the extension "
                         f"{path.suffix or '(none)'!r}; expected one of {available(FORMATS)} "
                         "or a store folder")
    return fmt


def _rdf_file(path: str | Path) -> Path:
    """Return ``path`` if it is a file, else raise :class:`GraphError` saying what it is."""
    path = Path(path)
    if not path.is_file():
        raise GraphError(f"no RDF file at {path}" + (" (it is a folder)" if path.is_dir() else ""))
    return path


def load_dataset(path: str | Path) -> Dataset:
    """Read an RDF file into a dataset (named graphs kept for TriG, N-Quads and JSON-LD)."""
    path = _rdf_file(path)
    fmt = rdf_format(path)
    ds = Dataset()
    bind_prefixes(ds)
    try:
        if fmt in QUAD_FORMATS:
            ds.parse(path, format=fmt)
        else:
            ds.default_graph.parse(path, format=fmt)
    except (OSError, UnicodeDecodeError) as err:
        raise GraphError(f"cannot read {path}: {err}") from None
    except Exception as err:  # rdflib's parsers raise many unrelated exception types
        first = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
        raise GraphError(f"{path} is not valid {fmt}: {first[:300]}") from None
    return ds


def ox_store_from_file(path: str | Path) -> Any:
    """Parse an RDF file with Oxigraph into an in-memory ``pyoxigraph.Store`` (graphs kept)."""
    import pyoxigraph as ox

    path = _rdf_file(path)
    name = rdf_format(path)
    fmt = ox.RdfFormat.from_extension(_OX_EXT[name])
    store = ox.Store()
    try:
        if name in QUAD_FORMATS:
            store.load(path=str(path), format=fmt)
        else:
            store.load(path=str(path), format=fmt, to_graph=ox.NamedNode(LOADED_GRAPH))
    except SyntaxError as err:
        raise GraphError(f"{path} is not valid {name}: {str(err).splitlines()[0][:300]}"
                         ) from None
    except (OSError, ValueError) as err:
        raise GraphError(f"cannot read {path}: {err}") from None
    ensure_links(store)
    return store


def load_any(source: str | Path) -> Dataset:
    """Read an RDF file or an Oxigraph store folder as a dataset (named graphs kept)."""
    found = _load(source, union=False)
    assert isinstance(found, Dataset)
    return found


def load_graph(source: str | Path) -> Graph:
    """Return the union of all graphs in an RDF file or a store (copied whole: small ones only).

    Raises
    ------
    GraphError
        If the path is missing, has an unknown extension, is malformed, or is a store that is
        locked by another process or corrupt.

    """
    return _load(source, union=True)


def _load(source: str | Path, *, union: bool) -> Graph:
    """Read a file or a store (folder, SPARQL server URL, …): kg's one "file or store" loader."""
    from .graphstore import is_store, open_store

    if is_store(source):
        with open_store(source) as store:
            return store.to_graph() if union else store.to_dataset()
    path = Path(source)
    from .build import union_graph

    dataset = load_dataset(path)
    return union_graph(dataset) if union else dataset
