"""Parse repairs: never a cycle in the tree (one made extraction loop forever); table tests."""

from __future__ import annotations

import pytest

from kg.extract.dependency import make_dependency_extractor
from kg.extract.repairs import repair
from kg.nlp.schemes import normalise
from kg.types import ActorType as A

from .builders import build, document, mentions


def _reaches_root(heads: tuple[int, ...], i: int) -> bool:
    for _ in range(len(heads)):
        if heads[i] == i:
            return True
        i = heads[i]
    return False


def test_late_conjunct_inside_its_own_clause_is_not_moved() -> None:
    # "A kam, B ging und C blieb": the parser hangs "ging" under "blieb" and "und" under "ging";
    # walking up from "und" finds "ging", a verb inside "blieb"'s own clause. Making "blieb" its
    # conjunct would close a cycle (blieb → ging → blieb).
    doc = build([
        ("A", 1, "nsubj", "PROPN", "A", ""),
        ("kam", 1, "ROOT", "VERB", "kommen", ""),
        (",", 1, "punct", "PUNCT", ",", ""),
        ("B", 4, "nsubj", "PROPN", "B", ""),
        ("ging", 7, "advcl", "VERB", "gehen", ""),
        ("und", 4, "cc", "CCONJ", "und", ""),
        ("C", 7, "nsubj", "PROPN", "C", ""),
        ("blieb", 1, "conj", "VERB", "bleiben", ""),
    ])
    g = repair(normalise(doc))
    assert all(_reaches_root(g.heads, i) for i in range(len(doc)))
    assert g.heads[7] == 1  # "blieb" stays the conjunct of "kam"
    assert g.subtree(1) == list(range(len(doc)))


def test_late_conjunct_still_repaired_when_no_cycle() -> None:
    # "A leitete B und befehligte C": "befehligte" hung on the root verb's object noun is moved
    # to the verb before "und" (the repair the module docstring describes).
    doc = build([
        ("A", 1, "nsubj", "PROPN", "A", ""),
        ("leitete", 1, "ROOT", "VERB", "leiten", ""),
        ("B", 1, "obj", "PROPN", "B", ""),
        ("und", 2, "cc", "CCONJ", "und", ""),
        ("befehligte", 0, "conj", "VERB", "befehligen", ""),
        ("C", 4, "obj", "PROPN", "C", ""),
    ])
    g = repair(normalise(doc))
    assert all(_reaches_root(g.heads, i) for i in range(len(doc)))
    assert g.heads[4] == 1


def _open(nlp, text: str, lang: str) -> set[tuple[str, str, str]]:
    from kg.extract.openie import make_openie_extractor

    from .builders import document, mentions

    doc = nlp(text)
    return {(t.subject.text, t.predicate.label, t.object.text)
            for t in make_openie_extractor()(doc, document(doc, lang), mentions(doc, {}))}


@pytest.mark.parametrize(("text", "expected", "wrong_subject"), [
    ("Heute verlangt Herr Broberg eine Antwort.",
     ("Herr Broberg", "verlangt", "eine Antwort"), "Heute"),
    ("Jetzt behauptet Herr Broberg, ein Anwalt, er würde umsonst spielen.",
     ("Herr Broberg", "behauptet", "er würde umsonst spielen"), "Jetzt"),
])
def test_a_sentence_initial_adverb_is_no_headline_subject(nlp_de, text, expected, wrong_subject):
    got = _open(nlp_de, text, "de")
    if expected:
        assert expected in got, got
    assert not any(s == wrong_subject for s, _, _ in got), got


def test_a_headline_name_tagged_as_adjective_is_still_the_subject(nlp_de):
    got = _open(nlp_de, "Mitterlehner rüffelt Lopatka – Will zu Asylnovelle mit Kern nur über "
                "Details reden.", "de")
    assert ("Mitterlehner", "rüffelt", "Lopatka") in got, got


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Der Minister sagte, die Regierung werde die Steuern senken.",
     ("die Regierung", "werde senken", "die Steuern")),
    ("de", "Die Sprecherin erklärte, der Konzern habe die Fabrik verkauft.",
     ("der Konzern", "habe verkauft", "die Fabrik")),
    ("en", "The minister said the government would cut taxes.",
     ("the government", "would cut", "taxes")),
])
def test_the_subject_of_a_reported_clause_is_no_object(request, lang, text, expected):
    got = _open(request.getfixturevalue(f"nlp_{lang}"), text, lang)
    assert expected in got, got
    assert not any(o == expected[0] for _, _, o in got), got


