"""Organisations, services and groups named in the constructions of news (round 10)."""

import pytest
import spacy


def _ents(nlp: spacy.language.Language, text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in nlp(text).ents]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a medium's noun names the medium after it: a channel, a portal (org_cues.txt)
        ("de", "Das berichtete der Info-Kanal TVP am Montag.", [("TVP", "Organization")]),
        ("de", "Laut dem Nachrichtenportal Bivol wurde gezahlt.", [("Bivol", "Organization")]),
        ("en", "The news channel TVP reported on Monday.", [("TVP", "Organization")]),
        ("en", "The state broadcaster RAI said so.", [("RAI", "Organization")]),
        ("en", "The news portal Bivol reported the payment.", [("Bivol", "Organization")]),
        # a canal is no medium: a known country after it stays the country
        ("de", "Der Sueskanal Ägypten verbindet die Meere.", [("Ägypten", "Country")]),
    ],
)
def test_media_nouns_name_the_medium(blank: dict[str, spacy.language.Language], lang: str,
                                     text: str, expected: list[tuple[str, str]]) -> None:
    assert _ents(blank[lang], text) == expected
