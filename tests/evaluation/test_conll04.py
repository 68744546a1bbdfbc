from __future__ import annotations

import pytest

from kg.evaluation.conll04 import load_mapping, mapped_type, relation_matches, score
from kg.evaluation.records import DevRecord, GoldEntity, GoldRelation
from kg.evaluation.system import SystemTriple

MAPPING = {"kills": "Kill", "headOf": "Work_For", "basedIn": "OrgBased_In"}

RECORD = DevRecord(
    "c1", "en", "John Wilkes Booth , who assassinated President Lincoln , was an actor .",
    entities=(GoldEntity(0, 17, "John Wilkes Booth", "Peop"),
              GoldEntity(37, 54, "President Lincoln", "Peop")),
    relations=(GoldRelation(0, 1, "Kill"),))


def t(subject: str, pid: str, obj: str, subject_label: str = "") -> SystemTriple:
    return SystemTriple("c1", subject, "", obj, predicate_id=pid, subject_label=subject_label)


@pytest.mark.parametrize(("pid", "expected"), [
    ("kills", "Kill"),
    ("https://w3id.org/kgnews/ontology#kills", "Kill"),
    ("lemma:en:kill", None),  # lemma-based predicates never map
    ("lemma:en:kills", None),
    ("attacks", None),
])
def test_mapped_type(pid: str, expected: str | None) -> None:
    assert mapped_type(t("a", pid, "b"), MAPPING) == expected


@pytest.mark.parametrize(("triple", "expected"), [
    (t("Booth", "kills", "Lincoln"), True),
    (t("john wilkes booth", "kills", "President Lincoln"), True),
    (t("Lincoln", "kills", "Booth"), False),  # direction
    (t("Booth", "headOf", "Lincoln"), False),  # type
    (t("Booth", "kills", "the actor"), False),
    (t("he", "kills", "Lincoln", subject_label="John Wilkes Booth"), True),  # resolved label
    (t("the", "kills", "Lincoln"), False),  # function words only
])
def test_relation_matches(triple: SystemTriple, expected: bool) -> None:
    kind = mapped_type(triple, MAPPING)
    assert relation_matches(RECORD.relations[0], RECORD, triple, kind) is expected


def test_score_counts_only_mapped_triples() -> None:
    system = [t("Booth", "kills", "Lincoln"), t("Booth", "headOf", "Lincoln"),
              t("Booth", "lemma:en:assassinate", "Lincoln")]
    empty = DevRecord("c2", "en", "x", relations=())
    result = score([(RECORD, system), (empty, [])], MAPPING)
    assert (result.n, result.precision, result.recall) == (2, 0.5, 1.0)
    extras = dict(result.extra)
    assert (extras["triples"], extras["mapped"], extras["gold"], extras["R_Kill"]) == (3, 2, 1, 1.0)
    assert "R_Work_For" not in extras


def test_mapping_comes_from_the_ontology_table() -> None:
    mapping = load_mapping()
    assert set(mapping.values()) <= {"Work_For", "Kill", "Live_In", "Located_In", "OrgBased_In"}


def spanned(s: tuple[int, int], pid: str, o: tuple[int, int],
            object_type: str = "") -> SystemTriple:
    return SystemTriple("c1", "", "", "", predicate_id=pid, subject_span=s, object_span=o,
                        object_type=object_type)


def test_pair_figures_count_span_overlap_in_either_direction() -> None:
    from kg.evaluation.conll04 import pair_figures

    system = [spanned((12, 17), "kills", (37, 54)),  # "Booth" inside the gold head
              spanned((0, 30), "kills", (47, 54)),  # head reaches beyond, tail inside: still a hit
              spanned((0, 17), "kills", (47, 54)),
              spanned((0, 17), "kills", (47, 54)),  # the same pair twice counts once
              spanned((37, 54), "kills", (0, 17))]  # direction counts
    precision, recall = pair_figures([(RECORD, system)], MAPPING)
    assert (precision, recall) == (0.75, 1.0)
    assert pair_figures([(RECORD, [])], MAPPING) == (None, 0.0)


def test_work_for_with_a_place_object_is_live_in() -> None:
    place = SystemTriple("c1", "Thompson", "", "Illinois", predicate_id="headOf",
                         object_type="Country")
    firm = SystemTriple("c1", "Lifa", "", "Chevron", predicate_id="headOf",
                        object_type="Organization")
    assert (mapped_type(place, MAPPING), mapped_type(firm, MAPPING)) == ("Live_In", "Work_For")
