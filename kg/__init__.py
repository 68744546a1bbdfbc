"""kg: knowledge graphs from news text.

The public API, imported lazily so that ``import kg`` does no work:

- :func:`build` — files → triples, RDF graph and files (``kg.pipeline.build``)
- :func:`build_texts` — texts in memory → the same :class:`BuildResult`
- :func:`extract` — files → analyses and a :class:`~kg.types.Resolution`
- :func:`extract_text` — one text in memory → its triples (``print`` shows one a line)
- :func:`load_graph` — read a graph file or store back as an rdflib graph
- :class:`Settings` — language, fallback language, model, extractor, merging, strictness
- :class:`BuildResult`, :class:`Triple`, :class:`Entity`, :class:`Notice` — what comes back
- :class:`KGError` — the base of every error kg raises on purpose
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .version import __version__

__all__ = [
    "BuildResult", "Entity", "KGError", "Notice", "Settings", "Triple", "__version__", "build",
    "build_texts", "extract", "extract_text", "load_graph",
]

if TYPE_CHECKING:
    from .errors import KGError
    from .pipeline import BuildResult, Settings, build, build_texts, extract, extract_text
    from .rdf.load import load_graph
    from .types import Entity, Notice, Triple

_LAZY = {
    "build": ("kg.pipeline", "build"),
    "build_texts": ("kg.pipeline", "build_texts"),
    "extract": ("kg.pipeline", "extract"),
    "extract_text": ("kg.pipeline", "extract_text"),
    "Settings": ("kg.pipeline", "Settings"),
    "BuildResult": ("kg.pipeline", "BuildResult"),
    "load_graph": ("kg.rdf.load", "load_graph"),
    "Entity": ("kg.types", "Entity"),
    "Notice": ("kg.types", "Notice"),
    "Triple": ("kg.types", "Triple"),
    "KGError": ("kg.errors", "KGError"),
}


def __getattr__(name: str) -> Any:
    """Import a public name on first use."""
    if name in _LAZY:
        import importlib

        module, attr = _LAZY[name]
        return getattr(importlib.import_module(module), attr)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")


def __dir__() -> list[str]:
    """List the public API beside the module's own attributes (``dir(kg)``)."""
    return sorted({*__all__, *(name for name in globals() if name.startswith("__"))})
