"""What kg's lexicons know about a word, as a feature of the statistical NER's embedding.

The NER learns from ~2,400 labelled sentences; kg's lexicons know hundreds of thousands of given
names, places and actors. :func:`word_class` sums what they say about one word form into a small
integer (a given name, a place, a known organisation, a role noun, a dictionary word), and
:func:`lexicon_hash_embed` (architecture ``kg.LexiconHashEmbed.v1``, registered through the
``spacy_architectures`` entry point) embeds it beside spaCy's ``MultiHashEmbed`` attributes, so
the model learns in which contexts to trust the lexicons instead of memorising the few names of
its training data.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING, cast

from ..errors import ModelError
from ..knowledge.gazetteer import gazetteer
from ..knowledge.lexicons import given_names, place_names, region_names
from ..knowledge.roles import role_noun
from ..lang import language_pack
from ..types import PLACE_TYPES, ActorType

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from thinc.api import Model
    from thinc.types import Floats2d, Ints2d, Ragged

GIVEN_NAME = 1
PLACE = 2
ORGANIZATION = 4
ROLE = 8
DICTIONARY_WORD = 16
#: the number of distinct values :func:`word_class` returns
CLASSES = 32
_WORD_CACHE = 262_144


@lru_cache(maxsize=_WORD_CACHE)
def word_class(word: str, lang: str) -> int:
    """Return the lexicon classes of a word form as bits (``Merkel``: none; ``Stefan``: 1).

    ``GIVEN_NAME`` (a known given name), ``PLACE`` (a place, region or country), ``ORGANIZATION``
    (a one-word organisation of the gazetteer, ``SPÖ``), ``ROLE`` (a role noun or a compound
    ending in one, ``ÖVP-Chef``), ``DICTIONARY_WORD`` (the language pack's dictionary knows the
    form; German only, English writes names capitalised).
    """
    if not word[:1].isalpha():
        return 0
    bits = 0
    if word in given_names():
        bits |= GIVEN_NAME
    entry = gazetteer().lookup(word, allow_genitive=False)
    if word in place_names() or word in region_names() or (
        entry is not None and entry.type in PLACE_TYPES
    ):
        bits |= PLACE
    if entry is not None and entry.type is ActorType.ORGANIZATION:
        bits |= ORGANIZATION
    if role_noun(word, lang) is not None:
        bits |= ROLE
    known = language_pack(lang).known_word
    if known is not None and known(word):
        bits |= DICTIONARY_WORD
    return bits


def lexicon_features(
    columns: list[str], lang: str
) -> Model[list[Doc], list[Ints2d]]:
    """Return a layer that reads token attributes ``columns`` and a last column of word classes."""
    from thinc.api import Model

    return Model("kg_lexicon_features", _forward, attrs={"columns": columns, "lang": lang})


def _forward(model: Model[list[Doc], list[Ints2d]], docs: list[Doc],
             is_train: bool) -> tuple[list[Ints2d], Callable[[list[Ints2d]], list[Doc]]]:
    import numpy

    columns = model.attrs["columns"]
    lang = model.attrs["lang"]
    features: list[Ints2d] = []
    for doc in docs:
        attrs = doc.to_array(columns).reshape((len(doc), len(columns)))
        classes = numpy.fromiter((word_class(t.text, lang) for t in doc), dtype="uint64",
                                 count=len(doc)).reshape((len(doc), 1))
        table = cast("Ints2d", numpy.hstack([attrs, classes]).astype("uint64"))
        features.append(model.ops.asarray2i(table, dtype="uint64"))

    def backprop(d_features: list[Ints2d]) -> list[Doc]:
        return []

    return features, backprop


def lexicon_hash_embed(
    width: int, attrs: list[str], rows: list[int], lang: str, class_rows: int = CLASSES * 2
) -> Model[list[Doc], list[Floats2d]]:
    """Build spaCy's ``MultiHashEmbed`` over ``attrs`` plus one table for :func:`word_class`.

    The same layers as ``spacy.MultiHashEmbed.v2`` without static vectors (hash embeddings of
    each column, concatenated, a normalised maxout onto ``width``), with the word classes as one
    more column.
    """
    from thinc.api import (
        HashEmbed,
        Maxout,
        chain,
        concatenate,
        list2ragged,
        ragged2list,
        with_array,
    )

    if len(rows) != len(attrs):
        raise ModelError(f"kg.LexiconHashEmbed.v1 got {len(rows)} rows for {len(attrs)} "
                         f"attributes ({', '.join(attrs)}); expected one row count per attribute")
    sizes = [*rows, class_rows]
    embeddings: list[Model[Ints2d, Floats2d]] = [
        HashEmbed(width, size, column=i, seed=8 + i, dropout=0.0) for i, size in enumerate(sizes)]
    max_out: Model[Ragged, Ragged] = with_array(
        Maxout(width, width * len(embeddings), nP=3, dropout=0.0, normalize=True))
    model: Model[list[Doc], list[Floats2d]] = chain(
        lexicon_features(attrs, lang),
        cast("Model[list[Ints2d], Ragged]", list2ragged()),
        with_array(concatenate(*embeddings)),
        max_out,
        ragged2list(),
    )
    return model
