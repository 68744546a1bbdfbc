"""Resolution's numbers live in one table (kg.resolve.tuning), each rule has a score."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from kg.resolve import tuning
from kg.resolve.canonical import by_rule

RESOLVE = Path(tuning.__file__).resolve().parent


@pytest.mark.parametrize("name", ["coref.py", "canonical.py"])
def test_weights_and_scores_are_not_written_inline(name: str) -> None:
    tree = ast.parse((RESOLVE / name).read_text(encoding="utf-8"))
    floats = [n.lineno for n in ast.walk(tree)
              if isinstance(n, ast.Constant) and isinstance(n.value, float) and n.value != 0.0]
    assert not floats, f"{name} has numbers on lines {floats}; put them in kg/resolve/tuning.py"


def test_every_merge_rule_has_a_score_in_the_table() -> None:
    tree = ast.parse((RESOLVE / "canonical.py").read_text(encoding="utf-8"))
    rules: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "by_rule":
            rules |= {c.value for c in ast.walk(node.args[1])
                      if isinstance(c, ast.Constant) and isinstance(c.value, str)}
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "rule":
            rules |= {c.value for c in ast.walk(node.value)
                      if isinstance(c, ast.Constant) and isinstance(c.value, str)}
    assert rules and rules <= set(tuning.MERGE_SCORES)
    assert all(0 < s <= 1 for s in tuning.MERGE_SCORES.values())
    assert by_rule("x", "gazetteer", "why").score == tuning.MERGE_SCORES["gazetteer"]
    with pytest.raises(KeyError):
        by_rule("x", "guess", "why")


def test_link_confidence_is_clamped() -> None:
    links = tuning.LINKS
    assert links.confidence(-10) == links.floor
    assert links.confidence(10) == links.ceiling
    assert links.confidence(1.0) == round(links.base + links.per_score, 2)
