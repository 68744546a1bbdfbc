"""Titles and party brackets (kg.extract.titles): sentence → triple tables, German and English."""

from dataclasses import replace

import pytest

from kg.extract.dependency import make_dependency_extractor
from kg.types import ActorType as A
from kg.types import Document, Mention
from kg.types import Modality as M
from tests.extract.builders import document, mentions

P, ORG, C = A.PERSON, A.ORGANIZATION, A.COUNTRY


def _got(doc, document, found):
    return {(t.subject.text, t.predicate.id, t.object.text, t.negated, t.modality)
            for t in make_dependency_extractor()(doc, document, found)}


@pytest.mark.parametrize(("lang", "text", "names", "expected"), [
    # a region's adjective names the region the office is held in, not a country
    ("de", "Der bayerische Ministerpräsident Horst Seehofer kritisierte Merkel.",
     {"Horst Seehofer": P, "Merkel": P}, ("Horst Seehofer", "headOf", "Bayern")),
    ("de", "Das Hineinpfuschen des niederösterreichischen Landeshauptmanns Erwin Pröll stört.",
     {"Erwin Pröll": P}, ("Erwin Pröll", "headOf", "Niederösterreich")),
    ("en", "The Kurdish president Masoud Barzani visited Ankara.",
     {"Masoud Barzani": P, "Ankara": A.LOCATION}, ("Masoud Barzani", "headOf", "Kurdistan")),
])
def test_region_adjective_titles(request, lang, text, names, expected):
    doc = request.getfixturevalue(f"nlp_{lang}")(text)
    found = make_dependency_extractor()(doc, document(doc, lang), mentions(doc, names))
    got = {(t.subject.text, t.predicate.id, t.object.lemma, t.object.type) for t in found}
    assert (*expected, A.LOCATION) in got, got


@pytest.mark.parametrize(("text", "names", "expected"), [
    ("Die Opposition wirft HDP-Chef Selahattin Demirtaş Verrat vor.",
     {"Selahattin Demirtaş": P}, ("Selahattin Demirtaş", "leads", "HDP")),
    ("Gestern trat SPÖ-Chefin Martina Schröck zurück.",
     {"Martina Schröck": P}, ("Martina Schröck", "leads", "SPÖ")),
    ("Das sagte Finanzminister Hans Jörg Schelling (ÖVP) am Samstag.",
     {"Hans Jörg Schelling": P, "ÖVP": ORG}, ("Hans Jörg Schelling", "memberOf", "ÖVP")),
    ("Die KPÖ-Stadträtin Elke Kahr wurde gewählt.",  # an office for a party: membership
     {"Elke Kahr": P}, ("Elke Kahr", "memberOf", "KPÖ")),
    ("Nur elf Prozent gab es für ÖVP-Kandidat Andreas Khol.",  # a party's candidate
     {"Andreas Khol": P}, ("Andreas Khol", "memberOf", "ÖVP")),
    ("Andreas Khol, der Kandidat der ÖVP, kam auf elf Prozent.",
     {"Andreas Khol": P, "ÖVP": ORG}, ("Andreas Khol", "memberOf", "ÖVP")),
    ("Der französische Außenminister Laurent Fabius reiste nach Wien.",
     {"Laurent Fabius": P, "französische": C, "Wien": A.LOCATION},
     ("Laurent Fabius", "holdsPosition", "französische")),
    ("Gegen den Chef der prokurdischen HDP, Selahattin Demirtas, wird ermittelt.",
     {"HDP": ORG, "Selahattin Demirtas": P}, ("Selahattin Demirtas", "leads", "HDP")),
    ("Nach dem Auftritt von Christian Kern als designierter SPÖ-Vorsitzender sprach er.",
     {"Christian Kern": P}, ("Christian Kern", "leads", "SPÖ")),
    ("Das Nato-Mitglied Türkei protestierte.", {"Türkei": C}, ("Türkei", "memberOf", "Nato")),
    ("Der Sprecher sagte, ÖVP-Sprecher Peter Haubner habe nicht gelogen.",  # still a fact
     {"Peter Haubner": P}, ("Peter Haubner", "spokespersonOf", "ÖVP")),
    # inflected role compounds (genitive, accusative): the role noun without its ending
    ("Nach dem Ausschluss des EU-Abgeordneten Ewald Stadler zerfiel die Partei.",
     {"Ewald Stadler": P}, ("Ewald Stadler", "memberOf", "EU")),
    ("Die Partei schloss den ÖVP-Abgeordneten Karl Huber aus.",
     {"Karl Huber": P}, ("Karl Huber", "memberOf", "ÖVP")),
    ("Der Rücktritt des NEOS-Chefs Karl Huber kam überraschend.",
     {"Karl Huber": P}, ("Karl Huber", "leads", "NEOS")),
    # the name after the role's phrase and a comma
    ("Der russische Botschafter in Wien, Sergej Netschajew, wird seinen Posten räumen.",
     {"Sergej Netschajew": P, "russische": C, "Wien": A.LOCATION},
     ("Sergej Netschajew", "holdsPosition", "russische")),
    ("Das sagte der UN-Hochkommissar für Menschenrechte, Zeid Raad al-Hussein, am Freitag.",
     {"Zeid Raad al-Hussein": P}, ("Zeid Raad al-Hussein", "memberOf", "UN")),
])
def test_german_titles(nlp_de, text, names, expected):
    doc = nlp_de(text)
    got = _got(doc, document(doc, "de"), mentions(doc, names))
    assert (*expected, False, M.ASSERTED) in got, got


