"""Score kg on the sample article with the shared scorer (``../shared/eval/score.py``).

The pipeline's triples are written as JSON Lines (:mod:`kg.jsonl`) to a temporary file and the
scorer runs as a subprocess with ``--json``; its strict and lenient figures are reported as they
come. In the table, P is the lenient "supported" share (a lower bound on precision: the gold is
not exhaustive) and R the lenient core recall.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Mapping
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import KGError
from ..types import Triple
from .calibration import calibrate
from .scores import Figure, SetScore, f1_of

if TYPE_CHECKING:
    from ..pipeline import Settings

CORPUS = Path("corpus") / "kasachstan_ovks_de.txt"
GOLD = Path("eval") / "kasachstan_ovks_de.gold.json"
SCORER = Path("eval") / "score.py"
FIGURES = ("recall_core", "recall_all", "supported", "polarity_errors")


def write_triples(triples: Iterable[Triple], path: Path) -> int:
    """Write triples as JSON Lines in kg's export format; return how many were written."""
    from ..jsonl import triple_lines

    n = 0
    with path.open("w", encoding="utf-8") as fh:
        for line in triple_lines(triples):
            fh.write(line + "\n")
            n += 1
    return n


def run_scorer(scorer: Path, gold: Path, triples: Path, timeout: float = 300) -> dict[str, Any]:
    """Run the shared scorer with ``--json`` and return its figures."""
    try:
        done = subprocess.run([sys.executable, str(scorer), str(gold), str(triples), "--json"],
                              capture_output=True, text=True, timeout=timeout, check=False)
    except (OSError, subprocess.TimeoutExpired) as err:
        raise KGError(f"could not run the scorer {scorer}: {err}") from None
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        raise KGError(f"the scorer {scorer} failed (exit {done.returncode}): "
                      f"{(done.stderr or done.stdout).strip()[-500:]}")
    try:
        figures = json.loads(lines[-1])
    except json.JSONDecodeError:
        raise KGError(f"the scorer {scorer} printed no JSON: {lines[-1][:200]!r}") from None
    if not isinstance(figures, dict):
        raise KGError(f"the scorer {scorer} printed {type(figures).__name__}, expected an object")
    return figures


def _number(value: object) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def sample_score(figures: Mapping[str, Any], seconds: float = 0.0,
                 name: str = "sample") -> SetScore:
    """Turn the scorer's ``{"strict": {...}, "lenient": {...}}`` into a :class:`SetScore`."""
    lenient = figures.get("lenient", {})
    supported, recall = _number(lenient.get("supported")), _number(lenient.get("recall_core"))
    extra: list[tuple[str, Figure]] = [("triples", lenient.get("system_triples"))]
    for mode in ("strict", "lenient"):
        extra += [(f"{mode}.{key}", figures.get(mode, {}).get(key)) for key in FIGURES]
    return SetScore(name, 1, supported, recall, f1_of(supported, recall), tuple(extra), seconds,
                    note="P = lenient 'supported' (lower bound), R = lenient recall_core")


def actor_nodes(gold: Mapping[str, Any], triples: Iterable[Triple]) -> dict[str, list[str]]:
    """Return, per gold actor, the ids of the triple nodes that stand for it.

    A node stands for a gold actor when its label is the actor's name, or else when its label or
    an alias is one of the actor's names under ``entities`` (compared case- and accent-folded).
    Issue 4 asks for exactly one node per actor.
    """
    from ..knowledge.gazetteer import fold

    actors: list[str] = list(gold.get("actors", []))
    names = {a: {fold(n) for n in (a, *gold.get("entities", {}).get(a, []))} for a in actors}
    nodes = {e.id: e for t in triples for e in (t.subject, t.object)}
    out: dict[str, list[str]] = {a: [] for a in actors}
    for node in nodes.values():
        label = fold(node.label)
        hits = [a for a in actors if fold(a) == label]
        if not hits:
            forms = {label, *(fold(x) for x in node.aliases)}
            hits = [a for a in actors if names[a] & forms][:1]
        for a in hits:
            out[a].append(node.id)
    return out


def score(shared: Path, settings: Settings) -> SetScore:
    """Run kg on the sample article and score it with the shared scorer."""
    from ..pipeline import extract

    corpus, gold, scorer = shared / CORPUS, shared / GOLD, shared / SCORER
    for path in (corpus, gold, scorer):
        if not path.exists():
            raise KGError(f"missing {path}: the shared folder {shared} is incomplete")
    start = time.perf_counter()
    _, resolution = extract([str(corpus)], settings)
    with tempfile.TemporaryDirectory(prefix="kg-eval-") as tmp:
        path = Path(tmp) / "triples.jsonl"
        write_triples(resolution.triples, path)
        figures = run_scorer(scorer, gold, path)
    result = sample_score(figures, time.perf_counter() - start)
    try:
        gold_data = json.loads(gold.read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise KGError(f"cannot read the gold file {gold}: {err}") from None
    per_actor = actor_nodes(gold_data, resolution.triples)
    one = sum(len(ids) == 1 for ids in per_actor.values())
    return replace(result, extra=(*result.extra, ("actors_one_node", f"{one}/{len(per_actor)}")),
                   calibration=calibrate(resolution.triples, gold_data))
