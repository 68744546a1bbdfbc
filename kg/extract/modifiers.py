"""Relations a noun phrase states about the actor it describes: where it is, and whose it is.

* **locative** — ``die russischen Streitkräfte in Syrien``, ``the Palace of Fine Arts in San
  Francisco``: a recognised armed force, place or organisation with an ``in`` modifier naming a
  recognised place is there (forces and places ``locatedIn``, organisations ``basedIn``; for a
  force that is a verb's object, also a phrase on the verb right after it); a person
  with an ``aus``/``from``/``of`` modifier naming a place (``Daniel Urquhart of Aumsville``)
  ``livesIn`` it; an organisation with an ``of``/``von`` phrase naming one place
  (``Manufacturers Hanover Trust Co. of New York``) is ``basedIn`` it. Skipped where the
  phrase may belong to another noun: an actor that is the genitive of a noun or the apposition
  of another recognised mention (``die Militärmission der OVKS in Kasachstan``), and an
  organisation or person that is a verb's object (``empfing die Nato in Moskau``: the phrase
  is often the clause's place).
* **appositive owner** — ``Channel One, einem der wichtigsten Propagandasender des Kremls``,
  ``X, ein Verbündeter Russlands``, ``Boise, the capital of Idaho``: an apposition whose noun
  (or, after ``einer der``/``one of``, the noun of its partitive phrase) has a genitive or
  ``von``/``of`` owner that is a recognised actor relates the described actor to the owner. The
  predicate is the noun's relation when it is a role noun of the relation table (a plain role
  apposition is left to :mod:`kg.extract.nominal`), ``locatedIn`` when both are places, else
  the noun's lemma (``Propagandasender``).
* **circle** — ``die Staatsführung um Präsident Erdoğan``, ``the group around X``: an
  organisation, group or force with a phrase of the pack's ``circle_preps.txt`` (``um``,
  ``around``) naming a person is led by that person (``leads``); the phrase may hang on the
  verb or on a title (read off word order).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from kg.extract.candidate import Candidate
from kg.extract.clauses import preposition
from kg.extract.relations import lemma_predicate, load_table
from kg.lang import LanguagePack, pack_words
from kg.nlp.schemes import Graph, Role
from kg.types import PLACE_TYPES, ActorType, Predicate

_OWNERS = frozenset({ActorType.PERSON, ActorType.ORGANIZATION, ActorType.COUNTRY,
                     ActorType.LOCATION, ActorType.ARMED_FORCE, ActorType.GROUP})
_INSIDE = {ActorType.ARMED_FORCE: "locatedIn", ActorType.LOCATION: "locatedIn",
           ActorType.ORGANIZATION: "basedIn"}
_ORIGIN = frozenset({ActorType.PERSON, ActorType.ORGANIZATION})
_VERB_OBJECTS = frozenset({Role.OBJ, Role.IOBJ})
_CIRCLES = frozenset({ActorType.ORGANIZATION, ActorType.GROUP, ActorType.ARMED_FORCE})
_CIRCLE_SPAN = 4  # words between the preposition and the name: article, adjective, title

Kind = Callable[[int], ActorType | None]


def _relation_predicate(relation_id: str, lemma: str) -> Predicate | None:
    relation = load_table().relations.get(relation_id)
    if relation is None:
        return None
    return Predicate(id=relation.id, label=relation.label_en, lemma=lemma)


def _embedded(g: Graph, x: int, kind: Kind) -> bool:
    """Return whether ``x`` modifies another noun, so that its phrases may belong to that noun."""
    head = g.head(x)
    if head == x:
        return False
    if g.role(x) == Role.GEN:
        return True
    return g.role(x) == Role.APPOS and kind(head) is not None and kind(head) != kind(x)


def locative_candidates(g: Graph, x: int, pack: LanguagePack, kind: Kind) -> Iterator[Candidate]:
    """Yield ``x locatedIn/basedIn/livesIn place`` for a place modifier of actor ``x``."""
    own = kind(x)
    if own is None or (own not in _INSIDE and own not in _ORIGIN) or _embedded(g, x, kind):
        return
    if own in (ActorType.ORGANIZATION, ActorType.PERSON) and g.role(x) in _VERB_OBJECTS:
        return
    for k in _modifiers(g, x, own):
        prep = preposition(g, k)
        if prep in pack.inside_preps and own in _INSIDE:
            relation = _INSIDE[own]
        elif prep in pack.origin_preps and own == ActorType.PERSON:
            relation = "livesIn"
        elif prep in pack.possessive_preps and own == ActorType.ORGANIZATION and \
                len(g.conjuncts(k)) == 1:  # not "die OVKS aus/von A, B und C": its members
            relation = "basedIn"
        else:
            continue
        pred = _relation_predicate(relation, prep or "")
        if pred is None:
            continue
        for c in g.conjuncts(k):
            if kind(c) in PLACE_TYPES and g.tok(c).pos_ in ("NOUN", "PROPN"):
                yield Candidate("locative", x, c, pred, x, (k,))


def _modifiers(g: Graph, x: int, own: ActorType) -> list[int]:
    """Prepositional modifiers of ``x``, and for armed forces the verb's phrase right after them.

    ``commanded the Russian forces in Syria`` with ``in Syria`` attached to the verb: forces
    acted on in a place are there, whichever word the phrase belongs to.
    """
    out = g.children(x, Role.NMOD)
    if own == ActorType.ARMED_FORCE and g.role(x) == Role.OBJ:
        after = g.subtree(x)[-1] + 1
        out += [k for k in g.children(g.head(x), Role.OBL) if g.subtree(k)[0] == after]
    return out


def circle_candidates(g: Graph, x: int, pack: LanguagePack, kind: Kind) -> Iterator[Candidate]:
    """Yield ``person leads x`` for ``x um/around person`` (see the module docstring).

    Read off word order (the preposition right after the noun, the person's name within the
    next few words): small parsers hang the phrase on the verb or on the title before the name.
    """
    doc = g.doc
    if kind(x) not in _CIRCLES or x + 2 >= len(doc) or \
            doc[x + 1].text.lower() not in pack_words(pack.lang, "circle_preps.txt"):
        return
    pred = _relation_predicate("leads", doc[x + 1].text.lower())
    for j in range(x + 2, min(len(doc), x + 2 + _CIRCLE_SPAN)):
        t = doc[j]
        if kind(j) is ActorType.PERSON:
            if pred is not None:
                yield Candidate("circle", j, x, pred, x, (x + 1,))
            return
        if t.is_punct or t.pos_ in ("VERB", "AUX") or kind(j) is not None:
            return  # "um Präsident X": titles and articles may stand before the name


def _described(g: Graph, a: int, pack: LanguagePack) -> int | None:
    """Return the noun an apposition describes its partner with (``einer der Sender`` → Sender)."""
    t = g.tok(a)
    if t.pos_ == "NOUN":
        return a
    if t.text.lower() not in pack.partitive_pronouns:
        return None
    for k in g.children(a, Role.NMOD, Role.GEN):
        prep = preposition(g, k)
        if g.tok(k).pos_ == "NOUN" and (prep is None or prep in pack.possessive_preps):
            return k
    return None


def apposition_candidates(g: Graph, a: int, pack: LanguagePack,
                          kind: Kind) -> Iterator[Candidate]:
    """Yield ``X pred owner`` for apposition ``a`` of actor X whose noun has an actor owner."""
    x = g.head(a)
    own = kind(x)
    if g.role(a) != Role.APPOS or x == a or own is None or own not in _OWNERS:
        return
    noun = _described(g, a, pack)
    if noun is None:
        return
    lemma = g.tok(noun).lemma_ or g.tok(noun).text
    role = load_table().role(pack.lang, lemma)
    if role is not None and noun == a:
        return  # "X, Gründer der Bewegung Y": the role-noun rule
    owners = [c for k in g.children(noun, Role.GEN, Role.NMOD)
              if (preposition(g, k) is None and g.role(k) == Role.GEN)
              or preposition(g, k) in pack.possessive_preps or
              (preposition(g, k) is None and "Gen" in g.tok(k).morph.get("Case", []))
              for c in g.conjuncts(k)]
    for o in owners:
        theirs = kind(o)
        if o == x or theirs is None or theirs not in _OWNERS:
            continue
        if role is not None:
            pred = role.predicate(lemma)
        elif own in PLACE_TYPES and theirs in PLACE_TYPES:
            pred = _relation_predicate("locatedIn", lemma) or lemma_predicate(pack.lang, lemma)
        else:
            pred = lemma_predicate(pack.lang, lemma)
        yield Candidate("apposition", x, o, pred, noun, (noun,))
