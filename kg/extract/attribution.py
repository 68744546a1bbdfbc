"""Who a reported statement is attributed to, and the speaker's medium.

* **speaker** — the subject of the reporting verb that governs the statement's clause
  (``Russland werde angreifen, sagte Putin``; ``Putin said that …``), also a reporting verb
  hung under the reported clause (``…, sagte Putin`` parsed as its dependant); the statement is
  ``reported`` and :attr:`~kg.types.RawTriple.attributed_to` names the speaker.
* **source phrase** — ``laut Amnesty``, ``der Regierung zufolge``, ``according to Amnesty``: the
  phrase's noun is the source, the statement becomes ``reported``; the phrase is never an
  argument of the verb (:func:`is_source`).
* **medium** — ``sagte Mitterlehner im ORF``, ``erklärte X auf Facebook``, ``told the BBC``: a
  reporting verb's phrase with one of the pack's ``medium_preps`` naming a recognised
  organisation gives ``speaker statesTo medium`` (rule ``attribution``).
* **source** — an institution that reports with no one addressed (``wie die Nachrichtenagentur
  Anadolu meldete, soll Davutoğlu …``; ``Die Armee erklärte, die PKK habe …``; ``Reuters
  reported that …``), or one named in a source phrase (``laut Amnesty hat die Armee …``),
  reports on the reported clause's main actor: ``source reportsOn actor``
  (rule ``source``); a source phrase on a clause with no doer but a place reports on the place
  (``Laut Polizei wurden in Kabul drei Menschen getötet``). A statement noun of the pack's
  ``source_nouns.txt`` names its source by its owner or compound (``nach Angaben der Polizei``,
  ``nach UNO-Angaben``, ``according to UN figures``). Persons and countries speak too
  often for this to say much; they are left to the speaker attribution above.
* **quote** — whoever speaks, the reporting verb's actor says the clause it reports
  (``Ein Zusammenbruch steht bevor, sagte Zeid``; ``Zeid said that …``): ``speaker – verb –
  quote`` with the quote a ``Concept`` mention spanning the reported clause (rule ``quote``),
  so that a speaker whose words name no other actor is still in the graph with what he said.
"""

from __future__ import annotations

from collections.abc import Iterator

from kg.extract.arguments import Arguments
from kg.extract.candidate import Candidate
from kg.extract.clauses import names_after, preposition, subjects
from kg.extract.qualifiers import verb_lemma
from kg.extract.relations import lemma_predicate, load_table, said
from kg.knowledge.gazetteer import gazetteer
from kg.knowledge.roles import role_noun
from kg.lang import LanguagePack, pack_words
from kg.nlp.schemes import Graph, Role
from kg.types import PLACE_TYPES, ActorType, Mention, Predicate

_MAX_UP = 4
_REPORTED_LINKS = (Role.CCOMP, Role.DEP, Role.XCOMP)
_HUNG_LINKS = (Role.DEP, Role.CONJ, Role.CCOMP, Role.ADVCL)
_SOURCE_TYPES = (ActorType.ORGANIZATION, ActorType.ARMED_FORCE, ActorType.GROUP)
_TOPIC_TYPES = (ActorType.PERSON, ActorType.ORGANIZATION, ActorType.COUNTRY,
                ActorType.ARMED_FORCE, ActorType.GROUP)
_SPOKEN_FOR = (*_SOURCE_TYPES, ActorType.COUNTRY)  # whom an unnamed spokesperson speaks for
_CONTENT_LINKS = (Role.CCOMP, Role.DEP, Role.ADVCL)
# links inside a clause's own phrases, where a source phrase may hang (not into other clauses)
_PHRASE_LINKS = (Role.OBL, Role.NMOD, Role.OBJ, Role.SUBJ, Role.SUBJ_PASS, Role.ADVMOD,
                 Role.DEP, Role.GEN, Role.APPOS)
_MAX_PHRASE_DEPTH = 4


def is_source(g: Graph, k: int, pack: LanguagePack) -> bool:
    """Return whether nominal ``k`` is a source phrase (``laut X``, ``X zufolge``)."""
    return preposition(g, k) in pack.source_preps or \
        g.tok(k).text.lower() in pack.source_preps


def _postposed(g: Graph, k: int, pack: LanguagePack) -> int:
    """Return the noun a postposition hung on the next noun belongs to (``dem Militär zufolge``).

    A small parser hangs a postposed source word (the pack's ``postpositions.txt``) on the noun
    after it (``dem Militär zufolge ein Soldat``); its noun is the one right before it.
    """
    posts = pack_words(pack.lang, "postpositions.txt")
    for c in g.children(k, Role.CASE):
        if g.tok(c).text.lower() in posts and 0 < c < k and \
                g.tok(c - 1).pos_ in ("NOUN", "PROPN") and c - 1 not in g.subtree(k):
            return c - 1
    return k


