"""What the fallback statements share: who still needs one, where it is said, how it is qualified.

A fallback statement (:mod:`kg.extract.scenes`, :mod:`kg.extract.involved`) stands for an actor
no other statement of its document has (:class:`Pending`: a statement with a pronoun end does
not count, it is gone if the pronoun stays unresolved; a sentence without a verb — a heading,
a caption — states nothing); the statement's provenance is its trigger's sentence
(:class:`Sentences`), and a verb trigger lends it the clause's negation, modality and time
(:func:`qualifiers`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from spacy.tokens import Span

from kg.extract.arguments import RECOGNISED
from kg.extract.qualifiers import modality, negated, time_of, verb_lemma
from kg.extract.quoted import actor_key, pronoun_end
from kg.extract.tuning import confidence
from kg.knowledge.gazetteer import gazetteer, is_acronym
from kg.knowledge.roles import compound_prefix, person_noun
from kg.lang import LanguagePack, pack_code, pack_words
from kg.nlp.schemes import Graph, Role
from kg.types import ActorType, Mention, Modality, Provenance, RawTriple

VERBS = ("VERB", "AUX")


@dataclass(frozen=True, slots=True)
class Sentences:
    """Each token's sentence number, each sentence's text and offsets, the extractor's name."""

    of_token: Sequence[int]
    spans: Sequence[tuple[str, int, int]]
    extractor: tuple[str, str]  # name and version the provenance records

    def provenance(self, doc_id: str, g: Graph, trigger: int, rule: str) -> Provenance:
        """Return the provenance of a ``rule`` statement triggered by token ``trigger``."""
        tok = g.tok(trigger)
        text, start, end = self.spans[self.of_token[trigger]]
        return Provenance(doc_id=doc_id, sentence=text, start=start, end=end,
                          extractor=self.extractor[0], version=self.extractor[1],
                          confidence=confidence(rule, ("typed",)), rule=rule,
                          trigger=(tok.idx, tok.idx + len(tok.text)))


class Pending:
    """The recognised actors of some types that no statement names yet, in text order.

    Iterating yields each such mention with its span, where its sentence states something (a
    heading or caption, without a verb, states nothing: ``Die Pressekonferenz im Livestream``);
    :meth:`cover` records an actor that got its statement, so later mentions of it are skipped.
    """

    def __init__(self, g: Graph, mentions: Iterable[Mention], triples: Iterable[RawTriple],
                 types: frozenset[ActorType]) -> None:
        self._doc = g.doc
        self._mentions = sorted((m for m in mentions if m.source in RECOGNISED
                                 and m.type in types), key=lambda m: (m.start, m.end))
        # a statement with a pronoun end does not count: it is gone if the pronoun stays
        # unresolved
        self._ends = {actor_key(m) for t in triples if not pronoun_end(t)
                      for m in (t.subject, t.object, t.place) if m}

    def __iter__(self) -> Iterator[tuple[Mention, Span]]:
        for m in self._mentions:
            if actor_key(m) in self._ends:
                continue
            span = self._doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and any(t.pos_ in VERBS for t in span.sent):
                yield m, span

    def cover(self, m: Mention) -> None:
        """Record that actor ``m`` has its statement now."""
        self._ends.add(actor_key(m))


# proper-noun tags of the tag sets kg's parsers write (STTS, Penn): a name a rule found that the
# universal tag calls a common noun ("einen Präsidenten Hofer": Hofer NOUN, NE)
_PROPER_TAGS = frozenset({"NE", "NNP", "NNPS"})


def specific(g: Graph, m: Mention, counted: bool = False) -> bool:
    """Return whether ``m`` refers to particular actors: a key, a proper noun, a definite noun.

    ``die Opposition``, ``beim Magistrat`` (a preposition fused with the definite article),
    ``Lockheed Martin``, ``einen Präsidenten Hofer`` (a rule's name the tagger calls a proper
    noun, ``NE``, whatever its universal tag), ``seine Frau`` (a possessive is definite),
    ``EU-Staaten`` (a known name or an acronym compounded), a person a noun introduces (``ein
    Passant``), a collective's nationality adjective (``ukrainische Extremisten``; not a
    force's: ``die Entsendung russischer Truppen``, the sending is what the clause is about)
    do; a bare plural (``damit sich Fremde nicht … entziehen``) speaks of anyone.
    With ``counted``, a noun with a number does too (``fünf Angreifer``).
    """
    if m.key:
        return True
    span = g.doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    head = span.root.i
    if m.type is ActorType.PERSON and m.source == "rule" and _person_noun(g, head):
        return True  # a person a noun introduces is one particular person: "ein Passant"
    tagged = m.source != "ner"  # the model's guess and the tagger's may share one mistake
    return any(t.pos_ == "PROPN" or (tagged and t.tag_ in _PROPER_TAGS) for t in span) or \
        _named_compound(g.tok(head).text) or (
        counted and bool(g.children(head, Role.NUMMOD))) or any(
        "Def" in g.tok(k).morph.get("Definite", [])
        for k in g.children(head, Role.DET, Role.CASE)) or \
        _possessed(g, head) or (m.type is ActorType.GROUP and _national(g, head))


def _national(g: Graph, head: int) -> bool:
    """Return whether noun ``head`` has a nationality adjective (``ukrainische Extremisten``)."""
    return any(gazetteer().adjective(g.tok(k).text) is not None
               for k in g.children(head, Role.AMOD))


def _person_noun(g: Graph, i: int) -> bool:
    """Return whether token ``i`` is a person or kinship noun of its pack (``Passant``)."""
    lang = pack_code(g.doc.lang_)
    word = g.tok(i).lower_
    return person_noun(word, lang) or word.rpartition("-")[2] in pack_words(lang, "kin_nouns.txt")


def _named_compound(word: str) -> bool:
    """Return whether ``word`` compounds a known name or an acronym (``EU-Staaten``)."""
    prefix = compound_prefix(word)
    return prefix is not None and (is_acronym(prefix) or gazetteer().lookup(prefix) is not None)


def _possessed(g: Graph, head: int) -> bool:
    """Return whether noun ``head`` has a possessive determiner (``seine Frau``, ``his wife``)."""
    return any("Yes" in g.tok(k).morph.get("Poss", []) or (
        g.role(k) == Role.GEN and g.tok(k).pos_ in ("PRON", "DET"))
        for k in g.children(head, Role.DET, Role.GEN))


def concept_of(g: Graph, doc_id: str, i: int, pack: LanguagePack) -> Mention:
    """Return token ``i`` as the Concept a fallback statement points to (``festnehmen``).

    A verb keeps its lemma with its particle (:func:`verb_lemma`), a noun its own lemma.
    """
    tok = g.tok(i)
    lemma = verb_lemma(g, i, pack) if tok.pos_ in VERBS else tok.lemma_
    return Mention(doc_id, tok.idx, tok.idx + len(tok.text), tok.text, ActorType.CONCEPT,
                   lemma=lemma, source="np")


def qualifiers(g: Graph, head: int, pack: LanguagePack,
               args: list[int]) -> tuple[bool, Modality, str | None]:
    """Return negation, modality and time of the clause of ``head`` (none for a noun).

    A verb heads a clause, and so does a copula's predicate (``X ist nicht die Nachfolgerin``).
    """
    if g.tok(head).pos_ not in VERBS and not g.children(head, Role.COP):
        return False, Modality.ASSERTED, None
    return negated(g, head, pack, args), modality(g, head, pack), time_of(g, head, args)