def _clause(finite: bool):
    # "die Regierung werde die Steuern senken" parsed with two objects and no subject
    word = ("werde", 5, "aux", "AUX", "werden", "Mood=Sub|VerbForm=Fin") if finite else \
        ("bald", 5, "advmod", "ADV", "bald", "")
    return build([
        ("die", 1, "det", "DET", "der", "Case=Acc"),
        ("Regierung", 5, "obj", "NOUN", "Regierung", "Case=Nom|Gender=Fem|Number=Sing"), word,
        ("die", 4, "det", "DET", "der", "Case=Acc"),
        ("Steuern", 5, "obj", "NOUN", "Steuer", "Case=Acc|Gender=Fem|Number=Plur"),
        ("senken", 5, "ROOT", "VERB", "senken", "VerbForm=Inf"),
    ])


def test_a_missing_subject_is_taken_from_two_objects_only_in_a_finite_clause() -> None:
    g = repair(normalise(_clause(finite=True)))
    assert (g.role(1), g.role(4)) == ("subj", "obj")
    g = repair(normalise(_clause(finite=False)))  # an infinitive needs no subject of its own
    assert (g.role(1), g.role(4)) == ("obj", "obj")


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Die Häuser sind aus Holz und ihre Dächer sind aus Stroh.",
     {("Die Häuser", "sind", "aus Holz"), ("ihre Dächer", "sind", "aus Stroh")}),
    ("de", "Die Säulen auf beiden Seiten sind nach griechischem Stil und ihre Dekorationen sind "
     "nach dem Tempel in Madurai.",
     {("Die Säulen auf beiden Seiten", "sind", "nach griechischem Stil"),
      ("ihre Dekorationen", "sind", "nach dem Tempel in Madurai")}),
    ("en", "The columns are in Doric style and their decorations are like the temple in Madurai.",
     {("The columns", "are in", "Doric style"),
      ("their decorations", "are like", "the temple in Madurai")}),
])
def test_two_copulas_make_two_clauses(request, lang, text, expected):
    got = _open(request.getfixturevalue(f"nlp_{lang}"), text, lang)
    assert expected <= got, got
    assert not any(rel.count(rel.split()[0]) > 1 for _, rel, _ in got), got  # no "sind sind"


def test_a_subject_after_the_finite_verb_is_found_by_its_article() -> None:
    # "Außerdem könnte ein solcher Verkauf dem Unternehmen helfen", "Verkauf" parsed as object
    rows = [
        ("Außerdem", 6, "advmod", "ADV", "außerdem", ""),
        ("könnte", 6, "aux", "AUX", "können", "Mood=Sub|VerbForm=Fin"),
        ("ein", 3, "det", "DET", "ein", "Case=Nom|Gender=Masc|Number=Sing"),
        ("Verkauf", 6, "obj", "NOUN", "Verkauf", "Case=Nom|Gender=Masc|Number=Sing"),
        ("dem", 5, "det", "DET", "der", "Case=Dat|Gender=Neut|Number=Sing"),
        ("Unternehmen", 6, "iobj", "NOUN", "Unternehmen", "Case=Dat|Gender=Neut|Number=Sing"),
        ("helfen", 6, "ROOT", "VERB", "helfen", "VerbForm=Inf"),
    ]
    assert repair(normalise(build(rows))).role(3) == "subj"
    rows[2] = ("einen", 3, "det", "DET", "ein", "Case=Acc|Gender=Masc|Number=Sing")
    rows[3] = ("Verkauf", 6, "obj", "NOUN", "Verkauf", "Case=Acc|Gender=Masc|Number=Sing")
    assert repair(normalise(build(rows))).role(3) == "obj"  # "einen solchen Verkauf": accusative


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Die Kirche und der Turm wurden von 2006 bis 2008 gründlich renoviert.",
     ("Die Kirche", "wurden renoviert", "von 2006 bis 2008")),
    ("de", "Die Preise steigen in der Stadt viel schneller.",
     ("Die Preise", "steigen", "in der Stadt")),
])
def test_a_phrase_before_an_adverb_is_the_verbs_adverbial(request, lang, text, expected):
    got = _open(request.getfixturevalue(f"nlp_{lang}"), text, lang)
    assert expected in got, got


def test_a_phrase_after_an_adverb_stays_its_attribute() -> None:
    # "steigen schneller als in anderen Branchen": the comparison belongs to "schneller"
    doc = build([
        ("Preise", 1, "nsubj", "NOUN", "Preis", ""), ("steigen", 1, "ROOT", "VERB", "steigen", ""),
        ("schneller", 1, "advmod", "ADJ", "schnell", "Degree=Cmp"),
        ("als", 5, "case", "CCONJ", "als", ""), ("in", 5, "case", "ADP", "in", ""),
        ("Branchen", 2, "nmod", "NOUN", "Branche", ""),
    ])
    g = repair(normalise(doc))
    assert g.head(5) == 2


