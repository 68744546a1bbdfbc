"""What a named actor nothing else relates takes part in (:mod:`kg.extract.involved`)."""

import pytest

from kg.extract.dependency import make_dependency_extractor
from kg.types import ActorType as A
from kg.types import Modality as M
from tests.extract.builders import document, mentions

P, C, L, ORG, G = A.PERSON, A.COUNTRY, A.LOCATION, A.ORGANIZATION, A.GROUP


def _involved(nlp, lang, text, names):
    doc = nlp(text)
    triples = list(make_dependency_extractor()(doc, document(doc, lang), mentions(doc, names)))
    return {(t.subject.text, t.predicate.lemma, t.modality, t.negated) for t in triples
            if t.provenance.rule == "involved"}


@pytest.mark.parametrize(("lang", "text", "names", "expected"), [
    # the verb of the clause the actor is an argument of, with its modality and negation
    ("de", "Die SPÖ würde ebenfalls stark verlieren.", {"SPÖ": ORG},
     {("SPÖ", "verlieren", M.HYPOTHETICAL, False)}),
    ("en", "The SPÖ would also lose heavily.", {"SPÖ": ORG},
     {("SPÖ", "lose", M.HYPOTHETICAL, False)}),
    ("de", "Das Parlament kam am Donnerstag nicht zusammen.", {"Parlament": ORG},
     {("Parlament", "zusammenkommen", M.ASSERTED, True)}),
    ("en", "Parliament did not convene on Thursday.", {"Parliament": ORG},
     {("Parliament", "convene", M.ASSERTED, True)}),
    # an argument that is no subject
    ("de", "Auch Katar wurde in die Suche eingebunden.", {"Katar": C},
     {("Katar", "einbinden", M.ASSERTED, False)}),
    ("en", "Qatar too was included in the search.", {"Qatar": C},
     {("Qatar", "include", M.ASSERTED, False)}),
    # the owner of the clause's subject: its people or things act
    ("de", "Die Flugbegleiter der Lufthansa streiken.", {"Lufthansa": ORG},
     {("Lufthansa", "streiken", M.ASSERTED, False)}),
    ("en", "The flight attendants of Lufthansa are striking.", {"Lufthansa": ORG},
     {("Lufthansa", "strike", M.ASSERTED, False)}),
    # the owner of a noun the clause has: the actor takes part in what the noun names
    ("de", "Mit den Stimmen der Opposition wurde das Gesetz beschlossen.",
     {"Opposition": ORG}, {("Opposition", "Stimme", M.ASSERTED, False)}),
    ("en", "Midazolam was used in the execution of Clayton Lockett.",
     {"Clayton Lockett": P}, {("Clayton Lockett", "execution", M.ASSERTED, False)}),
    ("de", "Midazolam kam bei der Hinrichtung von Clayton Lockett zum Einsatz.",
     {"Clayton Lockett": P}, {("Clayton Lockett", "Hinrichtung", M.ASSERTED, False)}),
    ("en", "The attacks did not stop with the arrival of the Red Cross.",
     {"Red Cross": ORG}, {("Red Cross", "arrival", M.ASSERTED, True)}),
    # a person, organisation or country in any phrase of such a noun, and the owner of the
    # direct object
    ("de", "Polen fordert einen stärkeren Schutz durch die NATO.", {"NATO": ORG},
     {("NATO", "Schutz", M.ASSERTED, False)}),
    ("en", "Poland demands stronger protection by NATO.", {"NATO": ORG},
     {("NATO", "protection", M.ASSERTED, False)}),
    ("de", "Die Grazer SPÖ landete am dritten Platz hinter der KPÖ.", {"KPÖ": ORG},
     {("KPÖ", "Platz", M.ASSERTED, False)}),
    ("en", "The party landed in third place behind the KPÖ.", {"KPÖ": ORG},
     {("KPÖ", "place", M.ASSERTED, False)}),
    ("de", "Die Abgeordneten diskutierten die Berichte des Rechnungshofs.",
     {"Rechnungshofs": ORG}, {("Rechnungshofs", "Bericht", M.ASSERTED, False)}),
    ("en", "The deputies discussed the reports of the Court of Audit.",
     {"Court of Audit": ORG}, {("Court of Audit", "report", M.ASSERTED, False)}),
    # a name beside a copula's predicate noun: "among the dead is the journalist X"
    ("de", "Unter den Toten ist auch der Journalist Peter Müller.", {"Peter Müller": P},
     {("Peter Müller", "Journalist", M.ASSERTED, False)}),
    ("en", "Among the dead is the journalist Peter Miller.", {"Peter Miller": P},
     {("Peter Miller", "journalist", M.ASSERTED, False)}),
    # ... up through the phrases the owned noun stands in
    ("de", "Die Zeitung berief sich auf Antworten auf Anfragen der Fraktion der Linkspartei.",
     {"Linkspartei": ORG}, {("Linkspartei", "Fraktion", M.ASSERTED, False)}),
    ("en", "The paper relied on answers to requests of the group of the Left Party.",
     {"Left Party": ORG}, {("Left Party", "group", M.ASSERTED, False)}),
    # an article shows the genitive the noun's tag misses (``Königs`` tagged accusative)
    ("de", "Sie hoffte, dass es mit dem Amtsantritt des neuen Königs Salman eine Begnadigung "
           "geben werde.", {"Salman": P}, {("Salman", "Amtsantritt", M.REPORTED, False)}),
    # a preposition fused with the definite article (im, beim, vom) makes its noun definite
    ("de", "Er arbeitete jahrelang beim Magistrat.", {"Magistrat": ORG},
     {("Magistrat", "arbeiten", M.ASSERTED, False)}),
    ("en", "He worked for years at the city council.", {"city council": ORG},
     {("city council", "work", M.ASSERTED, False)}),
    # a name a rule found that the universal tag calls a common noun (Hofer: NOUN, NE)
    ("de", "Das Motiv, einen Präsidenten Hofer zu verhindern, sorgte für Stimmen.",
     {"Hofer": P}, {("Hofer", "verhindern", M.ASSERTED, False)}),
    ("en", "Many feared a President Hofer.", {"Hofer": P},
     {("Hofer", "fear", M.ASSERTED, False)}),
    # a copula's predicate noun the parser took for an object: the owner takes part in it
    ("de", "Auslöser der Krise war das Bestreben von Präsident Pierre Nkurunziza, sich ein "
           "weiteres Mandat zu sichern.", {"Pierre Nkurunziza": P},
     {("Pierre Nkurunziza", "Bestreben", M.ASSERTED, False)}),
    ("en", "The trigger of the crisis was the bid by President Pierre Nkurunziza to secure "
           "another term.", {"Pierre Nkurunziza": P},
     {("Pierre Nkurunziza", "bid", M.ASSERTED, False)}),
    # what it owns is a mention of its own (no node of a generic event): the clause's verb
    ("de", "Preitler wird bei einer Lehrerkonferenz der Pädagogischen Hochschule Wien sprechen.",
     {"Preitler": P, "Lehrerkonferenz": A.EVENT, "Pädagogischen Hochschule Wien": ORG},
     {("Preitler", "sprechen", M.ASSERTED, False),
      ("Pädagogischen Hochschule Wien", "sprechen", M.ASSERTED, False)}),
    ("en", "Preitler will speak at a teachers' conference of the University of Vienna.",
     {"Preitler": P, "conference": A.EVENT, "University of Vienna": ORG},
     {("Preitler", "speak", M.ASSERTED, False),
      ("University of Vienna", "speak", M.ASSERTED, False)}),
    # a place where the clause goes or comes from (``in`` with an accusative too)
    ("de", "Tausende zogen nach Ungarn.", {"Ungarn": L}, {("Ungarn", "ziehen", M.ASSERTED, False)}),
    ("en", "Thousands moved to Hungary.", {"Hungary": L},
     {("Hungary", "move", M.ASSERTED, False)}),
    ("de", "Viele Wähler kommen aus dem Burgenland.", {"Burgenland": L},
     {("Burgenland", "kommen", M.ASSERTED, False)}),
    ("de", "Die Schwaben zogen in die Batschka.", {"Batschka": L},
     {("Batschka", "ziehen", M.ASSERTED, False)}),
    # a name hung on its title without a preposition; a predicate noun the parser left under its
    # copula
    ("de", "Zuletzt waren der Abgeordnete Thomas Pupp und die Gemeinderätin Sophia Reisecker "
           "für diese Position gehandelt worden.",
     {"Thomas Pupp": P, "Sophia Reisecker": P},
     {("Thomas Pupp", "handeln", M.ASSERTED, False),
      ("Sophia Reisecker", "handeln", M.ASSERTED, False)}),
    ("en", "Most recently the MP Thomas Pupp and the councillor Sophia Reisecker were "
           "considered for the post.", {"Thomas Pupp": P, "Sophia Reisecker": P},
     {("Thomas Pupp", "consider", M.ASSERTED, False),
      ("Sophia Reisecker", "consider", M.ASSERTED, False)}),
    ("de", "Ich bleibe bei meiner Aussage, dass Rudi Hundstorfer ein hervorragender Kandidat "
           "wäre.", {"Rudi Hundstorfer": P},
     {("Rudi Hundstorfer", "Kandidat", M.HYPOTHETICAL, False)}),
    ("en", "I maintain that Rudi Hundstorfer would be an excellent candidate.",
     {"Rudi Hundstorfer": P}, {("Rudi Hundstorfer", "candidate", M.HYPOTHETICAL, False)}),
    # so does a known name or an acronym compounded to it (EU-Staaten)
    ("de", "Kritik kam von mehreren EU-Staaten.", {"EU-Staaten": G},
     {("EU-Staaten", "kommen", M.ASSERTED, False)}),
    ("en", "Several NATO-states did not comment.", {"NATO-states": G},
     {("NATO-states", "comment", M.ASSERTED, True)}),
    # a possessive makes a noun particular (seine Frau)
    ("de", "Weder er noch seine Frau hatten Geheimnisse.", {"Frau": P},
     {("Frau", "haben", M.ASSERTED, True)}),
    ("en", "His wife did not comment.", {"wife": P},
     {("wife", "comment", M.ASSERTED, True)}),
    # a collective of one nation names particular ones ("oft" is no particle of the verb)
    ("de", "Ukrainische Extremisten verlieren oft.", {"Ukrainische Extremisten": G},
     {("Ukrainische Extremisten", "verlieren", M.ASSERTED, False)}),
    ("en", "Ukrainian extremists often lose.", {"Ukrainian extremists": G},
     {("Ukrainian extremists", "lose", M.ASSERTED, False)}),
    # a counted group; a copula's predicate; a place as the clause's subject
    ("de", "Fünf Angreifer sprengten sich in die Luft.", {"Angreifer": G},
     {("Angreifer", "sprengen", M.ASSERTED, False)}),
    ("en", "Five attackers blew themselves up.", {"attackers": G},
     {("attackers", "blow up", M.ASSERTED, False)}),
    ("de", "Anja Hagenauer ist die logische Nachfolgerin.", {"Anja Hagenauer": P},
     {("Anja Hagenauer", "Nachfolgerin", M.ASSERTED, False)}),
    ("en", "Anja Hagenauer is the logical successor.", {"Anja Hagenauer": P},
     {("Anja Hagenauer", "successor", M.ASSERTED, False)}),
    ("de", "Aleppo ist seit dem Jahr 2012 geteilt.", {"Aleppo": L},
     {("Aleppo", "teilen", M.ASSERTED, False)}),
    ("en", "Aleppo has been divided since 2012.", {"Aleppo": L},
     {("Aleppo", "divide", M.ASSERTED, False)}),
    # a person or an organisation no construction reads takes part in its sentence's verb
    ("de", "Viele bei Boeing bezweifeln den Nutzen der Jets.", {"Boeing": ORG},
     {("Boeing", "bezweifeln", M.ASSERTED, False)}),
    ("en", "Many at Boeing doubt the purchase of the jets because of the high cost.",
     {"Boeing": ORG}, {("Boeing", "doubt", M.ASSERTED, False)}),
    ("de", "Viele im Umfeld von Angela Merkel bezweifeln den Nutzen der Jets.",
     {"Angela Merkel": P}, {("Angela Merkel", "bezweifeln", M.ASSERTED, False)}),
    ("en", "Many around Angela Merkel doubt the purchase of the jets because of the high cost.",
     {"Angela Merkel": P}, {("Angela Merkel", "doubt", M.ASSERTED, False)}),
    ("de", "Die Terrorwelle in Paris hat nach einer Bilanz der Staatsanwaltschaft 129 Tote "
           "gefordert.", {"Staatsanwaltschaft": ORG},
     {("Staatsanwaltschaft", "fordern", M.ASSERTED, False)}),
])
def test_a_named_actor_without_a_statement_takes_part_in_its_clause(
        nlp_de, nlp_en, lang, text, names, expected):
    got = _involved(nlp_de if lang == "de" else nlp_en, lang, text, names)
    assert got == expected, got


