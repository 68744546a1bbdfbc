import pytest

from kg.errors import ConfigError
from kg.extract.relations import (
    RelationMatch,
    RelationTable,
    load_table,
    predicate,
    read_table,
)


@pytest.mark.parametrize(("lang", "lemma", "noun", "prep", "pid", "inverse"), [
    ("de", "bestehen", None, "aus", "memberOf", True),
    ("de", "beitreten", None, None, "memberOf", False),
    ("de", "bitten", "Hilfe", "um", "requestsHelpFrom", False),
    ("de", "verstecken", None, "hinter", "hidesBehind", False),
    ("en", "join", None, None, "memberOf", False),
    ("en", "consist", None, "of", "memberOf", True),
    ("de", "essen", None, None, "lemma:de:essen", False),
    ("de", "warten", None, "auf", "lemma:de:warten_auf", False),
    ("de", "ankündigen", None, None, "announces", False),
    ("de", "bestätigen", None, None, "confirms", False),
    ("en", "announce", None, None, "announces", False),
    ("en", "confirm", None, None, "confirms", False),
    ("en", "announce", None, "to", "statesTo", False),
    ("de", "werben", None, "bei", "appealsTo", False),
    ("de", "gebären", None, "in", "bornIn", False),
    ("de", "ziehen", None, "nach", "lemma:de:ziehen_nach", False),  # "zog … nach sich"
])
def test_predicate_lookup(lang, lemma, noun, prep, pid, inverse):
    pred, inv = predicate(lang, lemma, noun=noun, prep=prep)
    assert pred.id == pid and inv == inverse and pred.lemma.split()[0] == lemma


@pytest.mark.parametrize(("noun", "pid"), [
    ("Intervention", "intervenesIn"), ("Militärintervention", "intervenesIn"),
    ("Gespräch", "talksWith"), ("Haus", None),
])
def test_event_nouns_match_compound_heads(noun, pid):
    hit = load_table().event("de", noun)
    assert (hit.relation.id if hit else None) == pid


def test_table_rows_are_well_formed():
    table = load_table()
    assert {"memberOf", "founderOf", "headOf", "talksWith"} <= set(table.relations)
    assert table.relations["talksWith"].symmetric
    assert table.relations["memberOf"].wikidata == "P463"


def test_malformed_table_is_a_config_error(tmp_path):
    bad = tmp_path / "r.tsv"
    bad.write_text("id\tlabel_en\nfoo\tbar\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="lacks columns"):
        read_table(bad)
    with pytest.raises(ConfigError, match="cannot read"):
        read_table(tmp_path / "missing.tsv")


def _quad_class(cameo: str) -> str:
    """QuadClass of a CAMEO code by its two-digit root (01–05, 06–08, 09–13, 14–20)."""
    root = int(cameo[:2])
    if root <= 5:
        return "verbal-cooperation"
    if root <= 8:
        return "material-cooperation"
    return "verbal-conflict" if root <= 13 else "material-conflict"


def test_quad_class_follows_the_cameo_root() -> None:
    rows = [r for r in load_table().relations.values() if r.cameo]
    assert rows
    for rel in rows:
        assert rel.quad_class == _quad_class(rel.cameo), rel.id
    assert _quad_class("14") == "material-conflict" and _quad_class("09") == "verbal-conflict"



def test_compound_heads_are_the_longest_listed_noun_with_three_letters_before() -> None:
    rel = next(iter(load_table().relations.values()))
    forms = ("minister", "außenminister", "chef", "amt")
    table = RelationTable([rel], {("role", "de", f): RelationMatch(rel, False, f) for f in forms})

    def head(noun: str) -> str | None:
        hit = table.role("de", noun)
        return hit.form if hit else None

    assert head("Bundesaußenminister") == "außenminister"  # the longest head it ends with
    assert head("Vizaußenminister") == "außenminister"  # three letters before it suffice
    assert head("Vizeminister") == "minister"
    assert head("Kaußenminister") == "minister"  # one letter before the longer head: too few
    assert head("Abtchef") == "chef" and head("Abchef") is None  # two letters before: no compound
    assert head("Zollamt") is None  # heads have at least four letters
    assert head("Minister") == "minister"  # the noun itself