def test_an_apposition_hung_on_the_verb_goes_to_the_name_and_the_reported_clause_to_the_verb(
        nlp_de):
    got = _open(nlp_de, "Jetzt behauptet Herr Broberg, ein Anwalt, er würde umsonst spielen.", "de")
    assert ("ein Anwalt", "behauptet", "er würde umsonst spielen") in got, got


def test_a_relative_clause_is_no_reported_clause() -> None:
    # "Herr Broberg, ein Anwalt, der umsonst spielt": "der" is relative, the clause stays
    doc = build([
        ("Broberg", 0, "ROOT", "PROPN", "Broberg", ""), (",", 3, "punct", "PUNCT", ",", ""),
        ("ein", 3, "det", "DET", "ein", "Definite=Ind"),
        ("Anwalt", 0, "appos", "NOUN", "Anwalt", ""),
        (",", 7, "punct", "PUNCT", ",", ""), ("der", 7, "nsubj", "PRON", "der", "PronType=Rel"),
        ("umsonst", 7, "advmod", "ADV", "umsonst", ""),
        ("spielt", 3, "acl", "VERB", "spielen", "VerbForm=Fin"),
    ])
    assert repair(normalise(doc)).head(7) == 3


def test_a_reporting_verb_parsed_as_adverbial_of_its_reported_clause_is_the_root(nlp_de):
    text = ("Ein Sprecher von Ford sagte, der Hersteller aus Dearborn, Michigan, sei sich keiner "
            "Verletzungen bewusst, die durch das Problem verursacht wurden.")
    got = _open(nlp_de, text, "de")
    said = [o for s, rel, o in got if s == "Ein Sprecher von Ford" and rel == "sagte"]
    assert said and said[0].startswith("der Hersteller aus Dearborn, Michigan, sei"), got


def test_an_adverbial_with_a_conjunction_stays_an_adverbial() -> None:
    # "Wie der Minister sagte , sind die Steuern zu hoch" with the parser's subject missing
    doc = build([
        ("Wie", 3, "mark", "SCONJ", "wie", ""), ("der", 2, "det", "DET", "der", "Case=Nom"),
        ("Minister", 3, "nsubj", "NOUN", "Minister", "Case=Nom"),
        ("sagte", 7, "advcl", "VERB", "sagen", "VerbForm=Fin"), (",", 3, "punct", "PUNCT", ",", ""),
        ("sind", 7, "cop", "AUX", "sein", "VerbForm=Fin"),
        ("Steuern", 3, "obj", "NOUN", "Steuer", "Case=Nom"),
        ("hoch", 7, "ROOT", "ADJ", "hoch", ""),
    ])
    g = repair(normalise(doc))
    assert g.head(7) == 7 and g.role(3) == "advcl"


def test_the_object_after_an_apposition_is_the_verbs_not_the_appositions(nlp_de):
    got = _open(nlp_de, "Jetzt fordert Frau Meier, eine Lehrerin, mehr Geld für Schulen.", "de")
    assert ("Frau Meier", "fordert", "mehr Geld") in got, got
    assert ("eine Lehrerin", "fordert", "mehr Geld") in got, got


def _objects(det: tuple[str, str], noun_morph: str) -> list[tuple[str, int, str, str, str, str]]:
    # "Die SPÖ wirft <det> Minister Zynismus vor", both objects parsed as obj
    return [
        ("Die", 1, "det", "DET", "der", "Case=Nom|Number=Sing"),
        ("SPÖ", 2, "nsubj", "PROPN", "SPÖ", "Case=Nom|Number=Sing"),
        ("wirft", 2, "ROOT", "VERB", "werfen", "VerbForm=Fin"),
        (det[0], 4, "det", "DET", "der", det[1]),
        ("Minister", 2, "obj", "NOUN", "Minister", noun_morph),
        ("Zynismus", 2, "obj", "NOUN", "Zynismus", "Case=Acc|Gender=Masc|Number=Sing"),
        ("vor", 2, "compound:prt", "ADP", "vor", ""),
    ]


@pytest.mark.parametrize(("det", "noun", "role"), [
    # the article shows the dative: the indirect object (whom it is said to, the accused)
    (("dem", "Case=Dat|Gender=Masc|Number=Sing"), "Case=Nom|Gender=Masc|Number=Sing", "iobj"),
    (("seinem", "Case=Dat|Number=Sing|Poss=Yes"), "Case=Acc|Gender=Masc|Number=Plur", "iobj"),
    # a plural dative article on a singular noun is a misread accusative ("den Nordosten")
    (("den", "Case=Dat|Number=Plur"), "Case=Acc|Gender=Masc|Number=Sing", "obj"),
    (("den", "Case=Dat|Number=Plur"), "Case=Dat|Gender=Masc|Number=Plur", "iobj"),
    (("den", "Case=Acc|Gender=Masc|Number=Sing"), "Case=Acc|Gender=Masc|Number=Sing", "obj"),
])
def test_an_object_whose_article_shows_the_dative_is_the_indirect_object(det, noun, role):
    assert repair(normalise(build(_objects(det, noun)))).role(4) == role