@pytest.mark.parametrize(("lang", "text", "names"), [
    # another statement has the actor
    ("de", "Die SPÖ kritisiert die ÖVP.", {"SPÖ": ORG, "ÖVP": ORG}),
    ("en", "The SPÖ criticises the ÖVP.", {"SPÖ": ORG, "ÖVP": ORG}),
    # a collective or a force owning what the verb acts on, or in another phrase of a noun, is
    # described there
    ("de", "Die Krise weckte die Aufmerksamkeit des Westens.", {"Westens": G}),
    ("en", "The crisis caught the attention of the West.", {"West": G}),
    ("de", "Um gemeinsame Missionen mit den Streitkräften des Diktators zu starten, kam er.",
     {"Streitkräften": A.ARMED_FORCE}),
    ("en", "They wanted to start missions with the armed forces of the dictator.",
     {"armed forces": A.ARMED_FORCE}),
    # a bare plural names nobody in particular
    ("de", "Oft verlieren Rebellen.", {"Rebellen": G}),
    ("en", "Rebels often lose.", {"Rebels": G}),
    ("de", "Gewaltbereite Extremisten verlieren oft.", {"Gewaltbereite Extremisten": G}),
    ("en", "Violent extremists often lose.", {"Violent extremists": G}),
    # a place whose word it is (a source phrase), not where the clause goes
    ("de", "Laut Teheran sind die Berater nur zur Ausbildung dort.", {"Teheran": L}),
    ("en", "According to Tehran, the advisers are only there for training.", {"Tehran": L}),
    # a place the clause is about, not where it goes, comes from or acts on
    ("de", "Armenien bat während des Konflikts um Berg-Karabach um Unterstützung.",
     {"Berg-Karabach": L}),
    ("en", "Armenia asked for support during the conflict over Nagorno-Karabakh.",
     {"Nagorno-Karabakh": L}),
    # a country or a place where no construction reads it is a setting
    ("de", "Viele in Frankreich bezweifeln den Nutzen der Jets.", {"Frankreich": C}),
    ("en", "Many in France doubt the purchase of the jets because of the high cost.",
     {"France": C}),
    ("en", "Many in Paris doubt the purchase of the jets because of the high cost.",
     {"Paris": L}),
    # a heading without a verb
    ("de", "Die SPÖ im Wahlkampf", {"SPÖ": ORG}),
    ("en", "The SPÖ in the campaign", {"SPÖ": ORG}),
])
def test_no_involvement(nlp_de, nlp_en, lang, text, names):
    got = _involved(nlp_de if lang == "de" else nlp_en, lang, text, names)
    assert not got, got


