from __future__ import annotations

import pytest

from kg.evaluation.benchie import count, parse_fact, parse_slot, score, triple_matches
from kg.evaluation.records import DevRecord, Fact
from kg.evaluation.system import SystemTriple


def test_parse_slot_expands_optional_groups() -> None:
    slot = parse_slot("[erster] Premierminister [von Australien]", "de")
    assert slot.required == ("premierminister",)
    assert slot.optional == (("erster",), ("von", "australien"))
    assert slot.variants == {
        ("premierminister",), ("erster", "premierminister"),
        ("premierminister", "von", "australien"),
        ("erster", "premierminister", "von", "australien")}


def t(subject: str, relation: str, obj: str, lemma: str = "",
      negated: bool = False) -> SystemTriple:
    return SystemTriple("d", subject, relation, obj, predicate_id=f"lemma:de:{lemma or relation}",
                        predicate_lemma=lemma, negated=negated)


SERVED: Fact = ("Er", "diente als", "[erster] Premierminister [von Australien]")
SERVED_OF: Fact = ("Er", "diente als [erster] Premierminister von", "Australien")
INTERVENED: Fact = ("Russland", "griff [2014] ein", "in [die] Ukraine")
NOT_INTERVENED: Fact = ("Russland", "griff nicht", "in Kirgisistan ein")
FOUNDED: Fact = ("[Die] Firma", "wurde gegründet", "von [Herrn] Müller")


@pytest.mark.parametrize(("triple", "fact", "lenient", "expected"), [
    # strict = BenchIE exact: optional groups dropped or kept, nothing else
    (t("Er", "diente als", "Premierminister"), SERVED, False, True),
    (t("Er", "diente als", "erster Premierminister von Australien"), SERVED, False, True),
    (t("Er", "diente", "Premierminister"), SERVED, False, False),
    (t("er", "DIENTE ALS", "Premierminister"), SERVED, False, True),  # case-insensitive
    # lenient: lemmas, function words ignored, every required content word needed
    (t("Er", "diente", "ersten Premierminister", "dienen"), SERVED, True, True),
    (t("Er", "diente", "Premierminister", "dienen"), SERVED, True, True),
    (t("Er", "diente", "Australien", "dienen"), SERVED, True, False),  # object is not the fact's
    (t("Er", "diente", "Australien", "dienen"), SERVED_OF, True, False),  # relation lacks a word
    (t("Er", "diente", "Premierminister von Kanada", "dienen"), SERVED, True, False),  # extra word
    (t("Sie", "diente", "Premierminister", "dienen"), SERVED, True, False),
    (t("Premierminister", "diente", "Er", "dienen"), SERVED, True, False),  # direction counts
    # separable verbs: kg's lemma "eingreifen" covers "griff … ein"
    (t("Russland", "", "Ukraine", "eingreifen"), INTERVENED, True, True),
    (t("Russland", "", "Ukraine", "angreifen"), INTERVENED, True, False),
    # negation must agree
    (t("Russland", "griff", "Kirgisistan", "eingreifen", negated=True), NOT_INTERVENED, True, True),
    (t("Russland", "griff", "Kirgisistan", "eingreifen"), NOT_INTERVENED, True, False),
    (t("Russland", "griff", "Ukraine", "eingreifen", negated=True), INTERVENED, True, False),
    # auxiliaries and prepositions do not decide
    (t("Firma", "gegründet", "Müller", "gründen"), FOUNDED, True, True),
    (t("Firma", "gegründet", "Müller", "gründen"), FOUNDED, False, False),
])
def test_triple_matches(triple: SystemTriple, fact: Fact, lenient: bool, expected: bool) -> None:
    assert triple_matches(triple, parse_fact(fact, "de"), "de", lenient=lenient) is expected


RECORD = DevRecord("b1", "de", "Er diente als erster Premierminister von Australien.",
                   facts=((SERVED, ("Er", "diente", "als Premierminister")), (SERVED_OF,)))


def test_counts_clusters_once_and_triples_once() -> None:
    system = [t("Er", "diente", "Premierminister", "dienen"),
              t("Er", "diente", "erster Premierminister", "dienen"),  # same cluster again
              t("Australien", "hat", "Premierminister", "haben")]     # wrong
    counts = count([(RECORD, system)], lenient=True)
    assert (counts.triples, counts.correct_triples, counts.clusters, counts.matched_clusters) == (
        3, 2, 2, 1)


def test_score_reports_lenient_headline_and_strict_extras() -> None:
    system = [t("Er", "diente als", "Premierminister", "dienen")]
    result = score("benchie-de", [(RECORD, system)])
    assert (result.n, result.precision, result.recall) == (1, 1.0, 0.5)
    assert result.f1 == pytest.approx(2 / 3)
    extras = dict(result.extra)
    assert extras["strict_P"] == 1.0 and extras["clusters"] == 2


def test_no_triples_gives_no_precision_and_zero_recall() -> None:
    result = score("benchie-de", [(RECORD, [])])
    assert result.precision is None and result.recall == 0.0 and result.f1 is None


def test_precision_counts_clusters_found_against_wrong_triples() -> None:
    # BenchIE's scorer: TP = clusters credited, FP = triples matching nothing; a second triple
    # of a cluster already found neither adds nor costs
    system = [t("Er", "diente als", "Premierminister"),
              t("Er", "diente als", "erster Premierminister"),  # same cluster again
              t("Australien", "hat", "Premierminister")]        # wrong
    result = score("benchie-de", [(RECORD, system)])
    extras = dict(result.extra)
    assert extras["strict_P"] == 0.5 and extras["strict_R"] == 0.5


def test_a_triple_credits_only_the_first_cluster_it_matches() -> None:
    twice = DevRecord("b2", "de", "Er diente als Premierminister.",
                      facts=((("Er", "diente als", "Premierminister"),),
                             (("Er", "diente als", "[erster] Premierminister"),)))
    counts = count([(twice, [t("Er", "diente als", "Premierminister")])], lenient=False)
    assert (counts.correct_triples, counts.matched_clusters) == (1, 1)


@pytest.mark.parametrize("lenient", [False, True])
def test_a_negation_in_the_triples_words_reads_as_printed(lenient: bool) -> None:
    # "Sie besitzen keine Augenlider": kg flags the triple negated, the gold writes it as printed
    fact = parse_fact(("Sie", "besitzen", "keine Augenlider"), "de")
    assert triple_matches(t("Sie", "besitzen", "keine Augenlider", "besitzen", negated=True),
                          fact, "de", lenient=lenient)
    hidden = parse_fact(("Sie", "besitzen", "Augenlider"), "de")  # no word says it: no match
    assert not triple_matches(t("Sie", "besitzen", "Augenlider", "besitzen", negated=True),
                              hidden, "de", lenient=lenient)
