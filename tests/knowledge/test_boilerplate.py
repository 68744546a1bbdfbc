"""Time expressions, agency tags and news boilerplate are never actors (German and English)."""

import pytest

from kg.knowledge.boilerplate import (
    boilerplate_spans,
    dateline_places,
    is_agency_tag,
    is_non_actor,
    is_time_expression,
)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Mittwoch", "de", True),
        ("am vergangenen Freitag", "de", True),
        ("3. Oktober", "de", True),
        ("Jänner 2014", "de", True),
        ("Freitagabend", "de", True),
        ("18.45 Uhr", "de", True),
        ("drei Wochen", "de", True),
        ("14.2.2016", "de", True),
        ("Mittwochsdemo", "de", False),
        ("Anschlag vom Freitag", "de", False),
        ("Oktoberfest-Verein", "de", False),
        ("Bürgermeister", "de", False),
        ("last Thursday", "en", True),
        ("the past three months", "en", True),
        ("June 2015", "en", True),
        ("Thursday night", "en", True),
        ("7 p.m.", "en", True),
        ("Theresa May", "en", False),
        ("Labour Day parade", "en", False),
    ],
)
def test_time_expressions(text: str, lang: str, expected: bool) -> None:
    assert is_time_expression(text, lang) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("APA", True), ("dpa/AFP", True), ("dpa-AFX", True), ("AFX-Chef", False), ("red", True),
     ("Reuters", True), ("Anadolu", False), ("Rotes Kreuz", False)],
)
def test_agency_tags(text: str, expected: bool) -> None:
    assert is_agency_tag(text, "de") is expected
    assert is_agency_tag(text, "en") is expected


@pytest.mark.parametrize("text", ["1.500", "2016", "42 %"])
def test_no_letters_no_actor(text: str) -> None:
    assert is_non_actor(text, "de")


