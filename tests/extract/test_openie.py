"""Open-IE extraction over hand-built parses: sentence → fact tables, German (UD) and English."""

import pytest

from kg.errors import ConfigError, LanguageError
from kg.extract.openie import make_openie_extractor, register
from kg.types import ActorType as A
from tests.extract.builders import build, document, mentions


def run(doc, lang="de", names=None, **cfg):
    ex = make_openie_extractor(**cfg)
    return {(t.subject.text, t.predicate.label, t.object.text, t.negated)
            for t in ex(doc, document(doc, lang), mentions(doc, names or {}))}


def _served_de():
    # "Er diente als erster Premierminister von Australien und wurde Gründungsrichter
    #  des obersten Gerichts"
    return build([
        ("Er", 1, "nsubj", "PRON", "er", "PronType=Prs"),
        ("diente", 1, "ROOT", "VERB", "dienen", "VerbForm=Fin"),
        ("als", 4, "case", "ADP", "als", ""), ("erster", 4, "amod", "ADJ", "erst", ""),
        ("Premierminister", 1, "obl", "NOUN", "Premierminister", ""),
        ("von", 6, "case", "ADP", "von", ""), ("Australien", 4, "nmod", "PROPN", "Australien", ""),
        ("und", 8, "cc", "CCONJ", "und", ""), ("wurde", 1, "conj", "AUX", "werden", ""),
        ("Gründungsrichter", 8, "xcomp", "NOUN", "Gründungsrichter", ""),
        ("des", 12, "det", "DET", "der", ""), ("obersten", 12, "amod", "ADJ", "oberst", ""),
        ("Gerichts", 9, "nmod", "NOUN", "Gericht", "Case=Gen"),
    ])


@pytest.mark.parametrize("fact", [
    # German: the preposition opens the object (BenchIE-de's form)
    ("Er", "diente", "als erster Premierminister von Australien", False),
    ("Er", "diente", "als erster Premierminister", False),  # MinIE: attribute dropped
    ("Er", "diente als erster Premierminister", "von Australien", False),
    ("Er", "wurde", "Gründungsrichter des obersten Gerichts", False),  # SVC, inherited subject
    ("Er", "wurde Gründungsrichter", "des obersten Gerichts", False),
])
def test_german_prepositional_and_copular_clauses(fact):
    assert fact in run(_served_de())


def test_english_clear_scheme_prepositions_join_the_relation():
    # "He did not serve as the first Prime Minister of Australia"
    doc = build([
        ("He", 3, "nsubj", "PRON", "he", ""), ("did", 3, "aux", "AUX", "do", ""),
        ("not", 3, "neg", "PART", "not", ""), ("serve", 3, "ROOT", "VERB", "serve", ""),
        ("as", 3, "prep", "ADP", "as", ""), ("the", 8, "det", "DET", "the", ""),
        ("first", 8, "amod", "ADJ", "first", ""), ("Prime", 8, "compound", "PROPN", "Prime", ""),
        ("Minister", 4, "pobj", "PROPN", "Minister", ""), ("of", 8, "prep", "ADP", "of", ""),
        ("Australia", 9, "pobj", "PROPN", "Australia", ""),
    ])
    got = run(doc, "en")
    assert ("He", "did serve as", "the first Prime Minister of Australia", True) in got
    assert ("He", "did serve as the first Prime Minister of", "Australia", True) in got


def test_svo_with_adverbial_puts_the_object_in_the_relation():
    # "Sie begann ihre Filmkarriere 1947 mit dem Film"
    doc = build([
        ("Sie", 1, "nsubj", "PRON", "sie", "PronType=Prs"),
        ("begann", 1, "ROOT", "VERB", "beginnen", "VerbForm=Fin"),
        ("ihre", 3, "det:poss", "DET", "ihr", ""),
        ("Filmkarriere", 1, "obj", "NOUN", "Karriere", ""),
        ("1947", 1, "obl:tmod", "NUM", "1947", ""), ("mit", 7, "case", "ADP", "mit", ""),
        ("dem", 7, "det", "DET", "der", ""), ("Film", 1, "obl", "NOUN", "Film", ""),
    ])
    assert run(doc) == {
        ("Sie", "begann", "ihre Filmkarriere", False),
        ("Sie", "begann ihre Filmkarriere", "1947", False),
        ("Sie", "begann ihre Filmkarriere", "mit dem Film", False),
        # chained adjacent arguments (German only; see test_openie_variants)
        ("Sie", "begann", "ihre Filmkarriere 1947", False),
        ("Sie", "begann", "ihre Filmkarriere 1947 mit dem Film", False),
    }  # no "begann ihre Filmkarriere | 1947 mit dem Film": a chain starts at its first argument


