"""Check a graph against kg's SHACL shapes (``ontologies/shapes.ttl``) with pySHACL."""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import Graph, URIRef
from rdflib.namespace import SH
from rdflib.term import Node

from ..errors import GraphError
from ..resources import ontology_file
from .iris import local_name
from .results import compact
from .vocab import RDF, RDFS


@dataclass(frozen=True, slots=True)
class Violation:
    """One failed constraint, in words."""

    focus: str  # compact IRI of the node that failed
    label: str  # its label (for a statement: "subject predicate object"), or ""
    path: str  # compact property path, or ""
    message: str
    severity: str  # "Violation", "Warning" or "Info"

    def __str__(self) -> str:
        who = f"{self.focus} ({self.label})" if self.label else self.focus
        where = f" {self.path}" if self.path else ""
        return f"{self.severity}: {who}{where}: {self.message}"


def _label(graph: Graph, node: Node) -> str:
    label = graph.value(node, RDFS.label)
    if label is not None:
        return str(label)
    parts = [graph.value(node, p) for p in (RDF.subject, RDF.predicate, RDF.object)]
    if all(p is not None for p in parts):
        return " ".join(str(graph.value(p, RDFS.label) or compact(p)) for p in parts)
    return ""


def validate_graph(graph: Graph) -> list[Violation]:
    """Return the shape violations of ``graph`` (empty if it conforms)."""
    from pyshacl import validate

    try:
        shapes = Graph().parse(ontology_file("shapes.ttl"), format="turtle")
        ontology = Graph().parse(ontology_file("kg.ttl"), format="turtle")
    except Exception as err:  # a broken shipped file is a packaging error
        raise GraphError(f"cannot read kg's shapes or ontology: {err}") from None
    _, results, _ = validate(graph, shacl_graph=shapes, ont_graph=ontology, inference="rdfs",
                             abort_on_first=False, allow_warnings=True)
    out: list[Violation] = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        focus = results.value(result, SH.focusNode)
        path = results.value(result, SH.resultPath)
        message = results.value(result, SH.resultMessage)
        severity = results.value(result, SH.resultSeverity)
        out.append(Violation(
            focus=compact(focus), label=_label(graph, focus) if focus is not None else "",
            path=compact(path) if isinstance(path, URIRef) else "",
            message=str(message or "constraint not met"),
            severity=local_name(severity) if severity else "Violation"))
    return sorted(out, key=lambda v: (v.focus, v.path, v.message))