@pytest.mark.parametrize(("text", "names", "expected"), [
    ("The German foreign minister Frank Steinmeier visited Warsaw.",
     {"Frank Steinmeier": P, "German": C}, ("Frank Steinmeier", "holdsPosition", "German")),
    # the name after the role's phrase and a comma
    ("The Russian ambassador in Vienna, Sergei Nechayev, will leave his post.",
     {"Sergei Nechayev": P, "Russian": C, "Vienna": A.LOCATION},
     ("Sergei Nechayev", "holdsPosition", "Russian")),
    ("ÖVP candidate Andreas Khol won only eleven percent.",  # a party's candidate
     {"Andreas Khol": P, "ÖVP": ORG}, ("Andreas Khol", "affiliatedWith", "ÖVP")),
    ("NATO spokesman Piers Cazalet denied the report.",
     {"Piers Cazalet": P, "NATO": ORG}, ("Piers Cazalet", "spokespersonOf", "NATO")),
    ("He spoke of John Smith as Labour leader.", {"John Smith": P, "Labour": ORG},
     ("John Smith", "leads", "Labour")),
    ("Senator John Smith (Labour) did not vote.",
     {"John Smith": P, "Labour": ORG}, ("John Smith", "memberOf", "Labour")),
])
def test_english_titles(nlp_en, text, names, expected):
    doc = nlp_en(text)
    got = _got(doc, document(doc, "en"), mentions(doc, names))
    assert (*expected, False, M.ASSERTED) in got, got


def test_compound_prefix_without_a_recognised_actor_is_skipped(nlp_de):
    text = "Der Ex-Chef Peter Müller kam."
    doc = nlp_de(text)
    got = _got(doc, Document(id="t", text=text, lang="de"), mentions(doc, {"Peter Müller": P}))
    assert not any(p == "leads" for _, p, *_ in got)


@pytest.mark.parametrize(("text", "names", "expected"), [
    ("Finanzminister Hans Jörg Schelling sprach. Die SPÖ wirft dem Minister Zynismus vor.",
     {"Hans Jörg Schelling": P, "SPÖ": ORG}, ("SPÖ", "accuses", "Hans Jörg Schelling")),
    ("ÖVP-Chef Reinhold Mitterlehner kam. Der Parteichef kritisierte die SPÖ.",
     {"Reinhold Mitterlehner": P, "SPÖ": ORG}, ("Reinhold Mitterlehner", "criticizes", "SPÖ")),
    ("Präsident Recep Erdoğan beauftragte Ministerpräsident Ahmet Davutoğlu. Die Opposition "
     "wirft dem türkischen Präsidenten Betrug vor.",
     {"Recep Erdoğan": P, "Ahmet Davutoğlu": P}, ("Opposition", "accuses", "Recep Erdoğan")),
])
def test_role_noun_stands_for_the_titled_person(nlp_de, text, names, expected):
    doc = nlp_de(text)
    got = {(t.subject.text if t.subject.type != P else t.subject.lemma or t.subject.text,
            t.predicate.id, t.object.lemma or t.object.text)
           for t in make_dependency_extractor()(doc, document(doc, "de"), mentions(doc, names))}
    assert expected in got, got


