"""Linking names to known actors: the gazetteer's QIDs and metonyms, and user alias files.

A user alias file maps surface names to a canonical id (and optionally a label); it overrides
every automatic merge. Formats: TSV (``alias<TAB>id[<TAB>label]``, ``#`` comments, an optional
``alias	id	label`` header) or JSON (``{"alias": "id"}`` or ``{"alias": {"id": …, "label": …}}``).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import ConfigError, InputError
from ..knowledge.gazetteer import ActorEntry, fold, gazetteer, slug
from ..types import ActorType

if TYPE_CHECKING:
    from spacy.tokens import Token


@dataclass(frozen=True, slots=True)
class AliasTarget:
    """Where a user alias points: a canonical id and, optionally, the label to show."""

    id: str
    label: str | None = None


_UNSAFE = re.compile(r"[^\w.:-]")  # what an id may not hold to become part of an IRI as it is


def safe_id(value: str) -> str:
    """Return an alias file's id as kg can use it in an IRI: kept if safe, else slugged.

    ``Wladimir Putin`` → ``Wladimir_Putin``; quotes, angle brackets, lone surrogates and other
    characters an IRI cannot hold are dropped the same way.
    """
    value = value.strip()
    return slug(value) if _UNSAFE.search(value) else value


def _target(alias: str, value: object, where: str) -> AliasTarget:
    if isinstance(value, str) and value.strip():
        return AliasTarget(safe_id(value))
    if isinstance(value, dict) and isinstance(value.get("id"), str) and value["id"].strip():
        label = value.get("label")
        return AliasTarget(safe_id(value["id"]), label if isinstance(label, str) else None)
    raise ConfigError(
        f"{where}: alias {alias!r} maps to {value!r}; expected an id string or "
        '{"id": "…", "label": "…"}'
    )


def load_aliases(path: Path) -> dict[str, AliasTarget]:
    """Read a user alias file into ``fold(alias) → AliasTarget``.

    Raises
    ------
    InputError
        The file is missing or unreadable.
    ConfigError
        The file is readable but not a valid alias table.

    """
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"alias file {path} does not exist") from None
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(f"alias file {path} cannot be read as UTF-8 text: {err}") from None
    out: dict[str, AliasTarget] = {}
    if path.suffix.lower() == ".json" or text.lstrip().startswith("{"):
        try:
            data = json.loads(text)
        except json.JSONDecodeError as err:
            raise ConfigError(f"alias file {path} is not valid JSON: {err}") from None
        if not isinstance(data, dict):
            raise ConfigError(f"alias file {path}: expected a JSON object alias → id")
        for alias, value in data.items():
            out[fold(alias)] = _target(alias, value, str(path))
        return out
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if lineno == 1 and [c.lower() for c in cells[:2]] == ["alias", "id"]:
            continue
        if len(cells) < 2 or not cells[0] or not cells[1]:
            raise ConfigError(f"{path}:{lineno}: expected 'alias<TAB>id[<TAB>label]', got {line!r}")
        label = cells[2] if len(cells) > 2 and cells[2] else None
        out[fold(cells[0])] = AliasTarget(safe_id(cells[1]), label)
    return out


def known_actor(entity_id: str) -> ActorEntry | None:
    """Return the gazetteer entry behind an entity id (a QID or a table slug), if any."""
    return gazetteer().entries.get(entity_id)


def lookup_name(name: str) -> ActorEntry | None:
    """Return the known actor a name (any inflection the gazetteer knows) denotes, if any."""
    return gazetteer().lookup(name)


def country_signal(entries: Iterable[ActorEntry]) -> Counter[str]:
    """Count the countries a document's known actors point to (its context for linking).

    A country counts once per mention; an organisation or person of a country counts twice
    (parties and office-holders tell an article's country better than the places it names).
    """
    signal: Counter[str] = Counter()
    for entry in entries:
        if entry.type is ActorType.COUNTRY:
            signal[entry.id] += 1
        elif entry.country:
            signal[entry.country] += 2
    return signal


def choose_by_context(
    candidates: Sequence[ActorEntry], signal: Mapping[str, int]
) -> tuple[ActorEntry | None, str]:
    """Pick the actor a shared name denotes from the document's country signal.

    ``Grünen`` in an article naming SPÖ, ÖVP and Österreich is Austria's Greens. The winner's
    country must have more evidence than every rival's; otherwise no candidate is chosen (the
    name stays an unlinked actor of its own). Returns the choice and the evidence.
    """
    scored = sorted(((signal.get(c.country, 0), c) for c in candidates), key=lambda p: -p[0])
    evidence = ", ".join(f"{c.label}: {s}" for s, c in scored)
    if not scored or scored[0][0] == 0 or (len(scored) > 1 and scored[0][0] == scored[1][0]):
        return None, f"context undecided ({evidence})"
    return scored[0][1], f"context ({evidence})"


# dependency labels of a clause's subject (UD, TIGER, ClearNLP)
_SUBJECT_DEPS = {"nsubj", "nsubj:pass", "sb", "nsubjpass"}


def capital_metonym(name: str, root: Token | None) -> str | None:
    """Return the country a capital stands for when the sentence makes it act, else None.

    ``Warschau protestierte``, ``Ankara setzte die Luftangriffe fort``: the capital is the
    subject of a full verb and stands for its country's government (kg:metonymOf), as
    ``Kreml`` stands for Russia. ``in Warschau`` or ``Warschau ist groß`` is the city.
    """
    country = gazetteer().capitals.get(name)
    if country is None or root is None:
        return None
    if root.dep_ in _SUBJECT_DEPS and root.head.pos_ == "VERB":
        return country
    return None