def _sources(g: Graph, v: int, pack: LanguagePack) -> list[int]:
    out = []
    for k in g.children(v):
        if preposition(g, k) in pack.source_preps and g.tok(k).pos_ in ("NOUN", "PROPN"):
            out.append(_postposed(g, k, pack))
        elif g.tok(k).text.lower() in pack.source_preps:  # "according to X"
            out.extend(j for j in g.subtree(k) if j != k and g.tok(j).pos_ in ("NOUN", "PROPN")
                       and g.role(j) not in (Role.COMPOUND, Role.FLAT))
    return out[:1]


def _reporting(g: Graph, v: int, pack: LanguagePack) -> bool:
    t = g.tok(v)
    return t.pos_ in ("VERB", "AUX") and verb_lemma(g, v, pack) in pack.reporting_verbs


def _quoting(g: Graph, v: int, pack: LanguagePack) -> bool:
    """Whether ``v`` says a clause: a reporting verb or a demand verb of the pack.

    A demand (``fordert Wolff``) quotes what was demanded but reports no fact: its clause's
    statements are intended (:func:`kg.extract.qualifiers.modality`), not reported by a source.
    """
    return _reporting(g, v, pack) or (g.tok(v).pos_ == "VERB" and verb_lemma(g, v, pack) in
                                      pack_words(pack.lang, "demand_verbs.txt"))


def speakers(g: Graph, node: int, pack: LanguagePack) -> tuple[list[int], bool]:
    """Return the speaker heads of the statement anchored at ``node``.

    The flag tells whether the cue makes the statement reported on its own (a source phrase or
    a reporting verb hung under the clause); a governing reporting verb is already read as
    ``reported`` by :func:`kg.extract.qualifiers.modality`.
    """
    cur = node
    for _ in range(_MAX_UP):
        found = _sources(g, cur, pack)
        if found:
            return found, True
        for k in g.children(cur, *_HUNG_LINKS):
            if k > cur and _reporting(g, k, pack) and g.children(k, Role.SUBJ):
                return subjects(g, k, pack), True
        head = g.head(cur)
        if head == cur:
            break
        if g.role(cur) in _REPORTED_LINKS and _reporting(g, head, pack):
            return subjects(g, head, pack), False
        if g.role(cur) in (Role.RELCL, Role.CONJ):
            break
        cur = head
    return [], False


def _speakers_of(g: Graph, v: int, pack: LanguagePack, args: Arguments) -> list[int]:
    """Subjects of reporting verb ``v``; else a person parsed as its object.

    A verb-second clause opened by a long phrase (``Nach dem Auftritt erklärte Mitterlehner``)
    is often parsed with the speaker as the object; a reporting verb without a subject whose
    object is a recognised person has that person as its speaker.
    """
    found = subjects(g, v, pack)
    if found:
        return found
    return [k for k in g.children(v, Role.OBJ)
            if (m := args.recognised(k)) is not None and m.type == ActorType.PERSON][:1]


def _medium(g: Graph, k: int, pack: LanguagePack, args: Arguments) -> Mention | None:
    """Return the medium organisation phrase ``k`` names, if any.

    ``k`` itself (``im ORF``, ``told the BBC``); the known organisation in front of a medium
    compound (``im ORF-Report``, ``ZDF-Interview``, ``im Ö1-Morgenjournal``: a compound of a
    medium noun too); or the organisation attached to a medium
    noun (``in a BBC interview``, ``in an interview with Der Spiegel``). Places never count.
    """
    m = args.recognised(k)
    if m is not None:
        return m if m.type == ActorType.ORGANIZATION and m.source != "compound" else None
    tok = g.tok(k)
    prefix, _, tail = tok.text.rpartition("-")
    if prefix and tail.lower().endswith(tuple(pack.medium_nouns)):  # Ö1-Morgenjournal
        known = args.named(prefix)
        entry = gazetteer().lookup(prefix)
        kind = known.type if known is not None else entry.type if entry is not None else None
        if kind == ActorType.ORGANIZATION:
            return Mention(args.doc_id, tok.idx, tok.idx + len(prefix), prefix, kind,
                           key=known.key if known is not None else entry.id if entry else None,
                           source="rule")
        return None
    if tok.text.lower().endswith(tuple(pack.medium_nouns)) or \
            tok.lemma_.lower() in pack.medium_nouns:
        kids = g.children(k, Role.COMPOUND, Role.NMOD, Role.FLAT, Role.APPOS)
        kids += [c for j in kids for c in g.children(j, Role.COMPOUND)]  # ORF evening journal
        for j in kids:
            hit = args.recognised(j)
            if hit is not None and hit.type == ActorType.ORGANIZATION and hit.source != "compound":
                return hit
    return None


