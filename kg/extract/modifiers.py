"""Relations a noun phrase states about the actor it describes: where it is, and whose it is.

* **locative** — ``die russischen Streitkräfte in Syrien``, ``the Palace of Fine Arts in San
  Francisco``: a recognised armed force, place, organisation or collective (``die Kurden in
  Syrien``, ``the rebels in Aleppo``; or a common noun named by a
  place name in front of it: ``the Sahara desert in Africa``; an organisation's seat: ``NRC
  headquarters in Rockville``) with an ``in`` modifier naming a recognised place is there
  (forces, places and collectives ``locatedIn``, organisations ``basedIn``; for a force that
  is a verb's object, also a phrase on the verb right after it); a person
  with an ``aus``/``from``/``of`` modifier naming a place (``Daniel Urquhart of Aumsville``)
  ``livesIn`` it, and one with a modifier of the pack's ``affiliation_preps`` (``of``, ``at``,
  ``with``) naming an organisation (``Roger Crouch of NASA``, ``Wang Ziqiang at the Institute
  of Mechanics``) or one of its units (``of the DEM's division``) is ``affiliatedWith`` it; an
  organisation with an ``of``/``von`` phrase naming one place (``Manufacturers Hanover Trust
  Co. of New York``) is ``basedIn`` it.
  Skipped where the phrase may belong to another noun: an actor that is the genitive of a
  noun or the apposition of another recognised mention (``die Militärmission der OVKS in
  Kasachstan``), and an organisation or person that is a verb's object (``empfing die Nato in
  Moskau``: the phrase is often the clause's place; a person's ``of`` phrase is the person's).
* **presence** — ``Stellungen der Jihadistenmiliz IS in Syrien``, ``Stützpunkte der PKK im
  Nordirak``, ``the positions of the rebels in Aleppo``: an actor owning a noun of the pack's
  ``presence_nouns.txt`` (positions, bases, strongholds) with an ``in`` phrase naming a
  recognised place — on the noun or on the owner's name — is there (``locatedIn``, rule
  ``presence``). A mission or an office of an actor somewhere says nothing of the kind.
* **appositive owner** — ``Channel One, einem der wichtigsten Propagandasender des Kremls``,
  ``X, ein Verbündeter Russlands``, ``Boise, the capital of Idaho``: an apposition whose noun
  (or, after ``einer der``/``one of``, the noun of its partitive phrase) has a genitive or
  ``von``/``of`` owner that is a recognised actor relates the described actor to the owner. The
  predicate is the noun's relation when it is a role noun of the relation table (a plain role
  apposition is left to :mod:`kg.extract.nominal`), ``locatedIn`` when both are places, else
  the noun's lemma (``Propagandasender``). A person's apposition whose noun has an ``in``
  phrase naming a place (``Maria Lopez, a lawyer in Boston``, ``X, one of the strategists in
  Israel``) says the person ``livesIn`` it; appositions coordinated with a first one describe
  the same actor. A place name set beside a common noun owned by a place is in that place
  (``Bosnia's capital, Sarajevo``).
* **circle** — ``die Staatsführung um Präsident Erdoğan``, ``the group around X``: an
  organisation, group or force with a phrase of the pack's ``circle_preps.txt`` (``um``,
  ``around``) naming a person is led by that person (``leads``); the phrase may hang on the
  verb or on a title (read off word order). So is one ``unter der Leitung von X`` (the
  pack's regime preposition and a noun of its ``leadership_nouns.txt``: ``Führung``,
  ``Vorsitz``, ``leadership``), by a person or an organisation, and an organisation of a
  person (``die Regierung von Präsident Orbán``, ``the party of Berlusconi``: the pack's
  possessive preposition) is led by that person (rule ``circle`` too).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from kg.extract.candidate import Candidate
from kg.extract.clauses import names_after, preposition
from kg.extract.relations import lemma_predicate, load_table
from kg.lang import LanguagePack, pack_words
from kg.nlp.schemes import Graph, Role
from kg.types import PLACE_TYPES, ActorType, Predicate

_OWNERS = frozenset({ActorType.PERSON, ActorType.ORGANIZATION, ActorType.COUNTRY,
                     ActorType.LOCATION, ActorType.ARMED_FORCE, ActorType.GROUP})
_INSIDE = {ActorType.ARMED_FORCE: "locatedIn", ActorType.LOCATION: "locatedIn",
           ActorType.ORGANIZATION: "basedIn", ActorType.GROUP: "locatedIn"}
_ORIGIN = frozenset({ActorType.PERSON, ActorType.ORGANIZATION})
_VERB_OBJECTS = frozenset({Role.OBJ, Role.IOBJ})
_ORGANISATIONS = frozenset({ActorType.ORGANIZATION})
_CIRCLES = frozenset({ActorType.ORGANIZATION, ActorType.GROUP, ActorType.ARMED_FORCE})
_PRESENT = frozenset({ActorType.ORGANIZATION, ActorType.ARMED_FORCE, ActorType.GROUP,
                      ActorType.COUNTRY})
_CIRCLE_SPAN = 4  # words between the preposition and the name: article, adjective, title

Kind = Callable[[int], ActorType | None]


def _relation_predicate(relation_id: str, lemma: str) -> Predicate | None:
    relation = load_table().relations.get(relation_id)
    if relation is None:
        return None
    return relation.predicate(lemma)


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
    own, holder = kind(x), x
    if own is None and g.tok(x).pos_ == "NOUN":
        own, holder = _named_by(g, x, pack, kind)
    if own is None or (own not in _INSIDE and own not in _ORIGIN) or _embedded(g, x, kind):
        return
    an_object = own in (ActorType.ORGANIZATION, ActorType.PERSON) and g.role(x) in _VERB_OBJECTS
    for k in _modifiers(g, x, own):
        prep = preposition(g, k)
        if an_object and not (own == ActorType.PERSON and prep in pack.possessive_preps):
            continue  # "empfing die Nato in Moskau"; but "met Tom Berger of Millbrook"
        if prep in pack.inside_preps and own in _INSIDE:
            relation = _INSIDE[own]
        elif prep in pack.origin_preps and own == ActorType.PERSON and \
                any(kind(c) in PLACE_TYPES for c in g.conjuncts(k)):
            relation = "livesIn"
        elif prep in pack.affiliation_preps and own == ActorType.PERSON:
            relation = "affiliatedWith"  # "Roger Crouch of NASA", "a researcher at the Institute"
        elif prep in pack.possessive_preps and own == ActorType.ORGANIZATION and \
                len(g.conjuncts(k)) == 1:  # not "die OVKS aus/von A, B und C": its members
            relation = "basedIn"
        else:
            continue
        pred = _relation_predicate(relation, prep or "")
        if pred is None:
            continue
        wanted = _ORGANISATIONS if relation == "affiliatedWith" else PLACE_TYPES
        ends = g.conjuncts(k)
        if relation == "affiliatedWith":
            ends = [o for c in ends for o in [c, *_units_of(g, c, pack, kind)]]
        for c in ends:
            if kind(c) in wanted and g.tok(c).pos_ in ("NOUN", "PROPN"):
                rule = "affiliation" if relation == "affiliatedWith" else "locative"
                yield Candidate(rule, holder, c, pred, x, (k,))


def presence_candidates(g: Graph, x: int, pack: LanguagePack, kind: Kind) -> Iterator[Candidate]:
    """Yield ``owner locatedIn place`` for an actor's positions in a place (module docstring)."""
    tok = g.tok(x)
    if tok.pos_ != "NOUN" or kind(x) is not None or \
            not tok.text.lower().endswith(tuple(pack_words(pack.lang, "presence_nouns.txt"))):
        return
    owned = [k for k in g.children(x, Role.GEN, Role.COMPOUND, Role.NMOD)
             if g.role(k) != Role.NMOD or preposition(g, k) in pack.possessive_preps]
    # a common noun set before the name (der Jihadistenmiliz Islamischer Staat) leads to it
    owned += names_after(g, owned, lambda k: kind(k) is not None)
    owners = [c for k in owned for c in g.conjuncts(k) if kind(c) in _PRESENT]
    if not owners:
        return
    # the phrase hangs on the noun, on the owner's name or on the noun before the name
    hosts = dict.fromkeys([x, *owned, *owners])
    phrases = [k for h in hosts for k in g.children(h, Role.NMOD)
               if preposition(g, k) in pack.inside_preps]
    for k in phrases:
        pred = _relation_predicate("locatedIn", preposition(g, k) or "")
        for c in g.conjuncts(k):
            if pred is not None and kind(c) in PLACE_TYPES and c not in owners:
                for o in owners:
                    yield Candidate("presence", o, c, pred, x, (k,))


