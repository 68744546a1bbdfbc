"""BenchIE-style scoring: kg triples against clusters ("fact synsets") of equivalent facts.

BenchIE (Gashteovski et al., 2022) annotates each sentence with clusters of equivalent
``[subject, relation, object]`` facts in which ``[…]`` marks optional tokens. An extraction is
correct when it matches *one* fact of *one* cluster slot by slot. Counting follows BenchIE's own
scorer (``gkiril/benchie``, ``src/scores.py``): a correct extraction credits the *first* cluster of
its sentence it matches; the true positives are the clusters credited, the false positives the
extractions that match nothing. So precision is ``TP / (TP + FP)`` — a second extraction of a
cluster already found is neither a gain nor a loss — and recall ``TP / clusters``.

kg's triples are compared as ``(subject mention text, relation, object mention text)``; the
relation is tried as the predicate's trigger words in the sentence, its lemma and its label
(any may match). Two modes:

strict
    BenchIE's own matching: each slot, as casefolded words (punctuation dropped, since the gold is
    tokenised and kg's text is not), equals the gold slot with every optional group either kept
    or dropped.
lenient (the headline figure)
    Token-level on lemmas (simplemma), ignoring function words (articles, prepositions,
    conjunctions, auxiliaries and modals, reflexives; see :mod:`kg.evaluation.tokens`): a slot
    matches when every *required* content lemma of the gold slot is in kg's slot and every
    content lemma of kg's slot occurs in the gold slot (required or optional). Prepositions and
    auxiliaries that BenchIE moves between relation and object therefore never decide a match,
    and neither does inflection. A German separable verb matches its parts ("eingreifen" ~
    "griff … ein"). When the gold slot has no content word ("wurde"), its words are compared.
Both modes: a negated kg triple matches only a relation that contains the negation ("nicht",
"not"), and an asserted one only a relation that does not — unless the triple's own words carry
the negation (``Sie | besitzen | keine Augenlider``): then it reads as printed, as BenchIE's gold
writes it, with no "nicht" to add. Facts are matched within their own
sentence (record) only, and direction counts (no subject/object swap).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from .records import DevRecord, Fact
from .scores import PRF, SetScore, prf
from .system import SystemTriple
from .tokens import NEGATIONS, NEGATIVE_WORDS, content, lemma, words

_GROUP = re.compile(r"\[([^\[\]]*)\]")
MAX_OPTIONAL_GROUPS = 10  # strict mode expands 2**groups variants; beyond this, all or none


@dataclass(frozen=True, slots=True)
class Slot:
    """A gold slot: its required words, its optional word groups, and their lemmas."""

    required: tuple[str, ...]
    optional: tuple[tuple[str, ...], ...]
    variants: frozenset[tuple[str, ...]]  # every keep/drop choice of the optional groups
    required_lemmas: frozenset[str]
    all_lemmas: frozenset[str]


@dataclass(frozen=True, slots=True)
class GoldFact:
    """One fact of a cluster, parsed slot by slot."""

    subject: Slot
    relation: Slot
    object: Slot


@dataclass(frozen=True, slots=True)
class BenchieCounts:
    """Counts behind one mode's figures (BenchIE's: TP = clusters credited, FP = wrong triples)."""

    triples: int
    correct_triples: int
    clusters: int
    matched_clusters: int

    @property
    def false_positives(self) -> int:
        """Extractions that match no fact of their sentence."""
        return self.triples - self.correct_triples

    def prf(self) -> PRF:
        """Return BenchIE's P = TP / (TP + FP), R = TP / clusters and F1."""
        tp = self.matched_clusters
        return prf(tp, tp + self.false_positives, tp, self.clusters)


def parse_slot(text: str, lang: str) -> Slot:
    """Split a gold slot into required words and optional groups; precompute its variants."""
    pieces: list[tuple[bool, tuple[str, ...]]] = []  # (optional?, words) in order
    pos = 0
    for m in _GROUP.finditer(text):
        pieces.append((False, words(text[pos:m.start()])))
        pieces.append((True, words(m.group(1))))
        pos = m.end()
    pieces.append((False, words(text[pos:].replace("[", " ").replace("]", " "))))
    required = tuple(w for opt, ws in pieces if not opt for w in ws)
    optional = tuple(ws for opt, ws in pieces if opt and ws)
    n_opt = sum(1 for opt, ws in pieces if opt and ws)
    choices: Iterable[tuple[bool, ...]]
    if n_opt <= MAX_OPTIONAL_GROUPS:
        choices = itertools.product((True, False), repeat=n_opt)
    else:
        choices = [(True,) * n_opt, (False,) * n_opt]
    variants: set[tuple[str, ...]] = set()
    for choice in choices:
        it = iter(choice)
        variants.add(tuple(w for opt, ws in pieces if ws and (not opt or next(it)) for w in ws))
    req_l = frozenset(lemma(w, lang) for w in required)
    all_l = req_l | {lemma(w, lang) for ws in optional for w in ws}
    return Slot(required, optional, frozenset(variants), req_l, all_l)


def parse_fact(fact: Fact, lang: str) -> GoldFact:
    """Parse the three slots of a gold fact."""
    return GoldFact(*(parse_slot(part, lang) for part in fact))


