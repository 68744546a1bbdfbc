"""The record-header walk that finds a RocksDB log or MANIFEST cut off at the end."""

from __future__ import annotations

from pathlib import Path

from kg.rdf.wal import BLOCK, HEADER, log_damage, store_damage


def record(kind: int, payload: bytes) -> bytes:
    return b"\x00\x00\x00\x00" + len(payload).to_bytes(2, "little") + bytes([kind]) + payload


def test_whole_records_pass(tmp_path: Path) -> None:
    log = tmp_path / "000004.log"
    first = record(1, b"x" * (BLOCK - HEADER - 3))  # leaves 3 bytes: a block trailer
    log.write_bytes(first + b"\0\0\0" + record(1, b"y" * 10))
    assert log_damage(log) is None


def test_a_cut_record_and_an_unfinished_transaction_are_found(tmp_path: Path) -> None:
    log = tmp_path / "000004.log"
    whole = record(1, b"a" * 100)
    log.write_bytes(whole + record(1, b"b" * 100)[:50])
    damage = log_damage(log)
    assert damage is not None and damage.startswith("000004.log ends inside a record")
    assert f"byte {len(whole)}" in damage
    log.write_bytes(record(2, b"c" * (BLOCK - HEADER)))  # FIRST fragment, no LAST
    assert log_damage(log) == "000004.log ends inside a transaction written in fragments"
    log.write_bytes(record(2, b"c" * (BLOCK - HEADER)) + record(4, b"d"))  # … and its LAST
    assert log_damage(log) is None


def test_the_current_manifest_is_checked(tmp_path: Path) -> None:
    (tmp_path / "CURRENT").write_text("MANIFEST-000005\n")
    (tmp_path / "MANIFEST-000005").write_bytes(record(1, b"m" * 40)[:20])
    (tmp_path / "000004.log").write_bytes(record(1, b"ok"))
    damage = store_damage(tmp_path)
    assert damage is not None and damage.startswith("MANIFEST-000005 ends inside a record")
