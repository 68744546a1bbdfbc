"""Run kg over dev records and keep, per triple, the strings the matchers compare.

Documents go through :func:`kg.pipeline.analyse` in one stream (``nlp.pipe`` batching); each
document is then resolved on its own, since dev records are unrelated texts.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..types import Document, Triple
from .records import DevRecord

if TYPE_CHECKING:
    from ..pipeline import Settings


@dataclass(frozen=True, slots=True)
class SystemTriple:
    """One kg triple reduced to text: mention texts, relation strings and entity labels."""

    doc_id: str
    subject: str  # subject mention text as it stands in the document
    relation: str  # the predicate's trigger words in the document, else its lemma
    object: str
    predicate_id: str = ""  # ontology local name or "lemma:<lang>:<lemma>"
    predicate_lemma: str = ""
    predicate_label: str = ""
    subject_label: str = ""  # canonical entity labels (resolution may know more than the mention)
    object_label: str = ""
    negated: bool = False
    subject_span: tuple[int, int] | None = None  # character offsets of the mentions, if known
    object_span: tuple[int, int] | None = None
    subject_type: str = ""  # ActorType value of each side ("Person", "Country", …), if known
    object_type: str = ""


def from_triple(triple: Triple, text: str = "") -> SystemTriple:
    """Reduce a resolved triple of a document whose text is ``text`` to a :class:`SystemTriple`."""
    trigger = triple.provenance.trigger
    surface = text[trigger[0]:trigger[1]] if trigger and text else ""
    pred = triple.predicate
    return SystemTriple(
        doc_id=triple.provenance.doc_id,
        subject=triple.subject_mention.text,
        relation=surface or pred.lemma or pred.label,
        object=triple.object_mention.text,
        predicate_id=pred.id,
        predicate_lemma=pred.lemma,
        predicate_label=pred.label,
        subject_label=triple.subject.label,
        object_label=triple.object.label,
        negated=triple.negated,
        subject_span=(triple.subject_mention.start, triple.subject_mention.end),
        object_span=(triple.object_mention.start, triple.object_mention.end),
        subject_type=str(triple.subject.type), object_type=str(triple.object.type),
    )


def documents(records: Iterable[DevRecord]) -> Iterator[Document]:
    """Turn dev records into kg documents (the record's id and language are kept)."""
    for rec in records:
        yield Document(id=rec.id, text=rec.text, lang=rec.lang if rec.lang != "auto" else None,
                       source="eval")


def run_kg(docs: Sequence[Document], settings: Settings,
           failures: list[str] | None = None) -> Iterator[tuple[Document, list[SystemTriple]]]:
    """Analyse ``docs`` as one stream, resolve each on its own and yield its reduced triples.

    With ``failures``, a document whose analysis raises is yielded with no triples, the error is
    appended as ``"<doc id>: <error>"`` and the stream restarts after it; without, errors propagate.
    """
    from ..pipeline import analyse
    from ..resolve import resolve

    pending = list(docs)
    while pending:
        done = 0
        try:
            for analysis in analyse(pending, settings):
                doc = analysis.document
                resolution = resolve([(doc, analysis.mentions, analysis.raw)],
                                     aliases=settings.aliases, merge=settings.merge)
                yield doc, [from_triple(t, doc.text) for t in resolution.triples]
                done += 1
            return
        except Exception as err:  # one broken document must not end the whole evaluation
            if failures is None or done >= len(pending):
                raise
            failures.append(f"{pending[done].id}: {type(err).__name__}: {err}")
            yield pending[done], []
            pending = pending[done + 1:]


def eval_settings(settings: Settings, batch_size: int = 32) -> Settings:
    """Return ``settings`` with a batch size suited to many short documents."""
    return replace(settings, batch_size=max(settings.batch_size, batch_size))
