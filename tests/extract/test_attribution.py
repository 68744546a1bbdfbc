"""Reported speech: speaker attribution, source phrases and the speaker's medium."""

import pytest

from kg.extract.dependency import make_dependency_extractor
from kg.types import ActorType as A
from kg.types import Modality as M
from tests.extract.builders import document, mentions

P, ORG, C, F = A.PERSON, A.ORGANIZATION, A.COUNTRY, A.ARMED_FORCE


def _got(doc, lang, names):
    return {(t.subject.text, t.predicate.id, t.object.text, t.modality,
             t.attributed_to.text if t.attributed_to else None)
            for t in make_dependency_extractor()(doc, document(doc, lang), mentions(doc, names))}


@pytest.mark.parametrize(("text", "names", "expected"), [
    ("Russland werde die Ukraine angreifen, sagte Putin.",
     {"Russland": C, "Ukraine": C, "Putin": P},
     ("Russland", "attacks", "Ukraine", M.REPORTED, "Putin")),
    ("Putin sagte, dass Russland Finnland angreifen werde.",
     {"Russland": C, "Finnland": C, "Putin": P},
     ("Russland", "attacks", "Finnland", M.REPORTED, "Putin")),
    ("Laut Amnesty hat die Armee die Stadt angegriffen.", {"Amnesty": ORG, "Armee": F},
     ("Armee", "attacks", "Stadt", M.REPORTED, "Amnesty")),
    ("Der Regierung zufolge hat die Armee die Stadt angegriffen.", {"Armee": F},
     ("Armee", "attacks", "Stadt", M.REPORTED, "Regierung")),
    ("Das sei falsch, erklärte Mitterlehner auf Facebook.",
     {"Mitterlehner": P, "Facebook": ORG},
     ("Mitterlehner", "statesTo", "Facebook", M.ASSERTED, None)),
    ("Nach dem langen Treffen der beiden Parteien erklärte Mitterlehner auf Facebook: Wir "
     "müssen neue Akzente setzen.", {"Mitterlehner": P, "Facebook": ORG},
     ("Mitterlehner", "statesTo", "Facebook", M.ASSERTED, None)),
    ("Das sei falsch, sagte Merkel im ZDF-Interview.", {"Merkel": P},
     ("Merkel", "statesTo", "ZDF", M.ASSERTED, None)),
    ("Das sei falsch, sagte Mitterlehner im STANDARD-Gespräch.", {"Mitterlehner": P},
     ("Mitterlehner", "statesTo", "STANDARD", M.ASSERTED, None)),
])
def test_german_attribution(nlp_de, text, names, expected):
    got = _got(nlp_de(text), "de", names)
    assert expected in got, got


@pytest.mark.parametrize(("lang", "text", "names"), [
    ("de", "Das sei falsch, sagte Merkel in Berlin.", {"Merkel": P, "Berlin": A.LOCATION}),
    ("de", "Das sei falsch, sagte Merkel im Berlin-Report.", {"Merkel": P}),
    ("en", "The talks failed, Merkel said in Berlin.", {"Merkel": P, "Berlin": A.LOCATION}),
])
def test_a_place_is_no_medium(nlp_de, nlp_en, lang, text, names):
    nlp = nlp_de if lang == "de" else nlp_en
    got = _got(nlp(text), lang, names)
    assert not any(p == "statesTo" for _, p, _, _, _ in got), got


def test_source_phrase_is_no_argument(nlp_de):
    got = _got(nlp_de("Laut Amnesty hat die Armee die Stadt angegriffen."),
               "de", {"Amnesty": ORG, "Armee": F})
    assert not any(o == "Amnesty" for _, _, o, _, _ in got), got


@pytest.mark.parametrize(("text", "names", "expected"), [
    ("According to Amnesty, the army attacked the city.", {"Amnesty": ORG, "army": F},
     ("army", "attacks", "city", M.REPORTED, "Amnesty")),
    ("Putin said that Russia attacked Finland.", {"Russia": C, "Finland": C, "Putin": P},
     ("Russia", "attacks", "Finland", M.REPORTED, "Putin")),
    ("The talks failed, Merkel said in an interview with Der Spiegel.",
     {"Merkel": P, "Der Spiegel": ORG},
     ("Merkel", "statesTo", "Der Spiegel", M.ASSERTED, None)),
    ("The talks failed, Merkel said in a BBC interview.", {"Merkel": P, "BBC": ORG},
     ("Merkel", "statesTo", "BBC", M.ASSERTED, None)),
    ("The talks failed, Merkel said in a conversation with the BBC.", {"Merkel": P, "BBC": ORG},
     ("Merkel", "statesTo", "BBC", M.ASSERTED, None)),
])
def test_english_attribution(nlp_en, text, names, expected):
    got = _got(nlp_en(text), "en", names)
    assert expected in got, got


