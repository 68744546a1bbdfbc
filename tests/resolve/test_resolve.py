import json
from pathlib import Path

import pytest

from kg.errors import ConfigError, InputError
from kg.rdf.iris import entity_iri
from kg.rdf.vocab import ENTITY
from kg.resolve import resolve
from kg.resolve.export import mention_lines, mention_records
from kg.types import ActorType as A
from kg.types import Document

from .helpers import mention, pronoun, raw

TEXT = ("Präsident Wladimir Putin traf den Kreml-Berater. Der Kreml hofft auf Kasachstan. "
        "Sollte er scheitern, verliert Putins Russland. Russland bleibt Russland.")


def _items():
    doc = Document("d", TEXT, "de")
    putin = mention(TEXT, "Wladimir Putin", A.PERSON)
    kreml = mention(TEXT, "Kreml", A.ORGANIZATION, nth=1, key="Kremlin", source="gazetteer")
    kaz = mention(TEXT, "Kasachstan", A.COUNTRY, key="Q232", source="gazetteer")
    putins = mention(TEXT, "Putins", A.PERSON, lemma="Putin")
    rus = [mention(TEXT, "Russland", A.COUNTRY, nth=i, key="Q159", source="gazetteer")
           for i in range(3)]
    er = pronoun(TEXT, "er")
    triples = [raw(kreml, kaz, "hoffen"), raw(er, rus[0], "verlieren"),
               raw(putins, rus[0], "haben"), raw(rus[1], rus[2], "bleiben")]
    return [(doc, [putin, kreml, kaz, putins, *rus], triples)]


def test_resolve_entities_triples_and_merges() -> None:
    res = resolve(_items())
    ents = {e.id: e for e in res.entities}
    assert {"Wladimir_Putin", "Kremlin", "Q232", "Q159"} <= set(ents)
    assert ents["Q159"].label == "Russia" and ents["Q159"].wikidata == "Q159"
    assert str(entity_iri(ents["Q159"])) == str(ENTITY["Q159"])
    assert ents["Kremlin"].related == (("metonymOf", "Q159"),)
    assert "Putins" in ents["Wladimir_Putin"].aliases
    pairs = {(t.subject.id, t.object.id) for t in res.triples}
    # the pronoun resolves to the Kremlin; Russland → Russland is dropped as a self-loop
    assert pairs == {("Kremlin", "Q232"), ("Kremlin", "Q159"), ("Wladimir_Putin", "Q159")}
    rules = {(m.mention.text, m.rule) for m in res.merges}
    assert ("er", "pronoun") in rules and ("Putins", "partial-name") in rules
    assert len(res.mentions) == len(res.merges)


def test_unresolved_pronoun_drops_its_triple() -> None:
    text = "Die Ukraine protestiert. Er schweigt gegenüber Russland."
    doc = Document("d", text, "de")
    ukr = mention(text, "Ukraine", A.COUNTRY, key="Q212", source="gazetteer")
    rus = mention(text, "Russland", A.COUNTRY, key="Q159", source="gazetteer")
    res = resolve([(doc, [ukr, rus], [raw(pronoun(text, "Er"), rus, "schweigen")])])
    assert res.triples == ()


def test_ids_are_stable_across_builds() -> None:
    first = [e.id for e in resolve(_items()).entities]
    assert first == [e.id for e in resolve(_items()).entities]


def test_cross_document_join_by_exact_key() -> None:
    items = []
    for doc_id in ("a", "b"):
        text = "Präsident Emmanuel Macron reist nach Russland."
        m1 = mention(text, "Emmanuel Macron", A.PERSON, doc=doc_id)
        m2 = mention(text, "Russland", A.COUNTRY, doc=doc_id, key="Q159")
        items.append((Document(doc_id, text), [m1, m2], [raw(m1, m2, "reisen")]))
    res = resolve(items)
    assert len({t.subject.id for t in res.triples}) == 1
    assert len(res.entities) == 2


