"""The explorer's questions to a store: find actors, grow a neighbourhood, list a pair's statements.

``kg serve`` answers the explorer page (:mod:`kg.viz.explorer`) through a small read-only JSON
API backed by :class:`Explorer`; each answer is a handful of index lookups, so it stays fast on a
store of millions of statements:

* **search** matches a name fragment against an in-memory :class:`NameIndex` of every actor's
  ``kg:searchKey`` (lower-cased label, aliases, id, Wikidata QID) and ranks hits by exact name,
  then name start, then degree (``kg:degree`` of the summary graph). ``CONTAINS`` over the
  store's keys would scan every copy of every key (each document graph repeats the descriptions
  of the actors it mentions). The index is read once, in the background; until it is there, a
  search finds exact names only (an index lookup) and says so.
* **neighbours** reads the actor's ``kg:linkedTo`` links in the summary graph, keeps the ``limit``
  partners of highest degree, and labels each line with its asserted relations, counted from the
  direct edges between the two actors (one index lookup per pair) — never all statements of a
  hub. An actor with no links (only hypothetical or negated statements) falls back to its
  statements.
* **statements** pages through the statement nodes of one pair, starting from the actor with
  fewer statements (forced with ``LATERAL``, where the engine has it), with sentence, document,
  date and qualifiers.

The source is anything with ``query(text) -> QueryResult`` and kg's prefixes predeclared: a folder
store (:class:`~kg.rdf.store.OxigraphStore`), a SPARQL server store
(:class:`~kg.rdf.sparql_store.SparqlStore`) or the engine behind ``kg serve``
(:class:`~kg.rdf.sparql_http.SparqlClient`).
"""

from __future__ import annotations

import bisect
import re
import threading
from array import array
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from rdflib import Literal, URIRef
from rdflib.term import Node

from ..errors import KGError, QueryError
from ..types import ActorType
from .iris import local_name, relation_label
from .sparql import QueryResult, execute_with, inject_values, load_named_query, named_queries
from .vocab import DCTERMS, KG, PROV, RDF, SUMMARY_GRAPH

MAX_LIMIT = 200
LINE_CAP = 25  # direct edges read per pair and direction when a line's relations are counted
_ROUND, _ROUNDS = 256, 4  # candidate partners asked per round, rounds before reading all links
_FEW = 200  # degree up to which a pair's statements are found from that actor's side by lookups
_IRI = re.compile(r"^https?://[^\s<>\"{}|\\^`]+$")
_SUMMARY = f"<{SUMMARY_GRAPH}>"
_DERIVED = str(PROV.wasDerivedFrom)
_PREDICATE = str(RDF.predicate)
_NAMED = {str(RDF.subject), str(RDF.predicate), str(RDF.object), str(KG.place),
          str(KG.attributedTo)}  # facts whose value is shown by its label
_STATEMENT_FACTS = ", ".join(f"<{p}>" for p in (
    *sorted(_NAMED), _DERIVED, KG.negated, KG.modality, KG.confidence, KG.sentence, KG.time,
    DCTERMS.date))


class Source(Protocol):
    """Answers SPARQL over the union of a store's graphs (kg's prefixes predeclared)."""

    def query(self, text: str) -> QueryResult:
        """Run a SELECT query."""
        ...


@dataclass(frozen=True, slots=True)
class Actor:
    """An actor as the explorer shows it."""

    iri: str
    label: str
    type: str  # kg's class local name ("Person", …) or ""
    degree: int  # statements it takes part in (0 if the store keeps no degrees)


@dataclass(frozen=True, slots=True)
class Relation:
    """One relation on a line between two actors: its label, direction and how often."""

    label: str
    forward: bool  # from the line's first actor to its second
    count: int  # documents asserting it


