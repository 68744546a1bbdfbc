"""``kg explain``: the mentions, merges and documents behind one node of a graph."""

from __future__ import annotations

from typing import Annotated

import typer

from ._common import GRAPH_HELP

NAME = "explain"
ACTOR_HELP = "The actor: its label, an alias or its id (case-insensitive)."
JSON_HELP = "Print the explanation as JSON."


def command(
    graph: Annotated[str, typer.Argument(help=GRAPH_HELP)],
    actor: Annotated[str, typer.Argument(help=ACTOR_HELP)],
    as_json: Annotated[bool, typer.Option("--json", help=JSON_HELP)] = False,
) -> None:
    """Show why a node exists: its mentions, merges (rule, evidence, score) and source documents."""
    import dataclasses
    import json

    from ..analysis.explain import explain, format_explanation
    from ..rdf.load import load_graph

    exp = explain(load_graph(graph), actor)
    if as_json:
        typer.echo(json.dumps(dataclasses.asdict(exp), ensure_ascii=False, indent=2))
    else:
        typer.echo(format_explanation(exp))
