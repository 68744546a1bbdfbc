"""``kg remove``: drop a document (its named graph and its share of the summary) from a store."""

from __future__ import annotations

from typing import Annotated

import typer

NAME = "remove"


def command(
    store: Annotated[str, typer.Argument(help="Store folder or SPARQL server URL.")],
    doc: Annotated[list[str], typer.Argument(help="Document id(s) to remove.")],
) -> None:
    """Remove documents from a persistent store; other documents are untouched."""
    from ..rdf.graphstore import open_store

    with open_store(store, writer=True) as st:
        known = {d.doc_id for d in st.documents()}
        for doc_id in doc:
            if doc_id not in known:
                st.remove(doc_id)  # raises GraphError listing the documents
        for doc_id in doc:
            st.remove(doc_id)
            typer.echo(f"removed {doc_id}")
