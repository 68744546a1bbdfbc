"""``kg extract``: print triples (or actor mentions) as JSON Lines on standard output."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ._run import EXTRACTOR_HELP, LANG_HELP, MODEL_HELP, check_extractor, progress_bar

NAME = "extract"


def command(
    inputs: Annotated[
        list[str], typer.Argument(help="Text files, folders of them, .jsonl files, or - for stdin.")
    ],
    lang: Annotated[str, typer.Option("--lang", help=LANG_HELP)] = "auto",
    model: Annotated[str | None, typer.Option("--model", help=MODEL_HELP)] = None,
    mentions: Annotated[
        bool,
        typer.Option("--mentions", help="Print every recognised actor mention instead of triples."),
    ] = False,
    aliases: Annotated[
        Path | None, typer.Option("--aliases", help="Alias file that overrides merges.")
    ] = None,
    extractor: Annotated[
        str, typer.Option("--extractor", help=EXTRACTOR_HELP)
    ] = "kg.dependency_extractor.v1",
) -> None:
    """Extract triples from INPUTS and print them as JSON Lines."""
    from ..jsonl import triple_lines
    from ..pipeline import Settings, extract

    settings = Settings(lang=lang, model=model, aliases=aliases,
                        extractor=check_extractor(extractor))
    with progress_bar(inputs) as progress:
        _, resolution = extract(inputs, settings, progress)
    if mentions:
        import json

        from ..resolve.export import mention_records

        for record in mention_records(resolution):
            typer.echo(json.dumps(record, ensure_ascii=False))
        return
    for line in triple_lines(resolution.triples):
        typer.echo(line)