def _titled_name(g: Graph, k: int, args: Arguments) -> int:
    """Return the name a title noun ``k`` has beside it (``FPÖ-Bildungssprecher Walter X``)."""
    if args.recognised(k) is not None or g.tok(k).pos_ != "NOUN":
        return k
    for j in g.children(k, Role.APPOS, Role.FLAT, Role.NMOD):
        m = args.recognised(j)
        if j == k + 1 and m is not None and m.type == ActorType.PERSON:
            return j
    return k


def _verbal(g: Graph, v: int, pack: LanguagePack) -> bool:
    """Tell whether verb ``v`` is a verbal act of the relation table (``forderte``, ``lehnte ab``).

    A demand or a rejection is said too: made in a medium (``forderte im Ö1-Mittagsjournal``),
    it is a statement to that medium. The table's quad class says so (``verbal-conflict``,
    ``verbal-cooperation``).
    """
    if g.tok(v).pos_ not in ("VERB", "AUX"):
        return False
    row = load_table().verb(pack.lang, verb_lemma(g, v, pack))
    return row is not None and row.relation.quad_class.startswith("verbal")


def medium_candidates(g: Graph, v: int, pack: LanguagePack,
                      args: Arguments) -> Iterator[Candidate]:
    """Yield ``speaker statesTo medium`` for reporting or verbal verb ``v`` (module docstring).

    The medium phrase hangs under the verb, or under the speaker when the parser attached it
    there (``erklärte Mitterlehner auf Facebook``); a demand or rejection is said to the medium
    too (``forderte im Ö1-Mittagsjournal``, :func:`_verbal`), and a title's name is the speaker
    (``FPÖ-Bildungssprecher Walter Rosenkranz schloss im Ö1-Morgenjournal aus``).
    """
    if not (_reporting(g, v, pack) or _verbal(g, v, pack)):
        return
    relation = load_table().relations.get("statesTo")
    if relation is None:
        return
    lemma = verb_lemma(g, v, pack)
    speakers = [_titled_name(g, s, args) for s in _speakers_of(g, v, pack, args)]
    phrases: list[tuple[int, int | None]] = [
        (k, None) for k in g.children(v, Role.OBL, Role.NMOD, Role.IOBJ)]
    phrases += [(k, s) for s in speakers for k in g.children(s, Role.NMOD)]
    for k, under in phrases:
        prep = preposition(g, k)
        if not (prep in pack.medium_preps or (under is None and g.role(k) == Role.IOBJ)):
            continue
        medium = _medium(g, k, pack, args)
        if medium is None:
            continue
        pred = relation.predicate(f"{lemma} {prep}" if prep else lemma)
        for s in ([under] if under is not None else speakers):
            yield Candidate("attribution", s, k, pred, v, (v,), object_mention=medium)


def _contents(g: Graph, v: int, pack: LanguagePack) -> list[int]:
    """Return the heads of the clauses reporting verb ``v`` reports.

    A clause under the verb (``meldete, X sei …``), the clause a ``wie``-clause or a trailing
    reporting clause hangs under (``wie X meldete, soll Y …``; ``Y soll …, meldete X``).
    """
    out = [k for k in g.children(v, *_CONTENT_LINKS) if g.tok(k).pos_ in ("VERB", "AUX")]
    head = g.head(v)
    # a clause hung under another is a reporting clause only when opened by a subordinator
    # (wie, as) or verb-first after the content (", meldete X"): not ", die Partei kündigte an"
    marks = pack_words(pack.lang, "report_marks.txt")
    inserted = any(g.tok(k).text.lower() in marks for k in g.children(v, Role.MARK)) or (
        v > head and all(k > v for k in g.children(v, Role.SUBJ)))
    if head != v and g.role(v) in _CONTENT_LINKS and inserted and \
            g.tok(head).pos_ in ("VERB", "AUX"):
        out.append(head)
    return out


def _clause_head(g: Graph, k: int) -> bool:
    """Return whether ``k`` heads a clause: a verb, or a predicate noun with its copula."""
    return g.tok(k).pos_ in ("VERB", "AUX") or bool(g.children(k, Role.COP))


def _quoted_clauses(g: Graph, v: int, pack: LanguagePack) -> list[int]:
    """Return the heads of the clauses reporting verb ``v`` quotes.

    Its reported clauses (:func:`_contents`), a copular one too (``said the plan is a
    myth``); else the clause after a colon that ends the reporting clause (``Foglar sagte:
    Der Mangel ist ein Mythos``), which the parser may have left as a tree of its own.
    """
    out = _contents(g, v, pack) or [k for k in g.children(v, *_CONTENT_LINKS)
                                    if _clause_head(g, k)]
    if out:
        return out
    own = set(g.subtree(v))
    colon = next((j for j in range(v + 1, len(g.doc)) if g.tok(j).text == ":" or j not in own),
                 None)
    if colon is not None and g.tok(colon).text == ":" and colon + 1 < len(g.doc):
        k = colon + 1
        while g.head(k) != k and g.head(k) not in own:
            k = g.head(k)
        if k not in own and _clause_head(g, k):
            return [k]
    return []


