"""HanTa tag feature: the per-word cache gives exactly HanTa's own tags; the component pickles."""

from __future__ import annotations

import pickle

import pytest

from kg.nlp.hanta import HantaTagger

pytest.importorskip("HanTa")

SENTENCES = [
    # unknown compounds and names (HanTa's slow path), repeated across sentences and casings
    ("Die", "Bundesnetzagentur", "prüfte", "den", "Netzausbauplan", "in", "Brandenburg", "."),
    ("Netzausbauplan", "und", "Bundesnetzagentur", "streiten", "über", "Kostenaufteilungen", "."),
    ("Gestern", "trafen", "Scholz", "und", "Macron", "die", "netzausbauplan-Gegner", "."),
    ("Die", "die", "DIE", "Grünen", "grünen", "Scholz", "!"),
]


def _tags(tagger: HantaTagger) -> list[tuple[str, ...]]:
    return [tagger._tag(words) for words in SENTENCES + SENTENCES[::-1]]


def test_word_cache_gives_hantas_own_tags() -> None:
    plain = HantaTagger(cache_size=0, word_cache_size=0)
    cached = HantaTagger(cache_size=0)
    assert _tags(cached) == _tags(plain)
    info = cached._load()._tag_word.cache_info()
    assert info.hits > 0  # repeated words were served from the cache
    assert not hasattr(plain._load()._tag_word, "cache_info")


def test_word_cache_follows_case_flags() -> None:
    # the same form first in a sentence (no case flag) and inside it (case flag) may differ
    cached = HantaTagger(cache_size=0)
    plain = HantaTagger(cache_size=0, word_cache_size=0)
    sentences = [("Grünen", "grünen", "Grünen"), ("grünen", "Grünen", "grünen")]
    assert [cached._tag(s) for s in sentences] == [plain._tag(s) for s in sentences]


def test_component_pickles_without_the_model() -> None:
    tagger = HantaTagger(chunk=30)
    before = tagger._tag(SENTENCES[0])
    copy = pickle.loads(pickle.dumps(tagger))
    assert copy._tagger is None and copy.chunk == 30
    assert copy._tag(SENTENCES[0]) == before


def test_disable_caches_tags_afresh() -> None:
    tagger = HantaTagger()
    before = tagger._tag(SENTENCES[0])
    tagger.disable_caches()
    assert tagger._tag(SENTENCES[0]) == before
    assert not tagger._cache and not hasattr(tagger._load()._tag_word, "cache_info")
