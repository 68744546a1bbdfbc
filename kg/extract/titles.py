"""Titles in front of a name, and party brackets after it: the offices and memberships of news.

News introduces people by their office, written before the name and read off the surface
(small parsers rarely give these phrases a usable tree):

* **compound role noun** — ``HDP-Chef Selahattin Demirtaş``, ``ÖVP-Klubobmann X``,
  ``US-Außenminister X``: the first part of the compound is the actor the office belongs to;
  the role's row in the relation table gives the relation (``leads``, ``headOf``,
  ``spokespersonOf``, ``holdsPosition``, ``memberOf``), an office held for an organisation
  (``KPÖ-Stadträtin``) is membership of it (Wikidata P102 / P463);
* **nationality + office** — ``der deutsche Außenminister X``, ``the French president X``:
  the nationality adjective right before the role noun (other adjectives may stand between)
  names the country of a state office (``headOf``, ``holdsPosition``, ``spokespersonOf``; a
  ``polnischer Parteichef`` leads no country); so does an actor named right before it
  (``NATO chief X``, ``Russlands Präsident X``), or a possessive (``deren Sozialsprecher X``,
  ``its spokesman X``: resolved by coreference);
* the same two with the name first, as an apposition (``X, HDP-Chef, …``) or after
  ``als``/``as`` (``Christian Kern als designierter SPÖ-Vorsitzender``);
* **role + owner + name** — ``den Chef der prokurdischen HDP, Selahattin Demirtas``: the
  actor right after the role noun owns it, the name after the comma holds it;
* **role compound alone** — ``PiS-Vorsitzender gegen Einmischung`` (a headline), ``als
  SPÖ-Chefin``: the holder is the person the role noun stands for
  (:meth:`~kg.extract.arguments.Arguments.titled_person`);
* **owner in the sentence before** — ``Kritik kam auch von den Grünen. … Sozialsprecherin
  Judith Schwentner``: a spokesperson or leader role with no owner of its own belongs to the
  one organisation named before it in its sentence and the one before, when exactly one is
  (the roles in ``_IMPLICIT``; state offices never: their country is no nearby name);
* **a city's office in the dateline city** — ``Graz – … vom Sprecher des Bürgermeisters
  Siegfried Nagl``: an office of a town (the pack's ``local_offices.txt``) with no owner is
  held in the dateline's place, when the dateline names one place and the text names it too
  (state offices never: an article datelined in Wien may quote a German minister);
* **party bracket** — ``Hans Jörg Schelling (ÖVP)``: an organisation in brackets right after a
  person's name is the person's party (``memberOf``); after a word of the pack's
  ``both_words.txt`` (``Spindelegger und Kurz (beide ÖVP)``) it is the party of the two persons
  named last before the bracket in its sentence.

The holder is a recognised person right after the role noun (or before it, with a comma), or
an unrecognised proper name there; for the roles of organisations and states it may be one of
those (``Alphabet-Tochter Google``, ``Nato-Mitglied Türkei``). The statements are
descriptive: the clause around them does not negate or qualify them. The role word stays the
predicate's lemma (the qualifier of P39).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from kg.extract.arguments import Arguments
from kg.extract.candidate import Candidate
from kg.extract.nominal import NATIONAL
from kg.extract.relations import Relation, RelationMatch, load_table
from kg.knowledge.boilerplate import dateline_places
from kg.knowledge.gazetteer import gazetteer, is_acronym
from kg.knowledge.lexicons import is_demonym, state_names
from kg.lang import LanguagePack, pack_patterns, pack_words
from kg.nlp.schemes import Graph, Role
from kg.recognize.rules import article_name
from kg.types import PLACE_TYPES, ActorType, Mention

_MAX_ADJECTIVES = 3  # "der ehemalige deutsche Außenminister"
_MAX_ENDING = 5  # the longest inflection ending tried ("-innen")
_OWNERS = frozenset({ActorType.ORGANIZATION, ActorType.COUNTRY, ActorType.LOCATION,
                     ActorType.ARMED_FORCE, ActorType.GROUP})
_OFFICES = frozenset({"holdsPosition"})  # an office held for an organisation: membership
_ORG_ROLES = frozenset({"subsidiaryOf", "memberOf"})
_ORG_HOLDERS = frozenset({ActorType.PERSON, ActorType.ORGANIZATION, ActorType.COUNTRY})
_IMPLICIT = frozenset({"spokespersonOf", "leads"})  # roles whose owner may be named before


def _relation(rel: Relation, owner: Mention) -> Relation:
    if rel.id in _OFFICES and owner.type == ActorType.ORGANIZATION:
        return load_table().relations.get("memberOf", rel)
    return rel


def _split(text: str) -> tuple[str, str]:
    """``HDP-Chef`` → (``HDP``, ``Chef``); a word without a hyphen has no prefix."""
    head, sep, tail = text.rpartition("-")
    return (head, tail) if sep and head and tail else ("", text)


def _role(pack: LanguagePack, word: str) -> RelationMatch | None:
    """Look role noun ``word`` up, also without an inflection ending (``Abgeordneten``, ``Chefs``).

    The endings are the pack's ``inflection.txt`` (a regex); the shortest one that leaves a
    role noun counts.
    """
    table = load_table()
    hit = table.role(pack.lang, word) or table.role(pack.lang, word.lower())
    if hit is not None:
        return hit
    endings = _endings(pack.lang)
    for cut in range(1, min(_MAX_ENDING, len(word) - 3) + 1):
        if endings is not None and endings.fullmatch(word[-cut:]):
            hit = table.role(pack.lang, word[:-cut]) or table.role(pack.lang, word[:-cut].lower())
            if hit is not None:
                return hit
    return None


@cache
def _endings(lang: str) -> re.Pattern[str] | None:
    """Return the pack's role-noun endings (``inflection.txt``), or None without the file."""
    found = next(iter(pack_patterns(lang, "inflection.txt")), "")
    return re.compile(found) if found else None


