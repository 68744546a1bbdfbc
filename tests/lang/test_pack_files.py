"""Word lists and patterns in the language packs' data folders."""

from kg.lang import pack_codes, pack_patterns, pack_words


def test_every_pack_has_the_actor_word_lists() -> None:
    for code in pack_codes():
        for name in ("time_words.txt", "time_modifiers.txt", "roles.txt", "agency_tags.txt",
                     "units.txt", "number_words.txt"):
            assert pack_words(code, name), f"{code}/{name} is empty"
        assert pack_patterns(code, "boilerplate.tsv")
        assert pack_patterns(code, "institutions.tsv")


def test_missing_files_are_empty() -> None:
    assert pack_words("de", "no-such-list.txt") == frozenset()
    assert pack_patterns("xx", "roles.txt") == ()


def test_entries_are_lower_cased_without_comments() -> None:
    words = pack_words("de", "time_words.txt")
    assert "montag" in words and not any(w.startswith("#") for w in words)


def test_pack_code_falls_back_for_languages_without_a_pack() -> None:
    from kg.lang import FALLBACK_CODE, pack_code, pack_codes

    assert pack_code("en") == "en"
    assert pack_code("xx") == FALLBACK_CODE == "de"
    assert pack_code(None) == FALLBACK_CODE
    assert all(pack_code(code) == code for code in pack_codes())