@pytest.mark.parametrize(("lang", "text", "names", "expected"), [
    ("de", "Wie die Nachrichtenagentur Reuters meldete, will die Regierung das Gesetz ändern.",
     {"Reuters": ORG, "Regierung": ORG}, ("Reuters", "Regierung")),
    ("de", "Die Armee erklärte, die Rebellen hätten das Dorf angegriffen.",
     {"Armee": F, "Rebellen": A.GROUP}, ("Armee", "Rebellen")),
    ("de", "Der Minister werde zurücktreten, berichtete die Zeitung Kurier.",
     {"Kurier": ORG, "Minister": P}, ("Kurier", "Minister")),
    ("en", "As Reuters reported, the government wants to change the law.",
     {"Reuters": ORG, "government": ORG}, ("Reuters", "government")),
    # a source phrase: the institution reports on the clause's doer
    ("de", "Laut Amnesty hat die Armee die Stadt angegriffen.", {"Amnesty": ORG, "Armee": F},
     ("Amnesty", "Armee")),
    ("en", "According to Amnesty, the army attacked the city.", {"Amnesty": ORG, "army": F},
     ("Amnesty", "army")),
    # no actor named in the clause: the source reports on the place it names
    ("de", "Laut Polizei wurden in Kabul drei Menschen getötet.",
     {"Polizei": ORG, "Kabul": A.LOCATION}, ("Polizei", "Kabul")),
    # a postposed source word hung on the next noun (dem Militär zufolge ein Soldat)
    ("de", "Bei einem Überfall im Bezirk Kandahar wurde dem Militär zufolge ein weiterer "
     "Wachmann verletzt.", {"Militär": ORG, "Kandahar": A.LOCATION}, ("Militär", "Kandahar")),
    ("en", "According to the police, three people died in a blast in the province of Helmand.",
     {"police": ORG, "Helmand": A.LOCATION}, ("police", "Helmand")),
    # a statement noun names its source by its owner or its compound
    ("de", "Nach Angaben der Polizei wurden in Kabul drei Menschen getötet.",
     {"Polizei": ORG, "Kabul": A.LOCATION}, ("Polizei", "Kabul")),
    ("de", "Nach UNO-Angaben haben Rebellen die Stadt angegriffen.", {"Rebellen": A.GROUP},
     ("UNO", "Rebellen")),
    ("de", "Die Rebellen zogen nach Aleppo, wo nach Angaben der UNO Hunderte Menschen starben.",
     {"Rebellen": A.GROUP, "Aleppo": A.LOCATION, "UNO": ORG}, ("UNO", "Aleppo")),
    ("en", "According to UN figures, three people died in Kabul.",
     {"UN": ORG, "Kabul": A.LOCATION}, ("UN", "Kabul")),
    ("de", "Nach einem Bericht der Zeitung Kurier will die Regierung das Gesetz ändern.",
     {"Kurier": ORG, "Regierung": ORG}, ("Kurier", "Regierung")),
    ("de", "Im letzten Monat hat es in Frankreich nach einem Bericht von Le Monde mehr als "
     "hundert Proteste gegeben.", {"Le Monde": ORG, "Frankreich": C}, ("Le Monde", "Frankreich")),
    ("en", "According to a report by Amnesty, the government wants to change the law.",
     {"Amnesty": ORG, "government": ORG}, ("Amnesty", "government")),
])
def test_an_institution_reports_on_the_clause_actor(nlp_de, nlp_en, lang, text, names, expected):
    nlp = nlp_de if lang == "de" else nlp_en
    got = {(s, o) for s, p, o, _, _ in _got(nlp(text), lang, names) if p == "reportsOn"}
    assert expected in got, got


@pytest.mark.parametrize(("lang", "text", "names"), [
    # a person speaks: the speaker attribution says it
    ("de", "Putin sagte, Russland werde die Ukraine angreifen.",
     {"Putin": P, "Russland": C, "Ukraine": C}),
    # a coordinated clause is no content, and an object is what was announced
    ("de", "Die Landespartei gab ihre Auflösung bekannt, die Bundesspitze kündigte daraufhin "
     "einen Neustart an.", {"Landespartei": ORG, "Bundesspitze": ORG}),
    # a source phrase on a passive without a doer: the victims are no topic of the report
    ("de", "Dem Militär zufolge wurden zwei Soldaten getötet.", {"Militär": F, "Soldaten": F}),
    ("de", "Dem Militär zufolge wurden in Kabul zwei Soldaten getötet.",
     {"Militär": F, "Soldaten": F, "Kabul": A.LOCATION}),  # victims named: no place report
    ("en", "According to the army, two soldiers were killed in Kabul.",
     {"army": F, "soldiers": F, "Kabul": A.LOCATION}),
    # "nach" with a noun that is no statement: a direction, not a source
    ("de", "Nach dem Treffen der UNO wurden in Kabul drei Menschen getötet.",
     {"UNO": ORG, "Kabul": A.LOCATION}),
    # an addressee: the statement names whom the institution told
    ("en", "The ministry told Reuters that the army had left.",
     {"ministry": ORG, "Reuters": ORG, "army": F}),
])
def test_no_report_without_an_institution_speaking_to_no_one(nlp_de, nlp_en, lang, text, names):
    nlp = nlp_de if lang == "de" else nlp_en
    got = _got(nlp(text), lang, names)
    assert not any(p == "reportsOn" for _, p, _, _, _ in got), got


