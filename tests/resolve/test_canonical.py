import pytest

from kg.resolve.canonical import assign_names, base_form, choose_label, name_key
from kg.resolve.linking import AliasTarget
from kg.types import ActorType as A
from kg.types import Document

from .helpers import mention

TEXT = ("Präsident Wladimir Putins Plan: Putin trifft die Organisation des Vertrags über "
        "kollektive Sicherheit (OVKS). Die OVKS und Russlands Nachbarn schweigen.")
DOC = Document("d", TEXT)


def test_partial_name_inflection_and_gazetteer() -> None:
    full = mention(TEXT, "Wladimir Putins", A.PERSON, lemma="Wladimir Putin")
    short = mention(TEXT, "Putin", A.PERSON)
    russia = mention(TEXT, "Russlands", A.COUNTRY, lemma="Russland", key="Q159", source="gazetteer")
    out = assign_names(DOC, [full, short, russia])
    assert out[full].entity_id == out[short].entity_id == "Wladimir_Putin"
    assert out[short].rule == "partial-name"
    assert out[full].rule == "inflection"
    assert (out[russia].entity_id, out[russia].rule) == ("Q159", "inflection")


def test_acronym_defined_in_text_binds_unknown_names() -> None:
    text = "Der Bund der Freien Kaufleute (BFK) tagt. Die BFK fordert mehr."
    doc = Document("d", text)
    long_form = mention(text, "Bund der Freien Kaufleute", A.ORGANIZATION)
    acr = mention(text, "BFK", A.ORGANIZATION, nth=1)
    out = assign_names(doc, [long_form, acr])
    assert out[acr].entity_id == out[long_form].entity_id == "Bund_Der_Freien_Kaufleute"
    assert out[acr].rule == "acronym"


def test_party_in_brackets_after_a_person_is_no_acronym_definition() -> None:
    text = "Finanzminister Hans Jörg Schelling (XVP) sprach. Die XVP fordert mehr."
    doc = Document("d", text)
    person = mention(text, "Hans Jörg Schelling", A.PERSON)
    party = mention(text, "XVP", A.ORGANIZATION)
    out = assign_names(doc, [person, party])
    assert out[party].entity_id != out[person].entity_id


def test_ambiguous_surname_stays_apart() -> None:
    text = "Olaf Scholz und Anna Scholz kamen. Scholz sprach."
    doc = Document("d", text)
    ms = [mention(text, "Olaf Scholz", A.PERSON), mention(text, "Anna Scholz", A.PERSON),
          mention(text, "Scholz", A.PERSON, nth=2)]
    out = assign_names(doc, ms)
    assert out[ms[2]].entity_id == "Scholz"
    assert len({a.entity_id for a in out.values()}) == 3


def test_np_mentions_are_looked_up_without_articles() -> None:
    text = "Die OVKS schweigt, der Kreml auch."
    np1 = mention(text, "Die OVKS", A.CONCEPT, source="np")
    np2 = mention(text, "der Kreml", A.CONCEPT, source="np")
    out = assign_names(Document("d", text), [np1, np2])
    assert (out[np1].entity_id, out[np2].entity_id) == ("CSTO", "Kremlin")


def test_alias_file_overrides_and_merge_off() -> None:
    putin = mention(TEXT, "Putin", A.PERSON)
    russia = mention(TEXT, "Russlands", A.COUNTRY, key="Q159", source="gazetteer")
    aliases = {"putin": AliasTarget("Q7747", "Vladimir Putin")}
    out = assign_names(DOC, [putin, russia], aliases)
    assert (out[putin].entity_id, out[putin].rule, out[putin].label) == (
        "Q7747", "alias-file", "Vladimir Putin")
    off = assign_names(DOC, [putin, russia], merge=False)
    assert off[russia].entity_id == "Russlands"


@pytest.mark.parametrize(("text", "lemma", "expected"), [
    ("die OVKS", "", "OVKS"), ("des Kremls", "des Kreml", "Kreml"), ("Russland", "", "Russland")])
def test_base_form(text: str, lemma: str, expected: str) -> None:
    m = mention(text, text, A.CONCEPT, lemma=lemma)
    assert base_form(m) == expected


