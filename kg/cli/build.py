"""``kg build``: turn documents into triples, an RDF graph and an interactive HTML page."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ._common import CONCEPTS_HELP
from ._run import (
    EXTRACTOR_HELP,
    FALLBACK_HELP,
    LANG_HELP,
    MODEL_HELP,
    PROCESSES_HELP,
    STRICT_HELP,
    Reporter,
    check_extractor,
    print_notice,
    progress_bar,
)

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
    fallback_lang: Annotated[str, typer.Option("--fallback-lang", help=FALLBACK_HELP)] = "de",
    strict: Annotated[bool, typer.Option("--strict", help=STRICT_HELP)] = False,
    model: Annotated[str | None, typer.Option("--model", help=MODEL_HELP)] = None,
    processes: Annotated[
        int, typer.Option("--processes", min=0, help=PROCESSES_HELP)
    ] = 0,
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
    concepts: Annotated[bool, typer.Option("--concepts", help=CONCEPTS_HELP)] = False,
    extractor: Annotated[
        str, typer.Option("--extractor", help=EXTRACTOR_HELP)
    ] = "kg.dependency_extractor.v1",
    dask: Annotated[
        str | None,
        typer.Option(
            "--dask", metavar="local|tcp://HOST:8786",
            help="Parse and extract on a Dask cluster (pip install 'kg[dask]'): 'local' starts "
            "two worker processes on this machine, else the scheduler's address. Resolution and "
            "writing stay here."
        ),
    ] = None,
    since: Annotated[str | None, typer.Option(
        "--since", help="Read only documents published on or after this day (2015, 2015-03, "
                        "2015-03-02); undated documents are left out.")] = None,
    until: Annotated[str | None, typer.Option(
        "--until", help="Read only documents published on or before this day.")] = None,
    batch: Annotated[int, typer.Option(
        "--batch", min=1, help="Documents resolved, written and stored together (memory stays "
                               "bounded; the result does not depend on it).")] = 100,
) -> None:
    """Build a knowledge graph from INPUTS and write it to the --out folder."""
    from ..errors import ConfigError
    from ..pipeline import Settings, build

    if out is None and store is None:
        raise ConfigError(
            "nothing to write: pass -o DIR (files) and/or --store DIR (persistent store)"
        )
    from ..analysis.timeline import Period

    period = Period.parse(since, until)
    settings = Settings(lang=lang, model=model, aliases=aliases, merge=not no_merge,
                        fallback_lang=fallback_lang, strict=strict, processes=processes,
                        extractor=check_extractor(extractor), since=period.since,
                        until=period.until, concepts=concepts, build_batch=batch)
    reporter = Reporter()
    if dask is None:
        with progress_bar(inputs) as progress:
            result = build(inputs, out, settings, progress, store=store, notify=reporter,
                           keep=False)
    else:
        from ..cluster import connect, extract_on, warm_up

        client, cluster = connect(dask)
        try:
            warm_up(client, settings)  # every worker loads the models at once
            with progress_bar(inputs) as progress:
                result = build(inputs, out, settings, progress, store=store, notify=reporter,
                               run=extract_on(client), keep=False)
        finally:
            client.close()
            if cluster is not None:
                cluster.close()
    _summary(result, top, store, concepts)
    reporter.finish(result.stats.documents + result.stats.resumed)


def _summary(result: BuildResult, top: int, store: str | None = None,
             concepts: bool = False) -> None:
    from ..analysis.centrality import rank_actors
    from ..types import Notice

    st = result.stats
    echo = typer.echo
    models = ", ".join(f"{lang}: {name}" for lang, name in sorted(result.models.items()))
    skipped = f" ({len(result.skipped)} skipped)" if result.skipped else ""
    resumed = (f" ({st.resumed} already in the store, left out)" if st.resumed else "")
    echo(f"documents: {st.documents}{skipped}{resumed}  sentences: {st.sentences}  "
         f"model: {models or '-'}")
    echo(f"mentions: {st.mentions} merged into {st.entities} actors")
    echo(
        f"triples: {st.triples} ({st.negated} negated, {st.qualified} not asserted, "
        f"{st.typed / max(1, st.triples):.0%} typed by an ontology relation)  "
        f"RDF quads: {st.quads} (in {st.documents} document graphs, an entities graph and a "
        "summary graph)"
    )
    ranks = rank_actors(result.graph, top=top, concepts=concepts)
    if ranks:
        echo("top actors (PageRank):")
        for i, r in enumerate(ranks, 1):
            line = f"  {i:>2}. {r.label:<32} {r.type:<13} degree {r.degree:>3}"
            echo(f"{line}  pagerank {r.pagerank:.3f}")
    if result.store is not None:
        s = result.store
        echo(f"store: {len(s.added)} added, {len(s.replaced)} replaced, "
             f"{len(s.unchanged)} unchanged ({s.triples} RDF quads written)")
        for new, old in s.same_text:
            print_notice(Notice(new, f"document {new!r} has the same text as {old!r}, already "
                                     f"in the store {store}; both are kept"))
    for path in result.files:
        echo(f"wrote {path}")
    if result.files and st.resumed:
        print_notice(Notice("--store", f"the files hold the {st.documents} documents built now; "
                                       f"the store {store} holds all (kg export {store} -o FILE)"))