def _role_phrase(g: Graph, i: int, args: Arguments) -> tuple[int, str]:
    """Return where the role noun at ``i`` starts and its text, with a title word before it.

    ``Prime Minister``, ``Foreign Minister``: a capitalised word right before a capitalised role
    noun that names no actor belongs to the title; one word at most, never a compound's part.
    """
    tok = g.tok(i)
    if i < 1 or "-" in tok.text or not tok.text[:1].isupper():
        return i, tok.text
    prev = g.tok(i - 1)
    if prev.text[:1].isupper() and prev.text.isalpha() and prev.pos_ in ("PROPN", "ADJ") \
            and args.recognised(i - 1) is None and prev.idx + len(prev.text) + 1 == tok.idx \
            and prev.is_sent_start is not True and args.recognised(i) is None \
            and args.city(i - 1) is None:  # "Wiener Bürgermeister": a town's, no title word
        return i - 1, f"{prev.text} {tok.text}"
    return i, tok.text


def prefix_mention(args: Arguments, i: int, prefix: str) -> Mention | None:
    """Return the actor the first part of compound token ``i`` names (known or acronym)."""
    tok = args.graph.tok(i)
    return name_mention(args, i, tok.idx, tok.idx + len(prefix), prefix)


def name_mention(args: Arguments, i: int, start: int, end: int, text: str) -> Mention | None:
    """Return the actor ``text`` at characters ``start``–``end`` (inside token ``i``) names."""
    hit = args.recognised(i)
    if hit is not None and hit.start == start and hit.end == end and hit.type in _OWNERS:
        return hit
    known = args.known_name(start, end, text, _OWNERS)
    if known is not None:
        return known
    if is_acronym(text) and not args.pack.knows_term(text):  # "TV-Sender": a term
        return Mention(args.doc_id, start, end, text, ActorType.ORGANIZATION, source="rule")
    return None


