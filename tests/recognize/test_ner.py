from collections.abc import Callable

import pytest
import spacy

from kg.errors import LanguageError
from kg.recognize.mentions import find_mentions
from kg.recognize.ner import COMPONENT, add_actor_recognizer
from kg.recognize.rules import acronym_definitions
from kg.types import Document


@pytest.fixture(scope="module")
def nlp() -> spacy.language.Language:
    nlp = spacy.blank("de")
    add_actor_recognizer(nlp, "de", statistical=False)
    return nlp


def ents(nlp: spacy.language.Language, text: str) -> list[tuple[str, str, str]]:
    return [(e.text, e.label_, e.kb_id_) for e in nlp(text).ents]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die USA und Russland verhandeln in Genf.",
         [("USA", "Country", "Q30"), ("Russland", "Country", "Q159"), ("Genf", "Location", "")]),
        ("Der Kreml und die Nato schweigen.",
         [("Kreml", "Organization", "Kremlin"), ("Nato", "Organization", "Q7184")]),
        ("Präsident Wladimir Putin sprach. Später lobte Putin die Armee.",
         [("Wladimir Putin", "Person", "Q7747"), ("Putin", "Person", "Q7747"),
          ("Armee", "ArmedForce", "")]),
        ("Er ist Gründer der Bewegung Krytyka Polityczna und lebt in Warschau.",
         [("Krytyka Polityczna", "Organization", ""), ("Warschau", "Location", "")]),
        ("Die Entsendung russischer Truppen nach Kasachstan.",
         [("russischer Truppen", "ArmedForce", ""), ("Kasachstan", "Country", "Q232")]),
        ("Die Demonstranten forderten den Rücktritt.", [("Demonstranten", "Group", "")]),
        ("Die Russen wählen.", [("Russen", "Group", "Russians")]),
        ("Ein weissrussischer Sender berichtet.", [("weissrussischer", "Country", "Q184")]),
        ("Die Organisation des Vertrags über kollektive Sicherheit (OVKS) tagt. Die OVKS schweigt.",
         [("Organisation des Vertrags über kollektive Sicherheit", "Organization", "CSTO"),
          ("OVKS", "Organization", "CSTO"), ("OVKS", "Organization", "CSTO")]),
    ],
)
def test_recognizes_actors(nlp: spacy.language.Language, text: str,
                           expected: list[tuple[str, str, str]]) -> None:
    assert ents(nlp, text) == expected


def test_a_word_acronym_defined_in_text_is_an_organisation(
        nlp: spacy.language.Language) -> None:
    doc = nlp("Die Österreichische Bundes- und Industriebeteiligungen GmbH (Öbib) prüft. "
              "Dann lehnte die Öbib ab.")
    assert [(e.text, e.label_) for e in doc.ents][-1] == ("Öbib", "Organization")


def test_acronym_defined_in_text_is_bound(nlp: spacy.language.Language) -> None:
    doc = nlp("Der Bund der Freien Kaufleute (BFK) tagt. Die BFK fordert mehr.")
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Bund der Freien Kaufleute", "Organization"), ("BFK", "Organization"),
        ("BFK", "Organization")]
    assert list(acronym_definitions(doc)) == [(1, 5, 6)]


