"""Explain a node: the mentions, merges and documents behind one actor of an RDF graph.

Reads the mention records the RDF builder writes (``kge:X kg:mention "{doc, text, spans, rule,
score, evidence}"^^rdf:JSON``, one per document, text and merge;
:class:`kg.rdf.build.MentionRecord`), and the merge nodes of graphs written before them
(``kge:X kg:mergedFrom kgs:merge-… ; kg:mentionText … ; kg:rule … ; kg:score … ; kg:evidence … ;
prov:wasDerivedFrom kgd:…``). Each mention becomes one :class:`MergeRecord`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from rdflib import Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SKOS

from ..rdf.build import MentionRecord
from ..rdf.iris import local_name
from ..rdf.vocab import KG
from ..types import ActorType

if TYPE_CHECKING:
    from rdflib import Graph
    from rdflib.term import Node

_ACTOR_CLASSES = {KG[t.value] for t in ActorType}
_ENTITY_RELATIONS = {KG.metonymOf}  # links between nodes that belong to identity, not statements


@dataclass(frozen=True, slots=True)
class MergeRecord:
    """One mention attached to the node, and why."""

    text: str
    start: int | None
    end: int | None
    rule: str
    score: float | None
    evidence: str
    document: str


@dataclass(frozen=True, slots=True)
class Explanation:
    """Everything the graph records about why one node exists."""

    iri: str
    label: str
    types: tuple[str, ...]
    aliases: tuple[str, ...]
    wikidata: str | None
    related: tuple[tuple[str, str], ...]  # (relation local name, other node's label or IRI)
    merges: tuple[MergeRecord, ...]
    documents: tuple[str, ...]


def _text(graph: Graph, node: Node, prop: URIRef) -> str:
    value = graph.value(node, prop)
    return str(value) if value is not None else ""


def _number(graph: Graph, node: Node, prop: URIRef) -> float | None:
    value = graph.value(node, prop)
    if isinstance(value, Literal):
        try:
            return float(value.toPython())
        except (TypeError, ValueError):
            return None
    return None


def actor_names(graph: Graph) -> dict[URIRef, list[str]]:
    """Return every actor node with its label first, then its aliases and id."""
    names: dict[URIRef, list[str]] = {}
    for cls in _ACTOR_CLASSES:
        for node in graph.subjects(RDF.type, cls):
            if not isinstance(node, URIRef) or node in names:
                continue
            label = graph.value(node, RDFS.label)
            aliases = [str(a) for a in graph.objects(node, SKOS.altLabel)]
            first = str(label) if label is not None else local_name(node)
            names[node] = [first, *aliases, local_name(node)]
    return names


def find_actor(graph: Graph, actor: str) -> URIRef:
    """Return the node whose label, alias or id matches ``actor`` (:mod:`kg.analysis.lookup`)."""
    from .lookup import match_actor

    return match_actor(actor, actor_names(graph))


def explain(graph: Graph, actor: str) -> Explanation:
    """Collect the mentions, merges and source documents behind the node named ``actor``."""
    node = find_actor(graph, actor)
    names = actor_names(graph)
    merges: list[MergeRecord] = []
    for merge in graph.objects(node, KG.mergedFrom):
        doc = graph.value(merge, PROV.wasDerivedFrom)
        doc_id = _text(graph, doc, KG.docId) if doc is not None else ""
        start = _number(graph, merge, KG.mentionStart)
        end = _number(graph, merge, KG.mentionEnd)
        merges.append(
            MergeRecord(
                text=_text(graph, merge, KG.mentionText),
                start=int(start) if start is not None else None,
                end=int(end) if end is not None else None,
                rule=_text(graph, merge, KG.rule),
                score=_number(graph, merge, KG.score),
                evidence=_text(graph, merge, KG.evidence),
                document=doc_id or (str(doc) if doc is not None else ""),
            )
        )
    for value in set(graph.objects(node, KG.mention)):  # a bag's repeats are one record
        record = MentionRecord.from_json(local_name(node), str(value))
        merges += [MergeRecord(text=record.text, start=start, end=end, rule=record.rule or "",
                               score=record.score, evidence=record.evidence or "",
                               document=record.doc_id) for start, end in record.spans]
    merges.sort(key=lambda m: (m.document, m.start if m.start is not None else -1, m.text))
    related = []
    for prop, other in graph.predicate_objects(node):
        if prop in _ENTITY_RELATIONS and isinstance(other, URIRef):
            related.append((local_name(prop), names[other][0] if other in names else str(other)))
    wikidata = graph.value(node, KG.wikidata)
    return Explanation(
        iri=str(node),
        label=names[node][0],
        types=tuple(sorted(local_name(t) for t in graph.objects(node, RDF.type))),
        aliases=tuple(sorted({str(a) for a in graph.objects(node, SKOS.altLabel)})),
        wikidata=local_name(wikidata) if wikidata is not None else None,
        related=tuple(sorted(set(related))),
        merges=tuple(merges),
        documents=tuple(sorted({m.document for m in merges if m.document})),
    )


def format_explanation(exp: Explanation) -> str:
    """Render an explanation as plain text for the terminal."""
    lines = [f"{exp.label}  <{exp.iri}>", f"  type: {', '.join(exp.types) or '-'}"]
    if exp.wikidata:
        lines.append(f"  wikidata: {exp.wikidata}")
    if exp.aliases:
        lines.append(f"  aliases: {', '.join(exp.aliases)}")
    for rel, other in exp.related:
        lines.append(f"  {rel}: {other}")
    lines.append(f"  documents ({len(exp.documents)}): {', '.join(exp.documents) or '-'}")
    lines.append(f"  mentions ({len(exp.merges)}):")
    for m in exp.merges:
        where = f"{m.document}:{m.start}-{m.end}" if m.start is not None else m.document
        score = f"{m.score:.2f}" if m.score is not None else "-"
        lines.append(f"    {m.text!r:28} {m.rule:20} {score:>5}  {where}")
        if m.evidence:
            lines.append(f"      {m.evidence}")
    return "\n".join(lines)
