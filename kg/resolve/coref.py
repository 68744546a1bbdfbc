"""Within-document coreference: personal/possessive pronouns and definite descriptions.

A pronoun is linked only when the evidence is good: candidates are actor mentions in the same or
the previous sentence that agree in gender and number (from the parser's morphology when a spaCy
doc is given, else from the gazetteer's German genders); they are ranked by recency, same-sentence
and subject preference, and the best one must beat the runner-up by a clear margin. Plural
pronouns next to a coordination (``Chevron, ExxonMobil und …``) stay unresolved: their antecedent
is a set, not one actor. Definite descriptions (``das Land``, ``demselben Mann``) go to the most
salient compatible actor of the last sentences. A wrong link is worse than none. The descriptions
and clause openers are the language packs' data (``descriptions.tsv``, ``clause_openers.txt``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from typing import TYPE_CHECKING

from ..knowledge.gazetteer import gazetteer
from ..knowledge.roles import role_noun
from ..lang import language_pack, pack_codes, pack_patterns, pack_words
from ..types import ActorType, Mention
from .tuning import DESCRIPTION_WEIGHTS, LINKS, PRONOUN_WEIGHTS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_ACTOR_TYPES = {
    ActorType.PERSON,
    ActorType.COUNTRY,
    ActorType.ORGANIZATION,
    ActorType.GROUP,
    ActorType.ARMED_FORCE,
}
_SUBJ = {"nsubj", "nsubj:pass", "sb", "nsubjpass", "csubj"}
_POSSESSIVE = {"det:poss", "nmod:poss", "poss"}
_GENDER = {"Masc": "m", "Fem": "f", "Neut": "n"}

# pronoun → (agreement set, person-only, non-person-only); "ms" = masculine singular, "p" = plural
PRONOUNS: dict[str, tuple[frozenset[str], bool, bool]] = {}
for _words, _agr, _person, _thing in (
    ("er ihn ihm", "ms", False, False),
    ("sein seine seinen seinem seiner seines", "ms ns", False, False),
    ("sie ihr ihre ihren ihrem ihrer ihres", "fs p", False, False),
    ("dieser diesen diesem jener jenen jenem", "ms", False, False),  # demonstratives
    ("dessen", "ms ns", False, False),
    ("deren", "fs p", False, False),
    ("he him his himself", "ms", True, False),
    ("she her hers herself", "fs", True, False),
    ("it its itself", "ns", False, True),
    ("they them their theirs themselves", "p", False, False),
):
    for _w in _words.split():
        PRONOUNS[_w] = (frozenset(_agr.split()), _person, _thing)

_ARTICLES = {"der", "die", "das", "the"}
# dependency labels that open a clause of their own (UD, TIGER, ClearNLP)
_CLAUSE_DEPS = {"root", "advcl", "ccomp", "acl", "acl:relcl", "relcl", "parataxis", "csubj",
                "mo", "rc", "oc", "re"}
_NAME_PARTS = {"flat", "flat:name", "appos", "compound", "pnc", "nk"}
_DETERMINERS = {"der", "die", "das", "des", "dem", "den", "ein", "eine", "einen", "einem",
                "einer", "eines", "dieser", "diese", "diesen", "diesem", "the", "a", "an", "this"}
_AND = {"und", "and", "sowie", "&"}
# dependency labels of a phrase that describes another (UD, ClearNLP, TIGER)
_PREDICATIVE_DEPS = {"appos", "attr", "oprd", "pd", "app"}
_AS = {"als", "as"}
_COORD = re.compile(r"^\s*(,|und|and|sowie|oder|or)\s*$")


@dataclass(frozen=True, slots=True)
class Features:
    """What coreference needs to know about a mention."""

    sentence: int
    agreement: frozenset[str]  # possible gender+number values; empty = unknown
    subject: bool = False


@dataclass(frozen=True, slots=True)
class Link:
    """A resolved anaphor: the entity it refers to, how sure, and why."""

    entity_id: str
    score: float
    rule: str
    evidence: str
    antecedent: int = 0  # character offset of the chosen antecedent mention


@cache
def _descriptions(lang: str) -> tuple[tuple[re.Pattern[str], frozenset[ActorType]], ...]:
    """Compile a pack's definite descriptions (``descriptions.tsv``: type, determiners, nouns)."""
    found = []
    for line in pack_patterns(lang, "descriptions.tsv"):
        kind, dets, nouns = (f.strip() for f in [*line.split("\t"), "", ""][:3])
        dets, nouns = dets.lower(), nouns.lower()
        if not dets or not nouns:
            continue
        # an elided article (l'alliance) joins its noun; other determiners stand apart
        det = "|".join(re.escape(d) + ("" if d.endswith("'") else r"\s+") for d in dets.split("|"))
        noun = "|".join(re.escape(n) for n in nouns.split("|"))
        found.append((re.compile(f"^(?:{det})(?:{noun})$"), frozenset({ActorType(kind)})))
    return tuple(found)