def _trimmed(g: Graph, own: list[int]) -> tuple[int, int] | None:
    """Return the first and last of tokens ``own`` without end punctuation, if one run."""
    while own and g.tok(own[0]).pos_ == "PUNCT":
        own.pop(0)
    while own and g.tok(own[-1]).pos_ == "PUNCT":
        own.pop()
    if not own or own[-1] - own[0] + 1 != len(own) or len(own) < 2:
        return None
    return own[0], own[-1]


def _quote_span(g: Graph, c: int, v: int) -> tuple[int, int] | None:
    """Return the first and last token of reported clause ``c`` without reporting clause ``v``.

    The reporting clause may hang under the clause it reports (``Q, sagte X``) or the reverse
    (``X sagte, Q``); the quote is the run of the clause's tokens on its head's side of the
    reporting clause, without punctuation at its ends (none for a clause split around it).
    """
    inside = set(g.subtree(v)) if v in g.subtree(c) else set()
    return _trimmed(g, [j for j in g.subtree(c) if j not in inside and (j < v) == (c < v)])


def _source_word(g: Graph, k: int, pack: LanguagePack) -> str:
    """Return the word that makes phrase ``k`` a source (``laut``, ``zufolge``, ``according``).

    Else the phrase's statement noun's lemma (``Angabe``).
    """
    after = max(g.subtree(k)) + 1  # a postposition (dem Militär zufolge)
    near = [*g.children(k, Role.CASE), g.head(k), *([after] if after < len(g.doc) else [])]
    for j in near:
        if g.tok(j).text.lower() in pack.source_preps:
            return g.tok(j).text.lower()
    return g.tok(k).lemma_.rpartition("-")[2]  # "UNO-Angaben": the statement noun


def _clause_span(g: Graph, c: int, k: int) -> tuple[int, int] | None:
    """Return the span of clause ``c`` without its source phrase ``k``.

    The phrase is the whole branch of ``c`` that holds ``k`` (``according to the police``); a
    phrase inside the clause (``Sie sollen nach Angaben der Medien 100 Kämpfer getötet haben``)
    leaves the part after it, else the part before it.
    """
    top = k
    while g.head(top) not in (c, top):
        top = g.head(top)
    phrase = set(g.subtree(top))
    own = [j for j in g.subtree(c) if j not in phrase]
    after = [j for j in own if j > max(phrase)]
    before = [j for j in own if j < min(phrase)]
    return _trimmed(g, own) or _trimmed(g, after) or _trimmed(g, before)


def _quote_mention(g: Graph, args: Arguments, span: tuple[int, int]) -> Mention:
    """Return the quote mention of tokens ``span``: a ``Concept`` kept as said."""
    first, last = g.tok(span[0]), g.tok(span[1])
    start, end = first.idx, last.idx + len(last.text)
    return Mention(args.doc_id, start, end, g.doc.text[start:end], ActorType.CONCEPT,
                   source="quote")


def _quote(g: Graph, pack: LanguagePack, args: Arguments, s: int, v: int,
           span: tuple[int, int], word: str, part: Mention | None = None) -> Candidate:
    """Return the ``quote`` candidate of source ``s``: it says tokens ``span`` of clause ``v``.

    ``word`` is the reporting word, the predicate's lemma.
    """
    # a source phrase's report is a fact whatever its clause says (descriptive: no negation)
    return Candidate("quote", s, v, said(pack.lang, word), v, (v,),
                     descriptive=True, said=True, subject_mention=part,
                     object_mention=_quote_mention(g, args, span))


def _spoken_for(g: Graph, k: int, pack: LanguagePack, args: Arguments) -> int:
    """Return who speaks when the subject is an unnamed role holder of an actor.

    ``erläuterte ein Sprecher des Innenministeriums``, ``a spokesman for the ministry said``: a
    role noun (the pack's roles) that names no actor itself speaks for the actor it is the role
    of, its genitive owner, the noun before it (``a police spokesman``) or one its possessive or
    affiliation preposition names, or one of the pack's ``spokesperson_preps.txt`` (``for``;
    German ``zu`` names whom it is said to: ``sagt eine Sprecherin zum STANDARD``); a German
    compound names it in the word itself (``ein Polizeisprecher``: :func:`_compound_speaker`).
    A member's role (``Politiker``, ``politician``: the table's ``memberOf``) speaks for no one.
    """
    named = args.mention(k)
    if (named is not None and named.source != "np") or g.tok(k).pos_ != "NOUN" or \
            role_noun(g.tok(k).text, pack.lang) is None:
        return k  # a recognised actor, or a title with its name ("der Sprecher, Bruno X")
    role = load_table().role(pack.lang, g.tok(k).text.rpartition("-")[2])
    if role is not None and role.relation.id == "memberOf":
        return k  # a member speaks for himself: "the SPD politician said" is no party statement
    preps = pack.possessive_preps | pack.affiliation_preps | pack_words(
        pack.lang, "spokesperson_preps.txt")  # not "sagt eine Sprecherin zum STANDARD"
    for j in g.children(k, Role.GEN, Role.NMOD, Role.COMPOUND):  # "a police spokesman"
        if (preposition(g, j) is None or preposition(g, j) in preps) and \
                (m := args.mention(j)) is not None and m.source != "np" and m.type in _SPOKEN_FOR:
            return j  # (a description with its name: "der Gruppe Fursan al-Hak")
    return k


