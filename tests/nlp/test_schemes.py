import pytest

from kg.errors import ConfigError
from kg.nlp.schemes import CLEAR, TIGER, UD, Graph, Role, detect_scheme, normalise
from tests.extract.builders import build


@pytest.mark.parametrize(("labels", "name"), [
    (["nsubj", "obj", "obl", "case", "nsubj:pass"], "ud"),
    (["sb", "oa", "nk", "mo", "oc"], "tiger"),
    (["nsubj", "dobj", "prep", "pobj", "auxpass"], "clear"),
])
def test_detect_scheme_from_labels(labels, name):
    assert detect_scheme(labels).name == name


def test_detect_scheme_rejects_unknown():
    with pytest.raises(ConfigError, match="label scheme"):
        detect_scheme(["foo", "bar"])
    with pytest.raises(ConfigError, match="expected one of"):
        detect_scheme("stanford")


@pytest.mark.parametrize(("scheme", "label", "role"), [
    (UD, "nsubj:pass", Role.SUBJ_PASS), (UD, "compound:prt", Role.PARTICLE),
    (UD, "obl:agent", Role.AGENT), (UD, "acl:relcl", Role.RELCL), (UD, "xyz", Role.DEP),
    (TIGER, "sb", Role.SUBJ), (TIGER, "ng", Role.NEG), (TIGER, "svp", Role.PARTICLE),
    (TIGER, "rc", Role.RELCL), (CLEAR, "dobj", Role.OBJ), (CLEAR, "neg", Role.NEG),
    (CLEAR, "prt", Role.PARTICLE), (CLEAR, "poss", Role.GEN),
])
def test_role_mapping(scheme, label, role):
    assert scheme.role(label) == role


def test_tiger_aux_pp_and_negation_are_normalised():
    # "Russland hat nicht in Kasachstan eingegriffen ."
    doc = build([
        ("Russland", 1, "sb", "PROPN", "Russland", ""),
        ("hat", 1, "ROOT", "AUX", "haben", "VerbForm=Fin"),
        ("nicht", 5, "ng", "PART", "nicht", ""),
        ("in", 5, "mo", "ADP", "in", ""),
        ("Kasachstan", 3, "nk", "PROPN", "Kasachstan", ""),
        ("eingegriffen", 1, "oc", "VERB", "eingreifen", "VerbForm=Part"),
        (".", 1, "punct", "PUNCT", ".", ""),
    ])
    g = normalise(doc, "tiger")
    assert g.role(5) == Role.ROOT
    assert g.head(0) == 5 and g.role(0) == Role.SUBJ
    assert g.head(1) == 5 and g.role(1) == Role.AUX
    assert g.head(4) == 5 and g.role(4) == Role.OBL
    assert g.head(3) == 4 and g.role(3) == Role.CASE
    assert g.role(2) == Role.NEG


def _tiger_coordination() -> Graph:
    """Return the normalised TIGER parse of "A und B werden von C geleitet"."""
    doc = build([
        ("A", 2, "sb", "PROPN", "A", ""), ("und", 0, "cd", "CCONJ", "und", ""),
        ("B", 1, "cj", "PROPN", "B", ""),
        ("werden", 3, "ROOT", "AUX", "werden", "VerbForm=Fin"),
        ("von", 6, "sbp", "ADP", "von", ""), ("C", 4, "nk", "PROPN", "C", ""),
        ("geleitet", 3, "oc", "VERB", "leiten", "VerbForm=Part"),
    ])
    doc[0].head = doc[6]  # subject under the participle: set after construction
    return normalise(doc, "tiger")


def test_tiger_coordination_and_passive():
    g = _tiger_coordination()
    assert g.conjuncts(0) == [0, 2]
    assert g.role(3) == Role.AUX_PASS and g.head(3) == 6
    assert g.role(5) == Role.AGENT and g.head(5) == 6


def test_clear_copula_moves_under_predicate():
    # "Smith is a fellow at Brookings"
    doc = build([
        ("Smith", 1, "nsubj", "PROPN", "Smith", ""), ("is", 1, "ROOT", "AUX", "be", ""),
        ("a", 3, "det", "DET", "a", ""), ("fellow", 1, "attr", "NOUN", "fellow", ""),
        ("at", 3, "prep", "ADP", "at", ""), ("Brookings", 4, "pobj", "PROPN", "Brookings", ""),
    ])
    g = normalise(doc)
    assert g.scheme.name == "clear"
    assert g.role(3) == Role.ROOT and g.role(1) == Role.COP
    assert g.head(0) == 3 and g.role(0) == Role.SUBJ
    assert g.head(5) == 3 and g.role(5) == Role.NMOD


