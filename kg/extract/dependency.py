"""The dependency extractor: actor–relation–actor triples from a parsed document.

``make_dependency_extractor(**cfg)`` (registered as ``kg.dependency_extractor.v1``) returns a
:class:`DependencyExtractor`; calling it as ``extractor(sdoc, document, mentions)`` yields
:class:`~kg.types.RawTriple` values. The parse is first normalised to abstract roles
(:mod:`kg.nlp.schemes`) and repaired where a small parser errs (:mod:`kg.extract.repairs`), so
the same rules serve kg's German UD model, TIGER-labelled German models and English ClearNLP
models. One pass over the tokens dispatches to the rules:

* verbal clauses (:mod:`kg.extract.clauses`): ``svo``, ``passive``, ``*-prep``, ``idiom``;
  agentless passives of verb + preposition rows (:mod:`kg.extract.statives`): ``stative``
  (``X was born in Y``), and ``where`` for a relative clause on a place (``Y, where X lives``);
  support verbs (:mod:`kg.extract.support`): ``idiom`` (``Angriffe auf X starten``),
  ``nominal`` (``Kritik an X kam von Y``), ``responsibility`` (``X für Y verantwortlich machen``);
  reciprocal clauses (:mod:`kg.extract.reciprocal`): ``svo`` both ways (``A und B warfen sich
  gegenseitig … vor``);
* event nouns, role nouns, participles (:mod:`kg.extract.nominal`): ``nominal``, ``role``,
  ``participle``; event nouns whose genitive is their object (:mod:`kg.extract.deverbal`):
  ``nominal``, and ``purpose`` for ``Operationen zur Eroberung der Krim`` (modality
  ``intended``);
* noun modifiers (:mod:`kg.extract.modifiers`): ``locative`` (``die Streitkräfte in Syrien``),
  ``affiliation`` (``Roger Crouch of NASA``, ``a researcher at the Institute``),
  ``apposition`` (``Channel One, einer der Propagandasender des Kremls``), ``presence``
  (``Stellungen des IS in Syrien``: the IS is there); place appositions
  (:mod:`kg.extract.places`): ``place-apposition``;
* ``Unter X … verfolgte Land Y`` (:mod:`kg.extract.regime`): ``under`` (X governs Y);
* actors in front of a noun (:mod:`kg.extract.premodifiers`, packs with ``np_relations.tsv``):
  ``premodifier`` (``Chevron spokesman Jonathan Lifa``, ``Italy's Fiat``), ``described``
  (``Gary Hess, an Emery employee``);
* news datelines (:mod:`kg.extract.datelines`): ``dateline`` (``DAYTON, Ohio (AP)``, wire
  source lines ``NC1901223094 London Kanal-6 Television in Turkish``);
* attributive participles (:mod:`kg.extract.attributive`): ``attributive`` (``der vom IStGH
  gesuchte Präsident``, ``the US-led coalition``, ``das in Den Haag ansässige Gericht``);
* reported speech (:mod:`kg.extract.attribution`): ``attribution`` (``sagte X im ORF``: the
  speaker's medium), ``source`` (``wie Anadolu meldete, soll X …``: an institution reports on
  the clause's actor); every reported statement names its speaker in ``attributed_to``;
* titles and party brackets (:mod:`kg.extract.titles`): ``compound-role`` (``HDP-Chef X``,
  ``der deutsche Außenminister X``, ``X (ÖVP)``);
* charges (:mod:`kg.extract.accusations`): ``accusation`` (``X, convicted of murdering Y``);
* places in running text (:mod:`kg.extract.placepairs`): ``comma-place`` (``Rockville, Md.,``),
  ``place-part`` (``Kassala in eastern Sudan``);
* statements that follow from two others (:mod:`kg.extract.derived`): a place chain
  (``Ferraro of Bethany, Conn.`` → livesIn Conn.) and ``instrument`` (``X fired the shots
  that killed Y``).

Speech acts and copular places (:mod:`kg.extract.speech`) choose a statement's relation by its
object's role or the arguments' types: a dative object of a speech verb is its addressee
(``statesTo``), ``X ist in Y`` is ``memberOf``/``locatedIn``/``basedIn``.

Arguments become mentions (:mod:`kg.extract.arguments`), qualifiers come from
:mod:`kg.extract.qualifiers`. Negated statements are kept with ``negated=True``. A noun-phrase
object that belongs to actors (``die Souveränität der Ukraine, Georgiens …``) also yields the
statement with each owning actor as object.

Filters (all construction-level): an amount is no participant (``drei Millionen Dollar``); a
prepositional phrase of an unmapped verb whose noun is no
actor is an adjunct (``auf diese Weise``), and a place in a locative phrase of an unmapped verb
with a direct object is the statement's ``place``, not an object (``traf Xi in Peking``).

**Confidence** of a triple = the prior of its rule plus adjustments (both arguments recognised,
noun-phrase or pronoun arguments, a typed predicate, an inherited subject, a doubtful parse);
every number is in the one table of :mod:`kg.extract.tuning`.

Settings: ``keep`` = ``"actors"`` (default: at least one argument is an actor — a recognised
person, organisation, country, place, armed force or group, a pronoun, or a proper name the
recogniser missed; recognised events and concepts do not count — and both are when the
predicate is a verb the lexicon does not know: an untyped relation to a bare noun phrase says
too little),
``"both"`` (both are) or ``"any"`` (noun phrases on both sides too); ``min_confidence``
(default 0.0).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc

from kg.errors import ConfigError, available
from kg.extract.accusations import accusation_candidates
from kg.extract.arguments import RECOGNISED, Arguments
from kg.extract.attribution import (
    closing_colon_candidates,
    colon_quote_candidates,
    marker_quote_candidates,
    medium_candidates,
    quote_candidates,
    source_candidates,
    speakers,
)
from kg.extract.attributive import attributive_candidates
from kg.extract.branches import RULE as BRANCH
from kg.extract.branches import branch_candidates, unit_candidates
from kg.extract.candidate import Candidate
from kg.extract.checks import check_confidence, parsed_language
from kg.extract.clauses import clause_candidates, is_predicate, preposition
from kg.extract.datelines import dateline_candidates, source_line_candidates
from kg.extract.derived import with_derived
from kg.extract.deverbal import object_genitive_candidates
from kg.extract.fallbacks import Sentences, specific
from kg.extract.involved import involved
from kg.extract.modifiers import (
    apposition_candidates,
    circle_candidates,
    circle_person,
    leadership_candidates,
    locative_candidates,
    owner_candidates,
    presence_candidates,
)
from kg.extract.nominal import (
    event_candidates,
    participle_candidates,
    role_candidates,
    role_holders,
)
from kg.extract.placepairs import (
    comma_place_candidates,
    place_part_candidates,
    town_part_candidates,
)
from kg.extract.places import place_candidates
from kg.extract.premodifiers import described_candidates, premodifier_candidates
from kg.extract.qualifiers import modality, negated, time_of, verb_lemma
from kg.extract.quoted import actor_key, quoted_actors
from kg.extract.reciprocal import reciprocal_candidates
from kg.extract.regime import led_candidates, under_candidates
from kg.extract.relations import lemma_predicate, load_table
from kg.extract.repairs import repair, written_as_name
from kg.extract.scenes import scenes
from kg.extract.settings import RULE as SETTING
from kg.extract.settings import active_predicate, setting_candidates
from kg.extract.speech import addressee_predicate, copular_predicate, is_speech_act
from kg.extract.statives import (
    participle_stative_candidates,
    stative_candidates,
    where_candidates,
)
from kg.extract.support import support_candidates
from kg.extract.titles import (
    bracket_candidates,
    possessor_candidates,
    prefix_mention,
    title_candidates,
)
from kg.extract.tuning import confidence
from kg.knowledge.boilerplate import boilerplate_spans, inside
from kg.lang import LanguagePack, every_pack_words, language_pack
from kg.nlp.schemes import Graph, Role, normalise
from kg.types import (
    ACTOR_TYPES,
    AGENT_TYPES,
    PLACE_TYPES,
    ActorType,
    Document,
    Mention,
    Modality,
    Predicate,
    Provenance,
    RawTriple,
)

NAME = "kg.dependency_extractor.v1"
LONE = "lone"  # a named actor's only statement (DependencyExtractor._lone)
VERSION = "0.1.0"
_KEEP = ("actors", "both", "any")
# speech acts: the subject is a speaker, the object whom it addresses or accuses
_ADDRESSEES = frozenset({"statesTo", "accuses"})
# relations whose object is a place: a thing or an event there is a misread preposition
_PLACE_OBJECTS = frozenset({"travelsTo", "deploysTo", "livesIn", "locatedIn", "basedIn",
                            "bornIn"})


@dataclass(frozen=True, slots=True)
class _Context:
    graph: Graph
    args: Arguments
    pack: LanguagePack
    document: Document
    modalities: dict[int, Modality]
    sentence: list[int]  # token index → index into ``sentences``
    sentences: list[tuple[str, int, int]]  # text, start and end character of each sentence
    times: dict[int, str | None]  # anchor → time expression of its clause
    speakers: dict[int, tuple[list[int], bool]]  # anchor → speaker heads, whether they report

    def kind(self, i: int) -> ActorType | None:
        """Return the type of the recognised actor at token ``i``, if any."""
        m = self.args.recognised(i)
        return m.type if m is not None else None


def _off_page(triples: list[RawTriple], text: str, lang: str) -> list[RawTriple]:
    """Drop statements with an end in the page's boilerplate (an editor's ``Anm.``, a credit).

    Resolution would drop them (:func:`kg.resolve.actor_candidates`); dropping them here lets
    the quoted actors and fallbacks see that their other ends have no statement (``Die USA
    haben drei Millionen Dollar (…, Anm.) gegeben``: the USA are no longer left without one).
    """
    spans = boilerplate_spans(text, lang)
    if not spans:
        return triples
    return [t for t in triples if not any(
        e.source not in ("pronoun", "quote") and inside(spans, e.start, e.end)
        for e in (t.subject, t.object))]


class DependencyExtractor:
    """Rule-based extractor over dependency parses (see the module docstring)."""

    name = NAME
    version = VERSION

    def __init__(self, keep: str = "actors", min_confidence: float = 0.0) -> None:
        if keep not in _KEEP:
            raise ConfigError(
                f"extractor setting keep={keep!r}; expected one of {available(_KEEP)}")
        self.keep = keep
        self.min_confidence = check_confidence(min_confidence)

    def __call__(self, sdoc: Doc, document: Document,
                 mentions: Sequence[Mention]) -> Iterator[RawTriple]:
        """Yield the triples of one parsed document."""
        pack = language_pack(parsed_language(sdoc, document, "dependency extractor"))
        graph = repair(normalise(sdoc), pack.case_ambiguous_pronouns, pack.separable_particles,
                       pack.reporting_verbs, pack.time_nouns)
        sentences: list[tuple[str, int, int]] = []
        sentence = [0] * len(sdoc)
        for n, sent in enumerate(sdoc.sents):
            sentence[sent.start:sent.end] = [n] * (sent.end - sent.start)
            sentences.append((sent.text, sent.start_char, sent.end_char))
        ctx = _Context(graph, Arguments(graph, document.id, list(mentions), pack), pack, document,
                       {}, sentence, sentences, {}, {})
        best: dict[tuple[int, int, str, int, int], RawTriple] = {}
        for cand in with_derived(_candidates(ctx), graph, ctx.kind, pack.lang):
            for triple in self._triples(ctx, cand):
                key = (triple.subject.start, triple.subject.end, triple.predicate.id,
                       triple.object.start, triple.object.end)
                old = best.get(key)
                if old is None or triple.provenance.confidence > old.provenance.confidence:
                    best[key] = triple
        kept = _off_page(_alone(_unset(_one_speaker(list(best.values())))), document.text,
                         pack.lang)
        kept += quoted_actors(sdoc, kept, mentions, pack.demonym)
        if self.keep == "actors":
            said = Sentences(sentence, sentences, (NAME, VERSION))
            kept = scenes(graph, ctx.args, mentions, pack, kept, said)
            kept = involved(graph, ctx.args, mentions, pack, kept, said)
        yield from sorted(kept, key=lambda t: (t.provenance.start, t.subject.start,
                                               t.object.start))

    def _triples(self, ctx: _Context, cand: Candidate) -> Iterator[RawTriple]:
        g, args = ctx.graph, ctx.args
        if _named_verb(ctx, cand.anchor):
            return  # "sagte Putin dem TV-Sender RT": a name the tagger read as a verb
        subjects = [cand.subject_mention] if cand.subject_mention else args.mentions(cand.subject)
        objects = [cand.object_mention] if cand.object_mention else args.mentions(cand.object)
        typed = not cand.predicate.id.startswith("lemma:")
        objects += _possessors(ctx, cand.object, objects, typed=typed)
        if typed:
            objects += _circle(ctx, cand.object, objects)
        if typed and not cand.said:
            subjects += _commanders(ctx, cand.subject, subjects)
        if cand.rule == "role":
            objects = [_organisation(ctx, cand.object, o) for o in objects]
        if cand.inverse:
            subjects, objects = objects, subjects
        # what a quote says may deny ("kein Problem, sagte X"); the saying is negated only by
        # its own words ("äußerte sich nicht")
        neg = not cand.descriptive and negated(
            g, cand.anchor, ctx.pack, [cand.subject] if cand.said else [cand.subject, cand.object])
        if cand.anchor not in ctx.modalities:
            ctx.modalities[cand.anchor] = modality(g, cand.anchor, ctx.pack)
        mod = Modality.ASSERTED if cand.descriptive or _hung_report(ctx, cand) else \
            ctx.modalities[cand.anchor]
        if cand.intended and mod == Modality.ASSERTED:
            mod = Modality.INTENDED
        speaker = None if cand.descriptive else self._speaker(ctx, cand)
        if speaker is not None and mod == Modality.ASSERTED:
            mod = Modality.REPORTED
        if cand.anchor not in ctx.times:
            ctx.times[cand.anchor] = time_of(g, cand.anchor, [])
        when = ctx.times[cand.anchor] or time_of(g, cand.anchor, [cand.subject, cand.object],
                                                  clause=False)
        place = self._place(ctx, cand)
        sent = ctx.sentences[ctx.sentence[cand.anchor]]
        anchor = g.tok(cand.anchor)
        doubtful = any(g.role(i) == Role.DEP for i in (cand.anchor, cand.subject, cand.object))
        if _reported_phrase(ctx, cand):
            return  # the object is the reported clause's, whoever the subject
        for s in subjects:
            for o in objects:
                if s.start < o.end and o.start < s.end and cand.rule != BRANCH:
                    continue  # (a branch's name holds its party's: "Salzburger SPÖ")
                if _no_addressee(ctx, cand, o):
                    continue
                lone = False
                if not self._kept(s, o, args, cand.predicate, cand.said):
                    if not self._lone(ctx, cand, s, o):
                        continue
                    lone = True  # the actor's statement if it has no other (_alone)
                if (_adjunct(ctx, cand, o) and not lone) or \
                        _setting(ctx, cand, s, o) or _amount(ctx, cand.object, o):
                    continue
                pred = cand.predicate
                if _content(ctx, cand, o):  # "kündigte Neuwahlen an": said, not addressed
                    if _addressed(ctx, cand):
                        continue  # "warf dem Minister Zynismus vor": the charge, beside him
                    pred = lemma_predicate(ctx.pack.lang, pred.lemma)
                pred = addressee_predicate(g, pred, cand.object)  # "sagte dem Sender"
                placed = copular_predicate(g, pred, cand.object, s.type, o.type, ctx.pack)
                if placed is not None and placed.id != pred.id and \
                        not self._kept(s, o, args, placed):
                    continue  # "sitzt in Haft": an untyped relation to a non-actor
                pred = active_predicate(g, cand, s, o, placed or pred, ctx.pack)
                if pred.id in _PLACE_OBJECTS and (o.type == ActorType.EVENT or (
                        o.type == ActorType.CONCEPT and not args.is_name(o))):
                    continue  # "traf nach der Weihe ein": after an event, no destination
                rule = LONE if lone else cand.rule
                conf = _confidence(replace(cand, rule=rule), s, o, doubtful)
                if conf < self.min_confidence:
                    continue
                prov = Provenance(
                    doc_id=ctx.document.id, sentence=sent[0], start=sent[1],
                    end=sent[2], extractor=NAME, version=VERSION, confidence=conf,
                    rule=rule, trigger=(anchor.idx, anchor.idx + len(anchor.text)))
                yield RawTriple(s, pred, o, prov, negated=neg, modality=mod, time=when,
                                place=place if place is not None and place != o else None,
                                attributed_to=speaker if speaker not in (s, o) and
                                mod == Modality.REPORTED else None)

    def _lone(self, ctx: _Context, cand: Candidate, s: Mention, o: Mention) -> bool:
        """Return whether a dropped statement may stand for a named actor that has no other.

        ``Die türkische Wahlkommission hat den 1. November als Wahltag festgelegt``: a verb the
        table does not know with a thing as its direct object says little, but it is all the
        article says the commission does. Such a statement (rule ``lone``) is kept only for a
        named actor subject of its own clause (not a pronoun, a noun phrase, a speaker or a
        place) and a common noun phrase object (a direct object, else a prepositional phrase),
        with a verb that is no copula or ``haben`` (``X war ein Dorf``, ``X hat Geburtstag``
        describe, not act); :func:`_alone` drops it where the actor has another one.
        """
        return self.keep == "actors" and not cand.said and not cand.inherited and \
            cand.predicate.id.startswith("lemma:") and \
            s.source in RECOGNISED and s.type in AGENT_TYPES and \
            specific(ctx.graph, s) and \
            o.source == "np" and o.type == ActorType.CONCEPT and \
            ctx.graph.tok(cand.object).pos_ == "NOUN" and \
            cand.predicate.lemma.split(" ")[0] not in ctx.pack.copulas | ctx.pack.possession_verbs

    def _kept(self, s: Mention, o: Mention, args: Arguments, pred: Predicate,
              said: bool = False) -> bool:
        if self.keep == "any":
            return True
        good = [is_actor(m) or args.is_name(m) for m in (s, o)]
        if said:  # what an actor said: a clause, never an actor
            return self.keep != "both" and good[0]
        verb = pred.lemma.split(" ")[0]
        if self.keep == "both" or (pred.id.startswith("lemma:") and
                                   load_table().verb(args.pack.lang, verb) is None):
            return all(good)  # a verb the lexicon does not know, with a bare noun phrase
        return any(good)

    @staticmethod
    def _speaker(ctx: _Context, cand: Candidate) -> Mention | None:
        """Return the speaker of a reported statement (:mod:`kg.extract.attribution`).

        Returns a mention only when it reports the statement by itself (a source phrase, a
        reporting verb hung under the clause) or the clause is already reported.
        """
        if cand.anchor not in ctx.speakers:
            ctx.speakers[cand.anchor] = speakers(ctx.graph, cand.anchor, ctx.pack)
        heads, reports = ctx.speakers[cand.anchor]
        if not heads or cand.said or cand.rule == "attribution":
            return None
        if not reports and ctx.modalities.get(cand.anchor) != Modality.REPORTED:
            return None
        found = ctx.args.mentions(heads[0])
        return found[0] if found else None

    @staticmethod
    def _place(ctx: _Context, cand: Candidate) -> Mention | None:
        g = ctx.graph
        for k in g.children(cand.anchor, Role.OBL, Role.NMOD):
            if k == cand.object or preposition(g, k) not in ctx.pack.locative_preps:
                continue
            m = ctx.args.recognised(k)
            if m is not None and m.type in PLACE_TYPES:
                return m
            if m is None and g.tok(k).pos_ == "PROPN":
                return ctx.args.mention(k)  # a place name the recogniser missed: "in Genf"
        return None


def _alone(triples: list[RawTriple]) -> list[RawTriple]:
    """Keep a ``lone`` statement only for an actor no other statement of the document has.

    The actor is told by its known key, else its base form; of several lone statements of one
    actor, the first in the text is kept.
    """
    ends = {actor_key(m) for t in triples if t.provenance.rule != LONE
            for m in (t.subject, t.object)}
    out: list[RawTriple] = []
    # the first sentence first; in it, a direct object before a prepositional phrase
    for t in sorted(triples, key=lambda t: (t.provenance.start, t.subject.start,
                                            " " in t.predicate.lemma, t.object.start)):
        if t.provenance.rule == LONE:
            if actor_key(t.subject) in ends:
                continue
            ends.add(actor_key(t.subject))
        out.append(t)
    return out


def _unset(triples: list[RawTriple]) -> list[RawTriple]:
    """Drop each setting (:mod:`kg.extract.settings`) another statement says more about.

    ``Putin lebt in Moskau`` is ``livesIn``; that he is active there says nothing more. A
    setting whose subject turned out no actor (``Briefe, die in Maskat deponiert sind``: the
    relative pronoun stands for letters) is dropped too.
    """
    def pair(t: RawTriple) -> frozenset[tuple[int, int]]:
        return frozenset(((t.subject.start, t.subject.end), (t.object.start, t.object.end)))

    related = {pair(t) for t in triples if t.provenance.rule != SETTING}
    return [t for t in triples if t.provenance.rule != SETTING or (
        t.subject.type in AGENT_TYPES and pair(t) not in related)]


def _named_verb(ctx: _Context, i: int) -> bool:
    """Return whether verb ``i`` is a recognised actor's name (``RT`` tagged as a participle)."""
    if ctx.graph.tok(i).pos_ not in ("VERB", "AUX"):
        return False
    m = ctx.args.recognised(i)
    return m is not None and m.source in RECOGNISED and m.type in ACTOR_TYPES


