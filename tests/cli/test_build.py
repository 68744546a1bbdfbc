"""End to end: ``kg build`` / ``kg extract`` / ``kg query`` driven through the CLI entry point."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from kg.cli.main import main
from kg.nlp.loading import installed_models


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_build_german(
    capsys: pytest.CaptureFixture[str], german_file: Path, tmp_path: Path
) -> None:
    out_dir = tmp_path / "out"
    code, out, err = run(capsys, "build", str(german_file), "-o", str(out_dir))
    assert code == 0, err
    for name in ("graph.ttl", "triples.jsonl", "graph.html"):
        assert (out_dir / name).stat().st_size > 0, name
    triples = [json.loads(line) for line in (out_dir / "triples.jsonl").read_text().splitlines()]
    assert triples, "no triple extracted"
    for t in triples:
        assert {
            "subject",
            "predicate",
            "object",
            "negated",
            "modality",
            "confidence",
            "source",
        } <= set(t)
        text = german_file.read_text(encoding="utf-8")
        src = t["source"]
        assert text[src["start"] : src["end"]] == src["sentence"]
        for side in ("subject", "object"):
            m = t[side]["mention"]
            assert text[m["start"] : m["end"]] == m["text"]
    negated = [t for t in triples if t["negated"]]
    assert any(
        "Russ" in t["subject"]["label"]
        and ("Kirgis" in t["object"]["mention"]["text"] or "Kyrgyz" in t["object"]["label"])
        for t in negated
    ), triples
    assert "triples:" in out and "wrote" in out
    html = (out_dir / "graph.html").read_text(encoding="utf-8")
    assert "cdn.jsdelivr" not in html and '<script src="http' not in html

    code, out, err = run(
        capsys,
        "query",
        str(out_dir / "graph.ttl"),
        "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
        "--format",
        "csv",
    )
    assert code == 0, err
    assert int(out.strip().splitlines()[-1]) > 0


def test_extract_english(capsys: pytest.CaptureFixture[str], english_file: Path) -> None:
    if not installed_models("en"):
        pytest.skip("no English spaCy pipeline installed (pip install 'kg[en]')")
    code, out, err = run(capsys, "extract", str(english_file), "--lang", "auto")
    assert code == 0, err
    triples = [json.loads(line) for line in out.splitlines()]
    assert any(t["negated"] for t in triples), triples
    assert all(t["source"]["doc"] == str(english_file) for t in triples)


def test_extract_jsonl_ids(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "docs.jsonl"
    path.write_text(
        json.dumps({"id": "doc-7", "text": "Russland griff in Kasachstan ein."}) + "\n",
        encoding="utf-8",
    )
    code, out, err = run(capsys, "extract", str(path), "--lang", "de")
    assert code == 0, err
    assert all(json.loads(line)["source"]["doc"] == "doc-7" for line in out.splitlines())


BAD = [
    ("empty.txt", b"", "empty"),
    ("binary.txt", b"\x00\x01\x02\x03binary", "binary"),
    (
        "latin1.txt",
        "Über die Lage in Kasachstan berichtete man spät.".encode("latin-1"),
        "not UTF-8",
    ),
]


@pytest.mark.parametrize(("name", "data", "message"), BAD)
def test_bad_input_leaves_output_untouched(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str, data: bytes, message: str
) -> None:
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    (out_dir / "graph.ttl").write_text("# earlier output\n")
    bad = tmp_path / name
    bad.write_bytes(data)
    code, _, err = run(capsys, "build", str(bad), "-o", str(out_dir))
    assert code != 0
    assert message in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert sorted(os.listdir(out_dir)) == ["graph.ttl"]
    assert (out_dir / "graph.ttl").read_text() == "# earlier output\n"


def test_missing_path_and_unknown_model(
    capsys: pytest.CaptureFixture[str], german_file: Path, tmp_path: Path
) -> None:
    code, _, err = run(capsys, "build", str(tmp_path / "nope.txt"), "-o", str(tmp_path / "o"))
    assert code != 0 and "no such file" in err
    code, _, err = run(
        capsys, "build", str(german_file), "-o", str(tmp_path / "o"), "--model", "de_no_such_model"
    )
    assert code != 0 and "unknown model 'de_no_such_model'" in err
    assert not (tmp_path / "o").exists() or not any((tmp_path / "o").iterdir())


def test_extractor_option(capsys: pytest.CaptureFixture[str], english_file: Path,
                          tmp_path: Path) -> None:
    code, _, err = run(capsys, "extract", str(english_file), "--extractor", "nope")
    assert code == 2 and "registered: kg.dependency_extractor.v1" in err
    code, _, err = run(capsys, "build", str(english_file), "-o", str(tmp_path / "o"),
                       "--extractor", "nope")
    assert code == 2 and "kg.openie_extractor.v1" in err
    code, out, err = run(capsys, "extract", str(english_file), "--lang", "en",
                         "--extractor", "kg.openie_extractor.v1")
    assert code == 0, err
    rows = [json.loads(line) for line in out.splitlines()]
    assert rows and {r["source"]["extractor"] for r in rows} == {"kg.openie_extractor.v1"}
