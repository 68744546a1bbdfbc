"""English news constructions of people, organisations and places: sentence → triple tables.

Affiliation phrases (:mod:`kg.extract.modifiers`), coordinated and comma-set-off role
appositions (:mod:`kg.extract.nominal`), gerund clauses that take their verb's subject
(:mod:`kg.extract.clauses`) and wire source lines (:mod:`kg.extract.datelines`). The sentences
are written for these tests; mentions are given (``names``), so the tables test the
construction, not actor recognition.
"""

import pytest

from kg.types import ActorType as A
from tests.extract.builders import rule_triples

spacy = pytest.importorskip("spacy")

P, ORG, L = A.PERSON, A.ORGANIZATION, A.LOCATION
triples = rule_triples


@pytest.mark.parametrize(("text", "names", "expected"), [
    # a person of / at / with an organisation works there
    ("Helen Marsh of the Tidewater Research Council said the samples were clean .",
     {"Helen Marsh": P, "Tidewater Research Council": ORG},
     ("Helen Marsh", "affiliatedWith", "Tidewater Research Council", "affiliation")),
    ("Last year , Omar Lindqvist at the Baltic Institute of Geology mapped the shelf .",
     {"Omar Lindqvist": P, "Baltic Institute of Geology": ORG},
     ("Omar Lindqvist", "affiliatedWith", "Baltic Institute of Geology", "affiliation")),
    ("The plan was drafted , said Priya Raman of Halvorsen Shipping .",
     {"Priya Raman": P, "Halvorsen Shipping": ORG},
     ("Priya Raman", "affiliatedWith", "Halvorsen Shipping", "affiliation")),
    # a verb's object keeps its "of" phrase
    ("The mayor thanked Tom Berger of Millbrook and Priya Raman of Halvorsen Shipping .",
     {"Tom Berger": P, "Millbrook": L, "Priya Raman": P, "Halvorsen Shipping": ORG},
     ("Priya Raman", "affiliatedWith", "Halvorsen Shipping", "affiliation")),
    # ... or of one of its units
    ("\" The wells are safe , \" Ruth Adler , of the EPA 's water division , said Monday .",
     {"Ruth Adler": P, "EPA": ORG}, ("Ruth Adler", "affiliatedWith", "EPA", "affiliation")),
    ("Nils Dahl of the law firm of Berg Lund said the deal was off .",
     {"Nils Dahl": P, "Berg Lund": ORG},
     ("Nils Dahl", "affiliatedWith", "Berg Lund", "affiliation")),
    # occupation nouns in front of a name relate it to the organisation before them
    ("Retired Atlantic Hockey League goalkeeper Dan Cole opened a shop .",
     {"Atlantic Hockey League": ORG, "Dan Cole": P},
     ("Dan Cole", "affiliatedWith", "Atlantic Hockey League", "premodifier")),
    # a participle on a name's apposition describes the name; represent / operate / manage
    ("Nils Dahl , the attorney representing Halvorsen Shipping , declined to comment .",
     {"Nils Dahl": P, "Halvorsen Shipping": ORG},
     ("Nils Dahl", "affiliatedWith", "Halvorsen Shipping", "participle")),
    ("Ann Lee , who operates the Harbour Ferry Company , lives in Duluth .",
     {"Ann Lee": P, "Harbour Ferry Company": ORG},
     ("Ann Lee", "leads", "Harbour Ferry Company", "svo")),
    # a role noun as an object complement with the person's name in front of it
    ("The council made Ivo Sand acting mayor of Millbrook in June .",
     {"Ivo Sand": P, "Millbrook": L}, ("Ivo Sand", "headOf", "Millbrook", "role")),
    # a place name beside a noun owned by a place is in that place
    ("Hungary 's capital , Budapest , is a large city .",
     {"Hungary": A.COUNTRY, "Budapest": L}, ("Budapest", "locatedIn", "Hungary", "apposition")),
    # a person of a place still lives there
    ("Tom Berger of Millbrook won the regional spelling contest .",
     {"Tom Berger": P, "Millbrook": L}, ("Tom Berger", "livesIn", "Millbrook", "locative")),
    # each of two coordinated role appositions describes the name
    ("The paper interviewed Ana Duarte , head of the Coastal Trust and a member of the "
     "Harbour Board , on Friday .",
     {"Ana Duarte": P, "Coastal Trust": ORG, "Harbour Board": ORG},
     ("Ana Duarte", "memberOf", "Harbour Board", "role")),
    # a name set off by a comma after its role phrase
    ("The minister was joined by the deputy director of the Water Agency , Karl Brenner , on "
     "his tour .",
     {"Water Agency": ORG, "Karl Brenner": P},
     ("Karl Brenner", "leads", "Water Agency", "role")),
    ("Reporters later spoke to Mayor Gill 's killer , Dean Stroud , in prison .",
     {"Gill": P, "Dean Stroud": P}, ("Dean Stroud", "kills", "Gill", "role")),
    # a person's apposition placed somewhere: the person lives there
    ("Maria Lopez , a notary in Valparaiso , signed the deed .",
     {"Maria Lopez": P, "Valparaiso": L},
     ("Maria Lopez", "livesIn", "Valparaiso", "apposition")),
    ("Ivan Petrov , one of the best chess coaches in Kazan , retired .",
     {"Ivan Petrov": P, "Kazan": L}, ("Ivan Petrov", "livesIn", "Kazan", "apposition")),
    ("\" Prices rose , \" says Lena Holm , an executive with Nordvik Foods and one of the "
     "leading wine experts in Moselle .",
     {"Lena Holm": P, "Nordvik Foods": ORG, "Moselle": L},
     ("Lena Holm", "livesIn", "Moselle", "apposition")),
    # a common noun named by a place in front of it, in another place
    ("The Gobi desert in Mongolia is cold .",
     {"Gobi": L, "Mongolia": L}, ("Gobi", "locatedIn", "Mongolia", "locative")),
    # an organisation's seat named by a basedIn event noun
    ("The Nordvik Foods headquarters in Tromso was closed on Monday .",
     {"Nordvik Foods": ORG, "Tromso": L},
     ("Nordvik Foods", "basedIn", "Tromso", "locative")),
    # a charge of Y's killing states the deed
    ("Dirk Falk was convicted of Ines Roth 's killing .",
     {"Dirk Falk": P, "Ines Roth": P}, ("Dirk Falk", "kills", "Ines Roth", "accusation")),
    # a relative clause opened by "where" happens at the place it describes
    ("The bus stops in Millbrook , where Tom Berger was born .",
     {"Millbrook": L, "Tom Berger": P}, ("Tom Berger", "bornIn", "Millbrook", "where")),
    ("She moved to Valparaiso , where her cousin Maria Lopez lives .",
     {"Valparaiso": L, "Maria Lopez": P}, ("Maria Lopez", "livesIn", "Valparaiso", "where")),
    # a verb coordinated with a copular clause takes its subject
    ("Tom Reed , who is a chemist and works for Halvorsen Shipping , retired .",
     {"Tom Reed": P, "Halvorsen Shipping": ORG},
     ("Tom Reed", "affiliatedWith", "Halvorsen Shipping", "svo-prep")),
    # a passive's agent phrase hung on a noun of the verb's own phrase
    ("Ivo Sand was stabbed in the lobby of his office building by Rolf Hamm .",
     {"Ivo Sand": P, "Rolf Hamm": P}, ("Rolf Hamm", "lemma:en:stab", "Ivo Sand", "passive")),
    # a gerund after "in"/"by", or as an adverbial clause, has its verb's subject
    ("The inquiry found Rolf Hamm acted alone in killing Ivo Sand .",
     {"Rolf Hamm": P, "Ivo Sand": P}, ("Rolf Hamm", "kills", "Ivo Sand", "svo")),
    ("The militia raided the camp at dawn , killing the commander Jonas Veld .",
     {"Jonas Veld": P}, ("militia", "kills", "Jonas Veld", "svo")),
])
def test_construction_gives_triple(nlp_en, text, names, expected):
    assert expected in triples(nlp_en, text, names, "en")


