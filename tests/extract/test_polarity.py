"""Polarity and direction (issue #12): negation cues, object-first order, PP attachment.

Each row is a sentence of its own through the real parser; German and English where the
construction exists in both.
"""

import pytest

from kg.extract.dependency import make_dependency_extractor
from kg.types import ActorType as A
from tests.extract.builders import document, mentions

C, ORG, P = A.COUNTRY, A.ORGANIZATION, A.PERSON


def _got(doc, lang, names):
    return {(t.subject.text, t.predicate.id, t.object.text, t.negated)
            for t in make_dependency_extractor()(doc, document(doc, lang), mentions(doc, names))}


@pytest.mark.parametrize(("text", "names", "expected", "wrong"), [
    # object first, pronoun subject: "hat der Kreml sie … benutzt"
    ("Obwohl das Bündnis existiert, hat der Kreml sie nie benutzt.", {"Kreml": ORG},
     ("Kreml", "uses", "sie", True), ("sie", "uses", "Kreml", True)),
    # an unambiguously accusative subject: "Den Vertrag hat Russland … unterschrieben"
    ("Den Vertrag hat Russland nicht unterschrieben.", {"Russland": C},
     ("Russland", "agreesWith", "Vertrag", True), ("Vertrag", "agreesWith", "Russland", True)),
    # "ebenso wenig" negates
    ("Ebenso wenig kann Russland die Ukraine kontrollieren.", {"Russland": C, "Ukraine": C},
     ("Russland", "controls", "Ukraine", True), ("Russland", "controls", "Ukraine", False)),
    # "weder … noch" negates both conjuncts
    ("Weder Russland noch China griffen die Ukraine an.",
     {"Russland": C, "China": C, "Ukraine": C},
     ("China", "attacks", "Ukraine", True), ("China", "attacks", "Ukraine", False)),
    # "kaum" negates
    ("Russland kann die Ukraine kaum kontrollieren.", {"Russland": C, "Ukraine": C},
     ("Russland", "controls", "Ukraine", True), ("Russland", "controls", "Ukraine", False)),
])
def test_german_polarity_and_direction(nlp_de, text, names, expected, wrong):
    got = _got(nlp_de(text), "de", names)
    assert expected in got and wrong not in got, got


def test_phrase_after_an_event_noun_belongs_to_the_noun(nlp_de):
    text = "Armenien forderte während seines Konflikts mit Aserbaidschan um Berg-Karabach Hilfe an."
    got = _got(nlp_de(text), "de",
               {"Armenien": C, "Aserbaidschan": C, "Berg-Karabach": A.LOCATION})
    assert not any(o == "Berg-Karabach" and s == "Armenien" for s, _, o, _ in got), got


@pytest.mark.parametrize(("text", "names", "expected"), [
    ("Russia can hardly control Ukraine.", {"Russia": C, "Ukraine": C},
     ("Russia", "controls", "Ukraine", True)),
    ("Neither Russia nor China attacked Ukraine.", {"Russia": C, "China": C, "Ukraine": C},
     ("China", "attacks", "Ukraine", True)),
    ("Russia no longer controls Ukraine.", {"Russia": C, "Ukraine": C},
     ("Russia", "controls", "Ukraine", True)),
])
def test_english_polarity(nlp_en, text, names, expected):
    got = _got(nlp_en(text), "en", names)
    assert expected in got, got


def test_untyped_relation_needs_two_actors(nlp_de):
    # (or is the actor's only statement: tests/extract/test_lone.py)
    got = _got(nlp_de("Doskozil tätschelt das Feld und lobt Kern."), "de",
               {"Doskozil": P, "Kern": P})
    assert not any(o == "Feld" for _, _, o, _ in got), got


@pytest.mark.parametrize(("text", "names", "expected"), [
    # the verb's number rules out the plural noun; the particle before the comma is skipped
    ("Die Türkei griff Stützpunkte der PKK im Nordirak an, die gegen den IS kämpft.",
     {"Türkei": C, "PKK": ORG, "IS": ORG}, ("PKK", "conflictWith", "IS", False)),
    ("Russland kritisierte die Partei des Präsidenten, die gegen die Nato kämpft.",
     {"Russland": C, "Nato": ORG}, ("Partei des Präsidenten", "conflictWith", "Nato", False)),
])
def test_relative_clause_antecedent_agrees(nlp_de, text, names, expected):
    got = _got(nlp_de(text), "de", names)
    assert expected in got, got


def test_demonstrative_pronoun_object(nlp_de):
    text = ("Klubobmann Reinhold Lopatka, der vor der Angelobung Kerns diesen kritisiert hatte, "
            "schwieg.")
    doc = nlp_de(text)
    got = [(t.subject.text, t.predicate.id, t.object.text, t.object.source)
           for t in make_dependency_extractor()(doc, document(doc, "de"),
                                                mentions(doc, {"Reinhold Lopatka": P}))]
    assert ("Reinhold Lopatka", "criticizes", "diesen", "pronoun") in got, got


@pytest.mark.parametrize(("lang", "text", "names", "pair"), [
    ("de", "Erdogan soll innerhalb von fünf Tagen ein Kabinett mit der HDP bilden.",
     {"Erdogan": P, "HDP": ORG}, ("Erdogan", "HDP")),
    ("de", "Laut Medien soll Russland die Ukraine angreifen.", {"Russland": C, "Ukraine": C},
     ("Russland", "Ukraine")),
    ("en", "Russia should support Ukraine.", {"Russia": C, "Ukraine": C}, ("Russia", "Ukraine")),
])
def test_a_task_set_is_no_fact(request, lang, text, names, pair):
    _not_asserted(request, lang, text, names, pair)


