"""Organisations, services and groups named in the constructions of news (round 10)."""

import pytest
import spacy
from spacy.tokens import Doc


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
        # a channel's number, and an acronym whatever its tag
        ("de", "Das sagte Lawrow dem staatlichen Fernsehsender Rossija 1 am Samstag.",
         [("Lawrow", "Person"), ("Rossija 1", "Organization")]),
        ("de", "Ziele seien zerstört worden, sagte Lawrow dem TV-Sender RT.",
         [("Lawrow", "Person"), ("RT", "Organization")]),
        ("en", "Lavrov told the state broadcaster Rossiya 1 on Saturday.",
         [("Lavrov", "Person"), ("Rossiya 1", "Organization")]),
        # an observatory is an organisation head (org_heads.txt)
        ("de", "Das meldete die Syrische Beobachtungsstelle für Menschenrechte.",
         [("Syrische Beobachtungsstelle für Menschenrechte", "Organization")]),
        ("en", "The Observatory for Human Rights reported the attack.",
         [("Observatory for Human Rights", "Organization")]),
        # a name on both sides of its head outranks a known word inside it (no demonym)
        ("en", "The Syrian Observatory for Human Rights reported the attack.",
         [("Syrian Observatory for Human Rights", "Organization")]),
        ("de", "Das Deutsche Institut für Wirtschaftsforschung warnte.",
         [("Deutsche Institut für Wirtschaftsforschung", "Organization")]),
        # a canal is no medium: a known country after it stays the country
        ("de", "Der Sueskanal Ägypten verbindet die Meere.", [("Ägypten", "Country")]),
    ],
)
def test_media_nouns_name_the_medium(blank: dict[str, spacy.language.Language], lang: str,
                                     text: str, expected: list[tuple[str, str]]) -> None:
    assert _ents(blank[lang], text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a school is an organisation head: with its seat, or with a name in front
        ("de", "Die Klassen der Realschule Spaichingen sammelten Geld.",
         [("Realschule Spaichingen", "Organization")]),
        ("de", "Der Chor des Otto-Schott-Gymnasium singt.",
         [("Otto-Schott-Gymnasium", "Organization")]),
        ("de", "Eingeladen hat die Friedrich-Ebert-Stiftung.",
         [("Friedrich-Ebert-Stiftung", "Organization")]),
        ("en", "The event was hosted by the Friedrich-Ebert-Stiftung.",
         [("Friedrich-Ebert-Stiftung", "Organization")]),
        ("en", "He taught at the London Business School.",
         [("London Business School", "Organization")]),
        ("en", "The choir of the Otto-Schott-Gymnasium sang.",
         [("Otto-Schott-Gymnasium", "Organization")]),
        # a school alone is none, and an acronym's compound is no hyphenated name
        ("de", "Die Schule bleibt geschlossen.", []),
        ("en", "The school stays closed.", []),
        ("de", "Es tagten die EU-Kommission und die UN-Umwelt-Kommission.",
         [("EU-Kommission", "Organization")]),
    ],
)
def test_schools_and_hyphenated_names(blank: dict[str, spacy.language.Language], lang: str,
                                      text: str, expected: list[tuple[str, str]]) -> None:
    assert [g for g in _ents(blank[lang], text) if g[1] == "Organization"] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a known town the tagger reads as a noun is the seat after a head (not a known word)
        ("de", "Über 14 200 Euro haben die Klassen der Realschule Spaichingen gesammelt .",
         "Realschule Spaichingen"),
        ("en", "Pupils of the Grammar School Spaichingen collected money .",
         "Grammar School Spaichingen"),
    ],
)
def test_seat_after_a_head_whatever_its_tag(recognizer, lang: str, text: str,  # type: ignore[no-untyped-def]
                                            expected: str) -> None:
    assert expected in [e.text for e in recognizer(lang)(text).ents]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a club prefix, the founding year's digits and the name
        ("de", "Er begann bei der SG 01 Höchst.", [("SG 01 Höchst", "Organization")]),
        ("en", "He started out at FC 08 Homburg.", [("FC 08 Homburg", "Organization")]),
        # a club's town written together with its river or district
        ("de", "Sie spielen mit dem TSV Odenhausen/Lahn.",
         [("TSV Odenhausen/Lahn", "Organization")]),
        ("en", "They play with TSV Odenhausen/Lahn.", [("TSV Odenhausen/Lahn", "Organization")]),
        # a slash with spaces parts two names
        ("de", "Das Spiel TSV Odenhausen / Lahn fiel aus.", [("TSV Odenhausen", "Organization")]),
    ],
)
def test_club_names(blank: dict[str, spacy.language.Language], lang: str, text: str,
                    expected: list[tuple[str, str]]) -> None:
    assert [g for g in _ents(blank[lang], text) if g[1] == "Organization"] == expected


