"""``kg validate``: check a graph file or store against kg's SHACL shapes."""

from __future__ import annotations

from typing import Annotated

import typer

NAME = "validate"


def command(
    source: Annotated[str, typer.Argument(help="Graph file or store folder.")],
) -> None:
    """Check GRAPH|STORE against ontologies/shapes.ttl; exit 1 if a shape is violated."""
    from ..rdf.load import load_graph
    from ..rdf.shacl import validate_graph

    violations = validate_graph(load_graph(source))
    for v in violations:
        typer.echo(str(v))
    if violations:
        typer.echo(f"{len(violations)} violation(s) in {source}", err=True)
        raise typer.Exit(1)
    typer.echo(f"{source} conforms to kg's shapes")