@pytest.mark.parametrize(("lang", "text", "actor", "involved"), [
    # the other statement's pronoun stays unresolved: the involvement stands for the actor
    ("de", "Mit der Zeitung in der Hand klopfte er bei Édouard Delebecque an.",
     "Édouard Delebecque", True),
    ("en", "With the paper in his hand, he called on Edouard Delebecque.",
     "Edouard Delebecque", True),
    # it resolves: the actor has that statement, and the involvement is dropped
    ("de", "Johann Lamesfeld kam. Mit der Zeitung in der Hand klopfte er bei Édouard "
           "Delebecque an.", "Édouard Delebecque", False),
    ("en", "Johann Lamesfeld came. With the paper in his hand, he called on Edouard "
           "Delebecque.", "Edouard Delebecque", False),
])
def test_an_involvement_stands_in_for_a_statement_a_pronoun_loses(
        nlp_de, nlp_en, lang, text, actor, involved):
    import kg

    triples = kg.extract_text(text, lang=lang)
    rules = {t.provenance.rule for t in triples if actor in (t.subject.label, t.object.label)}
    assert rules and (("involved" in rules) == involved), [
        (t.subject.label, t.predicate.id, t.object.label) for t in triples]


@pytest.mark.parametrize(("lang", "text", "word"), [
    ("de", "Konkret ging es um das Mittel Midazolam.", "Midazolam"),
    ("en", "Specifically, it was about the drug Midazolam.", "Midazolam"),
])
def test_a_lone_model_guess_of_one_word_stands_for_no_actor(nlp_de, nlp_en, lang, text, word):
    from dataclasses import replace

    doc = (nlp_de if lang == "de" else nlp_en)(text)
    guess = [replace(m, source="ner") for m in mentions(doc, {word: P})]
    triples = make_dependency_extractor()(doc, document(doc, lang), guess)
    assert not [t for t in triples if t.provenance.rule == "involved"]


