"""The lexicon classes the statistical NER reads as a feature (kg.recognize.lexicon_features)."""

import numpy
import pytest
import spacy

from kg.errors import ModelError
from kg.recognize.lexicon_features import (
    DICTIONARY_WORD,
    GIVEN_NAME,
    ORGANIZATION,
    PLACE,
    ROLE,
    lexicon_features,
    lexicon_hash_embed,
    word_class,
)


@pytest.mark.parametrize(
    ("word", "lang", "present", "absent"),
    [
        ("Stefan", "de", GIVEN_NAME, PLACE | ORGANIZATION | ROLE),
        ("Wien", "de", PLACE, GIVEN_NAME | ORGANIZATION | ROLE),
        ("SPÖ", "de", ORGANIZATION, GIVEN_NAME | PLACE | ROLE),
        ("ÖVP-Chef", "de", ROLE, GIVEN_NAME | PLACE | ORGANIZATION | DICTIONARY_WORD),
        ("Haus", "de", DICTIONARY_WORD, GIVEN_NAME | ORGANIZATION | ROLE),
        ("Mitterlehner", "de", 0, GIVEN_NAME | PLACE | ORGANIZATION | ROLE | DICTIONARY_WORD),
        ("Stefan", "en", GIVEN_NAME, PLACE | ROLE),
        ("London", "en", PLACE, GIVEN_NAME | ROLE),
        ("President", "en", ROLE, GIVEN_NAME | PLACE),
        # English has no dictionary hook: its names are capitalised, its words are not
        ("house", "en", 0, GIVEN_NAME | PLACE | ORGANIZATION | ROLE | DICTIONARY_WORD),
        ("1989", "de", 0, GIVEN_NAME | PLACE | ORGANIZATION | ROLE | DICTIONARY_WORD),
    ],
)
def test_word_classes(word: str, lang: str, present: int, absent: int) -> None:
    found = word_class(word, lang)
    assert found & present == present
    assert not found & absent


def test_features_end_with_the_word_classes() -> None:
    doc = spacy.blank("de")("Stefan besucht Wien")
    layer = lexicon_features(["ORTH", "SHAPE"], "de")
    [table] = layer.predict([doc])
    assert table.shape == (3, 3)
    assert list(table[:, 0]) == [t.orth for t in doc]
    assert list(table[:, -1]) == [word_class(t.text, "de") for t in doc]


def test_embedding_has_the_width_and_learns_from_the_classes() -> None:
    nlp = spacy.blank("de")
    docs = [nlp("Stefan besucht Wien"), nlp("Die SPÖ tagt")]
    embed = lexicon_hash_embed(width=8, attrs=["NORM", "SHAPE"], rows=[50, 50], lang="de")
    embed.initialize(X=docs)
    out = embed.predict(docs)
    assert [o.shape for o in out] == [(3, 8), (3, 8)]
    # the same word forms with other lexicon classes embed differently
    before = numpy.asarray(out[0])
    assert not numpy.allclose(before[0], before[2])


def test_rows_must_match_the_attributes() -> None:
    with pytest.raises(ModelError, match="1 rows for 2 attributes"):
        lexicon_hash_embed(width=8, attrs=["NORM", "SHAPE"], rows=[50], lang="de")