@pytest.mark.parametrize(("lang", "text", "names", "present", "absent"), [
    # a copula's predicate (and its conjuncts) is its subject's role: the subject holds it
    ("de", "Landtagsklubobmann Walter Steidl bestätigt das. Bernhard Auinger ist "
           "Betriebsratsvorsitzender der Porsche-Holding und SPÖ-Klubobmann im Gemeinderat.",
     {"Walter Steidl": P, "Bernhard Auinger": P},
     ("Bernhard Auinger", "leads", "SPÖ"), ("Walter Steidl", "leads", "SPÖ")),
    # an apposition is its partner's role, not the person introduced with the title
    ("de", "Finanzminister Hans Jörg Schelling sprach. Karl Huber, der frühere Finanzminister, "
           "kritisierte die Regierung.", {"Hans Jörg Schelling": P, "Karl Huber": P,
                                         "Regierung": ORG},
     ("Karl Huber", "criticizes", "Regierung"), ("Hans Jörg Schelling", "criticizes", "Regierung")),
    ("en", "Finance minister Hans Schelling spoke. Karl Huber, a former finance minister, "
           "criticised the government.", {"Hans Schelling": P, "Karl Huber": P,
                                          "government": ORG},
     ("Karl Huber", "criticizes", "government"), ("Hans Schelling", "criticizes", "government")),
])
def test_a_role_noun_describing_a_phrase_is_no_titled_person(request, lang, text, names,
                                                            present, absent):
    doc = request.getfixturevalue(f"nlp_{lang}")(text)
    got = {(t.subject.lemma or t.subject.text, t.predicate.id, t.object.lemma or t.object.text)
           for t in make_dependency_extractor()(doc, document(doc, lang), mentions(doc, names))}
    assert present in got and absent not in got, got


def test_english_role_noun_stands_for_the_titled_person(nlp_en):
    text = "Minister John Smith spoke. The Labour party criticized the minister."
    doc = nlp_en(text)
    got = {(t.predicate.id, t.object.lemma or t.object.text)
           for t in make_dependency_extractor()(doc, document(doc, "en"),
                                                mentions(doc, {"John Smith": P}))}
    assert ("criticizes", "John Smith") in got, got


def test_headline_role_compound_takes_the_titled_person(nlp_de):
    text = ("XYZ-Vorsitzender gegen Einmischung aus dem Ausland. Warschau – Der polnische "
            "Parteichef Jan Kowalski hat Deutschland kritisiert. Die XYZ regiert.")
    doc = nlp_de(text)
    got = {(t.subject.text, t.predicate.id, t.object.text)
           for t in make_dependency_extractor()(doc, document(doc, "de"),
                                                mentions(doc, {"Jan Kowalski": P, "XYZ": ORG,
                                                               "polnische": C}))}
    assert ("Jan Kowalski", "leads", "XYZ") in got, got
    assert ("Jan Kowalski", "leads", "polnische") not in got, got  # a party chief is Polish


def test_headline_role_noun_refers_forward(nlp_de):
    text = ("Die Sozialdemokraten werfen dem Finanzminister Zynismus vor – Kritik. Wien – "
            "Finanzminister Hans Jörg Schelling erhob eine Forderung.")
    doc = nlp_de(text)
    got = {(t.predicate.id, t.object.lemma or t.object.text)
           for t in make_dependency_extractor()(doc, document(doc, "de"),
                                                mentions(doc, {"Hans Jörg Schelling": P}))}
    assert ("accuses", "Hans Jörg Schelling") in got, got


def test_possessive_owner_of_a_title(nlp_de):
    doc = nlp_de("Anders die FPÖ: Das sei gut, meint deren Sozialsprecher Herbert Kickl.")
    got = {(t.subject.text, t.predicate.id, t.object.text, t.object.source)
           for t in make_dependency_extractor()(doc, document(doc, "de"),
                                                mentions(doc, {"Herbert Kickl": P, "FPÖ": ORG}))}
    assert ("Herbert Kickl", "spokespersonOf", "deren", "pronoun") in got, got


