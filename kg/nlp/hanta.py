"""spaCy component that writes HanTa's STTS tags to ``token.tag_``.

kg's German pipeline feeds these tags to its ``tok2vec`` layer as a feature: HanTa bundles a
TIGER-trained morphology model, so the tags are consistent even though the UD treebanks kg trains
on use different XPOS sets. Sentences already seen are served from a bounded cache.

HanTa tags a sentence in two steps: per word, the tag candidates and their probabilities
(``HanoverTagger._tag_word``: a morphological analysis, ``analyze_forward``, for words missing
from its word table — most of its time), then a Viterbi pass over the sentence. The first step
depends only on the word form and its case flag, so a bounded per-word cache serves it for words
seen before in any sentence; the tags are exactly HanTa's own.
"""

from __future__ import annotations

from collections import OrderedDict
from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

_CACHE_SIZE = 50_000
_WORD_CACHE_SIZE = 200_000  # word forms × case flag; a few hundred bytes each
MAX_WORD = 64  # longer tokens are tagged XY without HanTa, whose cost grows fast with length


class HantaTagger:
    """Tag tokens with HanTa's STTS part-of-speech tags, one sentence-sized chunk at a time."""

    def __init__(self, name: str = "kg_hanta", chunk: int = 60,
                 cache_size: int = _CACHE_SIZE, word_cache_size: int = _WORD_CACHE_SIZE) -> None:
        self.name = name
        self.chunk = chunk
        self.cache_size = cache_size  # 0 switches the sentence cache off (e.g. for benchmarks)
        self.word_cache_size = word_cache_size  # 0: HanTa analyses every word every time
        self._tagger: Any = None
        self._cache: OrderedDict[tuple[str, ...], tuple[str, ...]] = OrderedDict()

    def disable_caches(self) -> None:
        """Tag every sentence and word afresh (benchmarks that repeat one text use this)."""
        self.cache_size = 0
        self.word_cache_size = 0
        self._cache.clear()
        self._tagger = None  # reloaded on first use, without the word cache

    def __getstate__(self) -> dict[str, Any]:
        """Pickle the settings only: a worker process loads HanTa (and fills caches) itself."""
        state = dict(self.__dict__)
        state["_tagger"] = None
        state["_cache"] = OrderedDict()
        return state

    def _load(self) -> Any:
        if self._tagger is None:
            from HanTa import HanoverTagger as ht  # heavy: import lazily

            tagger = ht.HanoverTagger("morphmodel_ger.pgz")
            if self.word_cache_size:
                # HanTa's per-word step is a pure function of its arguments (word, cutoff, case
                # flag, conditional) and the model; its callers only read the list it returns.
                tagger._tag_word = lru_cache(maxsize=self.word_cache_size)(tagger._tag_word)
            self._tagger = tagger
        return self._tagger

    def _tag(self, words: tuple[str, ...]) -> tuple[str, ...]:
        hit = self._cache.get(words) if self.cache_size else None
        if hit is not None:
            self._cache.move_to_end(words)
            return hit
        tagger = self._load()
        tags = tuple(_coarse(t) for t in tagger.tag_sent(list(words), taglevel=0))
        if self.cache_size:
            self._cache[words] = tags
            if len(self._cache) > self.cache_size:
                self._cache.popitem(last=False)
        return tags

    def __call__(self, doc: Doc) -> Doc:
        """Set ``token.tag_`` on every non-space token of ``doc``."""
        start = 0
        n = len(doc)
        while start < n:
            end = start
            # chunk at sentence-final punctuation, or after `chunk` tokens
            while end < n and end - start < self.chunk:
                end += 1
                if doc[end - 1].text in {".", "!", "?", ";", ":"}:
                    break
            idx = [i for i in range(start, end) if not doc[i].is_space]
            for i in [i for i in idx if len(doc[i].text) > MAX_WORD]:
                doc[i].tag_ = "XY"  # no word (text that lost its spaces): HanTa is superlinear
            idx = [i for i in idx if len(doc[i].text) <= MAX_WORD]
            if idx:
                tags = self._tag(tuple(doc[i].text for i in idx))
                for i, tag in zip(idx, tags, strict=True):
                    doc[i].tag_ = tag
            for i in range(start, end):
                if doc[i].is_space:
                    doc[i].tag_ = "_SP"
            start = end
        return doc


def _coarse(item: Any) -> str:
    """HanTa's tag for one word (``VV(FIN)``, ``NE``, …) as a plain string."""
    return str(item[-1] if isinstance(item, tuple) else item)


@Language.factory("kg_hanta", default_config={"chunk": 60})
def make_hanta(nlp: Language, name: str, chunk: int) -> HantaTagger:
    """Create the HanTa STTS tag feature component."""
    return HantaTagger(name, chunk)
