"""Attributive participles: the relation a participle states about the noun it stands before.

``der vom Strafgerichtshof gesuchte Präsident X``, ``die von ihm regierte Region``, ``einer von
den USA angeführten Allianz``, ``die US-geführte Koalition``, ``the US-led coalition``,
``the Moscow-backed rebels``: a past participle before its noun, with an agent — a ``von``/
``durch``/``by`` phrase inside the noun phrase before the participle, or an actor written as the
first part of a hyphenated participle — states ``agent –verb→ noun``. ``das in Den Haag
ansässige Gericht``: a stative adjective or participle whose lexicon row reads the noun as the
subject (``basedIn``, ``locatedIn``) with its preposition states ``noun –relation→ place``.

Read off the word order (the parser often hangs the phrase on the article or on the noun): the
phrase is the nearest preposition left of the participle, up to the noun phrase's start.
"""

from __future__ import annotations

from collections.abc import Iterator

from kg.extract.arguments import RECOGNISED, Arguments
from kg.extract.candidate import Candidate
from kg.extract.relations import lemma_predicate, load_table
from kg.extract.titles import name_mention, prefix_mention
from kg.lang import LanguagePack
from kg.nlp.schemes import Graph
from kg.types import ActorType, Mention

_WINDOW = 6  # words between the article and the participle: "vom Internationalen Strafgerichtshof"
_STATIVE = frozenset({"basedIn", "locatedIn", "bornIn", "livesIn", "travelsTo"})  # the
# described noun is the subject ("der in Brüssel geborene Hauptverdächtige X": X bornIn Brüssel;
# "die nach Kanada geflüchtete Ehefrau X": X travelsTo Kanada)
_STOP = frozenset({"VERB", "AUX", "PUNCT", "SCONJ", "CCONJ"})
_NOUNS = frozenset({"NOUN", "PROPN"})


def _noun_after(g: Graph, p: int) -> int | None:
    """Return the noun the participle ``p`` stands before (adjectives may come between)."""
    for j in range(p + 1, min(len(g.doc), p + 4)):
        pos = g.tok(j).pos_
        if pos in _NOUNS:
            return j
        if pos != "ADJ":
            return None
    return None


def _phrase_before(g: Graph, p: int) -> tuple[str, int] | None:
    """Return the preposition and noun of the phrase right before participle ``p``."""
    noun = None
    for j in range(p - 1, max(-1, p - 1 - _WINDOW), -1):
        t = g.tok(j)
        if t.pos_ in _STOP:
            return None
        if t.pos_ == "ADP":
            if noun is None:
                return None
            parts = t.lemma_.lower().split()
            return (parts[0] if len(parts) > 1 else t.text.lower()), noun
        if noun is None and (t.pos_ in _NOUNS or t.pos_ == "PRON"):
            noun = j
    return None


def _described(args: Arguments, p: int, noun: int) -> Mention:
    """Return the mention of the noun the participle describes, without the participle's phrase.

    A recognised actor (or a title with a recognised name: ``Präsident Omar al-Bashir``) is
    itself; any other noun is the words from after the participle to the noun
    (``Militärallianz``), so that it does not swallow the agent phrase.
    """
    m = args.mention(noun)
    if m is not None and m.source in RECOGNISED:
        return m
    doc = args.graph.doc
    if noun + 1 < len(doc):  # "der in Wien lebende Autor Daniel Kehlmann": the name after it
        named = args.recognised(noun + 1)
        if named is not None and named.type == ActorType.PERSON and \
                named.start == doc[noun + 1].idx and doc[noun].pos_ == "NOUN":
            return named
    span = doc[p + 1:noun + 1]
    return Mention(args.doc_id, span.start_char, span.end_char, span.text, ActorType.CONCEPT,
                   source="np")


def _present_participle(word: str, pack: LanguagePack) -> str | None:
    """Return the verb of an inflected present participle (``lebende`` → leben), if it is one."""
    suffix = pack.participle_suffix
    low = word.lower()
    for ending in ("", "e", "en", "er", "es", "em"):
        if suffix and low.endswith(suffix + ending) and len(low) > len(suffix + ending) + 2:
            return low[: len(low) - len(ending) - 1]  # lebend(e) → leben
    return None


def attributive_candidates(g: Graph, p: int, pack: LanguagePack,
                           args: Arguments) -> Iterator[Candidate]:
    """Yield the statement of attributive participle ``p`` (module docstring)."""
    if pack.participle_verb is None or g.tok(p).pos_ not in ("ADJ", "VERB"):
        return
    noun = _noun_after(g, p)
    if noun is None:
        return
    text = g.tok(p).text
    prefix, _, tail = text.rpartition("-")
    word = tail if prefix else text
    verb = pack.participle_verb(word)
    table = load_table()
    described = _described(args, p, noun)
    split = p >= 2 and g.tok(p - 1).text == "-"  # "US - led": the hyphen a token of its own
    if (prefix or split) and verb:  # "US-geführte Koalition", "US-led coalition"
        if prefix:
            agent = prefix_mention(args, p, prefix)
        else:
            a = g.tok(p - 2)
            agent = name_mention(args, p - 2, a.idx, a.idx + len(a.text), a.text)
        hit = table.verb(pack.lang, verb)
        if agent is None or hit is None:
            return
        s, o = (described, agent) if hit.inverse else (agent, described)
        yield Candidate("attributive", p, noun, hit.predicate(verb), p, (p,),
                        subject_mention=s, object_mention=o)
        return
    found = _phrase_before(g, p)
    if found is None:
        return
    prep, k = found
    if verb and prep in pack.agent_preps:
        hit = table.verb(pack.lang, verb)
        pred = hit.predicate(verb) if hit else lemma_predicate(pack.lang, verb)
        inverse = hit.inverse if hit else False
        yield Candidate("attributive", k, noun, pred, p, (p,), inverse=inverse,
                        object_mention=described)
        return
    base = verb or _present_participle(word, pack) or g.tok(p).lemma_.lower()
    hit = table.verb(pack.lang, base, prep)
    if hit is not None and hit.relation.id in _STATIVE:
        yield Candidate("attributive", noun, k, hit.predicate(f"{base} {prep}"), p, (p,),
                        subject_mention=described)
