"""The relation table: lemmas and nouns → ontology predicates.

The shared list ``ontologies/relations.tsv`` holds one row per relation with what is true in
every language: its id, English label, whether an event noun's genitive is its ``agent``
(``die Intervention Russlands``), the ``theme`` it moves (``die Entsendung russischer Truppen``
nach …) or its ``object`` (``die Eroberung der Krim``), a ``symmetric`` flag, and where one fits
a Wikidata property, a CAMEO code, its QuadClass and the CoNLL04 relation. Each language pack
adds a lexicon (``kg/lang/<code>/relations.tsv``) with the relation's label in that language, the
verbs that express it (``lemma`` or ``lemma+preposition``), verbs that express it with subject
and object swapped (``inverse``: ``bestehen+aus`` → each member ``memberOf`` the whole), verb +
object-noun idioms (``bitten+Hilfe``), event nouns (``Intervention``), role nouns (``Gründer``)
and the prepositions that introduce the object of an event or role noun. In a pack whose nouns
compound, nouns also match as the head of a compound (``Militärintervention``).

Lookups return a :class:`RelationMatch`; :func:`predicate` turns any lemma into a
:class:`~kg.types.Predicate`, falling back to ``lemma:<lang>:<lemma>`` when no row matches.
"""

from __future__ import annotations

import csv
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from kg.errors import ConfigError
from kg.resources import ontology_file
from kg.types import Predicate

_SHARED = ("id", "label_en", "genitive", "symmetric", "wikidata", "cameo", "conll04")
_LEXICON = ("relation", "label", "verbs", "inverse", "idioms", "events", "roles", "preps")
_MIN_COMPOUND_HEAD = 4
_GENITIVES = ("agent", "theme", "object")


@dataclass(frozen=True, slots=True)
class Relation:
    """One relation of the shared list, with each language's labels and object prepositions."""

    id: str
    label_en: str
    labels: dict[str, str]
    preps: dict[str, frozenset[str]]
    genitive_is_theme: bool
    symmetric: bool
    wikidata: str
    cameo: str
    conll04: str
    genitive_is_object: bool = False  # "die Eroberung der Krim": the genitive is the object
    quad_class: str = ""

    def label(self, lang: str) -> str:
        """Return the label in ``lang`` (English when there is none)."""
        return self.labels.get(lang) or self.label_en

    def predicate(self, lemma: str) -> Predicate:
        """Return the predicate of this relation, keeping ``lemma`` (the trigger's base form)."""
        return Predicate(id=self.id, label=self.label_en, lemma=lemma)


@dataclass(frozen=True, slots=True)
class RelationMatch:
    """A table hit: the relation, whether subject and object swap, and the matched form."""

    relation: Relation
    inverse: bool
    form: str

    def predicate(self, lemma: str) -> Predicate:
        """Return the predicate for this hit, keeping ``lemma`` (the trigger's base form)."""
        return self.relation.predicate(lemma)


class RelationTable:
    """Indexes over the rows of ``relations.tsv``."""

    def __init__(self, relations: list[Relation], index: dict[tuple[str, str, str], RelationMatch]):
        self.relations = {r.id: r for r in relations}
        self._index = index
        # the event and role nouns by kind and language, and their lengths (longest first):
        # a compound's head is found by looking its suffixes up, not by scanning every noun
        self._nouns: dict[tuple[str, str], set[str]] = {}
        self._memo: dict[tuple[str, str, str], RelationMatch | None] = {}
        for kind, lang, key in index:
            if kind in ("event", "role"):
                self._nouns.setdefault((kind, lang), set()).add(key)
        self._lengths = {k: sorted({len(n) for n in nouns if len(n) >= _MIN_COMPOUND_HEAD},
                                   reverse=True) for k, nouns in self._nouns.items()}

    def verb(self, lang: str, lemma: str, prep: str | None = None) -> RelationMatch | None:
        """Look a verb up, with its preposition first (``bestehen+aus``), then on its own.

        A verb listed without a preposition matches a prepositional object only when its row
        lists that preposition (``eingreifen`` + ``in``): ``führen in`` (a road leading into a
        country) is not ``führen`` (to lead).
        """
        lemma = lemma.lower()
        if prep:
            hit = self._index.get(("verb", lang, f"{lemma}+{prep.lower()}"))
            if hit:
                return hit
        hit = self._index.get(("verb", lang, lemma))
        if hit is not None and prep and "+" not in hit.form and \
                prep.lower() not in hit.relation.preps.get(lang, frozenset()):
            return None
        return hit

    def idiom(self, lang: str, verb: str, noun: str) -> RelationMatch | None:
        """Look a verb + object-noun idiom up (``bitten`` + ``Hilfe``)."""
        return self._index.get(("idiom", lang, f"{verb.lower()}+{noun.lower()}"))

    def event(self, lang: str, noun: str) -> RelationMatch | None:
        """Look an event noun up (``Intervention``, also ``Militärintervention``)."""
        return self._noun("event", lang, noun)

    def role(self, lang: str, noun: str) -> RelationMatch | None:
        """Look a role noun up (``Gründer``, ``Präsident``, ``spokesman``)."""
        return self._noun("role", lang, noun)

    def _noun(self, kind: str, lang: str, noun: str) -> RelationMatch | None:
        memo = (kind, lang, noun)
        if memo not in self._memo:
            self._memo[memo] = self._find_noun(kind, lang, noun)
        return self._memo[memo]

    def _find_noun(self, kind: str, lang: str, noun: str) -> RelationMatch | None:
        key = noun.lower()
        hit = self._index.get((kind, lang, key))
        if hit or not _compounds(lang):
            return hit
        # the longest listed noun of at least _MIN_COMPOUND_HEAD letters that ends ``key`` and
        # leaves at least three letters before it (``Militär|intervention``), or the prefix
        # ``ex`` of a former holder (``Ex|präsident``)
        nouns = self._nouns.get((kind, lang), set())
        for n in self._lengths.get((kind, lang), ()):
            if (len(key) - n >= 3 or key[:-n] == "ex") and key[-n:] in nouns:
                return self._index[(kind, lang, key[-n:])]
        return None


