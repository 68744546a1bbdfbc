"""SmartData scoring: whether kg's triples link the actor pairs that SmartData's events link.

SmartData (Schiersch et al., 2018) annotates German news with entities and n-ary events
(OrganizationLeadership, Acquisition, Merger, SpinOff, Strike, …). kg has no event schema, so
the comparison is on entity *pairs*:

Gold pairs
    Every two different arguments of one event (and every head/tail of a relation) whose entity
    types are actor types (PERSON, ORGANIZATION, ORGANIZATION_COMPANY) or places (LOCATION,
    LOCATION_CITY), at least one of them an actor; pairs are unordered and de-duplicated by
    their casefolded texts. Traffic events (streets, routes, stops) therefore give no pairs.
Matching
    A kg triple links a gold pair when its subject overlaps one entity and its object the
    other, in either direction; overlap is as for CoNLL04 (a shared content word of the mention
    text or of the resolved entity's label, case-insensitive).
Figures
    Only kg triples whose two sides both overlap annotated actor/place entities of the record
    are judged (SmartData does not annotate most other relations, so other triples are neither
    right nor wrong). precision = judged triples that link a gold pair / judged triples;
    recall = gold pairs linked by some kg triple / gold pairs.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from .conll04 import side_matches
from .records import DevRecord, GoldEntity
from .scores import SetScore, prf
from .system import SystemTriple

ACTORS = frozenset({"PERSON", "ORGANIZATION", "ORGANIZATION_COMPANY"})
PLACES = frozenset({"LOCATION", "LOCATION_CITY"})


def gold_pairs(record: DevRecord) -> list[tuple[GoldEntity, GoldEntity]]:
    """Return the record's unordered actor–actor / actor–place pairs, de-duplicated by text."""
    ents = record.entities
    linked: list[tuple[int, int]] = [(r.head, r.tail) for r in record.relations]
    for event in record.events:
        args = sorted({i for i, role in event.args if role != "trigger"})
        linked.extend(itertools.combinations(args, 2))
    seen: set[frozenset[str]] = set()
    pairs: list[tuple[GoldEntity, GoldEntity]] = []
    for i, j in linked:
        if not (0 <= i < len(ents) and 0 <= j < len(ents)):
            continue
        a, b = ents[i], ents[j]
        types = {a.type, b.type}
        if not types <= ACTORS | PLACES or not types & ACTORS:
            continue
        key = frozenset((a.text.casefold(), b.text.casefold()))
        if len(key) < 2 or key in seen:
            continue
        seen.add(key)
        pairs.append((a, b))
    return pairs


def _on(entity: GoldEntity, mention: str, label: str) -> bool:
    return side_matches(entity.text, mention, label, "de")


def links(triple: SystemTriple, pair: tuple[GoldEntity, GoldEntity]) -> bool:
    """Whether a kg triple links the two entities of a gold pair, in either direction."""
    a, b = pair
    s, o = (triple.subject, triple.subject_label), (triple.object, triple.object_label)
    return (_on(a, *s) and _on(b, *o)) or (_on(b, *s) and _on(a, *o))


def judged(triple: SystemTriple, record: DevRecord) -> bool:
    """Whether both sides of a kg triple overlap annotated actor or place entities."""
    ents = [e for e in record.entities if e.type in ACTORS | PLACES]
    return (any(_on(e, triple.subject, triple.subject_label) for e in ents)
            and any(_on(e, triple.object, triple.object_label) for e in ents))


def score(pairs: Sequence[tuple[DevRecord, Sequence[SystemTriple]]], seconds: float = 0.0,
          name: str = "smartdata") -> SetScore:
    """Score kg's triples on SmartData records by linked entity pairs."""
    all_triples = n_judged = correct = gold = found = docs_with_gold = 0
    for record, system in pairs:
        gp = gold_pairs(record)
        docs_with_gold += bool(gp)
        gold += len(gp)
        all_triples += len(system)
        considered = [t for t in system if judged(t, record)]
        n_judged += len(considered)
        correct += sum(1 for t in considered if any(links(t, p) for p in gp))
        found += sum(1 for p in gp if any(links(t, p) for t in considered))
    figures = prf(correct, n_judged, found, gold)
    return SetScore(name, len(pairs), figures.precision, figures.recall, figures.f1,
                    extra=(("triples", all_triples), ("judged", n_judged), ("gold_pairs", gold),
                           ("docs_with_gold", docs_with_gold)),
                    seconds=seconds,
                    note="entity pairs of events; P over triples between annotated actors/places")
