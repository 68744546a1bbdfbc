from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import ConfigError, InputError
from kg.evaluation.records import find_shared, read_records
from kg.evaluation.runner import SETS, parse_models, parse_sets, settings_for
from kg.pipeline import Settings


@pytest.mark.parametrize(("text", "expected"), [
    (None, list(SETS)),
    ("all", list(SETS)),
    ("conll04", ["conll04"]),
    (" Benchie-DE , sample,benchie-de", ["benchie-de", "sample"]),
])
def test_parse_sets(text: str | None, expected: list[str]) -> None:
    assert [s.name for s in parse_sets(text)] == expected


def test_parse_sets_names_the_choices() -> None:
    with pytest.raises(ConfigError, match="benchie-en"):
        parse_sets("sample,bogus")


@pytest.mark.parametrize(("text", "expected"), [
    (None, {}),
    ("de_core_news_lg", {"*": "de_core_news_lg"}),
    ("de=/models/x, en=en_core_web_sm", {"de": "/models/x", "en": "en_core_web_sm"}),
])
def test_parse_models(text: str | None, expected: dict[str, str]) -> None:
    assert parse_models(text) == expected


def test_parse_models_rejects_unknown_language() -> None:
    with pytest.raises(ConfigError):
        parse_models("fr=x")


def test_settings_for_forces_language_and_model() -> None:
    models = {"de": "mine", "*": "other"}
    de = settings_for(SETS["benchie-de"], Settings(), models)
    en = settings_for(SETS["conll04"], Settings(), models)
    assert (de.lang, de.model, en.lang, en.model) == ("de", "mine", "en", "other")
    assert de.batch_size >= 32


def test_find_shared(tmp_path: Path) -> None:
    (tmp_path / "eval").mkdir()
    assert find_shared(tmp_path) == tmp_path
    with pytest.raises(InputError, match="--shared"):
        find_shared(tmp_path / "missing")


def test_read_records_limit_and_errors(tmp_path: Path) -> None:
    path = tmp_path / "dev.jsonl"
    path.write_text(
        '{"id": "a", "lang": "de", "text": "A.", "facts": [[["a", "b", "[c] d"]]]}\n\n'
        '{"id": "b", "lang": "en", "text": "B.", "entities": [{"start": 0, "end": 1, "text": "B",'
        ' "type": "Peop"}], "relations": [{"head": 0, "tail": 0, "type": "Kill"}]}\n'
        '{"id": "c"}\n', encoding="utf-8")
    first = list(read_records(path, limit=2))
    assert [r.id for r in first] == ["a", "b"]
    assert first[0].facts == ((("a", "b", "[c] d"),),)
    assert first[1].relations[0].type == "Kill" and first[1].entities[0].text == "B"
    with pytest.raises(InputError, match="record 3"):
        list(read_records(path))


def test_benchie_sets_run_the_open_ie_extractor() -> None:
    from kg.pipeline import DEFAULT_EXTRACTOR

    de = settings_for(SETS["benchie-de"], Settings(), {})
    assert de.extractor == "kg.openie_extractor.v1"
    assert dict(de.extractor_options) == {"appositions": False}
    assert settings_for(SETS["conll04"], Settings(), {}).extractor == DEFAULT_EXTRACTOR
    chosen = Settings(extractor="my.extractor.v1")
    assert settings_for(SETS["benchie-en"], chosen, {}).extractor == "my.extractor.v1"


def test_raw_triple_keeps_mention_texts_and_relation_label() -> None:
    from kg.evaluation.runner import raw_triple
    from kg.types import ActorType, Mention, Predicate, Provenance, RawTriple

    text = "Er diente als Premierminister."
    s = Mention("d", 0, 2, "Er", ActorType.PERSON, source="pronoun")
    o = Mention("d", 14, 29, "Premierminister", ActorType.CONCEPT, source="np")
    prov = Provenance("d", text, 0, len(text), "kg.openie_extractor.v1", "0", 0.6, trigger=(3, 9))
    t = raw_triple(RawTriple(s, Predicate("lemma:de:dienen_als", "diente als", "dienen als"), o,
                             prov, negated=True), text)
    assert (t.subject, t.relation, t.object, t.predicate_label, t.negated) == (
        "Er", "diente", "Premierminister", "diente als", True)


def test_chosen_extractor_is_scored_beside_each_sets_own() -> None:
    from kg.evaluation.runner import extractors_for
    from kg.pipeline import DEFAULT_EXTRACTOR

    openie = "kg.openie_extractor.v1"
    assert extractors_for(SETS["conll04"], None) == (DEFAULT_EXTRACTOR,)
    assert extractors_for(SETS["benchie-de"], None) == (openie,)
    assert extractors_for(SETS["conll04"], openie) == (openie, DEFAULT_EXTRACTOR)
    assert extractors_for(SETS["benchie-en"], openie) == (openie,)
    assert extractors_for(SETS["benchie-en"], DEFAULT_EXTRACTOR) == (DEFAULT_EXTRACTOR, openie)
    conll = settings_for(SETS["conll04"], Settings(), {}, openie)
    assert (conll.extractor, conll.extractor_options) == (openie, ())
    bench = settings_for(SETS["benchie-de"], Settings(), {}, DEFAULT_EXTRACTOR)
    assert (bench.extractor, bench.extractor_options) == (DEFAULT_EXTRACTOR, ())


def test_evaluate_names_the_other_extractors_row(tmp_path: Path) -> None:
    from kg.evaluation.runner import evaluate

    (tmp_path / "eval" / "dev").mkdir(parents=True)  # no files: each row carries its error
    rows = list(evaluate([SETS["conll04"]], tmp_path, Settings(),
                         extractor="kg.openie_extractor.v1"))
    assert [(r.name, r.extractor, r.n) for r in rows] == [
        ("conll04 [kg.openie_extractor.v1]", "kg.openie_extractor.v1", 0),
        ("conll04", "kg.dependency_extractor.v1", 0)]
