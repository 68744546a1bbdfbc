"""Mentions JSON Lines: one ``{doc, start, end, text, type, entity: {id, label}}`` per line."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from ..types import Entity, Mention, Resolution


def mention_record(mention: Mention, entity: Entity) -> dict[str, Any]:
    """Return the JSON record of one mention and the entity it was resolved to."""
    return {
        "doc": mention.doc_id,
        "start": mention.start,
        "end": mention.end,
        "text": mention.text,
        "type": mention.type.value,
        "entity": {"id": entity.id, "label": entity.label},
    }


def mention_records(
    source: Resolution | Iterable[tuple[Mention, Entity]],
) -> Iterator[dict[str, Any]]:
    """Yield the JSON records of a resolution's mentions, or of (mention, entity) pairs."""
    pairs = resolution_pairs(source) if isinstance(source, Resolution) else source
    for mention, entity in pairs:
        yield mention_record(mention, entity)


def resolution_pairs(resolution: Resolution) -> Iterator[tuple[Mention, Entity]]:
    """Yield (mention, entity) pairs of a resolution, in document order."""
    entities: Mapping[str, Entity] = {e.id: e for e in resolution.entities}
    for mention, entity_id in resolution.mentions:
        entity = entities.get(entity_id)
        if entity is not None:
            yield mention, entity


def mention_lines(pairs: Iterable[tuple[Mention, Entity]]) -> Iterator[str]:
    """Yield one JSON Lines line (with its newline) per (mention, entity) pair."""
    for record in mention_records(pairs):
        yield json.dumps(record, ensure_ascii=False) + "\n"
