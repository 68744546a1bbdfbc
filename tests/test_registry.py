"""Registry names: served from memory, yet a registration in this process shows at once."""

from __future__ import annotations

import catalogue

from kg import registry


def test_names_follow_registrations_in_this_process() -> None:
    before = registry.names("extractors")
    assert registry.names("extractors") == before  # the cached answer is the same
    name = "kg.test_only_extractor.v1"
    registry.extractors.register(name, func=lambda: None)
    try:
        assert registry.names("extractors") == sorted([*before, name])
        assert name not in registry.names("stores")
    finally:
        del catalogue.REGISTRY[("kg", "extractors", name)]
    assert registry.names("extractors") == before


def test_language_codes_are_the_packs() -> None:
    assert {"de", "en"} <= set(registry.language_codes())


def test_language_codes_follow_pack_registrations() -> None:
    before = registry.language_codes()
    assert registry.language_codes() is before  # parsed once, served from memory
    name = "kg.lang.zz.v1"
    registry.language_packs.register(name, func=lambda: None)
    try:
        assert registry.language_codes() == tuple(sorted([*before, "zz"]))
    finally:
        del catalogue.REGISTRY[("kg", "language_packs", name)]
    assert registry.language_codes() == before
