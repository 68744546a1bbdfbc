"""Generate ``kg/rdf/vocab.py`` and ``ontologies/relations.ttl`` from the ontology files.

Run ``python -m kg.rdf.genvocab`` after editing ``ontologies/kg.ttl`` or ``relations.tsv``;
``--check`` only reports (exit 1) whether the generated files are out of date.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from ..errors import KGError
from ..resources import ontology_file
from .relations import RelationSpec, read_relations

NS = "https://w3id.org/kgnews/ontology#"
WDT_NS = "http://www.wikidata.org/prop/direct/"
# relations other modules name directly: declared even while relations.tsv lacks them
REQUIRED_RELATIONS = ("intervenesIn", "memberOf", "leads", "foundedBy")

_SECTIONS: tuple[tuple[str, URIRef], ...] = (
    ("classes", OWL.Class),
    ("modality individuals", OWL.NamedIndividual),
    ("object properties", OWL.ObjectProperty),
    ("datatype properties", OWL.DatatypeProperty),
    ("annotation properties", OWL.AnnotationProperty),
)

_HEADER = '''"""kg's RDF vocabulary, GENERATED from ontologies/ by ``python -m kg.rdf.genvocab``.

Do not edit: change ``ontologies/kg.ttl`` or ``ontologies/relations.tsv`` and regenerate.

Every IRI kg writes is built from the names here; nothing else in kg spells an IRI.
"""

from __future__ import annotations

from rdflib.namespace import (
    DCTERMS,
    OWL,
    PROV,
    RDF,
    RDFS,
    SDO,
    SKOS,
    XSD,
    DefinedNamespace,
    Namespace,
)
from rdflib.term import URIRef

__all__ = [
    "BASE", "DCTERMS", "DOC", "ENTITIES_GRAPH", "ENTITY", "KG", "LEMMA", "LOADED_GRAPH", "OWL",
    "PREFIXES", "PROV", "RDF", "RDFS", "RELATION_IDS", "SDO", "SKOS", "STATEMENT", "SUMMARY_GRAPH",
    "WD", "WDT", "XSD",
]

BASE = "https://w3id.org/kgnews/"
ENTITY = Namespace(BASE + "entity/")
DOC = Namespace(BASE + "doc/")
STATEMENT = Namespace(BASE + "statement/")
LEMMA = Namespace(BASE + "lemma/")
WD = Namespace("http://www.wikidata.org/entity/")
WDT = Namespace("http://www.wikidata.org/prop/direct/")
SUMMARY_GRAPH = URIRef(BASE + "graph/summary")
"""Named graph with per-actor figures (``kg:degree``) kept up to date by the stores."""
LOADED_GRAPH = URIRef(BASE + "graph/loaded")
"""Named graph that triples of a single-graph file (Turtle, N-Triples …) are queried in."""
ENTITIES_GRAPH = URIRef(BASE + "graph/entities")
"""Named graph with each entity's description, once per store (documents link by ``kg:mention``)."""


class KG(DefinedNamespace):
    """Terms of kg's ontology (``ontologies/kg.ttl`` and ``ontologies/relations.ttl``)."""

    _NS = Namespace(BASE + "ontology#")
    _fail = True
'''

_FOOTER = '''

