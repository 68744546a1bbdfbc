"""Colour nouns naming the party of their colour the text names (die Roten beside the SPÖ)."""

from collections.abc import Callable

import pytest
from spacy.language import Language

from kg.errors import ConfigError
from kg.knowledge import colours
from kg.recognize.rules import is_description


def colour_ents(nlp: Language, text: str, word: str) -> list[tuple[str, str, str]]:
    """Return (label, rule, key) of the actor spans that are ``word``."""
    return [(e.label_, e.id_, e.kb_id_) for e in nlp(text).ents if e.text == word]


PARTY = [("Organization", "party-colour", "SPO")]

ROWS = [
    # the one party of the colour the text names: the colour noun is that party
    ("de", "Die SPÖ verliert. Dafür brauchen die Roten die Stimmen der ÖVP.", "Roten", PARTY),
    ("de", "Die SPÖ verliert. Entholzer soll den Regierungssitz der Roten erhalten.", "Roten",
     PARTY),
    ("de", "Die FPÖ klagt. Das ist ein Erfolg der Blauen.", "Blauen",
     [("Organization", "party-colour", "FPO")]),
    ("de", "Die CDU siegt. Die Schwarzen jubeln.", "Schwarzen",
     [("Organization", "party-colour", "CDU")]),
    ("de", "Die NEOS wachsen, und die Pinken feiern.", "Pinken",
     [("Organization", "party-colour", "NEOS")]),
    # a role compound names the party too; adjectives may stand after the article
    ("de", "SPÖ-Chef Kern tagte mit den Tiroler Roten.", "Roten", PARTY),
    # no party of the colour named (Ferrari's team): nothing
    ("de", "Ferrari gewann. Die Fußstapfen, so die Meinung bei den Roten, sind groß.", "Roten",
     []),
    # the ÖVP is black, not red
    ("de", "Die ÖVP verliert. Dafür brauchen die Roten die Stimmen.", "Roten", []),
    # two red parties named: no guess
    ("de", "Die SPÖ und die SPD treffen sich. Die Roten feiern.", "Roten", []),
    # an adjective, lower-case or of a name, is no party
    ("de", "Die SPÖ zieht die roten Linien.", "roten", []),
    ("de", "Die SPÖ erinnert an die Soldaten der Roten Armee.", "Roten", []),
    ("de", "Die SPÖ dankt dem Roten Kreuz.", "Roten", []),
    # no article: no noun of a party
    ("de", "Die SPÖ verliert Roten gegenüber.", "Roten", []),
    # English names no party by colour: the pack lists none
    ("en", "Labour lost the vote. The Reds celebrated.", "Reds", []),
    ("en", "The Conservatives won, and the Blues cheered.", "Blues", []),
]


@pytest.mark.parametrize(("lang", "text", "word", "expected"), ROWS)
def test_colour_nouns_blank(blank: dict[str, Language], lang: str, text: str, word: str,
                            expected: list[tuple[str, str, str]]) -> None:
    assert colour_ents(blank[lang], text, word) == expected


@pytest.mark.parametrize(("lang", "text", "word", "expected"), [
    *ROWS,
    # the corpus's sentences, with the tagger's parts of speech
    ("de", "Die SPÖ tagt. Dafür brauchen die Roten die Stimmen der Blauen oder der ÖVP.",
     "Roten", PARTY),
    ("de", "Die FPÖ klagt. Die Blauen wollen beim VfGH nun eine Neuausschreibung.", "Blauen",
     [("Organization", "party-colour", "FPO")]),
    ("de", "Die FPÖ ist stark. Trauen die Wähler den Blauen in Sachen Asyl?", "Blauen",
     [("Organization", "party-colour", "FPO")]),
])
def test_colour_nouns_tagged(recognizer: Callable[[str], Language], lang: str, text: str,
                             word: str, expected: list[tuple[str, str, str]]) -> None:
    # the model's own guesses stay as they were (English: "the Reds" an unkeyed Organization)
    found = colour_ents(recognizer(lang), text, word)
    assert [e for e in found if e[1] != "model"] == expected
    assert all(not key for _, rule, key in found if rule == "model")


def test_colour_nouns_are_no_names(blank: dict[str, Language]) -> None:
    """A colour noun describes its party: NER scores (GermEval) leave it out."""
    doc = blank["de"]("Die SPÖ verliert. Dafür brauchen die Roten die Stimmen.")
    found = {e.text: is_description(e) for e in doc.ents}
    assert found == {"SPÖ": False, "Roten": True}


@pytest.mark.parametrize(("form", "named", "expected"), [
    ("Roten", {"SPO", "OVP"}, "SPO"),
    ("Roten", {"SPO", "SPD"}, None),
    ("Roten", {"Ferrari"}, None),
    ("Türkisen", {"OVP"}, "OVP"),
    ("roten", {"SPO"}, None),
])
def test_colour_party(form: str, named: set[str], expected: str | None) -> None:
    assert colours.colour_party(form, "de", named) == expected


def test_english_and_french_packs_list_no_colours() -> None:
    assert not colours.party_colours("en")
    assert not colours.party_colours("fr")


def test_an_unknown_party_id_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    colours.party_colours.cache_clear()
    monkeypatch.setattr(colours, "pack_patterns",
                        lambda lang, name: ("form\tparties", "Lila\tNo_Such_Party"))
    try:
        with pytest.raises(ConfigError, match="No_Such_Party"):
            colours.party_colours("de")
    finally:
        colours.party_colours.cache_clear()
