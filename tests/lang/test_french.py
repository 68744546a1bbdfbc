"""The French pack: cue words on hand-built UD parses, and news sentences through fr_core_news.

The sentences are written for these tests. The model tests skip when no French spaCy pipeline is
installed (``pip install 'kg[fr]'``); the hand-built ones always run.
"""

from __future__ import annotations

import pytest

from kg.extract.dependency import make_dependency_extractor
from kg.lang import language_pack
from kg.types import ActorType as A
from kg.types import Document
from kg.types import Modality as M
from tests.extract.builders import build, document, mentions

C = A.COUNTRY
_DET = "Definite=Def|PronType=Art"
_HAS = "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"


def run(doc, names):
    ex = make_dependency_extractor()
    return [(t.subject.text, t.predicate.id, t.object.text, t.negated, t.modality)
            for t in ex(doc, document(doc, "fr"), mentions(doc, names))]


def test_ne_pas_negates_but_ne_que_does_not():
    negated = build([
        ("La", 1, "det", "DET", "le", _DET), ("Russie", 5, "nsubj", "PROPN", "Russie", ""),
        ("n'", 5, "advmod", "ADV", "ne", "Polarity=Neg"),
        ("a", 5, "aux:tense", "AUX", "avoir", _HAS),
        ("pas", 5, "advmod", "ADV", "pas", "Polarity=Neg"),
        ("attaqué", 5, "ROOT", "VERB", "attaquer", "Tense=Past|VerbForm=Part"),
        ("l'", 7, "det", "DET", "le", _DET), ("Ukraine", 5, "obj", "PROPN", "Ukraine", ""),
    ])
    assert run(negated, {"Russie": C, "Ukraine": C}) == [
        ("Russie", "attacks", "Ukraine", True, M.ASSERTED)]
    only = build([
        ("La", 1, "det", "DET", "le", _DET), ("Russie", 4, "nsubj", "PROPN", "Russie", ""),
        ("n'", 4, "advmod", "ADV", "ne", "Polarity=Neg"),
        ("a", 4, "aux:tense", "AUX", "avoir", _HAS),
        ("attaqué", 4, "ROOT", "VERB", "attaquer", "Tense=Past|VerbForm=Part"),
        ("que", 7, "mark", "SCONJ", "que", ""), ("l'", 7, "det", "DET", "le", _DET),
        ("Ukraine", 4, "obj", "PROPN", "Ukraine", ""),
    ])
    assert run(only, {"Russie": C, "Ukraine": C}) == [
        ("Russie", "attacks", "Ukraine", False, M.ASSERTED)]


@pytest.mark.parametrize(("word", "lemma", "morph", "expected"), [
    ("attaquerait", "attaquer", "Mood=Ind|Tense=Imp|VerbForm=Fin", True),  # mis-tagged imparfait
    ("attaquait", "attaquer", "Mood=Ind|Tense=Imp|VerbForm=Fin", False),
    ("prendraient", "prendre", "Mood=Ind|Tense=Imp|VerbForm=Fin", True),
    ("aurait", "avoir", "Mood=Cnd|Tense=Pres|VerbForm=Fin", True),
    ("attaquer", "attaquer", "VerbForm=Inf", False),
])
def test_conditionnel(word, lemma, morph, expected):
    doc = build([("Il", 1, "nsubj", "PRON", "il", ""), (word, 1, "ROOT", "VERB", lemma, morph)])
    form = language_pack("fr").hypothetical_form
    assert form is not None
    assert form(doc[1]) is expected


def test_selon_is_a_source_not_a_participant():
    doc = build([
        ("Selon", 2, "case", "ADP", "selon", ""), ("le", 2, "det", "DET", "le", _DET),
        ("Kremlin", 7, "obl:mod", "PROPN", "Kremlin", ""), (",", 7, "punct", "PUNCT", ",", ""),
        ("la", 5, "det", "DET", "le", _DET), ("Russie", 7, "nsubj", "PROPN", "Russie", ""),
        ("a", 7, "aux:tense", "AUX", "avoir", _HAS),
        ("attaqué", 7, "ROOT", "VERB", "attaquer", "Tense=Past|VerbForm=Part"),
        ("la", 9, "det", "DET", "le", _DET), ("Géorgie", 7, "obj", "PROPN", "Géorgie", ""),
    ])
    assert run(doc, {"Kremlin": A.ORGANIZATION, "Russie": C, "Géorgie": C}) == [
        ("Kremlin", "says", "la Russie a attaqué la Géorgie", False,
         M.ASSERTED),  # the source says the clause …
        ("Kremlin", "reportsOn", "Russie", False, M.ASSERTED),  # … and reports on its doer
        ("Russie", "attacks", "Géorgie", False, M.REPORTED)]


