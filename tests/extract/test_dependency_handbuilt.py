"""Extraction over hand-built parses, one per construction and label scheme."""

import pytest

from kg.errors import ConfigError, LanguageError
from kg.extract.dependency import make_dependency_extractor
from kg.types import ActorType as A
from kg.types import Modality
from tests.extract.builders import build, document, mentions

C, ORG, P = A.COUNTRY, A.ORGANIZATION, A.PERSON


def run(doc, names, lang="de", **cfg):
    ex = make_dependency_extractor(**cfg)
    return [(t.subject.text, t.predicate.id, t.object.text, t.negated, t.modality)
            for t in ex(doc, document(doc, lang), mentions(doc, names))]


def test_ud_negated_separable_verb_is_kept_negated():
    doc = build([
        ("Russland", 1, "nsubj", "PROPN", "Russland", ""),
        ("griff", 1, "ROOT", "VERB", "greifen", "Tense=Past|VerbForm=Fin"),
        ("nicht", 1, "advmod", "PART", "nicht", "Polarity=Neg"),
        ("in", 4, "case", "ADP", "in", ""), ("Kirgisistan", 1, "obl", "PROPN", "Kirgisistan", ""),
        ("ein", 1, "compound:prt", "ADP", "ein", ""),
    ])
    assert run(doc, {"Russland": C, "Kirgisistan": C}) == [
        ("Russland", "intervenesIn", "Kirgisistan", True, Modality.ASSERTED)]


def test_ud_passive_with_agent_and_relative_clause_on_coordination():
    # "Die Mission wird von Serdjukow geleitet" / "Estland und Lettland , die der Nato beitraten"
    doc = build([
        ("Mission", 4, "nsubj:pass", "NOUN", "Mission", ""),
        ("wird", 4, "aux:pass", "AUX", "werden", ""),
        ("von", 3, "case", "ADP", "von", ""), ("Serdjukow", 4, "obl", "PROPN", "Serdjukow", ""),
        ("geleitet", 4, "ROOT", "VERB", "leiten", "VerbForm=Part"),
    ])
    assert run(doc, {"Serdjukow": P}) == [
        ("Serdjukow", "leads", "Mission", False, Modality.ASSERTED)]
    doc = build([
        ("Estland", 0, "ROOT", "PROPN", "Estland", ""), ("und", 2, "cc", "CCONJ", "und", ""),
        ("Lettland", 0, "conj", "PROPN", "Lettland", ""), (",", 7, "punct", "PUNCT", ",", ""),
        ("die", 7, "nsubj", "PRON", "der", "PronType=Rel"), ("der", 6, "det", "DET", "der", ""),
        ("Nato", 7, "obl:arg", "PROPN", "Nato", ""),
        ("beitraten", 0, "acl:relcl", "VERB", "beitreten", "VerbForm=Fin"),
    ])
    got = {(s, p, o) for s, p, o, *_ in run(doc, {"Estland": C, "Lettland": C, "Nato": ORG})}
    assert got == {("Estland", "memberOf", "Nato"), ("Lettland", "memberOf", "Nato")}


def test_ud_participle_enumeration_is_inverse_membership():
    # "die OVKS , bestehend aus Russland und Belarus"
    doc = build([
        ("OVKS", 0, "ROOT", "PROPN", "OVKS", ""), (",", 4, "punct", "PUNCT", ",", ""),
        ("bestehend", 0, "acl", "VERB", "bestehen", "VerbForm=Part"),
        ("aus", 4, "case", "ADP", "aus", ""), ("Russland", 2, "obl", "PROPN", "Russland", ""),
        ("und", 6, "cc", "CCONJ", "und", ""), ("Belarus", 4, "conj", "PROPN", "Belarus", ""),
    ])
    got = {(s, p, o) for s, p, o, *_ in run(doc, {"OVKS": ORG, "Russland": C, "Belarus": C})}
    assert got == {("Russland", "memberOf", "OVKS"), ("Belarus", "memberOf", "OVKS")}


@pytest.mark.parametrize(("lang", "words", "expected"), [
    # "MHP und CHP , die Nato kritisiert" parsed with the participle under the first conjunct
    ("de", [("MHP", 0, "ROOT", "PROPN", "MHP", ""), ("und", 2, "cc", "CCONJ", "und", ""),
            ("CHP", 0, "conj", "PROPN", "CHP", ""), ("bereits", 0, "conj", "ADV", "bereits", ""),
            ("Nato", 5, "obj", "PROPN", "Nato", ""),
            ("kritisiert", 0, "acl", "VERB", "kritisieren", "VerbForm=Part")],
     {("MHP", "criticizes", "Nato"), ("CHP", "criticizes", "Nato")}),
    # "MHP and CHP , criticizing NATO"
    ("en", [("MHP", 0, "ROOT", "PROPN", "MHP", ""), ("and", 2, "cc", "CCONJ", "and", ""),
            ("CHP", 0, "conj", "PROPN", "CHP", ""), (",", 0, "punct", "PUNCT", ",", ""),
            ("criticizing", 0, "acl", "VERB", "criticize", "VerbForm=Part"),
            ("NATO", 4, "dobj", "PROPN", "NATO", "")],
     {("MHP", "criticizes", "NATO"), ("CHP", "criticizes", "NATO")}),
])
def test_ud_participle_after_coordination_describes_each_conjunct(lang, words, expected):
    doc = build(words)
    names = {w[0]: ORG for w in words if w[3] == "PROPN"}
    got = {(s, p, o) for s, p, o, *_ in run(doc, names, lang)}
    assert expected <= got, got
    assert ("bereits", "criticizes", "Nato") not in got


