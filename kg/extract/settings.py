"""Where an actor acts: ``subject activeIn place`` (rule ``setting``).

``Kurden kämpfen in Syrien``; ``…, sagte Lawrow bei einer UN-Konferenz in Genf``; ``Kurdish
media reported a massacre in the village of Sarkel``: the clause's actor does what the clause
says in a place, and no statement relates the two — the place is only the clause's setting
(:func:`kg.extract.dependency._setting` keeps it off the clause's other statements). The
setting is a locative phrase of the verb itself (``in``, ``bei`` / ``in``, ``at`` — the pack's
``locative_preps``) or of an event or thing the verb's object or locative phrase names
(``kündigte ein Krisentreffen in Kairo an``, ``spoke at a summit in Johannesburg``; not
``flohen vor dem Elend in Griechenland``: what they flee is there, not they), one noun deep,
whose head is a recognised place (a country or a location; the place name of ``im Dorf
Sarkel`` is the noun's apposition).

Not settings: a destination (an accusative after ``in``: ``zogen in den Banat`` is movement,
:mod:`kg.extract.relations` maps it), a time (``im Mai``), a subject that is a location
(place containment is :mod:`kg.extract.places`; a country acts), a passive without its agent
(the patient does nothing there), and any pair another statement already relates or whose
subject turns out no actor (the extractor drops the setting then).

A verb the relation table does not know, with such a place as its only participant, says the
same (:func:`active_predicate`): ``Putin sprach in Moskau``, ``IS-Kämpfer setzten in Syrien
Senfgas ein`` are ``activeIn`` (keeping the verb as the predicate's lemma), not a relation
named after the verb.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from kg.extract.candidate import Candidate
from kg.extract.clauses import inherited_subjects, preposition, subjects
from kg.extract.qualifiers import is_time, verb_lemma
from kg.extract.relations import load_table
from kg.lang import LanguagePack, pack_words
from kg.nlp.schemes import Graph, Role
from kg.types import ACTOR_TYPES, AGENT_TYPES, PLACE_TYPES, ActorType, Mention, Predicate

RULE = "setting"
RELATION = "activeIn"
_NOUNS = ("NOUN", "PROPN")


def _place(g: Graph, k: int, kind: Callable[[int], ActorType | None]) -> int | None:
    """Return the recognised place phrase ``k`` names: its head, or its head's apposition."""
    if kind(k) in PLACE_TYPES:
        return k
    if g.tok(k).pos_ != "NOUN":
        return None
    return next((a for a in g.children(k, Role.APPOS, Role.FLAT, Role.NMOD)
                 if preposition(g, a) is None and kind(a) in PLACE_TYPES), None)


def locative(g: Graph, k: int, pack: LanguagePack) -> bool:
    """Return whether phrase ``k`` says where something is, not where it goes or when.

    One of the pack's ``locative_preps`` opens it (``in``, ``bei``, ``nahe``), or a compass word
    of the pack's ``compass_words.txt`` stands right before its preposition (``südöstlich von
    Bethlehem``, ``30 km north of Aleppo``).
    """
    prep = preposition(g, k)
    if prep is None or is_time(g, k, pack):
        return False
    if prep not in pack.locative_preps:
        words = prep.split()
        return bool(words) and words[0] in pack_words(pack.lang, "compass_words.txt")
    cases = [c for j in (k, *g.children(k, Role.DET)) for c in g.tok(j).morph.get("Case", [])]
    return "Acc" not in cases  # "in den Banat": a direction


def _listed(g: Graph, k: int, pack: LanguagePack,
            kind: Callable[[int], ActorType | None]) -> Iterator[int]:
    """Yield the places of locative phrase ``k`` and of the phrases listed with it.

    ``in Frankfurt und in Düsseldorf``, ``in Budapest, London und Rom``: a listed phrase with a
    preposition of its own must be locative too.
    """
    if not locative(g, k, pack):
        return
    for c in g.conjuncts(k):
        if (c == k or preposition(g, c) is None or locative(g, c, pack)) and \
                (p := _place(g, c, kind)) is not None:
            yield p


def _settings(g: Graph, v: int, pack: LanguagePack,
              kind: Callable[[int], ActorType | None]) -> Iterator[int]:
    """Yield the place heads of verb ``v``'s locative phrases and of its nouns' ones."""
    for k in g.children(v, Role.OBL, Role.NMOD):
        yield from _listed(g, k, pack, kind)
    for a in g.children(v, Role.OBJ, Role.OBL, Role.OBL_ARG):
        if g.tok(a).pos_ not in _NOUNS or kind(a) in ACTOR_TYPES:
            continue  # an actor's own phrase describes the actor ("die Regierung in Libyen")
        if preposition(g, a) is not None and not (locative(g, a, pack) or is_time(g, a, pack)):
            continue  # "flohen vor dem Elend in X", "Verantwortung für den Anschlag in X"
        # (a time's place is the clause's: "traf Obama im Mai in Berlin")
        for k in g.children(a, Role.NMOD):
            yield from _listed(g, k, pack, kind)


def setting_candidates(g: Graph, v: int, pack: LanguagePack,
                       kind: Callable[[int], ActorType | None],
                       actor: Callable[[int], Mention | None]) -> Iterator[Candidate]:
    """Yield ``subject activeIn place`` for each place where the clause of verb ``v`` happens.

    ``kind`` gives a token's recognised type, ``actor`` the actor an argument head stands for
    (a title noun stands for its holder: ``sagte Außenminister Lawrow``).
    """
    if g.tok(v).pos_ != "VERB":
        return
    relation = load_table().relations.get(RELATION)
    if relation is None:
        return
    subj = subjects(g, v, pack) or inherited_subjects(g, v, pack)
    subj = [s for s in subj if g.tok(s).pos_ == "PRON" or (
        (m := actor(s)) is not None and m.type in AGENT_TYPES)]
    if not subj:
        return
    lemma = verb_lemma(g, v, pack)
    seen: set[int] = set()
    for p in _settings(g, v, pack, kind):
        if p in seen or p in subj:
            continue
        seen.add(p)
        for s in subj:
            yield Candidate(rule=RULE, subject=s, object=p, predicate=relation.predicate(lemma),
                            anchor=v, trigger=(v,))


def active_predicate(g: Graph, cand: Candidate, s: Mention, o: Mention, pred: Predicate,
                     pack: LanguagePack) -> Predicate:
    """Return ``activeIn`` for an unmapped verb's locative place ``o`` of actor ``s``, or ``pred``.

    ``Putin sprach in Moskau`` (``sprechen in``): the lemma stays the verb's and preposition's.
    """
    if not (pred.id.startswith("lemma:") and cand.rule.endswith("-prep")):
        return pred
    if o.type not in PLACE_TYPES or s.type not in AGENT_TYPES:
        return pred
    relation = load_table().relations.get(RELATION)
    if relation is None or not locative(g, _listed_first(g, cand.object), pack):
        return pred
    return relation.predicate(pred.lemma)


def _listed_first(g: Graph, k: int) -> int:
    """Return the phrase whose preposition listed phrase ``k`` shares (``in Syrien und Irak``)."""
    while g.role(k) == Role.CONJ and preposition(g, k) is None and g.head(k) != k:
        k = g.head(k)
    return k