@pytest.mark.parametrize(
    ("lang", "text", "long_form", "acronym"),
    [
        # a compound noun gives several letters: Ö + R(echtsanwalts)K(ammer)… → ÖRBK
        ("de", "Es warnt der Präsident des Österreichischen Rechtsbeistandskammertages (ÖRBK).",
         "Österreichischen Rechtsbeistandskammertages", "ÖRBK"),
        ("de", "Das Landeskriminalamt (LKA) ermittelt.", "Landeskriminalamt", "LKA"),
        ("en", "The Northwind Broadcasting Corporation (NBC) said so.",
         "Northwind Broadcasting Corporation", "NBC"),
        ("en", "The Homeland Securitycouncil (HSC) met.", "Homeland Securitycouncil", "HSC"),
        # a short acronym written as a word; a legal form gives it no letter
        ("de", "Die Österreichische Bundes- und Industriebeteiligungen GmbH (Öbib) hält Anteile.",
         "Österreichische Bundes- und Industriebeteiligungen GmbH", "Öbib"),
        ("en", "The North Atlantic Treaty Organisation (Nato) met.",
         "North Atlantic Treaty Organisation", "Nato"),
        ("en", "Shares of Sunway Optical Holdings Ltd (SOH) fell.", "Sunway Optical Holdings Ltd",
         "SOH"),
    ],
)
def test_acronym_of_a_compound_long_form(lang: str, text: str, long_form: str,
                                         acronym: str) -> None:
    doc = spacy.blank(lang)(text)
    found = [(doc[s:e].text, doc[a].text) for s, e, a in acronym_definitions(doc)]
    assert found == [(long_form, acronym)]


@pytest.mark.parametrize("text", ["(ABC) steht allein.", "Der Hund (KATZE) bellt.",
                                  "Die Kommission (KATZE) tagt.",
                                  "Er sprach mit Anna Berger (Berlin)."])
def test_acronym_without_matching_long_form(nlp: spacy.language.Language, text: str) -> None:
    assert list(acronym_definitions(nlp(text))) == []


def test_lowercase_words_are_not_actors(nlp: spacy.language.Language) -> None:
    assert ents(nlp, "die eu-weite regel gilt für us und nato nicht.") == []


def test_mentions_carry_base_forms_and_keys(nlp: spacy.language.Language) -> None:
    text = "Die Intervention Russlands überrascht. Präsident Wladimir Putin will mehr. Putins Plan."
    found = {m.text: m for m in find_mentions(nlp(text), Document("d1", text))}
    assert (found["Russlands"].lemma, found["Russlands"].key) == ("Russland", "Q159")
    assert found["Russlands"].source == "gazetteer"
    assert found["Putins"].lemma == "Putin"
    assert found["Wladimir Putin"].lemma == ""  # already the base form
    assert found["Russlands"].start == text.index("Russlands")


@pytest.mark.parametrize(
    ("text", "span", "lemma"),
    [("Der Einsatz russischer Truppen endet.", "russischer Truppen", "russische Truppen"),
     ("Ein russischer Sender berichtet.", "russischer", "Russia"),
     ("Die Ziele des Kremls sind unklar.", "Kremls", "Kreml")],
)
def test_lemmas(nlp: spacy.language.Language, text: str, span: str, lemma: str) -> None:
    found = {m.text: m for m in find_mentions(nlp(text), Document("d", text))}
    assert found[span].lemma == lemma


def test_adding_twice_is_idempotent(nlp: spacy.language.Language) -> None:
    add_actor_recognizer(nlp, "de", statistical=False)
    assert nlp.pipe_names.count(COMPONENT) == 1


def test_unsupported_language() -> None:
    with pytest.raises(LanguageError, match="supports de, en, fr"):
        add_actor_recognizer(spacy.blank("en"), "sw")


def test_english_gazetteer_and_model_labels() -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "PERSON", "pattern": "Olaf Scholz"},
                        {"label": "DATE", "pattern": "Monday"},
                        {"label": "GPE", "pattern": "Russia"}])
    add_actor_recognizer(nlp, "en")
    doc = nlp("On Monday Olaf Scholz met Russian officials and Russian troops in Russia.")
    assert [(e.text, e.label_, e.kb_id_) for e in doc.ents] == [
        ("Olaf Scholz", "Person", ""), ("Russian", "Country", "Q159"),
        ("Russian troops", "ArmedForce", ""), ("Russia", "Country", "Q159")]
    assert [s.text for s in doc.spans["kg_other"]] == ["Monday"]