@pytest.mark.parametrize(
    ("lang", "words", "tags", "expected"),
    [
        # a club prefix after an article names the club the text is about
        ("de", ["Der", "TSV", "kam", "zu", "Chancen", "."],
         ["ART", "NE", "VVFIN", "APPR", "NN", "$."], [("TSV", "Organization")]),
        ("de", ["Das", "Tor", "fiel", "beim", "VfB", "."],
         ["ART", "NN", "VVFIN", "APPRART", "NE", "$."], [("VfB", "Organization")]),
        ("en", ["The", "TSV", "had", "chances", "."],
         ["DT", "NNP", "VBD", "NNS", "."], [("TSV", "Organization")]),
        # not without an article, nor a two-letter prefix that is also a word
        ("de", ["TSV", "und", "SV", "spielten", "."],
         ["NE", "KON", "NE", "VVFIN", "$."], []),
        ("en", ["The", "AS", "stands", "for", "it", "."],
         ["DT", "NNP", "VBZ", "IN", "PRP", "."], []),
    ],
)
def test_club_prefix_alone(blank: dict[str, spacy.language.Language], lang: str,
                           words: list[str], tags: list[str],
                           expected: list[tuple[str, str]]) -> None:
    nlp = blank[lang]
    doc = nlp(Doc(nlp.vocab, words=words, tags=tags))
    assert [(e.text, e.label_) for e in doc.ents if e.label_ == "Organization"] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # services that act as one body are institutions, found by their noun (descriptions)
        ("de", "Nach Angaben der Rettungsdienste starben drei Menschen.", ["Rettungsdienste"]),
        ("de", "Die Feuerwehr rückte aus.", ["Feuerwehr"]),
        ("de", "Die griechische Küstenwache rettete 40 Menschen.", ["griechische Küstenwache"]),
        # English writes them apart: two lower-case words are one institution noun
        ("en", "According to the emergency services, three people died.",
         ["emergency services"]),
        ("en", "The fire brigade arrived.", ["fire brigade"]),
        ("en", "The Greek coast guard rescued 40 people.", ["Greek coast guard"]),
        ("en", "The city council voted against it.", ["city council"]),
        # a first word that is not the list's leaves the head alone (the service is no body)
        ("en", "The emergency was declared by the state.", []),
    ],
)
def test_services_are_institutions(blank: dict[str, spacy.language.Language], lang: str,
                                   text: str, expected: list[str]) -> None:
    from kg.recognize.rules import is_description

    doc = blank[lang](text)
    assert [e.text for e in doc.ents if is_description(e)] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # ethnic and religious groups a text names as collectives (group_nouns.txt)
        ("de", "Es kam zu Kämpfen zwischen Hutus und Tutsis.",
         [("Hutus", "Group"), ("Tutsis", "Group")]),
        ("de", "Sunniten griffen Schiiten an.", [("Sunniten", "Group"), ("Schiiten", "Group")]),
        ("en", "Fighting broke out between Hutus and Tutsis.",
         [("Hutus", "Group"), ("Tutsis", "Group")]),
        ("en", "Sunnis attacked Shiites.", [("Sunnis", "Group"), ("Shiites", "Group")]),
    ],
)
def test_ethnic_groups(blank: dict[str, spacy.language.Language], lang: str, text: str,
                       expected: list[tuple[str, str]]) -> None:
    assert _ents(blank[lang], text) == expected