@pytest.mark.parametrize(("lang", "text", "label"), [
    # a known name behind its descriptor noun ("Jihadistenmiliz", a name to the parser)
    ("de", "Die Jihadistenmiliz Islamischer Staat (IS) steht ebenfalls im Verdacht, Chlorgas "
           "einzusetzen.", "Islamic State"),
    ("en", "The jihadist militia Islamic State is also suspected of using chlorine gas.",
     "Islamic State"),
])
def test_a_name_behind_its_descriptor_is_a_node(nlp_de, nlp_en, lang, text, label):
    import kg

    triples = kg.extract_text(text, lang=lang)
    assert any(label in (t.subject.label, t.object.label) for t in triples), [
        (t.subject.label, t.predicate.id, t.object.label) for t in triples]


@pytest.mark.parametrize(("lang", "text", "person", "node"), [
    # one person the text introduces by a noun is a node of the article; a predicate is none
    ("de", "Zudem wurde dabei ein Passant getötet.", "Passant", True),
    ("en", "In addition, a woman was killed.", "woman", True),
    ("de", "Er ist ein Mann der Tat.", "Mann", False),
    ("en", "He is a man of action.", "man", False),
])
def test_a_person_introduced_by_a_noun(nlp_de, nlp_en, lang, text, person, node):
    import kg

    triples = kg.extract_text(text, lang=lang)
    ends = [e for t in triples for e in (t.subject, t.object) if e.label == person]
    assert bool(ends) == node and all(e.type.value == "Person" and e.id.endswith("_text")
                                      for e in ends), [(e.label, e.type, e.id) for e in ends]


