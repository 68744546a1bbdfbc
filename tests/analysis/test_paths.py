import pytest

from kg.analysis.graphview import to_networkx
from kg.analysis.paths import ego_network, find_actor, shortest_paths
from kg.analysis.synthetic import demo_graph
from kg.errors import ConfigError
from kg.rdf.vocab import ENTITY


@pytest.fixture(scope="module")
def view():  # type: ignore[no-untyped-def]
    return to_networkx(demo_graph())


def test_find_actor_by_label_alias_id_iri(view) -> None:  # type: ignore[no-untyped-def]
    ru = str(ENTITY.Q159)
    assert find_actor(view, "russland") == ru
    assert find_actor(view, "Russlands") == ru
    assert find_actor(view, "Q159") == ru
    assert find_actor(view, ru) == ru


def test_unknown_actor_lists_similar(view) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ConfigError, match=r"no actor named 'Russia'.*Russland"):
        find_actor(view, "Russia")


def test_shortest_path_via_ovks(view) -> None:  # type: ignore[no-untyped-def]
    paths = shortest_paths(view, "Tokajew", "Lukaschenko")
    assert paths and all(p.length == 3 for p in paths)
    labels = [view.nodes[n]["label"] for n in paths[0].nodes]
    assert labels == ["Kassym-Schomart Tokajew", "OVKS", "Belarus", "Alexander Lukaschenko"]
    assert paths[0].steps[1].forward is False  # Belarus memberOf OVKS, walked backwards
    assert shortest_paths(view, "Tokajew", "Lukaschenko", directed=True) == []


def test_ego_network_depths(view) -> None:  # type: ignore[no-untyped-def]
    assert set(ego_network(view, "Lukaschenko", 0).nodes) == {str(ENTITY.Lukaschenko)}
    one = ego_network(view, "Lukaschenko", 1)
    assert {view.nodes[n]["label"] for n in one} == {"Alexander Lukaschenko", "Belarus"}
    assert ego_network(view, "Lukaschenko", 2).number_of_nodes() == 4
    with pytest.raises(ConfigError, match="depth"):
        ego_network(view, "Lukaschenko", -1)