def test_ud_apposition_with_role_noun_and_idiom():
    # "Sierakowski , Gründer der Bewegung Krytyka"
    doc = build([
        ("Sierakowski", 0, "ROOT", "PROPN", "Sierakowski", ""), (",", 2, "punct", "PUNCT", ",", ""),
        ("Gründer", 0, "appos", "NOUN", "Gründer", ""), ("der", 4, "det", "DET", "der", ""),
        ("Bewegung", 2, "nmod", "NOUN", "Bewegung", "Case=Gen"),
        ("Krytyka", 4, "appos", "PROPN", "Krytyka", ""),
    ])
    assert [r[:3] for r in run(doc, {"Sierakowski": P, "Krytyka": ORG})] == [
        ("Sierakowski", "founderOf", "Krytyka")]
    # "Kirgisistan bat 2010 Russland um Hilfe"
    doc = build([
        ("Kirgisistan", 1, "nsubj", "PROPN", "Kirgisistan", ""),
        ("bat", 1, "ROOT", "VERB", "bitten", "VerbForm=Fin"),
        ("2010", 1, "obl:tmod", "NUM", "2010", ""), ("Russland", 1, "obj", "PROPN", "Russland", ""),
        ("um", 5, "case", "ADP", "um", ""), ("Hilfe", 1, "obl", "NOUN", "Hilfe", ""),
    ])
    ex = make_dependency_extractor()
    [t] = ex(doc, document(doc, "de"), mentions(doc, {"Kirgisistan": C, "Russland": C}))
    assert (t.predicate.id, t.object.text, t.time, t.provenance.rule) == (
        "requestsHelpFrom", "Russland", "2010", "idiom")
    assert 0.05 <= t.provenance.confidence <= 0.99


def test_tiger_modal_intention_and_nominal_event():
    # TIGER: "Putin will Georgien angreifen" ; "die Intervention Russlands in Kasachstan"
    doc = build([
        ("Putin", 1, "sb", "PROPN", "Putin", ""), ("will", 1, "ROOT", "AUX", "wollen", ""),
        ("Georgien", 3, "oa", "PROPN", "Georgien", ""),
        ("angreifen", 1, "oc", "VERB", "angreifen", "VerbForm=Inf"),
    ])
    assert run(doc, {"Putin": P, "Georgien": C}) == [
        ("Putin", "attacks", "Georgien", False, Modality.INTENDED)]
    doc = build([
        ("die", 1, "nk", "DET", "der", ""), ("Intervention", 1, "ROOT", "NOUN", "Intervention", ""),
        ("Russlands", 1, "ag", "PROPN", "Russland", "Case=Gen"),
        ("in", 1, "mnr", "ADP", "in", ""), ("Kasachstan", 3, "nk", "PROPN", "Kasachstan", ""),
    ])
    assert [r[:3] for r in run(doc, {"Russlands": C, "Kasachstan": C})] == [
        ("Russlands", "intervenesIn", "Kasachstan")]


def test_keep_setting_and_errors():
    doc = build([
        ("Putin", 1, "nsubj", "PROPN", "Putin", ""), ("liest", 1, "ROOT", "VERB", "lesen", ""),
        ("Bücher", 1, "obj", "NOUN", "Buch", ""),
    ])
    assert run(doc, {"Putin": P}, keep="both") == []
    # a verb the lexicon does not know needs two actors under the default, unless it is a
    # named actor's only statement (rule "lone") ...
    assert [r[2] for r in run(doc, {"Putin": P})] == ["Bücher"]
    two = build([
        ("Putin", 1, "nsubj", "PROPN", "Putin", ""), ("liest", 1, "ROOT", "VERB", "lesen", ""),
        ("Bücher", 1, "obj", "NOUN", "Buch", ""), ("und", 4, "cc", "CCONJ", "und", ""),
        ("kritisiert", 1, "conj", "VERB", "kritisieren", ""),
        ("Merkel", 4, "obj", "PROPN", "Merkel", ""),
    ])
    assert [r[2] for r in run(two, {"Putin": P, "Merkel": P})] == ["Merkel"]
    assert [r[2] for r in run(doc, {"Putin": P}, keep="any")] == ["Bücher"]
    # ... a known one needs one
    known = build([
        ("Putin", 1, "nsubj", "PROPN", "Putin", ""),
        ("kritisiert", 1, "ROOT", "VERB", "kritisieren", ""),
        ("Bücher", 1, "obj", "NOUN", "Buch", ""),
    ])
    assert [r[2] for r in run(known, {"Putin": P})] == ["Bücher"]
    with pytest.raises(ConfigError, match="keep"):
        make_dependency_extractor(keep="all")
    ex = make_dependency_extractor()
    with pytest.raises(LanguageError, match="sw"):
        list(ex(doc, document(doc, "sw"), []))