def test_a_titled_person_is_no_reporting_institution(nlp_de):
    doc = nlp_de("Eine neue Regierung werde angestrebt, erklärte Podemos-Chef Pablo Iglesias.")
    got = _got(doc, "de", {"Pablo Iglesias": P, "Podemos-Chef": ORG, "Regierung": ORG})
    assert not any(p == "reportsOn" for _, p, _, _, _ in got), got


def _quotes(doc, lang, names):
    return {(t.subject.text, t.predicate.lemma, t.object.text, t.modality, t.negated)
            for t in make_dependency_extractor()(doc, document(doc, lang), mentions(doc, names))
            if t.provenance.rule == "quote"}


@pytest.mark.parametrize(("lang", "text", "names", "expected"), [
    # the reporting clause after the quote, and before it
    ("de", "Ein Zusammenbruch von Recht und Gesetz steht bevor, sagte Zeid.", {"Zeid": P},
     ("Zeid", "sagen", "Ein Zusammenbruch von Recht und Gesetz steht bevor", M.ASSERTED, False)),
    ("de", "Die Regierung erklärte, dass die Gespräche gescheitert seien.", {"Regierung": ORG},
     ("Regierung", "erklären", "dass die Gespräche gescheitert seien", M.ASSERTED, False)),
    ("en", "The talks have failed, Merkel said on Monday.", {"Merkel": P},
     ("Merkel", "say", "The talks have failed", M.ASSERTED, False)),
    ("en", "Merkel said that the talks had failed.", {"Merkel": P},
     ("Merkel", "say", "that the talks had failed", M.ASSERTED, False)),
    # the quote's own modality is not the report's: that X said it is a fact
    ("de", "Die Preise könnten bald steigen, sagte Kickl.", {"Kickl": P},
     ("Kickl", "sagen", "Die Preise könnten bald steigen", M.ASSERTED, False)),
    ("en", "Prices could rise soon, Kickl said.", {"Kickl": P},
     ("Kickl", "say", "Prices could rise soon", M.ASSERTED, False)),
    # an institution speaks too; a negated reporting verb is a negated statement
    ("de", "Wie die Armee mitteilte, ereignete sich der Angriff an einer Kreuzung.", {"Armee": F},
     ("Armee", "mitteilen", "ereignete sich der Angriff an einer Kreuzung", M.ASSERTED, False)),
    ("de", "Kickl sagte nicht, dass er zurücktreten werde.", {"Kickl": P},
     ("Kickl", "sagen", "dass er zurücktreten werde", M.ASSERTED, True)),
    # a quote after a colon (the parser may leave it a tree of its own), a copular quote
    ("de", "Die SPÖ erklärte: Wir lehnen das Paket ab.", {"SPÖ": ORG},
     ("SPÖ", "erklären", "Wir lehnen das Paket ab", M.ASSERTED, False)),
    ("de", "Foglar sagte: Der Fachkräftemangel ist ein Mythos.", {"Foglar": P},
     ("Foglar", "sagen", "Der Fachkräftemangel ist ein Mythos", M.ASSERTED, False)),
    ("en", "Merkel said: the shortage is a myth.", {"Merkel": P},
     ("Merkel", "say", "the shortage is a myth", M.ASSERTED, False)),
    ("en", "Merkel said the shortage is a myth.", {"Merkel": P},
     ("Merkel", "say", "the shortage is a myth", M.ASSERTED, False)),
    # an object that points back quotes the sentence before (parsed object-first too)
    ("de", "Die FPÖ braucht einen Kandidaten. Dies sagte Abwerzger am Mittwoch.",
     {"FPÖ": ORG, "Abwerzger": P},
     ("Abwerzger", "sagen", "Die FPÖ braucht einen Kandidaten", M.ASSERTED, False)),
    ("en", "The party needs a candidate. Abwerzger said this on Wednesday.",
     {"Abwerzger": P}, ("Abwerzger", "say", "The party needs a candidate", M.ASSERTED, False)),
    # no clause: what the reporting verb is about is what was said
    ("de", "Die Armutskonferenz warnt vor Kürzungen.", {"Armutskonferenz": ORG},
     ("Armutskonferenz", "warnen vor", "Kürzungen", M.ASSERTED, False)),
    ("en", "The Poverty Conference warned of cuts.", {"Poverty Conference": ORG},
     ("Poverty Conference", "warn of", "cuts", M.ASSERTED, False)),
    # more reporting verbs (a particle the parser read as a marker, a speaker read as object)
    ("de", "Mikl-Leitner hält zu den dramatischen Stunden fest: Das schweißt zusammen.",
     {"Mikl-Leitner": P}, ("Mikl-Leitner", "festhalten", "Das schweißt zusammen", M.ASSERTED,
                           False)),
    ("de", "Die Nachricht hat uns mitgenommen, erinnert sich Doskozil.", {"Doskozil": P},
     ("Doskozil", "erinnern", "Die Nachricht hat uns mitgenommen", M.ASSERTED, False)),
    ("de", "Es wäre ein massiver Eingriff, pflichtete Reissner bei.", {"Reissner": P},
     ("Reissner", "beipflichten", "Es wäre ein massiver Eingriff", M.ASSERTED, False)),
    ("de", "Man habe nichts zu verbergen, stellte Strache klar.", {"Strache": P},
     ("Strache", "klarstellen", "Man habe nichts zu verbergen", M.ASSERTED, False)),
    ("de", "Er habe Fehler gemacht, gab Faymann zu.", {"Faymann": P},
     ("Faymann", "zugeben", "Er habe Fehler gemacht", M.ASSERTED, False)),
    ("de", "Die Lage sei ernst, mahnte Kickl.", {"Kickl": P},
     ("Kickl", "mahnen", "Die Lage sei ernst", M.ASSERTED, False)),
    ("en", "The situation was dangerous, Kickl recalled.", {"Kickl": P},
     ("Kickl", "recall", "The situation was dangerous", M.ASSERTED, False)),
    ("en", "Mistakes were made, Faymann conceded.", {"Faymann": P},
     ("Faymann", "concede", "Mistakes were made", M.ASSERTED, False)),
    ("en", "Van der Bellen declared that the situation was serious.", {"Van der Bellen": P},
     ("Van der Bellen", "declare", "that the situation was serious", M.ASSERTED, False)),
    # a quote that denies is no denied saying; a saying denied by its own words is
    ("de", "Das sei kein Problem, merkte Kickl an.", {"Kickl": P},
     ("Kickl", "anmerken", "Das sei kein Problem", M.ASSERTED, False)),
    ("en", "That is no problem, Kickl remarked.", {"Kickl": P},
     ("Kickl", "remark", "That is no problem", M.ASSERTED, False)),
    # a clause that names its subject last, before a colon, introduces that subject's words
    ("de", "Ins selbe Horn stößt auch Ministerin Gabriele Heinisch-Hosek: Das Ergebnis zeigt, "
           "dass das Bildungswesen gut funktioniert.", {"Gabriele Heinisch-Hosek": P},
     ("Gabriele Heinisch-Hosek", "sagen",
      "Das Ergebnis zeigt, dass das Bildungswesen gut funktioniert", M.ASSERTED, False)),
    ("en", "Also critical was Gabriele Heinisch-Hosek: The result shows that the schools work.",
     {"Gabriele Heinisch-Hosek": P},
     ("Gabriele Heinisch-Hosek", "say", "The result shows that the schools work", M.ASSERTED,
      False)),
    # an unnamed spokesperson speaks for the actor whose spokesperson he is
    ("de", "Die Gespräche seien gescheitert, sagte ein Sprecher der Polizei.", {"Polizei": ORG},
     ("Polizei", "sagen", "Die Gespräche seien gescheitert", M.ASSERTED, False)),
    ("en", "The talks have failed, a spokesman for the police said.", {"police": ORG},
     ("police", "say", "The talks have failed", M.ASSERTED, False)),
    # a compound of an institution and a role: the institution speaks
    ("de", "Die Gespräche seien gescheitert, sagte ein Polizeisprecher.", {},
     ("Polizei", "sagen", "Die Gespräche seien gescheitert", M.ASSERTED, False)),
    ("de", "Ein Regierungssprecher erklärte, die Gespräche würden fortgesetzt.", {},
     ("Regierung", "erklären", "die Gespräche würden fortgesetzt", M.ASSERTED, False)),
    ("en", "The talks have failed, a police spokesman said.", {"police": ORG},
     ("police", "say", "The talks have failed", M.ASSERTED, False)),
    ("de", "Die Kämpfe gehen weiter, sagte der Chef der Gruppe Fursan al-Hak.",
     {"Fursan al-Hak": ORG},
     ("Fursan al-Hak", "sagen", "Die Kämpfe gehen weiter", M.ASSERTED, False)),
    ("en", "The fighting goes on, a spokesman for Fursan al-Haq said.",
     {"Fursan al-Haq": ORG},
     ("Fursan al-Haq", "say", "The fighting goes on", M.ASSERTED, False)),
    # more reporting verbs: a criticism, an addition, a reflexive "äußerte sich"
    ("de", "Das sei ein Skandal, kritisierte Kickl.", {"Kickl": P},
     ("Kickl", "kritisieren", "Das sei ein Skandal", M.ASSERTED, False)),
    ("de", "Die Regierung habe versagt, ergänzte Kern.", {"Kern": P},
     ("Kern", "ergänzen", "Die Regierung habe versagt", M.ASSERTED, False)),
    ("de", "Gauland äußerte sich über den Nationalspieler.", {"Gauland": P},
     ("Gauland", "äußern über", "Nationalspieler", M.ASSERTED, False)),
    ("en", "The plan is a scandal, Kickl stressed.", {"Kickl": P},
     ("Kickl", "stress", "The plan is a scandal", M.ASSERTED, False)),
    ("en", "The government has failed, Kern admitted.", {"Kern": P},
     ("Kern", "admit", "The government has failed", M.ASSERTED, False)),
    ("de", "Die Ausgangssperre sei beendet, gab der Gouverneur Ali Ihsan Su bekannt.",
     {"Ali Ihsan Su": P},
     ("Ali Ihsan Su", "bekanntgeben", "Die Ausgangssperre sei beendet", M.ASSERTED, False)),
    ("de", "Der Klubchef, Arno Grünbacher, gab an, das könne so sein.", {"Arno Grünbacher": P},
     ("Arno Grünbacher", "angeben", "das könne so sein", M.ASSERTED, False)),
    # the speaker's name after a role noun and its phrase is the speaker
    ("de", "Die Gespräche sind gescheitert, sagte der Minderheitsführer im Senat, Harry Reid.",
     {"Harry Reid": P},
     ("Harry Reid", "sagen", "Die Gespräche sind gescheitert", M.ASSERTED, False)),
    ("en", "The talks failed, said the Democratic minority leader in the Senate, Harry Reid.",
     {"Harry Reid": P}, ("Harry Reid", "say", "The talks failed", M.ASSERTED, False)),
    # a demand quotes what is demanded (pack demand_verbs.txt)
    ("de", "Die Gerichte haben für die Bürger da zu sein, fordert Wolff.", {"Wolff": P},
     ("Wolff", "fordern", "Die Gerichte haben für die Bürger da zu sein", M.ASSERTED, False)),
    ("en", "Wolff demanded that the courts stay open.", {"Wolff": P},
     ("Wolff", "demand", "that the courts stay open", M.ASSERTED, False)),
    # a name's bare role noun after a comma is its apposition, not the verb's object
    ("de", "Die Ermittlungen schaden Rousseff, meint Claudio Couto, Politologe an der "
           "Universität.", {"Claudio Couto": P, "Rousseff": P},
     ("Claudio Couto", "meinen", "Die Ermittlungen schaden Rousseff", M.ASSERTED, False)),
    ("en", "The inquiry hurts Rousseff, said Claudio Couto, political scientist at the "
           "university.", {"Claudio Couto": P, "Rousseff": P},
     ("Claudio Couto", "say", "The inquiry hurts Rousseff", M.ASSERTED, False)),
])
def test_an_actor_says_the_clause_it_reports(nlp_de, nlp_en, lang, text, names, expected):
    nlp = nlp_de if lang == "de" else nlp_en
    got = _quotes(nlp(text), lang, names)
    assert expected in got, got
    quote = next(t for t in make_dependency_extractor()(
        nlp(text), document(nlp(text), lang), mentions(nlp(text), names))
        if t.provenance.rule == "quote")
    assert quote.object.type == A.CONCEPT and quote.attributed_to is None


