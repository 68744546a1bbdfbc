"""The triple export: actors are nodes, Concept ends are values of their statement."""

from __future__ import annotations

import json

import pytest

from kg.jsonl import triple_lines, triple_record
from kg.types import ActorType, Entity, Mention, Predicate, Provenance, Triple


def _triple(obj_type: ActorType, obj_text: str) -> Triple:
    subject = Entity("Q1", "Jarosław Kaczyński", ActorType.PERSON, aliases=("Kaczyński",))
    obj = Entity(obj_text.replace(" ", "_"), obj_text, obj_type)
    prov = Provenance("d", "s", 0, 40, "kg.dependency_extractor.v1", "0", 0.8, rule="svo")
    return Triple(subject, Predicate("rejects", "rejects", "zurückweisen"), obj,
                  Mention("d", 0, 10, "Kaczyński", ActorType.PERSON),
                  Mention("d", 20, 20 + len(obj_text), obj_text, obj_type), prov)


@pytest.mark.parametrize(("kind", "text", "node"), [
    (ActorType.CONCEPT, "Kritik", False),  # a generic noun: a value, no identity
    (ActorType.CONCEPT, "Prüfverfahren gegen Polen", False),
    (ActorType.ORGANIZATION, "Europäische Kommission", True),
    (ActorType.GROUP, "kurdische Minderheit", True),
    (ActorType.EVENT, "Neuwahlen", True),
])
def test_only_actors_are_nodes(kind: ActorType, text: str, node: bool) -> None:
    record = triple_record(_triple(kind, text))
    obj = record["object"]
    assert obj["type"] == kind.value and obj["mention"]["text"] == text
    assert ("id" in obj and "label" in obj) is node
    if not node:
        assert obj["text"] == text and "aliases" not in obj
    assert record["subject"]["id"] == "Q1"  # the actor end stays a node


def test_lines_are_json() -> None:
    (line,) = triple_lines([_triple(ActorType.CONCEPT, "Kritik")])
    assert json.loads(line)["object"] == {
        "type": "Concept", "text": "Kritik", "mention": {"text": "Kritik", "start": 20, "end": 26}}
