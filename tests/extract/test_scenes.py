"""Where a thing or an event is: ``X locatedIn place`` (:mod:`kg.extract.scenes`)."""

import pytest

from kg.extract.dependency import make_dependency_extractor
from kg.types import ActorType as A
from tests.extract.builders import document, mentions

P, C, L, G = A.PERSON, A.COUNTRY, A.LOCATION, A.GROUP


def _scenes(nlp, lang, text, names):
    doc = nlp(text)
    triples = list(make_dependency_extractor()(doc, document(doc, lang), mentions(doc, names)))
    return {(t.subject.text, t.object.text) for t in triples if t.provenance.rule == "scene"}


@pytest.mark.parametrize(("lang", "text", "names", "expected"), [
    # the noun the locative phrase modifies, up to the phrase
    ("de", "Hintergrund ist die anhaltende Gewalt in Sirte.", {"Sirte": L},
     {("anhaltende Gewalt", "Sirte")}),
    ("en", "The background is the ongoing violence in Sirte.", {"Sirte": L},
     {("ongoing violence", "Sirte")}),
    # the clause's subject; every place of a list
    ("de", "In Weißrussland, Moldau und Georgien werden neue Botschaften eröffnet.",
     {"Weißrussland": C, "Moldau": C, "Georgien": C},
     {("neue Botschaften", "Weißrussland"), ("neue Botschaften", "Moldau"),
      ("neue Botschaften", "Georgien")}),
    ("en", "New embassies will be opened in Belarus, Moldova and Georgia.",
     {"Belarus": C, "Moldova": C, "Georgia": C},
     {("New embassies", "Belarus"), ("New embassies", "Moldova"),
      ("New embassies", "Georgia")}),
    # the patient of an agentless passive
    ("de", "Am Montag wurde in Bayern ein Mann festgenommen.", {"Bayern": L},
     {("Mann", "Bayern")}),
    ("en", "A man was arrested in Bavaria on Monday.", {"Bavaria": L}, {("man", "Bavaria")}),
    # an actor there is its patient: the event is there
    ("de", "Omar Diaz wurde in Lima angegriffen.", {"Omar Diaz": P, "Lima": L},
     {("angegriffen", "Lima")}),
    ("en", "Omar Diaz was attacked in Lima.", {"Omar Diaz": P, "Lima": L},
     {("attacked", "Lima")}),
    # a place named beside its descriptor noun, or in the noun's "of" phrase
    ("de", "Der Verdächtige wurde in der Hafenstadt Mohammedia festgenommen.",
     {"Verdächtige": G, "Mohammedia": L}, {("festgenommen", "Mohammedia")}),
    ("en", "Three rebels were killed in the province of Idlib.",
     {"rebels": G, "Idlib": L}, {("killed", "Idlib")}),
    # a name right after its descriptor noun, whatever the parser hangs it on
    ("de", "Syrische Medien hatten zuvor von einem Massaker im nordsyrischen Dorf Tarkel "
           "berichtet, das von russischen Kampffliegern angegriffen worden sei.",
     {"Tarkel": L, "Syrische Medien": G, "russischen Kampffliegern": A.ARMED_FORCE},
     {("Massaker", "Tarkel")}),
    ("de", "Die Agentur hatte zuvor von einem Angriff im afghanischen Dorf Barmal berichtet.",
     {"Barmal": L, "Agentur": A.ORGANIZATION}, {("Angriff", "Barmal")}),
    ("en", "The agency had earlier reported an attack in the Afghan village of Barmal.",
     {"Barmal": L, "agency": A.ORGANIZATION}, {("attack", "Barmal")}),
    # the direct object of a transitive verb
    ("de", "Eine Gruppe bewaffneter Männer hatte in Jakarta mehrere Ziele angegriffen.",
     {"Jakarta": L}, {("Ziele", "Jakarta")}),
    ("en", "A group of armed men had attacked several targets in Jakarta.",
     {"Jakarta": L}, {("several targets", "Jakarta")}),
    ("de", "Die Kulturforen in Budapest und London werden eingegliedert.",
     {"Budapest": L, "London": L}, {("Kulturforen", "Budapest"), ("Kulturforen", "London")}),
    # a phrase after a compass word, or of "nahe"/"near", says where; a reflexive or an object
    # naming nothing leaves the subject
    ("de", "Der Angriff ereignete sich südöstlich von Bethlehem.", {"Bethlehem": L},
     {("Angriff", "Bethlehem")}),
    ("en", "The attack took place southeast of Bethlehem.", {"Bethlehem": L},
     {("attack", "Bethlehem")}),
    ("de", "Eine Frau wurde nahe Hebron schwer verletzt.", {"Hebron": L},
     {("Frau", "Hebron")}),
    ("en", "A woman was badly injured near Hebron.", {"Hebron": L}, {("woman", "Hebron")}),
    ("de", "Der Konvoi wurde 20 Kilometer nördlich von Aleppo angegriffen.", {"Aleppo": L},
     {("Konvoi", "Aleppo")}),
    ("en", "The convoy was attacked 20 km north of Aleppo.", {"Aleppo": L},
     {("convoy", "Aleppo")}),
])
def test_a_place_no_statement_has_is_where_something_is(nlp_de, nlp_en, lang, text, names,
                                                        expected):
    got = _scenes(nlp_de if lang == "de" else nlp_en, lang, text, names)
    assert got == expected, got


