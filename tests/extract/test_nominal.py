"""Role nouns whose person or organisation the parser hung elsewhere (hand-built parses)."""

import pytest

from kg.extract.dependency import make_dependency_extractor
from kg.types import ActorType as A
from tests.extract.builders import build, document, mentions

GEN = "Case=Gen"


def run(doc, names, lang):
    ex = make_dependency_extractor()
    return {(t.subject.text, t.predicate.id, t.object.text)
            for t in ex(doc, document(doc, lang), mentions(doc, names))}


SECOND_SUBJECT = {
    # "Das sei falsch, sagte der Sprecher der Behörde Zentrax, Tom Berger.": the name parsed as
    # the verb's second subject is the spokesperson, not someone spoken to
    "de": [("Das", 2, "nsubj", "PRON", "das", ""), ("sei", 2, "cop", "AUX", "sein", ""),
           ("falsch", 4, "ccomp", "ADJ", "falsch", ""), (",", 2, "punct", "PUNCT", ",", ""),
           ("sagte", 4, "ROOT", "VERB", "sagen", "VerbForm=Fin"),
           ("der", 6, "det", "DET", "der", ""), ("Sprecher", 4, "nsubj", "NOUN", "Sprecher", ""),
           ("der", 8, "det", "DET", "der", GEN), ("Behörde", 6, "nmod", "NOUN", "Behörde", GEN),
           ("Zentrax", 8, "nmod", "PROPN", "Zentrax", ""), (",", 11, "punct", "PUNCT", ",", ""),
           ("Tom", 4, "nsubj", "PROPN", "Tom", ""), ("Berger", 11, "flat", "PROPN", "Berger", ""),
           (".", 4, "punct", "PUNCT", ".", "")],
    # "That is wrong, said the spokesman of the agency Zentrax, Tom Berger."
    "en": [("That", 2, "nsubj", "PRON", "that", ""), ("is", 2, "cop", "AUX", "be", ""),
           ("wrong", 4, "ccomp", "ADJ", "wrong", ""), (",", 2, "punct", "PUNCT", ",", ""),
           ("said", 4, "ROOT", "VERB", "say", "VerbForm=Fin"),
           ("the", 6, "det", "DET", "the", ""), ("spokesman", 4, "nsubj", "NOUN", "spokesman", ""),
           ("of", 9, "case", "ADP", "of", ""), ("the", 9, "det", "DET", "the", ""),
           ("agency", 6, "nmod", "NOUN", "agency", ""),
           ("Zentrax", 9, "appos", "PROPN", "Zentrax", ""), (",", 12, "punct", "PUNCT", ",", ""),
           ("Tom", 4, "nsubj", "PROPN", "Tom", ""), ("Berger", 12, "flat", "PROPN", "Berger", ""),
           (".", 4, "punct", "PUNCT", ".", "")],
}


@pytest.mark.parametrize("lang", ["de", "en"])
def test_name_parsed_as_second_subject_holds_the_role(lang: str) -> None:
    found = run(build(SECOND_SUBJECT[lang]), {"Tom Berger": A.PERSON, "Zentrax": A.ORGANIZATION},
                lang)
    assert ("Tom Berger", "spokespersonOf", "Zentrax") in found
    assert not any(o == "Tom Berger" for _, _, o in found)


def test_role_of_a_named_newspaper() -> None:
    # "Der Chefredakteur der Zeitung Tagesblick, Emre Yilmaz, warnte.": the newspaper is the
    # name after its noun, not the noun
    doc = build([
        ("Der", 1, "det", "DET", "der", ""),
        ("Chefredakteur", 10, "nsubj", "NOUN", "Chefredakteur", ""),
        ("der", 3, "det", "DET", "der", GEN), ("Zeitung", 1, "nmod", "NOUN", "Zeitung", GEN),
        ("Tagesblick", 3, "nmod", "PROPN", "Tagesblick", ""),
        (",", 6, "punct", "PUNCT", ",", ""), ("Emre", 1, "appos", "PROPN", "Emre", ""),
        ("Yilmaz", 6, "flat", "PROPN", "Yilmaz", ""), (",", 6, "punct", "PUNCT", ",", ""),
        ("gestern", 10, "advmod", "ADV", "gestern", ""),
        ("warnte", 10, "ROOT", "VERB", "warnen", "VerbForm=Fin"),
        (".", 10, "punct", "PUNCT", ".", ""),
    ])
    found = run(doc, {"Emre Yilmaz": A.PERSON, "Tagesblick": A.ORGANIZATION}, "de")
    assert ("Emre Yilmaz", "leads", "Tagesblick") in found


