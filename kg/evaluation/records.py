"""Read the development sets of ``../shared/eval/dev`` and find the shared folder.

Every dev file is JSON Lines: ``{"id", "lang", "text", "entities": [{"start", "end", "text",
"type"}], "relations": [{"head", "tail", "type"}], …}`` plus ``facts`` (BenchIE) or ``events``
(SmartData); entity indices in relations and events point into ``entities``.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import InputError

Fact = tuple[str, str, str]  # subject, relation, object; "[…]" marks optional tokens


@dataclass(frozen=True, slots=True)
class GoldEntity:
    """An annotated span of a record's text."""

    start: int
    end: int
    text: str
    type: str


@dataclass(frozen=True, slots=True)
class GoldRelation:
    """A typed link between two entities of a record (indices into its entities)."""

    head: int
    tail: int
    type: str


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """An n-ary event: its type and the (entity index, role) of each argument."""

    type: str
    args: tuple[tuple[int, str], ...]


@dataclass(frozen=True, slots=True)
class DevRecord:
    """One record of a development set."""

    id: str
    lang: str
    text: str
    entities: tuple[GoldEntity, ...] = ()
    relations: tuple[GoldRelation, ...] = ()
    events: tuple[GoldEvent, ...] = ()
    facts: tuple[tuple[Fact, ...], ...] = ()  # BenchIE: clusters of equivalent facts


def parse_record(data: dict[str, Any]) -> DevRecord:
    """Build a :class:`DevRecord` from one decoded JSON line."""
    entities = tuple(GoldEntity(int(e["start"]), int(e["end"]), str(e["text"]), str(e["type"]))
                     for e in data.get("entities", []))
    relations = tuple(GoldRelation(int(r["head"]), int(r["tail"]), str(r["type"]))
                      for r in data.get("relations", []))
    events = tuple(GoldEvent(str(e["type"]), tuple((int(a["entity"]), str(a["role"]))
                                                   for a in e.get("args", [])))
                   for e in data.get("events", []) or [])
    facts = tuple(tuple((str(f[0]), str(f[1]), str(f[2])) for f in cluster)
                  for cluster in data.get("facts", []) or [])
    return DevRecord(str(data["id"]), str(data.get("lang") or "auto"), str(data["text"]),
                     entities, relations, events, facts)


def read_records(path: Path, limit: int | None = None) -> Iterator[DevRecord]:
    """Yield the records of a dev file, the first ``limit`` only when given."""
    try:
        with path.open(encoding="utf-8") as fh:
            lines = (ln for ln in fh if ln.strip())
            for lineno, line in enumerate(itertools.islice(lines, limit), 1):
                try:
                    yield parse_record(json.loads(line))
                except (json.JSONDecodeError, KeyError, TypeError, ValueError) as err:
                    raise InputError(f"{path}: record {lineno} is not a dev record: {err}"
                                     ) from None
    except OSError as err:
        raise InputError(f"cannot read {path}: {err.strerror}") from None


def find_shared(explicit: Path | None = None) -> Path:
    """Return the shared folder (``--shared`` or ``../shared`` beside the repository or cwd)."""
    if explicit is not None:
        candidates = [explicit]
    else:
        repo = Path(__file__).resolve().parents[2]
        candidates = [repo.parent / "shared", Path.cwd().parent / "shared", Path.cwd() / "shared"]
    for folder in candidates:
        if (folder / "eval").is_dir():
            return folder
    looked = ", ".join(str(c) for c in dict.fromkeys(candidates))
    raise InputError(f"no shared evaluation data: looked for eval/ in {looked}; "
                     "pass --shared DIR (the folder holding eval/ and corpus/)")