@dataclass(frozen=True, slots=True)
class Line:
    """A line between two actors with the relations drawn on it."""

    source: str
    target: str
    relations: tuple[Relation, ...]
    capped: bool = False  # more edges than were counted (LINE_CAP per direction)

    @property
    def count(self) -> int:
        """Return how many asserted relations the line stands for."""
        return sum(r.count for r in self.relations)


@dataclass(frozen=True, slots=True)
class Neighbourhood:
    """An actor, its ``limit`` strongest partners and the lines to them."""

    actor: Actor
    partners: tuple[Actor, ...]
    lines: tuple[Line, ...]
    total: int  # partners the actor has in all


@dataclass(frozen=True, slots=True)
class Statement:
    """One statement between a pair, with its sentence, document, date and qualifiers."""

    iri: str
    subject: str
    relation: str
    object: str
    negated: bool
    modality: str
    confidence: float | None
    sentence: str
    doc: str
    title: str
    date: str
    time: str
    place: str
    attributed_to: str


@dataclass(frozen=True, slots=True)
class StatementPage:
    """A page of a pair's statements; ``more`` if the pair has statements after it."""

    statements: tuple[Statement, ...]
    offset: int
    more: bool


@dataclass(frozen=True, slots=True)
class Hits:
    """Actors found for a name fragment; ``partial`` while the name index is loading."""

    actors: tuple[Actor, ...]
    partial: bool


@dataclass(frozen=True)
class NameIndex:
    """Every search key of the store with its actor, and every actor's degree, in memory.

    Keys are kept in one newline-joined string (``str.find`` runs in C), with the start offset and
    actor of each key alongside in arrays.
    """

    text: str
    starts: Sequence[int]  # arrays of machine ints (4 bytes each), not tuples of int objects
    owners: Sequence[int]  # index into actors, per key
    actors: tuple[str, ...]
    degrees: Sequence[int]  # per actor
    positions: dict[str, int]  # actor IRI -> index into actors
    ranked: Sequence[int] = ()  # actors by degree, highest first (IRI on ties)
    labels: tuple[str, ...] = ()  # per actor ("" if none)
    types: tuple[str, ...] = ()  # per actor: kg's class local name or ""

    def actor(self, iri: str) -> Actor | None:
        """Return an actor as the index knows it (None if it does not)."""
        at = self.positions.get(iri)
        if at is None or at >= len(self.labels) or not self.labels[at]:
            return None
        return Actor(iri, self.labels[at], self.types[at], self.degrees[at])

    def degree(self, iri: str) -> int:
        """Return an actor's degree (0 if unknown)."""
        at = self.positions.get(iri)
        return 0 if at is None else self.degrees[at]

    def find(self, fragment: str, limit: int) -> list[tuple[str, int]]:
        """Return up to ``limit`` (actor IRI, degree) whose key holds ``fragment``, best first."""
        needle = fragment.strip().lower()
        if not needle or "\n" in needle:
            return []
        best: dict[int, tuple[int, int]] = {}  # actor -> (rank, degree): 0 exact, 1 start, 2 inside
        pos = self.text.find(needle)
        while pos >= 0:
            key = bisect.bisect_right(self.starts, pos) - 1
            start = self.starts[key]
            end = self.text.find("\n", start)
            if pos + len(needle) <= (end if end >= 0 else len(self.text)):
                rank = 2
                if pos == start or self.text[pos - 1] == " ":
                    rank = 0 if pos == start and pos + len(needle) == end else 1
                owner = self.owners[key]
                old = best.get(owner)
                if old is None or rank < old[0]:
                    best[owner] = (rank, self.degrees[owner])
            pos = self.text.find(needle, pos + 1)
        order = sorted(best.items(), key=lambda item: (item[1][0], -item[1][1],
                                                       self.actors[item[0]]))
        return [(self.actors[a], self.degrees[a]) for a, _ in order[:limit]]