def test_relative_clause_and_coordinated_subjects():
    # "Lugo und Lozano halten sich in Venezuela auf" / "Zuschüsse , die beschrieben werden"
    doc = build([
        ("Lugo", 3, "nsubj", "PROPN", "Lugo", ""), ("und", 2, "cc", "CCONJ", "und", ""),
        ("Lozano", 0, "conj", "PROPN", "Lozano", ""),
        ("halten", 3, "ROOT", "VERB", "halten", "VerbForm=Fin"),
        ("sich", 3, "obj", "PRON", "sich", "PronType=Prs|Reflex=Yes"),
        ("in", 6, "case", "ADP", "in", ""), ("Venezuela", 3, "obl", "PROPN", "Venezuela", ""),
        ("auf", 3, "compound:prt", "ADP", "auf", ""),
    ])
    assert run(doc) == {("Lugo", "halten sich auf", "in Venezuela", False),
                        ("Lozano", "halten sich auf", "in Venezuela", False)}
    doc = build([
        ("Zuschüsse", 0, "ROOT", "NOUN", "Zuschuss", ""), (",", 6, "punct", "PUNCT", ",", ""),
        ("die", 6, "nsubj:pass", "PRON", "der", "PronType=Rel"),
        ("auf", 5, "case", "ADP", "auf", ""), ("der", 5, "det", "DET", "der", ""),
        ("Website", 6, "obl", "NOUN", "Website", ""),
        ("beschrieben", 0, "acl:relcl", "VERB", "beschreiben", "VerbForm=Part"),
        ("werden", 6, "aux:pass", "AUX", "werden", "VerbForm=Fin"),
    ])
    # main-clause order: the finite verb first
    assert run(doc) == {("Zuschüsse", "werden beschrieben", "auf der Website", False)}


def test_copula_with_nominal_predicate_and_apposition_option():
    # "Arminius , Anführer der Cherusker , ist ein Held"
    doc = build([
        ("Arminius", 8, "nsubj", "PROPN", "Arminius", ""), (",", 2, "punct", "PUNCT", ",", ""),
        ("Anführer", 0, "appos", "NOUN", "Anführer", ""), ("der", 4, "det", "DET", "der", ""),
        ("Cherusker", 2, "nmod", "NOUN", "Cherusker", "Case=Gen"),
        (",", 2, "punct", "PUNCT", ",", ""), ("ist", 8, "cop", "AUX", "sein", ""),
        ("ein", 8, "det", "DET", "ein", ""), ("Held", 8, "ROOT", "NOUN", "Held", ""),
    ])
    with_appos = run(doc, names={"Arminius": A.PERSON})
    assert ("Arminius", "ist", "ein Held", False) in with_appos
    assert ("Arminius", "ist", "Anführer der Cherusker", False) in with_appos
    without = run(doc, names={"Arminius": A.PERSON}, appositions=False)
    # the subject's apposition is a subject too
    assert without == {("Arminius", "ist", "ein Held", False),
                       ("Anführer der Cherusker", "ist", "ein Held", False)}


def test_arguments_are_typed_mentions_and_triples_carry_provenance():
    doc = _served_de()
    ex = make_openie_extractor()
    triples = list(ex(doc, document(doc, "de"), mentions(doc, {"Australien": A.COUNTRY})))
    by_obj = {t.object.text: t for t in triples}
    assert by_obj["von Australien"].object.type is A.COUNTRY
    assert by_obj["als erster Premierminister"].object.type is A.CONCEPT
    assert triples[0].subject.source == "pronoun"
    assert {t.provenance.extractor for t in triples} == {"kg.openie_extractor.v1"}
    assert by_obj["von Australien"].predicate.id == "lemma:de:dienen_als_erst_premierminister"
    en = build([("He", 1, "nsubj", "PRON", "he", ""), ("lives", 1, "ROOT", "VERB", "live", ""),
                ("in", 3, "case", "ADP", "in", ""), ("Paris", 1, "obl", "PROPN", "Paris", "")])
    got = list(ex(en, document(en, "en"), mentions(en, {"Paris": A.LOCATION})))
    assert got[0].object.text == "Paris" and got[0].object.source == "gazetteer"


def test_settings_are_checked_and_registration_is_idempotent():
    with pytest.raises(ConfigError):
        make_openie_extractor(min_confidence=2.0)
    doc = _served_de()
    with pytest.raises(LanguageError):
        list(make_openie_extractor()(doc, document(doc, "sw"), []))
    register()
    register()
    from kg import registry

    assert registry.get("extractors", "kg.openie_extractor.v1") is make_openie_extractor
