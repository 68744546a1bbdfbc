"""Role nouns, institution nouns and role compounds from the language packs."""

import pytest

from kg.knowledge.roles import (
    compound_prefix,
    institution_noun,
    person_noun,
    role_noun,
    role_owner,
)


@pytest.mark.parametrize(
    ("word", "lang", "role"),
    [
        ("Innenministerin", "de", "minister"),
        ("NEOS-Chef", "de", "chef"),
        ("Landesgeschäftsführer", "de", "geschäftsführer"),
        ("Generalsekretärs", "de", "generalsekretär"),
        ("Staatschef", "de", "präsident"),  # a synonym maps to its line's first noun
        ("Apple-CEO", "de", "chef"),  # German news borrows the English title
        ("CEO", "en", "ceo"),
        ("Vizekanzlerin", "de", "vizekanzler"),
        ("Polizisten", "de", None),
        ("Ministerium", "de", None),
        ("Presidents", "en", "president"),
        ("spokeswoman", "en", "spokeswoman"),
        ("premier", "en", "prime minister"),
        ("government", "en", None),
    ],
)
def test_role_nouns(word: str, lang: str, role: str | None) -> None:
    assert role_noun(word, lang) == role


@pytest.mark.parametrize(
    ("word", "lang", "expected"),
    [
        ("Regierung", "de", ("regierung", "national")),
        ("Militärregierung", "de", ("regierung", "national")),
        ("Parlaments", "de", ("parlament", "national")),
        ("Landesregierung", "de", ("landesregierung", "local")),
        ("Regierungssprecher", "de", None),
        ("Oppositionspartei", "de", None),
        ("government", "en", ("government", "national")),
        ("Parliament", "en", ("parliament", "national")),
        ("governor", "en", None),
        # "-organisation" only ends a compound: the unnamed NGO, not "Organisation des …"
        ("Menschenrechtsorganisation", "de", ("organisation", "local")),
        ("Hilfsorganisationen", "de", ("organisation", "local")),
        ("Organisation", "de", None),
        ("Militärallianz", "de", ("allianz", "local")),
        ("Allianz", "de", None),
        ("organization", "en", ("organization", "local")),
        # chambers, unions, courts, state broadcasters, the national guard
        ("Ärztekammer", "de", ("ärztekammer", "local")),
        ("Handelskammer", "de", ("handelskammer", "local")),
        ("Landesgerichts", "de", ("gericht", "local")),
        ("Verfassungsgericht", "de", ("verfassungsgericht", "national")),
        ("Staatsfernsehen", "de", ("staatsfernsehen", "national")),
        ("Nationalgarde", "de", ("nationalgarde", "national")),
        ("medical association", "en", ("medical association", "local")),
        ("court", "en", ("court", "local")),
        ("state television", "en", ("state television", "national")),
        ("National Guard", "en", ("national guard", "national")),
        # ... never a person's form of one: a trade unionist is no union
        ("Lehrergewerkschafter", "de", None),
        ("Gerichtsverfahren", "de", None),
    ],
)
def test_institution_nouns(word: str, lang: str, expected: tuple[str, str] | None) -> None:
    assert institution_noun(word, lang) == expected


@pytest.mark.parametrize(
    ("word", "prefix"),
    [("ÖVP-Chef", "ÖVP"), ("UNO-Sondergesandter", "UNO"), ("Ex-Minister", "Ex"),
     ("52-Jährige", None), ("Chef", None)],
)
def test_compound_prefix(word: str, prefix: str | None) -> None:
    assert compound_prefix(word) == prefix


def test_noun_caches_give_the_uncached_answer_and_are_bounded() -> None:
    words = ["Bundesgeschäftsführerin", "Übergangsregierung", "Polizisten", "Regierung"]
    for lookup in (role_noun, institution_noun):
        fresh = [lookup.__wrapped__(w, "de") for w in words]
        assert [lookup(w, "de") for w in words] == fresh  # first call fills the cache
        assert [lookup(w, "de") for w in words] == fresh  # second call is served from it
        assert lookup.cache_info().maxsize is not None


@pytest.mark.parametrize(("word", "lang", "owner"), [
    ("Polizeisprecher", "de", "Polizei"),
    ("Regierungssprecherin", "de", "Regierung"),  # the linking s dropped
    ("Pressesprecher", "de", None),  # the press is no institution
    ("Bundespräsident", "de", None),  # "Bund" only counts alone: the head of state
    ("Bundessprecher", "de", None),
    ("Sprecher", "de", None),
    ("spokesman", "en", None),  # English writes the institution apart: "police spokesman"
])
def test_role_owner_of_a_compound(word: str, lang: str, owner: str | None) -> None:
    assert role_owner(word, lang) == owner


@pytest.mark.parametrize(("word", "found"), [
    ("Führung", "führung"), ("Führungen", "führung"),  # a noun listed to stand alone …
    ("Einführung", None), ("Entführung", None),  # … ends no compound
    ("Staatsführung", "staatsführung"),  # (listed on its own)
    ("Bund", "bund"), ("Bundes", "bund"), ("Gemeindebund", "gemeindebund"), ("Ehebund", None),
])
def test_a_noun_that_only_stands_alone(word: str, found: str | None) -> None:
    hit = institution_noun(word, "de")
    assert (hit[0] if hit else None) == found


@pytest.mark.parametrize(("word", "lang", "found"), [
    ("Passant", "de", True), ("US-Bürger", "de", True), ("woman", "en", True),
    ("woman", None, True),  # without a language every pack's nouns count
    ("Ehmann", "de", False), ("Landesparteiobmann", "de", False),  # closed compounds: no
    ("woman", "de", False),
])
def test_person_nouns(word: str, lang: str | None, found: bool) -> None:
    assert person_noun(word, lang) is found
