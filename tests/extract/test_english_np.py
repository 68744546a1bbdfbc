"""English noun-phrase constructions, agentless passives and datelines: sentence → triple tables.

The sentences are written for these tests; mentions are given (``names``), so the tables test
the constructions, not actor recognition.
"""

import pytest

from kg.extract.dependency import make_dependency_extractor
from kg.types import ActorType as A
from tests.extract.builders import document, mentions

spacy = pytest.importorskip("spacy")

P, ORG, C, L = A.PERSON, A.ORGANIZATION, A.COUNTRY, A.LOCATION


def triples(nlp, text, names):
    doc = nlp(text)
    ex = make_dependency_extractor()
    return {(t.subject.text, t.predicate.id, t.object.text, t.provenance.rule)
            for t in ex(doc, document(doc, "en"), mentions(doc, names))}


@pytest.mark.parametrize(("text", "names", "expected"), [
    # premodifier: an actor in front of a title and a name
    ("Nokia spokesman Peter Lund declined to comment.", {"Nokia": ORG, "Peter Lund": P},
     # a role noun between them: the title rule names the role's own relation
     ("Peter Lund", "spokespersonOf", "Nokia", "compound-role")),
    ("Ohio Gov. Mary Stone vetoed the bill.", {"Ohio": L, "Mary Stone": P},
     ("Mary Stone", "headOf", "Ohio", "compound-role")),
    ("Boston lawyer Alan Reed filed the suit.", {"Boston": L, "Alan Reed": P},
     ("Alan Reed", "livesIn", "Boston", "premodifier")),
    # premodifier: an actor right in front of or possessing an actor
    ("Germany 's Siemens said profits fell.", {"Germany": C, "Siemens": ORG},
     ("Siemens", "basedIn", "Germany", "premodifier")),
    ("John Major 's Conservative Party lost.", {"John Major": P, "Conservative Party": ORG},
     ("John Major", "affiliatedWith", "Conservative Party", "premodifier")),
    # described: the noun of an apposition or a predicate noun
    ("Ann Cole , a Pfizer chemist , left early.", {"Ann Cole": P, "Pfizer": ORG},
     ("Ann Cole", "affiliatedWith", "Pfizer", "described")),
    ("Paul Brandt is a Siemens engineer.", {"Paul Brandt": P, "Siemens": ORG},
     ("Paul Brandt", "affiliatedWith", "Siemens", "described")),
    # role nouns of the relation table in front of a name or describing it
    ("Acme Secretary Luis Ortega signed it .", {"Acme": ORG, "Luis Ortega": P},
     ("Luis Ortega", "holdsPosition", "Acme", "premodifier")),
    ("Jane Roe , an Acme attorney , spoke .", {"Jane Roe": P, "Acme": ORG},
     ("Jane Roe", "affiliatedWith", "Acme", "described")),
    # stative: agentless passive of a verb + preposition row
    ("Clara Holt was born in Dayton .", {"Clara Holt": P, "Dayton": L},
     ("Clara Holt", "bornIn", "Dayton", "stative")),
    ("Clara Holt was born on May 2 , 1950 , in Dayton , Ohio .", {"Clara Holt": P, "Dayton": L},
     ("Clara Holt", "bornIn", "Dayton", "stative")),
    ("The first mayor of the town , Clara Holt , was born in Dayton .",
     {"Clara Holt": P, "Dayton": L}, ("Clara Holt", "bornIn", "Dayton", "stative")),
    # stative participles: describing a noun, the clause's subject, a hyphenated place
    ("Acme , headquartered in Denver , said profits fell .", {"Acme": ORG, "Denver": L},
     ("Acme", "basedIn", "Denver", "stative")),
    ("The Denver-based Acme said profits fell .", {"Acme": ORG, "Denver": L},
     ("Acme", "basedIn", "Denver", "stative")),
    ("The actor Paul Kerr , born in Dayton , died .", {"Paul Kerr": P, "Dayton": L},
     ("Paul Kerr", "bornIn", "Dayton", "stative")),
    # described by a proper-noun apposition with an origin phrase
    ("Tom Dorn , a Democrat from Toledo , spoke .", {"Tom Dorn": P, "Toledo": L},
     ("Tom Dorn", "livesIn", "Toledo", "described")),
    ("The bank is based in Frankfurt .", {"Frankfurt": L},
     ("bank", "basedIn", "Frankfurt", "stative")),
    # dateline
    ("Oslo Norsk Dagblad", {"Oslo": L, "Norsk Dagblad": ORG},
     ("Norsk Dagblad", "basedIn", "Oslo", "dateline")),
    ("DENVER , Colorado ( AP ) Snow closed the airport .",
     {"Colorado": L, "AP": ORG},
     ("AP", "basedIn", "Colorado", "dateline")),
    ("DENVER , Colorado ( AP ) Snow closed the airport .",
     {"Colorado": L, "AP": ORG},
     ("AP", "basedIn", "DENVER", "dateline")),
    ("Rome April 2 ANSA -- Prices rose sharply .", {"Rome": L, "ANSA": ORG},
     ("ANSA", "basedIn", "Rome", "dateline")),
])
def test_construction_gives_triple(nlp_en, text, names, expected):
    assert expected in triples(nlp_en, text, names)


@pytest.mark.parametrize(("text", "names", "absent"), [
    # a passive with a preposition the table lists only without it says nothing about the place
    ("Omar Diaz was attacked in Lima .", {"Omar Diaz": P, "Lima": L}, "Lima"),
    # a year is no birthplace
    ("In 1950 , Clara Holt was born in Dayton .", {"Clara Holt": P, "Dayton": L}, "1950"),
    # a hyphenated place holds for the noun it describes, not for that noun's conjuncts
    ("The Denver-based Acme and the Bexco bank merged .",
     {"Acme": ORG, "Denver": L, "Bexco": ORG}, "Bexco"),
    # two persons in one noun phrase: no type row relates them
    ("Anna Berg 's husband Tom Berg spoke .", {"Anna Berg": P, "Tom Berg": P}, "Anna Berg"),
    # not at the start of a sentence: no dateline
    ("The strike in Madrid ( EFE ) ended .", {"Madrid": L, "EFE": ORG}, "EFE"),
])
def test_construction_stays_silent(nlp_en, text, names, absent):
    got = triples(nlp_en, text, names)
    assert not [t for t in got if t[1] in ("basedIn", "livesIn", "bornIn", "affiliatedWith",
                                           "locatedIn") and absent in (t[0], t[2])], got


def test_packs_without_the_table_get_no_premodifier_relations():
    from kg.extract.premodifiers import type_relations
    from kg.lang import language_pack

    assert type_relations(language_pack("en").data_dir)[("Organization", "Country")][0] == \
        "basedIn"
    assert type_relations(language_pack("de").data_dir) == {}