@pytest.mark.parametrize(("lang", "text", "names", "pair"), [
    # an event noun called alleged is no fact, wherever it stands
    ("de", "Der Senator warf dem Weißen Haus vor, angebliche Geheimvereinbarungen zwischen dem "
     "Iran und der IAEO verschwiegen zu haben.", {"Iran": C, "IAEO": ORG}, ("Iran", "IAEO")),
    ("de", "Die mutmaßlichen Angriffe Russlands auf die Ukraine wurden verurteilt.",
     {"Russlands": C, "Ukraine": C}, ("Russlands", "Ukraine")),
    ("en", "The senator accused the White House of concealing alleged secret agreements "
     "between Iran and the IAEA.", {"Iran": C, "IAEA": ORG}, ("Iran", "IAEA")),
])
def test_an_alleged_event_is_no_fact(request, lang, text, names, pair):
    _not_asserted(request, lang, text, names, pair)


@pytest.mark.parametrize(("lang", "text", "names", "pair"), [
    # an open question's clause ("ob", "whether") states nothing
    ("de", "Offen ist, ob die Gewerkschafterin Heidi Hirschbichler sich aus dem Landtag "
     "zurückzieht.", {"Heidi Hirschbichler": P, "Landtag": ORG},
     ("Heidi Hirschbichler", "Landtag")),
    ("de", "Er fragte, ob Russland die Ukraine angreife.", {"Russland": C, "Ukraine": C},
     ("Russland", "Ukraine")),
    ("en", "It is open whether Russia will attack Ukraine.", {"Russia": C, "Ukraine": C},
     ("Russia", "Ukraine")),
])
def test_an_open_question_is_no_fact(request, lang, text, names, pair):
    _not_asserted(request, lang, text, names, pair)


def _not_asserted(request, lang, text, names, pair):
    doc = request.getfixturevalue(f"nlp_{lang}")(text)
    found = [t for t in make_dependency_extractor()(doc, document(doc, lang), mentions(doc, names))
             if (t.subject.text, t.object.text) == pair]
    assert found and all(t.modality.value != "asserted" for t in found), found


def test_a_verb_first_conditional_with_sollen_stays_hypothetical(nlp_de):
    doc = nlp_de("Sollte Russland die Ukraine angreifen, reagiert die NATO.")
    found = [t for t in make_dependency_extractor()(
        doc, document(doc, "de"), mentions(doc, {"Russland": C, "Ukraine": C, "NATO": ORG}))
        if (t.subject.text, t.object.text) == ("Russland", "Ukraine")]
    assert found and all(t.modality.value == "hypothetical" for t in found), found


@pytest.mark.parametrize(("lang", "rows", "negation"), [
    # "hat der Kreml sie nie benutzt" with "nie" hung on the pronoun object
    ("de", [("hat", 4, "aux", "AUX", "haben", "VerbForm=Fin"),
            ("der", 2, "det", "DET", "der", ""), ("Kreml", 4, "nsubj", "PROPN", "Kreml", ""),
            ("sie", 4, "obj", "PRON", "sie", "PronType=Prs"),
            ("nie", 3, "advmod", "ADV", "nie", ""),
            ("benutzt", 4, "ROOT", "VERB", "benutzen", "VerbForm=Part")], True),
    ("de", [("hat", 4, "aux", "AUX", "haben", "VerbForm=Fin"),
            ("der", 2, "det", "DET", "der", ""), ("Kreml", 4, "nsubj", "PROPN", "Kreml", ""),
            ("sie", 4, "obj", "PRON", "sie", "PronType=Prs"),
            ("oft", 3, "advmod", "ADV", "oft", ""),
            ("benutzt", 4, "ROOT", "VERB", "benutzen", "VerbForm=Part")], False),
    # "Not Russia but China …": on a name the negation contrasts, it does not negate the clause
    ("de", [("nicht", 1, "advmod", "PART", "nicht", ""),
            ("Russland", 2, "nsubj", "PROPN", "Russland", ""),
            ("griff", 2, "ROOT", "VERB", "greifen", "VerbForm=Fin"),
            ("ein", 2, "compound:prt", "ADP", "ein", "")], False),
    # "They never used it" with "never" hung on the pronoun subject
    ("en", [("They", 2, "nsubj", "PRON", "they", "PronType=Prs"),
            ("never", 0, "advmod", "ADV", "never", ""),
            ("used", 2, "ROOT", "VERB", "use", "VerbForm=Fin"),
            ("it", 2, "dobj", "PRON", "it", "PronType=Prs")], True),
])
def test_a_negation_hung_on_a_pronoun_argument_negates_the_clause(lang, rows, negation):
    from kg.extract.qualifiers import negated
    from kg.lang import language_pack
    from kg.nlp.schemes import normalise
    from tests.extract.builders import build

    g = normalise(build(rows))
    verb = next(i for i, r in enumerate(rows) if r[2] == "ROOT")
    args = [i for i, r in enumerate(rows) if r[2] in ("nsubj", "obj", "dobj")]
    assert negated(g, verb, language_pack(lang), args) is negation
