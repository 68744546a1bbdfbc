"""``kg extract``: print triples (or actor mentions) as JSON Lines on standard output."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ._run import (
    EXTRACTOR_HELP,
    FALLBACK_HELP,
    LANG_HELP,
    MODEL_HELP,
    PROCESSES_HELP,
    STRICT_HELP,
    Reporter,
    check_extractor,
    progress_bar,
)

if TYPE_CHECKING:
    from ..types import Resolution

NAME = "extract"


def command(
    inputs: Annotated[
        list[str], typer.Argument(help="Text files, folders of them, .jsonl files, or - for stdin.")
    ],
    lang: Annotated[str, typer.Option("--lang", help=LANG_HELP)] = "auto",
    fallback_lang: Annotated[str, typer.Option("--fallback-lang", help=FALLBACK_HELP)] = "de",
    strict: Annotated[bool, typer.Option("--strict", help=STRICT_HELP)] = False,
    model: Annotated[str | None, typer.Option("--model", help=MODEL_HELP)] = None,
    processes: Annotated[
        int, typer.Option("--processes", min=0, help=PROCESSES_HELP)
    ] = 0,
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
    from ..pipeline import Settings, extract

    settings = Settings(lang=lang, model=model, aliases=aliases, fallback_lang=fallback_lang,
                        strict=strict, processes=processes, extractor=check_extractor(extractor))
    reporter = Reporter()
    with progress_bar(inputs) as progress:
        analyses, resolution = extract(inputs, settings, progress, reporter)
    _print(resolution, mentions)
    reporter.finish(len(analyses))


def _print(resolution: Resolution, mentions: bool) -> None:
    from ..jsonl import triple_lines

    if mentions:
        import json

        from ..resolve.export import mention_records

        for record in mention_records(resolution):
            typer.echo(json.dumps(record, ensure_ascii=False))
        return
    for line in triple_lines(resolution.triples):
        typer.echo(line)