def _opened(noun: tuple[str, ...], opener_role: str = "obl") -> list[tuple[str, ...]]:
    # "In der Ostukraine kämpfen Regierungstruppen …", the noun parsed as the object
    return [
        ("In", 2, "case", "ADP", "in", ""),
        ("der", 2, "det", "DET", "der", "Case=Dat"),
        ("Ostukraine", 3, opener_role, "NOUN", "Ostukraine", "Case=Dat"),
        ("kämpfen", 3, "ROOT", "VERB", "kämpfen", "VerbForm=Fin"),
        *([noun] if len(noun) == 6 else []),
    ]


def test_a_bare_noun_after_an_opening_adverbial_is_the_subject() -> None:
    bare = ("Regierungstruppen", 3, "obj", "NOUN", "Regierungstruppe", "Case=Acc|Number=Plur")
    assert repair(normalise(build(_opened(bare)))).role(4) == "subj"
    rows = _opened(("die", 5, "det", "DET", "der", "Case=Acc"))  # "die Truppen": the article
    rows.append(("Truppen", 3, "obj", "NOUN", "Truppe", "Case=Acc|Number=Plur"))
    assert repair(normalise(build(rows))).role(5) == "obj"  # … decides, not the position
    opened_by_object = _opened(bare, opener_role="obj")  # object first: the noun may be either
    assert repair(normalise(build(opened_by_object))).role(4) == "obj"


def test_a_reflexive_is_never_the_subject() -> None:
    # "… machen sich Regierungstruppen und Rebellen …" with "sich" read as the subject
    rows = [
        ("Dann", 1, "advmod", "ADV", "dann", ""),
        ("machen", 1, "ROOT", "VERB", "machen", "VerbForm=Fin"),
        ("sich", 1, "nsubj", "PRON", "sich", "Case=Acc|PronType=Prs|Reflex=Yes"),
        ("Rebellen", 1, "obj", "NOUN", "Rebell", "Case=Acc|Number=Plur"),
    ]
    g = repair(normalise(build(rows)))
    assert (g.role(2), g.role(3)) == ("obj", "subj")


@pytest.mark.parametrize(("text", "absent"), [
    # a place after a comma names the place before it, not the noun before the phrase
    ("Composer Thomas is a native of Chisholm , Minn .", ("Minn", "locatedIn", "Chisholm")),
    ("Dole 's wife is a native of Salisbury , Minn .", ("Minn", "locatedIn", "Salisbury")),
])
def test_a_place_set_off_after_a_phrase_is_no_role_name(nlp_en, text, absent) -> None:
    doc = nlp_en(text)
    names = {k: A.LOCATION for k in ("Chisholm", "Minn", "Salisbury") if k in text}
    got = {(t.subject.text, t.predicate.id, t.object.text)
           for t in make_dependency_extractor()(doc, document(doc, "en"), mentions(doc, names))}
    assert absent not in got, got


def _said_conjunct(words: tuple[str, ...], lemma: str, morph: str) -> object:
    # "<Name> <verb>, in <Place> <cop> die Lage schwierig": the parser hung the reported clause
    # on the verb as a conjunct and its "in" phrase on the verb
    a, verb, comma, prep, place, cop, det, noun, adj = words
    return build([
        (a, 1, "nsubj", "PROPN", a, ""),
        (verb, 1, "ROOT", "VERB", lemma, "Mood=Ind|VerbForm=Fin"),
        (comma, 1, "punct", "PUNCT", ",", ""),
        (prep, 4, "case", "ADP", prep, ""),
        (place, 1, "obl", "PROPN", place, ""),
        (cop, 8, "cop", "AUX", "sein", morph),
        (det, 7, "det", "DET", det, ""),
        (noun, 8, "nsubj", "NOUN", noun, ""),
        (adj, 1, "conj", "ADJ", adj, ""),
    ])


