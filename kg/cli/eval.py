"""``kg eval``: score kg against the shared gold data and development sets."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

NAME = "eval"

SETS_HELP = ("Comma-separated sets: sample, conll04, benchie-de, benchie-en, smartdata "
             "(default: all).")
MODEL_HELP = ("spaCy pipeline: NAME|PATH for every set, or per language as de=NAME,en=NAME "
              "(default: the best installed).")
LIMIT_HELP = "Score only the first N records of each dev set (default: all)."
JSON_HELP = "Also write the figures to this JSON file."
SHARED_HELP = "Folder holding eval/ and corpus/ (default: ../shared beside the repository)."
EXTRACTOR_HELP = ("Score every set with this registered extractor too; each set's own extractor "
                  "(kg.openie_extractor.v1 for BenchIE, kg.dependency_extractor.v1 else) is "
                  "always scored, so the table shows both.")


def command(
    sets: Annotated[str, typer.Option("--sets", help=SETS_HELP)] = "all",
    limit: Annotated[int | None, typer.Option("--limit", min=1, help=LIMIT_HELP)] = None,
    json_out: Annotated[Path | None, typer.Option("--json", help=JSON_HELP)] = None,
    model: Annotated[str | None, typer.Option("--model", help=MODEL_HELP)] = None,
    shared: Annotated[Path | None, typer.Option("--shared", help=SHARED_HELP)] = None,
    extractor: Annotated[str | None, typer.Option("--extractor", help=EXTRACTOR_HELP)] = None,
) -> None:
    """Score kg on the sample article and dev sets; print one table (and write JSON)."""
    from ..errors import KGError
    from ..evaluation.records import find_shared
    from ..evaluation.runner import evaluate, parse_models, parse_sets, run_meta
    from ..evaluation.scores import format_table, results_record, write_json
    from ..pipeline import Settings
    from ._run import check_extractor

    if extractor is not None:
        check_extractor(extractor)
    specs = parse_sets(sets)
    models = parse_models(model)
    folder = find_shared(shared)
    base = Settings()
    scores = list(evaluate(specs, folder, base, limit, models,
                           on_start=lambda s: typer.echo(f"scoring {s.name} …", err=True),
                           extractor=extractor))
    typer.echo(format_table(scores))
    if json_out is not None:
        meta = run_meta(folder, base, limit, models, extractor)
        write_json(json_out, results_record(scores, meta))
        typer.echo(f"wrote {json_out}")
    failed = [s for s in scores if s.n == 0 and s.errors]
    if failed:
        raise KGError("could not score " + "; ".join(f"{s.name}: {s.errors[0]}" for s in failed))