@pytest.mark.parametrize(
    ("lang", "words", "pos", "morphs", "expected"),
    [
        # a plural institution noun after an adjective of several countries is a collective
        ("de", ["Westliche", "Regierungen", "kritisierten", "die", "Wahl", "."],
         ["ADJ", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
         ["Number=Plur", "Number=Plur", "", "", "", ""],
         [("Westliche Regierungen", "Group")]),
        ("en", ["Foreign", "governments", "protested", "."], ["ADJ", "NOUN", "VERB", "PUNCT"],
         ["Degree=Pos", "Number=Plur", "", ""], [("Foreign governments", "Group")]),
        # other adjectives leave one body, and so does a singular
        ("de", ["Die", "zuständigen", "Behörden", "schwiegen", "."],
         ["DET", "ADJ", "NOUN", "VERB", "PUNCT"],
         ["", "Number=Plur", "Number=Plur", "", ""], [("Behörden", "Organization")]),
        ("en", ["The", "local", "authorities", "said", "nothing", "."],
         ["DET", "ADJ", "NOUN", "VERB", "PRON", "PUNCT"],
         ["", "Degree=Pos", "Number=Plur", "", "", ""], [("authorities", "Organization")]),
        ("de", ["Die", "westliche", "Regierung", "schwieg", "."],
         ["DET", "ADJ", "NOUN", "VERB", "PUNCT"],
         ["", "Number=Sing", "Number=Sing", "", ""], [("Regierung", "Organization")]),
    ],
)
def test_plural_institutions_of_several_countries(
    blank: dict[str, spacy.language.Language], lang: str, words: list[str], pos: list[str],
    morphs: list[str], expected: list[tuple[str, str]],
) -> None:
    nlp = blank[lang]
    doc = nlp(Doc(nlp.vocab, words=words, pos=pos, morphs=morphs))
    assert [(e.text, e.label_) for e in doc.ents if e.label_ in {"Group", "Organization"}] \
        == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a field head after a definite article takes its field: an article, adjectives,
        # link words between capitalised words
        ("de", "Nach einem Bericht der Organisation für das Verbot chemischer Waffen waren "
               "Gase eingesetzt worden .",
         ["Organisation für das Verbot chemischer Waffen"]),
        ("de", "Das erklärt Matthias Marschik vom Institut für Publizistik so .",
         ["Institut für Publizistik"]),
        ("de", "Eine Studie der Organisation für wirtschaftliche Zusammenarbeit und Entwicklung "
               "zeigt das .",
         ["Organisation für wirtschaftliche Zusammenarbeit und Entwicklung"]),
        ("en", "A report by the Organisation for the Prohibition of Chemical Weapons said so .",
         ["Organisation for the Prohibition of Chemical Weapons"]),
        # … and a place's genitive ending the name
        ("de", "An der Hochschule für Technik und Wirtschaft des Saarlandes lehrt er .",
         ["Hochschule für Technik und Wirtschaft des Saarlandes"]),
        # a capitalised genitive without an article is the name's (German), as an "of"
        # phrase is (English)
        ("de", "Ähnlich äußerte sich der Zentralrat Deutscher Sinti und Roma .",
         ["Zentralrat Deutscher Sinti und Roma"]),
        ("de", "Der Verband Österreichischer Zeitungen kritisierte das Gesetz .",
         ["Verband Österreichischer Zeitungen"]),
        ("en", "The Central Council of German Sinti and Roma spoke out .",
         ["Central Council of German Sinti and Roma"]),
        # a lowercase genitive is the head's description
        ("de", "Der Verband wütender Zeitungsleser schwieg .", []),
        # not after an indefinite article, nor a head that is no field head
        ("de", "In Singapur wurde ein Institut für Komplexitätsforschung gegründet .", []),
        ("de", "Die Schüler sahen eine Empfehlung der Schule für Jugendkonten .", []),
        ("de", "Die Zahnklinik äußerte sich zur neuen Betriebsvereinbarung .", []),
        ("en", "A new institute for the study of climate was founded .", []),
    ],
)
def test_field_heads_after_a_definite_article(recognizer, lang: str, text: str,  # type: ignore[no-untyped-def]
                                              expected: list[str]) -> None:
    ents = recognizer(lang)(text).ents
    assert [e.text for e in ents if e.label_ == "Organization"] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a known organisation's statement or inquiry names it (statement_compounds.txt)
        ("de", "Das sagte der Minister auf STANDARD-Anfrage.",
         [("STANDARD", "Organization", "compound")]),
        ("de", "Laut UNO-Angaben starben 40 Menschen.", [("UNO", "Organization", "compound")]),
        # ... or a known country's
        ("de", "US-Informationen zufolge wurde Senfgas eingesetzt.",
         [("US", "Country", "compound")]),
        # not an unknown acronym's (a study, a test), nor another noun
        ("de", "Die PISA-Studie und die PISA-Umfrage zeigen das.", []),
        ("de", "Auf STANDARD-Papier gedruckt.", []),
        # English splits the compound at its hyphen: the name is a token of its own
        ("en", "In a BBC-interview, the minister said so.",
         [("BBC", "Organization", "gazetteer")]),
        ("en", "According to US-information, mustard gas was used.",
         [("US", "Country", "gazetteer")]),
        ("en", "The PISA-survey shows it.", []),
    ],
)
def test_statement_compounds_name_their_organisation(
    blank: dict[str, spacy.language.Language], lang: str, text: str,
    expected: list[tuple[str, str, str]],
) -> None:
    from kg.recognize.mentions import find_mentions
    from kg.types import Document

    found = find_mentions(blank[lang](text), Document("t", text))
    assert [(m.text, m.type.value, m.source) for m in found] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a club or society (Verein) with a place's adjective is a name (org_heads.txt)
        ("de", "Das rät der Hamburger Mieterverein.", [("Hamburger Mieterverein", "Organization")]),
        ("de", "Das Konzert des Wiener Musikvereins fiel aus.",
         [("Wiener Musikvereins", "Organization")]),
        ("en", "Advice came from the Hamburger Mieterverein.",
         [("Hamburger Mieterverein", "Organization")]),
        # a society without a name word is none
        ("de", "Das rät der Verein.", []),
        ("en", "Advice came from the Verein.", []),
    ],
)
def test_societies_with_a_place_adjective(blank: dict[str, spacy.language.Language], lang: str,
                                          text: str, expected: list[tuple[str, str]]) -> None:
    assert [g for g in _ents(blank[lang], text) if g[1] == "Organization"] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # "on" joins an English head to the rest of its name (name_links.txt), in English and
        # German texts alike
        ("en", "The Council on Foreign Relations published a report.",
         ["Council on Foreign Relations"]),
        ("en", "The Committee on Foreign Affairs met.", ["Committee on Foreign Affairs"]),
        ("de", "Ein Bericht des International Council on Human Rights zeichnet ein düsteres Bild.",
         ["International Council on Human Rights"]),
        # a time after the link is no part of the name
        ("en", "The Security Council on Monday condemned the attack.", ["Security Council"]),
    ],
)
def test_on_joins_an_english_head(blank: dict[str, spacy.language.Language], lang: str,
                                  text: str, expected: list[str]) -> None:
    assert [e.text for e in blank[lang](text).ents if e.label_ == "Organization"] == expected


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        # an unknown name set off before a description a place noun heads is a place
        ("de", "Die Armee griff Sirte, eine ehemalige Hochburg von Gaddafi, an.", "Sirte"),
        ("de", "Die Armee griff Laschkar Gah, die Provinzhauptstadt von Helmand, an.",
         "Laschkar Gah"),
        ("en", "The army attacked Sirte, a former stronghold of Gaddafi.", "Sirte"),
    ],
)
def test_a_name_described_as_a_place_is_one(lang: str, text: str, place: str) -> None:
    # kg's whole pipeline: the rule reads the tagger's parts of speech
    from kg.pipeline.stages import Settings, analyse
    from kg.types import Document

    found = next(iter(analyse([Document(id="d", text=text, lang=lang)], Settings(lang=lang))))
    assert (place, "Location") in {(m.text, m.type.value) for m in found.mentions}


def test_a_name_described_by_another_noun_is_no_place(
        blank: dict[str, spacy.language.Language]) -> None:
    got = _ents(blank["de"], "Das sagte Wolff, ein Anwalt aus Wien.")
    assert ("Wolff", "Location") not in got, got