def _compound_speaker(g: Graph, k: int, pack: LanguagePack, args: Arguments) -> Mention | None:
    """Return the institution an unnamed role compound speaks for (``ein Polizeisprecher``).

    The part of the token before the role noun, an institution noun of the pack
    (:meth:`Arguments.compound_institution`).
    """
    named = args.mention(k)
    if named is None or named.source != "np" or g.tok(k).pos_ != "NOUN":
        return None
    found = args.compound_institution(k)
    return found[0] if found is not None else None


def _previous_quote(g: Graph, v: int, pack: LanguagePack, args: Arguments, speaker: int,
                    anaphor: int, part: Mention | None = None) -> Iterator[Candidate]:
    """Yield ``speaker – verb – the sentence before`` for ``Dies sagte X`` (anaphor ``dies``)."""
    start = g.tok(v).sent.start
    if start == 0:
        return
    before = g.tok(start - 1).sent
    span = _trimmed(g, list(range(before.start, before.end)))
    if span is not None and any(t.pos_ in ("VERB", "AUX") for t in before):  # no dateline
        yield Candidate("quote", speaker, anaphor, said(pack.lang, verb_lemma(
            g, v, pack)), v, (v,), said=True, subject_mention=part,
            object_mention=_quote_mention(g, args, span))


def _topic_quotes(g: Graph, v: int, pack: LanguagePack, args: Arguments,
                  speaker: int, part: Mention | None = None) -> Iterator[Candidate]:
    """Yield ``speaker – verb prep – topic`` for what a reporting verb with no clause is about.

    ``Die Armutskonferenz warnt vor Kürzungen``, ``Sana berichtete von Toten``, ``warned
    about cuts``: a phrase of the pack's ``topic_preps.txt`` that names no actor (an actor there
    is the verb's own statement) is what was said.
    """
    preps = pack_words(pack.lang, "topic_preps.txt")
    for k in g.children(v, Role.OBL, Role.OBL_ARG):
        prep = preposition(g, k)
        m = args.mention(k)
        if prep not in preps or m is None or args.recognised(k) is not None:
            continue
        pred = lemma_predicate(pack.lang, f"{verb_lemma(g, v, pack)} {prep}")  # a topic
        yield Candidate("quote", speaker, k, pred, v, (v,), said=True, subject_mention=part,
                        object_mention=m)
        return


def quote_candidates(g: Graph, v: int, pack: LanguagePack,
                     args: Arguments) -> Iterator[Candidate]:
    """Yield ``speaker – verb – quote`` for reporting verb ``v`` (module docstring).

    Only for a verb with no direct object (``kündigte Neuwahlen an`` says its object, stated
    by the verb rules); the speaker must be an actor (:meth:`DependencyExtractor._kept`), the
    quote is the first clause the verb reports, else the topic it reports on. A direct object
    that points back (the pack's ``quote_anaphors.txt``: ``Dies sagte Abwerzger``, ``That is
    what X said``) quotes the sentence before.
    """
    if not _quoting(g, v, pack):
        return
    anaphors = pack_words(pack.lang, "quote_anaphors.txt")
    objects = [k for k in g.children(v, Role.OBJ)  # "äußerte sich": no object
               if g.tok(k).text.lower() not in pack.reflexive_pronouns]
    found = _speakers_of(g, v, pack, args)
    if len(objects) == 1 and len(found) == 1 and g.tok(found[0]).text.lower() in anaphors:
        found, objects = objects, found  # "Dies sagte Abwerzger", parsed object-first
    anaphor = len(objects) == 1 and g.tok(objects[0]).text.lower() in anaphors
    if objects and not anaphor:
        return
    # coordinated speakers say it together ("Schiessling und der Klubchef X gaben an, …")
    speakers = [_spoken_for(g, c, pack, args) for k in found[:1] for c in g.conjuncts(k)
                if args.mentions(c)]
    contents = [] if anaphor else _quoted_clauses(g, v, pack)
    span = _quote_span(g, contents[0], v) if contents else None
    for speaker in speakers:
        part = _compound_speaker(g, speaker, pack, args)  # "ein Polizeisprecher": the police
        if anaphor:
            yield from _previous_quote(g, v, pack, args, speaker, objects[0], part)
        elif not contents:
            yield from _topic_quotes(g, v, pack, args, speaker, part)
        elif span is not None:
            # the reporting verb's own negation and modality hold (``sagte nicht``)
            yield Candidate("quote", speaker, contents[0], said(
                pack.lang, verb_lemma(g, v, pack)), v, (v,), said=True, subject_mention=part,
                object_mention=_quote_mention(g, args, span))


