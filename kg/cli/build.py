"""``kg build``: turn documents into triples, an RDF graph and an interactive HTML page."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ._run import LANG_HELP, MODEL_HELP, progress_bar

if TYPE_CHECKING:
    from ..pipeline import BuildResult

NAME = "build"


def command(
    inputs: Annotated[
        list[str],
        typer.Argument(
            help='Text files, folders of them, .jsonl files ({"id", "text"} a line), or -.'
        ),
    ],
    out: Annotated[
        Path | None,
        typer.Option(
            "-o", "--out", help="Folder for graph.ttl, graph.trig, triples.jsonl and graph.html."
        ),
    ] = None,
    lang: Annotated[str, typer.Option("--lang", help=LANG_HELP)] = "auto",
    model: Annotated[str | None, typer.Option("--model", help=MODEL_HELP)] = None,
    store: Annotated[
        str | None,
        typer.Option(
            "--store", help="Also add the documents to this store: a folder (created if "
            "missing) or a SPARQL server URL (http://HOST:PORT/…)."
        ),
    ] = None,
    aliases: Annotated[
        Path | None,
        typer.Option(
            "--aliases",
            help="Alias file (TSV: alias, canonical id or label) that overrides merges.",
        ),
    ] = None,
    no_merge: Annotated[
        bool,
        typer.Option(
            "--no-merge", help="Do not merge mentions into canonical actors beyond exact names."
        ),
    ] = False,
    top: Annotated[int, typer.Option("--top", help="How many actors to rank in the summary.")] = 10,
) -> None:
    """Build a knowledge graph from INPUTS and write it to the --out folder."""
    from ..errors import ConfigError
    from ..pipeline import Settings, build

    if out is None and store is None:
        raise ConfigError(
            "nothing to write: pass -o DIR (files) and/or --store DIR (persistent store)"
        )
    settings = Settings(lang=lang, model=model, aliases=aliases, merge=not no_merge)
    with progress_bar(inputs) as progress:
        result = build(inputs, out, settings, progress, store=store)
    _summary(result, top)


def _summary(result: BuildResult, top: int) -> None:
    from ..analysis.centrality import rank_actors
    from ..types import Modality

    res = result.resolution
    negated = sum(1 for t in res.triples if t.negated)
    qualified = sum(1 for t in res.triples if t.modality is not Modality.ASSERTED)
    echo = typer.echo
    models = ", ".join(f"{lang}: {name}" for lang, name in sorted(result.models.items()))
    echo(f"documents: {len(result.documents)}  sentences: {result.sentences}  model: {models}")
    echo(f"actors: {len(res.entities)}  mentions: {len(res.mentions)}  merges: {len(res.merges)}")
    echo(
        f"triples: {len(res.triples)} ({negated} negated, {qualified} not asserted)  "
        f"RDF statements: {len(result.graph)}"
    )
    ranks = rank_actors(result.graph, top=top)
    if ranks:
        echo("top actors (PageRank):")
        for i, r in enumerate(ranks, 1):
            line = f"  {i:>2}. {r.label:<32} {r.type:<13} degree {r.degree:>3}"
            echo(f"{line}  pagerank {r.pagerank:.3f}")
    if result.store is not None:
        s = result.store
        echo(f"store: {len(s.added)} added, {len(s.replaced)} replaced, "
             f"{len(s.unchanged)} unchanged ({s.triples} triples written)")
    for path in result.files:
        echo(f"wrote {path}")
