"""Resolution: mentions → canonical entities, raw triples → triples, with every merge recorded.

:func:`resolve` takes what the extractor produced per document; :func:`resolve_docs` takes the
spaCy docs too, so pronoun agreement and subject preference can use the parser's morphology and
dependencies (without them, coreference falls back to the gazetteer's genders and recency).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from ..extract.tuning import FALLBACK_RULES
from ..knowledge.boilerplate import (
    boilerplate_spans,
    inside,
    is_non_actor,
    time_headed,
    within,
)
from ..knowledge.gazetteer import gazetteer as actor_gazetteer
from ..lang import FALLBACK_CODE, pack_code
from ..types import ActorType, Document, Entity, Mention, Merge, RawTriple, Resolution, Triple
from .canonical import (
    Assignment,
    assign_names,
    base_form,
    choose_label,
    choose_type,
    join_partial_names,
    join_variants,
)
from .coref import (
    Context,
    is_anaphor,
    resolve_anaphors,
    resolve_role_descriptions,
    role_description,
)
from .linking import AliasTarget, capital_metonym, load_aliases

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["DocumentAssignments", "assign_document", "resolve", "resolve_assigned",
           "resolve_docs"]

_Key = tuple[str, int, int]
# rules that link a phrase to an entity named elsewhere: they never name (label) the entity
_LINKED = frozenset({"pronoun", "definite-description", "role-description", "party-colour"})


@dataclass(frozen=True, slots=True)
class EntityNames:
    """What the mentions assigned to each entity say about it (per entity id)."""

    forms: dict[str, list[str]]  # base forms of the naming mentions, for the label
    texts: dict[str, set[str]]  # every text that names it (role descriptions too), for aliases
    kinds: dict[str, list[ActorType]]  # the naming mentions' types, for its type
    labels: dict[str, str]  # a label a linking rule chose


def names_by_entity(pairs: Iterable[tuple[Mention, Assignment]]) -> EntityNames:
    """Collect the names, types and labels that assigned mentions give their entities.

    Pronouns and definite descriptions name nothing; a role description (``der Finanzminister``)
    adds its text as an alias but no base form or type.
    """
    names = EntityNames({}, {}, {}, {})
    for m, a in pairs:
        if a.rule in _LINKED:
            if a.rule == "role-description":
                names.texts.setdefault(a.entity_id, set()).add(m.text)
            continue
        names.forms.setdefault(a.entity_id, []).append(base_form(m))
        names.texts.setdefault(a.entity_id, set()).add(m.text)
        names.kinds.setdefault(a.entity_id, []).append(m.type)
        if a.label:
            names.labels[a.entity_id] = a.label
    return names


def _key(m: Mention) -> _Key:
    return (m.doc_id, m.start, m.end)


def _all_mentions(mentions: Sequence[Mention], triples: Sequence[RawTriple]) -> list[Mention]:
    """Return the document's mentions plus those only the extractor created, one per span."""
    seen: dict[_Key, Mention] = {}
    for m in mentions:
        seen.setdefault(_key(m), m)
    for t in triples:
        for arg in (t.subject, t.object, t.place, t.attributed_to):
            if arg is not None:
                seen.setdefault(_key(arg), arg)
    return sorted(seen.values(), key=lambda m: m.start)


def actor_candidates(document: Document, mentions: list[Mention], lang: str) -> list[Mention]:
    """Drop mentions that can never be a node: times, dates, agency tags, boilerplate.

    Such spans (``Dienstag``, ``7. Juni``, ``APA``, the dateline ``Wien –``, a photo credit)
    belong to a statement's time or to the page, not to the graph; so does a noun phrase headed
    by a time (``Samstag in Paris``). A statement whose other end was one of them is dropped.
    A quote (a clause someone said: ``Am Montag werde …, sagte X``) is no noun phrase and stays
    unless it is boilerplate itself; an editor's note inside it (``(2,65 Millionen Euro,
    Anm.)``) does not take it along.
    """
    lang = pack_code(lang)
    spans = boilerplate_spans(document.text, lang)
    return [
        m
        for m in mentions
        if m.source == "pronoun"
        or (m.source == "quote" and not within(spans, m.start, m.end))  # a clause, no name
        or not (
            is_non_actor(base_form(m), lang)
            or inside(spans, m.start, m.end)
            or (m.type is ActorType.CONCEPT and time_headed(base_form(m), lang))
        )
    ]


@dataclass(frozen=True, slots=True)
class DocumentAssignments:
    """The per-document part of resolution: each mention's entity and the acting capitals.

    It needs the document's spaCy doc; joining across documents (:func:`resolve_assigned`)
    does not, so a worker can compute this and send it back (it pickles; the doc does not).
    """

    doc_id: str
    assigned: tuple[tuple[Mention, Assignment], ...]
    metonyms: tuple[tuple[str, str], ...] = ()  # entity id of an acting capital, its country