def test_english_possessive_owner_of_a_title(nlp_en):
    doc = nlp_en("NATO met on Monday, its spokesman Piers Cazalet said.")
    got = {(t.subject.text, t.predicate.id, t.object.text)
           for t in make_dependency_extractor()(doc, document(doc, "en"),
                                                mentions(doc, {"Piers Cazalet": P, "NATO": ORG}))}
    assert ("Piers Cazalet", "spokespersonOf", "its") in got, got


@pytest.mark.parametrize(("lang", "text", "names", "expected"), [
    ("de", "Michael Häupl ist Bürgermeister von Wien.",
     {"Michael Häupl": A.PERSON, "Wien": A.LOCATION}, ("Michael Häupl", "headOf", "Wien")),
    ("de", "Sundar Pichai ist Chef von Google.",
     {"Sundar Pichai": A.PERSON, "Google": A.ORGANIZATION}, ("Sundar Pichai", "leads", "Google")),
    ("en", "Michael Häupl is mayor of Vienna.",
     {"Michael Häupl": A.PERSON, "Vienna": A.LOCATION}, ("Michael Häupl", "headOf", "Vienna")),
    ("en", "Sundar Pichai is the chief of Google.",
     {"Sundar Pichai": A.PERSON, "Google": A.ORGANIZATION}, ("Sundar Pichai", "leads", "Google")),
    # a university's rector leads it; a branch of a group is its subsidiary
    ("de", "Heinrich Schmidinger ist Rektor der Universität Salzburg.",
     {"Heinrich Schmidinger": A.PERSON, "Universität Salzburg": A.ORGANIZATION},
     ("Heinrich Schmidinger", "leads", "Universität Salzburg")),
    ("en", "Heinrich Schmidinger is rector of the University of Salzburg.",
     {"Heinrich Schmidinger": A.PERSON, "University of Salzburg": A.ORGANIZATION},
     ("Heinrich Schmidinger", "leads", "University of Salzburg")),
    ("de", "Die Al-Nusra-Front ist der syrische Zweig der Terrororganisation Al-Kaida.",
     {"Al-Nusra-Front": A.ARMED_FORCE, "Al-Kaida": A.ORGANIZATION},
     ("Al-Nusra-Front", "subsidiaryOf", "Al-Kaida")),
    ("en", "The Nusra Front is the Syrian branch of Al-Qaeda.",
     {"Nusra Front": A.ARMED_FORCE, "Al-Qaeda": A.ORGANIZATION},
     ("Nusra Front", "subsidiaryOf", "Al-Qaeda")),
    ("de", "Die Gruppe ist ein Ableger der Taliban.",
     {"Gruppe": A.GROUP, "Taliban": A.ARMED_FORCE}, ("Gruppe", "subsidiaryOf", "Taliban")),
    ("en", "Hamas is an offshoot of the Muslim Brotherhood.",
     {"Hamas": A.ORGANIZATION, "Muslim Brotherhood": A.ORGANIZATION},
     ("Hamas", "subsidiaryOf", "Muslim Brotherhood")),
    # "werden"/"become": the subject becomes what the role says; a titled subject's name holds it
    ("de", "Michael Häupl wird Bürgermeister von Wien.",
     {"Michael Häupl": A.PERSON, "Wien": A.LOCATION}, ("Michael Häupl", "headOf", "Wien")),
    ("de", "Die KPÖ-Stadträtin Elke Kahr wird Vizebürgermeisterin von Graz.",
     {"Elke Kahr": A.PERSON, "Graz": A.LOCATION}, ("Elke Kahr", "holdsPosition", "Graz")),
    # the subject of a copula is a role noun: the predicate's name holds it
    ("de", "Ihr Nachfolger ist der 38-jährige Techniker Michael Ehmann.",
     {"Michael Ehmann": A.PERSON}, ("Michael Ehmann", "succeeds", "Ihr")),
    ("de", "Michael Ehmann ist ihr Nachfolger.",
     {"Michael Ehmann": A.PERSON}, ("Michael Ehmann", "succeeds", "ihr")),
    ("en", "Michael Ehmann is her successor.",
     {"Michael Ehmann": A.PERSON}, ("Michael Ehmann", "succeeds", "her")),
    ("en", "Michael Häupl became mayor of Vienna.",
     {"Michael Häupl": A.PERSON, "Vienna": A.LOCATION}, ("Michael Häupl", "headOf", "Vienna")),
])
def test_role_noun_with_von_or_of(request, lang, text, names, expected):
    doc = request.getfixturevalue(f"nlp_{lang}")(text)
    got = {(t.subject.text, t.predicate.id, t.object.text)
           for t in make_dependency_extractor()(doc, document(doc, lang), mentions(doc, names))}
    assert expected in got, got