@pytest.mark.parametrize(("words", "lemma", "reporting", "repaired"), [
    (("Faymann", "sagte", ",", "in", "Deutschland", "sei", "die", "Lage", "schwierig"),
     "sagen", frozenset({"sagen"}), True),
    (("Faymann", "said", ",", "in", "Germany", "was", "the", "situation", "difficult"),
     "say", frozenset({"say"}), True),
    # not a reporting verb: two main clauses may stand side by side
    (("Faymann", "kam", ",", "in", "Deutschland", "war", "die", "Lage", "schwierig"),
     "kommen", frozenset({"sagen"}), False),
    (("Faymann", "came", ",", "in", "Germany", "was", "the", "situation", "difficult"),
     "come", frozenset({"say"}), False),
])
def test_reported_clause_read_as_a_conjunct(words, lemma, reporting, repaired) -> None:
    g = repair(normalise(_said_conjunct(words, lemma, "Mood=Sub|VerbForm=Fin")),
               reporting=reporting)
    assert (g.role(8) == "ccomp" and g.head(4) == 8) is repaired, (g.roles, g.heads)


@pytest.mark.parametrize(("rows", "noun"), [
    # "teilte dessen Anwältin mit": the parser made "dessen" the subject, "Anwältin" the object
    ([("Das", 1, "obj", "PRON", "der", "Case=Acc"),
      ("teilte", 1, "ROOT", "VERB", "teilen", "VerbForm=Fin"),
      ("dessen", 1, "nsubj", "PRON", "der", "Case=Gen|PronType=Dem,Rel"),
      ("Anwältin", 1, "obj", "NOUN", "Anwältin", "Case=Nom"),
      ("mit", 1, "compound:prt", "ADP", "mit", "")], 3),
    # "said whose lawyer": a genitive pronoun read as the subject
    ([("That", 1, "obj", "PRON", "that", ""),
      ("said", 1, "ROOT", "VERB", "say", "VerbForm=Fin"),
      ("whose", 1, "nsubj", "PRON", "whose", "Case=Gen|PronType=Rel"),
      ("lawyer", 1, "obj", "NOUN", "lawyer", "")], 3),
])
def test_genitive_pronoun_is_the_nouns_possessor(rows, noun) -> None:
    g = repair(normalise(build(rows)))
    assert g.head(2) == noun and g.role(2) == "gen" and g.role(noun) == "subj", (g.heads, g.roles)


def test_a_genitive_pronoun_before_another_phrase_stays() -> None:
    # "sagte dessen am Montag": no noun follows, nothing to possess
    g = repair(normalise(build([
        ("Das", 1, "obj", "PRON", "der", "Case=Acc"),
        ("sagte", 1, "ROOT", "VERB", "sagen", "VerbForm=Fin"),
        ("dessen", 1, "nsubj", "PRON", "der", "Case=Gen"),
        ("heute", 1, "advmod", "ADV", "heute", "")])))
    assert g.head(2) == 1 and g.role(2) == "subj"


@pytest.mark.parametrize(("words", "lemma", "reporting", "repaired"), [
    (("Nichts", "sei", "verborgen", ",", "sagte", "Strache"), "sagen", frozenset({"sagen"}),
     True),
    (("Nothing", "was", "hidden", ",", "said", "Strache"), "say", frozenset({"say"}), True),
    # no reporting verb: "…, traf Strache" keeps its object
    (("Nichts", "sei", "verborgen", ",", "traf", "Strache"), "treffen", frozenset({"sagen"}),
     False),
    (("Nothing", "was", "hidden", ",", "met", "Strache"), "meet", frozenset({"say"}), False),
])
def test_inverted_speaker_read_as_object(words, lemma, reporting, repaired) -> None:
    a, cop, pred, comma, verb, name = words
    g = repair(normalise(build([
        (a, 2, "nsubj", "PRON", a, ""),
        (cop, 2, "cop", "AUX", "sein", "Mood=Sub|VerbForm=Fin"),
        (pred, 4, "ccomp", "ADJ", pred, ""),
        (comma, 2, "punct", "PUNCT", ",", ""),
        (verb, 4, "ROOT", "VERB", lemma, "Mood=Ind|VerbForm=Fin"),
        (name, 4, "obj", "PROPN", name, "")])), reporting=reporting)
    assert (g.role(5) == "subj") is repaired, g.roles


def test_name_in_capitals_read_as_a_sibling_verb() -> None:
    # "sagte er dem TV-Sender RT": noun and acronym both hung on the verb
    g = repair(normalise(build([
        ("sagte", 0, "ROOT", "VERB", "sagen", "VerbForm=Fin"),
        ("er", 0, "nsubj", "PRON", "er", ""), ("dem", 3, "det", "DET", "der", ""),
        ("TV-Sender", 0, "iobj", "NOUN", "TV-Sender", ""),
        ("RT", 0, "ccomp", "VERB", "RT", "VerbForm=Part")])))
    assert g.head(3) == 0 and g.role(3) == "iobj" and g.head(4) == 3 and g.role(4) == "appos"


