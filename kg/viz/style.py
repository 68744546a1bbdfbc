"""How actor types and statement qualifiers look, shared by the HTML, static and report views."""

from __future__ import annotations

from dataclasses import dataclass

from ..analysis.graphview import qualifier
from ..types import ActorType, Modality

__all__ = ["EDGE_STYLES", "NODE_STYLES", "EdgeStyle", "NodeStyle", "edge_style", "node_style",
           "qualifier"]


@dataclass(frozen=True, slots=True)
class NodeStyle:
    """Colour and shapes of one actor type."""

    color: str
    shape: str  # vis-network shape
    marker: str  # matplotlib marker


@dataclass(frozen=True, slots=True)
class EdgeStyle:
    """Colour and dash pattern of one qualifier; ``dashes`` is a vis-network pattern."""

    name: str
    color: str
    dashes: tuple[int, ...] = ()
    description: str = ""


NODE_STYLES: dict[str, NodeStyle] = {
    ActorType.PERSON.value: NodeStyle("#e15759", "dot", "o"),
    ActorType.ORGANIZATION.value: NodeStyle("#4e79a7", "square", "s"),
    ActorType.COUNTRY.value: NodeStyle("#59a14f", "diamond", "D"),
    ActorType.LOCATION.value: NodeStyle("#9c755f", "triangle", "^"),
    ActorType.ARMED_FORCE.value: NodeStyle("#76323f", "triangleDown", "v"),
    ActorType.EVENT.value: NodeStyle("#f28e2b", "star", "*"),
    ActorType.GROUP.value: NodeStyle("#b07aa1", "hexagon", "h"),
    ActorType.CONCEPT.value: NodeStyle("#9a9a9a", "dot", "."),
}

#: Qualifiers in legend order; "negated" overrides the modality when drawing.
EDGE_STYLES: dict[str, EdgeStyle] = {
    "asserted": EdgeStyle("asserted", "#6b6b6b", (), "stated as fact"),
    "negated": EdgeStyle("negated", "#d62728", (10, 6), "stated as not the case"),
    Modality.HYPOTHETICAL.value: EdgeStyle("hypothetical", "#ff7f0e", (3, 5), "conditional"),
    Modality.INTENDED.value: EdgeStyle("intended", "#9467bd", (14, 4), "wanted or planned"),
    Modality.REPORTED.value: EdgeStyle("reported", "#1f77b4", (), "someone said so"),
    Modality.PRETEXT.value: EdgeStyle("pretext", "#8c564b", (2, 3), "named as a pretext"),
    Modality.POSSIBLE.value: EdgeStyle("possible", "#17becf", (6, 3, 2, 3), "may be the case"),
}


def node_style(kind: str) -> NodeStyle:
    """Return the style of an actor type (the Concept style for unknown types)."""
    return NODE_STYLES.get(kind, NODE_STYLES[ActorType.CONCEPT.value])


def edge_style(negated: bool, modality: str) -> EdgeStyle:
    """Return the style of a statement."""
    return EDGE_STYLES[qualifier(negated, modality)]