def is_actor(m: Mention) -> bool:
    """Return whether a mention can be an actor: a recognised participant or a pronoun.

    Recognised events and concepts (``Intervention``, ``Militärmission``) are arguments, not
    actors: a statement needs at least one actor to be kept under ``keep="actors"``.
    """
    if m.source == "pronoun":
        return True
    return m.source in RECOGNISED and m.type in ACTOR_TYPES


def _content(ctx: _Context, cand: Candidate, o: Mention) -> bool:
    """Return whether ``o`` is what a speech act says, not whom it addresses.

    A relation whose object is an addressee or the accused (``statesTo``, ``accuses``) takes the
    direct object of its verb only when that is an actor: ``kündigte Neuwahlen an``, ``gab
    ihre Selbstauflösung bekannt``, ``announced elections``, ``warf ihm Zynismus vor`` name an
    event or a thing said; the statement keeps the verb's own lemma as its predicate instead.
    """
    return cand.predicate.id in _ADDRESSEES and ctx.graph.role(cand.object) == Role.OBJ and \
        o.type in (ActorType.EVENT, ActorType.CONCEPT)


def _hung_report(ctx: _Context, cand: Candidate) -> bool:
    """Return whether a quote's reporting clause hangs under the clause it reports.

    ``Q, sagte X``, ``wie X meldete, soll Y …``: the reporting verb's modality is read off the
    clause above it, which is the quote's own; that X said Q is a fact.
    """
    return cand.said and ctx.graph.head(cand.anchor) == cand.object