@pytest.mark.parametrize(("text", "names", "absent"), [
    # "of" + an organisation that is not the person's modifier
    ("Helen Marsh spoke of the Tidewater Research Council with pride .",
     {"Helen Marsh": P, "Tidewater Research Council": ORG},
     ("Helen Marsh", "affiliatedWith", "Tidewater Research Council")),
    # a person of a place is no affiliate of it
    ("Tom Berger of Millbrook won the regional spelling contest .",
     {"Tom Berger": P, "Millbrook": L}, ("Tom Berger", "affiliatedWith", "Millbrook")),
    # an apposition's place phrase says nothing of an organisation's members
    ("Nordvik Foods , the largest grocer in Moselle , hired Lena Holm .",
     {"Nordvik Foods": ORG, "Moselle": L, "Lena Holm": P}, ("Lena Holm", "livesIn", "Moselle")),
    # a relative clause on a place without "where" does not place its event there
    ("She moved to Valparaiso , which Maria Lopez visited .",
     {"Valparaiso": L, "Maria Lopez": P}, ("Maria Lopez", "livesIn", "Valparaiso")),
    # a gerund after other prepositions is a charge or a topic, no deed of the subject
    ("Rolf Hamm was acquitted of killing Ivo Sand .",
     {"Rolf Hamm": P, "Ivo Sand": P}, ("Rolf Hamm", "kills", "Ivo Sand")),
    ("Rolf Hamm wrote a novel about killing Ivo Sand .",
     {"Rolf Hamm": P, "Ivo Sand": P}, ("Rolf Hamm", "kills", "Ivo Sand")),
])
def test_construction_stays_silent(nlp_en, text, names, absent):
    assert not {t[:3] for t in triples(nlp_en, text, names, "en")} & {absent}


@pytest.mark.parametrize(("text", "expected"), [
    # a message code, the place, the source, then "in <language>" and the time
    ("BX2207091194 Madrid Radio Costa Azul in Spanish 0900 GMT 22 Jul 94",
     ("Radio Costa Azul", "basedIn", "Madrid")),
    ("Strike Ends at Port KZ1105203394 Lisbon DIARIO NORTE in Portuguese 11 May 94 p 3",
     ("DIARIO NORTE", "basedIn", "Lisbon")),
    # a line of capitalised words alone: the place and an all-capitals title
    ("Vienna WIENER ABENDPOST", ("WIENER ABENDPOST", "basedIn", "Vienna")),
])
def test_wire_source_lines(nlp_en, text, expected):
    assert (*expected, "dateline") in triples(nlp_en, text, {}, "en")


@pytest.mark.parametrize("text", [
    "Vienna Hosts the Summit",  # a headline: the rest is no all-capitals title
    "The Council Met in Vienna on Monday",  # no code, no known place first
])
def test_no_source_line(nlp_en, text):
    assert not {t for t in triples(nlp_en, text, {}, "en") if t[3] == "dateline"}
