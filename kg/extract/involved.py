"""What a named actor nothing else relates takes part in: ``X involvedIn event``.

News names many actors once, in a clause the relation table has no row for or in a phrase no
construction reads: ``Die SPÖ würde freilich ebenfalls stark verlieren``, ``Das isländische
Parlament wollte am Donnerstag wieder zusammenkommen``, ``Der UN-Sicherheitsrat hatte
beschlossen, dass …``, ``klopfte er bei Édouard Delebecque an``.

Such an actor is still an actor of the article; without a statement it would be no node of the
graph. Here it gets one, to the verb of the clause it is an argument of (``verlieren``,
``zusammenkommen``) or the predicate noun of a copula (``X ist die logische Nachfolgerin``;
also a name beside that noun: ``Unter den Toten ist der Journalist X``),
with the clause's negation, modality and time; the owner of the clause's subject takes part in
it too (``Die Flugbegleiter der Lufthansa streiken``: a genitive or possessive ``von``/``of``
phrase). The owner of another noun of the clause takes part in what that noun names (``mit den
Stimmen der Opposition``, ``bei der Hinrichtung von Clayton Lockett``, ``mit dem Amtsantritt des
neuen Königs Salman``: the noun is the trigger), or in the verb where the noun is a mention of
its own (``bei einer Lehrerkonferenz der PH Wien``: no generic event becomes a node). A person,
an organisation or a country (:data:`_BODIES`) takes part in what a noun names from any phrase of
it (``fordert Schutz durch die NATO``, ``Rudolf Hundstorfer für die SPÖ``, ``am dritten Platz
hinter ÖVP und KPÖ``) and as the owner of the verb's direct object (``nahmen Berichte des
Rechnungshofs in Verhandlung``); a collective or a force there is mostly described, no actor of
the clause (``weckte die Aufmerksamkeit des Westens``, ``Missionen mit den Streitkräften des
Diktators``). A place (a Location) gets one as the clause's
subject (``Aleppo ist geteilt``), its object, or where it goes or comes from (``zogen nach
Ungarn``, ``in die Batschka``, ``aus dem Burgenland``: :func:`_reached`); not what it is about
(``Konflikt um Berg-Karabach``); :mod:`kg.extract.scenes` has where things are. A known actor
written as the first part of a compound noun owns that noun (``bei einer UN-Konferenz``, ``auf
seiner Facebook-Seite``, ``gegen Al-Kaida-Terroristen``: :func:`_prefixes`), unless the compound
is an actor itself (``US-Streitkräfte``). A person or an organisation that none of these
reaches, where the parser hung it (``Viele bei Boeing bezweifeln …``, ``nach einer Bilanz der
Staatsanwaltschaft``), takes part in the verb at the top of its sentence
(:func:`_sentence_verb`); a country or a place there is a setting, not an actor of it.

The other end is a ``Concept`` (the verb or the owned noun; the graph views leave Concepts out
by default) and the predicate keeps its lemma, so the statement says in which clause the actor
appears, not more (rule ``involved``, the lowest prior of the tuning table). Only an actor
that names particular ones (a known key, a proper noun, a definite or counted noun: ``fünf
Angreifer``, not ``Fremde``; not the model's guess at one word alone) and that no other
statement of the document has as subject, object or place gets one, at its first mention that
is a verb's argument; places have :mod:`kg.extract.scenes`. A heading or caption without a verb
states nothing. A statement with a pronoun end does not count (``klopfte er bei Delebecque an``
is gone if ``er`` stays unresolved); where the pronoun resolves, resolution drops the spare
involvement (``kg.resolve``, :data:`kg.extract.tuning.FALLBACK_RULES`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from kg.extract.arguments import Arguments
from kg.extract.clauses import preposition
from kg.extract.fallbacks import VERBS, Pending, Sentences, concept_of, qualifiers, specific
from kg.extract.relations import load_table
from kg.lang import LanguagePack, pack_words
from kg.nlp.schemes import Graph, Role
from kg.types import ACTOR_TYPES, ActorType, Mention, Predicate, RawTriple

if TYPE_CHECKING:
    from spacy.tokens import Token

RULE = "involved"
RELATION = "involvedIn"
_PHRASE = (Role.FLAT, Role.APPOS, Role.CONJ, Role.COMPOUND)  # inside the actor's own phrase
_NOUNS = ("NOUN", "PROPN")
_SUBJECTS = (Role.SUBJ, Role.SUBJ_PASS)
# actors that take part in what a noun names from any phrase of it (Schutz durch die NATO); a
# collective or a force there is mostly a description (Missionen mit den Streitkräften)
_BODIES = frozenset({ActorType.PERSON, ActorType.ORGANIZATION, ActorType.COUNTRY})
# actors that take part in their sentence's verb where no construction reads them; a country or
# a place named in passing is a setting (``Gespräche wie zuletzt in Frankreich``), no actor of it
_NAMED = frozenset({ActorType.PERSON, ActorType.ORGANIZATION})


def _specific(g: Graph, m: Mention) -> bool:
    """Return whether ``m`` names particular actors (:func:`~kg.extract.fallbacks.specific`).

    A counted noun does (``fünf Angreifer``); the statistical model's guess at one word alone
    (``Midazolam``, ``Kapperl``) is too weak to stand without a statement: it needs a key or a
    word more.
    """
    if not m.key and m.source == "ner" and " " not in m.text.strip():
        return False
    return specific(g, m, counted=True)


def _owner(g: Graph, i: int, pack: LanguagePack) -> bool:
    """Return whether the phrase of token ``i`` names the owner of the noun it hangs on."""
    return g.role(i) == Role.GEN or (g.role(i) == Role.NMOD and
                                     preposition(g, i) in pack.possessive_preps)


def _titled(g: Graph, i: int) -> bool:
    """Return whether name token ``i`` is the parser's unmarked modifier of the title before it.

    ``die Gemeinderätin Sophia Reisecker``, ``die Jihadistenmiliz Islamischer Staat``: the name
    hangs on its title (a noun, or what the parser takes for a name) as an ``nmod`` with no
    preposition and no genitive, right after it.
    """
    head = g.head(i)
    start = min(g.subtree(i))
    return g.role(i) == Role.NMOD and g.tok(i).pos_ in _NOUNS and head == start - 1 and \
        preposition(g, i) is None and g.tok(head).pos_ in _NOUNS


def _reached(g: Graph, i: int, pack: LanguagePack) -> bool:
    """Return whether place phrase ``i`` is where its clause goes or comes from, or what it acts on.

    A phrase of the pack's origin or ``motion_preps.txt`` prepositions (``zogen nach Ungarn``,
    ``kommt öfter aus Wien``, ``in die Batschka``: ``in`` with an accusative) or a bare object
    (``betraf den Bezirk Lungau``); not a phrase about something (``Konflikt um Berg-Karabach``).
    """
    prep = preposition(g, i)
    if prep is None:
        return g.role(i) in (Role.OBJ, Role.IOBJ)
    if _source(g, i, pack):
        return False  # "D'après Kiev, …": whose word it is
    if prep in pack.origin_preps or prep in pack_words(pack.lang, "motion_preps.txt"):
        return True
    cases = [c for j in (i, *g.children(i, Role.DET)) for c in g.tok(j).morph.get("Case", [])]
    return prep in pack.inside_preps and "Acc" in cases


def _source(g: Graph, i: int, pack: LanguagePack) -> bool:
    """Return whether phrase ``i`` opens with one of the pack's source prepositions.

    A preposition of several words counts whole (``d'après``, ``according to``): the case
    marker with the words the parser hangs on it.
    """
    for k in g.children(i, Role.CASE):
        words = [g.tok(j).text.lower() for j in sorted((k, *g.children(k)))]
        if "".join(words) in pack.source_preps or " ".join(words) in pack.source_preps:
            return True
    return preposition(g, i) in pack.source_preps


def _clause(g: Graph, i: int, kind: ActorType, pack: LanguagePack) -> tuple[int, int] | None:
    """Return the verb (or copula's predicate) token ``i``'s phrase takes part in, and a trigger.

    The trigger is the verb, or the noun of the clause the phrase modifies as its owner (a
    genitive, a possessive preposition: ``mit den Stimmen der Opposition``) or, for an actor of
    ``kind`` in :data:`_BODIES`, in any phrase (``fordert Schutz durch die NATO``), up through
    the noun phrases that noun stands in (``Anfragen der Fraktion der Linkspartei``): the actor
    takes part in what the noun names. The owner of the subject takes part in the verb (``Die
    Flugbegleiter der Lufthansa streiken``: its people act). A place (a Location) only as the
    clause's subject (``Aleppo ist seit
    2012 geteilt``), object, or where it goes or comes from (:func:`_reached`; where it is,
    :mod:`kg.extract.scenes`), never as an owner (``im Südosten der Großstadt Aleppo``).
    """
    place = kind is ActorType.LOCATION
    start = i
    for _ in range(len(g.doc)):
        if g.head(i) == i:
            break
        if g.role(i) not in _PHRASE and not _titled(g, i):
            break
        i = g.head(i)
    head = g.head(i)
    if head == i:
        # "Unter den Toten ist der Journalist Peter Müller": the name is the copula's predicate's
        return (i, i) if start != i and g.children(i, Role.COP) else None
    if g.role(i) in _SUBJECTS and g.role(head) == Role.XCOMP and \
            g.tok(g.head(head)).pos_ in VERBS:
        return g.head(head), head  # "dass Hundstorfer ein guter Kandidat wäre": the predicate
    if g.tok(head).pos_ in _NOUNS and g.head(head) != head and (
            _owner(g, i, pack) or (kind in _BODIES and g.role(i) == Role.NMOD)) and (
            not place or g.role(head) in _SUBJECTS):
        return _owned(g, head, kind)  # what it owns; a subject's owner: its people act
    if place and g.role(i) not in _SUBJECTS and not _reached(g, i, pack):
        return None
    if g.tok(head).pos_ in VERBS or g.children(head, Role.COP):
        return head, head
    return None


def _owned(g: Graph, n: int, kind: ActorType) -> tuple[int, int] | None:
    """Return the verb and trigger of an actor that owns noun ``n`` of a clause (see _clause).

    The owner of the subject takes part in the verb; of another noun, in what that noun names,
    up through the noun phrases it stands in; of the direct object, only an actor of ``kind`` in
    :data:`_BODIES` (``Berichte des Rechnungshofs``; a copula's predicate noun the parser took
    for an object: ``Auslöser war das Bestreben von Präsident Pierre Nkurunziza``).
    """
    head = g.head(n)
    if head == n:
        return None
    if g.role(n) in _SUBJECTS:
        return (head, head) if g.tok(head).pos_ in VERBS or g.children(head, Role.COP) else None
    if g.role(n) == Role.OBJ and kind not in _BODIES:
        return None  # "weckte die Aufmerksamkeit des Westens": the West is described
    i, head = n, n
    for _ in range(len(g.doc)):
        i, head = head, g.head(head)
        if g.tok(head).pos_ in VERBS or g.children(head, Role.COP) or head == i:
            break
        if g.tok(head).pos_ not in _NOUNS or g.role(i) not in (*_PHRASE, Role.GEN, Role.NMOD):
            return None  # up through the noun phrases the owned noun stands in
    if g.tok(head).pos_ in VERBS or g.children(head, Role.COP):
        return head, n
    return None


def _sentence_verb(g: Graph, i: int) -> tuple[int, int] | None:
    """Return the verb (or copula's predicate) at the top of the sentence of token ``i``.

    The last resort of a person or an organisation (:data:`_NAMED`) no construction reads
    where the parser hung it: ``Ende des Monats wurde demnach außerdem der Kriegsminister des
    IS, Omar al-Shishani (Omar der Tschetschene), getötet`` (the name on the bracket).
    """
    top = i
    for _ in range(len(g.doc)):
        if g.head(top) == top:
            break
        top = g.head(top)
    if top == i or not (g.tok(top).pos_ in VERBS or g.children(top, Role.COP)):
        return None
    return top, top


def _covers(m: Mention, tok: Token) -> bool:
    """Return whether mention ``m`` spans all of ``tok`` (not only a compound's first part)."""
    return m.start <= tok.idx and tok.idx + len(tok.text) <= m.end


def _prefixes(g: Graph, args: Arguments, mentions: Sequence[Mention]) -> list[Mention]:
    """Return the known actors named as the first part of a compound noun (``UN-Konferenz``).

    The longest first part a recognised mention of the document or the gazetteer names as an
    actor (``Amnesty-International-Veranstaltungen``, ``Al-Kaida-Terroristen``), of a noun
    that is no actor's mention itself (``US-Streitkräfte`` is the forces; a mention of the first
    part alone, ``STANDARD`` in ``im STANDARD-Gespräch``, is that part's).
    """
    found = []
    for i in range(len(g.doc)):
        tok = g.tok(i)
        if tok.pos_ != "NOUN" or "-" not in tok.text.strip("-") or any(
                _covers(m, tok) and m.type in ACTOR_TYPES for m in mentions):
            continue
        parts = tok.text.split("-")
        for k in range(len(parts) - 1, 0, -1):
            prefix = "-".join(parts[:k])
            if not prefix[:1].isupper() or not parts[k][:1].isalpha():
                continue
            m = args.known_name(tok.idx, tok.idx + len(prefix), prefix, ACTOR_TYPES)
            if m is not None:
                found.append(m)
                break
    return found


def involved(g: Graph, args: Arguments, mentions: Sequence[Mention], pack: LanguagePack,
             triples: Sequence[RawTriple], sentences: Sentences) -> list[RawTriple]:
    """Return ``triples`` and ``X involvedIn verb`` for each named actor none of them has."""
    out = list(triples)
    relation = load_table().relations.get(RELATION)
    if relation is None:
        return out
    prefixes = _prefixes(g, args, mentions)
    pending = Pending(g, [*mentions, *prefixes], triples, ACTOR_TYPES)
    for actor, span in pending:
        if not _specific(g, actor) or args.organisation_named(span.root.i) is not None:
            continue  # an unspecific actor; an organisation noun whose name acts for it
        compound = actor in prefixes  # its noun is what it owns: "bei einer UN-Konferenz"
        found = _owned(g, span.root.i, actor.type) if compound else \
            _clause(g, span.root.i, actor.type, pack)
        if found is None and not compound and actor.type in _NAMED:
            found = _sentence_verb(g, span.root.i)
        if found is None:
            continue
        head, trigger = found
        if not compound and (span.start <= head < span.end or span.start <= trigger < span.end):
            continue
        if any(_covers(m, g.tok(trigger)) for m in mentions):
            trigger = head  # it owns a mention: "bei einer Lehrerkonferenz der PH"
        event = concept_of(g, actor.doc_id, trigger, pack)
        pred = relation.predicate(event.lemma)
        pending.cover(actor)
        neg, mod, when = qualifiers(g, head, pack, [span.root.i])
        out.append(RawTriple(actor, Predicate(pred.id, pred.label, pred.lemma), event,
                             sentences.provenance(actor.doc_id, g, trigger, RULE),
                             negated=neg, modality=mod, time=when))
    return out