@pytest.mark.parametrize(("lang", "text", "names"), [
    # no actor speaks: a study, a report
    ("de", "Die Studie sagt, dass die Preise steigen.", {}),
    ("en", "The report says that prices will rise.", {}),
    # an unnamed role holder of no named actor
    ("de", "Die Gespräche seien gescheitert, sagte der Sprecher.", {}),
    ("en", "The talks have failed, the spokesman said.", {}),
    # whom an unnamed spokesperson tells it to is not whom she speaks for
    ("de", "Die Schulleiter müssen das verantworten, sagt eine Sprecherin zum STANDARD.",
     {"STANDARD": ORG}),
    ("de", "Die Gespräche seien gescheitert, sagte ein Sprecher zur Zeitung Kurier.",
     {"Kurier": ORG}),
    ("en", "The heads must answer for that, a spokeswoman told the Standard.",
     {"Standard": ORG}),
    # an anaphor with no sentence before it quotes nothing
    ("de", "Dies sagte Abwerzger am Mittwoch.", {"Abwerzger": P}),
    # a topic that is an actor is the verb's own statement (warnen vor X: statesTo … )
    ("de", "Die Armutskonferenz warnt vor der Regierung.",
     {"Armutskonferenz": ORG, "Regierung": ORG}),
    # a direct object is what was said, stated by the verb rules
    ("de", "Putin kündigte Neuwahlen an.", {"Putin": P}),
    ("en", "Putin announced new elections.", {"Putin": P}),
    # a name before a colon that is no subject speaks no words
    ("de", "Das sagte er über Kickl: Er sei ein Problem.", {"Kickl": P}),
    ("en", "He said this about Kickl: He is a problem.", {"Kickl": P}),
    # a reporting verb in an adverbial clause does not quote the clause it modifies
    ("de", "Nachdem sich Gauland geäußert hatte, gingen die Wogen hoch.", {"Gauland": P}),
    ("en", "After Gauland had spoken, tempers flared.", {"Gauland": P}),
])
def test_no_quote_without_an_actor_and_a_reported_clause(nlp_de, nlp_en, lang, text, names):
    nlp = nlp_de if lang == "de" else nlp_en
    assert not _quotes(nlp(text), lang, names)


