"""CoNLL04 relation scoring: kg triples whose predicate maps to a CoNLL04 relation type.

CoNLL04 labels five relations between entity mentions of one sentence: ``Work_For`` (person →
organisation), ``Kill`` (killer → victim), ``Live_In`` (person → location), ``Located_In``
(location → location) and ``OrgBased_In`` (organisation → location).

Mapping
    A kg predicate maps to a CoNLL04 type through the ``conll04`` column of
    ``ontologies/relations.tsv`` (read by header name). Lemma-based predicates
    (``lemma:<lang>:<lemma>``) and ontology relations with an empty cell do not map; kg triples
    that do not map are neither right nor wrong here, since CoNLL04 does not annotate them.
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
    return mapping.get(local_name(triple.predicate_id))


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
    figures = prf(correct, mapped, found, gold)
    per_type = tuple((f"R_{kind}", ratio(found_by_type[kind], gold_by_type[kind]))
                     for kind in TYPES if gold_by_type[kind])
    return SetScore(name, len(pairs), figures.precision, figures.recall, figures.f1,
                    extra=(("triples", all_triples), ("mapped", mapped), ("gold", gold), *per_type),
                    seconds=seconds,
                    note="P/R over kg triples whose predicate maps to a CoNLL04 type "
                         f"({', '.join(sorted(set(mapping.values()))) or 'none mapped'})")
