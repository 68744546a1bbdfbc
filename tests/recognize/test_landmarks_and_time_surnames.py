"""Landmarks named by their adjectives, and surnames that are time words (German and English)."""

import functools

import pytest
from spacy.language import Language

from kg.recognize import load_recognizer


@functools.cache
def _nlp(lang: str) -> Language:
    return load_recognizer(lang)


def _ents(lang: str, text: str) -> set[tuple[str, str]]:
    return {(e.text, e.label_) for e in _nlp(lang)(text).ents}


@pytest.mark.parametrize(("lang", "text", "expected", "absent"), [
    # capitalised adjectives + a landmark noun (landmark_heads.txt): a place
    ("de", "Bei der Diskussion geht es um die Steinerne Brücke in Regensburg.",
     ("Steinerne Brücke", "Location"), None),
    ("de", "Die Demonstranten zogen vom Lehrter Bahnhof zum Brandenburger Tor.",
     ("Brandenburger Tor", "Location"), None),
    ("de", "Am Roten Platz in Moskau wurde demonstriert.", ("Roten Platz", "Location"), None),
    ("de", "Im Kölner Dom wurde eine Messe gefeiert.", ("Kölner Dom", "Location"), None),
    ("en", "The protesters marched to the Brandenburg Gate on Sunday.",
     ("Brandenburg Gate", "Location"), None),
    ("en", "Tanks rolled across Red Square in Moscow.", ("Red Square", "Location"), None),
    # a lower-case adjective is no name; a sentence's first word only as a town's adjective
    ("de", "Die Stadt baut eine neue Brücke über den Fluss.", None, "neue Brücke"),
    ("de", "Alte Brücken müssen saniert werden.", None, "Alte Brücken"),
    ("en", "The city is building a new bridge.", None, "new bridge"),
    # a time word right after a given name is the surname (time_surnames.txt) ...
    ("de", "Kunden sollten überlegen, sagt Max Herbst, Inhaber der Beratungsfirma.",
     ("Max Herbst", "Person"), None),
    ("de", "Das sagte Thomas Winter am Montag in Berlin.", ("Thomas Winter", "Person"), None),
    ("en", "Theresa May said on Monday that talks would continue.",
     ("Theresa May", "Person"), None),
    ("en", "The guitarist Johnny Winter played in Zurich.", ("Johnny Winter", "Person"), None),
    # ... but a weekday after a name is the time
    ("en", "Angela Merkel Monday said the talks would continue.",
     ("Angela Merkel", "Person"), "Angela Merkel Monday"),
])
def test_landmarks_and_time_surnames(lang, text, expected, absent):
    got = _ents(lang, text)
    if expected is not None:
        assert expected in got, got
    if absent is not None:
        assert all(t != absent for t, _ in got), got
