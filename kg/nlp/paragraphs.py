"""spaCy component that starts a sentence at every paragraph break.

Blank lines separate paragraphs (and headlines) in news text; the parser, trained on treebanks
without whitespace tokens, would otherwise glue a headline to the next sentence or make the
whitespace token a clause root. Pre-set sentence starts are respected by spaCy's parser.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("kg_paragraphs")
def mark_paragraphs(doc: Doc) -> Doc:
    """Set ``is_sent_start`` around whitespace tokens that contain a blank line."""
    for tok in doc:
        if tok.is_space and tok.text.count("\n") >= 2:
            tok.is_sent_start = True
            if tok.i + 1 < len(doc):
                doc[tok.i + 1].is_sent_start = True
    # a token preceded by a blank line inside its whitespace (``"Titel\n\nText"``)
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if not prev.is_space and prev.whitespace_.count("\n") >= 2:
            tok.is_sent_start = True
    return doc