def _found(text: str, lang: str) -> list[str]:
    return [text[a:b].strip() for a, b in boilerplate_spans(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Die Koalition streitet weiter. Linz – Der Landeshauptmann lud zum Gipfel.", "de",
         ["Linz –"]),
        ("Neue Zahlen aus dem Süden. Madrid/Lissabon - Beide Regierungen einigten sich.", "de",
         ["Madrid/Lissabon -"]),
        ("Fischer hofft auf Einigung – Gespräche am Abend. Die Runde tagt.", "de", []),
        ("Die Gemeinde feiert.  (APA, red, 3.10.2016)", "de", ["(APA, red, 3.10.2016)"]),
        ("Der Schiedsspruch fiel (Karin Huber, 12.3.2016)", "de", ["(Karin Huber, 12.3.2016)"]),
        ("Die Brücke ist fertig. Foto: Petra Gruber\nMehr Text.", "de", ["Foto: Petra Gruber"]),
        ("Der Volltext dieses auf Agenturmeldungen basierenden Artikels steht aus rechtlichen "
         "Gründen nicht mehr zur Verfügung.", "de",
         ["Der Volltext dieses auf Agenturmeldungen basierenden Artikels steht aus rechtlichen "
          "Gründen nicht mehr zur Verfügung."]),
        ("Talks resume. OTTAWA (Reuters) - The minister said on Monday.", "en",
         ["OTTAWA (Reuters) -"]),
        ("The bridge opened. Photo: Jane Miller\nMore text.", "en", ["Photo: Jane Miller"]),
        ("Ministers met. (AP)", "en", ["(AP)"]),
        # an editor's note marker in brackets is no actor
        ("Die Stadt zahlte zwei Millionen Franken (1,8 Millionen Euro, Anm.).", "de", ["Anm."]),
        ("Die Anmeldung ist offen.", "de", []),
        ("The city paid 2 million francs (1.8 million euros, Ed.).", "en", ["Ed."]),
    ],
)
def test_boilerplate_spans(text: str, lang: str, expected: list[str]) -> None:
    assert _found(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("12.500 Euro", "de", True),
        ("drei Tonnen Dünger", "de", True),
        ("zwei Millionen Menschen", "de", True),
        ("25 Prozent", "de", True),
        ("zwei Polizisten", "de", False),
        ("Euro-Gruppe", "de", False),
        ("$40", "en", True),
        ("3,000 dollars", "en", True),
        ("five tons of grain", "en", True),
        ("three judges", "en", False),
    ],
)
def test_amounts_are_no_actors(text: str, lang: str, expected: bool) -> None:
    assert is_non_actor(text, lang) is expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [("Donnerstag der Nachrichtenagentur Xinhua", "de", True),
     ("Mitte März in Brüssel", "de", True),
     ("Anschlag vom Donnerstag", "de", False),
     ("Friday in Brussels", "en", True),
     ("the attack on Friday", "en", False)],
)
def test_time_headed_phrases(text: str, lang: str, expected: bool) -> None:
    from kg.knowledge.boilerplate import time_headed

    assert time_headed(text, lang) is expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [("Gewinne steigen\nvor 3 Stunden\ndpa - Deutsche Presse-Agentur GmbH\n", "de",
      ["dpa - Deutsche Presse-Agentur GmbH"]),
     ("Profits rise\nReuters - Thomson Reuters Corp.\n", "en",
      ["Reuters - Thomson Reuters Corp."])],
)
def test_agency_credit_lines(text: str, lang: str, expected: list[str]) -> None:
    assert _found(text, lang) == expected
    assert is_time_expression("vor 3 Stunden", "de") and is_time_expression("3 hours ago", "en")


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Die Partei streitet weiter. Graz – Die Stadträtin tritt an.", "de", ("Graz",)),
    ("Er wird gesucht. Johannesburg/Khartum/Den Haag - Der Präsident darf nicht reisen.", "de",
     ("Johannesburg", "Khartum", "Den Haag")),
    ("Die Partei streitet weiter. Die Stadträtin tritt an.", "de", ()),
    # a number may open the text after the dash; a town named with its region
    ("Das Konzert war gut. Wien – 2016 beginnt mit einer Überraschung.", "de", ("Wien",)),
    ("Die Flut stieg. Weiden in der Oberpfalz – 42 Menschen wurden gerettet.", "de",
     ("Weiden in der Oberpfalz",)),
    ("The concert was good. BOSTON – 2016 begins with a surprise.", "en", ("BOSTON",)),
    ("BOSTON (AP) – The mayor spoke.", "en", ("BOSTON",)),
    # an agency in brackets before the dash; capitals and a full stop or an agency, no dash
    ("BERLIN (dpa) - Die Regierung tagt.", "de", ("BERLIN",)),
    ("Graz (APA) – Die Stadträtin tritt an.", "de", ("Graz",)),
    ("WIEN. Die Regierung tagt.", "de", ("WIEN",)),
    ("MÜNCHEN (AFP) Der Stadtrat tagt.", "de", ("MÜNCHEN",)),
    ("München/Hamburg ( dpa ) Die Moderatorin bleibt.", "de", ("München", "Hamburg")),
    ("Die Grünen (Österreich) Die Partei tagt.", "de", ()),
    ("LONDON (Reuters) - The Bank of England held rates.", "en", ("LONDON",)),
    # a place in capitals opening the text before a capitalised word, without a dash
    ("BOCHUM Dass er nicht Intendant wurde, nimmt er gelassen.", "de", ("BOCHUM",)),
    ("RIEDLINGEN/ULM Das Thema ist das Rauchverbot.", "de", ("RIEDLINGEN", "ULM")),
    ("CHICAGO The Bulls improved their chances.", "en", ("CHICAGO",)),
    # … not an acronym or a word (DAX, NEWS), nor a place in capitals inside the text
    ("DAX Der Index fiel.", "de", ()),
    ("NEWS The index fell.", "en", ()),
    ("Er sagte: BOCHUM Dass er …", "de", ()),
    ("He said CHICAGO Bulls won.", "en", ()),
    # … not a word in capitals that a colon introduces, nor an unknown one
    ("Er sagte nur: USA. Das war es.", "de", ()),
    ("ACHTUNG. Die Straße ist gesperrt.", "de", ()),
])
def test_dateline_places(text: str, lang: str, expected: tuple[str, ...]) -> None:
    assert dateline_places(text, lang) == expected


def test_phrase_caches_give_the_uncached_answer_and_are_bounded() -> None:
    phrases = ["Sonntagnachmittag", "am vergangenen Montag", "Pretoria", "15.000 Euro", "APA"]
    for test in (is_time_expression, is_non_actor):
        fresh = [test.__wrapped__(p, "de") for p in phrases]
        assert [test(p, "de") for p in phrases] == fresh  # first call fills the cache
        assert [test(p, "de") for p in phrases] == fresh  # second call is served from it
        assert test.cache_info().maxsize is not None


def test_within_is_containment_and_inside_is_overlap() -> None:
    from kg.knowledge.boilerplate import inside, within

    spans = ((10, 20),)
    assert inside(spans, 5, 12) and not within(spans, 5, 12)
    assert inside(spans, 12, 18) and within(spans, 12, 18)
    assert not inside(spans, 20, 25) and not within(spans, 20, 25)
