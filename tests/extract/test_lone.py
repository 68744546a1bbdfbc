"""A named actor's only statement: an unmapped verb and a thing (rule ``lone``).

:meth:`kg.extract.dependency.DependencyExtractor._lone` and :func:`kg.extract.dependency._alone`.
"""

import pytest

from kg.extract.dependency import make_dependency_extractor
from kg.types import ActorType as A
from tests.extract.builders import document, mentions

P, G, ORG = A.PERSON, A.GROUP, A.ORGANIZATION


def _triples(nlp, lang, text, names):
    doc = nlp(text)
    return list(make_dependency_extractor()(doc, document(doc, lang), mentions(doc, names)))


def _lone(nlp, lang, text, names):
    return {(t.subject.text, t.predicate.lemma, t.object.text)
            for t in _triples(nlp, lang, text, names) if t.provenance.rule == "lone"}


@pytest.mark.parametrize(("lang", "text", "names", "expected"), [
    ("de", "Die Opposition hatte einen Misstrauensantrag gestellt.", {"Opposition": G},
     ("Opposition", "stellen", "Misstrauensantrag")),
    ("de", "Lockheed Martin erhöhte den Stückpreis.", {"Lockheed Martin": ORG},
     ("Lockheed Martin", "erhöhen", "Stückpreis")),
    ("de", "Der Rapper Eko Fresh veröffentlichte ein Lied.", {"Eko Fresh": P},
     ("Eko Fresh", "veröffentlichen", "Lied")),
    ("en", "The opposition had tabled a motion of no confidence.", {"opposition": G},
     ("opposition", "table", "motion")),
    ("en", "Lockheed Martin raised the unit price.", {"Lockheed Martin": ORG},
     ("Lockheed Martin", "raise", "unit price")),
    ("en", "The rapper Eko Fresh released a song.", {"Eko Fresh": P},
     ("Eko Fresh", "release", "song")),
    # no direct object: a prepositional phrase
    ("de", "Die weißrussische Führung steht wegen der Menschenrechtslage unter Druck.",
     {"weißrussische Führung": ORG}, ("weißrussische Führung", "stehen", "Menschenrechtslage")),
    ("en", "The Belarusian leadership reacted with harsh measures.",
     {"Belarusian leadership": ORG}, ("Belarusian leadership", "react", "measures")),
])
def test_a_named_actor_keeps_its_only_statement(nlp_de, nlp_en, lang, text, names, expected):
    got = _lone(nlp_de if lang == "de" else nlp_en, lang, text, names)
    subject, verb, thing = expected
    assert any(s == subject and v.split()[0] == verb and thing in o for s, v, o in got), got


@pytest.mark.parametrize(("lang", "text", "names"), [
    # the actor has another statement
    ("de", "Die Opposition stellte einen Antrag und kritisierte die Regierung.",
     {"Opposition": G, "Regierung": ORG}),
    ("en", "The opposition tabled a motion and criticized the government.",
     {"opposition": G, "government": ORG}),
    # a copula or a possession describes, it does not act
    ("de", "Die Gemeinde La Roque war ein kleines Dorf.", {"La Roque": ORG}),
    ("en", "The town of La Roque was a small village.", {"La Roque": ORG}),
    ("de", "Sultan Qabus hat einen Nationalfeiertag.", {"Sultan Qabus": P}),
    ("en", "Sultan Qabus has a national holiday.", {"Sultan Qabus": P}),
    # a place does not act
    ("de", "Die Stadt Colmar hieß die Flüchtlinge mit einem Fest willkommen.",
     {"Colmar": A.LOCATION}),
    ("en", "The town of Colmar welcomed the refugees with a party.", {"Colmar": A.LOCATION}),
    # a bare plural speaks of anyone
    ("de", "Fremde entziehen sich oft der Abschiebung.", {"Fremde": G}),
    ("en", "Foreigners often evade deportation.", {"Foreigners": G}),
    # a pronoun is the resolver's
    ("de", "Sie stellte einen Antrag.", {}),
    ("en", "She tabled a motion.", {}),
])
def test_no_lone_statement(nlp_de, nlp_en, lang, text, names):
    assert not _lone(nlp_de if lang == "de" else nlp_en, lang, text, names)


def test_one_lone_statement_per_actor(nlp_de):
    got = _lone(nlp_de, "de", "Die Opposition stellte einen Antrag. Die Opposition verlas eine "
                "Erklärung.", {"Opposition": G})
    assert len(got) == 1, got