def description_types(mention: Mention, lang: str | None = None) -> set[ActorType] | None:
    """Return the actor types a definite description can refer to (``das Land`` → Country).

    The descriptions are ``lang``'s pack's; without a language, every pack's.
    """
    text = " ".join(mention.text.lower().split())
    for code in (lang,) if lang is not None else pack_codes():
        for pattern, kinds in _descriptions(code):
            if pattern.match(text):
                return set(kinds)
    return None


def is_anaphor(mention: Mention, lang: str | None = None) -> bool:
    """Tell whether a mention is a pronoun or definite description that coreference handles."""
    if mention.source == "pronoun":
        return True
    return mention.type is ActorType.CONCEPT and description_types(mention, lang) is not None


class Context:
    """Sentence, agreement and subject features of mentions, from a spaCy doc or plain text."""

    def __init__(self, text: str, lang: str, sdoc: Doc | None = None) -> None:
        self.lang = lang
        # a doc whose text differs only in quote characters (« → „) still lines up
        self.sdoc = sdoc if sdoc is not None and len(sdoc.text) == len(text) else None
        if self.sdoc is not None:
            self._starts = [s.start_char for s in self.sdoc.sents]
        else:
            self._starts = [0] + [
                m.end() for m in re.finditer(r"[.!?]\s+(?=[A-ZÄÖÜ„\"«])|\n\n", text)
            ]
        self.text = text

    def sentence(self, offset: int) -> int:
        """Index of the sentence holding a character offset."""
        lo = 0
        for i, start in enumerate(self._starts):
            if start <= offset:
                lo = i
            else:
                break
        return lo

    def features(self, mention: Mention, entity_id: str | None) -> Features:
        """Agreement and role of an antecedent candidate."""
        agreement = self._entity_agreement(mention, entity_id)
        subject = self._clause_initial(mention.start)
        if self.sdoc is not None:
            span = self.sdoc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is not None and len(span):
                subject = span.root.dep_ in _SUBJ
                if not agreement:
                    agreement = _morph_agreement(span.root)
                elif mention.type is ActorType.PERSON and span.root.pos_ == "NOUN" and not any(
                        t.pos_ == "PROPN" for t in span):
                    # a person named by a noun has its gender (seine Frau, der Bruder)
                    agreement = (_morph_agreement(span.root) & agreement) or agreement
        return Features(self.sentence(mention.start), agreement, subject)

    def pronoun_agreement(self, mention: Mention, agreement: frozenset[str]) -> frozenset[str]:
        """Narrow a pronoun's possible agreement by the number the parser gives it.

        German ``sie`` is feminine singular or plural; ``sie haben`` is plural, so no single
        person is its antecedent. A possessive's number is its noun's (``ihre Bücher``), not its
        owner's, so possessives keep every reading; so does a pronoun the parser gives no number.
        """
        if self.sdoc is None:
            return agreement
        span = self.sdoc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or len(span) != 1:
            return agreement
        morph = span[0].morph
        if "Prs" not in morph.get("PronType", []) or "Yes" in morph.get("Poss", []):
            return agreement
        number = morph.get("Number", [])
        narrowed = (frozenset(a for a in agreement if a == "p") if number == ["Plur"]
                    else frozenset(a for a in agreement if a != "p") if number == ["Sing"]
                    else agreement)
        return narrowed or agreement

    def _entity_agreement(self, mention: Mention, entity_id: str | None) -> frozenset[str]:
        kind = mention.type
        if not language_pack(self.lang).grammatical_gender:
            if kind is ActorType.PERSON:
                return frozenset({"ms", "fs"})
            if kind in {ActorType.GROUP, ActorType.ARMED_FORCE}:
                return frozenset({"p"})
            return frozenset({"ns"})
        entry = gazetteer().entries.get(entity_id or "") or gazetteer().entries.get(
            mention.key or ""
        )
        if entry is not None and entry.gender:
            return frozenset({"p"} if entry.gender == "p" else {entry.gender + "s"})
        if kind is ActorType.PERSON:
            return frozenset({"ms", "fs"})
        return frozenset()

    def _clause_initial(self, offset: int) -> bool:
        """Guess subjecthood without a parse: sentence-initial or right after a conjunction."""
        before = self.text[max(0, offset - 40) : offset].split()
        if not before:
            return True
        last = before[-1].lower()
        if last in pack_words(self.lang, "clause_openers.txt"):
            return True
        return before[-1][-1:] in ".!?" or (last in _ARTICLES and len(before) > 1
                                             and before[-2][-1:] in ".!?")

    def unknown_name_before(
        self, offset: int, sentence: int, covered: Sequence[tuple[int, int]]
    ) -> bool:
        """Tell whether an unrecognised proper noun precedes ``offset`` in its sentence."""
        if self.sdoc is None:
            return False
        for tok in (
            self.sdoc.char_span(self._starts[sentence], offset, alignment_mode="expand") or ()
        ):
            if tok.pos_ == "PROPN" and not any(a <= tok.idx < b for a, b in covered):
                return True
        return False

    def nearest_noun(self, offset: int, agreement: frozenset[str]) -> tuple[int, int] | None:
        """Return the character span of the last noun before ``offset`` that agrees with it.

        Searched in the sentence of ``offset`` and the one before; a noun agrees when the
        parser's gender and number for it are one of ``agreement``'s values (``ms``: masculine
        singular). None without a parse or without such a noun.
        """
        if self.sdoc is None:
            return None
        sentence = self.sentence(offset)
        start = self._starts[max(0, sentence - 1)]
        span = self.sdoc.char_span(start, offset, alignment_mode="contract")
        for tok in reversed(list(span or ())):
            if tok.pos_ not in {"NOUN", "PROPN"}:
                continue
            # the noun's own features, or its article's (einem Laser: the parser may misgender
            # the noun, rarely the article)
            found = _morph_agreement(tok).union(
                *(_morph_agreement(k) for k in tok.children if k.pos_ == "DET"))
            if found & agreement:
                return (tok.idx, tok.idx + len(tok.text))
        return None

    def _token_at(self, offset: int) -> Token | None:
        """Return the token at character ``offset`` (None without a parse or a token there)."""
        if self.sdoc is None:
            return None
        span = self.sdoc.char_span(offset, offset + 1, alignment_mode="expand")
        return span[0] if span is not None and len(span) else None

    def describes(self, mention: Mention) -> bool:
        """Tell whether a noun phrase says what another phrase is rather than naming someone.

        A copula's predicate noun and its conjuncts (``Auinger ist Betriebsratsvorsitzender und
        SPÖ-Klubobmann``), an ``als``/``as`` phrase (``Kern als designierter SPÖ-Vorsitzender``)
        and an apposition describe the phrase they belong to: a role noun there is that one's
        role, never a mention of the person introduced with it.
        """
        if self.sdoc is None:
            return False
        span = self.sdoc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        tok = span.root
        for _ in range(len(tok.doc)):
            dep = tok.dep_.lower()
            if dep in _PREDICATIVE_DEPS or any(
                    c.dep_.lower() == "cop" or c.lower_ in _AS for c in tok.children):
                return True
            if dep not in {"conj", "cj"} or tok.head.i == tok.i:
                return False
            tok = tok.head
        return False

    def clause(self, offset: int) -> int | None:
        """Return the token index of the head of the clause holding ``offset`` (None unparsed)."""
        tok = self._token_at(offset)
        if tok is None:
            return None
        while tok.head.i != tok.i and not (
            tok.dep_.lower() in _CLAUSE_DEPS
            or (tok.dep_.lower() in {"conj", "cj"} and tok.pos_ in {"VERB", "AUX"})
        ):
            tok = tok.head
        return int(tok.i)

    def own_subject(self, offset: int) -> tuple[int, int] | None:
        """Return the character span of the subject a pronoun object's own clause has.

        A non-reflexive pronoun that is an argument of a verb cannot mean that verb's subject
        ("der … diesen kritisiert hatte": ``diesen`` is not the one who criticised). The span is
        the subject's name (its ``flat``/``appos``/``compound`` parts); a relative pronoun subject
        stands for the noun its clause modifies. A possessive of a copula's predicate noun cannot
        mean the copula's subject, nor the predicate its own subject noun (``X ist ihr
        Nachfolger``, ``Ihr Nachfolger ist X``). None without a parse, for a
        subject pronoun, another possessive or a pronoun whose clause has no subject.
        """
        tok = self._token_at(offset)
        if tok is None:
            return None
        verb = tok.head
        copula = any(k.dep_.lower() == "cop" for k in verb.head.children)
        if tok.dep_.lower() in _POSSESSIVE and verb.dep_.lower() in _SUBJ and copula:
            subjects = [verb.head]  # "Ihr Nachfolger ist X": X holds the noun, owns it not
        elif tok.dep_.lower() in _POSSESSIVE and any(k.dep_.lower() == "cop"
                                                     for k in verb.children):
            subjects = [k for k in verb.children if k.dep_.lower() in _SUBJ]  # "X ist ihr …"
        elif tok.dep_.lower() in _POSSESSIVE and verb.dep_.lower() == "attr":
            subjects = [k for k in verb.head.children if k.dep_.lower() in _SUBJ]  # "X is her …"
        elif verb.pos_ not in {"VERB", "AUX"} or tok.dep_.lower() in _SUBJ or verb.i == tok.i:
            return None
        else:
            subjects = [k for k in verb.children if k.dep_.lower() in _SUBJ]
        if len(subjects) != 1:
            return None
        subject = subjects[0]
        if "Rel" in subject.morph.get("PronType", []) and verb.head.i != verb.i:
            subject = verb.head  # "Lopatka, der … diesen … kritisiert hatte"
        parts = [subject, *(k for k in subject.children
                            if k.dep_.lower() in _NAME_PARTS and k.i > subject.i)]
        for part in list(parts):
            parts += [k for k in part.children if k.dep_.lower() in _NAME_PARTS]
        return (min(p.idx for p in parts), max(p.idx + len(p) for p in parts))

    def coordinated(self, mentions: Sequence[Mention], before: int, sentence: int) -> bool:
        """Tell whether two actor mentions are coordinated in ``sentence`` before ``before``."""
        inside = [m for m in mentions if m.start < before and self.sentence(m.start) == sentence]
        inside.sort(key=lambda m: m.start)
        return any(_COORD.match(self.text[a.end : b.start]) for a, b in pairwise(inside))