@pytest.mark.parametrize(("lang", "text", "names"), [
    # a place another statement has: an actor acts there, or a relation names it
    ("de", "Putin traf Obama in Moskau.", {"Putin": P, "Obama": P, "Moskau": L}),
    ("en", "Putin met Obama in Moscow.", {"Putin": P, "Obama": P, "Moscow": L}),
    ("de", "Tausende Flüchtlinge leben in Serbien. Die Lage in Serbien ist schwierig.",
     {"Flüchtlinge": G, "Serbien": C}),
    ("en", "Thousands of refugees live in Serbia. The situation in Serbia is difficult.",
     {"refugees": G, "Serbia": C}),
    # a direction, not where something is
    ("de", "Gegen ihn wird wegen einer Reise ins Elsass ermittelt.", {"Elsass": L}),
    ("en", "He is under investigation for a journey to Alsace.", {"Alsace": L}),
    # a heading or caption without a verb
    ("de", "Die Pressekonferenz in Wien", {"Wien": L}),
    ("en", "The press conference in Vienna", {"Vienna": L}),
])
def test_no_scene(nlp_de, nlp_en, lang, text, names):
    assert not _scenes(nlp_de if lang == "de" else nlp_en, lang, text, names)



@pytest.mark.parametrize(("lang", "text", "names"), [
    ("de", "Über das Ergebnis der Gespräche zwischen den USA und Russland in Genf wurde berichtet.",
     {"USA": C, "Russland": C, "Genf": L}),
    ("en", "The result of the talks between the USA and Russia in Geneva was reported.",
     {"USA": C, "Russia": C, "Geneva": L}),
])
def test_a_place_a_statement_has_as_its_place_gets_no_scene(nlp_de, nlp_en, lang, text, names):
    doc = (nlp_de if lang == "de" else nlp_en)(text)
    triples = list(make_dependency_extractor()(doc, document(doc, lang), mentions(doc, names)))
    talks = [t for t in triples if t.predicate.id == "talksWith"]
    assert talks and all(t.place is not None and t.place.text in ("Genf", "Geneva")
                         for t in talks), triples
    assert not [t for t in triples if t.provenance.rule == "scene"]


@pytest.mark.parametrize(("lang", "text"), [
    # a run of spaces the parser took for a preposition is none (it had crashed the extractor)
    ("de", "Sie habe einen Teil der  Forderungen erfüllt, wenn die Ärztekammer aber immer neue  "
           "Forderungen stellt, sei kein Gespräch möglich."),
    ("en", "She met most of the  demands, but if the Medical Chamber keeps making new  demands, "
           "there is no basis for talks."),
])
def test_a_run_of_spaces_is_no_preposition(lang, text):
    import kg

    kg.extract_text(text, lang=lang)  # no IndexError