_KEYS = "SELECT DISTINCT ?a ?k WHERE { ?a kg:searchKey ?k FILTER(isIRI(?a)) }"
_DEGREES = f"SELECT ?a ?n WHERE {{ GRAPH {_SUMMARY} {{ ?a kg:degree ?n }} }}"
_LABELS = "SELECT DISTINCT ?a ?l WHERE { ?a rdfs:label ?l FILTER(isIRI(?a)) }"


def _types_query() -> str:
    classes = " ".join(f"<{KG[t.value]}>" for t in ActorType)
    return f"SELECT DISTINCT ?a ?t WHERE {{ VALUES ?t {{ {classes} }} ?a a ?t }}"


def load_index(source: Source) -> NameIndex:
    """Read every search key, degree, label and type of the store into a :class:`NameIndex`."""
    actors: dict[str, int] = {}
    pairs: list[tuple[str, int]] = []
    for a, k in source.query(_KEYS).rows:
        if isinstance(a, URIRef) and isinstance(k, Literal) and "\n" not in str(k):
            pairs.append((str(k), actors.setdefault(str(a), len(actors))))
    degree = [0] * len(actors)
    for a, n in source.query(_DEGREES).rows:
        index = actors.get(str(a))
        if index is not None and isinstance(n, Literal):
            degree[index] = _int(n)
    starts, owners, parts, at = array("q"), array("i"), [], 0
    for key, owner in sorted(pairs):
        starts.append(at)
        owners.append(owner)
        parts.append(key)
        at += len(key) + 1
    labels, types = [""] * len(actors), [""] * len(actors)
    for a, label in source.query(_LABELS).rows:
        slot = actors.get(str(a))
        if slot is not None and not labels[slot] and isinstance(label, Literal):
            labels[slot] = str(label)
    for a, kind in source.query(_types_query()).rows:
        slot = actors.get(str(a))
        if slot is not None and not types[slot]:
            types[slot] = str(kind).removeprefix(str(KG))
    names = tuple(actors)
    ranked = sorted(range(len(names)), key=lambda i: (-degree[i], names[i]))
    return NameIndex("\n".join(parts), starts, owners, names, array("q", degree), actors,
                     array("i", ranked), tuple(labels), tuple(types))


def _int(term: Node | None) -> int:
    try:
        return int(str(term))
    except ValueError:
        return 0


def _text(term: Node | None) -> str:
    return "" if term is None else str(term)


def actor_iri(text: str) -> URIRef:
    """Return an actor IRI given by a client, or raise QueryError if it is not one."""
    if not _IRI.match(text or ""):
        raise QueryError(f"expected an actor IRI (http…), got {text[:100]!r}")
    return URIRef(text)


def _limit(value: int, default: int) -> int:
    return default if value <= 0 else min(value, MAX_LIMIT)


def _first(term: str, prop: str, var: str, condition: str = "") -> str:
    """Return a group binding ``var`` to one value of ``term prop var`` (a LATERAL lookup).

    The subquery projects ``term`` so that LATERAL binds it from outside: each stored document
    repeats an actor's label and type, and one copy is enough.
    """
    return (f"  LATERAL {{ OPTIONAL {{ SELECT {term} {var} WHERE {{ {term} {prop} {var} "
            f"{condition} }} LIMIT 1 }} }}\n")