def _reported_phrase(ctx: _Context, cand: Candidate) -> bool:
    """Return whether a speech verb's object stands in the reported clause before it.

    ``Für Jazenjuk wäre das Scheitern optimal, meint der Politologe Kawa``: a phrase before the
    comma that precedes a speech verb belongs to what is said, whatever the parse hung it on.
    """
    g = ctx.graph
    if cand.said or cand.object >= cand.anchor or \
            g.tok(cand.anchor).pos_ not in ("VERB", "AUX"):
        return False  # (the quote rule states the reported clause itself)
    row = load_table().verb(ctx.pack.lang, verb_lemma(g, cand.anchor, ctx.pack))
    return row is not None and is_speech_act(row.relation.id) and any(
        g.tok(k).text == "," for k in range(cand.object + 1, cand.anchor))


def _no_addressee(ctx: _Context, cand: Candidate, o: Mention) -> bool:
    """Return whether the object a parse gives a speech act cannot be whom it addresses.

    ``sagte der Budgetsprecher der Grünen, Bruno Rossmann``: a name right after a comma is the
    subject's apposition; ``sagte der Sprecher von Präsident Putin``: a name whose phrase a
    preposition opens is part of another phrase. Neither is an addressee (``sagte dem
    Sender``), whatever object role the parser gave it.
    """
    if cand.rule != "svo" or cand.predicate.id not in _ADDRESSEES:
        return False
    if ctx.document.text[: o.start].rstrip().endswith(","):
        return True
    tok = ctx.graph.tok(cand.object)
    doc = tok.doc
    span = doc.char_span(o.start, o.end, alignment_mode="expand")
    i = min(tok.i, span.start) if span is not None else tok.i
    if o.type is ActorType.PERSON and i > 0 and doc[i - 1].pos_ == "NOUN":
        i -= 1  # a person's title before the name: "von Präsident Wladimir Putin"
    return i > 0 and doc[i - 1].pos_ == "ADP"


