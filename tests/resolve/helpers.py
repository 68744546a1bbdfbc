"""Build mentions and raw triples for resolution tests by locating words in a text."""

import re

from kg.types import ActorType, Mention, Predicate, Provenance, RawTriple


def mention(text: str, word: str, kind: ActorType, *, nth: int = 0, doc: str = "d",
            key: str | None = None, lemma: str = "", source: str = "ner") -> Mention:
    start = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text)][nth]
    return Mention(doc, start, start + len(word), word, kind, lemma, key, source)


def pronoun(text: str, word: str, *, nth: int = 0, doc: str = "d") -> Mention:
    return mention(text, word, ActorType.CONCEPT, nth=nth, doc=doc, source="pronoun")


def raw(subject: Mention, obj: Mention, lemma: str = "treffen") -> RawTriple:
    prov = Provenance(subject.doc_id, "", 0, 0, "test", "0", 0.9)
    return RawTriple(subject, Predicate(f"lemma:de:{lemma}", lemma, lemma), obj, prov)
