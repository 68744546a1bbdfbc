"""Speech acts and copular places (kg.extract.speech), sentence → triple tables, German and English.

Each row parses its sentence with the language's pipeline, names the actors, and lists
statements that must be among the triples and ones that must not be.
"""

import pytest

from kg.extract.speech import is_speech_act
from kg.types import ActorType as A
from tests.extract.builders import rule_triples


def _pairs(nlp, text, names, lang):
    return {(s, p, o) for s, p, o, _ in rule_triples(nlp, text, names, lang)}


@pytest.mark.parametrize(("lang", "text", "names", "present", "absent"), [
    # what is announced or confirmed is the object of announces / confirms
    ("de", "Erdoğan kündigte Neuwahlen an.", {"Erdoğan": A.PERSON, "Neuwahlen": A.EVENT},
     [("Erdoğan", "announces", "Neuwahlen")], []),
    ("de", "Die Bundesspitze kündigte einen Neustart an.",
     {"Bundesspitze": A.ORGANIZATION, "Neustart": A.CONCEPT},
     [("Bundesspitze", "announces", "Neustart")], []),
    ("de", "Die Polizei bestätigte die Berichte.",
     {"Polizei": A.ORGANIZATION, "Berichte": A.CONCEPT}, [("Polizei", "confirms", "Berichte")], []),
    ("en", "President Obama announced new elections.", {"Obama": A.PERSON, "elections": A.EVENT},
     [("Obama", "announces", "elections")], []),
    ("en", "The ministry confirmed the death of two soldiers.",
     {"ministry": A.ORGANIZATION, "death": A.CONCEPT}, [("ministry", "confirms", "death")], []),
    # a dative object of a speech verb is whom it is said to (statesTo)
    ("de", "Erdoğan kündigte dem Parlament Neuwahlen an.",
     {"Erdoğan": A.PERSON, "Parlament": A.ORGANIZATION, "Neuwahlen": A.EVENT},
     [("Erdoğan", "statesTo", "Parlament"), ("Erdoğan", "announces", "Neuwahlen")],
     [("Erdoğan", "announces", "Parlament")]),
    ("de", "Lawrow sagte der Zeitung Iswestija, die Gespräche würden fortgesetzt.",
     {"Lawrow": A.PERSON, "Zeitung Iswestija": A.ORGANIZATION},
     [("Lawrow", "statesTo", "Zeitung Iswestija")], []),
    ("de", "Peter Müller sagte seinem Anwalt, er sei unschuldig.",
     {"Peter Müller": A.PERSON, "Anwalt": A.PERSON}, [("Peter Müller", "statesTo", "Anwalt")], []),
    ("en", "Lavrov told the newspaper Izvestia that talks would resume.",
     {"Lavrov": A.PERSON, "Izvestia": A.ORGANIZATION}, [("Lavrov", "statesTo", "Izvestia")], []),
    ("en", "Erdogan announced new elections to the parliament.",
     {"Erdogan": A.PERSON, "elections": A.EVENT, "parliament": A.ORGANIZATION},
     [("Erdogan", "announces", "elections"), ("Erdogan", "statesTo", "parliament")], []),
    # the dative of an accusation is the accused; the charge beside it is no participant
    ("de", "Die Opposition warf dem Minister Zynismus vor.",
     {"Opposition": A.ORGANIZATION, "Minister": A.PERSON, "Zynismus": A.CONCEPT},
     [("Opposition", "accuses", "Minister")],
     [("Opposition", "lemma:de:vorwerfen", "Zynismus"), ("Opposition", "accuses", "Zynismus")]),
    ("de", "SPÖ und ÖVP warfen sich gegenseitig Verrat vor.",
     {"SPÖ": A.ORGANIZATION, "ÖVP": A.ORGANIZATION, "Verrat": A.CONCEPT},
     [("SPÖ", "accuses", "ÖVP"), ("ÖVP", "accuses", "SPÖ")],
     [("SPÖ", "lemma:de:vorwerfen", "Verrat")]),
    # a reciprocal idiom with its adjective (machen+verantwortlich: accuses), the cue on the
    # adjective, the reflexive before a subject the parser read as an object
    ("de", "Für die Lage bei Mariupol machen sich Regierungstruppen und Rebellen gegenseitig "
           "verantwortlich.",
     {"Mariupol": A.LOCATION, "Regierungstruppen": A.ARMED_FORCE, "Rebellen": A.GROUP},
     [("Regierungstruppen", "accuses", "Rebellen"), ("Rebellen", "accuses", "Regierungstruppen")],
     [("Regierungstruppen", "lemma:de:machen", "Rebellen")]),
    ("de", "Russland und die Ukraine machen sich gegenseitig für die Kämpfe verantwortlich.",
     {"Russland": A.COUNTRY, "Ukraine": A.COUNTRY},
     [("Russland", "accuses", "Ukraine"), ("Ukraine", "accuses", "Russland")], []),
    ("en", "Russia and Ukraine blamed each other for the fighting.",
     {"Russia": A.COUNTRY, "Ukraine": A.COUNTRY},
     [("Russia", "accuses", "Ukraine"), ("Ukraine", "accuses", "Russia")], []),
    # a reflexive object of a symmetric verb: coordinated subjects act on each other
    ("de", "SPÖ und ÖVP trafen sich in Wien.",
     {"SPÖ": A.ORGANIZATION, "ÖVP": A.ORGANIZATION, "Wien": A.LOCATION},
     [("SPÖ", "meetsWith", "ÖVP"), ("ÖVP", "meetsWith", "SPÖ")], []),
    ("de", "SPÖ und ÖVP einigten sich auf ein Paket.",
     {"SPÖ": A.ORGANIZATION, "ÖVP": A.ORGANIZATION},
     [("SPÖ", "agreesWith", "ÖVP"), ("ÖVP", "agreesWith", "SPÖ")], []),
    # a reflexive of a verb that is no symmetric relation: no statement between them
    ("de", "SPÖ und ÖVP wehrten sich gegen den Antrag.",
     {"SPÖ": A.ORGANIZATION, "ÖVP": A.ORGANIZATION}, [],
     [("SPÖ", "lemma:de:wehren", "ÖVP"), ("ÖVP", "lemma:de:wehren", "SPÖ")]),
    ("en", "The SPÖ and the ÖVP allied themselves with each other.",
     {"SPÖ": A.ORGANIZATION, "ÖVP": A.ORGANIZATION}, [("SPÖ", "agreesWith", "ÖVP")], []),
    ("en", "The opposition accused the minister of cynicism.",
     {"opposition": A.ORGANIZATION, "minister": A.PERSON, "cynicism": A.CONCEPT},
     [("opposition", "accuses", "minister")], [("opposition", "accuses", "cynicism")]),
    # the subject's apposition and a name inside another phrase are not whom it is said to
    ("de", "Das sagte der Budgetsprecher der Grünen, Bruno Rossmann, am Montag.",
     {"Budgetsprecher": A.PERSON, "Grünen": A.ORGANIZATION, "Bruno Rossmann": A.PERSON}, [],
     [("Budgetsprecher", "statesTo", "Bruno Rossmann")]),
    ("de", "Das sagte der Sprecher von Präsident Wladimir Putin, Dmitri Peskow, am Freitag.",
     {"Wladimir Putin": A.PERSON, "Dmitri Peskow": A.PERSON}, [],
     [("Sprecher", "statesTo", "Wladimir Putin")]),
    ("en", "That was wrong, said the budget spokesman of the Greens, Bruno Rossmann.",
     {"spokesman": A.PERSON, "Greens": A.ORGANIZATION, "Bruno Rossmann": A.PERSON}, [],
     [("spokesman", "statesTo", "Bruno Rossmann")]),
    # a speech act's place and medium are no objects
    ("de", "Die Gespräche seien gescheitert, sagte ein Sprecher am Montag in Kiew.",
     {"Sprecher": A.PERSON, "Kiew": A.LOCATION}, [],
     [("Sprecher", "lemma:de:sagen_in", "Kiew")]),
    ("de", "Der Rapper schrieb auf Twitter, Petry lüge.",
     {"Rapper": A.PERSON, "Twitter": A.ORGANIZATION, "Petry": A.PERSON},
     [("Rapper", "statesTo", "Twitter")], [("Rapper", "lemma:de:schreiben_auf", "Twitter")]),
    ("en", "Fresh wrote on Twitter that Petry was lying.",
     {"Fresh": A.PERSON, "Twitter": A.ORGANIZATION, "Petry": A.PERSON},
     [("Fresh", "statesTo", "Twitter")], [("Fresh", "lemma:en:write_on", "Twitter")]),
])
def test_speech_acts(request, lang, text, names, present, absent):
    got = _pairs(request.getfixturevalue(f"nlp_{lang}"), text, names, lang)
    for triple in present:
        assert triple in got, got
    for triple in absent:
        assert triple not in got, got


