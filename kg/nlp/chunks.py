"""Parse documents of any length: long texts go through the pipeline in windows, then are joined.

spaCy refuses texts over ``nlp.max_length`` (1,000,000 characters by default), and a parser's
memory grows with the text it holds. A long document is cut into windows of at most
:data:`WINDOW` characters — at a paragraph break if one is in the second half of the window, else
after a sentence end, else at whitespace, else (a run of letters without spaces) anywhere — each
window is parsed on its own, and the parsed windows are joined with ``Doc.from_docs``. Every
window keeps its trailing whitespace, so the joined ``Doc`` has exactly the document's text and
character offsets stay document-relative. Cost is linear in the length.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

WINDOW = 50_000
_CUTS = (re.compile(r"\n[ \t]*\n\s*"), re.compile(r"[.!?;:][\"'»«”“)\]]*\s+"), re.compile(r"\s+"))


def split_text(text: str, window: int = WINDOW) -> list[str]:
    """Cut ``text`` into consecutive pieces of at most ``window`` characters (joined: ``text``)."""
    if window < 2:
        raise ValueError("window must be at least 2 characters")
    pieces: list[str] = []
    start, n = 0, len(text)
    while n - start > window:
        end = start + window
        cut = end
        for pattern in _CUTS:
            found = [m.end() for m in pattern.finditer(text, start + window // 2, end)]
            found = [c for c in found if c <= end]
            if found:
                cut = found[-1]
                break
        pieces.append(text[start:cut])
        start = cut
    pieces.append(text[start:])
    return pieces


def parse(nlp: Language, texts: Iterable[str], batch_size: int = 8,
          window: int = WINDOW, n_process: int = 1) -> Iterator[Doc]:
    """Yield one parsed ``Doc`` per text, as ``nlp.pipe`` would, for texts of any length.

    ``n_process`` above 1 parses in that many worker processes (``nlp.pipe``'s multiprocessing).
    """
    from spacy.tokens import Doc

    pending: list[int] = []  # number of windows of each text, in order

    def windows() -> Iterator[str]:
        for text in texts:
            pieces = split_text(text, window) if len(text) > window else [text]
            pending.append(len(pieces))
            yield from pieces

    parsed = nlp.pipe(windows(), batch_size=batch_size, n_process=n_process)
    while True:
        first = next(parsed, None)
        if first is None:
            return
        count = pending.pop(0)
        if count == 1:
            yield first
            continue
        parts = [first, *(next(parsed) for _ in range(count - 1))]
        yield Doc.from_docs(parts, ensure_whitespace=False)