_MAX_LABEL = 4  # words of a speaker's name before an interview colon ("ÖVP-Chef Reinhold X:")


def colon_quote_candidates(g: Graph, start: int, end: int, pack: LanguagePack,
                           args: Arguments) -> Iterator[Candidate]:
    """Yield ``speaker – says – quote`` for a sentence ``Name: quote`` (an interview's turn).

    ``Glawischnig: Nicht nur Deutschland steht vor einer Richtungsfrage``, ``STANDARD: Ist es
    egal, …?``: a sentence that opens with a recognised person or organisation, a colon right
    after its name, quotes it (the next sentence when the sentencizer split at the colon); the
    verb is the pack's ``quote_verb.txt``. A place before the
    colon is a headline's topic (``Türkei: …``), no speaker.
    """
    colon = next((j for j in range(start + 1, min(end, start + _MAX_LABEL + 1))
                  if g.tok(j).text == ":"), None)
    if colon is None:
        return
    if colon == end - 1 and end < len(g.doc):
        end = g.tok(end).sent.end  # the sentencizer split at the colon: the next is the quote
    m = args.recognised(colon - 1)
    if m is None or m.type not in (ActorType.PERSON, ActorType.ORGANIZATION) or \
            m.start != g.tok(start).idx:
        return
    span = _trimmed(g, list(range(colon + 1, end)))
    verbs = sorted(pack_words(pack.lang, "quote_verb.txt"))
    if span is None or not verbs:
        return
    yield Candidate("quote", colon - 1, span[0], said(pack.lang, verbs[0]), colon - 1,
                    (colon,), descriptive=True, said=True, subject_mention=m,
                    object_mention=_quote_mention(g, args, span))


def closing_colon_candidates(g: Graph, start: int, end: int, pack: LanguagePack,
                             args: Arguments) -> Iterator[Candidate]:
    """Yield ``speaker – says – quote`` for ``Ähnlich sieht das der Chef, Christoph Koss: Q``.

    A sentence whose clause names its subject last, right before a colon (``Ins selbe Horn
    stößt auch Ministerin Gabriele Heinisch-Hosek:``), introduces that person's or
    organisation's words: the subject says what follows the colon (the rest of the sentence, or
    the next sentence when the sentencizer split at the colon). A reporting verb's own colon
    quote is :func:`quote_candidates`'; a name that is no subject (``Das sagte er über
    Kickl:``) speaks no words. The verb is the pack's ``quote_verb.txt``.
    """
    verbs = sorted(pack_words(pack.lang, "quote_verb.txt"))
    colon = next((j for j in range(start + 2, end) if g.tok(j).text == ":"), None)
    if colon is None or not verbs:
        return
    m = args.recognised(colon - 1)
    if m is None or m.type not in (ActorType.PERSON, ActorType.ORGANIZATION) or \
            g.tok(colon - 1).idx + len(g.tok(colon - 1).text) != m.end:
        return
    k = colon - 1  # the name's head: up its flat parts and appositions to the clause
    while g.role(k) in (Role.FLAT, Role.APPOS) and g.head(k) != k:
        k = g.head(k)
    verb = g.head(k)
    if g.role(k) != Role.SUBJ or _quoting(g, verb, pack) or \
            any(_quoting(g, j, pack) for j in range(start, colon)):
        return
    stop = end if colon < end - 1 else (g.tok(end).sent.end if end < len(g.doc) else end)
    span = _trimmed(g, list(range(colon + 1, stop)))
    if span is None:
        return
    yield Candidate("quote", colon - 1, span[0], said(pack.lang, verbs[0]), colon - 1,
                    (colon,), descriptive=True, said=True, subject_mention=m,
                    object_mention=_quote_mention(g, args, span))


