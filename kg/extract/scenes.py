"""Where a thing or an event is: ``X situatedIn place`` (rule ``scene``).

News names many places only as the scene of what happens, with no actor acting there:
``In Weißrussland, Moldau und Georgien werden neue Botschaften eröffnet``, ``die anhaltende
Gewalt in Sirte``, ``Am 5. November wurde in Bayern ein Mann festgenommen``, ``a second
passport turned up in Serbia``. Such a place is an actor of the article (a country, a city),
yet no statement has it: :mod:`kg.extract.settings` relates places to the actors that act in
them, :mod:`kg.extract.places` places to places. Here the place is related to what is there:

* a **noun** the locative phrase modifies (``die Gewalt in Sirte`` → Gewalt situatedIn Sirte);
* else what the **clause** of the verb it modifies is about: the direct object of a transitive
  verb (``hatte in Jakarta mehrere Ziele angegriffen`` → Ziele situatedIn Jakarta), else (no
  object, a reflexive, a bare singular noun that is part of its verb: ``took place``) the
  subject (``wurde in Bayern ein Mann festgenommen`` → Mann situatedIn Bayern: the patient of
  an agentless passive is where the event is; ``tauchte in Serbien ein Pass auf``; ``Der
  Angriff ereignete sich südöstlich von Bethlehem``).

The locative phrase is one of the pack's ``locative_preps`` with no accusative (``zogen in den
Banat`` is a direction; ``nahe Bethlehem``) or a phrase after a compass word (``südöstlich von
Bethlehem``, ``north of Aleppo``), and no time (:func:`kg.extract.settings.locative`); a place
listed after the first (``in Budapest, London und Rom``) shares the first one's phrase. The
other end is a thing or an event (a ``Concept``, left out of the graph views by default), never
an actor that acts (that is :mod:`kg.extract.settings`'s ``activeIn``); where the clause's actor
is the verb's patient, the event is there (``Omar Diaz was attacked in Lima`` → attack
situatedIn Lima) — the statement's point is the place, with its provenance, time and polarity. A
place named beside its descriptor noun is in that noun's phrase (``in der Hafenstadt
Mohammedia``, ``in the province of Idlib``: the pack's ``place_nouns.txt`` and
``place_parts.txt``).

Only a recognised place that no other statement of the document has as subject, object or
place qualifier gets one, the first in the text (:func:`scenes`): a place already in the graph
needs no scene, and one statement per place keeps the graph from repeating what the text lists.
A statement with a pronoun end does not count (it is gone if the pronoun stays unresolved);
where the pronoun resolves, resolution drops the spare scene.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from kg.extract.arguments import Arguments
from kg.extract.clauses import preposition, subjects
from kg.extract.fallbacks import VERBS, Pending, Sentences, concept_of, qualifiers
from kg.extract.relations import load_table
from kg.extract.settings import locative
from kg.lang import LanguagePack, pack_words
from kg.nlp.schemes import Graph, Role
from kg.types import AGENT_TYPES, PLACE_TYPES, Mention, Predicate, RawTriple

RULE = "scene"
RELATION = "situatedIn"
_HEADS = frozenset({"NOUN", "PROPN", "VERB", "AUX"})


def _theme(g: Graph, args: Arguments, head: int, phrase: int, place: Mention,
           pack: LanguagePack) -> tuple[Mention, int] | None:
    """Return what is at ``place``, named in ``phrase`` under ``head``, and the token telling it."""
    if g.tok(head).pos_ in ("NOUN", "PROPN"):
        m = args.mention(head)
        if m is None:
            return None
        start = g.tok(g.subtree(phrase)[0]).idx
        if m.end > start:  # "die Gewalt in Sirte", "Kulturforen in Budapest, London": up to "in"
            m = _before(g, m, start)
        return (m, head) if m is not None else None
    # a reflexive is no object, nor a bare singular noun, part of its verb (``took place``)
    objects = [k for k in g.children(head, Role.OBJ)
               if "Yes" not in g.tok(k).morph.get("Reflex", []) and not _bare(g, k)]
    for own in (objects, subjects(g, head, pack) or g.children(head, Role.SUBJ, Role.SUBJ_PASS)):
        for k in own:
            for m in args.mentions(k):
                if m.start != place.start or m.end != place.end:
                    return m, k
    return None


def _bare(g: Graph, k: int) -> bool:
    """Return whether object ``k`` is a singular noun with nothing before it (``took place``)."""
    return g.tok(k).pos_ == "NOUN" and "Plur" not in g.tok(k).morph.get("Number", []) and \
        not any(c < k for c in g.children(k))


def _described(g: Graph, i: int, pack: LanguagePack) -> int:
    """Return the descriptor noun a place name stands with (``in der Hafenstadt Mohammedia``).

    The name beside its noun, or in the noun's possessive phrase where the noun is one of the
    pack's ``place_nouns.txt`` or ``place_parts.txt`` (``in the port city of Mohammedia``, ``in
    the province of Idlib``).
    """
    nouns = tuple(pack_words(pack.lang, "place_nouns.txt") | pack_words(pack.lang,
                                                                       "place_parts.txt"))
    before = i - 1
    if before >= 0 and preposition(g, i) is None and g.head(i) != before and \
            g.tok(before).pos_ == "NOUN" and g.tok(before).lower_.endswith(nouns) and \
            preposition(g, before) is not None:
        return before  # "im Dorf Sarkel" with the name hung elsewhere: the noun's phrase
    for _ in range(len(g.doc)):
        head = g.head(i)
        if head == i or g.tok(head).pos_ != "NOUN" or head > i:
            return i
        if g.role(i) not in (Role.APPOS, Role.FLAT) and not (
                g.role(i) == Role.NMOD and preposition(g, i) in pack.possessive_preps
                and g.tok(head).lower_.endswith(nouns)):
            return i
        i = head
    return i


def _before(g: Graph, m: Mention, end: int) -> Mention | None:
    """Return the part of noun phrase ``m`` before character ``end`` (where its place begins)."""
    span = g.doc.char_span(m.start, end, alignment_mode="contract")
    if span is None:
        return None
    while len(span) and (span[-1].pos_ in ("ADP", "DET", "PUNCT", "CCONJ")):
        span = span[:-1]
    if not len(span):
        return None
    return replace(m, end=span.end_char, text=span.text)


def scenes(g: Graph, args: Arguments, mentions: Sequence[Mention], pack: LanguagePack,
           triples: Sequence[RawTriple], sentences: Sentences) -> list[RawTriple]:
    """Return ``triples`` and ``X situatedIn place`` for each place none of them names.

    A place that is a statement's place qualifier is named (``Gespräche zwischen den USA und
    Russland in Genf``: the talks' place is Geneva).
    """
    out = list(triples)
    relation = load_table().relations.get(RELATION)
    if relation is None:
        return out
    pending = Pending(g, mentions, triples, PLACE_TYPES)
    for place, span in pending:
        k = g.conjunct_chain(_described(g, span.root.i, pack))[-1]  # the list's phrase
        head = g.head(k)
        if head != k and g.tok(head).text.lower() in pack_words(pack.lang, "compass_words.txt"):
            head = g.head(head)  # "took place southeast of Bethlehem": the compass word's clause
        if head == k or g.role(k) not in (Role.OBL, Role.NMOD) or \
                g.tok(head).pos_ not in _HEADS or not locative(g, k, pack):
            continue
        found = _theme(g, args, head, k, place, pack)
        if found is None:
            continue
        theme, tk = found
        if theme.type in AGENT_TYPES:
            if g.role(tk) == Role.SUBJ or g.tok(head).pos_ not in VERBS:
                continue  # an actor there acts there (kg.extract.settings)
            theme, tk = concept_of(g, args.doc_id, head, pack), head  # its patient: the event
        pred = relation.predicate("")
        pending.cover(place)
        neg, mod, when = qualifiers(g, head, pack, [tk, span.root.i])
        out.append(RawTriple(theme, Predicate(pred.id, pred.label, pred.lemma), place,
                             sentences.provenance(args.doc_id, g, head, RULE),
                             negated=neg, modality=mod, time=when))
    return out