def _person_at(args: Arguments, i: int, kinds: frozenset[ActorType] = frozenset({
        ActorType.PERSON})) -> Mention | None:
    """Return the holder (``kinds``) whose mention starts at token ``i`` (or a name there)."""
    g = args.graph
    if i < 0 or i >= len(g.doc):
        return None
    hit = args.recognised(i)
    if hit is not None:
        return hit if hit.type in kinds and hit.start == g.tok(i).idx else None
    if g.tok(i).pos_ == "PROPN" and g.tok(i).text[:1].isupper():
        j = i
        while j + 1 < len(g.doc) and g.tok(j + 1).pos_ == "PROPN" and \
                args.recognised(j + 1) is None and j - i < 3:
            j += 1
        t0, t1 = g.tok(i), g.tok(j)
        return Mention(args.doc_id, t0.idx, t1.idx + len(t1.text), g.doc[i:j + 1].text,
                       ActorType.PERSON, source="rule")
    return None


def _copula_subject(args: Arguments, i: int) -> Mention | None:
    """Return the person a copula says role noun ``i`` is (``Auinger ist … SPÖ-Klubobmann``).

    The noun or the first of the conjuncts it stands in has the copula; its subject holds it.
    """
    g = args.graph
    k = next((k for k in g.conjunct_chain(i) if g.children(k, Role.COP)), None)
    if k is None:
        return None
    for s in g.children(k, Role.SUBJ):
        hit = args.recognised(s)
        if hit is not None and hit.type == ActorType.PERSON:
            return hit
    return None


def _holder(args: Arguments, i: int, relation: str) -> Mention | None:
    kinds = _ORG_HOLDERS if relation in _ORG_ROLES else frozenset({ActorType.PERSON})
    after = _person_at(args, i + 1, kinds)
    if after is not None:
        return after
    g = args.graph
    if i >= 2 and g.tok(i - 1).text == ",":  # "X, HDP-Chef, …"
        hit = args.recognised(i - 2)
        if hit is not None and hit.type in kinds and \
                hit.end == g.tok(i - 2).idx + len(g.tok(i - 2).text):
            return hit
    return None


def _nationality(args: Arguments, i: int, pack: LanguagePack) -> Mention | None:
    """Return the place an adjective before role noun ``i`` names (``russische``, ``Grazer``)."""
    g = args.graph
    for j in range(i - 1, max(-1, i - 1 - _MAX_ADJECTIVES), -1):
        town = args.city(j) if j == i - 1 else None
        if town is not None:
            return town  # "der Wiener Bürgermeister Michael Häupl"
        if g.tok(j).pos_ != "ADJ":
            return None
        if is_demonym(g.tok(j).text, pack):
            m = args.mention(j)
            return m if m is not None and m.type in PLACE_TYPES else None
    return None


def _owner_before(args: Arguments, i: int) -> Mention | None:
    """Return the actor named right before role noun ``i`` (``NATO chief X``)."""
    if i < 1:
        return None
    hit = args.recognised(i - 1)
    tok = args.graph.tok(i - 1)
    if hit is None or hit.type not in _OWNERS or hit.end != tok.idx + len(tok.text) or \
            tok.pos_ == "ADJ":
        return None
    return hit


def _genitive_then_name(args: Arguments, i: int) -> tuple[Mention, Mention] | None:
    """``den Chef der prokurdischen HDP, Selahattin Demirtas``: owner after, name after a comma."""
    g = args.graph
    j, end = i + 1, min(len(g.doc), i + 1 + _MAX_ADJECTIVES + 2)
    while j < end and g.tok(j).pos_ in ("DET", "ADJ"):
        j += 1
    owner = args.recognised(j) if j < end else None
    if owner is None or owner.type not in _OWNERS or owner.start != g.tok(j).idx:
        return None
    k = j
    while k + 1 < len(g.doc) and g.tok(k + 1).idx < owner.end:
        k += 1
    if k + 2 >= len(g.doc) or g.tok(k + 1).text != ",":
        return None
    holder = _person_at(args, k + 2)
    return (holder, owner) if holder is not None and _apposed(args, holder) else None


def _apposed(args: Arguments, holder: Mention) -> bool:
    """Tell whether a name after a comma closes as an apposition (a comma or the sentence's end).

    ``der Sprecher der Regierung, Steffen Seibert, sagte``; not ``der Sprecher der Regierung,
    Merkel habe recht``, where the name opens a clause of its own.
    """
    rest = args.graph.doc.text[holder.end:].lstrip()
    word = rest.partition(" ")[0]
    if word and (article_name(word.rstrip(",.")) or word[:1].isupper()) and \
            word[-1:] in _APPOSITION_ENDS:
        return True  # a last part the name's mention left out: "Zeid Raad al-Hussein,"
    return not rest or rest[0] in _APPOSITION_ENDS