def _morph_agreement(tok: object) -> frozenset[str]:
    morph = getattr(tok, "morph", None)
    if morph is None:
        return frozenset()
    if "Plur" in morph.get("Number", []):
        return frozenset({"p"})
    genders = {_GENDER[g] for g in morph.get("Gender", []) if g in _GENDER}
    return frozenset(g + "s" for g in genders)


def resolve_anaphors(
    anaphors: Sequence[Mention],
    named: Sequence[tuple[Mention, str]],
    ctx: Context,
    counts: Mapping[str, int] | None = None,
) -> dict[Mention, Link]:
    """Link pronouns and definite descriptions of one document to entities, where safe.

    Parameters
    ----------
    anaphors
        Pronoun mentions (``source == "pronoun"``) and definite descriptions.
    named
        Already resolved mentions of the document with their entity ids.
    ctx
        Features of the document.
    counts
        Mentions per entity in the document (salience for definite descriptions).

    """
    # a name inside a compound (``UN-Konferenz``, ``ÖVP-Chef``) is no antecedent: a pronoun
    # cannot point into a word
    pool = [
        (m, e)
        for m, e in named
        if m.type in _ACTOR_TYPES and not (m.type is ActorType.COUNTRY and m.text[:1].islower())
        and ctx.text[m.end : m.end + 1] != "-"
    ]
    feats = {m: ctx.features(m, e) for m, e in pool}
    kinds_of = {m: m.type for m, _ in pool}
    links: dict[Mention, Link] = {}
    counts = counts or {}
    for ana in sorted(anaphors, key=lambda m: m.start):
        sent = ctx.sentence(ana.start)
        kinds = description_types(ana, ctx.lang) if ana.source != "pronoun" else None
        link = (
            _description(ana, kinds, pool, feats, kinds_of, sent, counts)
            if kinds is not None
            else _pronoun(ana, pool, feats, kinds_of, sent, ctx)
        )
        if link is not None:
            links[ana] = link
            # a resolved anaphor is a candidate for later ones (chains: er … er …)
            base = next(m for m, e in pool if e == link.entity_id)
            pool.append((ana, link.entity_id))
            feats[ana] = Features(sent, feats[base].agreement, feats[base].subject)
            kinds_of[ana] = kinds_of[base]
    return links