def assign_document(
    document: Document,
    mentions: Sequence[Mention],
    triples: Sequence[RawTriple],
    sdoc: Doc | None,
    aliases: dict[str, AliasTarget],
    merge: bool = True,
) -> DocumentAssignments:
    """Assign a document's mentions to entities (names, role descriptions, anaphors)."""
    assigned: dict[_Key, tuple[Mention, Assignment]] = {}
    metonyms: dict[str, str] = {}
    lang = document.lang or (sdoc.lang_ if sdoc is not None else FALLBACK_CODE)
    everything = actor_candidates(document, _all_mentions(mentions, triples), lang)
    named = [m for m in everything if not is_anaphor(m, lang)]
    anaphors = [m for m in everything if is_anaphor(m, lang)]
    # the names' rules read the document's language packs: a document its caller gave no
    # language (the Python API; the pipeline records it at analysis) is read in the language
    # it was parsed in
    known = document if document.lang else replace(document, lang=lang)
    names = assign_names(known, named, aliases, merge=merge)
    # Doc.text joins every token's text on each access: compare the lengths once
    aligned = sdoc is not None and len(sdoc.text) == len(document.text)
    for m, a in names.items():
        assigned[_key(m)] = (m, a)
        if sdoc is not None and aligned:
            span = sdoc.char_span(m.start, m.end, alignment_mode="expand")
            country = capital_metonym(base_form(m), span.root if span else None)
            if country is not None and country != a.entity_id:
                metonyms.setdefault(a.entity_id, country)
    if merge:
        ctx = Context(document.text, lang, sdoc)
        roles = [m for m in named
                 if role_description(m, ctx.lang) is not None and not ctx.describes(m)]
        pairs = [(m, a.entity_id) for m, a in names.items() if m not in roles]
        for desc, link in resolve_role_descriptions(roles, pairs, ctx).items():
            assigned[_key(desc)] = (
                desc, Assignment(link.entity_id, link.rule, link.score, link.evidence)
            )
        if anaphors:
            counts = Counter(a.entity_id for a in names.values())
            for ana, link in resolve_anaphors(anaphors, pairs, ctx, counts).items():
                assigned[_key(ana)] = (
                    ana,
                    Assignment(link.entity_id, link.rule, link.score, link.evidence),
                )
    return DocumentAssignments(document.id, tuple(assigned.values()), tuple(metonyms.items()))


class _Builder:
    """Collects assignments across documents and turns them into entities and triples."""

    def __init__(self, aliases: dict[str, AliasTarget], merge: bool) -> None:
        self.aliases = aliases
        self.merge = merge
        self.assigned: dict[_Key, tuple[Mention, Assignment]] = {}
        self.metonyms: dict[str, str] = {}  # entity id of an acting capital → its country

    def add_assigned(self, part: DocumentAssignments) -> None:
        for m, a in part.assigned:
            self.assigned[_key(m)] = (m, a)
        for capital, country in part.metonyms:
            self.metonyms.setdefault(capital, country)

    def _join_across_documents(self) -> None:
        """Apply :func:`join_partial_names` and :func:`join_variants`; linked phrases follow."""
        joined = join_partial_names(self.assigned.values())
        joined.update(join_variants(
            (m, joined.get(m, a)) for m, a in self.assigned.values()
        ))
        moved = {self.assigned[_key(m)][1].entity_id: a.entity_id for m, a in joined.items()}
        for m, a in joined.items():
            self.assigned[_key(m)] = (m, a)
        named_ids = {a.entity_id for _, a in self.assigned.values()
                     if a.rule not in _LINKED}
        for key, (m, a) in list(self.assigned.items()):
            target = moved.get(a.entity_id)
            if target and a.rule in _LINKED \
                    and a.entity_id not in named_ids:
                self.assigned[key] = (m, Assignment(target, a.rule, a.score, a.evidence))

    def entities(self) -> dict[str, Entity]:
        n = names_by_entity(self.assigned.values())
        forms, texts, kinds, labels = n.forms, n.texts, n.kinds, n.labels
        gaz = actor_gazetteer()
        out: dict[str, Entity] = {}
        for eid, names in forms.items():
            kind = choose_type(eid, kinds[eid], names)
            label = labels.get(eid) or choose_label(eid, names, kind)
            entry = gaz.entries.get(eid)
            aliases = tuple(sorted((set(names) | texts[eid]) - {label}))
            out[eid] = Entity(
                id=eid,
                label=label,
                type=kind,
                aliases=aliases,
                wikidata=entry.qid if entry else None,
                related=(entry.related if entry else ())
                + ((("metonymOf", self.metonyms[eid]),) if eid in self.metonyms else ()),
            )
        return out

    def resolution(self, triples: Iterable[RawTriple]) -> Resolution:
        if self.merge:
            self._join_across_documents()
        entities = self.entities()

        def entity_of(m: Mention | None) -> Entity | None:
            hit = self.assigned.get(_key(m)) if m is not None else None
            return entities.get(hit[1].entity_id) if hit else None

        out: list[Triple] = []
        for raw in triples:
            subj, obj = entity_of(raw.subject), entity_of(raw.object)
            if subj is None or obj is None or subj.id == obj.id:
                continue
            out.append(
                Triple(
                    subj,
                    raw.predicate,
                    obj,
                    raw.subject,
                    raw.object,
                    raw.provenance,
                    raw.negated,
                    raw.modality,
                    raw.time,
                    entity_of(raw.place),
                    entity_of(raw.attributed_to),
                )
            )
        out = without_spare_fallbacks(out)
        resolved = [(m, a) for m, a in self.assigned.values() if a.entity_id in entities]
        resolved.sort(key=lambda p: (p[0].doc_id, p[0].start, p[0].end))
        merges = tuple(Merge(a.entity_id, m, a.rule, a.score, a.evidence) for m, a in resolved)
        return Resolution(
            triples=tuple(out),
            entities=tuple(sorted(entities.values(), key=lambda e: e.id)),
            mentions=tuple((m, a.entity_id) for m, a in resolved),
            merges=merges,
        )