@pytest.mark.parametrize(("lang", "text", "names", "expected"), [
    # a source phrase on a clause that names no actor: the source says the clause
    ("de", "Nach Angaben der Polizei erlitt die Soldatin schwere Verletzungen.",
     {"Polizei": ORG}, ("Polizei", "Angabe", "erlitt die Soldatin schwere Verletzungen")),
    ("en", "According to the police, the soldier suffered serious injuries.",
     {"police": ORG}, ("police", "according", "the soldier suffered serious injuries")),
    # a person as source, a postposition, a phrase inside the clause
    ("de", "Laut Kickl wurde niemand verletzt.", {"Kickl": P},
     ("Kickl", "laut", "wurde niemand verletzt")),
    ("de", "Der Polizei zufolge wurde niemand verletzt.", {"Polizei": ORG},
     ("Polizei", "zufolge", "wurde niemand verletzt")),
    ("de", "Sie sollen in den vergangenen Tagen nach Angaben der Polizei mehr als 100 Kämpfer "
     "getötet haben.", {"Polizei": ORG},
     ("Polizei", "Angabe", "mehr als 100 Kämpfer getötet haben")),
    # a country as source; a source compounded with its statement noun
    ("de", "Nach Angaben Russlands wurden drei Menschen getötet.", {"Russlands": C},
     ("Russlands", "Angabe", "wurden drei Menschen getötet")),
    ("en", "According to Russia, three people died.", {"Russia": C},
     ("Russia", "according", "three people died")),
    ("de", "Nach UNO-Angaben haben Rebellen die Stadt angegriffen.", {"Rebellen": A.GROUP},
     ("UNO", "Angaben", "haben Rebellen die Stadt angegriffen")),
    # statement nouns: an assessment, findings, testimony
    ("de", "Nach Einschätzung der Vereinten Nationen droht die Krise zu eskalieren.",
     {"Vereinten Nationen": ORG},
     ("Vereinten Nationen", "Einschätzung", "droht die Krise zu eskalieren")),
    ("de", "Nach Erkenntnissen der Polizei handelte der Täter allein.", {"Polizei": ORG},
     ("Polizei", "Erkenntnisse", "handelte der Täter allein")),
    ("en", "According to an assessment by the United Nations, the crisis could escalate.",
     {"United Nations": ORG},
     ("United Nations", "according", "the crisis could escalate")),
    ("en", "According to findings by the police, the attacker acted alone.", {"police": ORG},
     ("police", "according", "the attacker acted alone")),
    ("de", "Nach einer Bilanz der Staatsanwaltschaft starben 129 Menschen.",
     {"Staatsanwaltschaft": ORG}, ("Staatsanwaltschaft", "Bilanz", "starben 129 Menschen")),
    ("en", "According to a tally by the prosecutors, the attacks killed 129 people.",
     {"prosecutors": ORG}, ("prosecutors", "according", "the attacks killed 129 people")),
])
def test_a_source_says_a_clause_that_names_no_actor(nlp_de, nlp_en, lang, text, names, expected):
    nlp = nlp_de if lang == "de" else nlp_en
    got = {(s, p, o) for s, p, o, m, n in _quotes(nlp(text), lang, names)
           if m == M.ASSERTED and not n}
    assert expected in got, got


