"""Headlines and teasers: bare names around a verb, elliptic parts joined by a dash."""

import pytest

from kg.extract.dependency import make_dependency_extractor
from kg.types import ActorType as A
from tests.extract.builders import document, mentions

P = A.PERSON


def _got(doc, lang, names):
    return {(t.subject.text, t.predicate.id, t.object.text)
            for t in make_dependency_extractor()(doc, document(doc, lang), mentions(doc, names))}


@pytest.mark.parametrize(("text", "names", "expected"), [
    ("Mitterlehner rüffelt Lopatka – Will zu Asylnovelle mit Kern nur über Details reden.",
     {"Mitterlehner": P, "Lopatka": P}, ("Mitterlehner", "criticizes", "Lopatka")),
    ("Faymann rüffelt Häupl – Streit um das Budget.", {"Faymann": P, "Häupl": P},
     ("Faymann", "criticizes", "Häupl")),
    ("Strache attackiert Hofer – Kritik an Kandidatur.", {"Strache": P, "Hofer": P},
     ("Strache", "attacks", "Hofer")),
])
def test_german_headlines(nlp_de, text, names, expected):
    got = _got(nlp_de(text), "de", names)
    assert expected in got, got


def test_nothing_after_the_dash_is_an_argument(nlp_de):
    got = _got(nlp_de("Faymann rüffelt Häupl – Streit um das Budget."),
               "de", {"Faymann": P, "Häupl": P})
    assert not any("Streit" in o for _, _, o in got), got


def test_english_headline(nlp_en):
    got = _got(nlp_en("Obama slams Putin – talks stall."), "en", {"Obama": P, "Putin": P})
    assert ("Obama", "criticizes", "Putin") in got, got


def test_dateline_is_no_part_of_the_clause(nlp_de):
    text = "Berlin/Paris/Den Haag - Der französische Präsident Emmanuel Macron traf Olaf Scholz."
    got = _got(nlp_de(text), "de", {"Berlin": A.LOCATION, "Paris": A.LOCATION,
                                     "Den Haag": A.LOCATION, "Emmanuel Macron": P,
                                     "Olaf Scholz": P, "französische": A.COUNTRY})
    assert not any(s in ("Berlin", "Paris") for s, _, _ in got), got
    assert not any(o == "Den Haag" for _, _, o in got), got
