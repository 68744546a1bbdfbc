"""Distributed extraction on a loopback Dask cluster: same graph as one process, worker loss."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kg.cluster import PartitionResult, extract_on, partitions, run_partitions, warm_up
from kg.errors import ConfigError
from kg.jsonl import triple_lines
from kg.pipeline import Settings, build
from kg.rdf.graphstore import open_store
from kg.types import Document

pytest.importorskip("distributed")

TEXTS = [
    "Russland griff im Jahr 2010 nicht in Kirgisistan ein. Die Bundesregierung kritisierte "
    "Russland scharf.",
    "Präsident Emmanuel Macron traf Bundeskanzler Olaf Scholz in Berlin. Er lobte ihn.",
    "Die Ukraine verklagte Russland vor dem Internationalen Gerichtshof.",
    "Angela Merkel besuchte Warschau. Polen unterstützte Deutschland.",
    "Die Nato warnte Russland vor einem Angriff auf die Ukraine.",
    "Scholz telefonierte mit Macron. Frankreich und Deutschland verurteilten Russland.",
]


def _write_jsonl(path: Path) -> Path:
    import json

    path.write_text("".join(json.dumps({"id": f"d{i}", "text": t}, ensure_ascii=False) + "\n"
                            for i, t in enumerate(TEXTS, 1)), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    from distributed import Client

    from kg.cluster import local_cluster

    cluster = local_cluster(2)
    with Client(cluster) as dask_client:
        yield dask_client
    cluster.close()


def test_partitions_keep_order_and_size() -> None:
    docs = [Document(id=str(i), text="x") for i in range(5)]
    parts = partitions(docs, 2)
    assert [[d.id for d in p] for p in parts] == [["0", "1"], ["2", "3"], ["4"]]
    with pytest.raises(ConfigError):
        partitions(docs, 0)


def test_cluster_build_equals_single_process(client: Any, tmp_path: Path) -> None:
    source = _write_jsonl(tmp_path / "in.jsonl")
    settings = Settings(lang="de")
    here = build([source], None, settings)
    there = build([source], None, settings, run=extract_on(client, size=2))
    assert [d.id for d in there.documents] == [d.id for d in here.documents]
    assert sorted(triple_lines(there.resolution.triples)) == sorted(
        triple_lines(here.resolution.triples))
    assert there.resolution.merges == here.resolution.merges
    assert there.sentences == here.sentences
    assert len(there.dataset) == len(here.dataset)


def test_results_come_back_in_partition_order(client: Any) -> None:
    docs = [Document(id=f"d{i}", text=t, lang="de") for i, t in enumerate(TEXTS, 1)]
    results = list(run_partitions(client, (("de", d) for d in docs), Settings(lang="de"),
                                  size=4, ahead=1))
    taken = [r for r in results if r is not None]  # None: the next one was not back yet
    assert [r.index for r in taken] == [0, 1]
    assert [w.document.id for r in taken for w in r.worked] == [d.id for d in docs]


def test_workers_parse_with_one_blas_thread_and_load_models_once(client: Any,
                                                                  tmp_path: Path) -> None:
    source = _write_jsonl(tmp_path / "in.jsonl")
    warm_up(client, Settings(lang="de"))

    def tables_read() -> int:
        from kg.knowledge.lexicons import place_names

        return place_names.cache_info().currsize

    # the warm-up ran the pipeline once: tables read on first use are read before any partition
    assert set(client.run(tables_read).values()) == {1}
    build([source], None, Settings(lang="de"), run=extract_on(client, size=1))

    def threads() -> tuple[str | None, ...]:
        return tuple(os.environ.get(name) for name in (
            "OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MALLOC_TRIM_THRESHOLD_"))

    def loads() -> tuple[int, int]:
        from kg.recognize import load_recognizer

        info = load_recognizer.cache_info()
        return info.misses, info.hits

    assert set(client.run(threads).values()) == {("1", "1", None)}  # glibc's adaptive malloc
    counts = list(client.run(loads).values())
    assert [misses for misses, _ in counts] == [1] * len(counts)  # warmed up: each loaded
    assert sum(hits for _, hits in counts) >= len(TEXTS)  # … and every partition found it


def test_a_killed_worker_loses_and_doubles_nothing(client: Any, tmp_path: Path) -> None:
    source = _write_jsonl(tmp_path / "in.jsonl")
    settings = Settings(lang="de")
    expected = build([source], None, settings, store=tmp_path / "one")
    pids: dict[str, int] = client.run(os.getpid)
    killed: list[int] = []

    def kill_a_busy_worker(result: PartitionResult) -> None:
        if killed:
            return
        busy = [address for address, keys in client.processing().items() if keys]
        victim = busy[0] if busy else next(iter(pids))
        os.kill(pids[victim], signal.SIGKILL)  # mid-build: other partitions still to come
        killed.append(pids[victim])

    got = build([source], None, settings, store=tmp_path / "many",
                run=extract_on(client, size=1, on_result=kill_a_busy_worker))
    assert killed
    assert got.store is not None and sorted(got.store.added) == [f"d{i}" for i in
                                                                  range(1, len(TEXTS) + 1)]
    with open_store(tmp_path / "many") as many, open_store(tmp_path / "one") as one:
        assert [d.doc_id for d in many.documents()] == [d.doc_id for d in one.documents()]
        count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
        assert many.query(count).rows == one.query(count).rows
        statements = "SELECT (COUNT(*) AS ?n) WHERE { ?s a kg:Statement }"
        assert many.query(statements).rows == one.query(statements).rows
    assert sorted(triple_lines(got.resolution.triples)) == sorted(
        triple_lines(expected.resolution.triples))