def _addressed(ctx: _Context, cand: Candidate) -> bool:
    """Return whether the speech act of ``cand`` names whom it addresses or accuses.

    A dative object (``warf dem Minister Zynismus vor``) or a reflexive one (``warfen sich
    gegenseitig ein böses Spiel vor``) is the addressee; the direct object beside it is what is
    said, no participant of its own.
    """
    g = ctx.graph
    return bool(g.children(cand.anchor, Role.IOBJ)) or any(
        k != cand.object and g.tok(k).text.lower() in ctx.pack.reflexive_pronouns
        for k in g.children(cand.anchor, Role.OBJ, Role.OBL_ARG))


def _one_speaker(triples: list[RawTriple]) -> list[RawTriple]:
    """Drop a speech act whose subject is a thing when an actor is that verb's speaker.

    ``Wir hatten keine Skandale, sagt Kahr dem STANDARD``: a misread clause can give the verb a
    second subject; only an actor speaks, so where the same trigger has an actor speaker, a
    subject that is an Event or Concept is not one. (A Concept alone keeps its statement:
    ``Beobachter werfen ihm vor`` names generic people.)
    """
    things = (ActorType.EVENT, ActorType.CONCEPT)
    spoken = {t.provenance.trigger for t in triples
              if is_speech_act(t.predicate.id) and t.subject.type not in things}
    return [t for t in triples if not (is_speech_act(t.predicate.id) and t.subject.type in things
                                       and t.provenance.trigger in spoken)]


