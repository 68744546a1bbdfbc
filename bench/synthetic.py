"""A synthetic kg-shaped dataset (N-Quads) for store benchmarks: actors, statements, documents.

Shape follows kg.rdf.build: one named graph per document with the document node (with the
extractor of its statements), statement nodes (qualifiers + provenance; ends that follow from a
start and a text left out), direct edges for asserted statements and one ``kg:mention`` record
per entity the document mentions; each entity's description once, in the entities graph; and a
summary graph of degrees, links (``kg:linkedTo``, both directions, for asserted non-negated
statements) and the statement counts a store keeps (:class:`kg.rdf.summary.Tally`). Actor
choice is Zipf-like so that a few actors are hubs, as in news; 2 % of statements claim
membership of the CSTO (actor 0) for one of ``MEMBERS`` candidate members (an organisation has
tens of members, not thousands).
"""

from __future__ import annotations

import hashlib
import json
import random
from collections import Counter
from collections.abc import Iterator

from rdflib import URIRef

from kg.rdf.iris import local_name
from kg.rdf.summary import Tally
from kg.rdf.vocab import (
    DOC,
    ENTITIES_GRAPH,
    ENTITY,
    KG,
    LEMMA,
    PROV,
    RDF,
    RDFS,
    SKOS,
    STATEMENT,
    SUMMARY_GRAPH,
    XSD,
)

SYLLABLES = ("ka", "ra", "to", "mi", "sa", "le", "no", "vi", "du", "pe", "lo", "an", "ser", "kov",
             "ba", "zin", "tar", "gor", "el", "us")
TYPES = ("Person", "Organization", "Country", "Location", "ArmedForce", "Event", "Group")
RELATIONS = ("memberOf", "leads", "intervenesIn", "foundedBy")
LEMMAS = tuple(f"verb{i}" for i in range(60))
MODALITIES = (("asserted", 0.80), ("hypothetical", 0.05), ("intended", 0.05), ("reported", 0.05),
              ("possible", 0.03), ("pretext", 0.02))
CSTO = "Q1141"
MEMBERS = 60


def _iri(x: str) -> str:
    return f"<{x}>"