def test_pouvoir_heading_the_clause_is_possible_and_d_apres_is_reported():
    could = build([
        ("La", 1, "det", "DET", "le", _DET), ("Russie", 2, "nsubj", "PROPN", "Russie", ""),
        ("pourrait", 2, "ROOT", "VERB", "pouvoir", "Mood=Cnd|Tense=Pres|VerbForm=Fin"),
        ("attaquer", 2, "xcomp", "VERB", "attaquer", "VerbForm=Inf"),
        ("la", 5, "det", "DET", "le", _DET), ("Moldavie", 3, "obj", "PROPN", "Moldavie", ""),
    ])
    assert run(could, {"Russie": C, "Moldavie": C}) == [
        ("Russie", "attacks", "Moldavie", False, M.POSSIBLE)]
    reported = build([
        ("D'", 2, "case", "ADP", "de", ""), ("après", 0, "fixed", "ADP", "après", ""),
        ("Kiev", 6, "obl:mod", "PROPN", "Kiev", ""), (",", 6, "punct", "PUNCT", ",", ""),
        ("la", 5, "det", "DET", "le", _DET), ("Russie", 6, "nsubj", "PROPN", "Russie", ""),
        ("bombarde", 6, "ROOT", "VERB", "bombarder", _HAS),
        ("Odessa", 6, "obj", "PROPN", "Odessa", ""),
    ])
    assert run(reported, {"Kiev": A.LOCATION, "Russie": C, "Odessa": A.LOCATION}) == [
        ("Russie", "attacks", "Odessa", False, M.REPORTED)]


# --- through the French spaCy pipeline -------------------------------------------------------

@pytest.fixture(scope="module")
def nlp_fr():
    """The French pipeline with kg's actor recognition, loaded once for this module."""
    from kg.errors import KGError
    from kg.nlp.loading import installed_models
    from kg.recognize import load_recognizer

    if not installed_models("fr"):
        pytest.skip("no French spaCy pipeline installed (pip install 'kg[fr]')")
    try:
        return load_recognizer("fr")
    except KGError as err:  # pragma: no cover - a broken install
        pytest.skip(str(err))


@pytest.mark.parametrize(("text", "expected"), [
    # SVO with a year
    ("La France a critiqué la Chine en 2019.",
     ("France", "criticizes", "Chine", False, M.ASSERTED, "2019")),
    ("Emmanuel Macron a rencontré Olaf Scholz à Berlin.",
     ("Emmanuel Macron", "meetsWith", "Olaf Scholz", False, M.ASSERTED, None)),
    # ne … pas, ne … jamais
    ("La Russie n'a pas attaqué la Finlande.",
     ("Russie", "attacks", "Finlande", True, M.ASSERTED, None)),
    ("L'Union européenne n'a jamais soutenu la Biélorussie.",
     ("Union européenne", "supports", "Biélorussie", True, M.ASSERTED, None)),
    # ne … que is no negation
    ("La Russie n'a attaqué que l'Ukraine.",
     ("Russie", "attacks", "Ukraine", False, M.ASSERTED, None)),
    # conditionnel: hypothetical; si-clause and its main clause
    ("Les États-Unis sanctionneraient la Turquie.",
     ("États-Unis", "sanctions", "Turquie", False, M.HYPOTHETICAL, None)),
    ("Si la Russie attaquait la Lituanie, l'OTAN soutiendrait Vilnius.",
     ("Russie", "attacks", "Lituanie", False, M.HYPOTHETICAL, None)),
    # pouvoir: possible; vouloir / envisager: intended
    ("La Russie pourrait attaquer la Moldavie.",
     ("Russie", "attacks", "Moldavie", False, M.POSSIBLE, None)),
    ("Berlin envisage de sanctionner l'Iran.",
     ("Berlin", "sanctions", "Iran", False, M.INTENDED, None)),
    # selon X / d'après X: reported, and X is not an argument
    ("Selon le Kremlin, l'Ukraine a attaqué la Russie.",
     ("Ukraine", "attacks", "Russie", False, M.REPORTED, None)),
    ("D'après Kiev, la Russie a bombardé Odessa.",
     ("Russie", "attacks", "Odessa", False, M.REPORTED, None)),
    # reporting verb with a negated conditionnel complement: reported wins (nearest cue up)
    ("Le ministre a déclaré que la Russie n'enverrait jamais de troupes en Moldavie.",
     ("Russie", "deploysTo", "Moldavie", True, M.REPORTED, None)),
    # passive with par
    ("L'Ukraine a été attaquée par la Russie.",
     ("Russie", "attacks", "Ukraine", False, M.ASSERTED, None)),
    # role apposition
    ("Emmanuel Macron, président de la France, a rencontré Olaf Scholz.",
     ("Emmanuel Macron", "headOf", "France", False, M.ASSERTED, None)),
    # nominal membership and sans + infinitive
    ("L'Estonie est membre de l'OTAN.",
     ("Estonie", "memberOf", "OTAN", False, M.ASSERTED, None)),
    ("La Chine a soutenu la Russie sans condamner l'invasion.",
     ("Chine", "supports", "Russie", False, M.ASSERTED, None)),
])
def test_french_sentences(nlp_fr, text, expected):
    from kg.recognize.mentions import find_mentions

    doc = nlp_fr(text)
    d = Document(id="t", text=text, lang="fr")
    got = [(t.subject.text, t.predicate.id, t.object.text, t.negated, t.modality, t.time)
           for t in make_dependency_extractor()(doc, d, find_mentions(doc, d))]
    assert expected in got


def test_french_actors_are_known_by_their_french_names(nlp_fr):
    doc = nlp_fr("Les États-Unis, l'Allemagne et l'OTAN ont critiqué les frappes russes.")
    ents = {(e.text, e.kb_id_) for e in doc.ents}
    assert {("États-Unis", "Q30"), ("Allemagne", "Q183"), ("OTAN", "Q7184"),
            ("russes", "Q159")} <= ents