@pytest.mark.parametrize(("lang", "text", "names", "expected"), [
    # an interview turn: a name, a colon, what was said (also split into two sentences)
    ("de", "Glawischnig: Nicht nur Deutschland, ganz Europa steht vor einer Richtungsfrage.",
     {"Glawischnig": P, "Deutschland": C},
     ("Glawischnig", "sagen", "Nicht nur Deutschland, ganz Europa steht vor einer "
                              "Richtungsfrage")),
    ("de", "Werner Faymann: Wir werden das schaffen.", {"Werner Faymann": P},
     ("Werner Faymann", "sagen", "Wir werden das schaffen")),
    ("en", "Merkel: We will manage this.", {"Merkel": P},
     ("Merkel", "say", "We will manage this")),
])
def test_a_name_and_a_colon_open_a_quote(nlp_de, nlp_en, lang, text, names, expected):
    nlp = nlp_de if lang == "de" else nlp_en
    got = {(s, p, o) for s, p, o, m, n in _quotes(nlp(text), lang, names)}
    assert expected in got, got


@pytest.mark.parametrize(("lang", "text", "names"), [
    ("de", "Türkei: Regierung kündigt Neuwahlen an.", {"Türkei": C}),  # a headline's topic
    ("de", "Anders die FPÖ: Die Mindestsicherung bietet falsche Anreize.", {"FPÖ": ORG}),
    ("en", "Turkey: government calls new elections.", {"Turkey": C}),
])
def test_no_interview_turn_without_a_speaker_opening_the_sentence(nlp_de, nlp_en, lang, text,
                                                                  names):
    nlp = nlp_de if lang == "de" else nlp_en
    assert not any(p in ("sagen", "say") for _, p, _, _, _ in _quotes(nlp(text), lang, names))