@pytest.mark.parametrize(("lang", "text", "names", "actor"), [
    # a known actor as the first part of a compound noun owns that noun (German writes one
    # word, English two): it takes part in the clause
    ("de", "Das sagte Außenminister Sergej Lawrow am Dienstag bei einer UN-Konferenz in Genf.",
     {"Sergej Lawrow": P, "Genf": L}, "UN"),
    ("en", "Lavrov said so on Tuesday at a UN conference in Geneva.",
     {"Lavrov": P, "Geneva": L, "UN": ORG}, "UN"),
    ("de", "Das schrieb der Minister auf seiner Facebook-Seite.", {}, "Facebook"),
    ("en", "The minister wrote so on his Facebook page.", {"Facebook": ORG}, "Facebook"),
    ("de", "Er hat als Staatsanwalt wichtige Prozesse gegen Al-Kaida-Terroristen geführt.", {},
     "Al-Kaida"),
    # also where the recogniser has a mention of the first part alone (one German word; the
    # English two words are the UN conference above)
    ("de", "Das sei noch offen, heißt es auf STANDARD-Anfrage.", {"STANDARD": ORG}, "STANDARD"),
])
def test_a_known_actor_in_a_compound_takes_part(nlp_de, nlp_en, lang, text, names, actor):
    got = _involved(nlp_de if lang == "de" else nlp_en, lang, text, names)
    assert actor in {a for a, *_ in got}, got


@pytest.mark.parametrize(("lang", "text", "names"), [
    # the compound is an actor itself: the forces, not the country
    ("de", "Die US-Streitkräfte verlegten zwei Flugzeuge.", {"US-Streitkräfte": A.ARMED_FORCE}),
    # the actor has a statement of its own
    ("de", "Die UN kritisierte Russland bei einer UN-Konferenz.", {"UN": ORG, "Russland": C}),
])
def test_no_involvement_of_a_compound_part(nlp_de, nlp_en, lang, text, names):
    got = _involved(nlp_de if lang == "de" else nlp_en, lang, text, names)
    assert not got, got