def marker_quote_candidates(g: Graph, start: int, end: int, pack: LanguagePack,
                            args: Arguments) -> Iterator[Candidate]:
    """Yield ``speaker – says – quote`` for a sentence ending ``…, so Faymann.``.

    A speaker marker of the pack (``speaker_markers.txt``: ``so``) after the sentence's last
    comma, followed by a recognised person or organisation that closes the sentence (an adverb
    may follow: ``so Mitterlehner weiter``), says what stands before the comma; the verb is the
    pack's ``quote_verb.txt``.
    """
    markers = pack_words(pack.lang, "speaker_markers.txt")
    verbs = sorted(pack_words(pack.lang, "quote_verb.txt"))
    if not markers or not verbs:
        return
    last = end - 1
    while last > start and g.tok(last).is_punct:
        last -= 1
    comma = next((j for j in range(last, start, -1) if g.tok(j).text == ","), None)
    if comma is None or comma + 2 > last or g.tok(comma + 1).text.lower() not in markers:
        return
    m = args.recognised(comma + 2)
    if m is None or m.type not in (ActorType.PERSON, ActorType.ORGANIZATION) or \
            m.start != g.tok(comma + 2).idx:
        return
    after = [j for j in range(comma + 2, last + 1) if g.tok(j).idx >= m.end]
    if any(g.tok(j).pos_ != "ADV" for j in after):
        return  # "so" opening a clause of its own, not a speaker
    span = _trimmed(g, list(range(start, comma)))
    if span is None:
        return
    yield Candidate("quote", comma + 2, span[0], said(pack.lang, verbs[0]), comma + 1,
                    (comma + 1,), descriptive=True, said=True, subject_mention=m,
                    object_mention=_quote_mention(g, args, span))


def _topic(g: Graph, c: int, pack: LanguagePack, args: Arguments,
           speaker: Mention) -> int | None:
    """Return the main actor of reported clause ``c``: its subject, else an actor argument."""
    heads = subjects(g, c, pack) or g.children(c, Role.SUBJ_PASS, Role.OBJ, Role.XCOMP)
    for k in heads:
        m = args.recognised(k)
        if m is not None and m.type in _TOPIC_TYPES and m.text != speaker.text:
            return k
    return None


def _noun_source(g: Graph, k: int, pack: LanguagePack,
                 args: Arguments) -> tuple[int, Mention] | None:
    """Return the source a statement noun names, with its mention.

    ``nach Angaben der Polizei``, ``according to figures from the UN``: the noun's owner;
    ``nach UNO-Angaben``, ``according to UN figures``: the name compounded with it (a mention of
    part of the token when hyphenated). The nouns are the pack's ``source_nouns.txt``. A
    country may be the source (``US-Informationen zufolge``); it says the clause, never
    reports on its actor (:func:`_phrase_sources`).
    """
    tok = g.tok(k)
    if not tok.text.lower().endswith(tuple(pack_words(pack.lang, "source_nouns.txt"))):
        return None
    owners = [j for j in g.children(k, Role.GEN, Role.COMPOUND, Role.NMOD)
              if preposition(g, j) is None or preposition(g, j) in pack.possessive_preps
              or preposition(g, j) in pack.agent_preps]
    # a common noun before the name leads to it (nach einem Bericht der Zeitung Kurier)
    owners += names_after(g, owners, lambda j: args.recognised(j) is not None)
    for j in owners:
        m = args.recognised(j)
        if m is not None and m.type in _SPOKEN_FOR:
            return j, m
    prefix = tok.text.rpartition("-")[0]
    if not prefix:
        return None
    known = args.named(prefix)
    entry = gazetteer().lookup(prefix)
    kind = known.type if known is not None else entry.type if entry is not None else None
    if kind not in _SPOKEN_FOR:
        return None
    key = known.key if known is not None else entry.id if entry is not None else None
    return k, Mention(args.doc_id, tok.idx, tok.idx + len(prefix), prefix, kind, key=key,
                      source="rule")


def _statement_nouns(g: Graph, v: int, pack: LanguagePack) -> list[int]:
    """Return ``v``'s source phrases, and its ``nach`` phrases of a statement noun."""
    nouns = tuple(pack_words(pack.lang, "source_nouns.txt"))
    preps = pack_words(pack.lang, "source_noun_preps.txt") | pack.source_preps
    # the phrase hangs on the verb, or on a word of the clause (nach UNO-Angaben mehr als …),
    # never in a clause under it
    extra: list[int] = []
    todo = [(k, 1) for k in g.children(v) if g.role(k) in _PHRASE_LINKS]
    while todo and not extra:
        k, depth = todo.pop(0)
        if preposition(g, k) in preps and g.tok(k).text.lower().endswith(nouns):
            extra.append(k)
        elif depth < _MAX_PHRASE_DEPTH:
            todo += [(j, depth + 1) for j in g.children(k) if g.role(j) in _PHRASE_LINKS]
    return _sources(g, v, pack) + [k for k in extra if k not in _sources(g, v, pack)]


