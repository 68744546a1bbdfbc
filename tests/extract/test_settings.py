"""Where an actor acts: ``subject activeIn place`` (:mod:`kg.extract.settings`)."""

import pytest

from kg.extract.dependency import make_dependency_extractor
from kg.types import ActorType as A
from tests.extract.builders import document, mentions

P, C, L, G, ORG, E = A.PERSON, A.COUNTRY, A.LOCATION, A.GROUP, A.ORGANIZATION, A.EVENT


def _active(nlp, lang, text, names):
    doc = nlp(text)
    triples = list(make_dependency_extractor()(doc, document(doc, lang), mentions(doc, names)))
    return {(t.subject.text, t.object.text) for t in triples if t.predicate.id == "activeIn"}


@pytest.mark.parametrize(("lang", "text", "names", "expected"), [
    # a locative phrase of the verb
    ("de", "Die Kurden kämpfen in Syrien gegen den IS.", {"Kurden": G, "Syrien": C, "IS": ORG},
     {("Kurden", "Syrien")}),
    ("de", "Merkel traf Obama im Mai in Berlin.", {"Merkel": P, "Obama": P, "Berlin": L},
     {("Merkel", "Berlin")}),
    ("de", "Die Rebellen griffen in Aleppo Stellungen der Regierung an.",
     {"Rebellen": G, "Aleppo": L}, {("Rebellen", "Aleppo")}),
    # every place of a list, with or without its own preposition
    ("de", "Die Flugbegleiter setzen ihren Streik in Frankfurt und in Düsseldorf fort.",
     {"Flugbegleiter": G, "Frankfurt": L, "Düsseldorf": L},
     {("Flugbegleiter", "Frankfurt"), ("Flugbegleiter", "Düsseldorf")}),
    ("en", "The Kurds are fighting in Syria and Iraq.",
     {"Kurds": G, "Syria": C, "Iraq": C}, {("Kurds", "Syria"), ("Kurds", "Iraq")}),
    # of the event or thing the verb names
    ("de", "Die Arabische Liga kündigte ein Krisentreffen in Kairo an.",
     {"Arabische Liga": ORG, "Kairo": L}, {("Arabische Liga", "Kairo")}),
    ("de", "Das sei bedauerlich, sagte Außenminister Sergej Lawrow bei einer UN-Konferenz in "
           "Genf.", {"Sergej Lawrow": P, "UN-Konferenz": E, "Genf": L},
     {("Sergej Lawrow", "Genf")}),
    # a country acts
    ("de", "Russland unterstützt in Syrien die Regierung.", {"Russland": C, "Syrien": C},
     {("Russland", "Syrien")}),
    ("en", "The Kurds are fighting in Syria against the Islamic State.",
     {"Kurds": G, "Syria": C, "Islamic State": ORG}, {("Kurds", "Syria")}),
    ("en", "Merkel met Obama in Berlin in May.", {"Merkel": P, "Obama": P, "Berlin": L},
     {("Merkel", "Berlin")}),
    ("en", "The rebels attacked government positions in Aleppo.",
     {"rebels": G, "Aleppo": L}, {("rebels", "Aleppo")}),
    ("en", "The Arab League announced a crisis meeting in Cairo.",
     {"Arab League": ORG, "Cairo": L}, {("Arab League", "Cairo")}),
    ("en", "That is regrettable, Foreign Minister Sergei Lavrov said at a UN conference in "
           "Geneva.", {"Sergei Lavrov": P, "UN conference": E, "Geneva": L},
     {("Sergei Lavrov", "Geneva")}),
    ("en", "In Syria, Russia supports the government.", {"Russia": C, "Syria": C},
     {("Russia", "Syria")}),
])
def test_an_actor_is_active_where_its_clause_happens(nlp_de, nlp_en, lang, text, names,
                                                     expected):
    got = _active(nlp_de if lang == "de" else nlp_en, lang, text, names)
    assert got == expected, got