def _pronoun(
    ana: Mention,
    pool: list[tuple[Mention, str]],
    feats: dict[Mention, Features],
    kinds_of: dict[Mention, ActorType],
    sent: int,
    ctx: Context,
) -> Link | None:
    word = ana.text.lower()
    before = ctx.text[max(0, ana.start - 3) : ana.start].rstrip()
    if word not in PRONOUNS or (ana.text == "Sie" and before and before[-1] not in ".!?"):
        return None  # unknown word, or formal "Sie" inside a sentence (sentence-initial: she/they)
    agreement, person_only, thing_only = PRONOUNS[word]
    agreement = ctx.pronoun_agreement(ana, agreement)
    if word in language_pack(ctx.lang).demonstrative_pronouns:
        # "dieser" is the latter: the nearest agreeing noun, which may be no actor at all
        # (Googles Autos setzen einen LIDAR ein. Dieser erfasst …)
        noun = ctx.nearest_noun(ana.start, agreement)
        if noun is not None and not any(m.start <= noun[0] < m.end for m, _ in pool):
            return None
    if "p" in agreement and ctx.coordinated([m for m, _ in pool], ana.start, sent):
        return None
    best: dict[str, tuple[float, Mention]] = {}
    considered: list[tuple[Mention, str]] = []
    own = ctx.own_subject(ana.start)
    excluded = {e for m, e in pool if own is not None and own[0] <= m.start and m.end <= own[1]}
    for cand, entity in pool:
        f = feats[cand]
        if cand.start >= ana.start or f.sentence < sent - 1:
            continue
        if entity in excluded:
            continue  # the clause's own subject: "der … diesen kritisiert hatte"
        if person_only and kinds_of[cand] is not ActorType.PERSON:
            continue
        if thing_only and kinds_of[cand] is ActorType.PERSON:
            continue
        if f.agreement and not (f.agreement & agreement):
            continue
        considered.append((cand, entity))
        w = PRONOUN_WEIGHTS
        score = (w.same_sentence if f.sentence == sent else 0.0) + (w.subject if f.subject
                                                                     else 0.0)
        score += w.agreement if f.agreement else 0.0
        score -= min(ana.start - cand.end, w.distance_cap) * w.per_char
        if entity not in best or score > best[entity][0]:
            best[entity] = (score, cand)
    link = _decide(best, "pronoun", ana)
    if link is not None and _rival_in_other_clause(link, considered, ana, sent, ctx):
        return None
    if link is not None and ctx.sentence(link.antecedent) < sent:
        covered = [(m.start, m.end) for m, _ in pool]
        if ctx.unknown_name_before(ana.start, sent, covered):
            return None  # an unrecognised name in this sentence may be the antecedent
    return link