@pytest.mark.parametrize(("words", "lemma", "repaired"), [
    # "sagte Lawrow dem TV-Sender RT": the acronym tagged as a verb is the noun's name
    (("sagte", "Lawrow", "dem", "TV-Sender", "RT"), "sagen", True),
    (("told", "Lavrov", "the", "broadcaster", "RT"), "tell", True),
    # a word not in capitals stays what the tagger says
    (("sagte", "Lawrow", "dem", "Sender", "gestern"), "sagen", False),
    (("told", "Lavrov", "the", "broadcaster", "yesterday"), "tell", False),
])
def test_name_in_capitals_read_as_a_verb(words, lemma, repaired) -> None:
    verb, name, det, noun, last = words
    g = repair(normalise(build([
        (verb, 0, "ROOT", "VERB", lemma, "VerbForm=Fin"),
        (name, 0, "nsubj", "PROPN", name, ""),
        (det, 3, "det", "DET", det, ""),
        (noun, 4, "iobj", "NOUN", noun, ""),
        (last, 0, "ccomp", "VERB", last, "VerbForm=Part")])))
    assert (g.head(3) == 0 and g.role(3) == "iobj" and g.head(4) == 3 and
            g.role(4) == "appos") is repaired, (g.heads, g.roles)


def test_noun_with_its_name_hung_on_a_time() -> None:
    # "sagte Putin am Montag der Nachrichtenagentur Tasnim", the noun as Monday's genitive
    g = repair(normalise(build([
        ("sagte", 0, "ROOT", "VERB", "sagen", "VerbForm=Fin"),
        ("Putin", 0, "nsubj", "PROPN", "Putin", ""),
        ("am", 3, "case", "ADP", "am", ""), ("Montag", 0, "obl", "PROPN", "Montag", ""),
        ("der", 5, "det", "DET", "der", ""),
        ("Nachrichtenagentur", 3, "nmod", "NOUN", "Nachrichtenagentur", "Case=Gen"),
        ("Tasnim", 5, "appos", "PROPN", "Tasnim", "")])),
        reporting=frozenset({"sagen"}), times=frozenset({"montag"}))
    assert g.head(5) == 0 and g.role(5) == "iobj", (g.heads, g.roles)
    g = repair(normalise(build([
        ("sagte", 0, "ROOT", "VERB", "sagen", "VerbForm=Fin"),
        ("Putin", 0, "nsubj", "PROPN", "Putin", ""),
        ("am", 3, "case", "ADP", "am", ""), ("Montag", 0, "obl", "PROPN", "Montag", ""),
        ("der", 5, "det", "DET", "der", ""),
        ("Woche", 3, "nmod", "NOUN", "Woche", "Case=Gen")])),
        reporting=frozenset({"sagen"}), times=frozenset({"montag"}))
    assert g.head(5) == 3, (g.heads, g.roles)  # a time's own genitive: no name


@pytest.mark.parametrize(("words", "lemmas", "repaired"), [
    # "sagte Putin am Montag der Agentur Tasnim": the name is whom he tells
    (("sagte", "Putin", "am", "Montag", "Tasnim"), ("sagen", "am", "Montag"), True),
    (("said", "Putin", "on", "Monday", "Tasnim"), ("say", "on", "monday"), True),
    # a name on a word that is no time, or under a verb that reports nothing, stays
    (("sagte", "Putin", "im", "Hof", "Tasnim"), ("sagen", "im", "Hof"), False),
    (("traf", "Putin", "am", "Montag", "Tasnim"), ("treffen", "am", "Montag"), False),
    (("met", "Putin", "on", "Monday", "Tasnim"), ("meet", "on", "monday"), False),
])
def test_name_hung_on_a_time(words, lemmas, repaired) -> None:
    verb, name, prep, time, agency = words
    g = repair(normalise(build([
        (verb, 0, "ROOT", "VERB", lemmas[0], "VerbForm=Fin"),
        (name, 0, "nsubj", "PROPN", name, ""),
        (prep, 3, "case", "ADP", lemmas[1], ""),
        (time, 0, "obl", "PROPN", lemmas[2], ""),
        (agency, 3, "nmod", "PROPN", agency, "")])),
        reporting=frozenset({"sagen", "say"}), times=frozenset({"montag", "monday"}))
    assert (g.head(4) == 0 and g.role(4) == "iobj") is repaired, (g.heads, g.roles)