_APPOSITION_ENDS = frozenset(",.;:!?)–\"“”")


def _phrase_then_name(args: Arguments, i: int) -> Mention | None:
    """Return the person named after role noun ``i``'s phrase and a comma.

    The phrase opens with a preposition or an article (``in Wien``, ``für Menschenrechte``),
    has at most ``_MAX_PHRASE`` words and no verb or other punctuation; the name after the
    comma is a person's, closed as an apposition.
    """
    g = args.graph
    if i + 1 >= len(g.doc) or g.tok(i + 1).pos_ not in ("ADP", "DET"):
        return None  # "deputy director": the role noun modifies the next one
    for j in range(i + 2, min(len(g.doc) - 1, i + 1 + _MAX_PHRASE)):
        tok = g.tok(j)
        if tok.text == ",":
            holder = _person_at(args, j + 1)
            return holder if holder is not None and _apposed(args, holder) else None
        if tok.pos_ in ("VERB", "AUX", "PUNCT", "PRON", "SCONJ", "CCONJ"):
            return None
    return None


_MAX_PHRASE = 6  # words between a role noun and the comma before its holder's name


def _holder_as(args: Arguments, i: int, pack: LanguagePack) -> Mention | None:
    """``Christian Kern als designierter SPÖ-Vorsitzender``: the person before ``als``/``as``.

    Or the person a relative pronoun before it stands for (``Bernd Dobesberger, der zuletzt als
    Kompass-Sprecher …``).
    """
    g = args.graph
    j = i - 1
    while j >= 0 and (g.tok(j).pos_ in ("ADJ", "DET") or (  # "as Labour leader"
            (m := args.recognised(j)) is not None and m.type in _OWNERS)):
        j -= 1
    if j < 1 or g.tok(j).text.lower() not in pack.role_marks:
        return None
    k = j - 1
    while k > 0 and g.tok(k).pos_ in ("ADV", "VERB", "AUX"):  # "who recently served as"
        k -= 1
    if args.is_relative(k):  # "Bernd Dobesberger, der zuletzt als Kompass-Sprecher …"
        named = [m for m in args.mentions(k) if m.type == ActorType.PERSON]
        return named[0] if len(named) == 1 else None
    hit = args.recognised(j - 1)
    last = g.tok(j - 1)
    if hit is None or hit.type != ActorType.PERSON or hit.end != last.idx + len(last.text):
        return None
    return hit


def _possessive_before(args: Arguments, i: int) -> Mention | None:
    """Return the possessive right before role noun ``i``: ``deren Sozialsprecher X``."""
    g = args.graph
    j = i - 1
    while j >= 0 and g.tok(j).pos_ == "ADJ":
        j -= 1
    return args.possessor(j) if j >= 0 else None


def _owner_nearby(args: Arguments, i: int) -> Mention | None:
    """Return the one organisation named before role noun ``i`` in its or the previous sentence.

    ``Herbe Kritik kam auch von den Grünen. Fassungslos zeigte sich Sozialsprecherin X``: with
    two organisations there (or none) the owner is unknown and nothing is returned.
    """
    g = args.graph
    sent = g.doc[i].sent
    start = g.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    found: dict[str, Mention] = {}
    for j in range(start, i):
        m = args.recognised(j)
        if m is not None and m.type == ActorType.ORGANIZATION and m.start == g.tok(j).idx:
            found[m.key or m.text.lower()] = m
    return next(iter(found.values())) if len(found) == 1 else None


def _is_office(args: Arguments, word: str, offices: str) -> bool:
    """Tell whether role word ``word`` contains one of the pack's ``offices`` file's offices."""
    low = word.lower()
    return any(office in low for office in pack_words(args.pack.lang, offices))