@pytest.mark.slow
def test_sources_kgs_german_ner_model() -> None:
    from kg.recognize.ner import ner_model_path

    if not (ner_model_path() / "config.cfg").is_file():
        pytest.skip("kg's German NER model is not installed")
    nlp = spacy.blank("de")
    add_actor_recognizer(nlp, "de")
    assert nlp.pipe_names == ["kg_hanta", "ner", COMPONENT]
    doc = nlp("Unter Nursultan Nasarbajew verfolgte Kasachstan eine neue Politik.")
    assert ("Nursultan Nasarbajew", "Person") in [(e.text, e.label_) for e in doc.ents]


def test_ner_brings_the_tag_component_its_pipeline_runs(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from spacy.training import Example

    # a NER pipeline whose ner reads a tagger's tags (kg_stts), as kg's German one may
    source = spacy.blank("de")
    source.add_pipe("tagger", name="kg_stts")
    source.add_pipe("ner")
    doc = source.make_doc("Olaf Scholz spricht .")
    examples = [Example.from_dict(doc, {"tags": ["NE", "NE", "VVFIN", "$."],
                                        "entities": ["B-PER", "L-PER", "O", "O"]})]
    source.initialize(lambda: examples)
    source.to_disk(tmp_path / "ner")
    bare = spacy.blank("de")
    add_actor_recognizer(bare, "de", ner_path=tmp_path / "ner")
    assert bare.pipe_names == ["kg_stts", "ner", COMPONENT]
    tagged = spacy.blank("de")
    tagged.add_pipe("kg_stts", source=spacy.load(tmp_path / "ner"))
    tagged.add_pipe("sentencizer")
    add_actor_recognizer(tagged, "de", ner_path=tmp_path / "ner")
    assert tagged.pipe_names == ["kg_stts", "sentencizer", "ner", COMPONENT]  # no second tagger


def test_broken_ner_model_is_a_model_error(tmp_path) -> None:
    from kg.errors import ModelError

    (tmp_path / "config.cfg").write_text("[nlp]\nlang = \"de\"\npipeline = [\"nope\"]\n", "utf-8")
    with pytest.raises(ModelError, match="cannot be loaded"):
        add_actor_recognizer(spacy.blank("de"), "de", ner_path=tmp_path)


@pytest.mark.parametrize(
    ("lang", "words", "pos", "ent", "expected"),
    [
        # a name ends with no preposition, conjunction or slash: the model's span is cut
        ("de", ["von", "der", "Hochschule", "für", "Technik"],
         ["ADP", "DET", "NOUN", "ADP", "NOUN"],
         (2, 4, "ORG"), [("Hochschule", "Organization")]),
        ("de", ["des", "Ressorts", "Digital", "/", "Futurezone"],
         ["DET", "NOUN", "PROPN", "PUNCT", "PROPN"], (1, 4, "ORG"),
         [("Ressorts Digital", "Organization")]),
        ("en", ["at", "the", "Institute", "of", "Technology"],
         ["ADP", "DET", "PROPN", "ADP", "PROPN"],
         (2, 4, "ORG"), [("Institute", "Organization")]),
        # the first half of a shortened compound is no name at all
        ("de", ["Gold", "in", "Healthcare-", "und", "Pharma"],
         ["NOUN", "ADP", "X", "CCONJ", "NOUN"],
         (2, 4, "ORG"), []),
        ("en", ["in", "the", "Healthcare-", "and", "Pharma", "category"],
         ["ADP", "DET", "X", "CCONJ", "PROPN", "NOUN"], (2, 3, "ORG"), []),
        # a compound ending in a lower-case part is no name; nor is a person cue alone
        ("de", ["Beide", "liefern", "Tablet-typisch", "keine", "Bilder"],
         ["PRON", "VERB", "ADJ", "DET", "NOUN"], (2, 3, "ORG"), []),
        ("en", ["Both", "are", "EU-wide", "rules"], ["PRON", "AUX", "ADJ", "NOUN"], (2, 3, "ORG"),
         []),
        ("de", ["sagte", "Markit-Chefökonom", " ", "Chris", "Williamson"],
         ["VERB", "NOUN", "SPACE", "PROPN", "PROPN"], (1, 2, "PER"), []),
        ("en", ["said", "Economist", "Chris", "Williamson"], ["VERB", "NOUN", "PROPN", "PROPN"],
         (1, 2, "PER"), []),
        ("de", ["sagte", "Podemos-Chef", "Pablo", "Iglesias"], ["VERB", "NOUN", "PROPN", "PROPN"],
         (1, 2, "ORG"), []),
        ("en", ["said", "Podemos-leader", "Pablo", "Iglesias"], ["VERB", "NOUN", "PROPN", "PROPN"],
         (1, 2, "ORG"), []),
        ("de", ["sagte", "Baden-Württemberg", "heute"], ["VERB", "PROPN", "ADV"], (1, 2, "LOC"),
         [("Baden-Württemberg", "Location")]),
        # a name's own final punctuation stays
        ("de", ["Aktien", "von", "Yahoo", "!", "stiegen"],
         ["NOUN", "ADP", "PROPN", "PUNCT", "VERB"],
         (2, 4, "ORG"), [("Yahoo !", "Organization")]),
    ],
)
def test_model_spans_end_with_a_name(lang: str, words: list[str], pos: list[str],
                                     ent: tuple[int, int, str],
                                     expected: list[tuple[str, str]]) -> None:
    from spacy.tokens import Doc, Span

    from kg.knowledge.gazetteer import gazetteer
    from kg.recognize.ner import model_candidates

    doc = Doc(spacy.blank(lang).vocab, words=words, pos=pos)
    span = Span(doc, ent[0], ent[1], label=ent[2])
    got = [(doc[c.start : c.end].text, c.type.value) for c in model_candidates([span], gazetteer())]
    assert got == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a brand's own "!", which the tokenizer splits off, is part of the known name
        ("de", "Dell erwartet Aufschwung der Computerindustrie - Yahoo !", "Yahoo !"),
        ("de", "Die Aktien von Yahoo! stiegen am Montag.", "Yahoo!"),
        ("en", "Shares of Yahoo! rose on Monday.", "Yahoo!"),
        # ... but a question mark or full stop is the sentence's
        ("de", "Verkauft Google an Yahoo?", "Yahoo"),
        ("en", "Microsoft made an offer for Yahoo.", "Yahoo"),
    ],
)
def test_brand_exclamation_mark(recognizer: Callable[[str], spacy.language.Language],
                                lang: str, text: str, expected: str) -> None:
    doc = recognizer(lang)(text)
    assert [e.text for e in doc.ents if e.kb_id_ == "Yahoo"] == [expected]


@pytest.mark.parametrize(
    ("lang", "text", "group"),
    [
        # a people noun in the plural is the people ...
        ("de", "Die Briten stimmen über den Austritt ab.", "Briten"),
        ("de", "Die Franzosen protestieren gegen die Reform.", "Franzosen"),
        ("en", "The Russians attacked the town.", "Russians"),
        # ... one in the singular is one person, no group
        ("de", "Der Brite will sich für Olympia qualifizieren.", None),
        ("de", "Er gewann als einziger Brite keine Medaille.", None),
        # (the attackers he is one of are a group: specific_group_nouns.txt)
        ("de", "Einer der Attentäter ist der Franzose Ismael Omar M.", "Attentäter"),
        ("de", "Die Britin gewann das Rennen.", None),
    ],
)
def test_singular_people_noun_is_no_group(recognizer: Callable[[str], spacy.language.Language],
                                          lang: str, text: str, group: str | None) -> None:
    doc = recognizer(lang)(text)
    groups = [e.text for e in doc.ents if e.label_ == "Group"]
    assert groups == ([group] if group else [])
