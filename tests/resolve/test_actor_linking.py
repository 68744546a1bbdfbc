"""Linking by context, institutions, role descriptions, variants across documents, metonyms."""

import pytest

from kg.knowledge.gazetteer import gazetteer
from kg.resolve import assign_document, resolve
from kg.resolve.canonical import assign_names
from kg.resolve.coref import Context, resolve_role_descriptions, role_description
from kg.resolve.linking import choose_by_context, country_signal
from kg.types import ActorType as A
from kg.types import Document, Mention

from .helpers import mention, raw


def _ids(text: str, ms: list[Mention], doc: str = "d") -> dict[str, str]:
    out = assign_names(Document(doc, text, "de"), ms)
    return {f"{m.text}@{m.start}": a.entity_id for m, a in out.items()}


@pytest.mark.parametrize(
    ("context", "expected"),
    [
        ("Die SPÖ und die ÖVP in Österreich", "Austrian_Greens"),
        ("Die CDU und die SPD in Deutschland", "Alliance_90_The_Greens"),
        ("Die Zeitung", "Grunen"),  # no evidence either way: no link, a node of its own
    ],
)
def test_shared_party_name_is_linked_by_the_articles_country(context: str, expected: str) -> None:
    text = f"{context} streiten. Die Grünen protestieren."
    gaz = gazetteer()
    ms = [mention(text, w, A.ORGANIZATION if gaz.lookup(w).type is not A.COUNTRY else A.COUNTRY,
                  key=gaz.lookup(w).id)
          for w in ("SPÖ", "ÖVP", "Österreich", "CDU", "SPD", "Deutschland") if w in text]
    ms.append(mention(text, "Grünen", A.ORGANIZATION, key="Alliance_90_The_Greens"))
    assert _ids(text, ms)[f"Grünen@{text.index('Grünen')}"] == expected


def test_tie_leaves_the_name_unlinked() -> None:
    gaz = gazetteer()
    rivals = gaz.candidates("Grünen")
    signal = country_signal([gaz.lookup("Österreich"), gaz.lookup("Deutschland")])
    assert choose_by_context(rivals, signal)[0] is None


def test_turkey_has_its_english_news_label() -> None:
    assert gazetteer().lookup("Türkei").label == "Turkey"


def test_institutions_belong_to_their_country_or_their_article() -> None:
    text = ("Die polnische Regierung widersprach. Polen und die PiS protestierten. "
            "Die Regierung blieb hart. Die Stadtregierung schwieg.")
    ms = [mention(text, "polnische Regierung", A.ORGANIZATION, source="rule"),
          mention(text, "Polen", A.COUNTRY, key="Q36"),
          mention(text, "PiS", A.ORGANIZATION, key="PiS"),
          mention(text, "Regierung", A.ORGANIZATION, nth=1, source="rule"),
          mention(text, "Stadtregierung", A.ORGANIZATION, source="rule")]
    ids = _ids(text, ms, doc="art-1")
    assert ids[f"polnische Regierung@{text.index('polnische')}"] == "Regierung_Q36"
    assert ids[f"Regierung@{ms[3].start}"] == "Regierung_Q36"  # the article's country
    assert ids[f"Stadtregierung@{ms[4].start}"] == "Stadtregierung_art_1"  # local: per article


