"""Run a spaCy model + a gazetteer mention stub + kg's extractor over a text; write triples JSONL.

    python3 bench/extract_sample.py [TEXT] [-o OUT.jsonl] [--model PATH] [--keep actors|both|any]

The output follows ../shared/eval/score.py's format. Mentions come from ``doc.ents`` when the
model has NER, else from kg's actor gazetteer over 1–4 token windows (a stand-in for kg's
recognition stage); entities are labelled with the gazetteer's label so the scorer can match.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEFAULT_TEXT = ROOT.parent / "shared" / "corpus" / "kasachstan_ovks_de.txt"


def default_model(lang: str) -> str:
    if lang == "en":
        return "en_core_web_sm"
    own = ROOT / "kg" / "models" / "de_kg_ud"
    return str(own) if own.exists() else "/tmp/train_hanta/model-best"


def stub_mentions(sdoc, doc_id):
    from kg.knowledge.gazetteer import gazetteer
    from kg.types import ActorType, Mention

    out, labels = [], {}
    if sdoc.ents:
        for e in sdoc.ents:
            kind = e.label_ if e.label_ in ActorType._value2member_map_ else "Concept"
            out.append(Mention(doc_id, e.start_char, e.end_char, e.text, ActorType(kind)))
        return out, labels
    gaz = gazetteer()
    i, n = 0, len(sdoc)
    while i < n:
        hit = None
        for size in (4, 3, 2, 1):
            span = sdoc[i:i + size]
            if i + size > n or span[-1].is_punct or not span.text[:1].isupper():
                continue
            entry = gaz.lookup(span.text)
            if entry is None and size == 1:
                entry = gaz.adjective(span.text) or gaz.people_group(span.text)
            if entry is not None:
                hit = (span, entry)
                break
        if hit is None and sdoc[i].pos_ == "ADJ":
            entry = gaz.adjective(sdoc[i].text)
            if entry is not None:
                hit = (sdoc[i:i + 1], entry)
        if hit is None:
            if sdoc[i].pos_ == "PROPN":  # unknown names: take the PROPN run as a person/org
                j = i
                while j < n and sdoc[j].pos_ == "PROPN":
                    j += 1
                span = sdoc[i:j]
                out.append(Mention(doc_id, span.start_char, span.end_char, span.text,
                                   ActorType.PERSON, source="ner"))
                i = j
                continue
            i += 1
            continue
        span, entry = hit
        m = Mention(doc_id, span.start_char, span.end_char, span.text, entry.type,
                    key=entry.id, source="gazetteer")
        labels[(m.start, m.end)] = entry
        out.append(m)
        i += len(span)
    return out, labels


def node(m, labels):
    entry = labels.get((m.start, m.end))
    label = entry.label if entry else m.text
    return {"id": entry.id if entry else m.text, "label": label, "type": m.type.value,
            "aliases": [m.text], "mention": {"text": m.text, "start": m.start, "end": m.end}}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("text", nargs="?", default=str(DEFAULT_TEXT))
    ap.add_argument("-o", "--out", default="/tmp/extract_sample.jsonl")
    ap.add_argument("--lang", default="de")
    ap.add_argument("--model")
    ap.add_argument("--keep", default="actors")
    ap.add_argument("--print", action="store_true", help="print the triples")
    args = ap.parse_args()
    import spacy

    import kg.nlp.hanta  # noqa: F401  (registers the kg_hanta factory)
    from kg.extract.dependency import make_dependency_extractor
    from kg.types import Document

    nlp = spacy.load(args.model or default_model(args.lang))
    text = Path(args.text).read_text(encoding="utf-8")
    document = Document(id=Path(args.text).name, text=text, lang=args.lang)
    t0 = time.perf_counter()
    sdoc = nlp(text)
    t1 = time.perf_counter()
    mentions, labels = stub_mentions(sdoc, document.id)
    extractor = make_dependency_extractor(keep=args.keep)
    t2 = time.perf_counter()
    triples = list(extractor(sdoc, document, mentions))
    t3 = time.perf_counter()
    with open(args.out, "w", encoding="utf-8") as f:
        for t in triples:
            rec = {"subject": node(t.subject, labels), "object": node(t.object, labels),
                   "predicate": {"id": t.predicate.id, "label": t.predicate.label,
                                 "lemma": t.predicate.lemma},
                   "negated": t.negated, "modality": t.modality.value,
                   "confidence": t.provenance.confidence, "time": t.time,
                   "place": t.place.text if t.place else None,
                   "source": {"doc": document.id, "sentence": t.provenance.sentence,
                              "start": t.provenance.start, "end": t.provenance.end,
                              "extractor": t.provenance.extractor, "rule": t.provenance.rule}}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            if args.print:
                flags = ("NEG " if t.negated else "") + (
                    t.modality.value if t.modality.value != "asserted" else "")
                print(f"{t.subject.text!r:32} {t.predicate.id:28} {t.object.text!r:40} "
                      f"{t.provenance.rule:12} {t.provenance.confidence:.2f} {flags} "
                      f"{t.time or ''}")
    print(f"{len(triples)} triples -> {args.out}; parse {t1 - t0:.2f}s, "
          f"extract {t3 - t2:.3f}s (first call includes table/gazetteer loading)", file=sys.stderr)


if __name__ == "__main__":
    main()
