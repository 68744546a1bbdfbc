from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.inputs import InputOptions, read_documents
from kg.types import Notice

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
    assert [d.id for d in docs] == ["a.txt", "x1", "x2"]
    assert docs[1].text == "Eins."


def test_bom_is_stripped(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffHallo Welt.".encode())
    (doc,) = read_documents([str(path)])
    assert doc.text == "Hallo Welt."


def test_ids_do_not_depend_on_the_path_form(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "sub" / "a.txt").write_text("Erster Text.", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    by_folder = [d.id for d in read_documents(["corpus"])]
    assert by_folder == [d.id for d in read_documents([str(corpus) + "/"])] == ["sub/a.txt"]
    single = [d.id for d in read_documents(["corpus/sub/a.txt"])]
    assert single == [d.id for d in read_documents([str(corpus / "sub" / ".." / "sub" / "a.txt")])]
    assert single == [str((corpus / "sub" / "a.txt").resolve())]


def test_same_file_twice_is_read_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_text("Erster Text.", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    notices: list[Notice] = []
    docs = list(read_documents(["a.txt", str(tmp_path / "a.txt")], notify=notices.append))
    assert len(docs) == 1
    assert len(notices) == 1 and "more than once" in notices[0].message
    assert not notices[0].skipped


def test_same_text_under_another_id_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "d.jsonl"
    path.write_text('{"id": "a", "text": "Gleich."}\n{"id": "b", "text": "Gleich."}\n',
                    encoding="utf-8")
    notices: list[Notice] = []
    assert [d.id for d in read_documents([str(path)], notify=notices.append)] == ["a", "b"]
    assert [(n.doc_id, n.skipped) for n in notices] == [("b", False)]
    assert "same text as document 'a'" in notices[0].message


def test_lenient_reading_skips_bad_documents_and_names_them(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("Guter Text.", encoding="utf-8")
    (tmp_path / "latin1.txt").write_bytes("Größe".encode("latin-1"))
    (tmp_path / "d.jsonl").write_bytes(
        b'{"id": "ok", "text": "Ja."}\n{broken\n{"id": "empty", "text": " "}\n'
        b'{"id": "ok", "text": "Nochmal."}\n{"id": "last", "text": "Ende."}\n')
    notices: list[Notice] = []
    docs = list(read_documents([str(tmp_path)], InputOptions(strict=False), notices.append))
    assert [d.id for d in docs] == ["ok", "last", "good.txt"]
    skipped = {n.doc_id: n.message for n in notices if n.skipped}
    assert set(skipped) == {"d.jsonl:2", "empty", "ok", "latin1.txt"}
    assert "not UTF-8" in skipped["latin1.txt"] and "duplicate" in skipped["ok"]
    assert all(isinstance(n.error, InputError) for n in notices)
