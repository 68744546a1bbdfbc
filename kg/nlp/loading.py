"""Find and load the spaCy pipeline for a language, kg's own or an official one.

The language pack names the models to prefer (``LanguagePack.models``, best first: for German
``de_core_news_lg`` > ``md`` > ``sm``) and kg's own pipeline shipped in ``kg/models``
(``LanguagePack.own_model``), used when no preferred model is installed. ``model`` may name any
installed package or a path. The loaded pipeline gets kg's paragraph-boundary component and the
pack's abbreviations as tokenizer exceptions (``abbreviations.txt``: ``Ltd.``); actor
recognition is added by the next stage (:func:`kg.recognize.load_recognizer`).
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import ModelError, available
from ..lang import language_pack, pack_codes, pack_patterns
from ..resources import models_dir
from .detect import check_language

if TYPE_CHECKING:
    from spacy.language import Language

def installed_models(lang: str) -> list[str]:
    """Return the names of the pipelines usable for ``lang``, best first."""
    pack = language_pack(lang)
    found = [name for name in pack.models if importlib.util.find_spec(name) is not None]
    own = pack.own_model
    if own and (models_dir() / own / "meta.json").exists():
        found.append(own)
    return found


def choose_model(lang: str, model: str | None = None) -> str:
    """Return the model name or path to load for ``lang`` (``model`` overrides the choice)."""
    check_language(lang)
    if model:
        return model
    found = installed_models(lang)
    if not found:
        hint = language_pack(lang).model_hint or "install a spaCy pipeline for it"
        raise ModelError(
            f"no spaCy pipeline for {lang!r} is installed; {hint}, or pass --model NAME|PATH"
        )
    return found[0]


def _resolve_path(name: str) -> str | Path:
    if any(name == language_pack(code).own_model for code in pack_codes()):
        return models_dir() / name
    path = Path(name)
    if path.exists():
        if not (path / "config.cfg").exists():
            raise ModelError(f"{name} is not a spaCy pipeline folder (no config.cfg in it)")
        return path
    if importlib.util.find_spec(name) is None:
        known = [m for code in pack_codes() for m in installed_models(code)]
        raise ModelError(
            f"unknown model {name!r}: not an installed package or an existing path; "
            f"installed: {available(known)}"
        )
    return name


@lru_cache(maxsize=4)
def load_pipeline(lang: str, model: str | None = None) -> Language:
    """Load (once per process) the parsing pipeline for ``lang`` (no actor recognition yet)."""
    return new_pipeline(lang, model)


def new_pipeline(lang: str, model: str | None = None) -> Language:
    """Load a fresh parsing pipeline for ``lang`` (uncached: the caller may add components)."""
    import spacy

    from . import hanta, paragraphs  # noqa: F401  (register kg's spaCy factories)

    name = choose_model(lang, model)
    target = _resolve_path(name)
    try:
        nlp = spacy.load(target)
    except (OSError, ValueError) as err:
        raise ModelError(f"could not load spaCy pipeline {name!r}: {err}") from None
    if nlp.lang != lang:
        raise ModelError(
            f"model {name!r} is for {nlp.lang!r}, but the text is {lang!r}; "
            f"pass a {lang!r} model or --lang {nlp.lang}"
        )
    add_abbreviations(nlp, lang)
    first = nlp.pipe_names[0] if nlp.pipe_names else None
    nlp.add_pipe("kg_paragraphs", before=first) if first else nlp.add_pipe("kg_paragraphs")
    nlp.meta.setdefault("kg", {})["source"] = str(target)
    return nlp


def add_abbreviations(nlp: Language, lang: str) -> None:
    """Keep the pack's abbreviations (``abbreviations.txt``: ``Ltd.``, ``Sen.``) one token each.

    spaCy's tokenizer splits the full stop off an abbreviation it has no exception for, and the
    parser then ends the sentence there ("Pakistan Chrome Mines Ltd." | "ist eine …").
    """
    from spacy.symbols import ORTH  # spaCy is heavy: imported with the pipeline only
    from spacy.tokenizer import Tokenizer

    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return  # a custom tokenizer keeps its own exceptions
    for abbr in pack_patterns(lang, "abbreviations.txt"):
        if len(tokenizer(abbr)) > 1:
            tokenizer.add_special_case(abbr, [{ORTH: abbr}])