def _adjunct(ctx: _Context, cand: Candidate, o: Mention) -> bool:
    """Return whether ``o`` is a circumstance, not a participant, of an unmapped verb.

    A prepositional phrase the relation table does not list for the verb and whose noun is no
    actor (``auf diese Weise``, ``zur Rechtfertigung``, ``im Falle …``) is an adjunct; so is
    the person a collective right before gathers round (``kritisierte die Regierung um
    Ministerpräsident X``: the parser hangs ``um X`` on the verb; :func:`_circle`).
    """
    if not (cand.rule.endswith("-prep") and cand.predicate.id.startswith("lemma:")):
        return False
    if not is_actor(o) and not ctx.args.is_name(o):
        return True
    # the phrase's preposition stands right after the collective it belongs to
    found = (circle_person(ctx.graph, k - 1, ctx.pack, ctx.kind)
             for k in ctx.graph.children(cand.object, Role.CASE) if k > 0)
    return any(j is not None and ctx.args.recognised(j) == o for j in found)


def _setting(ctx: _Context, cand: Candidate, s: Mention, o: Mention) -> bool:
    """Return whether ``o`` is where the clause's event happens rather than a participant.

    ``Putin traf Xi in Peking``: a place named by a locative phrase of an unmapped verb that
    has a direct object is the place of the statement with that object (its ``place``) — when
    there is one: an actor's direct object that is no actor makes none (:func:`_stated`), so
    ``Angreifer griffen in Jakarta mehrere Ziele an`` keeps Jakarta as an object; so is
    one of a verb the lexicon knows but not with that preposition, when an actor is the
    subject or the verb is a speech act (``Putin sagte in Wien``, ``Kurden kämpfen in Syrien``,
    ``…, sagte ein Sprecher in Kiew``): the lexicon lists a verb's prepositional arguments.
    (``Die Strasse führt in den Iran`` keeps its only participant.) A speech act's phrase with
    a medium preposition (``schrieb auf Twitter``) is its medium, stated by the attribution
    rule, not a second object.
    """
    g = ctx.graph
    if not (cand.rule.endswith("-prep") and cand.predicate.id.startswith("lemma:")):
        return False
    verb = cand.predicate.lemma.split(" ")[0]
    known = load_table().verb(ctx.pack.lang, verb)
    prep = preposition(g, cand.object)
    if known is not None and is_speech_act(known.relation.id) and prep in ctx.pack.medium_preps \
            and o.type not in PLACE_TYPES:
        return True  # "schrieb auf Twitter": the medium (kg.extract.attribution), no object
    if not (o.type in PLACE_TYPES and prep in ctx.pack.locative_preps):
        return False
    return (known is not None and (is_actor(s) or is_speech_act(known.relation.id))) or any(
        g.tok(k).text.lower() not in ctx.pack.reflexive_pronouns and (
            _stated(ctx, k) or not is_actor(s)) for k in g.children(cand.anchor, Role.OBJ))


