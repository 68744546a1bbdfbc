"""A NetworkX view of kg's RDF: actors as nodes, statements as edges.

The view is built by iterating the graph's triples directly (one pass per property, no query
per node), so it costs about the same as reading the statements once.

Node attributes: ``label``, ``type`` (an :class:`~kg.types.ActorType` value), ``aliases``
(tuple of str). Edge keys are statement IRIs; edge attributes: ``predicate`` (IRI),
``relation`` (label), ``negated``, ``modality``, ``confidence``, ``sentence``, ``doc``,
``time``, ``date`` (ISO: the statement's year or its document's date; None if undated),
``rule`` (the extraction rule, "" if none).

This is kg's one RDF → NetworkX conversion: analysis, the HTML and static pictures and the
graph-tool exports (:mod:`kg.analysis.export`) all start from it.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, Any

from rdflib import Dataset, Graph
from rdflib.namespace import PROV, RDF, RDFS, SKOS
from rdflib.term import Literal, Node, URIRef

from ..rdf.iris import local_name, relation_label
from ..rdf.vocab import DCTERMS, KG
from ..types import ActorType, Modality

if TYPE_CHECKING:
    import networkx as nx

QUALIFIERS = ("asserted", "negated", *(m.value for m in Modality if m is not Modality.ASSERTED))


def qualifier(negated: bool, modality: str) -> str:
    """Return how a statement is qualified: ``negated`` first, else its modality."""
    if negated:
        return "negated"
    return modality if modality in QUALIFIERS else "asserted"


def _text(node: Node | None) -> str:
    return str(node) if node is not None else ""


def _bool(node: Node | None) -> bool:
    if isinstance(node, Literal):
        value = node.toPython()
        if isinstance(value, bool):
            return value
        return str(value).strip().lower() in {"true", "1"}
    return False


def _float(node: Node | None, default: float = 1.0) -> float:
    if isinstance(node, Literal):
        try:
            return float(node.toPython())
        except (TypeError, ValueError):
            return default
    return default


def _labels(graph: Graph, prop: URIRef) -> dict[str, list[str]]:
    found: dict[str, list[str]] = defaultdict(list)
    for s, _, o in graph.triples((None, prop, None)):
        if isinstance(o, Literal):
            found[str(s)].append(str(o))
    return found


_TYPES: dict[str, ActorType] = {str(KG[t.value]): t for t in ActorType}
_MODALITIES: dict[str, str] = {str(KG[m.value]): m.value for m in Modality}
_COLUMNS = (RDF.subject, RDF.predicate, RDF.object, KG.negated, KG.modality, KG.confidence,
            KG.sentence, KG.time, KG.rule, PROV.wasDerivedFrom, DCTERMS.date)


def to_networkx(graph: Graph) -> nx.MultiDiGraph:
    """Return the statements of ``graph`` as a NetworkX multigraph.

    Parameters
    ----------
    graph : rdflib.Graph
        A graph of kg's shape (``docs/design.md``); a :class:`rdflib.Dataset` is read as the
        union of its named graphs.

    Returns
    -------
    networkx.MultiDiGraph
        Nodes are actor IRIs (str) that take part in a statement or carry an actor class;
        one edge per ``kg:Statement``, keyed by the statement's IRI.

    """
    import networkx as nx

    if isinstance(graph, Dataset) and not graph.default_union:
        from ..rdf.build import union_graph

        graph = union_graph(graph)
    labels = {k: sorted(v)[0] for k, v in _labels(graph, RDFS.label).items()}
    aliases = _labels(graph, SKOS.altLabel)
    types: dict[str, ActorType] = {}
    for s, _, o in graph.triples((None, RDF.type, None)):
        kind = _TYPES.get(str(o))
        if kind is not None and (str(s) not in types or kind is not ActorType.CONCEPT):
            types[str(s)] = kind
    doc_ids = {str(s): str(o) for s, _, o in graph.triples((None, KG.docId, None))}

    view: nx.MultiDiGraph = nx.MultiDiGraph()

    def add_actor(iri: str) -> None:
        if iri not in view:
            view.add_node(
                iri,
                label=labels.get(iri, local_name(iri)),
                type=types.get(iri, ActorType.CONCEPT).value,
                aliases=tuple(sorted(set(aliases.get(iri, ())))),
            )

    for iri in sorted(types):
        add_actor(iri)
    columns = {prop: {s: o for s, _, o in graph.triples((None, prop, None))} for prop in _COLUMNS}
    subjects, predicates, objects = (columns[RDF.subject], columns[RDF.predicate],
                                     columns[RDF.object])
    derived, times, negs, mods, confs, sentences = (
        columns[PROV.wasDerivedFrom], columns[KG.time], columns[KG.negated], columns[KG.modality],
        columns[KG.confidence], columns[KG.sentence])
    edges = []
    for st in graph.subjects(RDF.type, KG.Statement):
        subject, predicate, obj = subjects.get(st), predicates.get(st), objects.get(st)
        if subject is None or predicate is None or obj is None:
            continue
        s_iri, o_iri, p_iri = str(subject), str(obj), str(predicate)
        add_actor(s_iri)
        add_actor(o_iri)
        doc = derived.get(st)
        time = times.get(st)
        edges.append((s_iri, o_iri, str(st), {
            "predicate": p_iri,
            "relation": relation_label(p_iri, labels),
            "negated": _bool(negs.get(st)),
            "modality": _MODALITIES.get(_text(mods.get(st)),
                                        Modality.ASSERTED.value),
            "confidence": _float(confs.get(st)),
            "sentence": _text(sentences.get(st)),
            "doc": doc_ids.get(_text(doc), local_name(_text(doc))) if doc is not None else "",
            "time": _text(time) if time is not None else None,
            "date": _text(columns[DCTERMS.date].get(st)) or None,
            "rule": _text(columns[KG.rule].get(st)),
        }))
    view.add_edges_from(edges)
    return view


def collapse(view: nx.MultiDiGraph, *, include_negated: bool = False) -> nx.DiGraph:
    """Collapse parallel statements into one weighted edge per ordered actor pair.

    Parameters
    ----------
    view : networkx.MultiDiGraph
        The view from :func:`to_networkx`.
    include_negated : bool
        Count negated statements too (by default they are left out: "A did not attack B"
        is no tie between A and B).

    Returns
    -------
    networkx.DiGraph
        Every node of ``view`` (with its attributes); edge attribute ``weight`` = number of
        statements, ``relations`` = sorted tuple of their relation labels.

    """
    import networkx as nx

    out: nx.DiGraph = nx.DiGraph()
    out.add_nodes_from(view.nodes(data=True))
    weights: dict[tuple[str, str], int] = defaultdict(int)
    relations: dict[tuple[str, str], set[str]] = defaultdict(set)
    for s, o, data in view.edges(data=True):
        if data.get("negated") and not include_negated:
            continue
        weights[(s, o)] += 1
        relations[(s, o)].add(str(data.get("relation", "")))
    out.add_edges_from(
        (s, o, {"weight": w, "relations": tuple(sorted(relations[(s, o)]))})
        for (s, o), w in weights.items()
    )
    return out


def without_concepts(view: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Return ``view`` without its Concept nodes (and their statements), as views show by default.

    A Concept is a noun phrase an extractor kept as an argument ("Kritik", "Sparbudget"): its
    statements stay in the graph and the exports, but rankings and pictures are about actors.
    """
    keep = [n for n, d in view.nodes(data=True) if d.get("type") != ActorType.CONCEPT.value]
    return view.subgraph(keep).copy()


def node_label(view: Any, node: str) -> str:
    """Return a node's label in a view (its IRI's last segment if it has none)."""
    return str(view.nodes[node].get("label") or local_name(node))
