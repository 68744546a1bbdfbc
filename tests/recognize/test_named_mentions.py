"""Named mentions versus descriptions, boilerplate names, known names ending in institutions."""

import pytest
import spacy

from kg.recognize.ner import BOILERPLATE_NAMES
from kg.recognize.rules import is_description


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # an institution noun is an actor found by a common noun: a description, not a name
        ("de", "Die türkische Regierung und die Nato stritten.",
         [("türkische Regierung", True), ("Nato", False)]),
        ("de", "Die Polizei und das Parlament schwiegen.",
         [("Polizei", True), ("Parlament", True)]),
        ("en", "The government and NATO disagreed.", [("government", True), ("NATO", False)]),
        # a known name that ends with an institution noun stays the gazetteer's name
        ("de", "Der Beschluss des Europäischen Parlaments kam spät.",
         [("Europäischen Parlaments", False)]),
        ("en", "The decision of the European Parliament came late.",
         [("European Parliament", False)]),
    ],
)
def test_descriptions_and_names(blank: dict[str, spacy.language.Language], lang: str, text: str,
                                expected: list[tuple[str, bool]]) -> None:
    assert [(e.text, is_description(e)) for e in blank[lang](text).ents] == expected


@pytest.mark.parametrize(
    ("lang", "text", "ents", "kept_out"),
    [
        # the dateline's place and the agency tag (a known agency) are names kept out
        ("de", "Berlin ( Reuters ) - Die SPD tagte.", ["SPD"], ["Berlin", "Reuters"]),
        ("de", "Wien – Die Nato tagte am Montag. (APA, 4.4.2016)", ["Nato"], ["Wien", "APA"]),
        ("en", "OTTAWA (Reuters) - NATO disagreed.", ["NATO"], ["OTTAWA", "Reuters"]),
    ],
)
def test_boilerplate_names_are_kept_out_of_the_actors(
    blank: dict[str, spacy.language.Language], lang: str, text: str, ents: list[str],
    kept_out: list[str],
) -> None:
    """Agency tags and datelines are names (an NER corpus tags them), but no actors."""
    doc = blank[lang](text)
    assert [e.text for e in doc.ents] == ents
    assert [e.text for e in doc.spans[BOILERPLATE_NAMES]] == kept_out


@pytest.mark.parametrize(
    ("text", "absent"),
    [("Über die Jahre werden weitere folgen .", "Über"),  # folds to Uber, but is a preposition
     ("Über die bislang genannte Zahl wird gestritten .", "Über")],
)
def test_function_words_are_no_gazetteer_names(nlp_de: spacy.language.Language, text: str,
                                               absent: str) -> None:
    assert absent not in [e.text for e in nlp_de(text).ents]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # large companies from the gazetteer, German and English
        ("de", "Honda und Nissan bauen in Tschechien ein gemeinsames Werk.",
         [("Honda", "Organization"), ("Nissan", "Organization"), ("Tschechien", "Country")]),
        ("de", "Die Münchener Rück zahlt mehr als die Allianz SE.",
         [("Münchener Rück", "Organization"), ("Allianz SE", "Organization")]),
        ("de", "Novomatic übernimmt Anteile eines Konkurrenten.",
         [("Novomatic", "Organization")]),
        ("en", "Ryanair and Turkish Airlines cut their fares.",
         [("Ryanair", "Organization"), ("Turkish Airlines", "Organization")]),
        ("en", "Pfizer bought a stake in AstraZeneca.",
         [("Pfizer", "Organization"), ("AstraZeneca", "Organization")]),
        # a company listed only in its group form: the surname alone is no company
        ("de", "Trainer Bayer lobte die Bayer AG.", [("Bayer AG", "Organization")]),
    ],
)
def test_large_companies(blank: dict[str, spacy.language.Language], lang: str, text: str,
                         expected: list[tuple[str, str]]) -> None:
    got = [(e.text, e.label_) for e in blank[lang](text).ents]
    assert [g for g in got if g[1] in {"Organization", "Country"}] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # newspapers, broadcasters and agencies
        ("de", "Das berichteten der Tagesspiegel und N24 unter Berufung auf Xinhua.",
         [("Tagesspiegel", "Organization"), ("N24", "Organization"), ("Xinhua", "Organization")]),
        ("en", "The Guardian and Al Jazeera quoted Interfax.",
         [("The Guardian", "Organization"), ("Al Jazeera", "Organization"),
          ("Interfax", "Organization")]),
        # a title that is also a word is no medium alone
        ("de", "Die Welt schaut auf die Zeit danach.", []),
    ],
)
def test_media(blank: dict[str, spacy.language.Language], lang: str, text: str,
               expected: list[tuple[str, str]]) -> None:
    assert [(e.text, e.label_) for e in blank[lang](text).ents] == expected
