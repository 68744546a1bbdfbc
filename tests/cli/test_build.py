"""End to end: ``kg build`` / ``kg extract`` / ``kg query`` driven through the CLI entry point."""

from __future__ import annotations

import json
import os
import re
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
    typed = sum(not t["predicate"]["id"].startswith("lemma:") for t in triples)
    assert f"{typed / len(triples):.0%} typed by an ontology relation" in out
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
    assert all(t["source"]["doc"] == str(english_file.resolve()) for t in triples)


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


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    import kg

    code, out, _ = run(capsys, "--version")
    assert code == 0 and out.strip() == f"kg {kg.__version__}"


def _batch(tmp_path: Path) -> Path:
    path = tmp_path / "news.jsonl"
    records = [
        {"id": "ok-1", "text": "Russland kritisierte die NATO scharf."},
        {"id": "headline", "text": "Putin 2024!"},  # no function word of either language
        {"id": "empty", "text": "   "},
        {"id": "ok-2", "text": "Die Bundesregierung unterstützt die Ukraine."},
    ]
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n{broken\n", encoding="utf-8")
    return path


def test_batch_goes_on_and_names_what_it_skipped(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out_dir = tmp_path / "out"
    code, out, err = run(capsys, "build", str(_batch(tmp_path)), "-o", str(out_dir))
    assert code == 4, err
    assert "kg: warning: could not tell the language of document 'headline'; read it as 'de'" \
        in err
    skipped = [line for line in err.splitlines() if line.startswith("kg: skipped:")]
    assert len(skipped) == 2
    assert any("'empty'" in line for line in skipped)
    assert any("news.jsonl:5" in line for line in skipped)
    assert "2 of 5 documents skipped" in err and "Traceback" not in err
    assert "documents: 3 (2 skipped)" in out
    assert (out_dir / "graph.ttl").stat().st_size > 0


def test_strict_stops_at_the_first_bad_document(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out_dir = tmp_path / "out"
    code, _, err = run(capsys, "build", str(_batch(tmp_path)), "-o", str(out_dir), "--strict")
    assert code == 2
    assert err.strip().splitlines()[-1].startswith("kg: error:") and "'empty'" in err
    assert not out_dir.exists()


def test_fallback_lang_is_checked(capsys: pytest.CaptureFixture[str], german_file: Path,
                                  tmp_path: Path) -> None:
    code, _, err = run(capsys, "build", str(german_file), "-o", str(tmp_path / "o"),
                       "--fallback-lang", "sw")
    assert code == 2 and "unsupported language 'sw'" in err


def test_same_file_in_two_path_forms_is_one_document(
    capsys: pytest.CaptureFixture[str], german_file: Path, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(german_file.parent)
    store = tmp_path / "store"
    code, out, err = run(capsys, "build", german_file.name, "--store", str(store))
    assert code == 0, err
    assert "store: 1 added" in out
    code, out, err = run(capsys, "build", str(german_file.resolve()), "--store", str(store))
    assert code == 0, err
    assert "store: 0 added, 0 replaced, 1 unchanged" in out
    copy = tmp_path / "copy.txt"
    copy.write_text(german_file.read_text(encoding="utf-8"), encoding="utf-8")
    code, out, err = run(capsys, "build", str(copy), "--store", str(store))
    assert code == 0, err
    assert "store: 1 added" in out
    assert f"has the same text as '{german_file.resolve()}', already in the store" in err


def test_summary_names_what_it_counts(
    capsys: pytest.CaptureFixture[str], german_file: Path, tmp_path: Path
) -> None:
    code, out, err = run(capsys, "build", str(german_file), "-o", str(tmp_path / "o"))
    assert code == 0, err
    assert re.search(r"^mentions: \d+ merged into \d+ actors$", out, re.M)
    assert re.search(r"^triples: \d+ .*RDF quads: \d+ \(in 1 document graphs", out, re.M)
    for name in ("graph.ttl", "graph.trig", "triples.jsonl", "graph.html"):
        mode = (tmp_path / "o" / name).stat().st_mode & 0o777
        umask = os.umask(0)
        os.umask(umask)
        assert mode == 0o666 & ~umask, name


def test_changed_settings_replace_a_stored_document(
    capsys: pytest.CaptureFixture[str], german_file: Path, tmp_path: Path
) -> None:
    store = str(tmp_path / "st")
    base = ["build", str(german_file), "--lang", "de", "--store", store]
    code, out, _ = run(capsys, *base)
    assert code == 0 and "1 added" in out
    code, out, _ = run(capsys, *base)
    assert code == 0 and "1 unchanged" in out
    code, out, _ = run(capsys, *base, "--no-merge")
    assert code == 0 and "1 replaced" in out
    aliases = tmp_path / "al.tsv"
    aliases.write_text('Olaf Scholz\tder "Kanzler" <x>\n', encoding="utf-8")
    code, out, err = run(capsys, *base, "--aliases", str(aliases))
    assert code == 0 and "1 replaced" in out, err
    code, out, _ = run(capsys, "query", store, "SELECT ?a WHERE { ?a ?p ?o } LIMIT 1000",
                       "--format", "csv")
    assert code == 0 and "der_Kanzler_x" in out


def test_store_in_use_is_a_one_line_error(
    capsys: pytest.CaptureFixture[str], german_file: Path, tmp_path: Path
) -> None:
    from kg.rdf.lock import lock_store

    store = tmp_path / "st"
    assert run(capsys, "build", str(german_file), "--lang", "de", "--store", str(store))[0] == 0
    held = lock_store(store, exclusive=False, what="kg serve")
    try:
        code, _, err = run(capsys, "build", str(german_file), "--lang", "de", "--store",
                           str(store), "--no-merge")
        assert code != 0 and err.count("\n") == 1 and "is in use by" in err
        code, _, err = run(capsys, "remove", str(store), str(german_file))
        assert code != 0 and "is in use by" in err
    finally:
        held.release()


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


def test_dask_address_must_be_local_or_a_scheduler(capsys: pytest.CaptureFixture[str],
                                                   german_file: Path, tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    code, _, err = run(capsys, "build", str(german_file), "-o", str(tmp_path / "out"),
                       "--dask", "somewhere")
    assert code != 0
    assert "--dask 'somewhere'" in err and "tcp://" in err
    assert not (tmp_path / "out").exists()