PREFIXES: dict[str, str] = {
    "kg": str(KG),
    "kge": str(ENTITY),
    "kgd": str(DOC),
    "kgs": str(STATEMENT),
    "kgl": str(LEMMA),
    "kglde": str(LEMMA) + "de/",  # lemma relations per language: kglde:übernehmen
    "kglen": str(LEMMA) + "en/",
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
    "skos": str(SKOS),
    "prov": str(PROV),
    "schema": str(SDO),
    "dcterms": str(DCTERMS),
    "wd": str(WD),
    "wdt": str(WDT),
}
"""Prefixes bound in every graph kg writes and available in every query it runs."""
'''


def ontology_sections(graph: Graph) -> list[tuple[str, list[str]]]:
    """Return the local names of kg's terms in ``graph``, grouped by kind, in file order."""
    seen: set[str] = set()
    out: list[tuple[str, list[str]]] = []
    for title, kind in _SECTIONS:
        names = sorted({str(s)[len(NS):] for s in graph.subjects(RDF.type, kind)
                        if isinstance(s, URIRef) and str(s).startswith(NS)} - seen)
        seen.update(names)
        out.append((title, names))
    return out


def render_vocab(sections: Sequence[tuple[str, Sequence[str]]],
                 relations: Sequence[RelationSpec]) -> str:
    """Return the text of ``vocab.py`` for the given ontology terms and relations."""
    lines = [_HEADER]
    taken: set[str] = set()
    for title, names in sections:
        lines.append(f"\n    # {title}\n")
        for name in names:
            lines.append(f"    {name}: URIRef\n")
            taken.add(name)
    rel_ids = sorted({r.id for r in relations} | set(REQUIRED_RELATIONS))
    lines.append("\n    # relations (ontologies/relations.ttl)\n")
    for name in rel_ids:
        if name not in taken:
            lines.append(f"    {name}: URIRef\n")
    lines.append(_FOOTER)
    lines.append("\nRELATION_IDS: frozenset[str] = frozenset({\n")
    lines.extend(f'    "{name}",\n' for name in rel_ids)
    lines.append('})\n"""Local names of the ontology relation properties."""\n')
    return "".join(lines)


def _split_camel(name: str) -> str:
    words: list[str] = []
    for ch in name:
        if ch.isupper() and words:
            words.append(" ")
        words.append(ch.lower())
    return "".join(words)


def relations_graph(relations: Sequence[RelationSpec]) -> Graph:
    """Return the OWL declarations of the relation properties."""
    def kg(name: str) -> URIRef:
        return URIRef(NS + name)

    g = Graph()
    g.bind("kg", NS)
    g.bind("owl", OWL)
    g.bind("skos", SKOS)
    g.bind("wdt", WDT_NS)
    onto = URIRef(NS.rstrip("#") + "/relations")
    g.add((onto, RDF.type, OWL.Ontology))
    g.add((onto, OWL.imports, URIRef(NS.rstrip("#"))))
    g.add((onto, RDFS.comment, Literal(
        "GENERATED from relations.tsv by python -m kg.rdf.genvocab: do not edit.", lang="en")))
    specs = {r.id: r for r in relations}
    for rid in REQUIRED_RELATIONS:
        specs.setdefault(rid, RelationSpec(id=rid))
    for rid in sorted(specs):
        spec, prop = specs[rid], kg(rid)
        g.add((prop, RDF.type, OWL.ObjectProperty))
        g.add((prop, RDF.type, kg("Relation")))
        g.add((prop, RDFS.domain, kg("Actor")))
        g.add((prop, RDFS.range, kg("Actor")))
        g.add((prop, RDFS.label, Literal(spec.label_en or _split_camel(rid), lang="en")))
        for lang, label in spec.labels:
            g.add((prop, RDFS.label, Literal(label, lang=lang)))
        for pid in spec.wikidata:
            g.add((prop, kg("wikidataProperty"), URIRef(WDT_NS + pid)))
            g.add((prop, SKOS.closeMatch, URIRef(WDT_NS + pid)))
        if spec.cameo:
            g.add((prop, kg("cameoCode"), Literal(spec.cameo)))
        if spec.quad_class:
            g.add((prop, kg("quadClass"), Literal(spec.quad_class)))
        if spec.conll04:
            g.add((prop, kg("conll04Label"), Literal(spec.conll04)))
        if spec.symmetric:
            g.add((prop, RDF.type, OWL.SymmetricProperty))
        if spec.inverse and spec.inverse in specs and spec.inverse != rid:
            g.add((prop, OWL.inverseOf, kg(spec.inverse)))
    if any(isinstance(t, BNode) for t in g.all_nodes()):  # pragma: no cover - guard
        raise KGError("relations.ttl must not contain blank nodes")
    return g


def with_pack_labels(relations: Sequence[RelationSpec]) -> list[RelationSpec]:
    """Add each language pack's relation labels to the shared relation list."""
    from dataclasses import replace

    from ..lang import relation_labels

    extra = relation_labels()
    return [replace(r, labels=tuple(sorted({*r.labels, *extra.get(r.id, ())})))
            for r in relations]


def generate(ontology_dir: Path | None = None) -> dict[Path, str]:
    """Return the generated files (path → text) for the ontology folder."""
    kg_ttl = ontology_dir / "kg.ttl" if ontology_dir else ontology_file("kg.ttl")
    folder = kg_ttl.parent
    relations = with_pack_labels(read_relations(folder / "relations.tsv"))
    onto = Graph().parse(kg_ttl, format="turtle")
    vocab = render_vocab(ontology_sections(onto), relations)
    header = "# GENERATED from relations.tsv by `python -m kg.rdf.genvocab`: do not edit.\n"
    ttl = header + relations_graph(relations).serialize(format="turtle")
    return {Path(__file__).with_name("vocab.py"): vocab, folder / "relations.ttl": ttl}


def _write_text(text: str, path: Path) -> int:
    return path.write_text(text, encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    """Write (or with ``--check`` compare) the generated files; return an exit code."""
    parser = argparse.ArgumentParser(prog="python -m kg.rdf.genvocab", description=__doc__)
    parser.add_argument("--check", action="store_true", help="exit 1 if a file is out of date")
    args = parser.parse_args(argv)
    try:
        files = generate()
    except KGError as err:
        print(f"genvocab: error: {err}", file=sys.stderr)
        return 1
    stale = [p for p, text in files.items()
             if not p.exists() or p.read_text(encoding="utf-8") != text]
    if args.check:
        for p in stale:
            print(f"out of date: {p}", file=sys.stderr)
        return 1 if stale else 0
    from functools import partial

    from ..files import write_all_atomic

    write_all_atomic({p: partial(_write_text, files[p]) for p in stale})
    for p in stale:
        print(f"wrote {p}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