def _stated(ctx: _Context, k: int) -> bool:
    """Return whether direct object ``k`` of an unmapped verb makes a statement of its own.

    Only an actor or a name does (a bare noun phrase of a verb the lexicon does not know is
    dropped, :meth:`DependencyExtractor._kept`): ``IS-Kämpfer setzten in Syrien Senfgas ein``
    keeps the place as the actor's participant, ``Putin traf in Peking Xi`` makes it the place
    of the meeting (as it stays for a subject that is no actor).
    """
    return any(is_actor(m) or ctx.args.is_name(m) for m in ctx.args.mentions(k))


def _amount(ctx: _Context, head: int, o: Mention) -> bool:
    """Return whether object ``o`` is an amount (``drei Millionen Dollar``, ``5,3 Prozent``).

    A noun-phrase object headed by a number or by a unit or currency noun of the pack is a
    quantity of the statement, not a participant.
    """
    if o.source != "np":
        return False
    t = ctx.graph.tok(head)
    return t.pos_ == "NUM" or t.text.lower() in ctx.pack.measure_nouns or \
        t.lemma_.lower() in ctx.pack.measure_nouns


def _organisation(ctx: _Context, head: int, o: Mention) -> Mention:
    """Return ``o`` as an organisation when a role's unnamed owner is headed by one.

    ``Andreas Ehlers, Vorsitzender des Dachverbands der Elternvereine``: the noun phrase a role
    noun's holder leads or speaks for, headed by an organisation head of the packs
    (``org_heads.txt``: Verband, Partei, Kommission …) or written as a name
    (:func:`~kg.extract.repairs.written_as_name`), names an organisation although no
    recogniser knows it; any other head stays a concept (``Leiter der Studie``).
    """
    if o.source != "np" or o.type != ActorType.CONCEPT:
        return o
    g = ctx.graph
    if not g.tok(head).text.lower().endswith(every_pack_words("org_heads.txt")) and \
            not written_as_name(g.tok(head), [g.tok(k) for k in g.children(
                head, Role.AMOD, Role.COMPOUND)]):
        return o
    return replace(o, type=ActorType.ORGANIZATION)