@pytest.mark.parametrize(
    ("lang", "text", "name", "expected", "label"),
    [
        # a country prefix, adjective or name + an institution noun: that country's institution
        ("de", "Das US-Außenministerium widersprach.", "US-Außenministerium",
         "Aussenministerium_Q30", "Außenministerium (United States)"),
        ("de", "Das russische Außenministerium widersprach.", "russische Außenministerium",
         "Aussenministerium_Q159", "Außenministerium (Russia)"),
        ("de", "Das britische Innenministerium widersprach.", "britische Innenministerium",
         "Innenministerium_Q145", "Innenministerium (United Kingdom)"),
        # another prefix stays part of the noun (no country named: the article's node)
        ("de", "Die Trump-Regierung widersprach.", "Trump-Regierung",
         "Trump_Regierung_art_2", "Trump-Regierung"),
        ("en", "The U.S. State Department objected.", "U.S. State Department",
         "State_Department_Q30", "State Department (United States)"),
        ("en", "The Russian Foreign Ministry objected.", "Russian Foreign Ministry",
         "Foreign_Ministry_Q159", "Foreign Ministry (Russia)"),
        ("en", "The department store objected.", "department store", "Department_Store", None),
        # an "in" phrase naming a capital or a country names the state; another place, a region
        # or a town (the article's node), whatever the article's other countries
        ("de", "Das Innenministerium in Wien widersprach.", "Innenministerium",
         "Innenministerium_Q40", "Innenministerium (Austria)"),
        ("de", "Das Innenministerium in Stuttgart widersprach.", "Innenministerium",
         "Innenministerium_art_2", "Innenministerium"),
        ("en", "The Interior Ministry in Vienna objected.", "Interior Ministry",
         "Interior_Ministry_Q40", "Interior Ministry (Austria)"),
        ("en", "The Interior Ministry in Stuttgart objected.", "Interior Ministry",
         "Interior_Ministry_art_2", "Interior Ministry"),
        # a known country named as its owner right after it names the state; a known region
        # or town makes it that place's own; an unknown owner leaves it the article's
        ("de", "Die Regierung Kanadas widersprach.", "Regierung", "Regierung_Q16",
         "Regierung (Canada)"),
        ("de", "Die Regierung der Ukraine widersprach.", "Regierung", "Regierung_Q212",
         "Regierung (Ukraine)"),
        ("de", "Die Führung der Krim widersprach.", "Führung", "Fuhrung_Crimea",
         "Führung (Crimea)"),
        ("de", "Die Regierung der Schwarzmeer-Region widersprach.", "Regierung",
         "Regierung_art_2", "Regierung"),
        ("en", "The government of Canada objected.", "government", "Government_Q16",
         "Government (Canada)"),
        ("en", "The leadership of Crimea objected.", "leadership", "Leadership_Crimea",
         "Leadership (Crimea)"),
        ("en", "The government of the region objected.", "government", "Government_art_2",
         "Government"),
    ],
)
def test_country_institutions_belong_to_their_country(lang: str, text: str, name: str,
                                                      expected: str, label: str | None) -> None:
    m = mention(text, name, A.ORGANIZATION, source="rule")
    [a] = assign_names(Document("art-2", text, lang), [m]).values()
    assert (a.entity_id, a.label) == (expected, label)


def test_a_document_without_a_language_is_read_in_the_language_it_was_parsed_in(
        nlp_en) -> None:  # type: ignore[no-untyped-def]
    # kg extract --lang en gives documents no language of their own: its English institution
    # nouns had been read with the German pack (one "government" node across a corpus)
    text = "The government criticised the plan."
    m = mention(text, "government", A.ORGANIZATION, doc="art-3", source="rule")
    found = assign_document(Document("art-3", text, None), [m], [], nlp_en(text), {})
    assert [a.entity_id for _, a in found.assigned] == ["Government_art_3"]


def test_bracketed_party_is_no_acronym_of_the_person() -> None:
    text = "Finanzminister Karl Gruber (ÖVP) sprach. Gruber blieb."
    ms = [mention(text, "Karl Gruber", A.PERSON, source="rule"),
          mention(text, "ÖVP", A.ORGANIZATION, key="OVP", source="gazetteer")]
    ids = _ids(text, ms)
    assert ids[f"ÖVP@{text.index('ÖVP')}"] == "OVP"


