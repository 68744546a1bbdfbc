"""kg's error family: every error a user can cause derives from :class:`KGError`.

Messages say what came in, what was expected and, where it helps, what exists. Only ``kg.cli``
turns these into exit codes.
"""

from __future__ import annotations

from collections.abc import Iterable


def available(options: Iterable[str], limit: int = 12) -> str:
    """Format a list of valid choices for an error message."""
    items = sorted(set(options))
    if not items:
        return "none"
    shown = ", ".join(items[:limit])
    return shown + (f", … ({len(items) - limit} more)" if len(items) > limit else "")


class KGError(Exception):
    """Base class of every error kg raises on purpose."""

    exit_code = 1


class InputError(KGError):
    """An input document is missing, empty, binary, badly encoded or too large."""

    exit_code = 2


class ModelError(KGError):
    """A spaCy pipeline could not be found or loaded."""

    exit_code = 3


class LanguageError(KGError):
    """A language is unknown or unsupported."""

    exit_code = 2


class RegistryError(KGError):
    """A registered function (extractor, store, language pack …) does not exist."""


class ConfigError(KGError):
    """A setting or option has a value kg cannot use."""

    exit_code = 2


class GraphError(KGError):
    """An RDF graph file or store is missing, malformed, locked or corrupt."""


class QueryError(KGError):
    """A SPARQL query is malformed, unknown, or misses a parameter."""


class OutputError(KGError):
    """An output file or folder cannot be written."""


class DocumentError(KGError):
    """One document could not be processed (reported with its id; the batch goes on)."""


class ServerError(KGError):
    """A SPARQL server could not be started or reached."""


class CorruptStoreError(GraphError):
    """A store's files fail their checksums or cannot be read; the store must be restored."""

    def __init__(self, detail: str, store: str | None = None) -> None:
        self.detail = detail
        self.store = store
        where = f"store at {store}" if store else "the store"
        rebuild = f"kg build … --store {store}" if store else "kg build … --store"
        super().__init__(f"{where} is corrupt ({detail}); restore it from a backup or rebuild "
                         f"it with {rebuild}")

    def __reduce__(self) -> tuple[type[CorruptStoreError], tuple[str, str | None]]:
        return (CorruptStoreError, (self.detail, self.store))
