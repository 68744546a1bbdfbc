"""Actor recognition: the stage between parsing (:mod:`kg.nlp`) and extraction.

:func:`load_recognizer` returns a language's parsing pipeline with kg's actor recognition added
(``doc.ents`` carry :class:`~kg.types.ActorType` labels and known keys);
:func:`~kg.recognize.mentions.find_mentions` turns a parsed document into mentions.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language


@lru_cache(maxsize=4)
def load_recognizer(lang: str, model: str | None = None) -> Language:
    """Load (once per process) ``lang``'s pipeline with actor recognition, ready to extract."""
    from ..nlp.loading import new_pipeline
    from .ner import add_actor_recognizer

    nlp = new_pipeline(lang, model)
    add_actor_recognizer(nlp, lang)
    return nlp
