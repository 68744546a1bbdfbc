"""CoNLL04 relation scoring: kg triples whose predicate maps to a CoNLL04 relation type.

CoNLL04 labels five relations between entity mentions of one sentence: ``Work_For`` (person →
organisation), ``Kill`` (killer → victim), ``Live_In`` (person → location), ``Located_In``
(location → location) and ``OrgBased_In`` (organisation → location).

Mapping
    A kg predicate maps to a CoNLL04 type through the ``conll04`` column of
    ``ontologies/relations.tsv`` (read by header name). Lemma-based predicates
    (``lemma:<lang>:<lemma>``) and ontology relations with an empty cell do not map; kg triples
    that do not map are neither right nor wrong here, since CoNLL04 does not annotate them.
    CoNLL04's types are defined over entity types (``Work_For`` links a person to an
    organisation, ``Live_In`` a person to a location), so a ``Work_For``-mapped triple whose kg
    object is a place (``Illinois Gov. James Thompson`` → headOf Illinois) counts as
    ``Live_In``.
Matching
    A mapped kg triple matches a gold relation of the same record when the types are equal,
    the gold head overlaps the triple's subject and the gold tail its object. Overlap is
    token-level and case-insensitive: the two texts share a content word (function words such
    as "the", "of" are ignored; see :mod:`kg.evaluation.tokens`). A side's text is its mention
    text or, failing that, the label of the entity it was resolved to (so "he" resolved to
    "John Wilkes Booth" counts). Direction counts.
Figures
    precision = mapped kg triples that match a gold relation / mapped kg triples;
    recall = gold relations matched by some kg triple / gold relations; per-type recall as extras.
Pair figures (``pair_P``, ``pair_R``)
    The held-out bar's measure: by mention span. A mapped kg triple's (subject, object) pair
    matches a gold relation of the same type when the subject's character span overlaps the
    gold head's span and the object's the tail's (any overlap: either span may contain the
    other; direction counts). Distinct (span, type, span) pairs are counted once, so the same
    pair stated twice is not two hits. No entity labels: a pronoun only counts at its own span.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from ..rdf.iris import local_name
from .records import DevRecord, GoldRelation
from .scores import SetScore, prf, ratio
from .system import SystemTriple
from .tokens import overlaps

TYPES = ("Work_For", "Kill", "Live_In", "Located_In", "OrgBased_In")
_PLACES = frozenset({"Country", "Location"})  # kg ActorType values CoNLL04 calls Loc


def load_mapping() -> dict[str, str]:
    """Return ontology relation id → CoNLL04 type, from ``relations.tsv``'s ``conll04`` column."""
    from ..rdf.relations import read_relations
    from ..resources import ontology_file

    return {spec.id: spec.conll04 for spec in read_relations(ontology_file("relations.tsv"))
            if spec.conll04}


def mapped_type(triple: SystemTriple, mapping: Mapping[str, str]) -> str | None:
    """Return the CoNLL04 type of a triple's predicate, or ``None`` (lemma predicates never map)."""
    if triple.predicate_id.startswith("lemma:"):
        return None
    kind = mapping.get(local_name(triple.predicate_id))
    if kind == "Work_For" and triple.object_type in _PLACES:
        return "Live_In"  # CoNLL04's Work_For needs an organisation; a place object: Live_In
    return kind


def side_matches(gold_text: str, mention: str, label: str, lang: str = "en") -> bool:
    """Whether a gold entity text overlaps a triple side (mention text, else entity label)."""
    return overlaps(gold_text, mention, lang) or bool(label and overlaps(gold_text, label, lang))


def relation_matches(rel: GoldRelation, record: DevRecord, triple: SystemTriple,
                     kind: str | None) -> bool:
    """Whether a kg triple of CoNLL04 type ``kind`` matches one gold relation of ``record``."""
    if kind != rel.type:
        return False
    head, tail = record.entities[rel.head].text, record.entities[rel.tail].text
    lang = record.lang if record.lang in ("de", "en") else "en"
    return (side_matches(head, triple.subject, triple.subject_label, lang)
            and side_matches(tail, triple.object, triple.object_label, lang))


def score(pairs: Sequence[tuple[DevRecord, Sequence[SystemTriple]]], mapping: Mapping[str, str],
          seconds: float = 0.0, name: str = "conll04") -> SetScore:
    """Score kg's mapped triples against the records' gold relations."""
    mapped = correct = gold = found = 0
    gold_by_type: Counter[str] = Counter()
    found_by_type: Counter[str] = Counter()
    all_triples = 0
    for record, system in pairs:
        typed = [(t, mapped_type(t, mapping)) for t in system]
        typed = [(t, k) for t, k in typed if k]
        all_triples += len(system)
        mapped += len(typed)
        correct += sum(1 for t, k in typed
                       if any(relation_matches(r, record, t, k) for r in record.relations))
        for rel in record.relations:
            gold += 1
            gold_by_type[rel.type] += 1
            if any(relation_matches(rel, record, t, k) for t, k in typed):
                found += 1
                found_by_type[rel.type] += 1
    pair_p, pair_r = pair_figures(pairs, mapping)
    figures = prf(correct, mapped, found, gold)
    per_type = tuple((f"R_{kind}", ratio(found_by_type[kind], gold_by_type[kind]))
                     for kind in TYPES if gold_by_type[kind])
    return SetScore(name, len(pairs), figures.precision, figures.recall, figures.f1,
                    extra=(("pair_P", pair_p), ("pair_R", pair_r), ("triples", all_triples),
                           ("mapped", mapped), ("gold", gold), *per_type),
                    seconds=seconds,
                    note="P/R over kg triples whose predicate maps to a CoNLL04 type "
                         f"({', '.join(sorted(set(mapping.values()))) or 'none mapped'})")


Span = tuple[int, int]


def _overlap(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def pair_figures(pairs: Sequence[tuple[DevRecord, Sequence[SystemTriple]]],
                 mapping: Mapping[str, str]) -> tuple[float | None, float | None]:
    """Return (pair precision, pair recall) by mention-span overlap (see the module docstring)."""
    system = correct = found = gold = 0
    for record, triples in pairs:
        distinct: set[tuple[Span, str, Span]] = set()
        for t in triples:
            kind = mapped_type(t, mapping)
            if kind and t.subject_span is not None and t.object_span is not None:
                distinct.add((t.subject_span, kind, t.object_span))
        spans = [((record.entities[r.head].start, record.entities[r.head].end), r.type,
                  (record.entities[r.tail].start, record.entities[r.tail].end))
                 for r in record.relations]
        system += len(distinct)
        correct += sum(1 for s, k, o in distinct
                       if any(k == gk and _overlap(s, h) and _overlap(o, tl)
                              for h, gk, tl in spans))
        gold += len(spans)
        found += sum(1 for h, gk, tl in spans
                     if any(k == gk and _overlap(s, h) and _overlap(o, tl)
                            for s, k, o in distinct))
    return ratio(correct, system), ratio(found, gold)