def _rival_in_other_clause(link: Link, considered: Sequence[tuple[Mention, str]], ana: Mention,
                           sent: int, ctx: Context) -> bool:
    """Tell whether the antecedent sits in another clause of the sentence next to a rival.

    "The EU imposed sanctions on Russia after it annexed Crimea": ``it`` agrees with both actors
    of the main clause, and only world knowledge picks one; the subject preference would pick
    the EU. Such a pronoun stays unresolved. An antecedent in the pronoun's own clause
    (``als Armenien während seines Konflikts …``) or in an earlier sentence is not affected.
    """
    if ctx.sentence(link.antecedent) != sent:
        return False
    home = ctx.clause(link.antecedent)
    if home is None or home == ctx.clause(ana.start):
        return False
    return any(entity != link.entity_id and ctx.sentence(m.start) == sent
               and ctx.clause(m.start) == home for m, entity in considered)


def _description(
    ana: Mention,
    kinds: set[ActorType],
    pool: list[tuple[Mention, str]],
    feats: dict[Mention, Features],
    kinds_of: dict[Mention, ActorType],
    sent: int,
    counts: Mapping[str, int],
) -> Link | None:
    for window in (1, 2):  # the previous sentence first, then one more
        best: dict[str, tuple[float, Mention]] = {}
        for cand, entity in pool:
            f = feats[cand]
            if cand.start >= ana.start or f.sentence < sent - window or kinds_of[cand] not in kinds:
                continue
            d = DESCRIPTION_WEIGHTS
            score = ((d.same_sentence if f.sentence == sent else 0.0)
                     + d.per_mention * min(counts.get(entity, 1), d.mention_cap))
            score -= min(ana.start - cand.end, d.distance_cap) * d.per_char
            if entity not in best or score > best[entity][0]:
                best[entity] = (score, cand)
        if best:
            return _decide(best, "definite-description", ana)
        if ActorType.PERSON in kinds:
            break
    return None


