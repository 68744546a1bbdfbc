"""Resolution one document at a time against a running corpus index (streaming builds).

:func:`kg.resolve.resolve_docs` joins the whole corpus at once, so it holds every mention of
every document. A streaming build cannot: :class:`CorpusIndex` keeps only compact cross-document
state — the canonical entities so far (label, type, aliases, related), the full person names by
surname, the spelling-variant groups with their mention counts, the acronyms defined so far and
the acting capitals — and resolves each document, in input order, against it. One real-world
actor keeps one node across documents and batches, and since each document sees exactly the
documents before it, how documents are batched changes nothing.

What differs from the whole-corpus :func:`~kg.resolve.resolve_docs` (documented in
``docs/design.md``): a cross-document join (``partial-name-corpus``, ``spelling-variant``,
``acronym-corpus``) uses the evidence of the documents read so far, so it reaches documents
after the evidence, not before; an entity's label and type are fixed by the first document
that names it (later documents add aliases and ``metonymOf`` links, never change what was
written), so every document graph describes an entity consistently.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from ..knowledge.gazetteer import fold, is_acronym
from ..knowledge.gazetteer import gazetteer as actor_gazetteer
from ..types import ActorType, Entity, Mention, Merge, RawTriple, Resolution, Triple
from . import _LINKED, DocumentAssignments, names_by_entity, without_spare_fallbacks
from .canonical import Assignment, base_form, by_rule, choose_label, choose_type, name_key

_FREE = frozenset({"exact", "inflection"})
_Key = tuple[str, int, int]


def _key(m: Mention) -> _Key:
    return (m.doc_id, m.start, m.end)


class CorpusIndex:
    """The running cross-document state of a streaming resolution (no mentions, no docs)."""

    def __init__(self, merge: bool = True) -> None:
        self.merge = merge
        self.entities: dict[str, Entity] = {}  # canonical entities so far, by id
        self._full: dict[str, dict[str, str]] = {}  # surname → {person entity id: full name}
        self._variants: dict[str, Counter[str]] = {}  # folded name → {entity id: mentions}
        self._defined: dict[str, set[str]] = {}  # acronym → entity ids it was defined as
        self._metonyms: dict[str, str] = {}  # entity id of an acting capital → its country

    def add_entity(self, entity: Entity) -> None:
        """Seed the index with an entity resolved earlier (a store's, when a build resumes)."""
        self.entities.setdefault(entity.id, entity)
        for relation, other in entity.related:
            if relation == "metonymOf":
                self._metonyms.setdefault(entity.id, other)

    def add_name(self, entity_id: str, name: str, rule: str, kind: ActorType,
                 count: int = 1) -> None:
        """Seed the index with ``count`` mentions ``name`` of an entity, joined by ``rule``.

        A stored mention keeps its text, not its lemma; the text stands in for the base form.
        """
        words = name.split()
        if kind is ActorType.PERSON and len(words) > 1 and rule != "alias-file":
            self._full.setdefault(words[-1], {})[entity_id] = " ".join(words)
        if rule in _FREE | {"spelling-variant"} and name[:1].isupper():
            self._variants.setdefault(fold(name), Counter())[entity_id] += count
        if rule in {"acronym", "acronym-corpus"} and is_acronym(name):
            self._defined.setdefault(name, set()).add(entity_id)

    def resolve(self, part: DocumentAssignments, raw: Sequence[RawTriple]) -> Resolution:
        """Resolve one document (its assignments and raw triples) and add it to the index.

        Returns the document's triples, mentions and merges, and the entities they name (as
        known after this document) with the known entities those are related to.
        """
        assigned = {_key(m): (m, a) for m, a in part.assigned}
        for capital, country in part.metonyms:
            self._metonyms.setdefault(capital, country)
        if self.merge:
            self._join(assigned)
        named = self._update_entities(assigned.values())

        def entity_of(m: Mention | None) -> Entity | None:
            hit = assigned.get(_key(m)) if m is not None else None
            return self.entities.get(hit[1].entity_id) if hit else None

        triples: list[Triple] = []
        for t in raw:
            subj, obj = entity_of(t.subject), entity_of(t.object)
            if subj is None or obj is None or subj.id == obj.id:
                continue
            triples.append(Triple(subj, t.predicate, obj, t.subject, t.object, t.provenance,
                                  t.negated, t.modality, t.time, entity_of(t.place),
                                  entity_of(t.attributed_to)))
        triples = without_spare_fallbacks(triples)
        resolved = sorted(((m, a) for m, a in assigned.values() if a.entity_id in self.entities),
                          key=lambda p: (p[0].doc_id, p[0].start, p[0].end))
        ids = named | {a.entity_id for _, a in resolved}
        ids |= {other for eid in list(ids) for _, other in self.entities[eid].related
                if other in self.entities}
        return Resolution(
            triples=tuple(triples),
            entities=tuple(self.entities[eid] for eid in sorted(ids)),
            mentions=tuple((m, a.entity_id) for m, a in resolved),
            merges=tuple(Merge(a.entity_id, m, a.rule, a.score, a.evidence) for m, a in resolved),
        )

    def _join(self, assigned: dict[_Key, tuple[Mention, Assignment]]) -> None:
        """Apply the cross-document joins of :mod:`kg.resolve.canonical` against the index."""
        pairs = list(assigned.values())
        for m, a in pairs:  # full person names (join_partial_names)
            words = base_form(m).split()
            if m.type is ActorType.PERSON and len(words) > 1 and a.rule != "alias-file":
                self._full.setdefault(words[-1], {})[a.entity_id] = " ".join(words)
        joined: dict[_Key, Assignment] = {}
        for m, a in pairs:
            base = base_form(m)
            if (m.type is not ActorType.PERSON or len(base.split()) != 1
                    or a.rule not in _FREE or a.entity_id != name_key(base)):
                continue
            owners = self._full.get(base, {})
            if len(owners) == 1:
                (entity_id, name), = owners.items()
                if entity_id != a.entity_id:
                    joined[_key(m)] = by_rule(entity_id, "partial-name-corpus",
                                              f"{m.text} → {name} (named in full in another "
                                              "document)")
        current = [(m, joined.get(_key(m), a)) for m, a in pairs]
        for m, a in current:  # spelling variants and acronyms (join_variants)
            if a.rule in _FREE and base_form(m)[:1].isupper():
                self._variants.setdefault(fold(base_form(m)), Counter())[a.entity_id] += 1
            if a.rule == "acronym":
                self._defined.setdefault(base_form(m), set()).add(a.entity_id)
        for m, a in current:
            if a.rule not in _FREE:
                continue
            base = base_form(m)
            targets = self._defined.get(base, set())
            if is_acronym(base) and len(targets) == 1 and a.entity_id not in targets:
                (target,) = targets
                joined[_key(m)] = by_rule(target, "acronym-corpus",
                                          f"{m.text} defined as {target} in another document")
                continue
            group = self._variants.get(fold(base))
            if group is None or len(group) < 2:
                continue
            best = max(sorted(group), key=lambda e: group[e])
            if best != a.entity_id:
                joined[_key(m)] = by_rule(best, "spelling-variant",
                                          f"{m.text} → {best} (same name up to case and accents)")
        moved = {assigned[k][1].entity_id: a.entity_id for k, a in joined.items()}
        for k, a in joined.items():
            assigned[k] = (assigned[k][0], a)
        named_ids = set(self.entities) | {a.entity_id for _, a in assigned.values()
                                          if a.rule not in _LINKED}
        for k, (m, a) in list(assigned.items()):
            moved_to = moved.get(a.entity_id)
            if moved_to and a.rule in _LINKED and a.entity_id not in named_ids:
                assigned[k] = (m, Assignment(moved_to, a.rule, a.score, a.evidence))

    def _update_entities(self, pairs: Iterable[tuple[Mention, Assignment]]) -> set[str]:
        """Create the entities this document names first; add its names to known ones."""
        n = names_by_entity(pairs)
        forms, texts, kinds, labels = n.forms, n.texts, n.kinds, n.labels
        gaz = actor_gazetteer()
        for eid, names in forms.items():
            old = self.entities.get(eid)
            related = () if old is not None else (gaz.entries[eid].related
                                                  if eid in gaz.entries else ())
            if old is None:
                kind = choose_type(eid, kinds[eid], names)
                label = labels.get(eid) or choose_label(eid, names, kind)
                entry = gaz.entries.get(eid)
                old = Entity(id=eid, label=label, type=kind, aliases=(),
                             wikidata=entry.qid if entry else None, related=related)
            aliases = tuple(sorted((set(old.aliases) | set(names) | texts[eid]) - {old.label}))
            related = old.related
            if eid in self._metonyms and ("metonymOf", self._metonyms[eid]) not in related:
                related = (*related, ("metonymOf", self._metonyms[eid]))
            if aliases != old.aliases or related != old.related or eid not in self.entities:
                old = Entity(id=old.id, label=old.label, type=old.type, aliases=aliases,
                             wikidata=old.wikidata, related=related)
            self.entities[eid] = old
        for eid, extra in texts.items():  # role descriptions of entities named elsewhere
            known = self.entities.get(eid)
            if eid in forms or known is None:
                continue
            aliases = tuple(sorted((set(known.aliases) | extra) - {known.label}))
            if aliases != known.aliases:
                self.entities[eid] = Entity(id=known.id, label=known.label, type=known.type,
                                            aliases=aliases, wikidata=known.wikidata,
                                            related=known.related)
        return set(forms)
