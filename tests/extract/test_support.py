"""Support verbs, event nouns with agents, predicative adjectives, reciprocals, idioms."""

import pytest

from kg.extract.dependency import make_dependency_extractor
from kg.types import ActorType as A
from tests.extract.builders import document, mentions

P, ORG, C, F = A.PERSON, A.ORGANIZATION, A.COUNTRY, A.ARMED_FORCE


def _got(doc, lang, names):
    return {(t.subject.text, t.predicate.id, t.object.text)
            for t in make_dependency_extractor()(doc, document(doc, lang), mentions(doc, names))}


@pytest.mark.parametrize(("text", "names", "expected"), [
    ("Die Türkei hatte Angriffe auf Stellungen des IS gestartet.", {"Türkei": C, "IS": ORG},
     ("Türkei", "attacks", "IS")),
    ("Die Kommission hat ein Prüfverfahren gegen Polen eröffnet.", {"Polen": C},
     ("Kommission", "investigates", "Polen")),
    ("Kritik an Schelling kam auch von den Grünen.", {"Schelling": P, "Grünen": ORG},
     ("Grünen", "criticizes", "Schelling")),
    ("Die Armee machte auch für dieses Attentat die PKK verantwortlich.",
     {"Armee": F, "PKK": ORG}, ("Armee", "accuses", "PKK")),
    ("Die PKK bekannte sich zu einem Anschlag auf Soldaten.", {"PKK": ORG},
     ("PKK", "claimsResponsibilityFor", "Anschlag auf Soldaten")),
])
def test_german_support_constructions(nlp_de, text, names, expected):
    got = _got(nlp_de(text), "de", names)
    assert expected in got, got


@pytest.mark.parametrize(("text", "names", "expected"), [
    ("Yesterday Turkey launched new attacks on the PKK.", {"Turkey": C, "PKK": ORG},
     ("Turkey", "attacks", "PKK")),
    ("The army held the PKK responsible.", {"PKK": ORG}, ("army", "accuses", "PKK")),
])
def test_english_support_constructions(nlp_en, text, names, expected):
    got = {(s, p, o.split()[-1]) for s, p, o in _got(nlp_en(text), "en", names)}
    assert (expected[0], expected[1], expected[2].split()[-1]) in got, got


def test_german_reciprocal(nlp_de):
    got = _got(nlp_de("FPÖ und Grüne warfen sich damals gegenseitig ein böses Spiel vor."),
               "de", {"FPÖ": ORG, "Grüne": ORG})
    assert {("FPÖ", "accuses", "Grüne"), ("Grüne", "accuses", "FPÖ")} <= got, got


def test_english_reciprocal(nlp_en):
    got = _got(nlp_en("Russia and Ukraine accused each other of violations."), "en",
               {"Russia": C, "Ukraine": C})
    assert {("Russia", "accuses", "Ukraine"), ("Ukraine", "accuses", "Russia")} <= got, got


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Bashir, der seit 1989 im Sudan an der Macht ist, reiste ab.",
     ("Bashir", "governs", "Sudan")),
])
def test_in_power_idiom(nlp_de, lang, text, expected):
    got = _got(nlp_de(text), lang, {"Bashir": P, "Sudan": C})
    assert expected in got, got


def test_existential_event_noun(nlp_de):
    text = "ÖVP-Chef Reinhold Mitterlehner kam. Rüffel vom Parteichef gab es für Reinhold Lopatka."
    doc = nlp_de(text)
    got = {(t.subject.lemma or t.subject.text, t.predicate.id, t.object.text)
           for t in make_dependency_extractor()(doc, document(doc, "de"),
                                                mentions(doc, {"Reinhold Mitterlehner": P,
                                                               "Reinhold Lopatka": P}))}
    assert ("Reinhold Mitterlehner", "criticizes", "Reinhold Lopatka") in got, got
    assert not any(p == "providesTo" for _, p, _ in got), got  # "es gibt" gives nothing


def test_event_noun_between_after_es_gibt(nlp_de):
    got = _got(nlp_de("Zuletzt gab es mehrfach Misstöne zwischen Polen und Deutschland."), "de",
               {"Polen": C, "Deutschland": C})
    assert ("Polen", "conflictWith", "Deutschland") in got, got


def test_english_event_noun_with_agent_phrase(nlp_en):
    got = _got(nlp_en("Criticism of Johnson came from the Labour party."), "en",
               {"Johnson": P, "Labour": ORG})
    assert any(p == "criticizes" and o == "Johnson" for _, p, o in got), got


@pytest.mark.parametrize(("lang", "text", "names", "expected"), [
    ("de", "Der Präsident hält sich zu einem Gipfeltreffen der Afrikanischen Union auf.",
     {"Präsident": P, "Afrikanischen Union": ORG},
     ("Präsident", "meetsWith", "Afrikanischen Union")),
    ("de", "Merkel reist zum Gipfel der Nato nach Brüssel.",
     {"Merkel": P, "Nato": ORG, "Brüssel": A.LOCATION}, ("Merkel", "meetsWith", "Nato")),
    ("en", "Obama travelled to a summit of the African Union.",
     {"Obama": P, "African Union": ORG}, ("Obama", "meetsWith", "African Union")),
])
def test_going_to_a_meeting_of_an_actor(request, lang, text, names, expected):
    got = _got(request.getfixturevalue(f"nlp_{lang}")(text), lang, names)
    assert expected in got, got


@pytest.mark.parametrize(("text", "names"), [
    # not a verb of going to a meeting
    ("Merkel kritisiert den Gipfel der Nato.", {"Merkel": P, "Nato": ORG}),
    # not a meeting
    ("Merkel reist zur Zentrale der Nato.", {"Merkel": P, "Nato": ORG}),
])
def test_no_meeting_without_attendance(nlp_de, text, names):
    got = _got(nlp_de(text), "de", names)
    assert not any(p == "meetsWith" for _, p, _ in got), got
