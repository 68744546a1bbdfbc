from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.inputs import InputOptions, read_documents

BAD_FILES = [
    # (file name, bytes, part of the expected message)
    ("empty.txt", b"", "is empty"),
    ("blank.txt", b"  \n\n\t ", "is empty"),
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    ("latin1.txt", "Größe und Maß".encode("latin-1"), "not UTF-8"),
    ("controls.txt", bytes(range(1, 32)) * 20, "binary"),
    ("bad.jsonl", b'{"id": "a", "text": "ok"}\n{not json}\n', "bad.jsonl:2"),
    ("notext.jsonl", b'{"id": "a", "body": "x"}\n', '"text" string'),
    ("dup.jsonl", b'{"id": "a", "text": "x"}\n{"id": "a", "text": "y"}\n', "duplicate"),
]


@pytest.mark.parametrize(("name", "data", "message"), BAD_FILES)
def test_bad_input_names_the_problem(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputError, match=message):
        list(read_documents([str(path)]))


def test_missing_path() -> None:
    with pytest.raises(InputError, match="no such file"):
        list(read_documents(["/nonexistent/file.txt"]))


def test_too_large(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("Wort " * 1000, encoding="utf-8")
    with pytest.raises(InputError, match="over the limit"):
        list(read_documents([str(path)], InputOptions(max_bytes=100)))


def test_text_jsonl_and_folder(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Erster Text.", encoding="utf-8")
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "b.jsonl").write_text(
        "\n".join(json.dumps({"id": i, "text": t}) for i, t in [("x1", "Eins."), ("x2", "Zwei.")]),
        encoding="utf-8",
    )
    (sub / "ignored.bin").write_bytes(b"\x00\x01")
    docs = list(read_documents([str(tmp_path)]))
    assert [d.id for d in docs] == [str(tmp_path / "a.txt"), "x1", "x2"]
    assert docs[1].text == "Eins."


def test_bom_is_stripped(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffHallo Welt.".encode())
    (doc,) = read_documents([str(path)])
    assert doc.text == "Hallo Welt."