def _dateline_city(args: Arguments, word: str) -> Mention | None:
    """Return the dateline's place for a town office ``word`` named without one (docstring)."""
    if not _is_office(args, word, "local_offices.txt"):
        return None
    places = dateline_places(args.graph.doc.text, args.pack.lang)
    if len(places) != 1:
        return None
    for form in dict.fromkeys((places[0], places[0].title())):  # BOSTON (AP) – … Boston
        found = args.named(form)
        if found is not None and found.type == ActorType.LOCATION:
            return found
    return None


def _one_region(args: Arguments, word: str) -> Mention | None:
    """Return the one region the text names for a regional office ``word`` named without one.

    ``Landeshauptmann Gerhard Dörfler`` in an article naming Kärnten and no other Land or state
    (the pack's ``region_offices.txt``): the office is that region's. Two regions, or none: no
    owner.
    """
    if not _is_office(args, word, "region_offices.txt"):
        return None
    regions = state_names() - gazetteer().capitals.keys()  # Wien: mostly the city
    found = {(m.lemma or m.text): m for m in args.mentions_in_text()
             if m.type == ActorType.LOCATION and (m.lemma or m.text) in regions}
    return next(iter(found.values())) if len(found) == 1 else None


def _home_country(args: Arguments, i: int, holder: Mention, word: str) -> Mention | None:
    """Return the country a state office named without one belongs to (module docstring).

    ``Bundespräsident Heinz Fischer``, ``Präsident Assad``, ``Außenminister Sergej Lawrow``: a
    national office's country is the one the gazetteer gives the person, when the article names
    that country (its mention in the title's sentence, else the nearest one before the title,
    else the first after it, is the owner); a possessor's title (``die Unterredung Präsident
    Wladimir Putins``) only when its sentence names the country. A person the gazetteer does
    not know gets none: the
    dateline is no guide (``Wien – Präsident Nkurunziza …`` is Burundi's). Town and regional
    offices are :func:`_dateline_city`'s and :func:`_one_region`'s.
    """
    if _is_office(args, word, "local_offices.txt") or _is_office(args, word, "region_offices.txt"):
        return None
    entry = gazetteer().entries.get(holder.key) if holder.key else None
    if entry is None or not entry.country:
        return None
    sent = args.graph.doc[i].sent
    named = [m for m in args.mentions_in_text()
             if m.type == ActorType.COUNTRY and m.key == entry.country]
    here = [m for m in named if sent.start_char <= m.start < sent.end_char]
    name = args.graph.doc.char_span(holder.start, holder.end, alignment_mode="expand")
    if name is not None and args.genitive_name(name.root.i):
        named = []  # a possessor's title is a passing description: its sentence must say it
    before = [m for m in named if m.start < sent.start_char]
    found = here or before[-1:] or named
    return found[0] if found else None


def title_candidates(g: Graph, i: int, pack: LanguagePack,
                     args: Arguments) -> Iterator[Candidate]:
    """Yield ``holder –role→ owner`` for role noun ``i`` (module docstring)."""
    tok = g.tok(i)
    prefix, word = _split(tok.text)
    institution = None
    if not prefix and (split := args.compound_institution(i)) is not None:
        institution, word = split  # "Landtagsabgeordnete Thomas Pupp": the owner the word names
    start, phrase = _role_phrase(g, i, args)
    hit = _role(pack, phrase) if start < i else None
    if hit is not None:
        word = phrase  # "Prime Minister": the title, not its head, is the role
    else:
        start, hit = i, _role(pack, word)
    if hit is None:
        return
    if hit.relation.id == "holdsPosition":
        institution = None  # a minister's first part is a portfolio: "Justizminister"
    holder = _holder(args, i, hit.relation.id) or _holder_as(args, start, pack)
    if holder is None and prefix:  # "PiS-Vorsitzender gegen Einmischung": the titled person
        holder = _copula_subject(args, i) or args.titled_person(i)
    owner = None
    if holder is not None:
        national = _nationality(args, start, pack) if hit.relation.id in NATIONAL else None
        # a prefix that names no actor (Alt-, Vize-) leaves the owner to the words before it:
        # "Südtirols Alt-Landeshauptmann Luis Durnwalder"
        owner = (prefix_mention(args, i, prefix) if prefix else None) or \
            national or _owner_before(args, start) or _possessive_before(args, start) or \
            institution
        if owner is None and hit.relation.id in _IMPLICIT:
            owner = _owner_nearby(args, start)
        if owner is None:
            owner = _dateline_city(args, word) or _one_region(args, word)
        if owner is None and hit.relation.id in NATIONAL:
            owner = _home_country(args, start, holder, word)
    elif not prefix and (found := _genitive_then_name(args, i)) is not None:
        holder, owner = found
    elif (later := _phrase_then_name(args, i)) is not None:
        # "der russische Botschafter in Wien, Sergej Netschajew", "der UN-Hochkommissar für
        # Menschenrechte, Zeid Raad al-Hussein": the name after the role's phrase and a comma
        holder = later
        # the owner the role noun itself gives; one inside the phrase (der Chef der Polizei in
        # Wien, X) is the role rule's (kg.extract.nominal)
        owner = (prefix_mention(args, i, prefix) if prefix else
                 _nationality(args, start, pack) if hit.relation.id in NATIONAL else None) or \
            institution
    if holder is None or owner is None or \
            (owner.key is not None and owner.key == holder.key and holder.key):
        return
    rel = _relation(hit.relation, owner)
    pred = rel.predicate(word)
    yield Candidate("compound-role", i, i, pred, i, (i,), descriptive=True,
                    subject_mention=holder, object_mention=owner)