def _named_by(g: Graph, x: int, pack: LanguagePack, kind: Kind) -> tuple[ActorType | None, int]:
    """Return the actor a common noun stands for through the name in front of it.

    ``the Sahara desert in Africa``: a place name compound makes the noun that place;
    ``NRC headquarters in Rockville``, ``Siemens' headquarters in Munich``: an organisation
    compound or possessor of a noun the relation table lists as a ``basedIn`` event noun makes
    the phrase that organisation's seat.
    """
    named = [k for k in g.children(x, Role.COMPOUND) if kind(k) == ActorType.LOCATION]
    if named:
        return ActorType.LOCATION, named[-1]
    hit = load_table().event(pack.lang, g.tok(x).lemma_ or g.tok(x).text)
    if hit is not None and hit.relation.id == "basedIn":
        owners = [k for k in g.children(x, Role.COMPOUND, Role.GEN)
                  if kind(k) == ActorType.ORGANIZATION]
        if owners:
            return ActorType.ORGANIZATION, owners[-1]
    return None, x


def _units_of(g: Graph, n: int, pack: LanguagePack, kind: Kind) -> list[int]:
    """Return the organisations common noun ``n`` is a unit of (``the DEM's division``).

    ``X, of the DEM's division of groundwater``, ``X of the law firm of Skadden, Arps``: a
    person of an organisation's unit or of a noun naming it belongs to the organisation.
    """
    if kind(n) is not None or g.tok(n).pos_ != "NOUN":
        return []
    return [o for o in g.children(n, Role.GEN, Role.NMOD)
            if (g.role(o) == Role.GEN or preposition(g, o) in pack.possessive_preps)
            and kind(o) == ActorType.ORGANIZATION]


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
    j = circle_person(g, x, pack, kind)
    if j is None:
        return
    pred = _relation_predicate("leads", g.doc[x + 1].text.lower())
    if pred is not None:
        yield Candidate("circle", j, x, pred, x, (x + 1,))