@pytest.mark.parametrize(("lang", "text", "names", "present", "absent"), [
    # in an organisation: a member; in a place: located there (an organisation: based there)
    ("de", "Estland ist in der EU.", {"Estland": A.COUNTRY, "EU": A.ORGANIZATION},
     [("Estland", "memberOf", "EU")], []),
    ("de", "Rumänien und Bulgarien sind seit 2007 in der Europäischen Union.",
     {"Rumänien": A.COUNTRY, "Bulgarien": A.COUNTRY, "Europäischen Union": A.ORGANIZATION},
     [("Rumänien", "memberOf", "Europäischen Union"),
      ("Bulgarien", "memberOf", "Europäischen Union")], []),
    ("de", "Der Kanzler, der gestern in Brüssel war, traf Merkel.",
     {"Kanzler": A.PERSON, "Brüssel": A.LOCATION, "Merkel": A.PERSON},
     [("Kanzler", "locatedIn", "Brüssel")], []),
    ("en", "Estonia is in the European Union.",
     {"Estonia": A.COUNTRY, "European Union": A.ORGANIZATION},
     [("Estonia", "memberOf", "European Union")], []),
    ("en", "Strache was in Innsbruck on Thursday.", {"Strache": A.PERSON, "Innsbruck": A.LOCATION},
     [("Strache", "locatedIn", "Innsbruck")], []),
    ("en", "Siemens is in Munich.", {"Siemens": A.ORGANIZATION, "Munich": A.LOCATION},
     [("Siemens", "basedIn", "Munich")], []),
    # an accusative phrase is a direction, not where the subject is
    ("de", "Danach sei er in die Türkei gereist.", {"Türkei": A.COUNTRY}, [],
     [("er", "locatedIn", "Türkei")]),
])
def test_copular_place(request, lang, text, names, present, absent):
    got = _pairs(request.getfixturevalue(f"nlp_{lang}"), text, names, lang)
    for triple in present:
        assert triple in got, got
    for triple in absent:
        assert triple not in got, got


@pytest.mark.parametrize(("relation", "speech"), [
    ("statesTo", True), ("announces", True), ("confirms", True), ("accuses", True),
    ("criticizes", False), ("memberOf", False), ("lemma:de:sagen", False),
])
def test_speech_acts_are_the_statement_root_of_cameo(relation, speech):
    assert is_speech_act(relation) is speech