def _compounds(lang: str) -> bool:
    from kg.errors import LanguageError
    from kg.lang import language_pack

    try:
        return language_pack(lang).compound_nouns
    except LanguageError:
        return False


def _split(cell: str) -> list[str]:
    return [x.strip().lower() for x in cell.split(",") if x.strip()]


def _rows(path: Path, columns: tuple[str, ...], what: str) -> list[dict[str, str]]:
    try:
        with path.open(encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f, delimiter="\t"))
    except OSError as e:
        raise ConfigError(f"cannot read {what} {path}: {e.strerror}") from None
    if not rows or set(columns) - set(rows[0]):
        missing = sorted(set(columns) - set(rows[0] if rows else {}))
        raise ConfigError(f"{what} {path} lacks columns {missing}; "
                          f"expected a tab-separated header with {', '.join(columns)}")
    return [{k: (v or "") for k, v in row.items() if k is not None} for row in rows]


def read_table(path: Path, lexicons: Mapping[str, Path] | None = None) -> RelationTable:
    """Parse the shared relation list and the language lexicons into one table.

    ``path`` is the shared list (``ontologies/relations.tsv``); ``lexicons`` maps a language
    code to its pack's ``relations.tsv`` (default: every registered pack's). Raises
    :class:`~kg.errors.ConfigError` on a malformed file or a lexicon row naming an unknown
    relation.
    """
    if lexicons is None:
        from kg.lang import relation_lexicons

        lexicons = relation_lexicons()
    words: dict[str, dict[str, dict[str, str]]] = {}
    for lang, lex_path in lexicons.items():
        for n, row in enumerate(_rows(lex_path, _LEXICON, "relation lexicon"), 2):
            place = {"_where": f"{lex_path}:{n}"}
            words.setdefault(row["relation"].strip(), {})[lang] = row | place
    relations: list[Relation] = []
    index: dict[tuple[str, str, str], RelationMatch] = {}
    for n, row in enumerate(_rows(path, _SHARED, "relation table"), 2):
        rid = row["id"].strip()
        if not rid or not rid[0].islower() or not rid.isalnum():
            raise ConfigError(f"{path}:{n}: relation id {rid!r} is not a lowerCamel name")
        if row["genitive"] not in _GENITIVES:
            raise ConfigError(f"{path}:{n}: genitive is {row['genitive']!r}; "
                              f"expected one of {', '.join(_GENITIVES)}")
        per_lang = words.pop(rid, {})
        rel = Relation(
            id=rid, label_en=row["label_en"],
            labels={lang: r["label"].strip() for lang, r in per_lang.items() if r["label"].strip()},
            preps={lang: frozenset(_split(r["preps"])) for lang, r in per_lang.items()},
            genitive_is_theme=row["genitive"] == "theme", symmetric=row["symmetric"] == "yes",
            wikidata=row["wikidata"], cameo=row["cameo"], conll04=row["conll04"],
            genitive_is_object=row["genitive"] == "object", quad_class=row.get("quad_class", ""))
        relations.append(rel)
        for lang, r in per_lang.items():
            for kind, column, inverse in (("verb", "verbs", False), ("verb", "inverse", True),
                                          ("idiom", "idioms", False), ("event", "events", False),
                                          ("role", "roles", False)):
                for form in _split(r[column]):
                    index.setdefault((kind, lang, form), RelationMatch(rel, inverse, form))
    if words:
        rid, langs = next(iter(words.items()))
        where = next(iter(langs.values()))["_where"]
        raise ConfigError(f"{where}: relation {rid!r} is not in the shared list {path}; "
                          "add it there first")
    return RelationTable(relations, index)


@cache
def load_table() -> RelationTable:
    """Return kg's relation table, read once on first use."""
    return read_table(ontology_file("relations.tsv"))


def lemma_predicate(lang: str, lemma: str) -> Predicate:
    """Return the lemma-based predicate of an unmapped verb or phrase."""
    key = "_".join(lemma.split())
    return Predicate(id=f"lemma:{lang}:{key}", label=lemma, lemma=lemma)


def said(lang: str, lemma: str) -> Predicate:
    """Return the predicate of a quote: ``says``, keeping the reporting word's ``lemma``.

    ``Zeid – says (sagen) – "…"``: what an actor says is one relation of the ontology whatever
    the verb (the lemma keeps ``sagen``, ``warnen vor``, ``fordern``); a table without the
    relation leaves the lemma's own predicate.
    """
    relation = load_table().relations.get("says")
    return relation.predicate(lemma) if relation is not None else lemma_predicate(lang, lemma)


def predicate(lang: str, lemma: str, noun: str | None = None,
              prep: str | None = None) -> tuple[Predicate, bool]:
    """Map a verb lemma (with an object noun or preposition) to a predicate.

    Returns the predicate and whether subject and object must be swapped. Idioms
    (``lemma`` + ``noun``) win over the verb itself; unmapped verbs give ``lemma:<lang>:<lemma>``
    (``lemma:<lang>:<lemma>_<prep>`` when a preposition introduces the object).
    """
    table = load_table()
    hit = table.idiom(lang, lemma, noun) if noun else None
    hit = hit or table.verb(lang, lemma, prep)
    if hit:
        return hit.predicate(lemma), hit.inverse
    return lemma_predicate(lang, f"{lemma} {prep}" if prep else lemma), False