@pytest.mark.parametrize(("lang", "text", "names"), [
    # another statement relates the pair
    ("de", "Putin lebt in Moskau.", {"Putin": P, "Moskau": L}),
    ("en", "Putin lives in Moscow.", {"Putin": P, "Moscow": L}),
    # a destination, not a setting
    ("de", "Tausende Schwaben zogen in den Banat.", {"Schwaben": G, "Banat": L}),
    ("en", "Obama will travel to Berlin.", {"Obama": P, "Berlin": L}),
    # the subject is no actor
    ("de", "Die Briefe, die in Maskat deponiert sind, sind alt.", {"Maskat": L}),
    ("en", "The letters that were deposited in Muscat are old.", {"Muscat": L}),
    # a passive without its agent: the patient does nothing there
    ("de", "Zwei Palästinenser wurden in Hebron erschossen.", {"Palästinenser": G, "Hebron": L}),
    ("en", "Two Palestinians were shot dead in Hebron.", {"Palestinians": G, "Hebron": L}),
    # a place of what the subject flees from or answers for is not where the subject acts
    ("de", "Die Flüchtlinge fliehen vor dem Elend in Griechenland.",
     {"Flüchtlinge": G, "Griechenland": C}),
    ("en", "The refugees are fleeing from the misery in Greece.",
     {"refugees": G, "Greece": C}),
    ("de", "Xelil wies jede Verantwortung für den Anschlag in Ankara zurück.",
     {"Xelil": P, "Ankara": L}),
    ("en", "Xelil denied any responsibility for the attack in Ankara.", {"Xelil": P, "Ankara": L}),
    # a place within a place is containment, not activity
    ("de", "Das Dorf Sarkel liegt im Nordirak.", {"Sarkel": L, "Nordirak": L}),
    ("en", "The town of Sarkel lies in northern Iraq.", {"Sarkel": L, "northern Iraq": L}),
])
def test_no_setting(nlp_de, nlp_en, lang, text, names):
    assert not _active(nlp_de if lang == "de" else nlp_en, lang, text, names)


def _predicates(nlp, lang, text, names):
    doc = nlp(text)
    triples = make_dependency_extractor()(doc, document(doc, lang), mentions(doc, names))
    return {(t.subject.text, t.predicate.id, t.predicate.lemma, t.object.text) for t in triples}


@pytest.mark.parametrize(("lang", "text", "names", "expected"), [
    # an unmapped verb whose only participant is a place: the actor is active there
    ("de", "Putin sprach in Moskau.", {"Putin": P, "Moskau": L},
     ("Putin", "activeIn", "sprechen in", "Moskau")),
    ("de", "Die Separatisten demonstrierten in Donezk.", {"Separatisten": G, "Donezk": L},
     ("Separatisten", "activeIn", "demonstrieren in", "Donezk")),
    ("en", "Putin spoke in Moscow.", {"Putin": P, "Moscow": L},
     ("Putin", "activeIn", "speak in", "Moscow")),
    ("en", "The separatists demonstrated in Donetsk.", {"separatists": G, "Donetsk": L},
     ("separatists", "activeIn", "demonstrate in", "Donetsk")),
])
def test_an_unmapped_verbs_place_is_where_the_actor_is_active(nlp_de, nlp_en, lang, text,
                                                               names, expected):
    got = _predicates(nlp_de if lang == "de" else nlp_en, lang, text, names)
    subject, relation, lemma, place = expected
    assert any(s == subject and p == relation and m.split()[0] == lemma.split()[0] and o == place
               for s, p, m, o in got), got  # the verb's lemma (with its preposition if unmapped)
    assert not any(p.startswith("lemma:") and o == expected[3] for _, p, _, o in got), got


@pytest.mark.parametrize(("lang", "text", "names", "relation"), [
    # a verb the table maps keeps its relation
    ("de", "Putin lebt in Moskau.", {"Putin": P, "Moskau": L}, "livesIn"),
    ("en", "Putin lives in Moscow.", {"Putin": P, "Moscow": L}, "livesIn"),
    # a place that is no setting: what was bought, where they went
    ("de", "Die Separatisten marschierten in die Ukraine.", {"Separatisten": G, "Ukraine": C},
     None),
    ("en", "The company invested in Ukraine.", {"company": ORG, "Ukraine": C}, None),
])
def test_other_places_keep_their_relation(nlp_de, nlp_en, lang, text, names, relation):
    got = _predicates(nlp_de if lang == "de" else nlp_en, lang, text, names)
    place = next(iter(n for n, k in names.items() if k in (L, C)))
    found = {p for _, p, _, o in got if o == place}
    assert "activeIn" not in found, got
    if relation:
        assert relation in found, got
