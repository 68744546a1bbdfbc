"""Events through resolution: a generic event word is a Concept, a named or placed one a node."""

import pytest

from kg.pipeline.api import extract_text
from kg.resolve.canonical import choose_type
from kg.types import ActorType


@pytest.mark.parametrize(("lang", "text", "event"), [
    # one common word: generic, the statement's value and no node
    ("de", "Erdoğan kündigte Neuwahlen an.", "Neuwahlen"),
    ("en", "Erdoğan announced new elections.", "elections"),
])
def test_a_generic_event_is_no_node(lang: str, text: str, event: str) -> None:
    triples = extract_text(text, lang=lang)
    ends = [t.object for t in triples if event in t.object_mention.text]
    assert ends and all(e.type is ActorType.CONCEPT for e in ends), [
        (t.object_mention.text, t.object.type) for t in triples]


@pytest.mark.parametrize(("names", "kind"), [
    (["Neuwahlen"], ActorType.CONCEPT),
    (["Verhandlungen", "Verhandlungen"], ActorType.CONCEPT),
    (["Prager Frühling"], ActorType.EVENT),
    (["Anschlag in Dogubayazit", "Anschlag"], ActorType.EVENT),
    (["vorgezogene Neuwahlen"], ActorType.CONCEPT),
    (["new elections"], ActorType.CONCEPT),
    (["G20-Gipfel"], ActorType.EVENT),
    (["Iraq war"], ActorType.EVENT),
    # a head that also names a standing body keeps its node (body_events.txt)
    (["Universitätenkonferenz"], ActorType.EVENT),
    (["conference"], ActorType.EVENT),
])
def test_event_type_by_its_names(names: list[str], kind: ActorType) -> None:
    assert choose_type("not_in_the_gazetteer_x", [ActorType.EVENT] * len(names), names) is kind
