"""Hand-built parses for extraction tests: one compact row per token."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from kg.types import ActorType, Document, Mention

_VOCAB = Vocab()


def build(rows: list[tuple[str, int, str, str, str, str]]) -> Doc:
    """Rows are (word, head index, dep, pos, lemma, morph); words are joined by spaces."""
    words = [r[0] for r in rows]
    return Doc(_VOCAB, words=words, heads=[r[1] for r in rows], deps=[r[2] for r in rows],
               pos=[r[3] for r in rows], lemmas=[r[4] for r in rows],
               morphs=[r[5] for r in rows], sent_starts=[True] + [False] * (len(rows) - 1))


def mentions(doc: Doc, names: dict[str, ActorType]) -> list[Mention]:
    """Mentions for the given surface strings (each token sequence found by its text)."""
    out = []
    for name, kind in names.items():
        start = doc.text.find(name)
        assert start >= 0, name
        out.append(Mention("t", start, start + len(name), name, kind, source="gazetteer"))
    return out


def document(doc: Doc, lang: str) -> Document:
    return Document(id="t", text=doc.text, lang=lang)


def rule_triples(nlp: object, text: str, names: dict[str, ActorType],
                 lang: str) -> set[tuple[str, str, str, str]]:
    """Parse ``text`` and return (subject, relation, object, rule) of the default extractor."""
    from kg.extract.dependency import make_dependency_extractor

    doc = nlp(text)  # type: ignore[operator]
    ex = make_dependency_extractor()
    return {(t.subject.text, t.predicate.id, t.object.text, t.provenance.rule)
            for t in ex(doc, document(doc, lang), mentions(doc, names))}
