"""Argument and input checks shared by kg's extractors."""

from __future__ import annotations

from spacy.tokens import Doc

from kg.errors import ConfigError, LanguageError
from kg.lang import pack_codes
from kg.types import Document


def check_confidence(min_confidence: float) -> float:
    """Return ``min_confidence`` if it lies in [0, 1], else raise :class:`ConfigError`."""
    if not 0.0 <= min_confidence <= 1.0:
        raise ConfigError(f"extractor setting min_confidence={min_confidence}; "
                          "expected a number from 0 to 1")
    return min_confidence


def parsed_language(sdoc: Doc, document: Document, extractor: str) -> str:
    """Return the language of a parsed document, or raise if ``extractor`` cannot read it."""
    lang = document.lang or sdoc.lang_
    if lang not in pack_codes():
        raise LanguageError(f"document {document.id!r} has language {lang!r}; the "
                            f"{extractor} supports {', '.join(pack_codes())}")
    if not sdoc.has_annotation("DEP"):
        raise ConfigError(f"document {document.id!r} was not parsed: the pipeline "
                          "has no dependency parser")
    return lang
