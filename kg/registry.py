"""Catalogue registries for kg's pluggable parts.

Built-ins are registered through the same entry points as third-party plugins (see
``pyproject.toml``), under versioned names such as ``kg.dependency_extractor.v1``. Looking a name
up imports only the module that defines it.
"""

from __future__ import annotations

from typing import Any

import catalogue

from .errors import RegistryError, available

extractors = catalogue.create("kg", "extractors", entry_points=True)
language_packs = catalogue.create("kg", "language_packs", entry_points=True)
stores = catalogue.create("kg", "stores", entry_points=True)
#: Output formats: each entry is a factory returning a :class:`kg.outputs.Writer`.
writers = catalogue.create("kg", "writers", entry_points=True)

_REGISTRIES = {"extractors": extractors, "language_packs": language_packs, "stores": stores,
               "writers": writers}
# kind → (size of catalogue's in-memory registry when read, sorted names)
_NAMES: dict[str, tuple[int, tuple[str, ...]]] = {}


def names(kind: str) -> list[str]:
    """Return the names registered in the registry ``kind``, sorted."""
    if kind not in _REGISTRIES:
        raise RegistryError(f"unknown registry {kind!r}; expected one of {available(_REGISTRIES)}")
    # ``get_all`` scans every installed entry point (about a millisecond), and per-token code
    # asks for the language codes. catalogue reads the entry points once, at its import, so only
    # a registration in this process can add a name — and each one grows catalogue.REGISTRY.
    size = len(catalogue.REGISTRY)
    known = _NAMES.get(kind)
    if known is None or known[0] != size:
        known = (size, tuple(sorted(_REGISTRIES[kind].get_all())))
        _NAMES[kind] = known
    return list(known[1])


def get(kind: str, name: str) -> Any:
    """Return the function registered as ``name`` in the registry ``kind``."""
    if kind not in _REGISTRIES:
        raise RegistryError(f"unknown registry {kind!r}; expected one of {available(_REGISTRIES)}")
    reg = _REGISTRIES[kind]
    try:
        return reg.get(name)
    except catalogue.RegistryError:
        what = kind[:-1].replace("_", " ")
        raise RegistryError(
            f"no {what} named {name!r}; registered: {available(reg.get_all())}"
        ) from None


# the registered pack names language_codes last read, and the codes it found in them
_CODES: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())


def language_codes() -> tuple[str, ...]:
    """Return the codes of the registered language packs (``kg.lang.<code>.v1``), sorted."""
    global _CODES
    names("language_packs")  # refreshes _NAMES when a pack was registered since
    registered = _NAMES["language_packs"][1]
    if _CODES[0] is not registered:  # per-token callers: parse the names once per registration
        found = {n.split(".")[2] for n in registered
                 if n.startswith("kg.lang.") and n.count(".") == 3}
        _CODES = (registered, tuple(sorted(found)))
    return _CODES[1]

