"""Reading an actor's neighbourhood out of a store matches cutting it from the whole graph."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib.namespace import RDF

from kg.analysis.subgraph import focus_graph
from kg.errors import ConfigError
from kg.rdf.store import open_oxigraph_store
from kg.rdf.subset import neighbourhood
from kg.rdf.vocab import KG


def _statements(graph) -> set[str]:
    return {str(s) for s in graph.subjects(RDF.type, KG.Statement)}


@pytest.mark.parametrize(("actor", "depth"), [("Kasachstan", 1), ("OVKS", 1), ("Putin", 2),
                                               ("Belarus", 0), ("Lukaschenko", 1)])
def test_store_and_file_give_the_same_neighbourhood(graph_file: Path, store_dir: Path,
                                                    actor: str, depth: int) -> None:
    from_file, note_file = focus_graph(graph_file, actor, depth)
    from_store, note_store = focus_graph(store_dir, actor, depth)
    assert _statements(from_store) == _statements(from_file)
    assert note_file == note_store == ""
    if depth:
        assert _statements(from_store)


def test_busy_actor_is_cut_with_a_notice(store_dir: Path) -> None:
    with open_oxigraph_store(store_dir, create=False) as store:
        near = neighbourhood(store, "OVKS", 2, max_statements=1)
    assert near.truncated and near.statements == 1


def test_unknown_actor_in_store(store_dir: Path) -> None:
    with pytest.raises(ConfigError, match="no actor named 'Nobody'"):
        focus_graph(store_dir, "Nobody", 1)


def test_word_of_a_name_finds_the_actor(store_dir: Path) -> None:
    with open_oxigraph_store(store_dir, create=False) as store:
        near = neighbourhood(store, "alexander", 1)  # a word of "Alexander Lukaschenko"
    assert [str(s).rsplit("/", 1)[-1] for s in near.seeds] == ["Q5568"]