def _circle(ctx: _Context, head: int, objects: list[Mention]) -> list[Mention]:
    """Return the person a collective object gathers round: ``der Staatsführung um Präsident X``.

    What a typed relation does to a government, group or force named by the person it gathers
    round (a phrase of the pack's ``circle_preps.txt``: ``um``, ``around``) it does to that
    person too (``wirft der Staatsführung um Präsident Erdogan Propaganda vor`` → accuses
    Erdogan); :mod:`kg.extract.modifiers` has that the person leads it.
    """
    if len(objects) != 1:
        return []
    j = circle_person(ctx.graph, head, ctx.pack, ctx.kind)
    m = ctx.args.recognised(j) if j is not None else None
    return [m] if m is not None and m.type is ActorType.PERSON else []


def _possessors(ctx: _Context, head: int, objects: list[Mention],
                typed: bool = False) -> list[Mention]:
    """Actors a noun-phrase object belongs to: ``die Souveränität der Ukraine, Georgiens …``.

    Acting on an attribute of an actor (its sovereignty, its policy, its troops: ``werfen den
    Truppen von Staatschef Assad vor``; a compound's first part: ``die EU-Flüchtlingspolitik``)
    acts on the actor: each
    coordinated genitive (or ``von``/``of`` phrase) that is a recognised actor, or a title noun
    with its name (``die Verurteilung des Bloggers Raif Badawi``), becomes an object too. So it
    does for a prepositional object of a relation the lexicon types (``sprach sich gegen die
    Pläne der ÖVP aus``, ``kämpfen gegen die Truppen von Assad``).
    """
    g = ctx.graph
    if len(objects) != 1:
        return []
    generic = objects[0].type in (ActorType.ARMED_FORCE, ActorType.GROUP) and \
        g.tok(head).pos_ == "NOUN"  # "den Truppen von Assad"
    roles = (Role.OBJ, Role.IOBJ, Role.SUBJ_PASS, *((Role.OBL, Role.OBL_ARG) if typed else ()))
    if not (objects[0].source == "np" or generic) or g.role(head) not in roles:
        return []
    out = []
    owners = [k for k in g.children(head, Role.GEN, Role.NMOD)
              if g.role(k) == Role.GEN or preposition(g, k) in ctx.pack.possessive_preps]
    for k in owners:
        for c in g.conjuncts(k):
            m = ctx.args.recognised(c)
            if m is None or m.type not in ACTOR_TYPES:  # "die Verurteilung des Bloggers X"
                m = ctx.args.apposed_name(c)
            if m is not None and m.type in ACTOR_TYPES:
                out.append(m)
    direct = objects[0].source == "np" and g.role(head) in (Role.OBJ, Role.IOBJ)
    if direct:  # "criticised the US sanctions": a name in front owns it
        chain = g.children(head, Role.COMPOUND)
        chain += [c for k in chain for c in g.children(k, Role.COMPOUND)]  # EU refugee plans
        out += [m for k in chain if k < head and
                (m := ctx.args.recognised(k)) is not None and m.type in ACTOR_TYPES]
    word = g.tok(head).text
    if direct and "-" in word.strip("-") and g.tok(head).pos_ == "NOUN":
        # "kritisierte die EU-Flüchtlingspolitik": the compound's first part owns the thing
        prefix = word.split("-")[0]
        m = prefix_mention(ctx.args, head, prefix)
        if m is not None and m.type in ACTOR_TYPES:
            out.append(m)
    return out


def _commanders(ctx: _Context, head: int, subjects: list[Mention]) -> list[Mention]:
    """Actors whose fighters or followers act: ``Die Kämpfer des IS griffen Kobane an``.

    A subject that is a generic force or group noun (``Kämpfer``, ``Truppen``, ``Anhänger``,
    ``fighters``) with a genitive (or ``von``/``of``) owner that is a recognised actor acts for
    that owner: the owner is a subject too (``IS attacks Kobane``), as in event coding.
    """
    g = ctx.graph
    if len(subjects) != 1 or subjects[0].type not in (ActorType.ARMED_FORCE, ActorType.GROUP) \
            or g.tok(head).pos_ != "NOUN" or g.role(head) not in (Role.SUBJ, Role.AGENT):
        return []
    owners = [k for k in g.children(head, Role.GEN, Role.NMOD)
              if g.role(k) == Role.GEN or preposition(g, k) in ctx.pack.possessive_preps]
    out = []
    for c in (c for k in owners for c in g.conjuncts(k)):
        m = ctx.args.recognised(c)
        if m is None or m.type not in ACTOR_TYPES:  # "Truppen von Präsident Assad"
            m = ctx.args.apposed_name(c)
        if m is not None and m.type in ACTOR_TYPES and m not in subjects:
            out.append(m)
    return out


def _confidence(cand: Candidate, s: Mention, o: Mention, doubtful: bool) -> float:
    adjust: list[str] = [k for m in (s, o) for k in ("np", "pronoun") if m.source == k]
    if s.source in RECOGNISED and o.source in RECOGNISED:
        adjust.append("both-recognised")
    if not cand.predicate.id.startswith("lemma:"):
        adjust.append("typed")
    if cand.inherited:
        adjust.append("inherited")
    if doubtful:
        adjust.append("doubtful")
    return confidence(cand.rule, adjust)


