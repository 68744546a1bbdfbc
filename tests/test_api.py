from __future__ import annotations

from pathlib import Path

import pytest

import kg


def test_all_names_resolve_and_show_in_dir() -> None:
    for name in kg.__all__:
        assert getattr(kg, name) is not None, name
    assert set(kg.__all__) <= set(dir(kg))
    assert {"extract_text", "build_texts", "build", "load_graph"} <= set(kg.__all__)
    with pytest.raises(AttributeError):
        _ = kg.no_such_name  # type: ignore[attr-defined]


def test_extract_text_works_on_a_string(nlp_de: object) -> None:
    triples = kg.extract_text("Angela Merkel traf Emmanuel Macron in Paris.", lang="de")
    assert triples and all(isinstance(t, kg.Triple) for t in triples)
    assert {t.subject.label for t in triples} >= {"Angela Merkel"}
    assert str(triples).splitlines()[0].startswith("Angela Merkel –")
    assert triples[0].provenance.doc_id == "text"


def test_extract_text_refuses_empty_text() -> None:
    with pytest.raises(kg.KGError, match="empty"):
        kg.extract_text("   ", lang="de")


def test_build_texts_skips_and_reports_a_bad_text(nlp_de: object, tmp_path: Path) -> None:
    result = kg.build_texts(["Russland kritisierte die NATO.", " ", "Putin 2024!"],
                            tmp_path / "out")
    assert [d.id for d in result.documents] == ["text1", "text3"]
    assert [(n.doc_id, n.skipped) for n in result.notices] == [("text2", True),
                                                                ("text3", False)]
    assert "could not tell the language" in result.notices[1].message
    assert (tmp_path / "out" / "graph.ttl").is_file()
    assert len(result.resolution.triples) >= 1
