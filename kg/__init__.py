"""kg: knowledge graphs from news text.

The public API, imported lazily so that ``import kg`` does no work:

- :func:`build` — documents → triples, RDF graph and files (``kg.pipeline.build``)
- :func:`extract` — documents → analyses and a :class:`~kg.types.Resolution`
- :func:`load_graph` — read a graph file or store back as an rdflib graph
- :class:`Settings` — language, model, extractor and merging options
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["Settings", "__version__", "build", "extract", "load_graph"]

if TYPE_CHECKING:
    from .pipeline import Settings, build, extract
    from .rdf.load import load_graph

_LAZY = {
    "build": ("kg.pipeline", "build"),
    "extract": ("kg.pipeline", "extract"),
    "Settings": ("kg.pipeline", "Settings"),
    "load_graph": ("kg.rdf.load", "load_graph"),
}


def __getattr__(name: str) -> Any:
    """Import a public name on first use."""
    if name in _LAZY:
        import importlib

        module, attr = _LAZY[name]
        return getattr(importlib.import_module(module), attr)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