@pytest.mark.parametrize(("rows", "name", "case"), [
    # "vom Sender TVP übertragen": the preposition left on the descriptor noun
    ([("Das", 1, "nsubj:pass", "PRON", "der", "Case=Nom"),
      ("wurde", 5, "aux:pass", "AUX", "werden", "VerbForm=Fin"),
      ("vom", 3, "case", "ADP", "von der", ""),
      ("Sender", 4, "nmod", "NOUN", "Sender", ""),
      ("TVP", 5, "obl:arg", "PROPN", "TVP", ""),
      ("übertragen", 5, "ROOT", "VERB", "übertragen", "VerbForm=Part")], 4, 2),
    # "broadcast by the channel TVP" parsed with the name as head
    ([("That", 1, "nsubj:pass", "PRON", "that", ""),
      ("was", 5, "aux:pass", "AUX", "be", "VerbForm=Fin"),
      ("by", 4, "case", "ADP", "by", ""),
      ("the", 4, "det", "DET", "the", ""),
      ("channel", 5, "compound", "NOUN", "channel", ""),
      ("TVP", 6, "obl", "PROPN", "TVP", ""),
      ("broadcast", 6, "ROOT", "VERB", "broadcast", "VerbForm=Part")], 5, 2),
])
def test_a_descriptors_preposition_introduces_the_name(rows, name, case) -> None:
    g = repair(normalise(build(rows)))
    assert g.head(case) == name and g.role(case) == "case" and g.role(name) == "obl", \
        (g.heads, g.roles)


def test_a_descriptor_with_its_own_phrase_keeps_its_preposition() -> None:
    # "mit dem Chef der Firma TVP": the name ends a genitive, the preposition is the head's
    g = repair(normalise(build([
        ("Er", 1, "nsubj", "PRON", "er", "Case=Nom"),
        ("sprach", 1, "ROOT", "VERB", "sprechen", "VerbForm=Fin"),
        ("mit", 3, "case", "ADP", "mit", ""),
        ("Chef", 1, "obl", "NOUN", "Chef", ""),
        ("TVP", 3, "nmod", "PROPN", "TVP", "")])))
    assert g.head(2) == 3


@pytest.mark.parametrize(("words", "moved"), [
    # "handelt es sich den Angaben zufolge um Rubzew": "um Rubzew" hung on "Angaben"
    ([("handelt", 0, "ROOT", "VERB", "handeln", ""), ("den", 2, "det", "DET", "der", ""),
      ("Angaben", 0, "obl", "NOUN", "Angabe", ""), ("zufolge", 2, "case", "ADP", "zufolge", ""),
      ("um", 5, "case", "ADP", "um", ""), ("Rubzew", 2, "nmod", "PROPN", "Rubzew", "")], True),
    # a preposition before its noun closes nothing: "nach Angaben der Polizei um Mitternacht"
    ([("handelt", 0, "ROOT", "VERB", "handeln", ""), ("nach", 2, "case", "ADP", "nach", ""),
      ("Angaben", 0, "obl", "NOUN", "Angabe", ""), ("der", 4, "det", "DET", "der", ""),
      ("Polizei", 2, "nmod", "NOUN", "Polizei", ""), ("um", 6, "case", "ADP", "um", ""),
      ("Mitternacht", 2, "nmod", "NOUN", "Mitternacht", "")], False),
])
def test_a_phrase_after_a_postposition_is_the_verbs(words, moved) -> None:
    doc = build(words)
    g = repair(normalise(doc, "ud"))
    last = len(doc) - 1
    assert (g.head(last) == 0 and g.role(last).value == "obl") == moved


@pytest.mark.parametrize(("compass", "role"), [
    # a passive's "von" phrase after a compass word says where (an oblique) ...
    ("nördlich", "obl"),
    ("südöstlich", "obl"),
    # ... after any other word it stays the agent
    ("schließlich", "agent"),
])
def test_a_compass_phrase_is_no_passive_agent(compass: str, role: str) -> None:
    # "Der Konvoi wurde <compass> von Aleppo angegriffen"
    rows = [("Der", 1, "det", "DET", "der", ""),
            ("Konvoi", 6, "nsubj:pass", "NOUN", "Konvoi", ""),
            ("wurde", 6, "aux:pass", "AUX", "werden", ""),
            (compass, 6, "advmod", "ADV", compass, ""),
            ("von", 5, "case", "ADP", "von", ""),
            ("Aleppo", 6, "obl:agent", "PROPN", "Aleppo", ""),
            ("angegriffen", 6, "ROOT", "VERB", "angreifen", "VerbForm=Part")]
    assert repair(normalise(build(rows))).role(5) == role


