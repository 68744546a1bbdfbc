"""The paths query finds exactly the simple paths of up to 3 hops, for quiet and busy actors.

Three-hop paths are found by pairing neighbours when both actors are quiet and by walking out
from ``from`` when they are busy (see ontologies/queries/paths.rq); both must agree with a plain
enumeration over a random graph whose hubs are busy enough to take the walking branch.
"""

from __future__ import annotations

import random
from collections import Counter
from itertools import combinations

import pytest
from rdflib import URIRef

from kg.rdf.iris import local_name
from kg.rdf.sparql import execute, load_named_query
from kg.rdf.vocab import ENTITY, KG, RDF, SUMMARY_GRAPH

ACTORS = 40
HUB_DEGREE = 1000  # two hubs: 1000 * 1000 > 100,000 takes the walking branch


def _graph(seed: int = 3) -> tuple[object, dict[int, set[int]]]:
    import pyoxigraph as ox

    rnd = random.Random(seed)
    edges = {(a, b) for a, b in combinations(range(ACTORS), 2)
             if rnd.random() < (0.5 if a < 2 else 0.06)}
    adjacency: dict[int, set[int]] = {i: set() for i in range(ACTORS)}
    for a, b in edges:
        adjacency[a].add(b)
        adjacency[b].add(a)
    node = [ox.NamedNode(str(ENTITY[f"X{i}"])) for i in range(ACTORS)]
    doc, summary = ox.NamedNode("https://example.org/doc"), ox.NamedNode(str(SUMMARY_GRAPH))
    rel = ox.NamedNode(str(KG.intervenesIn))
    quads = [ox.Quad(rel, ox.NamedNode(str(RDF.type)), ox.NamedNode(str(KG.Relation)), doc)]
    degree: Counter[int] = Counter()
    for a, b in edges:
        quads.append(ox.Quad(node[a], rel, node[b], doc))
        quads += [ox.Quad(node[a], ox.NamedNode(str(KG.linkedTo)), node[b], summary),
                  ox.Quad(node[b], ox.NamedNode(str(KG.linkedTo)), node[a], summary)]
        degree.update((a, b))
    for i in range(ACTORS):
        quads.append(ox.Quad(node[i], ox.NamedNode(str(KG.searchKey)), ox.Literal(f"x{i}"), doc))
        n = HUB_DEGREE if i < 2 else degree[i]
        if n:
            quads.append(ox.Quad(node[i], ox.NamedNode(str(KG.degree)), ox.Literal(
                str(n), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")),
                summary))
    store = ox.Store()
    store.extend(quads)
    return store, adjacency


def _expected(adjacency: dict[int, set[int]], a: int, b: int) -> set[tuple[int, ...]]:
    paths: set[tuple[int, ...]] = set()
    for v1 in adjacency[a] - {a, b}:
        if b in adjacency[v1]:
            paths.add((a, v1, b))
        for v2 in adjacency[v1] - {a, b, v1}:
            if b in adjacency[v2]:
                paths.add((a, v1, v2, b))
    return paths


@pytest.mark.parametrize(("a", "b"), [(0, 1), (0, 17), (5, 1), (12, 23), (30, 9), (2, 39)])
def test_paths_match_enumeration(a: int, b: int) -> None:
    store, adjacency = _graph()
    result = execute(store, load_named_query("paths"),
                     {"from": f"x{a}", "to": f"x{b}", "limit": "100000"})
    cols = {c: i for i, c in enumerate(result.columns)}
    found: set[tuple[int, ...]] = set()
    direct = False
    for row in result.rows:
        hops = int(str(row[cols["hops"]]))
        assert row[cols["p1"]] == URIRef(KG.intervenesIn)
        if hops == 1:
            direct = True
            continue
        names = ["from", "via1", "to"] if hops == 2 else ["from", "via1", "via2", "to"]
        found.add(tuple(int(local_name(row[cols[n]])[1:]) for n in names))
    assert direct == (b in adjacency[a])
    assert found == _expected(adjacency, a, b)
    assert found, "the case should have paths"