def _decide(best: dict[str, tuple[float, Mention]], rule: str, ana: Mention) -> Link | None:
    if not best:
        return None
    ranked = sorted(best.items(), key=lambda kv: -kv[1][0])
    (entity, (score, cand)) = ranked[0]
    if len(ranked) > 1 and score - ranked[1][1][0] < LINKS.margin:
        return None
    evidence = f"{ana.text} → {cand.text} (offset {cand.start})"
    return Link(entity, LINKS.confidence(score), rule, evidence, cand.start)


def role_description(mention: Mention, lang: str) -> str | None:
    """Return the role (or ``"age"``) a noun phrase names a person by, if it is only that.

    ``der Finanzminister``, ``dem türkischen Präsidenten``, ``der 52-Jährige``: a phrase of
    articles, adjectives (nationality adjectives included) and one role noun (the language
    pack's ``roles.txt``) or age noun (``age_nouns.txt``), with no name in it.
    """
    if mention.type not in {ActorType.CONCEPT, ActorType.PERSON} or mention.source not in {
        "np", "rule", "ner"
    }:
        return None
    words = mention.text.split()
    while len(words) > 1 and words[0].lower() in _DETERMINERS:
        words = words[1:]
    if not words or len(words) > 4:
        return None
    gaz = gazetteer()
    for w in words[:-1]:
        if w[:1].isupper() and gaz.adjective(w) is None:
            return None
    last = words[-1]
    if any(re.match(p, last) for p in pack_patterns(lang, "age_nouns.txt")):
        return "age"
    if mention.type is ActorType.PERSON and mention.source != "np":
        return None  # a recognised person is a name, not a description
    return role_noun(last, lang)


