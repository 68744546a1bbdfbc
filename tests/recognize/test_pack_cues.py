"""Cue words of the recognition rules come from the language packs' data files."""

import pytest
import spacy

from kg.lang import pack_codes, pack_patterns, pack_words
from kg.recognize.mentions import find_mentions
from kg.recognize.rules import PERSON_CUE, _person_cue, _person_cue_search, word_endings
from kg.types import Document


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # person cue (person_cues.tsv, German endings from inflection.txt: Sprecher-in)
        ("de", "Sprecherin Halina Wroblewska dementierte.", ("Halina Wroblewska", "Person")),
        ("en", "Spokeswoman Halina Wroblewska denied it.", ("Halina Wroblewska", "Person")),
        # organisation cue (org_cues.txt)
        ("de", "Die Bewegung Nowaja Sila protestierte.", ("Nowaja Sila", "Organization")),
        ("en", "The movement Nowaja Sila protested.", ("Nowaja Sila", "Organization")),
    ],
)
def test_cue_rows(blank: dict[str, spacy.language.Language], lang: str, text: str,
                  expected: tuple[str, str]) -> None:
    doc = blank[lang](text)
    found = {(m.text, m.type.value) for m in find_mentions(doc, Document("t", text, lang=lang))}
    assert expected in found


def test_cues_are_read_from_pack_data() -> None:
    assert "präsident" in {line.split("\t")[0] for line in pack_patterns("de", "person_cues.tsv")}
    assert "partei" in pack_words("de", "org_cues.txt")
    assert "party" in pack_words("en", "org_cues.txt")
    # a pack without the files gets no cue at all
    assert _person_cue(("xx",)).search("präsident") is None
    assert word_endings("xx", "org_cues.txt") == () == word_endings("xx", "force_nouns.txt")
    # the document's pack decides: German head nouns are no English cues
    assert "truppen".endswith(word_endings("de", "force_nouns.txt"))
    assert not "truppen".endswith(word_endings("en", "force_nouns.txt"))


def test_person_titles_of_every_pack_count_everywhere() -> None:
    for word in ("bundespräsidentin", "president", "dr.", "ministre", "mrs"):
        assert PERSON_CUE.search(word), word
    assert not PERSON_CUE.search("leaders-in-waiting")



def test_person_cue_cache_gives_the_uncached_answer_and_is_bounded() -> None:
    words = ["präsidentin", "vizekanzler", "president", "regierung", "dr."]
    for _ in range(2):  # filled, then served from the cache
        got = [PERSON_CUE.search(w) for w in words]
        want = [_person_cue(pack_codes()).search(w) for w in words]
        assert [m and m.group(0) for m in got] == [m and m.group(0) for m in want]
    assert _person_cue_search.cache_info().maxsize is not None
