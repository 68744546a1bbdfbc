"""The open-IE extractor: ClausIE/MinIE-style facts between noun phrases, not only actors.

``make_openie_extractor(**cfg)`` (registered as ``kg.openie_extractor.v1``) returns an
:class:`OpenIEExtractor`; calling it as ``extractor(sdoc, document, mentions)`` yields
:class:`~kg.types.RawTriple` values like the dependency extractor, over the same normalised and
repaired parse. Clause types and the relation/argument split are in
:mod:`kg.extract.openie_clauses` (wider-object variants in :mod:`kg.extract.openie_variants`),
argument spans in :mod:`kg.extract.openie_spans`.

Each argument is a :class:`~kg.types.Mention` whose text is its noun-phrase span: the recognised
mention itself when the spans agree, else a ``source="np"`` mention typed like the recognised
mention under its head (``Concept`` when none); personal pronouns are ``source="pronoun"``.
The predicate's ``label`` is the relation's words in print order (``diente als``, ``wurde
gehandelt als``), its ``lemma`` their lemmas, its id ``lemma:<lang>:<lemmas joined by _>``;
the trigger is the clause's head word. Negation and modality come from
:mod:`kg.extract.qualifiers` (a negated fact is kept with ``negated=True``, the negation word not
in the relation).

Settings: ``min_confidence`` (default 0.0); ``appositions`` (default True: ``X, Y`` gives
``X | ist | Y``). Confidence is 0.6 for clause facts, 0.5 for nested-attribute, minimal-object
and apposition facts, −0.1 when the parser used its catch-all label.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from kg.extract.arguments import Arguments
from kg.extract.checks import check_confidence, parsed_language
from kg.extract.openie_clauses import (
    apposition_propositions,
    copula_propositions,
    predicate_heads,
    verb_propositions,
)
from kg.extract.openie_proposition import Proposition
from kg.extract.openie_spans import Span, case_tokens
from kg.extract.qualifiers import modality, negated
from kg.extract.repairs import repair
from kg.lang import LanguagePack, language_pack
from kg.nlp.schemes import Graph, Role, normalise
from kg.types import ActorType, Document, Mention, Modality, Predicate, Provenance, RawTriple

NAME = "kg.openie_extractor.v1"
VERSION = "0.1.0"
_BASE = {"openie-verb": 0.6, "openie-copula": 0.6}


class OpenIEExtractor:
    """Rule-based open-IE extractor over dependency parses (see the module docstring)."""

    name = NAME
    version = VERSION

    def __init__(self, min_confidence: float = 0.0, appositions: bool = True) -> None:
        self.min_confidence = check_confidence(min_confidence)
        self.appositions = appositions

    def __call__(self, sdoc: Doc, document: Document,
                 mentions: Sequence[Mention]) -> Iterator[RawTriple]:
        """Yield the open-IE triples of one parsed document."""
        lang = parsed_language(sdoc, document, "open-IE extractor")
        pack = language_pack(lang)
        g = repair(normalise(sdoc))
        args = Arguments(g, document.id, list(mentions), pack)
        seen: set[tuple[int, int, str, int, int]] = set()
        modalities: dict[int, Modality] = {}
        for prop in propositions(g, args, pack, self.appositions):
            triple = self._triple(g, args, pack, document, prop, modalities)
            if triple is None:
                continue
            key = (triple.subject.start, triple.subject.end, triple.predicate.label,
                   triple.object.start, triple.object.end)
            if key not in seen:
                seen.add(key)
                yield triple

    def _triple(self, g: Graph, args: Arguments, pack: LanguagePack, document: Document,
                prop: Proposition, modalities: dict[int, Modality]) -> RawTriple | None:
        prop = with_names(g, args, prop)
        if pack.preposition_in_object:
            prop = preposition_to_object(g, prop)
        s_lo, s_hi = prop.subject_span
        o_lo, o_hi = prop.object_span
        if s_lo <= o_hi and o_lo <= s_hi:
            return None
        words = [g.tok(k) for k in prop.relation]
        label = " ".join([t.text for t in words] + ([prop.implicit] if prop.implicit else []))
        lemmas = [_lemma(t, pack) for t in words] + (
            [pack.copula_lemma] if prop.implicit else [])
        if not label:
            return None
        pred = Predicate(f"lemma:{pack.lang}:{'_'.join(lemmas)}", label, " ".join(lemmas))
        conf = _BASE.get(prop.rule, 0.5)
        if any(g.role(i) == Role.DEP for i in (prop.anchor, prop.subject, prop.object)):
            conf -= 0.1
        if conf < self.min_confidence:
            return None
        if prop.anchor not in modalities:
            modalities[prop.anchor] = modality(g, prop.anchor, pack)
        neg = bool(prop.relation) and negated(g, prop.anchor, pack, [prop.subject, prop.object])
        sent = g.tok(prop.anchor).sent
        anchor = g.tok(prop.anchor)
        prov = Provenance(doc_id=document.id, sentence=sent.text, start=sent.start_char,
                          end=sent.end_char, extractor=NAME, version=VERSION,
                          confidence=round(conf, 3), rule=prop.rule,
                          trigger=(anchor.idx, anchor.idx + len(anchor.text)))
        subj = argument(g, args, prop.subject, prop.subject_span, pack)
        obj = argument(g, args, prop.object, prop.object_span, pack)
        return RawTriple(subj, pred, obj, prov, negated=neg, modality=modalities[prop.anchor])




def with_names(g: Graph, args: Arguments, prop: Proposition) -> Proposition:
    """Widen each argument over the whole recognised name its head word stands in.

    A parser that splits a name (``Lady`` | ``Mary Wortley Montagu``, ``in Salt`` | ``Lake City``)
    leaves the argument a piece of it; the recognised mention (NER, gazetteer) knows the name.
    The widened span may not take in the relation's words or the other argument.
    """
    busy = set(prop.relation)
    subject = _name_span(g, args, prop.subject, prop.subject_span,
                         busy | set(range(prop.object_span[0], prop.object_span[1] + 1)))
    obj = _name_span(g, args, prop.object, prop.object_span,
                     busy | set(range(subject[0], subject[1] + 1)))
    if (subject, obj) == (prop.subject_span, prop.object_span):
        return prop
    return replace(prop, subject_span=subject, object_span=obj)


def _name_span(g: Graph, args: Arguments, head: int, span: Span, busy: set[int]) -> Span:
    hit = args.recognised(head)
    if hit is None:
        return span
    name = g.doc.char_span(hit.start, hit.end, alignment_mode="expand")
    if name is None or not len(name):
        return span
    lo, hi = min(span[0], name.start), max(span[1], name.end - 1)
    if (lo, hi) == span or busy & set(range(lo, hi + 1)):
        return span
    return lo, hi


def preposition_to_object(g: Graph, prop: Proposition) -> Proposition:
    """Move the object's preposition from the end of the relation to the start of the object.

    German BenchIE writes ``Polizisten | sterben | im Dienst``, ``Die Schule | wurde gegründet
    | von einer Gruppe`` where English writes ``died in | the line of duty``; languages whose
    pack sets ``preposition_in_object`` get this form. Only prepositions right before the
    object move (``bis zum | Mittag`` → ``bis zum Mittag``), and the relation keeps a word.
    """
    rel = list(prop.relation)
    lo, hi = prop.object_span
    case = set(case_tokens(g, prop.object))
    while len(rel) > 1 and rel[-1] == lo - 1 and rel[-1] in case:
        lo = rel.pop()
    if lo == prop.object_span[0]:
        return prop
    return replace(prop, relation=tuple(rel), object_span=(lo, hi))


def _lemma(t: Token, pack: LanguagePack) -> str:
    if t.pos_ in ("VERB", "AUX"):
        return pack.verb_lemma(t)
    return (t.lemma_ or t.text).lower()


def propositions(g: Graph, args: Arguments, pack: LanguagePack,
                 appositions: bool = True) -> Iterator[Proposition]:
    """Yield every proposition of a parse, clause by clause in text order."""
    for i in range(len(g.doc)):
        kind = predicate_heads(g, i)
        if kind == "copula":
            yield from copula_propositions(g, i, args, pack)
        elif kind == "verb":
            yield from verb_propositions(g, i, args, pack)
        if appositions and g.tok(i).pos_ in ("NOUN", "PROPN"):
            yield from apposition_propositions(g, i, pack.lang)


def argument(g: Graph, args: Arguments, head: int, span: Span, pack: LanguagePack) -> Mention:
    """Return the mention for an argument span (see the module docstring)."""
    doc = g.doc
    lo, hi = span
    start, end = doc[lo].idx, doc[hi].idx + len(doc[hi].text)
    hit = args.recognised(head)
    if hit is not None and (hit.start, hit.end) == (start, end):
        return hit
    t = g.tok(head)
    text = doc.text[start:end]
    if t.pos_ == "PRON" and lo == hi and t.text.lower() in pack.personal_pronouns:
        kind = ActorType.GROUP if "Plur" in t.morph.get("Number", []) else ActorType.PERSON
        return Mention(document_id(args), start, end, text, kind, source="pronoun")
    kind = hit.type if hit is not None else ActorType.CONCEPT
    return Mention(document_id(args), start, end, text, kind, lemma=t.lemma_ if lo == hi else "",
                   source="np")


def document_id(args: Arguments) -> str:
    """Return the id of the document an :class:`Arguments` instance serves."""
    return args.doc_id


def make_openie_extractor(min_confidence: float = 0.0,
                          appositions: bool = True) -> OpenIEExtractor:
    """Create the open-IE extractor (registered as ``kg.openie_extractor.v1``)."""
    return OpenIEExtractor(min_confidence=min_confidence, appositions=appositions)


def register() -> None:
    """Register the factory under :data:`NAME` (until the package entry point lists it)."""
    from kg import registry

    if NAME not in registry.extractors.get_all():
        registry.extractors.register(NAME, func=make_openie_extractor)
