"""Triples as JSON Lines records, in the format ``../shared/eval/score.py`` reads.

Only actors are nodes. A statement whose end is a ``Concept`` (a noun phrase no recogniser typed
as an actor: "Kritik", "ein Sparbudget") keeps that end as a value — its type and text, without
``id``, ``label`` or ``aliases`` —, because a Concept has no identity: two articles' "Kritik" are
not one thing, and a node would claim they were.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .outputs import Output, Part, Sink, Writer
from .types import ActorType, Entity, Mention, Triple

if TYPE_CHECKING:
    from rdflib import Graph


def _node(entity: Entity, mention: Mention) -> dict[str, Any]:
    span = {"text": mention.text, "start": mention.start, "end": mention.end}
    if entity.type is ActorType.CONCEPT:  # a value of the statement, not a node (module doc)
        return {"type": entity.type.value, "text": mention.text, "mention": span}
    return {
        "id": entity.id,
        "label": entity.label,
        "type": entity.type.value,
        "aliases": list(entity.aliases),
        "wikidata": entity.wikidata,
        "mention": span,
    }


def triple_record(triple: Triple) -> dict[str, Any]:
    """Return one triple as a JSON-ready mapping."""
    prov = triple.provenance
    return {
        "subject": _node(triple.subject, triple.subject_mention),
        "predicate": {
            "id": triple.predicate.id,
            "label": triple.predicate.label,
            "lemma": triple.predicate.lemma,
        },
        "object": _node(triple.object, triple.object_mention),
        "negated": triple.negated,
        "modality": triple.modality.value,
        "confidence": round(prov.confidence, 3),
        "time": triple.time,
        "place": triple.place.label if triple.place else None,
        "attributed_to": triple.attributed_to.label if triple.attributed_to else None,
        "source": {
            "doc": prov.doc_id,
            "sentence": prov.sentence,
            "start": prov.start,
            "end": prov.end,
            "extractor": prov.extractor,
            "version": prov.version,
            "rule": prov.rule,
        },
    }


def triple_lines(triples: Iterable[Triple]) -> Iterator[str]:
    """Yield one JSON line (without newline) per triple."""
    for triple in triples:
        yield json.dumps(triple_record(triple), ensure_ascii=False)


def _write_jsonl(output: Output, path: Path) -> str:
    with path.open("w", encoding="utf-8") as fh:
        for line in triple_lines(output.triples):
            fh.write(line + "\n")
    return f"{len(output.triples)} triples"


class _JsonlSink:
    """triples.jsonl written batch by batch."""

    def __init__(self, path: Path) -> None:
        self._file = path.open("w", encoding="utf-8")
        self._count = 0

    def add(self, part: Part) -> None:
        for line in triple_lines(part.triples):
            self._file.write(line + "\n")
        self._count += len(part.triples)

    def finish(self, summary: Graph) -> str:
        self.close()
        return f"{self._count} triples"

    def close(self) -> None:
        self._file.close()


def _jsonl_sink(path: Path) -> Sink:
    return _JsonlSink(path)


def jsonl_writer() -> Writer:
    """Return the writer of ``kg build``'s triples.jsonl: one resolved triple a line."""
    return Writer("jsonl", ("build",), _write_jsonl, suffixes=(".jsonl",),
                  description="triples as JSON Lines", build_file="triples.jsonl",
                  stream=_jsonl_sink)