@pytest.mark.parametrize("suffix", [".tsv", ".json"])
def test_alias_file_overrides(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"aliases{suffix}"
    if suffix == ".tsv":
        path.write_text("alias\tid\tlabel\nWladimir Putin\tQ7747\tVladimir Putin\n", "utf-8")
    else:
        path.write_text(json.dumps({"Wladimir Putin": {"id": "Q7747", "label": "Vladimir Putin"}}),
                        "utf-8")
    res = resolve(_items(), aliases=path)
    ents = {e.id: e for e in res.entities}
    assert ents["Q7747"].label == "Vladimir Putin"
    assert any(m.rule == "alias-file" for m in res.merges)


@pytest.mark.parametrize(
    ("content", "error", "match"),
    [("just one column\n", ConfigError, "expected 'alias<TAB>id"),
     ('{"Putin": 3}', ConfigError, "expected an id string"),
     ("{not json", ConfigError, "not valid JSON")],
)
def test_bad_alias_files(tmp_path: Path, content: str, error: type, match: str) -> None:
    path = tmp_path / "aliases.txt"
    path.write_text(content, "utf-8")
    with pytest.raises(error, match=match):
        resolve(_items(), aliases=path)


def test_missing_alias_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="does not exist"):
        resolve(_items(), aliases=tmp_path / "nope.tsv")


def test_merge_off_keeps_surface_forms_apart() -> None:
    res = resolve(_items(), merge=False)
    ids = {e.id for e in res.entities}
    assert "Putins" in ids and "Wladimir_Putin" in ids
    assert all(m.rule in {"exact", "alias-file"} for m in res.merges)


def test_mention_export_records() -> None:
    res = resolve(_items())
    records = list(mention_records(res))
    first = records[0]
    assert set(first) == {"doc", "start", "end", "text", "type", "entity"}
    assert first["entity"] == {"id": "Wladimir_Putin", "label": "Wladimir Putin"}
    lines = list(mention_lines((m, e) for m, e in zip(
        [m for m, _ in res.mentions][:1], res.entities[:1], strict=True)))
    assert lines[0].endswith("\n") and json.loads(lines[0])["doc"] == "d"


def _two_docs(first: str, second: str, full: list[str], bare: str):
    d1, d2 = Document("d1", first, "de"), Document("d2", second, "de")
    fulls = [mention(first, name, A.PERSON, doc="d1") for name in full]
    putin = mention(second, bare, A.PERSON, doc="d2")
    minsk = mention(second, "Minsk", A.LOCATION, doc="d2")
    er = pronoun(second, "Er", doc="d2")
    return [(d1, fulls, []), (d2, [putin, minsk], [raw(putin, minsk, "besuchen"),
                                                   raw(er, minsk, "verlassen")])]


def test_bare_surname_joins_the_full_name_of_another_document() -> None:
    res = resolve(_two_docs("Wladimir Putin regiert.", "Putin besucht Minsk. Er verlässt Minsk.",
                            ["Wladimir Putin"], "Putin"))
    assert {e.id for e in res.entities} == {"Wladimir_Putin", "Minsk"}
    assert {(t.subject.id, t.object.id) for t in res.triples} == {("Wladimir_Putin", "Minsk")}
    assert len(res.triples) == 2  # the pronoun's triple follows the joined name
    merge = next(m for m in res.merges if m.mention.text == "Putin")
    assert merge.rule == "partial-name-corpus" and "another document" in merge.evidence


@pytest.mark.parametrize(("full", "bare"), [
    (["Joe Biden", "Hunter Biden"], "Biden"),  # two people share the surname: stays apart
    (["Wladimir Putin"], "Lukaschenko"),        # no full name ends with it
])
def test_bare_surname_stays_apart_when_unsure(full: list[str], bare: str) -> None:
    first = " und ".join(full) + " reden."
    res = resolve(_two_docs(first, f"{bare} besucht Minsk. Er verlässt Minsk.", full, bare))
    assert bare in {e.id for e in res.entities}


def test_no_merge_keeps_the_bare_surname_apart() -> None:
    res = resolve(_two_docs("Wladimir Putin regiert.", "Putin besucht Minsk. Er verlässt Minsk.",
                            ["Wladimir Putin"], "Putin"), merge=False)
    assert "Putin" in {e.id for e in res.entities}
