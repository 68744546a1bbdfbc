"""Wider-object variants of a verbal clause, besides its one-argument facts.

BenchIE's gold often keeps more in an object than one argument phrase; each rule here adds a
variant next to the clause's ordinary facts (never instead of them):

* **leading adverbs** — the verb's adverbs right before an object join it (``Die Nazis |
  erlaubten | jedoch eine einzige Generalprobe``; :mod:`kg.extract.openie_adverbs`);
* **chained adverbials** (German) — adjacent prepositional/adverbial arguments as one object
  (``Sie | starb im | Oktober 1915 an einem Herzinfarkt``; :mod:`kg.extract.openie_chains`).
  German word order keeps a clause's adverbials together in the middle field, and the German
  gold keeps them together; the English gold splits them, so English gets no chains;
* **verb bracket** (German) — a main clause with a separable particle or a modal's infinitive
  in print order, the finite verb the relation (``Die Firma | stellt | im Herbst neue
  Mitarbeiter ein``; :mod:`kg.extract.openie_bracket`);
* **clausal objects** — a complement clause or ``zu`` infinitive as the object (``Der Arzt |
  vermutet | dass Liebe hinter Antiochus' Leiden ist``; :mod:`kg.extract.openie_clausal`),
  also with the verb's adverbs before it (``X | sagte | jedoch, das Spray überwinde …``),
  a single direct object before the clause joining the relation; the ``zu`` infinitives of an
  object noun likewise, the noun joining the relation (``Das Handbuch | beschreibt die
  Notwendigkeit | Spione zu benutzen``).
"""

from __future__ import annotations

from collections.abc import Iterator

from kg.extract.openie_adverbs import clause_with_leading_adverbs, with_leading_adverbs
from kg.extract.openie_bracket import bracket_object
from kg.extract.openie_chains import chained_spans
from kg.extract.openie_clausal import clausal_objects, clause_span, noun_infinitives
from kg.extract.openie_proposition import Proposition
from kg.extract.openie_spans import Span, case_tokens, np_span
from kg.lang import language_pack
from kg.nlp.schemes import Graph


def variants(g: Graph, v: int, subjects: list[int], rel: list[int],
             chosen: list[tuple[int, list[int]]], direct: list[int],
             lang: str) -> Iterator[Proposition]:
    """Yield the wider-object variants of a verbal clause: adverbs, chains, clausal objects."""
    extras = dict(chosen)
    for o, extra in chosen:  # "erlaubten | jedoch eine einzige Generalprobe"
        wide = with_leading_adverbs(g, v, o)
        if wide is not None:
            yield from _each(g, subjects, "openie-verb-adverbs", (*rel, *extra), o, wide, v)
    if language_pack(lang).chained_obliques:  # "starb | im Oktober 1915 an einem Herzinfarkt"
        for first, span in chained_spans(g, list(extras)):
            inside = [k for k in extras[first] if not span[0] <= k <= span[1]]
            yield from _each(g, subjects, "openie-verb-chain",
                             (*rel, *inside, *case_tokens(g, first)), first, span, v)
    lo, hi = np_span(g, direct[0]) if len(direct) == 1 else (0, -1)
    for k in clausal_objects(g, v):  # "vermutet | dass Liebe hinter … ist"
        relation = (*rel, *(w for w in range(lo, hi + 1) if w < k))
        span = clause_span(g, k)
        if span[1] > span[0]:  # a clause of one word is a parser's stray attachment
            yield from _each(g, subjects, "openie-verb-clausal", relation, k, span, v)
            wide = clause_with_leading_adverbs(g, v, span)  # "sagte | jedoch, das Spray …"
            if wide is not None and not set(range(wide[0], span[0])) & set(relation):
                yield from _each(g, subjects, "openie-verb-clausal", relation, k, wide, v)
    bracket = language_pack(lang).verb_bracket
    for s in subjects if bracket else ():  # "hat | das Rauchen auf allen Grundstücken verboten"
        found = bracket_object(g, rel, np_span(g, s))
        if found is not None:
            finite, span = found
            yield from _each(g, [s], "openie-verb-bracket", (finite,), v, span, v)
    for o, extra in chosen:  # "beschreibt die Notwendigkeit | Spione zu benutzen"
        infinitives = noun_infinitives(g, o)
        olo, ohi = np_span(g, o)
        noun = (*rel, *extra, *case_tokens(g, o), *range(olo, ohi + 1))
        for k in infinitives:
            span = clause_span(g, k, frozenset(infinitives))
            yield from _each(g, subjects, "openie-verb-infinitive", noun, k, span, v)


def _each(g: Graph, subjects: list[int], rule: str, relation: tuple[int, ...], o: int,
          span: Span, anchor: int) -> Iterator[Proposition]:
    """Yield one proposition per subject (other than the object itself)."""
    for s in subjects:
        if s != o:
            yield Proposition(rule, s, np_span(g, s), relation, o, span, anchor)