@pytest.mark.parametrize(("lang", "text", "names", "expected"), [
    ("de", "Der österreichische Kanzler Werner Faymann sagte, die Grenze bleibe offen.",
     {"Werner Faymann": P, "österreichische": C}, ("headOf", "Kanzler")),
    ("en", "Austrian Chancellor Werner Faymann said the border would stay open.",
     {"Werner Faymann": P, "Austrian": C}, ("headOf", "Chancellor")),
    ("de", "Der britische Premierminister David Cameron sagte, die Grenze bleibe offen.",
     {"David Cameron": P, "britische": C}, ("headOf", "Premierminister")),
    ("en", "British Prime Minister David Cameron said the border would stay open.",
     {"David Cameron": P, "British": C}, ("headOf", "Prime Minister")),
    ("de", "Der österreichische Außenminister Sebastian Kurz sagte, die Grenze bleibe offen.",
     {"Sebastian Kurz": P, "österreichische": C}, ("holdsPosition", "Außenminister")),
    ("en", "Austrian Foreign Minister Sebastian Kurz said the border would stay open.",
     {"Sebastian Kurz": P, "Austrian": C}, ("holdsPosition", None)),
    # a former holder's "ex", closed up or hyphenated, keeps the office
    ("de", "Der georgische Expräsident Michail Saakaschwili sagte, die Grenze bleibe offen.",
     {"Michail Saakaschwili": P, "georgische": C}, ("headOf", "Expräsident")),
    ("en", "The Georgian ex-president Mikheil Saakashvili said the border would stay open.",
     {"Mikheil Saakashvili": P, "Georgian": C}, ("headOf", None)),
])
def test_national_office_titles_agree_across_languages(request, lang, text, names, expected):
    """``Prime Minister X`` heads the country like ``Premierminister X``; one office, one role."""
    doc = request.getfixturevalue(f"nlp_{lang}")(text)
    found = mentions(doc, names)
    triples = [t for t in make_dependency_extractor()(doc, document(doc, lang), found)
               if t.predicate.id in ("headOf", "holdsPosition")]
    holder = next(n for n, kind in names.items() if kind == P)
    assert {(t.subject.text, t.predicate.id) for t in triples} == {(holder, expected[0])}
    if expected[1] is not None:
        assert expected[1] in {t.predicate.lemma for t in triples}


@pytest.mark.parametrize(("lang", "text", "names", "expected"), [
    ("de", "Kritik kam auch von den Grünen. Empört zeigte sich Sozialsprecherin Eva Berger.",
     {"Grünen": ORG, "Eva Berger": P}, ("Eva Berger", "spokespersonOf", "Grünen")),
    ("de", "Die Polizei nahm drei Männer fest. Sprecher Karl Huber bestätigte das.",
     {"Polizei": ORG, "Karl Huber": P}, ("Karl Huber", "spokespersonOf", "Polizei")),
    # a compound whose first part names no actor (ArbeitnehmerInnen-) still looks before
    ("de", "Die Grünen protestierten. Das sei falsch, sagte Arbeitnehmer-Sprecherin Eva Berger.",
     {"Grünen": ORG, "Eva Berger": P}, ("Eva Berger", "spokespersonOf", "Grünen")),
    ("en", "The police arrested three men. Spokesman John Smith confirmed it.",
     {"police": ORG, "John Smith": P}, ("John Smith", "spokespersonOf", "police")),
])
def test_role_owner_named_in_the_sentence_before(request, lang, text, names, expected):
    nlp = request.getfixturevalue(f"nlp_{lang}")
    doc = nlp(text)
    got = _got(doc, document(doc, lang), mentions(doc, names))
    assert (*expected, False, M.ASSERTED) in got, got