class Explorer:
    """Answers the explorer's questions from a store (see the module docstring).

    ``lateral`` says whether the engine has SPARQL 1.2's ``LATERAL`` (Oxigraph does); without it
    labels are sampled with ``GROUP BY`` and pair lookups are left to the engine's join order.
    ``index_source`` reads the name index when ``source`` cannot (e.g. a query timeout).
    """

    def __init__(self, source: Source, *, lateral: bool = True,
                 index_source: Source | None = None) -> None:
        self.source = source
        self.index_source = index_source or source  # if source fails (e.g. the engine's timeout)
        self.lateral = lateral
        self._index: NameIndex | None = None
        self.error = ""  # why the name index could not be read ("" if it could)
        self._generation = 0
        self._lock = threading.Lock()
        self._started = False

    # -- the name index ------------------------------------------------------------------------
    @property
    def index(self) -> NameIndex | None:
        """Return the name index, or None while it is (re)loading."""
        return self._index

    def load(self) -> None:
        """Read the name index now (a later :meth:`invalidate` makes it stale again)."""
        with self._lock:
            generation = self._generation
        try:
            index = load_index(self.source)
        except KGError:
            if self.index_source is self.source:
                raise
            index = load_index(self.index_source)
        with self._lock:
            if generation == self._generation:
                self._index = index

    def start(self) -> None:
        """Start reading the name index in the background, unless that has been started."""
        with self._lock:
            if self._started:
                return
            self._started = True
        self.load_in_background()

    def load_in_background(self) -> threading.Thread:
        """Start reading the name index in a daemon thread; return the thread."""
        def run() -> None:
            try:
                self.load()
            except Exception as err:  # a thread has no caller to raise to
                self.error = f"{type(err).__name__}: {err}"[:300]

        thread = threading.Thread(target=run, name="kg-explorer-index", daemon=True)
        thread.start()
        return thread

    def invalidate(self, reload: bool = True) -> None:
        """Drop the name index (the store changed); read it again in the background if ``reload``.

        An index being read when this is called is not kept (it may predate the change).
        """
        with self._lock:
            self._generation += 1
            self._index = None
        if reload:
            self.load_in_background()

    # -- questions -----------------------------------------------------------------------------
    def describe(self, iris: Sequence[str], degrees: dict[str, int] | None = None
                 ) -> list[Actor]:
        """Return label, type and degree of each actor, in the given order."""
        if not iris:
            return []
        index = self._index
        known = [index.actor(i) for i in iris] if index is not None else []
        if known and all(known):
            return [a for a in known if a is not None]
        values = " ".join(actor_iri(i).n3() for i in iris)
        if self.lateral:
            text = (f"SELECT ?a ?l ?t ?n WHERE {{ VALUES ?a {{ {values} }}\n"
                    + _first("?a", "rdfs:label", "?l")
                    + _first("?a", "a", "?t", "FILTER(STRSTARTS(STR(?t), STR(kg:)))") +
                    f"  OPTIONAL {{ GRAPH {_SUMMARY} {{ ?a kg:degree ?n }} }} }}")
        else:
            text = (f"SELECT ?a (SAMPLE(?l0) AS ?l) (SAMPLE(?t0) AS ?t) (SAMPLE(?n0) AS ?n) "
                    f"WHERE {{ VALUES ?a {{ {values} }}\n"
                    "  OPTIONAL { ?a rdfs:label ?l0 }\n"
                    "  OPTIONAL { ?a a ?t0 FILTER(STRSTARTS(STR(?t0), STR(kg:))) }\n"
                    f"  OPTIONAL {{ GRAPH {_SUMMARY} {{ ?a kg:degree ?n0 }} }} }} GROUP BY ?a")
        found: dict[str, Actor] = {}
        for a, label, kind, n in self.source.query(text).rows:
            iri = _text(a)
            if iri in found:
                continue
            degree = _int(n) if n is not None else (degrees or {}).get(iri, 0)
            found[iri] = Actor(iri, _text(label) or local_name(iri),
                               _text(kind).removeprefix(str(KG)), degree)
        return [found.get(i, Actor(i, local_name(i), "", 0)) for i in iris]

    def search(self, fragment: str, limit: int = 20) -> Hits:
        """Return the actors whose names contain ``fragment``, best match first."""
        limit = _limit(limit, 20)
        needle = fragment.strip().lower()
        if not needle:
            return Hits((), self._index is None)
        index = self._index
        if index is not None:
            found = index.find(needle, limit)
            return Hits(tuple(self.describe([a for a, _ in found], dict(found))), False)
        rows = self.source.query("SELECT DISTINCT ?a WHERE { ?a kg:searchKey "
                                 f"{Literal(needle).n3()} FILTER(isIRI(?a)) }} "
                                 f"LIMIT {limit}").rows
        hits = self.describe([_text(r[0]) for r in rows])
        return Hits(tuple(sorted(hits, key=lambda a: (-a.degree, a.label))), True)

    def neighbours(self, actor: str, limit: int = 25) -> Neighbourhood:
        """Return ``actor``, its ``limit`` partners of highest degree and the lines to them."""
        limit = _limit(limit, 25)
        a = actor_iri(actor).n3()
        index = self._index
        if index is not None:
            partners, total = self._top_links(a, index, limit)
        else:
            links = (f"SELECT ?b ?n WHERE {{ GRAPH {_SUMMARY} {{ {a} kg:linkedTo ?b "
                     f"OPTIONAL {{ ?b kg:degree ?n }} }} }} ORDER BY DESC(?n) ?b LIMIT {limit}")
            partners = [(_text(r[0]), _int(r[1])) for r in self.source.query(links).rows]
            total = len(partners)
            if total == limit:
                count = (f"SELECT (COUNT(*) AS ?c) WHERE {{ GRAPH {_SUMMARY} "
                         f"{{ {a} kg:linkedTo ?b }} }}")
                total = _int(self.source.query(count).rows[0][0])
        if not partners:
            partners = self._statement_partners(a, limit)
            total = len(partners)
        centre, *others = self.describe([actor, *(b for b, _ in partners)], dict(partners))
        return Neighbourhood(centre, tuple(others), self._lines(actor, [b for b, _ in partners]),
                             total)

    def _top_links(self, a: str, index: NameIndex, limit: int
                   ) -> tuple[list[tuple[str, int]], int]:
        """Return the ``limit`` linked partners of highest degree, and how many there are.

        A busy actor's strongest partners are among the busiest actors, so those are asked first,
        ``_ROUND`` at a time (one index lookup each); an actor with few links, or one whose
        partners are not found among the first rounds, has all its links read and ranked here.
        """
        links = f"GRAPH {_SUMMARY} {{ {a} kg:linkedTo ?b }}"
        total = _int(self.source.query(f"SELECT (COUNT(*) AS ?c) WHERE {{ {links} }}"
                                       ).rows[0][0])
        if total > _ROUND:
            found: list[tuple[str, int]] = []
            for start in range(0, min(len(index.ranked), _ROUND * _ROUNDS), _ROUND):
                batch = [index.actors[i] for i in index.ranked[start:start + _ROUND]]
                values = " ".join(URIRef(b).n3() for b in batch if _IRI.match(b))
                hits = {_text(r[0]) for r in self.source.query(
                    f"SELECT ?b WHERE {{ VALUES ?b {{ {values} }} {links} }}").rows}
                found += [(b, index.degree(b)) for b in batch if b in hits]
                if len(found) >= limit:
                    return found[:limit], total
        rows = self.source.query(f"SELECT ?b WHERE {{ {links} }}").rows
        ranked = sorted(((_text(r[0]), index.degree(_text(r[0]))) for r in rows),
                        key=lambda bn: (-bn[1], bn[0]))
        return ranked[:limit], total

    def _statement_partners(self, a: str, limit: int) -> list[tuple[str, int]]:
        text = (f"SELECT ?b (COUNT(?st) AS ?n) WHERE {{ {{ ?st rdf:subject {a} ; rdf:object ?b }}"
                f" UNION {{ ?st rdf:object {a} ; rdf:subject ?b }} FILTER(isIRI(?b)) }}"
                f" GROUP BY ?b ORDER BY DESC(?n) ?b LIMIT {limit}")
        return [(_text(r[0]), _int(r[1])) for r in self.source.query(text).rows]

    def _lines(self, actor: str, partners: Sequence[str]) -> tuple[Line, ...]:
        if not partners:
            return ()
        a = actor_iri(actor).n3()
        values = " ".join(actor_iri(b).n3() for b in partners)
        if self.lateral:  # at most LINE_CAP edges per pair and direction: a hub pair has thousands
            edges = ("  LATERAL { { SELECT ?b ?p ?g (true AS ?fwd) WHERE { GRAPH ?g { "
                     f"{a} ?p ?b }} }} LIMIT {LINE_CAP} }}\n"
                     "    UNION { SELECT ?b ?p ?g (false AS ?fwd) WHERE { GRAPH ?g { "
                     f"?b ?p {a} }} }} LIMIT {LINE_CAP} }} }}\n")
            text = (f"SELECT ?b ?p ?fwd (COUNT(*) AS ?n) WHERE {{ VALUES ?b {{ {values} }}\n"
                    f"{edges}}} GROUP BY ?b ?p ?fwd")
        else:
            text = (f"SELECT ?b ?p ?fwd (COUNT(DISTINCT ?g) AS ?n) WHERE {{\n"
                    f"  VALUES ?b {{ {values} }}\n"
                    f"  {{ GRAPH ?g {{ {a} ?p ?b }} BIND(true AS ?fwd) }} UNION "
                    f"{{ GRAPH ?g {{ ?b ?p {a} }} BIND(false AS ?fwd) }}\n"
                    "} GROUP BY ?b ?p ?fwd")
        rows = [(_text(r[0]), _text(r[1]), _text(r[2]) == "true", _int(r[3]))
                for r in self.source.query(text).rows]
        kinds = self._relations(sorted({p for _, p, _, _ in rows}))
        found: dict[str, list[Relation]] = {b: [] for b in partners}
        read: dict[tuple[str, bool], int] = {}  # edges read per pair and direction
        for b, p, forward, n in rows:
            read[b, forward] = read.get((b, forward), 0) + n
            if p in kinds:
                found.setdefault(b, []).append(Relation(kinds[p], forward, n))
        return tuple(Line(actor, b, tuple(sorted(rels, key=lambda r: (-r.count, r.label))),
                          self.lateral and LINE_CAP in (read.get((b, True)), read.get((b, False))))
                     for b, rels in found.items())

    def _relations(self, predicates: Sequence[str]) -> dict[str, str]:
        """Return the label of each of ``predicates`` that is a statement relation."""
        if not predicates:
            return {}
        values = " ".join(URIRef(p).n3() for p in predicates if _IRI.match(p))
        kind = "FILTER(?kind IN (kg:Relation, kg:LemmaRelation))"
        if self.lateral:
            text = (f"SELECT ?p ?kind ?l WHERE {{ VALUES ?p {{ {values} }}\n"
                    + _first("?p", "a", "?kind", kind) + _first("?p", "rdfs:label", "?l") + "}")
        else:
            text = (f"SELECT ?p (SAMPLE(?k) AS ?kind) (SAMPLE(?l0) AS ?l) WHERE {{ VALUES ?p "
                    f"{{ {values} }} ?p a ?k FILTER(?k IN (kg:Relation, kg:LemmaRelation)) "
                    "OPTIONAL { ?p rdfs:label ?l0 } } GROUP BY ?p")
        return {_text(r[0]): _text(r[2]) or relation_label(r[0])
                for r in self.source.query(text).rows if r[1] is not None}

    def statements(self, a: str, b: str, offset: int = 0, limit: int = 50) -> StatementPage:
        """Return a page of the statements between ``a`` and ``b`` (either way round)."""
        limit, offset = _limit(limit, 50), max(0, offset)
        x, y = actor_iri(a).n3(), actor_iri(b).n3()
        small, big = sorted((x, y), key=self._degree)
        if self.lateral and self._degree(small) <= _FEW:
            # a quiet actor: its few statements, each checked for the other end (one lookup)
            pair = (f"{{ ?st rdf:subject {small} LATERAL {{ ?st rdf:object {big} }} }} UNION "
                    f"{{ ?st rdf:object {small} LATERAL {{ ?st rdf:subject {big} }} }}")
        else:
            # two busy actors: each side's statements are one contiguous index range; separate
            # subqueries make the engine join the two ranges instead of looking up one end of
            # every statement of one side (thousands of random reads)
            def side(one: str, two: str) -> str:
                return (f"{{ {{ SELECT ?st WHERE {{ ?st rdf:subject {one} }} }} "
                        f"{{ SELECT ?st WHERE {{ ?st rdf:object {two} }} }} }}")

            pair = f"{side(x, y)} UNION {side(y, x)}"
        first = f"SELECT ?st WHERE {{ {pair} }} ORDER BY ?st LIMIT {limit + 1} OFFSET {offset}"
        ids = [r[0] for r in self.source.query(first).rows if isinstance(r[0], URIRef)]
        more, ids = len(ids) > limit, ids[:limit]
        if not ids:
            return StatementPage((), offset, False)
        # one prefix scan per statement, one per document, one label lookup per term
        values = " ".join(i.n3() for i in ids)
        facts: dict[str, dict[str, Node]] = {}
        for st, prop, val in self.source.query(
                f"SELECT ?st ?prop ?val WHERE {{ VALUES ?st {{ {values} }} ?st ?prop ?val "
                f"FILTER(?prop IN ({_STATEMENT_FACTS})) }}").rows:
            if st is not None and prop is not None and val is not None:
                facts.setdefault(str(st), {}).setdefault(str(prop), val)
        docs = {f[_DERIVED] for f in facts.values() if isinstance(f.get(_DERIVED), URIRef)}
        about: dict[str, dict[str, Node]] = {}
        if docs:
            in_docs = " ".join(x.n3() for x in docs)
            for d, prop, val in self.source.query(
                    f"SELECT ?d ?prop ?val WHERE {{ VALUES ?d {{ {in_docs} }} ?d ?prop ?val "
                    "FILTER(?prop IN (kg:docId, dcterms:title, dcterms:date)) }").rows:
                if d is not None and prop is not None and val is not None:
                    about.setdefault(str(d), {}).setdefault(str(prop), val)
        named = {str(v) for f in facts.values() for k, v in f.items()
                 if k in _NAMED and isinstance(v, URIRef)}
        labels = self.labels(sorted(named))
        rows: dict[str, Statement] = {}
        for iri, f in facts.items():
            doc = about.get(str(f.get(_DERIVED, "")), {})

            def name(prop: str, f: dict[str, Node] = f) -> str:
                term = _text(f.get(prop))
                if not term:
                    return ""
                return relation_label(term, labels) if prop == _PREDICATE else (
                    labels.get(term) or local_name(term))

            confidence = f.get(str(KG.confidence))
            rows[iri] = Statement(
                iri, name(str(RDF.subject)), name(str(RDF.predicate)), name(str(RDF.object)),
                _text(f.get(str(KG.negated))) == "true",
                local_name(_text(f.get(str(KG.modality))) or "asserted"),
                float(str(confidence)) if confidence is not None else None,
                _text(f.get(str(KG.sentence))), _text(doc.get(str(KG.docId))),
                _text(doc.get(str(DCTERMS.title))),
                _text(f.get(str(DCTERMS.date)) or doc.get(str(DCTERMS.date))),
                _text(f.get(str(KG.time))), name(str(KG.place)), name(str(KG.attributedTo)))
        ordered = sorted(rows.values(), key=lambda st: (st.date or "9999", st.doc, st.iri))
        return StatementPage(tuple(ordered), offset, more)

    def labels(self, iris: Sequence[str]) -> dict[str, str]:
        """Return the ``rdfs:label`` of each of ``iris`` that has one."""
        if not iris:
            return {}
        values = " ".join(URIRef(i).n3() for i in iris if _IRI.match(i))
        label = (_first("?x", "rdfs:label", "?l") if self.lateral
                 else "  OPTIONAL { ?x rdfs:label ?l }\n")
        found: dict[str, str] = {}
        for x, text in self.source.query(
                f"SELECT ?x ?l WHERE {{ VALUES ?x {{ {values} }}\n{label}}}").rows:
            if x is not None and text is not None:
                found.setdefault(str(x), str(text))
        return found

    def _degree(self, term: str) -> int:
        index = self._index
        if index is not None:
            return index.degree(term[1:-1])
        rows = self.source.query(f"SELECT ?n WHERE {{ GRAPH {_SUMMARY} {{ {term} kg:degree ?n }} }}"
                                 ).rows
        return _int(rows[0][0]) if rows else 0