def _participle_lemma(ctx: _Context, i: int) -> str | None:
    t = ctx.graph.tok(i)
    suffix = ctx.pack.participle_suffix
    if "Part" in t.morph.get("VerbForm", []) or t.tag_ in ("VBG", "VBN", "ADJD"):
        lemma = verb_lemma(ctx.graph, i, ctx.pack)
    elif suffix and t.pos_ == "ADJ" and t.text.lower().endswith(suffix):
        lemma = t.text.lower()[:-1]  # present participle: bestehend → bestehen
    else:
        return None
    if suffix and lemma.endswith(suffix):
        lemma = lemma[:-1]
    return lemma


def _candidates(ctx: _Context) -> Iterator[Candidate]:
    g, pack = ctx.graph, ctx.pack
    lang = pack.lang
    table = load_table()
    named = [ctx.args.recognised(i) is not None or g.tok(i).pos_ == "PROPN"
             for i in range(len(g.doc))]
    person = [ctx.kind(i) == ActorType.PERSON for i in range(len(g.doc))]

    def kind(i: int) -> ActorType | None:
        m = ctx.args.recognised(i)
        return m.type if m is not None else None

    def known(i: int) -> bool:
        return ctx.args.recognised(i) is not None

    def actor(i: int) -> Mention | None:  # a recognised actor or a nationality adjective
        m = ctx.args.mention(i)
        return m if m is not None and m.source not in ("np", "pronoun") else None

    for sent in g.doc.sents:
        yield from dateline_candidates(g, sent.start, sent.end, pack, ctx.args.mention)
        yield from colon_quote_candidates(g, sent.start, sent.end, pack, ctx.args)
        yield from marker_quote_candidates(g, sent.start, sent.end, pack, ctx.args)
        yield from closing_colon_candidates(g, sent.start, sent.end, pack, ctx.args)
        yield from source_line_candidates(g, sent.start, sent.end, pack, ctx.args.mention)
        yield from comma_place_candidates(g, sent.start, sent.end, ctx.args.mention)
        yield from place_part_candidates(g, sent.start, sent.end, pack, actor)
        yield from town_part_candidates(g, sent.start, sent.end, pack, ctx.args.city, actor)
    for i in range(len(g.doc)):
        t, role = g.tok(i), g.role(i)
        if is_predicate(g, i):
            yield from clause_candidates(g, i, lang, pack)
            yield from support_candidates(g, i, pack, ctx.args)
            yield from medium_candidates(g, i, pack, ctx.args)
            yield from source_candidates(g, i, pack, ctx.args)
            yield from quote_candidates(g, i, pack, ctx.args)
            yield from reciprocal_candidates(g, i, pack)
            yield from under_candidates(g, i, pack, kind)
            yield from stative_candidates(g, i, pack)
            yield from where_candidates(g, i, pack)
            yield from setting_candidates(g, i, pack, kind, actor)
        if t.pos_ == "VERB":
            yield from accusation_candidates(g, i, pack)
            if role in (Role.ACL, Role.AMOD, Role.ADVCL):
                yield from participle_stative_candidates(g, i, pack)
        if role in (Role.ACL, Role.AMOD, Role.ADVMOD) and t.pos_ in ("VERB", "ADJ"):
            lemma = _participle_lemma(ctx, i)
            if lemma:
                yield from participle_candidates(g, i, lang, lemma)
        if t.pos_ in ("VERB", "ADJ"):
            yield from attributive_candidates(g, i, pack, ctx.args)
        if t.pos_ == "NOUN":
            hit = table.event(lang, t.lemma_) or table.event(lang, t.text)
            if hit is not None and hit.relation.genitive_is_object:
                yield from object_genitive_candidates(g, i, hit, pack, known)
            elif hit is not None:
                yield from event_candidates(g, i, hit, pack)
        if t.pos_ in ("NOUN", "PROPN") and role != Role.FLAT:
            yield from role_candidates(g, i, pack, role_holders(g, i, named, person))
        if t.pos_ in ("NOUN", "PROPN") or (t.pos_ in ("ADJ", "ADV") and t.text[:1].isupper()):
            yield from title_candidates(g, i, pack, ctx.args)  # ADJ: "Vorsitzender" as a noun
        if t.text == "(":
            yield from bracket_candidates(g, i, ctx.args)
        if t.pos_ in ("NOUN", "PROPN"):
            yield from led_candidates(g, i, pack, kind)
            yield from possessor_candidates(g, i, ctx.args)
            yield from branch_candidates(g, i, ctx.args)
            yield from unit_candidates(g, i, ctx.args)
        if t.pos_ == "PROPN":
            yield from place_candidates(g, i, kind)
        if t.pos_ in ("NOUN", "PROPN"):
            yield from locative_candidates(g, i, pack, kind)
            yield from presence_candidates(g, i, pack, kind)
            yield from circle_candidates(g, i, pack, kind)
            yield from leadership_candidates(g, i, pack, kind)
            yield from owner_candidates(g, i, pack, kind)
        if role in (Role.APPOS, Role.CONJ) or g.children(i, Role.COP):
            yield from apposition_candidates(g, i, pack, kind)
        if t.pos_ in ("NOUN", "PROPN") and known(i):
            yield from premodifier_candidates(g, i, pack, actor)
        if t.pos_ in ("NOUN", "PROPN"):
            yield from described_candidates(g, i, pack, actor)


def make_dependency_extractor(keep: str = "actors",
                              min_confidence: float = 0.0) -> DependencyExtractor:
    """Create the dependency extractor (registered as ``kg.dependency_extractor.v1``)."""
    return DependencyExtractor(keep=keep, min_confidence=min_confidence)