@pytest.mark.parametrize(("lang", "text", "names", "expected"), [
    # what a demand's clause says is intended, not asserted or reported
    ("de", "Die SPÖ fordert, dass die Regierung die Türkei kritisiert.",
     {"SPÖ": ORG, "Regierung": ORG, "Türkei": C},
     ("Regierung", "criticizes", "Türkei", M.INTENDED)),
    ("en", "The SPÖ demanded that the government criticise Russia.",
     {"SPÖ": ORG, "government": ORG, "Russia": C},
     ("government", "criticizes", "Russia", M.INTENDED)),
])
def test_a_demanded_clause_is_intended(nlp_de, nlp_en, lang, text, names, expected):
    nlp = nlp_de if lang == "de" else nlp_en
    doc = nlp(text)
    got = {(t.subject.text, t.predicate.id, t.object.text, t.modality)
           for t in make_dependency_extractor()(doc, document(doc, lang), mentions(doc, names))}
    assert expected in got, got


@pytest.mark.parametrize(("lang", "text", "names", "speakers"), [
    # coordinated speakers say it together
    ("de", "Die Gespräche sind gescheitert, sagten Kickl und Mitterlehner.",
     {"Kickl": P, "Mitterlehner": P}, {"Kickl", "Mitterlehner"}),
    ("en", "The talks have failed, Kickl and Mitterlehner said.",
     {"Kickl": P, "Mitterlehner": P}, {"Kickl", "Mitterlehner"}),
])
def test_coordinated_speakers_each_say_the_quote(nlp_de, nlp_en, lang, text, names, speakers):
    nlp = nlp_de if lang == "de" else nlp_en
    got = {s for s, _, _, _, _ in _quotes(nlp(text), lang, names)}
    assert speakers <= got, got


@pytest.mark.parametrize(("lang", "text", "names", "expected"), [
    # a speaker marker after the last comma names who said the sentence (speaker_markers.txt)
    ("de", "Das geht so nicht weiter, so Faymann.", {"Faymann": P},
     ("Faymann", "sagen", "Das geht so nicht weiter", M.ASSERTED, False)),
    ("de", "Man werde die Gespräche fortsetzen, so Mitterlehner weiter.", {"Mitterlehner": P},
     ("Mitterlehner", "sagen", "Man werde die Gespräche fortsetzen", M.ASSERTED, False)),
    # English writes it as a source phrase
    ("en", "The talks have failed, according to Faymann.", {"Faymann": P},
     ("Faymann", "according", "The talks have failed", M.ASSERTED, False)),
])
def test_a_speaker_marker_closes_a_quote(nlp_de, nlp_en, lang, text, names, expected):
    nlp = nlp_de if lang == "de" else nlp_en
    got = _quotes(nlp(text), lang, names)
    assert expected in got, got


def test_so_opening_a_clause_names_no_speaker(nlp_de):
    assert not _quotes(nlp_de("Er kam, so wie erwartet, zu spät."), "de", {})


@pytest.mark.parametrize(("lang", "text", "names"), [
    # a reported clause in the conditional ("würden", "would") is what was said, not a
    # condition of the saying
    ("de", "Die Wahlen würden vorbereitet, sagte Lawrow.", {"Lawrow": P}),
    ("en", "The elections would be prepared, Lavrov said.", {"Lavrov": P}),
])
def test_a_conditional_quote_is_said_as_a_fact(nlp_de, nlp_en, lang, text, names):
    nlp = nlp_de if lang == "de" else nlp_en
    got = _quotes(nlp(text), lang, names)
    assert got and all(m == M.ASSERTED for _, _, _, m, _ in got), got