def test_english_role_of_a_named_newspaper() -> None:
    # "The spokeswoman of the newspaper Daily Lantern, Ann Reed, left."
    doc = build([
        ("The", 1, "det", "DET", "the", ""),
        ("spokeswoman", 10, "nsubj", "NOUN", "spokeswoman", ""),
        ("of", 4, "case", "ADP", "of", ""), ("the", 4, "det", "DET", "the", ""),
        ("newspaper", 1, "nmod", "NOUN", "newspaper", ""),
        ("Daily", 6, "compound", "PROPN", "Daily", ""),
        ("Lantern", 4, "appos", "PROPN", "Lantern", ""),
        (",", 8, "punct", "PUNCT", ",", ""), ("Ann", 1, "appos", "PROPN", "Ann", ""),
        ("Reed", 8, "flat", "PROPN", "Reed", ""),
        ("left", 10, "ROOT", "VERB", "leave", "VerbForm=Fin"),
        (".", 10, "punct", "PUNCT", ".", ""),
    ])
    found = run(doc, {"Ann Reed": A.PERSON, "Daily Lantern": A.ORGANIZATION}, "en")
    assert ("Ann Reed", "spokespersonOf", "Daily Lantern") in found


@pytest.mark.parametrize(("lang", "title"), [("de", "Marinesprecherin"), ("en", "spokeswoman")])
def test_title_before_a_name_parsed_as_second_subject(lang: str, title: str) -> None:
    # "Marinesprecherin Jane Roe erklärte, …" / "spokeswoman Jane Roe explained …": the name
    # after a role noun is its title's person, not the one spoken to
    doc = build([
        (title, 3, "nsubj", "NOUN", title, ""),
        ("Jane", 3, "nsubj", "PROPN", "Jane", ""), ("Roe", 1, "flat", "PROPN", "Roe", ""),
        ("erklärte" if lang == "de" else "explained", 3, "ROOT", "VERB",
         "erklären" if lang == "de" else "explain", "VerbForm=Fin"),
        (".", 3, "punct", "PUNCT", ".", ""),
    ])
    found = run(doc, {"Jane Roe": A.PERSON}, lang)
    assert not any(o == "Jane Roe" for _, _, o in found)


def test_second_subject_after_a_non_role_noun_stays_an_object() -> None:
    # "Dann stützte die Regierung Zorvan.": no role noun, no comma: the repair by case stands
    doc = build([
        ("Dann", 1, "advmod", "ADV", "dann", ""),
        ("stützte", 1, "ROOT", "VERB", "stützen", "VerbForm=Fin"),
        ("die", 3, "det", "DET", "die", "Case=Nom"),
        ("Regierung", 1, "nsubj", "NOUN", "Regierung", "Case=Nom"),
        ("Zorvan", 1, "nsubj", "PROPN", "Zorvan", ""), (".", 1, "punct", "PUNCT", ".", ""),
    ])
    found = run(doc, {"Regierung": A.ORGANIZATION, "Zorvan": A.PERSON}, "de")
    assert ("Regierung", "supports", "Zorvan") in found


@pytest.mark.parametrize(("lang", "text", "names", "expected"), [
    # what the parties of a conflict are at odds over (the pack's dispute_preps.txt)
    ("de", "Der Konflikt zwischen Armenien und Aserbaidschan um Berg-Karabach dauert an.",
     {"Armenien": A.COUNTRY, "Aserbaidschan": A.COUNTRY, "Berg-Karabach": A.LOCATION},
     {("Armenien", "lemma:de:Konflikt_um", "Berg-Karabach"),
      ("Aserbaidschan", "lemma:de:Konflikt_um", "Berg-Karabach")}),
    ("en", "The conflict between Armenia and Azerbaijan over Nagorno-Karabakh continues.",
     {"Armenia": A.COUNTRY, "Azerbaijan": A.COUNTRY, "Nagorno-Karabakh": A.LOCATION},
     {("Armenia", "lemma:en:conflict_over", "Nagorno-Karabakh"),
      ("Azerbaijan", "lemma:en:conflict_over", "Nagorno-Karabakh")}),
    # ... also where the parser hung the phrase on the verb right after the noun's phrase
    ("de", "Armenien bat während seines Konflikts mit Aserbaidschan um Berg-Karabach um Hilfe.",
     {"Armenien": A.COUNTRY, "Aserbaidschan": A.COUNTRY, "Berg-Karabach": A.LOCATION},
     {("Aserbaidschan", "lemma:de:Konflikt_um", "Berg-Karabach")}),
])
def test_what_a_conflict_is_over(nlp_de, nlp_en, lang, text, names, expected):
    doc = (nlp_de if lang == "de" else nlp_en)(text)
    got = run(doc, names, lang)
    assert expected <= got, got