@pytest.mark.parametrize(("lang", "text", "names"), [
    # two organisations before: whose spokesperson is unknown
    ("de", "Die SPÖ und die ÖVP stritten. Sprecher Karl Huber bestätigte das.",
     {"SPÖ": ORG, "ÖVP": ORG, "Karl Huber": P}),
    # a state office: its country is no nearby organisation
    ("de", "Die Grünen protestierten. Finanzminister Karl Huber schwieg.",
     {"Grünen": ORG, "Karl Huber": P}),
    # too far back: two sentences between
    ("de", "Die Polizei kam. Es regnete. Es war kalt. Sprecher Karl Huber bestätigte das.",
     {"Polizei": ORG, "Karl Huber": P}),
])
def test_no_role_owner_when_none_or_two_are_near(request, lang, text, names):
    nlp = request.getfixturevalue(f"nlp_{lang}")
    doc = nlp(text)
    got = _got(doc, document(doc, lang), mentions(doc, names))
    assert not any(s == "Karl Huber" and p in ("spokespersonOf", "holdsPosition", "memberOf")
                   for s, p, _, _, _ in got), got


@pytest.mark.parametrize(("lang", "text", "names", "expected"), [
    ("de", "Der Streit geht weiter. Graz – Das sagte ein Sprecher von Bürgermeister "
     "Siegfried Berger. In Graz wird gewählt.", {"Siegfried Berger": P, "Graz": A.LOCATION},
     ("Siegfried Berger", "headOf", "Graz")),
    ("de", "Linz – Die Opposition kritisierte Vizebürgermeisterin Eva Berger. Linz wählt bald.",
     {"Eva Berger": P, "Linz": A.LOCATION}, ("Eva Berger", "holdsPosition", "Linz")),
    ("en", "BOSTON (AP) – Mayor Thomas Berger spoke on Monday. Boston votes in May.",
     {"Thomas Berger": P, "Boston": A.LOCATION}, ("Thomas Berger", "headOf", "Boston")),
])
def test_town_office_in_the_dateline_city(request, lang, text, names, expected):
    nlp = request.getfixturevalue(f"nlp_{lang}")
    doc = nlp(text)
    # the recogniser keeps the dateline's own place out (boilerplate): the city's mention is
    # its later one in running text
    found = [replace(m, start=(k := text.rindex(m.text)), end=k + len(m.text))
             if m.type is A.LOCATION else m for m in mentions(doc, names)]
    got = _got(doc, document(doc, lang), found)
    assert (*expected, False, M.ASSERTED) in got, got


@pytest.mark.parametrize(("text", "names"), [
    # no dateline
    ("Das sagte Bürgermeister Siegfried Berger. In Graz wird gewählt.",
     {"Siegfried Berger": P, "Graz": A.LOCATION}),
    # a state office: an article from Wien may quote any country's minister
    ("Wien – Das sagte Finanzminister Siegfried Berger. Wien wählt.",
     {"Siegfried Berger": P, "Wien": A.LOCATION}),
    # two places in the dateline
    ("Graz/Linz – Das sagte Bürgermeister Siegfried Berger. Graz und Linz wählen.",
     {"Siegfried Berger": P, "Graz": A.LOCATION, "Linz": A.LOCATION}),
])
def test_no_town_office_owner_without_one_dateline_place(nlp_de, text, names):
    doc = nlp_de(text)
    got = _got(doc, document(doc, "de"), mentions(doc, names))
    assert not any(s == "Siegfried Berger" and o in ("Graz", "Linz", "Wien")
                   for s, _, o, _, _ in got), got


@pytest.mark.parametrize(("lang", "text", "names", "role"), [
    # a name after the comma that opens a clause of its own holds no role
    ("de", "Das sagte der Sprecher der Regierung, Merkel habe recht.",
     {"Regierung": ORG, "Merkel": P}, "spokespersonOf"),
    ("en", "That is what the spokesman of the government said, Merkel was right.",
     {"government": ORG, "Merkel": P}, "spokespersonOf"),
])
def test_name_opening_a_clause_holds_no_role(request, lang, text, names, role):
    doc = request.getfixturevalue(f"nlp_{lang}")(text)
    found = make_dependency_extractor()(doc, document(doc, lang), mentions(doc, names))
    assert not [t for t in found if t.predicate.id == role], found


def _keyed(doc, names):
    """Mentions with gazetteer keys: {text: (type, key)}."""
    out = []
    for name, (kind, key) in names.items():
        start = doc.text.find(name)
        out.append(Mention("t", start, start + len(name), name, kind, key=key,
                           source="gazetteer"))
    return out