@pytest.mark.parametrize(("name", "key"), [("Wladimir Putin", "Wladimir_Putin"),
                                           ("wladimir putin", "Wladimir_Putin"),
                                           ("OVKS", "OVKS"), ("Sławomir Sierakowski",
                                                              "Slawomir_Sierakowski")])
def test_name_key_is_stable(name: str, key: str) -> None:
    assert name_key(name) == key


def test_labels() -> None:
    assert choose_label("Q159", ["Russland", "Russlands"], A.COUNTRY) == "Russia"
    assert choose_label("X", ["Putin", "Wladimir Putin", "Putin"], A.PERSON) == "Wladimir Putin"
    assert choose_label("Y", ["Gespräche", "Gespräche", "achtstündige Gespräche"],
                        A.EVENT) == "Gespräche"


@pytest.mark.parametrize(
    ("lang", "text", "noun"),
    [("de", "Er sagte, sein Bruder sei geflohen.", "Bruder"),
     ("en", "He said his brother had fled.", "brother"),
     # a document read without a language is still German or English text
     (None, "He said his brother had fled.", "brother"),
     # a person the text introduces by a noun, likewise
     ("de", "Dabei wurde ein Passant getötet.", "Passant"),
     (None, "A woman was killed.", "woman")],
)
def test_kin_noun_is_a_person_of_its_document(lang: str | None, text: str, noun: str) -> None:
    # two articles' "sein Bruder" are two people; a named person still joins across documents
    ids = []
    for doc_id in ("a", "b"):
        doc = Document(doc_id, text, lang=lang)
        kin = mention(text, noun, A.PERSON, source="rule")
        out = assign_names(doc, [kin])
        assert out[kin].rule in ("kin", "introduced")
        ids.append(out[kin].entity_id)
    assert ids[0] != ids[1]
    named = mention("Anna Berger kam.", "Anna Berger", A.PERSON)
    assert assign_names(Document("a", "Anna Berger kam."), [named])[named].rule == "exact"


@pytest.mark.parametrize(
    ("text", "short", "full", "joined"),
    [
        # a person's first names or last names of the one full name in the document join it
        ("Maria Giulia Sergio ist ausgewandert. Maria Giulia nennt sich jetzt Fatima.",
         "Maria Giulia", "Maria Giulia Sergio", True),
        ("Recep Tayyip Erdoğan sprach. Tayyip Erdoğan schwieg danach.",
         "Tayyip Erdoğan", "Recep Tayyip Erdoğan", True),
        ("Mary Ann Evans wrote it. Mary Ann never said so.", "Mary Ann", "Mary Ann Evans", True),
        # a first name alone joins the one full name it begins
        ("Errol Joseph baute wieder auf. Der Fachmann Errol leitet die Kids an.",
         "Errol", "Errol Joseph", True),
        ("Errol Joseph rebuilt his house. Errol now teaches the kids.", "Errol", "Errol Joseph",
         True),
        # words that are not adjacent in the full name do not
        ("Maria Giulia Sergio ist ausgewandert. Maria Sergio blieb.",
         "Maria Sergio", "Maria Giulia Sergio", False),
    ],
)
def test_part_of_a_full_name_joins_it(text: str, short: str, full: str, joined: bool) -> None:
    doc = Document("d", text)
    ms = [mention(text, full, A.PERSON), mention(text, short, A.PERSON)]
    out = assign_names(doc, ms)
    assert (out[ms[1]].entity_id == out[ms[0]].entity_id) is joined
    if joined:
        assert out[ms[1]].rule == "partial-name"


@pytest.mark.parametrize(
    ("text", "fulls", "short", "entity_id"),
    [
        ("Errol Joseph und Errol Brown kamen. Errol sprach.", ("Errol Joseph", "Errol Brown"),
         "Errol", "Errol"),
        ("Anna Maria Klein und Anna Maria Groß kamen. Anna Maria sprach.",
         ("Anna Maria Klein", "Anna Maria Groß"), "Anna Maria", "Anna_Maria"),
    ],
)
def test_part_of_two_full_names_stays_apart(text: str, fulls: tuple[str, str], short: str,
                                            entity_id: str) -> None:
    ms = [mention(text, fulls[0], A.PERSON), mention(text, fulls[1], A.PERSON),
          mention(text, short, A.PERSON, nth=2)]
    out = assign_names(Document("d", text), ms)
    assert out[ms[2]].entity_id == entity_id
