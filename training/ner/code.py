"""Registers kg's spaCy components and the NER training augmenter for ``spacy train --code``.

``kg.mention_swap.v1`` adds, for a share of the training examples, a copy in which every entity
mention is replaced by another mention of the same label seen earlier in training (``Merkel`` →
``Jürgen Klinsmann``, ``Bonn`` → ``Kasachstan``): the model learns names from their context
instead of memorising the few it has seen, which matters with ~2,000 training sentences.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator

from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example
from spacy.util import registry

import kg.nlp.hanta  # noqa: F401  (registers kg_hanta)
from kg.recognize.lexicon_features import lexicon_hash_embed

# de_ner_lex.cfg's embedding; an installed kg registers it through its entry point too
registry.architectures.register("kg.LexiconHashEmbed.v1", func=lexicon_hash_embed)

Mention = tuple[tuple[str, ...], tuple[bool, ...]]
_POOL_LIMIT = 5000  # distinct mentions kept per label


def _swapped(doc: Doc, pool: dict[str, list[Mention]], rng: random.Random) -> Doc | None:
    """Return ``doc`` with each entity replaced by another pooled mention of its label.

    None when no entity has another mention of its label in the pool yet.
    """
    words: list[str] = []
    spaces: list[bool] = []
    tags: list[str | None] = []
    i = 0
    changed = False
    ents = {e.start: e for e in doc.ents}
    while i < len(doc):
        ent = ents.get(i)
        current = tuple(t.text for t in ent) if ent is not None else ()
        options = [m for m in pool.get(ent.label_, []) if m[0] != current] if ent else []
        if ent is not None and options:
            new_words, new_spaces = rng.choice(options)
            words += new_words
            spaces += [*new_spaces[:-1], bool(doc[ent.end - 1].whitespace_)]
            tags += [f"B-{ent.label_}"] + [f"I-{ent.label_}"] * (len(new_words) - 1)
            changed = True
            i = ent.end
            continue
        tok = doc[i]
        words.append(tok.text)
        spaces.append(bool(tok.whitespace_))
        tags.append(f"{tok.ent_iob_}-{tok.ent_type_}" if tok.ent_type_ else tok.ent_iob_ or None)
        i += 1
    return Doc(doc.vocab, words=words, spaces=spaces, ents=tags) if changed else None


@registry.augmenters("kg.mention_swap.v1")
def create_mention_swap(
    level: float = 0.5, seed: int = 0
) -> Callable[[Language, Example], Iterator[Example]]:
    """Yield each example, and for a share ``level`` of them a mention-swapped copy too."""
    rng = random.Random(seed)
    pool: dict[str, list[Mention]] = {}
    seen: set[tuple[str, Mention]] = set()

    def augment(nlp: Language, example: Example) -> Iterator[Example]:
        yield example
        ref = example.reference
        for ent in ref.ents:
            mention = (tuple(t.text for t in ent), tuple(bool(t.whitespace_) for t in ent))
            options = pool.setdefault(ent.label_, [])
            if (ent.label_, mention) not in seen and len(options) < _POOL_LIMIT:
                seen.add((ent.label_, mention))
                options.append(mention)
        if not ref.ents or rng.random() >= level:
            return
        new = _swapped(ref, pool, rng)
        if new is not None:
            pred = Doc(nlp.vocab, words=[t.text for t in new],
                       spaces=[bool(t.whitespace_) for t in new])
            yield Example(pred, new)

    return augment