@pytest.mark.parametrize(("lang", "text", "names", "expected"), [
    # a head of state named without a country heads the one the gazetteer gives the person,
    # when the sentence names it
    ("de", "Bundespräsident Heinz Fischer lobte die Regierung, Österreich jubelt.",
     {"Heinz Fischer": (P, "Heinz_Fischer"), "Österreich": (C, "Q40")},
     ("Heinz Fischer", "headOf", "Österreich")),
    ("en", "President Bashar al-Assad spoke in Damascus, and Syria is at war.",
     {"Bashar al-Assad": (P, "Q44329"), "Syria": (C, "Q858")},
     ("Bashar al-Assad", "headOf", "Syria")),
    # ... or anywhere in the article, and a minister's office too
    ("de", "Präsident Assad sprach mit der Opposition. Syrien wartet.",
     {"Assad": (P, "Q44329"), "Syrien": (C, "Q858")}, ("Assad", "headOf", "Syrien")),
    ("en", "President Assad spoke with the opposition. Syria is waiting.",
     {"Assad": (P, "Q44329"), "Syria": (C, "Q858")}, ("Assad", "headOf", "Syria")),
    ("de", "Russland warnte vor einem Angriff. Das sagte Außenminister Sergej Lawrow.",
     {"Russland": (C, "Q159"), "Sergej Lawrow": (P, "Sergey_Lavrov")},
     ("Sergej Lawrow", "holdsPosition", "Russland")),
    ("en", "Russia warned of an attack. Foreign Minister Sergey Lavrov said so.",
     {"Russia": (C, "Q159"), "Sergey Lavrov": (P, "Sergey_Lavrov")},
     ("Sergey Lavrov", "holdsPosition", "Russia")),
])
def test_head_of_state_without_a_country_heads_the_gazetteers(request, lang, text, names,
                                                              expected):
    doc = request.getfixturevalue(f"nlp_{lang}")(text)
    found = make_dependency_extractor()(doc, document(doc, lang), _keyed(doc, names))
    got = {(t.subject.text, t.predicate.id, t.object.text) for t in found}
    assert expected in got, got


@pytest.mark.parametrize(("lang", "text", "names"), [
    # a person the gazetteer does not know heads no guessed country (not the dateline's)
    ("de", "Wien – Präsident Pierre Nkurunziza kritisierte die Opposition. Österreich schweigt.",
     {"Pierre Nkurunziza": (P, None), "Österreich": (C, "Q40")}),
    ("en", "Vienna – President Pierre Nkurunziza criticised the opposition. Austria is silent.",
     {"Pierre Nkurunziza": (P, None), "Austria": (C, "Q40")}),
    # a possessor's title is a passing description: only its own sentence names the country
    ("de", "Russland schweigt. Man sprach über die Unterredung Präsident Wladimir Putins mit "
     "Lukaschenko.", {"Russland": (C, "Q159"), "Wladimir Putins": (P, "Q7747")}),
    ("en", "Russia is silent. They spoke about President Vladimir Putin's talks with Lukashenko.",
     {"Russia": (C, "Q159"), "Vladimir Putin's": (P, "Q7747")}),
    # the article does not name the gazetteer's country: no owner (not the country it names)
    ("de", "Präsident Assad sprach mit der Opposition. Österreich schweigt.",
     {"Assad": (P, "Q44329"), "Österreich": (C, "Q40")}),
    ("en", "President Assad spoke with the opposition. Austria is silent.",
     {"Assad": (P, "Q44329"), "Austria": (C, "Q40")}),
])
def test_no_guessed_home_country(request, lang, text, names):
    doc = request.getfixturevalue(f"nlp_{lang}")(text)
    found = make_dependency_extractor()(doc, document(doc, lang), _keyed(doc, names))
    assert not any(t.predicate.id == "headOf" for t in found)


