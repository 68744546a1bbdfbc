from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.errors import KGError
from kg.evaluation.sample import run_scorer, sample_score

FIGURES = {
    "strict": {"recall_core": 0.3, "recall_all": 0.25, "supported": 0.5, "system_triples": 40,
               "polarity_errors": 2},
    "lenient": {"recall_core": 0.6, "recall_all": 0.5, "supported": 0.4, "system_triples": 40,
                "polarity_errors": 1},
}


def test_sample_score_takes_lenient_headline() -> None:
    result = sample_score(FIGURES)
    assert (result.precision, result.recall) == (0.4, 0.6)
    assert result.f1 == pytest.approx(0.48)
    extras = dict(result.extra)
    assert extras["strict.recall_core"] == 0.3 and extras["lenient.polarity_errors"] == 1
    assert extras["triples"] == 40


def test_sample_score_tolerates_missing_figures() -> None:
    result = sample_score({})
    assert result.precision is None and result.f1 is None


def fake_scorer(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "score.py"
    path.write_text(f"import sys, json\n{body}\n", encoding="utf-8")
    return path


def test_run_scorer_reads_last_json_line(tmp_path: Path) -> None:
    scorer = fake_scorer(tmp_path, f"print('noise')\nprint(json.dumps({FIGURES!r}))\n"
                                   "assert sys.argv[-1] == '--json'")
    assert run_scorer(scorer, tmp_path / "gold.json", tmp_path / "t.jsonl") == json.loads(
        json.dumps(FIGURES))


@pytest.mark.parametrize("body", ["sys.exit('boom')", "print('not json')", "print('[1, 2]')"])
def test_run_scorer_failures_are_kg_errors(tmp_path: Path, body: str) -> None:
    with pytest.raises(KGError):
        run_scorer(fake_scorer(tmp_path, body), tmp_path / "g", tmp_path / "t")


def test_actor_nodes_counts_each_gold_actor() -> None:
    from kg.evaluation.sample import actor_nodes
    from kg.types import ActorType, Entity, Mention, Predicate, Provenance, Triple

    def ent(eid: str, label: str, *aliases: str) -> Entity:
        return Entity(eid, label, ActorType.COUNTRY, aliases)

    m = Mention("d", 0, 1, "x", ActorType.COUNTRY)
    prov = Provenance("d", "", 0, 1, "test", "0", 0.9)
    pred = Predicate("memberOf", "is member of", "")
    gold = {"actors": ["Russia", "CSTO", "Iran"],
            "entities": {"Russia": ["Russland"], "CSTO": ["OVKS"], "Iran": ["Iran"]}}
    triples = [Triple(ent("Q159", "Russia", "Russland"), pred, ent("CSTO", "OVKS"), m, m, prov),
               Triple(ent("Russlands", "Russlands", "Russland"), pred, ent("CSTO", "OVKS"), m, m,
                      prov)]
    got = actor_nodes(gold, triples)
    assert got == {"Russia": ["Q159", "Russlands"], "CSTO": ["CSTO"], "Iran": []}