@pytest.mark.parametrize(("lang", "text", "names", "expected"), [
    # the broadcaster's name right after the noun is the addressee (no genitive: no "-s",
    # no genitive article)
    ("de", "Die Wahlen würden vorbereitet, sagte Lawrow dem Fernsehsender Rossija 1.",
     {"Lawrow": P, "Rossija 1": ORG}, ("Lawrow", "statesTo", "Rossija 1")),
    ("en", "The elections will be prepared, Lavrov told the broadcaster Rossiya 1.",
     {"Lavrov": P, "Rossiya 1": ORG}, ("Lavrov", "statesTo", "Rossiya 1")),
    # a compound of a medium noun names its broadcaster (Morgenjournal ends in "journal")
    ("de", "Das sei zu wenig, sagte Faymann im Ö1-Morgenjournal.", {"Faymann": P},
     ("Faymann", "statesTo", "Ö1")),
    ("de", "Das sei zu wenig, sagte Faymann im ZDF-Nachrichtenmagazin.", {"Faymann": P},
     ("Faymann", "statesTo", "ZDF")),
    # the broadcaster two compounds before the medium noun
    ("en", "That is too little, Faymann said in the ORF evening journal.",
     {"Faymann": P, "ORF": ORG}, ("Faymann", "statesTo", "ORF")),
    ("en", "That is too little, Faymann said in the BBC morning programme.",
     {"Faymann": P, "BBC": ORG}, ("Faymann", "statesTo", "BBC")),
    # the name set beside a medium noun, or beside a compound ending in one
    ("de", "Die Lage sei ernst, sagte Varoufakis im australischen Radiosender ABC.",
     {"Varoufakis": P, "ABC": ORG}, ("Varoufakis", "statesTo", "ABC")),
    ("en", "The situation is serious, Varoufakis said on the Australian broadcaster ABC.",
     {"Varoufakis": P, "ABC": ORG}, ("Varoufakis", "statesTo", "ABC")),
    ("en", "The situation is serious, Varoufakis said on the news channel CNN.",
     {"Varoufakis": P, "CNN": ORG}, ("Varoufakis", "statesTo", "CNN")),
    # a dative phrase right after the speaker's name is whom he tells, not the name's
    # genitive (a name takes none): with its name, beside a title, or a name's compound
    ("de", "Die Fähren seien ausgebucht, sagte die Behördenchefin Christina Kalogirou der "
     "Zeitung Kathimerini.", {"Christina Kalogirou": P, "Kathimerini": ORG},
     ("Christina Kalogirou", "statesTo", "Kathimerini")),
    ("en", "The ferries are fully booked, the agency's head Christina Kalogirou told the "
     "newspaper Kathimerini.", {"Christina Kalogirou": P, "Kathimerini": ORG},
     ("Christina Kalogirou", "statesTo", "Kathimerini")),
    ("de", "Die Regierung werde einen Plan vorlegen, wie Europa-Ministerin Jadranka Joksimovic "
     "der Belgrader Zeitung Danas sagte.", {"Jadranka Joksimovic": P, "Danas": ORG},
     ("Jadranka Joksimovic", "statesTo", "Danas")),
    ("de", "Die Lage sei ernst, sagte Merkel der Bild-Zeitung.", {"Merkel": P, "Bild": ORG},
     ("Merkel", "statesTo", "Bild")),
    ("en", "The situation is serious, Merkel told the Bild newspaper.", {"Merkel": P, "Bild": ORG},
     ("Merkel", "statesTo", "Bild")),
    # a demand or a rejection made in a medium is said to it too; a title's name speaks
    ("de", "Gewerkschafter Paul Kimberger forderte im Ö1-Mittagsjournal mehr Lehrer.",
     {"Paul Kimberger": P}, ("Paul Kimberger", "statesTo", "Ö1")),
    ("en", "On the BBC, union leader Paul Kimberger demanded more teachers.",
     {"Paul Kimberger": P, "BBC": ORG}, ("Paul Kimberger", "statesTo", "BBC")),
])
def test_medium_named_with_its_noun(nlp_de, nlp_en, lang, text, names, expected):
    nlp = nlp_de if lang == "de" else nlp_en
    got = {(s, p, o) for s, p, o, _, _ in _got(nlp(text), lang, names)}
    assert expected in got, got


@pytest.mark.parametrize(("lang", "text", "names"), [
    # a name the tagger read as a verb ("RT" as a participle) is no predicate
    ("de", "Dabei seien 800 Ziele zerstört worden, sagte Putin dem TV-Sender RT.",
     {"Putin": P, "RT": ORG}),
    ("en", "Some 800 targets were destroyed, Putin told the broadcaster RT.",
     {"Putin": P, "RT": ORG}),
])
def test_a_name_is_no_predicate(nlp_de, nlp_en, lang, text, names):
    nlp = nlp_de if lang == "de" else nlp_en
    doc = nlp(text)
    got = list(make_dependency_extractor()(doc, document(doc, lang), mentions(doc, names)))
    assert not any(t.predicate.lemma.lower() in ("rt", "putin") for t in got), got


@pytest.mark.parametrize(("lang", "text", "names", "source"), [
    # a "wie"/"as" reporting clause after what it reports (the parser made it a conjunct, or
    # left "wie" an adverb): the source says the clause, and an institution reports on its actor
    ("de", "Die Hamas griff Israel an, wie die Nachrichtenagentur Anadolu meldete.",
     {"Hamas": ORG, "Israel": C, "Anadolu": ORG}, "Anadolu"),
    ("de", "Die Hamas griff Israel an, wie die Organisation Amnesty International meldete.",
     {"Hamas": ORG, "Israel": C, "Amnesty International": ORG}, "Amnesty International"),
    ("en", "Hamas attacked Israel, as Amnesty International reported.",
     {"Hamas": ORG, "Israel": C, "Amnesty International": ORG}, "Amnesty International"),
])
def test_a_trailing_wie_clause_reports(nlp_de, nlp_en, lang, text, names, source):
    nlp = nlp_de if lang == "de" else nlp_en
    got = {(s, p, o) for s, p, o, _, _ in _got(nlp(text), lang, names)}
    assert (source, "reportsOn", "Hamas") in got, got
