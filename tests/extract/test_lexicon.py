"""Rows of the packs' relation lexicons on sentences of their own (German and English)."""

import pytest

from kg.types import ActorType as A
from tests.extract.builders import rule_triples


@pytest.mark.parametrize(("lang", "text", "names", "expected"), [
    # werben bei X (für Y): X is whom the appeal goes to
    ("de", "Rajoy hatte bei der PSOE für eine Zusammenarbeit geworben.",
     {"Rajoy": A.PERSON, "PSOE": A.ORGANIZATION}, ("Rajoy", "appealsTo", "PSOE")),
    ("en", "The union lobbied the senators for weeks.",
     {"union": A.ORGANIZATION, "senators": A.PERSON}, ("union", "appealsTo", "senators")),
    # in ein Gremium einziehen: becoming a member
    ("de", "Die Grünen ziehen in den Nationalrat ein.",
     {"Grünen": A.ORGANIZATION, "Nationalrat": A.ORGANIZATION},
     ("Grünen", "memberOf", "Nationalrat")),
    # emigrating / leaving for a country
    ("de", "Maria Sergio ist nach Syrien ausgewandert.",
     {"Maria Sergio": A.PERSON, "Syrien": A.COUNTRY}, ("Maria Sergio", "travelsTo", "Syrien")),
    ("de", "Im September reiste sie nach Syrien aus.", {"sie": A.PERSON, "Syrien": A.COUNTRY},
     ("sie", "travelsTo", "Syrien")),
    ("en", "Maria Sergio emigrated to Syria in 2014.",
     {"Maria Sergio": A.PERSON, "Syria": A.COUNTRY}, ("Maria Sergio", "travelsTo", "Syria")),
    # auf X folgen: the subject succeeds X
    ("de", "Auf Thomas Klestil folgte Heinz Fischer.",
     {"Thomas Klestil": A.PERSON, "Heinz Fischer": A.PERSON},
     ("Heinz Fischer", "succeeds", "Thomas Klestil")),
    # born in a place
    ("de", "Boateng wurde in Berlin geboren.", {"Boateng": A.PERSON, "Berlin": A.LOCATION},
     ("Boateng", "bornIn", "Berlin")),
    ("de", "Jérôme Boateng ist in Berlin geboren.",
     {"Jérôme Boateng": A.PERSON, "Berlin": A.LOCATION}, ("Jérôme Boateng", "bornIn", "Berlin")),
    ("en", "Boateng was born in Berlin.", {"Boateng": A.PERSON, "Berlin": A.LOCATION},
     ("Boateng", "bornIn", "Berlin")),
])
def test_lexicon_rows_on_sentences(request, lang, text, names, expected):
    got = {(s, p, o) for s, p, o, _ in
           rule_triples(request.getfixturevalue(f"nlp_{lang}"), text, names, lang)}
    assert expected in got, got
