"""Write small or synthetic graphs in kg's RDF shape, for tests, benchmarks and demos.

The shape is the one ``docs/design.md`` documents (statement nodes with provenance); this
module writes it from plain values so analysis and rendering can be exercised without running
the extraction pipeline.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Iterable
from dataclasses import dataclass

from rdflib import Graph, Literal
from rdflib.namespace import PROV, RDF, RDFS, SKOS, XSD
from rdflib.term import URIRef

from ..rdf.iris import predicate_iri as relation_iri
from ..rdf.vocab import DCTERMS, DOC, ENTITY, KG, STATEMENT
from ..types import ActorType, Modality


@dataclass(frozen=True, slots=True)
class ActorSpec:
    """An actor to write: a local id, a label, a type and optional aliases."""

    id: str
    label: str
    type: ActorType = ActorType.CONCEPT
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class StatementSpec:
    """A statement to write between two actor ids.

    ``relation`` is an ontology local name (``"intervenesIn"``) or ``"lemma:<lang>:<lemma>"``.
    """

    subject: str
    relation: str
    object: str
    sentence: str
    doc: str = "doc-1"
    negated: bool = False
    modality: Modality = Modality.ASSERTED
    confidence: float = 0.8
    date: str | None = None  # ISO date, written as dcterms:date on the statement and document


def predicate_iri(relation: str) -> URIRef:
    """Return the IRI of a relation given as a local name or ``lemma:<lang>:<lemma>``."""
    return relation_iri(relation)


def graph_from_specs(
    actors: Iterable[ActorSpec],
    statements: Iterable[StatementSpec],
    *,
    relation_labels: dict[str, str] | None = None,
) -> Graph:
    """Write actors and statements as an RDF graph of kg's shape.

    Parameters
    ----------
    actors : iterable of ActorSpec
        The actors; statements may only refer to these ids.
    statements : iterable of StatementSpec
        The statements, each written as a ``kg:Statement`` node with provenance.
    relation_labels : dict, optional
        ``rdfs:label`` to write for relations (by the ``relation`` string); others get none.

    Returns
    -------
    rdflib.Graph

    """
    graph = Graph()
    known: set[str] = set()
    for actor in actors:
        node = ENTITY[actor.id]
        known.add(actor.id)
        graph.add((node, RDF.type, KG[actor.type.value]))
        graph.add((node, RDFS.label, Literal(actor.label)))
        for alias in actor.aliases:
            graph.add((node, SKOS.altLabel, Literal(alias)))
    docs: dict[str, URIRef] = {}
    for relation, label in (relation_labels or {}).items():
        graph.add((predicate_iri(relation), RDFS.label, Literal(label)))
    for index, st in enumerate(statements):
        missing = {st.subject, st.object} - known
        if missing:
            from ..errors import GraphError

            raise GraphError(f"statement {index} names unknown actors {sorted(missing)}; "
                             f"write them as ActorSpec first")
        doc = docs.get(st.doc)
        if doc is None:
            doc = DOC[hashlib.sha1(st.doc.encode()).hexdigest()[:16]]
            docs[st.doc] = doc
            graph.add((doc, RDF.type, KG.Document))
            graph.add((doc, KG.docId, Literal(st.doc)))
        node = STATEMENT[f"s{index}"]
        if st.date:
            graph.add((node, DCTERMS.date, Literal(st.date, datatype=XSD.date)))
            graph.add((doc, DCTERMS.date, Literal(st.date, datatype=XSD.date)))
        pred = predicate_iri(st.relation)
        graph.add((node, RDF.type, KG.Statement))
        graph.add((node, RDF.subject, ENTITY[st.subject]))
        graph.add((node, RDF.predicate, pred))
        graph.add((node, RDF.object, ENTITY[st.object]))
        graph.add((node, KG.negated, Literal(st.negated)))
        graph.add((node, KG.modality, KG[st.modality.value]))
        graph.add((node, KG.confidence, Literal(st.confidence, datatype=XSD.decimal)))
        graph.add((node, KG.sentence, Literal(st.sentence)))
        graph.add((node, PROV.wasDerivedFrom, doc))
        if not st.negated and st.modality is Modality.ASSERTED:
            graph.add((ENTITY[st.subject], pred, ENTITY[st.object]))
    return graph


def random_specs(
    n_actors: int, n_statements: int, *, seed: int = 0
) -> tuple[list[ActorSpec], list[StatementSpec]]:
    """Make a random scale-free-ish set of actors and statements (preferential attachment).

    Parameters
    ----------
    n_actors, n_statements : int
        Sizes; every actor takes part in at least one statement when
        ``n_statements >= n_actors - 1``.
    seed : int
        Seed of the random generator: the same seed gives the same graph.

    """
    rng = random.Random(seed)
    types = list(ActorType)
    modalities = list(Modality)
    relations = ["intervenesIn", "memberOf", "leads", "lemma:de:kritisieren", "lemma:de:helfen"]
    actors = [ActorSpec(f"a{i}", f"Actor {i}", types[i % len(types)]) for i in range(n_actors)]
    ends: list[int] = [0]
    statements: list[StatementSpec] = []
    for index in range(n_statements):
        if index < n_actors - 1:
            subject, obj = index + 1, rng.choice(ends)
        else:
            subject, obj = rng.choice(ends), rng.randrange(n_actors)
        if subject == obj:
            obj = (obj + 1) % n_actors
        ends.extend((subject, obj))
        roll = rng.random()
        statements.append(StatementSpec(
            subject=f"a{subject}", relation=rng.choice(relations), object=f"a{obj}",
            sentence=f"Sentence {index} about actor {subject} and actor {obj}.",
            doc=f"doc-{index % 7}", negated=roll < 0.05,
            modality=modalities[index % len(modalities)] if roll < 0.2 else Modality.ASSERTED,
            confidence=round(0.3 + 0.7 * rng.random(), 2),
        ))
    return actors, statements


def random_graph(n_actors: int, n_statements: int, *, seed: int = 0) -> Graph:
    """Write a random graph of kg's shape; see :func:`random_specs`."""
    actors, statements = random_specs(n_actors, n_statements, seed=seed)
    return graph_from_specs(actors, statements)