@pytest.mark.parametrize(("lang", "text", "names", "expected"), [
    # a full name right after a title that is the clause's subject holds the title (its "-s"
    # ending is no genitive; nor is a name the parser hung on the title as one)
    ("de", "Nationalratspräsidentin Doris Bures kritisierte die Regierung.",
     {"Doris Bures": P, "Regierung": ORG}, ("Doris Bures", "criticizes", "Regierung")),
    ("en", "National Council President Doris Bures criticised the government.",
     {"Doris Bures": P, "government": ORG}, ("Doris Bures", "criticizes", "government")),
    ("de", "Der neue Verteidigungsminister Hans Peter Doskozil traf die Innenministerin Johanna "
     "Mikl-Leitner.", {"Hans Peter Doskozil": P, "Johanna Mikl-Leitner": P},
     ("Hans Peter Doskozil", "meetsWith", "Johanna Mikl-Leitner")),
    ("en", "The new defence minister Hans Peter Doskozil met the interior minister Johanna "
     "Mikl-Leitner.", {"Hans Peter Doskozil": P, "Johanna Mikl-Leitner": P},
     ("Hans Peter Doskozil", "meetsWith", "Johanna Mikl-Leitner")),
])
def test_a_full_name_after_a_title_holds_it(request, lang, text, names, expected):
    doc = request.getfixturevalue(f"nlp_{lang}")(text)
    found = make_dependency_extractor()(doc, document(doc, lang), mentions(doc, names))
    got = {(t.subject.text, t.predicate.id, t.object.text) for t in found}
    assert expected in got, got


@pytest.mark.parametrize(("lang", "text", "names", "wrong"), [
    # a title right before a name is that name's, whatever the parse made of the two; a later
    # person with the same title is not its antecedent
    ("de", "Bundespräsident Heinz Fischer lobte Österreich. Präsident Obama schwieg.",
     {"Heinz Fischer": (P, "Heinz_Fischer"), "Österreich": (C, "Q40"), "Obama": (P, "Q76")},
     "Obama"),
    ("en", "Federal President Heinz Fischer praised Austria. President Obama was silent.",
     {"Heinz Fischer": (P, "Heinz_Fischer"), "Austria": (C, "Q40"), "Obama": (P, "Q76")},
     "Obama"),
])
def test_title_before_a_name_is_that_names(request, lang, text, names, wrong):
    doc = request.getfixturevalue(f"nlp_{lang}")(text)
    found = make_dependency_extractor()(doc, document(doc, lang), _keyed(doc, names))
    praisers = {t.subject.key for t in found if t.predicate.id == "praises"}
    assert "Heinz_Fischer" in praisers and names[wrong][1] not in praisers, praisers


@pytest.mark.parametrize(("lang", "text", "names"), [
    # "beide"/"both" in the bracket: the party of the two persons named last before it
    ("de", "Die Minister Michael Spindelegger und Sebastian Kurz (beide ÖVP) widersprachen.",
     {"Michael Spindelegger": P, "Sebastian Kurz": P, "ÖVP": ORG}),
    ("de", "Das Ministerium, einst unter Michael Spindelegger, nun unter Sebastian Kurz (beide "
           "ÖVP), übt Druck aus.",
     {"Michael Spindelegger": P, "Sebastian Kurz": P, "ÖVP": ORG}),
    ("en", "Ministers Michael Spindelegger and Sebastian Kurz (both ÖVP) disagreed.",
     {"Michael Spindelegger": P, "Sebastian Kurz": P, "ÖVP": ORG}),
])
def test_a_bracket_party_both_persons_share(request, lang, text, names):
    doc = request.getfixturevalue(f"nlp_{lang}")(text)
    got = _got(doc, document(doc, lang), mentions(doc, names))
    members = {s for s, p, o, *_ in got if p == "memberOf" and o == "ÖVP"}
    assert members == {"Michael Spindelegger", "Sebastian Kurz"}, got


@pytest.mark.parametrize(("lang", "text", "names"), [
    # one person before "beide" is no pair: nobody gets the party
    ("de", "Minister Sebastian Kurz (beide ÖVP) widersprach.", {"Sebastian Kurz": P, "ÖVP": ORG}),
    ("en", "Minister Sebastian Kurz (both ÖVP) disagreed.", {"Sebastian Kurz": P, "ÖVP": ORG}),
])
def test_a_shared_bracket_needs_two_persons(request, lang, text, names):
    doc = request.getfixturevalue(f"nlp_{lang}")(text)
    got = _got(doc, document(doc, lang), mentions(doc, names))
    assert not {s for s, p, o, *_ in got if p == "memberOf"}, got
