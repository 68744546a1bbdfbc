"""The ``unter``/``under`` construction: who governs or leads (:mod:`kg.extract.regime`)."""

import pytest

from kg.extract.dependency import make_dependency_extractor
from kg.types import ActorType as A
from tests.extract.builders import document, mentions

P, C, ORG, G = A.PERSON, A.COUNTRY, A.ORGANIZATION, A.GROUP


def _led(nlp, lang, text, names):
    doc = nlp(text)
    triples = list(make_dependency_extractor()(doc, document(doc, lang), mentions(doc, names)))
    return {(t.subject.text, t.predicate.id, t.object.text) for t in triples
            if t.predicate.id in ("leads", "governs")}


@pytest.mark.parametrize(("lang", "text", "names", "expected"), [
    # a country acting under a person: the person governs it
    ("de", "Unter Wladimir Putin hat Russland die Krim annektiert.",
     {"Wladimir Putin": P, "Russland": C, "Krim": A.LOCATION},
     {("Wladimir Putin", "governs", "Russland")}),
    ("en", "Under Putin, Russia annexed Crimea.",
     {"Putin": P, "Russia": C, "Crimea": A.LOCATION}, {("Putin", "governs", "Russia")}),
    # an organisation acting under a person (named after a title): the person leads it
    ("de", "Unter Kanzler Werner Faymann hat die SPÖ drei Wahlen verloren.",
     {"Werner Faymann": P, "SPÖ": ORG}, {("Werner Faymann", "leads", "SPÖ")}),
    ("en", "Under Benjamin Netanyahu, the coalition rejected the plan.",
     {"Benjamin Netanyahu": P, "coalition": ORG}, {("Benjamin Netanyahu", "leads", "coalition")}),
    # the phrase on the organisation's noun
    ("de", "Die Regierung unter Ministerpräsident Viktor Orbán lehnt die Quoten ab.",
     {"Regierung": ORG, "Viktor Orbán": P}, {("Viktor Orbán", "leads", "Regierung")}),
    ("en", "The coalition under Benjamin Netanyahu rejected the plan.",
     {"Benjamin Netanyahu": P, "coalition": ORG}, {("Benjamin Netanyahu", "leads", "coalition")}),
    # a leads event noun in the phrase: its genitive or von/of phrase leads
    ("de", "Eine Kommission unter der Leitung von Thomas Müller prüft den Fall.",
     {"Thomas Müller": P, "Kommission": ORG}, {("Thomas Müller", "leads", "Kommission")}),
    ("de", "Die Armee unter dem Kommando von General Thomas Müller griff die Stadt an.",
     {"Thomas Müller": P, "Armee": A.ARMED_FORCE}, {("Thomas Müller", "leads", "Armee")}),
    ("en", "The army under the command of General Thomas Miller attacked the town.",
     {"Thomas Miller": P, "army": A.ARMED_FORCE}, {("Thomas Miller", "leads", "army")}),
    # among persons, not under one; a person under no one
    ("de", "Unter den Demonstranten war auch die Grüne Partei.",
     {"Demonstranten": G, "Grüne Partei": ORG}, set()),
    ("en", "Among the protesters was the Green Party.",
     {"protesters": G, "Green Party": ORG}, set()),
    ("de", "Unter Druck hat Angela Merkel die Regeln geändert.", {"Angela Merkel": P}, set()),
    ("en", "Under pressure, Angela Merkel changed the rules.", {"Angela Merkel": P}, set()),
])
def test_a_person_under_whom_an_actor_acts_governs_or_leads_it(nlp_de, nlp_en, lang, text,
                                                              names, expected):
    got = _led(nlp_de if lang == "de" else nlp_en, lang, text, names)
    assert got == expected, got