def demo_specs() -> tuple[list[ActorSpec], list[StatementSpec]]:
    """Return a small hand-made graph modelled on the sample article (Russia, CSTO, Kazakhstan).

    It holds every actor type and modality, a negated statement, aliases, two documents and
    a lemma relation without a label, so tests and demos see each case once.
    """
    a = ActorSpec
    actors = [
        a("Q159", "Russland", ActorType.COUNTRY, ("Russlands", "Moskau")),
        a("Q232", "Kasachstan", ActorType.COUNTRY, ("Kasachstans",)),
        a("Q7747", "Wladimir Putin", ActorType.PERSON, ("Putin", "Putins")),
        a("Q232_pres", "Kassym-Schomart Tokajew", ActorType.PERSON, ("Tokajew",)),
        a("Q1046", "OVKS", ActorType.ORGANIZATION, ("Organisation des Vertrags",)),
        a("Q184", "Belarus", ActorType.COUNTRY),
        a("Lukaschenko", "Alexander Lukaschenko", ActorType.PERSON),
        a("Almaty", "Almaty", ActorType.LOCATION),
        a("Fallschirmjaeger", "russische Fallschirmjäger", ActorType.ARMED_FORCE),
        a("Protest", "Proteste", ActorType.EVENT),
        a("Demonstranten", "Demonstranten", ActorType.GROUP),
        a("Terrorismus", "Terrorismus", ActorType.CONCEPT),
    ]
    s = StatementSpec
    m = Modality
    statements = [
        s("Q159", "intervenesIn", "Q232", "Russland intervenierte in Kasachstan.", "ovks",
          confidence=0.9),
        s("Q7747", "leads", "Q159", "Putin führt Russland.", "ovks", confidence=0.95),
        s("Q232_pres", "lemma:de:rufen", "Q1046", "Tokajew rief die OVKS zu Hilfe.", "ovks"),
        s("Q159", "memberOf", "Q1046", "Russland ist Mitglied der OVKS.", "ovks"),
        s("Q184", "memberOf", "Q1046", "Belarus gehört der OVKS an.", "ovks"),
        s("Lukaschenko", "leads", "Q184", "Lukaschenko regiert Belarus.", "other"),
        s("Fallschirmjaeger", "lemma:de:landen", "Almaty", "Fallschirmjäger landeten in Almaty.",
          "ovks"),
        s("Q7747", "lemma:de:besetzen", "Q232", "Putin will Kasachstan nicht besetzen.", "ovks",
          negated=True, modality=m.INTENDED),
        s("Q159", "intervenesIn", "Q184", "Russland könnte auch in Belarus eingreifen.", "other",
          modality=m.HYPOTHETICAL, confidence=0.6),
        s("Q1046", "lemma:de:bekämpfen", "Terrorismus", "Terrorismus diente als Vorwand.", "ovks",
          modality=m.PRETEXT, confidence=0.5),
        s("Demonstranten", "lemma:de:protestieren", "Almaty", "Demonstranten protestierten.",
          "ovks",
          modality=m.REPORTED),
        s("Protest", "lemma:de:erschüttern", "Q232", "Proteste erschütterten Kasachstan.", "ovks",
          modality=m.POSSIBLE, confidence=0.4),
    ]
    return actors, statements


def demo_graph() -> Graph:
    """Write :func:`demo_specs` as an RDF graph (ontology relations labelled, lemmas not)."""
    actors, statements = demo_specs()
    return graph_from_specs(actors, statements, relation_labels={
        "intervenesIn": "intervenes in", "leads": "leads", "memberOf": "member of"})