def _phrase_sources(g: Graph, v: int, pack: LanguagePack, args: Arguments,
                    rel_id: str, label: str) -> Iterator[Candidate]:
    """Yield ``source reportsOn actor`` for a source phrase of ``v`` (``laut Amnesty hat X …``).

    The phrase's institution reports on the doer of the clause it qualifies (its subject or
    agent); a clause that names no doer but a place (``Laut Polizei wurden in Kabul drei
    Menschen getötet``) is a report on that place. Every source — a person (``laut Kickl``) and
    a country (``US-Informationen zufolge``) too — says the clause: ``source – phrase – quote``
    (rule ``quote``).
    """
    for k in _statement_nouns(g, v, pack):
        found = _noun_source(g, k, pack, args)
        s, speaker = found if found is not None else (k, args.recognised(k))
        if speaker is None or speaker.source == "compound":
            continue
        topic = next((j for j in subjects(g, v, pack) if (m := args.recognised(j)) is not None
                      and m.type in _TOPIC_TYPES), None)  # the doer, not a passive's victim
        if topic is None and not any(
                args.recognised(j) is not None for j in [*subjects(g, v, pack), *g.children(
                    v, Role.SUBJ, Role.SUBJ_PASS, Role.OBJ, Role.AGENT)]):
            topic = _clause_place(g, v, pack, args)  # no actor named: the place it happened
        part = speaker if s == k and found is not None else None  # UNO in UNO-Angaben
        if topic is not None and speaker.type in _SOURCE_TYPES:
            pred = Predicate(id=rel_id, label=label, lemma=g.tok(k).text.lower())
            yield Candidate("source", s, topic, pred, v, (k,), descriptive=True,
                            subject_mention=part)
        span = _clause_span(g, v, k)
        if span is not None:
            yield _quote(g, pack, args, s, v, span, _source_word(g, k, pack), part)


def _clause_place(g: Graph, v: int, pack: LanguagePack, args: Arguments) -> int | None:
    """Return the first recognised place of an ``in`` phrase of clause ``v`` (nested ones too).

    ``in Kabul``, ``bei einem Anschlag in der Provinz Mardin``: the place named in the clause's
    own phrases (not in a clause under it), with the names set beside its noun; a relative
    clause opened by ``wo``/``where`` is about the place it describes.
    """
    for w in g.children(v):
        if g.tok(w).text.lower() in pack.place_relatives:
            # the noun before ", wo" (the parser may hang the clause on another noun)
            before = w - 2 if w >= 2 and g.tok(w - 1).text == "," else g.head(v)
            m = args.recognised(before)
            if m is not None and m.type in PLACE_TYPES:
                return before
    todo = [(k, preposition(g, k) in pack.inside_preps) for k in g.children(
        v, Role.OBL, Role.NMOD, Role.SUBJ, Role.SUBJ_PASS, Role.OBJ)]
    while todo:
        k, inside = todo.pop(0)
        m = args.recognised(k)
        if inside and m is not None and m.type in PLACE_TYPES:
            return k
        todo += [(j, inside or preposition(g, j) in pack.inside_preps)
                 for j in g.children(k, Role.NMOD, Role.GEN, Role.APPOS, Role.FLAT)]
    return None


def source_candidates(g: Graph, v: int, pack: LanguagePack,
                      args: Arguments) -> Iterator[Candidate]:
    """Yield ``source reportsOn actor`` for reporting verb ``v`` (module docstring).

    Only for an institution speaking to no one named: a verb with an actor as object or
    indirect object addresses someone, and that statement says more; one with a direct object
    reports that object, not a clause. The report itself is a
    fact whatever the clause's modality (``descriptive``); a coordinated clause is no content.
    """
    relation = load_table().relations.get("reportsOn")
    if relation is None:
        return
    yield from _phrase_sources(g, v, pack, args, relation.id, relation.label_en)
    if not _reporting(g, v, pack):
        return
    if g.children(v, Role.OBJ) or any(args.recognised(k) is not None
                                      for k in g.children(v, Role.IOBJ)):
        return  # "kündigte einen Neustart an" says what it says; "told X" addresses X
    lemma = verb_lemma(g, v, pack)
    for head in subjects(g, v, pack):
        # "die Nachrichtenagentur Anadolu": the name beside the noun is the source
        names = [head, *g.children(head, Role.FLAT, Role.APPOS),
                 *(k for k in g.children(head, Role.NMOD) if preposition(g, k) is None)]
        found = [(k, m) for k in names if (m := args.recognised(k)) is not None]
        if not found or any(m.type == ActorType.PERSON for _, m in found):
            continue  # "erklärte Podemos-Chef Pablo Iglesias": a person speaks
        s, speaker = found[0]
        if speaker.type not in _SOURCE_TYPES or speaker.source == "compound":
            continue
        for c in _contents(g, v, pack):
            k = _topic(g, c, pack, args, speaker)
            if k is not None:
                pred = relation.predicate(lemma)
                yield Candidate("source", s, k, pred, v, (v,), descriptive=True)
                break
