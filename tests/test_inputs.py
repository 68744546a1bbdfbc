from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

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


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32", "utf-32-be"])
def test_utf16_and_utf32_with_a_bom_are_read(tmp_path: Path, codec: str) -> None:
    path = tmp_path / "wide.txt"
    bom = {"utf-16-be": "\ufeff", "utf-32-be": "\ufeff"}.get(codec, "")
    path.write_bytes((bom + "Größe und Maß.").encode(codec))
    (doc,) = read_documents([str(path)])
    assert doc.text == "Größe und Maß."


def test_broken_utf16_is_named(tmp_path: Path) -> None:
    path = tmp_path / "broken.txt"
    path.write_bytes(b"\xff\xfeH\x00a\x00\x00\xd8")  # ends in a lone surrogate
    with pytest.raises(InputError, match="UTF-16"):
        list(read_documents([str(path)]))


def test_lone_surrogates_become_replacement_characters(tmp_path: Path) -> None:
    path = tmp_path / "s.jsonl"
    path.write_text('{"id": "a\\udc00", "text": "Merkel \\ud800 traf Putin."}\n', encoding="utf-8")
    (doc,) = read_documents([str(path)])
    assert doc.text == "Merkel \ufffd traf Putin." and doc.id == "a\ufffd"
    doc.text.encode("utf-8")


@settings(max_examples=200, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text())
def test_any_jsonl_text_reads_as_utf8_or_fails_cleanly(tmp_path: Path, text: str) -> None:
    path = tmp_path / "f.jsonl"
    path.write_text(json.dumps({"id": text, "text": text}) + "\n", encoding="utf-8")
    try:
        docs = list(read_documents([str(path)]))
    except InputError:
        return
    for doc in docs:
        doc.text.encode("utf-8")
        doc.id.encode("utf-8")


@settings(max_examples=200, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=300))
def test_any_bytes_read_or_fail_cleanly(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "f.txt"
    path.write_bytes(data)
    try:
        (doc,) = read_documents([str(path)])
    except InputError:
        return
    doc.text.encode("utf-8")
