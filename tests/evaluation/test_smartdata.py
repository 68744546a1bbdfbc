from __future__ import annotations

from kg.evaluation.records import DevRecord, GoldEntity, GoldEvent, GoldRelation
from kg.evaluation.smartdata import gold_pairs, score
from kg.evaluation.system import SystemTriple

ENTS = (
    GoldEntity(0, 3, "Ufo", "ORGANIZATION"),
    GoldEntity(10, 19, "Lufthansa", "ORGANIZATION_COMPANY"),
    GoldEntity(20, 26, "Streik", "TRIGGER"),
    GoldEntity(30, 39, "Frankfurt", "LOCATION_CITY"),
    GoldEntity(40, 49, "Lufthansa", "ORGANIZATION_COMPANY"),  # same text again
    GoldEntity(50, 56, "Montag", "DATE"),
    GoldEntity(60, 67, "A3", "LOCATION_STREET"),
    GoldEntity(70, 79, "Nicoley Baublies", "PERSON"),
)
RECORD = DevRecord(
    "s1", "de", "…", entities=ENTS,
    relations=(GoldRelation(6, 3, "TrafficJam:location"),),  # street–city: no actor
    events=(GoldEvent("Strike", ((0, "striker"), (1, "company"), (2, "trigger"), (3, "location"),
                                 (4, "company"), (5, "date"))),))


def test_gold_pairs_keep_actor_pairs_only() -> None:
    pairs = {frozenset((a.text, b.text)) for a, b in gold_pairs(RECORD)}
    assert pairs == {frozenset(("Ufo", "Lufthansa")), frozenset(("Ufo", "Frankfurt")),
                     frozenset(("Lufthansa", "Frankfurt"))}


def t(subject: str, obj: str, subject_label: str = "") -> SystemTriple:
    return SystemTriple("s1", subject, "bestreikt", obj, subject_label=subject_label)


def test_score_pairs_either_direction_and_judged_triples_only() -> None:
    system = [t("Die Gewerkschaft", "Lufthansa", subject_label="Ufo"),  # via the entity label
              t("Lufthansa", "Frankfurt"),  # reversed order of the gold pair: still linked
              t("Baublies", "Lufthansa"),   # judged, not a gold pair
              t("Passagiere", "Verspätungen")]  # not judged: no annotated actors
    result = score([(RECORD, system)])
    assert (result.precision, result.recall) == (2 / 3, 2 / 3)
    extras = dict(result.extra)
    assert (extras["triples"], extras["judged"], extras["gold_pairs"]) == (4, 3, 3)