def circle_person(g: Graph, x: int, pack: LanguagePack, kind: Kind) -> int | None:
    """Return the person collective ``x`` gathers round (``x um/around person``), if any.

    Read off word order, as :func:`circle_candidates` is: the pack's circle preposition right
    after the noun, the person's name within the next few words (titles and articles before it).
    """
    doc = g.doc
    if kind(x) not in _CIRCLES or x + 2 >= len(doc) or \
            doc[x + 1].text.lower() not in pack_words(pack.lang, "circle_preps.txt"):
        return None
    for j in range(x + 2, min(len(doc), x + 2 + _CIRCLE_SPAN)):
        t = doc[j]
        if kind(j) is ActorType.PERSON:
            return j
        if t.is_punct or t.pos_ in ("VERB", "AUX") or kind(j) is not None:
            return None  # "um Präsident X": titles and articles may stand before the name
    return None


def leadership_candidates(g: Graph, x: int, pack: LanguagePack,
                          kind: Kind) -> Iterator[Candidate]:
    """Yield ``owner leads x`` for ``x unter der Leitung von owner`` (module docstring).

    ``die Regierung unter Führung von Ministerpräsident Rajoy``, ``die Kommission unter dem
    Vorsitz der SPÖ``, ``the coalition under the leadership of X``: a collective with the pack's
    regime preposition and one of its ``leadership_nouns.txt`` right after it is led by the
    person or organisation that owns the noun. Read off word order, as the circle is.
    """
    doc = g.doc
    if kind(x) not in _CIRCLES or x + 3 >= len(doc) or \
            doc[x + 1].text.lower() not in pack.regime_preps:
        return
    nouns = tuple(pack_words(pack.lang, "leadership_nouns.txt"))
    lead = next((j for j in range(x + 2, min(len(doc), x + 4))
                 if doc[j].text.lower().endswith(nouns) and doc[j].pos_ == "NOUN"), None)
    if lead is None:
        return
    yield from _led_by(g, x, lead, kind, (ActorType.PERSON, ActorType.ORGANIZATION))


def owner_candidates(g: Graph, x: int, pack: LanguagePack, kind: Kind) -> Iterator[Candidate]:
    """Yield ``person leads x`` for an organisation of a person (``die Partei von X``).

    ``die Regierung von Präsident Viktor Orbán``, ``the government of President Orbán``: an
    organisation with the pack's possessive preposition right after it and a person named
    within a few words (titles and articles between) is that person's: led by them. Groups
    (``die Anhänger von X``) and places are no one's organisation.
    """
    doc = g.doc
    if kind(x) is not ActorType.ORGANIZATION or x + 2 >= len(doc) or \
            doc[x + 1].text.lower() not in pack.possessive_preps:
        return
    yield from _led_by(g, x, x + 1, kind, (ActorType.PERSON,))


