"""Registers kg's spaCy components for ``spacy train --code``."""

import kg.nlp.hanta  # noqa: F401