@pytest.mark.parametrize(("lang", "text", "names", "expected"), [
    # a finite verb the parser hung on a noun as its conjunct coordinates with that noun's verb,
    # and shares its subject
    ("de", "Bilalic wurde Bezirksrat, Bezirksvorsteher-Stellvertreter und arbeitete beim "
           "Magistrat.", {"Bilalic": A.PERSON, "Magistrat": A.ORGANIZATION},
     ("Bilalic", "affiliatedWith", "Magistrat")),
    ("en", "Bilalic became a district councillor, deputy head and worked for the city council.",
     {"Bilalic": A.PERSON, "city council": A.ORGANIZATION},
     ("Bilalic", "affiliatedWith", "city council")),
])
def test_a_finite_verb_is_no_nouns_conjunct(request, lang, text, names, expected):
    from .builders import rule_triples

    got = rule_triples(request.getfixturevalue(f"nlp_{lang}"), text, names, lang)
    assert expected in {(s, p, o) for s, p, o, _ in got}, got


@pytest.mark.parametrize(("rows", "head"), [
    # "mit der von Russland unterstützten Regierung": the preposition hung on the article
    ([("sprach", 0, "ROOT", "VERB", "sprechen", ""), ("mit", 2, "case", "ADP", "mit", ""),
      ("der", 6, "det", "DET", "der", ""), ("von", 4, "case", "ADP", "von", ""),
      ("Russland", 5, "nmod", "PROPN", "Russland", ""),
      ("unterstützten", 6, "amod", "ADJ", "unterstützt", ""),
      ("Regierung", 0, "obl", "NOUN", "Regierung", "")], 6),
    # the noun has a preposition of its own: nothing moves
    ([("sprach", 0, "ROOT", "VERB", "sprechen", ""), ("mit", 2, "case", "ADP", "mit", ""),
      ("der", 4, "det", "DET", "der", ""), ("über", 4, "case", "ADP", "über", ""),
      ("Regierung", 0, "obl", "NOUN", "Regierung", "")], 2),
    # an article that is no determiner (a pronoun) keeps its preposition
    ([("sprach", 0, "ROOT", "VERB", "sprechen", ""), ("mit", 2, "case", "ADP", "mit", ""),
      ("der", 0, "obl", "DET", "der", "")], 2),
])
def test_a_preposition_on_an_article_introduces_its_noun(rows, head) -> None:
    assert repair(normalise(build(rows), "ud")).head(1) == head


@pytest.mark.parametrize(("lang", "text", "names", "expected"), [
    # ... so the phrase's preposition reaches the relation table (sprechen mit: talksWith)
    ("de", "Lawrow sprach mit der von Russland unterstützten Regierung in Damaskus.",
     {"Lawrow": A.PERSON, "Russland": A.COUNTRY, "Regierung": A.ORGANIZATION},
     ("Lawrow", "talksWith", "Regierung")),
    ("en", "Lavrov spoke with the Russian-backed government in Damascus.",
     {"Lavrov": A.PERSON, "government": A.ORGANIZATION},
     ("Lavrov", "talksWith", "government")),
])
def test_a_participle_attribute_keeps_the_phrases_preposition(request, lang, text, names,
                                                                expected):
    from .builders import rule_triples

    got = rule_triples(request.getfixturevalue(f"nlp_{lang}"), text, names, lang)
    assert expected in {(s, p, o) for s, p, o, _ in got}, got


@pytest.mark.parametrize(("lang", "text", "names", "expected"), [
    # after a fronted phrase the name carrying the copula is the subject of the described noun
    # after it (the parser had made the noun the name's genitive, or the name the noun's)
    ("de", "Damit ist Christian Kern der neue Vorsitzende der SPÖ.",
     {"Christian Kern": A.PERSON, "SPÖ": A.ORGANIZATION},
     ("Christian Kern", "leads", "SPÖ")),
    ("de", "Seit Montag ist Christian Kern der neue Chef der SPÖ.",
     {"Christian Kern": A.PERSON, "SPÖ": A.ORGANIZATION},
     ("Christian Kern", "leads", "SPÖ")),
    ("de", "Formal ist Anja Hagenauer (46) die logische Nachfolgerin von Heinz Schaden.",
     {"Anja Hagenauer": A.PERSON, "Heinz Schaden": A.PERSON},
     ("Anja Hagenauer", "succeeds", "Heinz Schaden")),
    # English keeps the subject before the copula
    ("en", "Thus Christian Kern is the new chairman of the SPÖ.",
     {"Christian Kern": A.PERSON, "SPÖ": A.ORGANIZATION},
     ("Christian Kern", "leads", "SPÖ")),
    ("en", "Formally Anja Hagenauer (46) is the logical successor of Heinz Schaden.",
     {"Anja Hagenauer": A.PERSON, "Heinz Schaden": A.PERSON},
     ("Anja Hagenauer", "succeeds", "Heinz Schaden")),
])
def test_a_copula_on_the_subjects_name(request, lang, text, names, expected):
    from .builders import rule_triples

    got = rule_triples(request.getfixturevalue(f"nlp_{lang}"), text, names, lang)
    assert expected in {(s, p, o) for s, p, o, _ in got}, got