def _split_compounds(tokens: Iterable[str], pool: frozenset[str]) -> set[str]:
    """Replace tokens absent from ``pool`` by two parts that are both in it ("eingreifen")."""
    out: set[str] = set()
    for tok in tokens:
        if tok not in pool:
            for i in range(2, len(tok) - 1):
                if tok[:i] in pool and tok[i:] in pool:
                    out.update((tok[:i], tok[i:]))
                    break
            else:
                out.add(tok)
        else:
            out.add(tok)
    return out


def lenient_slot(kg_lemmas: Iterable[str], slot: Slot, lang: str) -> bool:
    """Token-level match on lemmas, function words ignored (see the module docstring)."""
    kg = _split_compounds(kg_lemmas, slot.all_lemmas)
    if not kg:
        return False
    gold_all = _split_compounds(slot.all_lemmas, frozenset(kg))
    gold_req = _split_compounds(slot.required_lemmas, frozenset(kg))
    needed = content(frozenset(gold_req), lang) or frozenset(gold_req)
    return needed <= kg and content(frozenset(kg), lang) <= gold_all


def strict_slot(kg_words: tuple[str, ...], slot: Slot) -> bool:
    """BenchIE's exact match: the words equal one keep/drop variant of the gold slot."""
    return bool(kg_words) and kg_words in slot.variants


def _negated(slot: Slot, lang: str) -> bool:
    neg = NEGATIONS.get(lang, "not")
    return neg in slot.required or any(neg in ws for ws in slot.optional)


def _relations(triple: SystemTriple) -> list[str]:
    texts = (triple.relation, triple.predicate_lemma, triple.predicate_label)
    return [r.replace("+", " ").replace("_", " ") for r in dict.fromkeys(t for t in texts if t)]


def _negation_shown(triple: SystemTriple, lang: str) -> bool:
    """Whether a slot of the triple already says its negation (``besitzen | keine Augenlider``)."""
    negative = NEGATIVE_WORDS.get(lang, frozenset())
    return any(w in negative for text in (triple.subject, triple.relation, triple.object)
               for w in words(text))


def triple_matches(triple: SystemTriple, fact: GoldFact, lang: str, *, lenient: bool) -> bool:
    """Whether a kg triple matches one gold fact in the given mode."""
    if triple.negated and _negation_shown(triple, lang):
        triple = replace(triple, negated=False)  # read as printed: no "nicht" to add
    if triple.negated != _negated(fact.relation, lang):
        return False
    neg = NEGATIONS.get(lang, "not")
    if lenient:
        def slot_ok(text: str, slot: Slot) -> bool:
            return lenient_slot((lemma(w, lang) for w in words(text)), slot, lang)

        def rel_ok(text: str, slot: Slot) -> bool:
            toks = [lemma(w, lang) for w in words(text)] + ([neg] if triple.negated else [])
            return lenient_slot(toks, slot, lang)
    else:
        def slot_ok(text: str, slot: Slot) -> bool:
            return strict_slot(words(text), slot)

        def rel_ok(text: str, slot: Slot) -> bool:
            if triple.negated:
                return any(tuple(w for w in v if w != neg) == words(text) for v in slot.variants)
            return strict_slot(words(text), slot)

    return (slot_ok(triple.subject, fact.subject) and slot_ok(triple.object, fact.object)
            and any(rel_ok(r, fact.relation) for r in _relations(triple)))


def count(pairs: Iterable[tuple[DevRecord, Sequence[SystemTriple]]], *,
          lenient: bool) -> BenchieCounts:
    """Count correct triples and matched clusters over (record, kg triples) pairs."""
    triples = correct = clusters = matched = 0
    for record, system in pairs:
        lang = record.lang if record.lang in NEGATIONS else "en"
        gold = [[parse_fact(f, lang) for f in cluster] for cluster in record.facts]
        credited: set[int] = set()
        for t in system:
            first = next((j for j, cluster in enumerate(gold)
                          if any(triple_matches(t, f, lang, lenient=lenient) for f in cluster)),
                         None)
            if first is not None:  # BenchIE credits the first cluster an extraction matches
                correct += 1
                credited.add(first)
        triples += len(system)
        clusters += len(gold)
        matched += len(credited)
    return BenchieCounts(triples, correct, clusters, matched)


def score(name: str, pairs: Sequence[tuple[DevRecord, Sequence[SystemTriple]]],
          seconds: float = 0.0) -> SetScore:
    """Score kg's triples on BenchIE records: lenient figures as headline, strict ones as extras."""
    lenient = count(pairs, lenient=True)
    strict = count(pairs, lenient=False)
    main, exact = lenient.prf(), strict.prf()
    return SetScore(
        name, len(pairs), main.precision, main.recall, main.f1,
        extra=(("triples", lenient.triples), ("clusters", lenient.clusters),
               ("matched", lenient.matched_clusters),
               ("strict_P", exact.precision), ("strict_R", exact.recall), ("strict_F1", exact.f1)),
        seconds=seconds, note="lenient token/lemma matching (strict = BenchIE exact)")