def _lit(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _typed(value: object, dt: str) -> str:
    return f'"{value}"^^<{XSD[dt]}>'


def actor_name(i: int) -> str:
    """Return a pronounceable, unique name for actor ``i``."""
    rnd = random.Random(i)
    return "".join(rnd.choice(SYLLABLES) for _ in range(3)).capitalize() + f" {i}"


def actor_id(i: int) -> str:
    """Return actor ``i``'s id (actor 0 is the CSTO)."""
    return CSTO if i == 0 else f"A{i}"


def _entity(i: int) -> list[str]:
    e = _iri(ENTITY[actor_id(i)])
    key = _iri(KG.searchKey)
    if i == 0:
        return [f"{e} {_iri(RDF.type)} {_iri(KG.Organization)}", f"{e} {_iri(RDFS.label)} \"CSTO\"",
                f"{e} {_iri(SKOS.altLabel)} \"OVKS\"", f"{e} {key} \"csto\"",
                f"{e} {key} \"ovks\"", f"{e} {key} \"q1141\""]
    name = actor_name(i)
    alias = name.split()[0] + "s"
    return [f"{e} {_iri(RDF.type)} {_iri(KG[TYPES[i % len(TYPES)]])}",
            f"{e} {_iri(RDFS.label)} {_lit(name)}", f"{e} {_iri(SKOS.altLabel)} {_lit(alias)}",
            f"{e} {key} {_lit(name.lower())}", f"{e} {key} {_lit(alias.lower())}",
            f"{e} {key} {_lit(actor_id(i).lower())}"]


def generate(statements: int, *, per_doc: int = 50, seed: int = 7) -> Iterator[str]:
    """Yield N-Quads lines of a dataset with ``statements`` statements."""
    rnd = random.Random(seed)
    actors = max(50, statements // 10)
    cum: list[float] = []
    total = 0.0
    for i in range(1, actors):
        total += 1.0 / i ** 0.8
        cum.append(total)
    degree: Counter[str] = Counter()
    links: set[tuple[str, str]] = set()
    counts = Tally()
    described: set[int] = set()
    ndocs = (statements + per_doc - 1) // per_doc
    for d in range(ndocs):
        doc_id = f"doc{d}"
        g = _iri(DOC[hashlib.sha1(doc_id.encode()).hexdigest()])
        lines = [f"{g} {_iri(RDF.type)} {_iri(KG.Document)}",
                 f"{g} {_iri(KG.docId)} {_lit(doc_id)}",
                 f"{g} {_iri(KG.contentHash)} {_lit(hashlib.sha256(doc_id.encode()).hexdigest())}",
                 f"{g} {_iri(KG.language)} \"de\"",
                 f"{g} {_iri(KG.extractor)} \"kg.dependency_extractor.v1\"",
                 f"{g} {_iri(KG.extractorVersion)} \"1\""]
        mentioned: dict[int, int] = {}  # actor → offset of its first mention
        preds: set[str] = set()
        for k in range(min(per_doc, statements - d * per_doc)):
            if rnd.random() < 0.02:
                spacing = max(1, (actors - 1) // MEMBERS)
                s, o, pred = rnd.randrange(1, MEMBERS + 1) * spacing, 0, "memberOf"
            else:
                s, o = rnd.choices(range(1, actors), cum_weights=cum, k=2)
                pred = rnd.choice(RELATIONS) if rnd.random() < 0.3 else rnd.choice(LEMMAS)
            if s == o:
                continue
            mentioned.setdefault(s, k * 100 + 10)
            mentioned.setdefault(o, k * 100 + 40)
            p = _iri(KG[pred]) if pred in RELATIONS else _iri(LEMMA[f"de/{pred}"])
            preds.add(p)
            st = _iri(STATEMENT[hashlib.sha256(f"{doc_id}/{k}".encode()).hexdigest()[:32]])
            se, oe = _iri(ENTITY[actor_id(s)]), _iri(ENTITY[actor_id(o)])
            negated = rnd.random() < 0.08
            modality = rnd.choices([m for m, _ in MODALITIES], [w for _, w in MODALITIES])[0]
            sentence = f"Satz {k} in {doc_id}: {actor_name(s)} {pred} {actor_name(o)}."
            lines += [f"{st} {_iri(RDF.type)} {_iri(KG.Statement)}",
                      f"{st} {_iri(RDF.subject)} {se}", f"{st} {_iri(RDF.predicate)} {p}",
                      f"{st} {_iri(RDF.object)} {oe}",
                      f"{st} {_iri(KG.negated)} {_typed(str(negated).lower(), 'boolean')}",
                      f"{st} {_iri(KG.modality)} {_iri(KG[modality])}",
                      f"{st} {_iri(KG.confidence)} {_typed(round(rnd.random(), 2), 'double')}",
                      f"{st} {_iri(KG.sentence)} {_lit(sentence)}",
                      f"{st} {_iri(KG.sentenceStart)} {_typed(k * 100, 'integer')}",
                      f"{st} {_iri(KG.subjectText)} {_lit(actor_name(s))}",
                      f"{st} {_iri(KG.subjectStart)} {_typed(k * 100 + 10, 'integer')}",
                      f"{st} {_iri(KG.objectText)} {_lit(actor_name(o))}",
                      f"{st} {_iri(KG.objectStart)} {_typed(k * 100 + 40, 'integer')}",
                      f"{st} {_iri(KG.rule)} \"svo\"",
                      f"{st} {_iri(KG.triggerStart)} {_typed(k * 100 + 25, 'integer')}",
                      f"{st} {_iri(KG.triggerEnd)} {_typed(k * 100 + 35, 'integer')}",
                      f"{st} {_iri(PROV.wasDerivedFrom)} {g}"]
            if not negated and modality == "asserted":
                lines.append(f"{se} {p} {oe}")
                links.update(((se, oe), (oe, se)))
            degree[se] += 1
            degree[oe] += 1
            counts.count(URIRef(g[1:-1]), URIRef(se[1:-1]), URIRef(p[1:-1]), URIRef(oe[1:-1]),
                         negated, URIRef(KG[modality]))
        for p in preds:
            if "ontology#" in p:
                lines.append(f"{p} {_iri(RDF.type)} {_iri(KG.Relation)}")
                continue
            lemma = p.rsplit("/", 1)[1].rstrip(">")
            lines += [f"{p} {_iri(RDF.type)} {_iri(KG.LemmaRelation)}",
                      f"{p} {_iri(RDFS.label)} \"{lemma}\"@de",
                      f"{p} {_iri(KG.lemma)} {_lit(lemma)}"]
        for i, start in sorted(mentioned.items()):
            name = actor_name(i)
            record = json.dumps({"doc": doc_id, "text": name,
                                 "spans": [[start, start + len(name)]]}, ensure_ascii=False)
            lines.append(f"{_iri(ENTITY[actor_id(i)])} {_iri(KG.mention)} "
                         f"{_lit(record)}^^{_iri(RDF.JSON)}")
        for line in lines:
            yield f"{line} {g} .\n"
        entities = _iri(ENTITIES_GRAPH)
        for i in sorted(set(mentioned) - described):
            described.add(i)
            for line in _entity(i):
                yield f"{line} {entities} .\n"
    summary = _iri(SUMMARY_GRAPH)
    for actor, n in degree.items():
        yield f"{actor} {_iri(KG.degree)} {_typed(n, 'integer')} {summary} .\n"
    for a, b in sorted(links):
        yield f"{a} {_iri(KG.linkedTo)} {b} {summary} .\n"
    for node, n in sorted(counts.statements.items()):
        yield f"{_iri(node)} {_iri(KG.statementCount)} {_typed(n, 'integer')} {summary} .\n"
    by_subject: dict[str, list[str]] = {}
    for (a, b), n in sorted(counts.pairs.items()):
        by_subject.setdefault(str(a), []).append(f"{b} {n} {counts.weights[a, b]}")
    for a, lines in by_subject.items():
        text = _lit("\n".join(lines)).replace("\n", "\\n")
        yield f"{_iri(a)} {_iri(KG.pairCounts)} {text} {summary} .\n"


def hub_and_leaf(statements: int) -> tuple[str, str]:
    """Return the names of a busy actor and a quiet one, for query parameters."""
    actors = max(50, statements // 10)
    return actor_name(1), actor_name(actors // 2)


def busy_pair(statements: int) -> tuple[str, str, str]:
    """Return (subject, relation, object) names of a statement between the two busiest actors."""
    for line in generate(statements):
        parts = line.split(" ", 3)
        subj, obj = (f"<{ENTITY[actor_id(i)]}>" for i in (1, 2))
        if parts[0] == subj and parts[2] == obj and not parts[1].startswith(f"<{RDF}"):
            pred = parts[1].strip("<>")
            return actor_name(1), local_name(pred), actor_name(2)
    return actor_name(1), "verb1", actor_name(2)
