from __future__ import annotations

from kg.evaluation.calibration import calibrate, calibration_record, format_calibration, is_correct
from kg.types import ActorType, Entity, Mention, Predicate, Provenance, Triple

GOLD = {
    "entities": {"Russia": ["Russia", "Russland"], "Kazakhstan": ["Kasachstan"],
                 "CSTO": ["OVKS", "CSTO"], "Armenia": ["Armenien"]},
    "triples": [
        {"subject": "Russia", "object": "Kazakhstan", "tier": "core",
         "predicate_keywords": ["interven", "eingreif"], "inverse_keywords": [],
         "symmetric": False},
        {"subject": "Armenia", "object": "CSTO", "tier": "core",
         "predicate_keywords": ["mitglied", "member"], "inverse_keywords": ["hat mitglied"],
         "symmetric": False},
        {"subject": "CSTO", "object": "Kazakhstan", "tier": "extra", "predicate_keywords": [],
         "inverse_keywords": [], "symmetric": True},
    ],
}


def _triple(subject: str, predicate: str, obj: str, confidence: float,
            negated: bool = False) -> Triple:
    m = Mention("d", 0, 1, "x", ActorType.COUNTRY)
    prov = Provenance("d", "", 0, 1, "test", "0", confidence)
    return Triple(Entity(subject, subject, ActorType.COUNTRY, ()), Predicate(predicate, predicate,
                  ""), Entity(obj, obj, ActorType.COUNTRY, ()), m, m, prov, negated=negated)


def test_correct_means_matching_a_gold_triple_of_any_tier() -> None:
    assert is_correct(_triple("Russland", "intervenesIn", "Kasachstan", 0.9), GOLD)
    assert is_correct(_triple("Regierung Russland", "eingreifen", "Kasachstan", 0.9), GOLD)
    assert not is_correct(_triple("Russlands Armee", "eingreifen", "Kasachstan", 0.9), GOLD)
    assert not is_correct(_triple("Kasachstan", "intervenesIn", "Russland", 0.9), GOLD)
    assert not is_correct(_triple("Russland", "intervenesIn", "Kasachstan", 0.9, True), GOLD)
    assert not is_correct(_triple("Russland", "lobt", "Kasachstan", 0.9), GOLD)
    # extra tier: any predicate, either direction
    assert is_correct(_triple("Kasachstan", "lobt", "OVKS", 0.9), GOLD)
    # inverse keyword in the reverse direction
    assert is_correct(_triple("OVKS", "hat Mitglied", "Armenien", 0.9), GOLD)
    assert not is_correct(_triple("OVKS", "memberOf", "Armenien", 0.9), GOLD)


def test_buckets_count_triples_and_correct_ones() -> None:
    triples = [_triple("Russland", "intervenesIn", "Kasachstan", 0.95),
               _triple("Russland", "lobt", "Kasachstan", 0.85),
               _triple("Russland", "lobt", "Kasachstan", 1.0),
               _triple("Kasachstan", "lobt", "OVKS", 0.6),
               _triple("Russland", "lobt", "Armenien", 0.2)]
    buckets = calibrate(triples, GOLD)
    assert [(b.triples, b.correct) for b in buckets] == [(1, 0), (1, 1), (0, 0), (3, 1)]
    assert buckets[3].accuracy == 1 / 3 and buckets[2].accuracy is None
    assert buckets[3].mean_confidence is not None
    assert round(buckets[3].mean_confidence, 3) == 0.933
    table = format_calibration("toy", buckets)
    assert "[0.85, 1.00]" in table and "[0.00, 0.50)" in table
    assert calibration_record(buckets)[1] == {"low": 0.5, "high": 0.7, "triples": 1,
                                              "correct": 1, "accuracy": 1.0,
                                              "mean_confidence": 0.6}