def without_spare_fallbacks(triples: list[Triple]) -> list[Triple]:
    """Drop a fallback statement whose actors another statement of its document has.

    A scene or an involvement (:data:`kg.extract.tuning.FALLBACK_RULES`) stands for an actor
    that had no other statement when it was extracted; one whose other statement had a pronoun
    end (``klopfte er bei Delebecque an``) is spare once the pronoun resolved.
    """
    ends = {(t.provenance.doc_id, e.id) for t in triples
            if t.provenance.rule not in FALLBACK_RULES for e in (t.subject, t.object)}
    return [t for t in triples if t.provenance.rule not in FALLBACK_RULES or not all(
        (t.provenance.doc_id, e.id) in ends
        for e in (t.subject, t.object) if e.type is not ActorType.CONCEPT)]


def resolve_docs(
    items: Iterable[tuple[Document, Doc | None, Sequence[Mention], Sequence[RawTriple]]],
    *,
    aliases: Path | None = None,
    merge: bool = True,
) -> Resolution:
    """Resolve documents given with their spaCy docs (``None`` where no doc is at hand).

    The spaCy doc must cover the document's text (same characters) for its morphology to be used.
    """
    table = load_aliases(aliases) if aliases is not None else {}
    builder = _Builder(table, merge)
    all_triples: list[RawTriple] = []
    for document, sdoc, mentions, triples in items:
        builder.add_assigned(assign_document(document, mentions, triples, sdoc, table, merge))
        all_triples.extend(triples)
    return builder.resolution(all_triples)


def resolve_assigned(
    parts: Iterable[tuple[DocumentAssignments, Sequence[RawTriple]]],
    *,
    aliases: Path | None = None,
    merge: bool = True,
) -> Resolution:
    """Join per-document assignments (:func:`assign_document`, in document order) and resolve.

    Gives what :func:`resolve_docs` gives for the same documents in the same order.
    """
    builder = _Builder(load_aliases(aliases) if aliases is not None else {}, merge)
    all_triples: list[RawTriple] = []
    for part, triples in parts:
        builder.add_assigned(part)
        all_triples.extend(triples)
    return builder.resolution(all_triples)


def resolve(
    items: Iterable[tuple[Document, Sequence[Mention], Sequence[RawTriple]]],
    *,
    aliases: Path | None = None,
    merge: bool = True,
) -> Resolution:
    """Map mentions to canonical entities and raw triples to triples.

    Parameters
    ----------
    items
        Per document: the document, its recognised mentions, and the extractor's raw triples
        (whose argument mentions may include noun-phrase and pronoun mentions).
    aliases
        A user alias file (TSV or JSON, alias → id) that overrides every automatic merge.
    merge
        ``False`` switches merging off: every distinct surface form is its own entity.

    Returns
    -------
    Resolution
        Triples between entities (those with an unresolved pronoun argument, or whose two sides
        are one entity, are dropped), the entities, every mention's entity and the merges.

    """
    return resolve_docs(((d, None, m, t) for d, m, t in items), aliases=aliases, merge=merge)