def test_ud_subject_on_auxiliary_is_repaired():
    # "Putin will Georgien angreifen" with the subject attached to "will"
    doc = build([
        ("Putin", 1, "nsubj", "PROPN", "Putin", ""), ("will", 3, "aux", "AUX", "wollen", ""),
        ("Georgien", 3, "obj", "PROPN", "Georgien", ""),
        ("angreifen", 3, "ROOT", "VERB", "angreifen", "VerbForm=Inf"),
    ])
    g = normalise(doc, "ud")
    assert g.head(0) == 3


@pytest.mark.parametrize(("lang", "name"), [("en", "clear"), ("de", "ud")])
def test_short_parse_without_marker_labels_falls_back_by_language(lang, name):
    # "Er schläft ." / "He sleeps ." carry only labels UD and ClearNLP share
    from kg.nlp.schemes import _fallback_scheme

    assert _fallback_scheme({"nsubj", "punct", "ROOT", "det"}, lang).name == name
    assert _fallback_scheme({"npadvmod", "ROOT"}, lang).name == "clear"
    doc = build([("Er", 1, "nsubj", "PRON", "er", ""),
    ("schläft", 1, "ROOT", "VERB", "schlafen", ""),
                 (".", 1, "punct", "PUNCT", ".", "")])
    assert normalise(doc).scheme.name in ("ud", "clear")  # no error on a marker-less parse


def test_werden_with_participle_is_passive_but_with_infinitive_is_future():
    # "Die Mission wird geleitet" with "wird" labelled plain aux; "Er wird kommen"
    doc = build([("Mission", 2, "nsubj", "NOUN", "Mission", ""),
                 ("wird", 2, "aux", "AUX", "werden", "Voice=Pass"),
                 ("geleitet", 2, "ROOT", "VERB", "leiten", "VerbForm=Part")])
    g = normalise(doc, "ud")
    assert g.role(1) == Role.AUX_PASS and g.role(0) == Role.SUBJ_PASS
    doc = build([("Er", 2, "nsubj", "PRON", "er", ""),
                 ("wird", 2, "aux", "AUX", "werden", "Voice=Pass"),
                 ("kommen", 2, "ROOT", "VERB", "kommen", "VerbForm=Inf")])
    g = normalise(doc, "ud")
    assert g.role(1) == Role.AUX and g.role(0) == Role.SUBJ


def test_subtree_and_conjuncts_end_on_a_cyclic_parse() -> None:
    """Normalised heads can form a cycle on odd parses; walking them must still end."""
    kids = ((1,), (2,), (0,))  # 0 → 1 → 2 → 0
    g = Graph(None, None, (2, 0, 1), (Role.CONJ,) * 3, kids)  # type: ignore[arg-type]
    assert g.subtree(0) == [0, 1, 2]
    assert g.conjuncts(1) == [0, 1, 2]
    assert g.conjunct_chain(0) == [0, 2, 1]


def test_conjunct_chain_climbs_to_the_list_s_first_conjunct():
    # "A und B werden von C geleitet": from B up to A; A is its own chain
    g = _tiger_coordination()
    assert g.conjunct_chain(2) == [2, 0]
    assert g.conjunct_chain(0) == [0]


@pytest.mark.parametrize(("article_case", "noun_case", "role"), [
    ("Case=Gen", "Case=Gen", Role.GEN),
    ("Case=Gen", "Case=Acc", Role.GEN),  # the tagger missed the noun's genitive, not the article's
    ("Case=Dat", "Case=Dat", Role.NMOD),  # "dem Amtsantritt dem Königs": no genitive at all
])
def test_an_unmarked_genitive_is_read_off_the_noun_or_its_article(article_case, noun_case, role):
    # "mit dem Amtsantritt des Königs", "des Königs" an nmod of "Amtsantritt"
    doc = build([("mit", 2, "case", "ADP", "mit", ""), ("dem", 2, "det", "DET", "der", "Case=Dat"),
                 ("Amtsantritt", 2, "ROOT", "NOUN", "Amtsantritt", "Case=Dat"),
                 ("des", 4, "det", "DET", "der", article_case),
                 ("Königs", 2, "nmod", "NOUN", "König", noun_case)])
    assert normalise(doc, "ud").role(4) == role