@pytest.mark.parametrize(
    ("text", "name", "description", "expected"),
    [
        ("Finanzminister Karl Gruber sprach mit Anna Moser. Der Finanzminister blieb hart.",
         "Karl Gruber", "Finanzminister", "Karl_Gruber"),
        ("Der sudanesische Präsident Ali Hamid reiste ab. Der Staatschef schwieg.",
         "Ali Hamid", "Staatschef", "Ali_Hamid"),  # synonym of the introducing role
        ("Karl Gruber und Anna Moser stritten. Der 52-Jährige ging.",
         "Karl Gruber", "52-Jährige", None),  # two persons fit: no link
        ("Anna Moser trat zurück. Die 48-Jährige ging.", "Anna Moser", "48-Jährige", "Anna_Moser"),
        ("Chancellor Mary Stone met Tom Reed. The chancellor left.", "Mary Stone", "chancellor",
         "Mary_Stone"),
    ],
)
def test_role_descriptions(text: str, name: str, description: str, expected: str | None) -> None:
    lang = "en" if text.startswith("Chancellor") else "de"
    named = [(mention(text, name, A.PERSON), name.replace(" ", "_"))]
    other = "Anna Moser" if "Anna Moser" in text and name != "Anna Moser" else "Tom Reed"
    if other in text:
        named.append((mention(text, other, A.PERSON), other.replace(" ", "_")))
    at = text.rindex(description)
    desc = Mention("d", at, at + len(description), description, A.CONCEPT, source="np")
    assert role_description(desc, lang) is not None
    links = resolve_role_descriptions([desc], named, Context(text, lang))
    assert (links[desc].entity_id if desc in links else None) == expected


def test_name_is_no_role_description() -> None:
    text = "Präsident Karl Gruber sprach."
    assert role_description(mention(text, "Karl Gruber", A.PERSON, source="rule"), "de") is None


def test_case_and_accent_variants_join_across_documents() -> None:
    a, b = "Das UFO landete. Ein Zeuge sah es.", "Ein Ufo wurde gesehen. Der Zeuge Demirçi sprach."
    c = "Zeuge Demirci widersprach."
    m1 = mention(a, "UFO", A.ORGANIZATION, doc="a")
    m2 = mention(b, "Ufo", A.ORGANIZATION, doc="b")
    m3 = mention(b, "Demirçi", A.PERSON, doc="b")
    m4 = mention(c, "Demirci", A.PERSON, doc="c")
    w1, w2 = mention(a, "Zeuge", A.CONCEPT, doc="a", source="np"), mention(
        b, "Zeuge", A.CONCEPT, doc="b", source="np")
    res = resolve([(Document("a", a), [m1], [raw(m1, w1)]),
                   (Document("b", b), [m2, m3], [raw(m2, w2), raw(m3, w2)]),
                   (Document("c", c), [m4], [])])
    by = {(m.mention.doc_id, m.mention.text): m for m in res.merges}
    assert by[("a", "UFO")].entity_id == by[("b", "Ufo")].entity_id
    assert by[("b", "Demirçi")].entity_id == by[("c", "Demirci")].entity_id
    assert any(m.rule == "spelling-variant" and m.evidence for m in res.merges)


def test_acronym_defined_in_another_document_joins_its_long_form() -> None:
    a = "Der Rat für Soziale Fragen (RSF) tagte."
    b = "Der RSF lehnte ab."
    long_form = mention(a, "Rat für Soziale Fragen", A.ORGANIZATION, doc="a")
    acr_a = mention(a, "RSF", A.ORGANIZATION, doc="a")
    acr_b = mention(b, "RSF", A.ORGANIZATION, doc="b")
    res = resolve([(Document("a", a), [long_form, acr_a], []),
                   (Document("b", b), [acr_b], [])])
    ids = {(m.mention.doc_id, m.mention.text): (m.entity_id, m.rule) for m in res.merges}
    assert ids[("b", "RSF")][0] == ids[("a", "Rat für Soziale Fragen")][0]
    assert ids[("b", "RSF")][1] == "acronym-corpus"