def _introduced_as(role: str, m: Mention, ctx: Context, lang: str) -> bool:
    """Tell whether a name mention stands right after (or in apposition to) the role noun.

    ``Finanzminister Schelling``, ``Vizekanzler und ÖVP-Obmann Mitterlehner``, ``Schelling,
    der Finanzminister``.
    """
    before = ctx.text[max(0, m.start - 60) : m.start].split()
    words = before[-1:]
    if len(before) >= 3 and before[-2].lower() in _AND:
        words.append(before[-3])  # Vizekanzler und ÖVP-Obmann Reinhold Mitterlehner
    after = ctx.text[m.end : m.end + 60]
    if after.startswith(", "):
        words += after[2:].split()[:3]  # Schelling, der Finanzminister
    return any(role_noun(w.strip(",.()"), lang) == role for w in words)


def resolve_role_descriptions(
    descriptions: Sequence[Mention], named: Sequence[tuple[Mention, str]], ctx: Context
) -> dict[Mention, Link]:
    """Link role and age descriptions to the one person they can mean, where exactly one fits.

    ``der Finanzminister`` goes to the person the document introduced with that role
    (``Finanzminister Hans Jörg Schelling``, ``Schelling, der Finanzminister``); ``der
    52-Jährige`` to the one person named in the same or the previous two sentences, and so does
    a noun of the pack's ``descriptor_nouns.txt`` that fits no one by role (``der Politiker``,
    ``the politician``: whoever the text just named). A nationality
    adjective (``der türkische Präsident``) rules out persons the tables place in another
    country. With no candidate, or more than one, the phrase is left as it is.
    """
    persons = [(m, e) for m, e in named if m.type is ActorType.PERSON]
    links: dict[Mention, Link] = {}
    for desc in descriptions:
        role = role_description(desc, ctx.lang)
        if role is None:
            continue
        gaz = gazetteer()
        nation = next((c.id for w in desc.text.split() if (c := gaz.adjective(w))), None)
        earlier = [
            (m, e)
            for m, e in persons
            if m.start < desc.start
            and not (nation and (p := gaz.entries.get(e)) and p.country and p.country != nation)
        ]
        sent = ctx.sentence(desc.start)
        near = {e: m for m, e in earlier if ctx.sentence(m.start) >= sent - 2}
        if role == "age":
            fits, why = near, "the one person named just before"
        else:
            fits = {e: m for m, e in earlier if _introduced_as(role, m, ctx, ctx.lang)}
            why = f"the one person introduced as {role}"
            if not fits and role.lower() in pack_words(ctx.lang, "descriptor_nouns.txt"):
                # "der Politiker", "the politician": whoever the text just named
                fits, why = near, "the one person named just before"
        if len(fits) == 1:
            ((entity, cand),) = fits.items()
            links[desc] = Link(entity, LINKS.role_description, "role-description",
                               f"{desc.text} → {cand.text} ({why}, offset {cand.start})",
                               cand.start)
    return links
