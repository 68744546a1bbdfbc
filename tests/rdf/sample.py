"""A small hand-built Resolution shared by the RDF tests (no NLP involved)."""

from __future__ import annotations

from kg.types import (
    ActorType,
    Document,
    Entity,
    Mention,
    Merge,
    Modality,
    Predicate,
    Provenance,
    Resolution,
    Triple,
)

E = "https://w3id.org/kgnews/entity/"

TEXT1 = ("Russland intervenierte 2014 in Kasachstan. Kasachstan ist Mitglied der OVKS. "
         "Der Kreml unterstützt Lukaschenko nicht.")
TEXT2 = "Belarus ist Mitglied der OVKS. Putin würde Belarus angreifen."

RUSSIA = Entity("Q159", "Russland", ActorType.COUNTRY, ("Russlands",), "Q159")
KAZ = Entity("Q232", "Kasachstan", ActorType.COUNTRY, (), "Q232")
CSTO = Entity("Q1141", "CSTO", ActorType.ORGANIZATION, ("OVKS", "ODKB"), "Q1141")
KREMLIN = Entity("Kreml", "Kreml", ActorType.ORGANIZATION,
                 related=(("metonymOf", "Q159"),))
LUKA = Entity("Q5568", "Alexander Lukaschenko", ActorType.PERSON, ("Lukaschenko",),
              "Q5568")
BELARUS = Entity("Q184", "Belarus", ActorType.COUNTRY, (), "Q184")
PUTIN = Entity("Q7747", "Wladimir Putin", ActorType.PERSON, ("Putin",), "Q7747")
UNMENTIONED = Entity("Q1", "Universum", ActorType.CONCEPT)

MEMBER = Predicate("memberOf", "Mitglied von", "Mitglied")
INTERVENES = Predicate("intervenesIn", "interveniert in", "intervenieren")
SUPPORTS = Predicate("lemma:de:unterstützen", "unterstützen", "unterstützen")
ATTACKS = Predicate("lemma:de:angreifen", "angreifen", "angreifen")


def m(doc: str, text: str, word: str, etype: ActorType, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return Mention(doc, start, start + len(word), word, etype)


def prov(doc: str, text: str, sentence_no: int, rule: str = "svo", conf: float = 0.8) -> Provenance:
    sentences = [s + "." for s in text.split(".") if s.strip()]
    sentence = sentences[sentence_no].strip()
    start = text.index(sentence)
    return Provenance(doc, sentence, start, start + len(sentence), "kg.test_extractor.v1", "0.1",
                      conf, rule, None)


def documents() -> list[Document]:
    return [Document("a1", TEXT1, "de", "a1.txt"), Document("a2", TEXT2, "de")]


def resolution() -> Resolution:
    c = ActorType.COUNTRY
    o = ActorType.ORGANIZATION
    ru, kz1 = m("a1", TEXT1, "Russland", c), m("a1", TEXT1, "Kasachstan", c)
    kz2, ovks1 = m("a1", TEXT1, "Kasachstan", c, 1), m("a1", TEXT1, "OVKS", o)
    kreml, luka = m("a1", TEXT1, "Kreml", o), m("a1", TEXT1, "Lukaschenko", ActorType.PERSON)
    by, ovks2 = m("a2", TEXT2, "Belarus", c), m("a2", TEXT2, "OVKS", o)
    putin, by2 = m("a2", TEXT2, "Putin", ActorType.PERSON), m("a2", TEXT2, "Belarus", c, 1)
    p_int = prov("a1", TEXT1, 0, "svo", 0.9)
    p_int = Provenance(p_int.doc_id, p_int.sentence, p_int.start, p_int.end, p_int.extractor,
                       p_int.version, p_int.confidence, "svo", (9, 22))
    triples = (
        Triple(RUSSIA, INTERVENES, KAZ, ru, kz1, p_int, time="2014"),
        Triple(KAZ, MEMBER, CSTO, kz2, ovks1, prov("a1", TEXT1, 1, "copula")),
        Triple(KREMLIN, SUPPORTS, LUKA, kreml, luka, prov("a1", TEXT1, 2), negated=True),
        Triple(BELARUS, MEMBER, CSTO, by, ovks2, prov("a2", TEXT2, 0, "copula", 0.7)),
        Triple(PUTIN, ATTACKS, BELARUS, putin, by2, prov("a2", TEXT2, 1, "svo", 0.6),
               modality=Modality.HYPOTHETICAL),
    )
    mentions = ((ru, "Q159"), (kz1, "Q232"), (kz2, "Q232"), (ovks1, "Q1141"), (kreml, "Kreml"),
                (luka, "Q5568"), (by, "Q184"), (ovks2, "Q1141"), (putin, "Q7747"), (by2, "Q184"))
    merges = (Merge("Q1141", ovks1, "alias-file", 1.0, "OVKS → CSTO (alias table)"),
              Merge("Q5568", luka, "partial-name", 0.8, "Lukaschenko ⊂ Alexander Lukaschenko"))
    return Resolution(triples, (RUSSIA, KAZ, CSTO, KREMLIN, LUKA, BELARUS, PUTIN, UNMENTIONED),
                      mentions, merges)