def _led_by(g: Graph, x: int, lead: int, kind: Kind,
            leaders: tuple[ActorType, ...]) -> Iterator[Candidate]:
    """Yield ``leader leads x`` for the first actor within a few words after token ``lead``."""
    doc = g.doc
    pred = _relation_predicate("leads", doc[lead].text.lower())
    for j in range(lead + 1, min(len(doc), lead + 1 + _CIRCLE_SPAN)):
        if kind(j) in leaders:
            if pred is not None:
                yield Candidate("circle", j, x, pred, x, tuple(sorted({x + 1, lead})))
            return
        if doc[j].is_punct or doc[j].pos_ in ("VERB", "AUX") or kind(j) is not None:
            return


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
    """Yield ``X pred owner`` for apposition ``a`` of actor X whose noun has an actor owner.

    A predicate noun of a copula describes its subject the same way (``Die Al-Nusra-Front ist
    der syrische Zweig der Al-Kaida``, ``Sirte is a stronghold of Gaddafi``).
    """
    x = g.head(a)
    if g.role(a) == Role.CONJ and g.role(x) == Role.APPOS:
        x = g.head(x)  # "X, an executive with A and one of the experts in Y"
    elif g.children(a, Role.COP) and g.children(a, Role.SUBJ) and g.tok(a).pos_ == "NOUN":
        x = g.children(a, Role.SUBJ)[0]  # "X ist der Zweig der Y"
    elif g.role(a) != Role.APPOS:
        return
    own = kind(x)
    if own is None and g.tok(x).pos_ == "NOUN" and kind(a) in PLACE_TYPES:
        yield from _named_place(g, x, a, pack, kind)
        return
    if x == a or own is None or own not in _OWNERS:
        return
    noun = _described(g, a, pack)
    if noun is None or kind(noun) is not None:
        return  # no describing noun; or a name the parser took for one (X, Nora von Y, …)
    if own == ActorType.PERSON:
        yield from _residence(g, x, noun, pack, kind)
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
        elif own in PLACE_TYPES and theirs in PLACE_TYPES and _place_noun(g.tok(noun).text, pack):
            pred = _relation_predicate("locatedIn", lemma) or lemma_predicate(pack.lang, lemma)
        else:
            pred = lemma_predicate(pack.lang, lemma)
        yield Candidate("apposition", x, o, pred, noun, (noun,))


def _place_noun(word: str, pack: LanguagePack) -> bool:
    """Return whether a noun says a place is part of another (``Hauptstadt``, ``capital``).

    Not ``Verbündeter``, ``ally``: two countries described so are no place in another.
    """
    ends = tuple(pack_words(pack.lang, "place_nouns.txt") | pack_words(pack.lang,
                                                                       "place_parts.txt"))
    return word.lower().endswith(ends)


def _residence(g: Graph, x: int, noun: int, pack: LanguagePack,
               kind: Kind) -> Iterator[Candidate]:
    """Yield ``x livesIn place`` for a person's apposition placed somewhere.

    ``Maria Lopez, a lawyer in Boston``, ``X, one of the top strategists in Israel``: the noun
    that describes the person has an ``in`` phrase naming a recognised place.
    """
    pred = _relation_predicate("livesIn", "in")
    if pred is None:
        return
    for k in g.children(noun, Role.NMOD):
        if preposition(g, k) not in pack.inside_preps:
            continue
        for c in g.conjuncts(k):
            if kind(c) in PLACE_TYPES and c != x:
                yield Candidate("apposition", x, c, pred, noun, (noun,))


def _named_place(g: Graph, noun: int, a: int, pack: LanguagePack,
                 kind: Kind) -> Iterator[Candidate]:
    """Yield ``a locatedIn owner`` for a place noun named by apposition ``a``.

    ``Bosnia's capital, Sarajevo``, ``the largest city of Texas, Houston``: the noun's owner
    (genitive or ``of`` phrase) is a place, and the name set beside the noun is in it.
    """
    pred = _relation_predicate("locatedIn", g.tok(noun).lemma_ or g.tok(noun).text)
    if pred is None:
        return
    for k in g.children(noun, Role.GEN, Role.NMOD):
        if g.role(k) == Role.NMOD and preposition(g, k) not in pack.possessive_preps:
            continue
        for c in g.conjuncts(k):
            if kind(c) in PLACE_TYPES and c != a:
                yield Candidate("apposition", a, c, pred, noun, (noun,))
