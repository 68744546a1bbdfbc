from __future__ import annotations

import re

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal

from kg.rdf.build import bind_prefixes
from kg.rdf.iris import entity_iri, iri_segment, local_name, predicate_iri, relation_label
from kg.rdf.vocab import ENTITY, KG, LEMMA
from kg.types import ActorType, Entity, Predicate

NAMES = [
    "übernehmen", "äußern", "Österreich", "zur Kenntnis nehmen", "Путин", "習近平", "'s",
    "(un)sinnig", "100%", "-ab", "a/b?c#d", "Citroën", "\u0065\u0301", "Ñandú", "x.", "_y",
    "O'Brien \"Zitat\"", "arabic عربي", "½",
]
_IRI_SEGMENT = re.compile(r"^(?:[^\s%/?#<>\"{}|\\^`\[\]]|%[0-9A-F]{2})+$")


@pytest.mark.parametrize("name", NAMES)
def test_segment_is_one_valid_iri_segment(name: str) -> None:
    seg = iri_segment(name)
    assert _IRI_SEGMENT.match(seg), seg
    assert seg[0].isalnum() or seg[0] == "_"


def test_segment_keeps_letters_of_every_script_and_normalises() -> None:
    assert iri_segment("Путин") == "Путин"
    assert iri_segment("u\u0308bernehmen") == iri_segment("übernehmen") == "übernehmen"
    assert iri_segment(" zur\nKenntnis\xa0 nehmen ") == "zur_Kenntnis_nehmen"


def test_entity_iri_is_minted_from_the_id() -> None:
    e = Entity(id="Österreich Ö", label="x", type=ActorType.COUNTRY)
    assert entity_iri(e) == entity_iri("Österreich Ö") == ENTITY["Österreich_Ö"]


def test_predicate_normalises_label_lemma_and_id() -> None:
    p = Predicate(id="lemma:de:\n\xa0 u\u0308bernehmen  zu", label="\nübernehmen", lemma=" x\ty ")
    assert p.id == "lemma:de:übernehmen_zu"
    assert p.label == "übernehmen"
    assert p.lemma == "x y"


@pytest.mark.parametrize("fmt", ["turtle", "trig"])
def test_written_prefixes_are_read_by_oxigraph(fmt: str) -> None:
    g = Graph()
    bind_prefixes(g)
    for i, name in enumerate(NAMES):
        g.add((entity_iri(name), predicate_iri(f"lemma:de:{name}"), Literal(i)))
    text = g.serialize(format=fmt)
    assert "%>" not in text  # no prefix ending in a lone '%'
    parsed = list(ox.parse(text.encode("utf-8"), format=ox.RdfFormat.from_extension(
        "ttl" if fmt == "turtle" else "trig")))
    assert len(parsed) == len(NAMES)
    assert {str(q.predicate.value) for q in parsed} == {
        str(predicate_iri(f"lemma:de:{n}")) for n in NAMES}


def test_entity_id_of_inverts_entity_iri() -> None:
    from rdflib import URIRef

    from kg.rdf.iris import entity_id_of, entity_iri

    for eid in ("Q7747", "Владимир_Путин", "1._FC_Köln", "a/b%", "_x"):
        assert entity_id_of(entity_iri(eid)) == eid
    assert entity_id_of(entity_iri("Владимир Путин")) == "Владимир_Путин"  # the same IRI
    assert entity_id_of(URIRef("https://example.org/not-kg")) is None


def test_local_name_is_the_last_segment_decoded() -> None:
    assert local_name(LEMMA["de/landen"]) == "landen"
    assert local_name(KG.memberOf) == "memberOf"
    assert local_name(entity_iri("(un)sinnig")) == "_(un)sinnig"
    assert local_name(entity_iri("Путин")) == "Путин"
    assert local_name("https://example.org/a#b/c") == "c"  # the last of # and /
    assert local_name("https://example.org/x/") == "x"
    assert local_name("urn-without-segments") == "urn-without-segments"


def test_relation_label_prefers_the_label_then_splits_the_name() -> None:
    assert relation_label(KG.intervenesIn) == "intervenes in"
    assert relation_label(str(KG.memberOf), {str(KG.memberOf): "Mitglied von"}) == "Mitglied von"
    assert relation_label(predicate_iri("lemma:de:anfordern während")) == "anfordern während"
    assert relation_label(LEMMA["de/leiten_zu"]) == "leiten zu"
