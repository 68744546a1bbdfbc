"""Read the shared relation list ``ontologies/relations.tsv`` by its header names.

The shared list holds what is true of a relation in every language (id, English label, Wikidata
property, CAMEO code, QuadClass, CoNLL04 label); each language pack adds its own labels and
words in ``kg/lang/<code>/relations.tsv`` (see :func:`kg.lang.relation_labels`).
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import ConfigError

# canonical column → header spellings accepted (compared lower-case, spaces and dashes as "_")
_COLUMNS: dict[str, tuple[str, ...]] = {
    "id": ("id", "relation", "property", "name"),
    "label_en": ("label_en", "en", "label", "english"),
    "wikidata": ("wikidata", "wikidata_property", "wikidata_pid", "wd", "wdt", "pid"),
    "cameo": ("cameo", "cameo_code"),
    "quad_class": ("quad_class", "quadclass", "quad"),
    "inverse": ("inverse", "inverse_of", "inverseof"),
    "symmetric": ("symmetric", "is_symmetric"),
    "conll04": ("conll04", "conll04_label", "conll04_relation", "conll"),
}
_TRUE = {"1", "true", "yes", "y", "x", "symmetric", "ja"}
_ID = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")
_PID = re.compile(r"P\d+")
_LABEL = re.compile(r"^label_([a-z]{2,3})$")


@dataclass(frozen=True, slots=True)
class RelationSpec:
    """One row of the relation table: an ontology relation property."""

    id: str
    label_en: str = ""
    labels: tuple[tuple[str, str], ...] = ()  # (language code, label) beyond English
    wikidata: tuple[str, ...] = ()  # property ids, e.g. ("P463",)
    cameo: str = ""
    inverse: str = ""  # id of the inverse relation, if any
    symmetric: bool = False
    conll04: str = ""
    quad_class: str = ""  # verbal-cooperation, material-cooperation, verbal-conflict, …


def _norm(header: str) -> str:
    return re.sub(r"[\s\-]+", "_", header.strip().lower())


def _column_map(headers: list[str], path: Path) -> dict[str, int]:
    normed = [_norm(h) for h in headers]
    found: dict[str, int] = {}
    for key, spellings in _COLUMNS.items():
        for i, name in enumerate(normed):
            if name in spellings:
                found[key] = i
                break
    if "id" not in found:
        raise ConfigError(f"{path}: the header has no id column (got {headers!r}; expected one of "
                          f"{', '.join(_COLUMNS['id'])})")
    return found


def read_relations(path: Path) -> list[RelationSpec]:
    """Return the relations listed in a TSV table; a missing file gives an empty list.

    Lines starting with ``#`` and blank lines are skipped; unknown columns are ignored.
    """
    if not path.exists():
        return []
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise ConfigError(f"cannot read the relation table {path}: {err}") from None
    rows = [r for r in csv.reader(
        (ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")),
        delimiter="\t") if any(c.strip() for c in r)]
    if not rows:
        return []
    cols = _column_map(rows[0], path)
    label_cols = {m.group(1): i for i, h in enumerate(rows[0])
                  if (m := _LABEL.match(_norm(h))) and m.group(1) != "en"}
    specs: list[RelationSpec] = []
    seen: set[str] = set()
    for lineno, row in enumerate(rows[1:], start=2):
        def cell(key: str, row: list[str] = row) -> str:
            i = cols.get(key)
            return row[i].strip() if i is not None and i < len(row) else ""

        rid = cell("id")
        if not _ID.match(rid):
            raise ConfigError(f"{path}: row {lineno} has relation id {rid!r}; expected a "
                              "camelCase name such as memberOf")
        if rid in seen:
            raise ConfigError(f"{path}: relation id {rid!r} is listed twice")
        seen.add(rid)
        specs.append(RelationSpec(
            id=rid, label_en=cell("label_en"),
            labels=tuple((lang, row[i].strip()) for lang, i in sorted(label_cols.items())
                         if i < len(row) and row[i].strip()),
            wikidata=tuple(_PID.findall(cell("wikidata"))), cameo=cell("cameo"),
            inverse=cell("inverse") if _ID.match(cell("inverse")) else "",
            symmetric=cell("symmetric").lower() in _TRUE, conll04=cell("conll04"),
            quad_class=cell("quad_class")))
    return specs