# -- named queries and result tables ---------------------------------------------------------
MAX_ROWS = 1000  # rows of a named query's answer sent to the page (the rest is cut, and said)


@dataclass(frozen=True, slots=True)
class QueryParam:
    """A parameter a named query declares (see :mod:`kg.rdf.sparql`)."""

    name: str
    description: str
    default: str | None
    kind: str  # string, integer, date or actor


@dataclass(frozen=True, slots=True)
class QueryInfo:
    """A named query as the explorer's form offers it."""

    name: str
    description: str
    params: tuple[QueryParam, ...]


@dataclass(frozen=True, slots=True)
class Queries:
    """kg's named queries, by name."""

    queries: tuple[QueryInfo, ...]


@dataclass(frozen=True, slots=True)
class Actors:
    """Actors asked for by IRI (label, type, degree), in the order asked."""

    actors: tuple[Actor, ...]


@dataclass(frozen=True, slots=True)
class Cell:
    """One value of a result table: ``uri``, ``literal`` or ``bnode`` (as in SPARQL JSON)."""

    type: str
    value: str


@dataclass(frozen=True, slots=True)
class Table:
    """A SELECT answer for the page; ``truncated`` if rows past :data:`MAX_ROWS` were cut."""

    columns: tuple[str, ...]
    rows: tuple[tuple[Cell | None, ...], ...]
    truncated: bool = False