_BRACKET_MAX = 6  # words of an organisation's name in a bracket after a person


def possessor_candidates(g: Graph, i: int, args: Arguments) -> Iterator[Candidate]:
    """Yield ``person leads X`` for a person's genitive before actor X (``Merkels CDU``).

    ``Erdoğans islamisch-konservative AKP``, ``Putins Russland``: the person named as owner
    leads the organisation, armed force or group, and heads the country.
    """
    person = args.genitive_owner(i)
    if person is None:
        return
    owned = args.recognised(i)
    relation = load_table().relations.get(
        "headOf" if owned is not None and owned.type == ActorType.COUNTRY else "leads")
    if relation is None or owned is None:
        return
    yield Candidate("circle", i, i, relation.predicate(""), i, (i,), descriptive=True,
                    subject_mention=person, object_mention=owned)


def bracket_candidates(g: Graph, i: int, args: Arguments) -> Iterator[Candidate]:
    """Yield ``person memberOf party`` for ``Name (PARTEI)`` with ``(`` at token ``i``.

    The bracket may hold a longer organisation's name, when that name opens it (``Theo
    Quendler (Katholischer Laienrat Österreichs)``, ``Maria Berger (Amnesty International)``).
    """
    if g.tok(i).text != "(" or i < 1:
        return
    close = next((k for k in range(i + 2, min(len(g.doc), i + _BRACKET_MAX + 3))
                  if g.tok(k).text in ("(", ")")), None)
    if close is None or g.tok(close).text != ")":
        return
    # "(beide ÖVP)", "(both SPÖ)": the party of the two persons named last before the bracket
    both = g.tok(i + 1).text.lower() in pack_words(args.pack.lang, "both_words.txt")
    first = i + 2 if both else i + 1
    party = args.recognised(first)
    if party is None or party.type != ActorType.ORGANIZATION or party.start != g.tok(first).idx:
        return
    persons = _last_two_persons(g, i, args) if both else [args.recognised(i - 1)]
    relation = load_table().relations.get("memberOf")
    if relation is None:
        return
    pred = relation.predicate(f"({party.text})")
    for person in persons:
        if person is not None and person.type == ActorType.PERSON:
            yield Candidate("compound-role", i - 1, first, pred, i, (i, first, close),
                            descriptive=True, subject_mention=person, object_mention=party)


def _last_two_persons(g: Graph, i: int, args: Arguments) -> list[Mention]:
    """Return the two persons named last before token ``i`` in its sentence, if there are two."""
    start = g.tok(g.doc[i].sent.start).idx
    found: list[Mention] = []
    for m in reversed(args.mentions_in_text()):
        if m.start < start or len(found) == 2:
            break
        if m.end <= g.tok(i).idx and m.type == ActorType.PERSON and \
                all((m.key or m.text) != (f.key or f.text) for f in found):
            found.append(m)
    return found if len(found) == 2 else []