def test_times_and_agency_tags_get_no_node() -> None:
    text = "Die SPÖ tagte am Dienstag. Das meldete die APA."
    spo = mention(text, "SPÖ", A.ORGANIZATION, key="SPO")
    day = mention(text, "Dienstag", A.CONCEPT, source="np")
    apa = mention(text, "APA", A.ORGANIZATION)
    res = resolve([(Document("d", text, "de"), [spo, apa], [raw(spo, day), raw(apa, spo)])])
    assert res.triples == ()
    assert {e.id for e in res.entities} == {"SPO"}


@pytest.mark.parametrize(
    ("text", "lang", "metonym"),
    [
        ("Warschau protestierte scharf gegen Brüssel.", "de", True),
        ("In Warschau regnete es.", "de", False),
        ("Washington imposed sanctions on Iran.", "en", True),
        ("They met in Washington.", "en", False),
    ],
)
def test_acting_capital_stands_for_its_country(nlp_de, nlp_en, text: str, lang: str,
                                               metonym: bool) -> None:
    from kg.recognize.mentions import find_mentions
    from kg.resolve import resolve_docs

    nlp = nlp_de if lang == "de" else nlp_en
    doc = Document("d", text, lang)
    sdoc = nlp(text)
    city = "Warschau" if lang == "de" else "Washington"
    at = text.index(city)
    m = Mention("d", at, at + len(city), city, A.LOCATION, source="rule")
    found = [x for x in find_mentions(sdoc, doc) if x.start != at] if lang == "de" else []
    res = resolve_docs([(doc, sdoc, [m, *found], [])])
    entity = next(e for e in res.entities if e.label == city)
    country = "Q36" if lang == "de" else "Q30"
    assert (("metonymOf", country) in entity.related) is metonym


@pytest.mark.parametrize(("lang", "text", "phrase", "describes"), [
    # a copula's predicate, an apposition, an als/as phrase: the other phrase's role
    ("de", "Karl Huber ist der neue Finanzminister.", "Finanzminister", True),
    ("de", "Karl Huber, der frühere Finanzminister, schwieg.", "Finanzminister", True),
    ("de", "Kern trat als designierter Parteichef auf.", "Parteichef", True),
    ("en", "Karl Huber is the new finance minister.", "minister", True),
    ("en", "Karl Huber, the former finance minister, kept silent.", "minister", True),
    # a role noun that is an argument names someone
    ("de", "Der Finanzminister blieb hart.", "Finanzminister", False),
    ("en", "The finance minister stood firm.", "minister", False),
])
def test_a_predicate_or_apposition_describes_another_phrase(request, lang, text, phrase,
                                                             describes):
    sdoc = request.getfixturevalue(f"nlp_{lang}")(text)
    ctx = Context(text, lang, sdoc)
    m = mention(text, phrase, A.CONCEPT, source="np")
    assert ctx.describes(m) is describes


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # a descriptor noun (descriptor_nouns.txt) that fits no one by role: whoever was just named
    ("de", "Karl Gruber kam frei. Der Politiker kehrt nach Minsk zurück.", "Karl_Gruber"),
    ("en", "Karl Gruber was freed. The politician returns to Minsk.", "Karl_Gruber"),
    # two persons named just before: no link
    ("de", "Karl Gruber und Anna Moser kamen frei. Der Politiker kehrt zurück.", None),
    ("en", "Karl Gruber and Anna Moser were freed. The politician returns.", None),
])
def test_a_descriptor_noun_is_the_one_person_just_named(lang: str, text: str,
                                                        expected: str | None) -> None:
    named = [(mention(text, "Karl Gruber", A.PERSON), "Karl_Gruber")]
    if "Anna Moser" in text:
        named.append((mention(text, "Anna Moser", A.PERSON), "Anna_Moser"))
    word = "Politiker" if lang == "de" else "politician"
    at = text.rindex(word)
    desc = Mention("d", at, at + len(word), word, A.CONCEPT, source="np")
    links = resolve_role_descriptions([desc], named, Context(text, lang))
    assert (links[desc].entity_id if desc in links else None) == expected