def query_list() -> Queries:
    """Return kg's named queries with their descriptions and declared parameters."""
    infos = []
    for name in named_queries():
        q = load_named_query(name)
        infos.append(QueryInfo(name, q.description, tuple(
            QueryParam(p.name, p.description, p.default, p.kind) for p in q.params)))
    return Queries(tuple(infos))


def _cell(term: Node | None) -> Cell | None:
    if term is None:
        return None
    if isinstance(term, URIRef):
        return Cell("uri", str(term))
    if isinstance(term, Literal):
        return Cell("literal", str(term))
    return Cell("bnode", str(term))


def run_named(source: Source, name: str, given: dict[str, str]) -> Table:
    """Run the named query ``name`` with parameters ``given`` on ``source``; a table.

    Parameters are checked and bound as ``kg query STORE NAME --param k=v`` does them (actor names
    looked up, values escaped into a ``VALUES`` clause); an unknown name or a bad parameter is a
    :class:`QueryError`. At most :data:`MAX_ROWS` rows are returned.
    """
    query = load_named_query(name)

    def run(text: str, rows: Sequence[Mapping[str, Node]] | None = None,
            max_rows: int | None = None) -> QueryResult:
        return source.query(inject_values(text, rows or ()))

    result = execute_with(run, query, given)
    if result.boolean is not None or result.graph is not None:
        raise QueryError(f"named query {name!r} is not a SELECT query")
    return Table(result.columns, tuple(tuple(_cell(t) for t in row)
                                       for row in result.rows[:MAX_ROWS]),
                 len(result.rows) > MAX_ROWS)
