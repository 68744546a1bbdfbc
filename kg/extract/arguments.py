"""Arguments of a relation: from a head token to the :class:`~kg.types.Mention` it stands for.

An argument whose head token lies inside a recognised mention uses that mention. A title noun
with a named apposition (``Generaloberst Andrej Serdjukow``) uses the name, unless the name is
genitive (``die Unterredung Präsident Wladimir Putins``: a possessor). A nationality adjective
stands for its country, also inside a larger mention (``russischer`` in ``russischer Truppen``).
Personal and
possessive pronouns become ``source="pronoun"`` mentions (resolved later by coreference);
relative pronouns are replaced by their antecedent (also through an appositive noun:
``Serdjukow, demselben Mann, der …``; in German the nearest noun that agrees with the pronoun in
gender and number where the parser's choice does not or a prepositional modifier intervenes:
``Stellung in Chinas Programm der Neuen Seidenstrasse, die …`` → ``Seidenstrasse``; the number
of the verb a subject pronoun agrees with counts too: ``Stützpunkte der PKK, die … kämpft``). Any
other noun becomes a tight noun-phrase mention (``source="np"``, type ``Concept``): the head
with its determiners, adjectives, compounds and genitive or prepositional modifiers, cut at
relative clauses, commas and coordination; one headed by a proper noun is a name the recogniser
missed (:meth:`Arguments.is_name`). A role noun without a name (``dem Finanzminister``) stands
for the person the document introduced with that title (``Finanzminister Hans Jörg Schelling``).
"""

from __future__ import annotations

from spacy.tokens import Doc

from kg.extract.clauses import preposition
from kg.knowledge.gazetteer import demonym_key, gazetteer
from kg.knowledge.lexicons import city_adjective_before, demonym_region, is_demonym
from kg.knowledge.roles import role_split
from kg.lang import LanguagePack
from kg.nlp.schemes import Graph, Role
from kg.types import ActorType, Mention

_ORGANISATIONS = frozenset({ActorType.ORGANIZATION, ActorType.ARMED_FORCE, ActorType.GROUP})

_NP_ROLES = frozenset({Role.DET, Role.AMOD, Role.COMPOUND, Role.FLAT, Role.NUMMOD, Role.GEN,
                       Role.NMOD, Role.CASE, Role.APPOS})
_NP_MAX_TOKENS = 10
_NP_DEPTH = 3
_SKIP_EDGE = frozenset({"DET", "ADP", "PUNCT", "CCONJ", "SCONJ", "SPACE"})
RECOGNISED = frozenset({"ner", "gazetteer", "rule"})


def _agreement(g: Graph, k: int) -> str | None:
    """Return gender and number of noun ``k`` (``Fem.Sing``, ``Plur``), its article's first."""
    for t in [*(g.tok(d) for d in g.children(k, Role.DET)), g.tok(k)]:
        number, gender = t.morph.get("Number", []), t.morph.get("Gender", [])
        if number == ["Plur"]:
            return "Plur"
        if number == ["Sing"] and len(gender) == 1:
            return f"{gender[0]}.Sing"
    return None


_POSSESSED = frozenset({ActorType.ORGANIZATION, ActorType.COUNTRY, ActorType.ARMED_FORCE,
                        ActorType.GROUP})  # what a person's genitive before it owns: leads


class Arguments:
    """Maps argument tokens of one document to mentions (one instance per document)."""

    def __init__(self, graph: Graph, doc_id: str, mentions: list[Mention], pack: LanguagePack):
        self.graph = graph
        self.doc_id = doc_id
        self.pack = pack
        self._by_token: dict[int, Mention] = {}
        doc: Doc = graph.doc
        for m in mentions:
            if m.source == "compound":  # part of a token (ÖVP of ÖVP-Chef): claims no token
                continue
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            for t in span:  # a word of an actor's name is that actor, not a description's
                old = self._by_token.get(t.i)
                if old is None or (old.type == ActorType.CONCEPT and m.type != ActorType.CONCEPT):
                    self._by_token[t.i] = m
        self._cache: dict[int, Mention | None] = {}
        self._apposed: dict[int, int] = {}  # title noun → the token of the name apposed to it
        self._names: set[tuple[int, int]] = set()
        self._titled: list[tuple[int, str, str, Mention]] | None = None

    def is_name(self, m: Mention) -> bool:
        """Return whether ``m`` is a noun phrase headed by a proper noun (a name not recognised)."""
        return (m.start, m.end) in self._names

    def recognised(self, i: int) -> Mention | None:
        """Return the recognised mention covering token ``i``, if any."""
        return self._by_token.get(i)

    def is_relative(self, i: int) -> bool:
        """Return whether token ``i`` is a relative pronoun.

        Not the article of a country whose name takes one (``…, die Niederlande und Marokko
        gereist``: the parser's relative pronoun is ``die`` of ``die Niederlande``).
        """
        t = self.graph.tok(i)
        if not ((("Rel" in t.morph.get("PronType", [])) or t.tag_ in ("WDT", "WP", "PRELS"))
                and t.text.lower() in self.pack.relative_pronouns):
            return False
        nxt = self.recognised(i + 1) if i + 1 < len(self.graph.doc) else None
        if nxt is not None and nxt.type == ActorType.COUNTRY and \
                nxt.start == self.graph.tok(i + 1).idx:
            gaz = gazetteer()
            entry = gaz.entries.get(nxt.key) if nxt.key else gaz.lookup(nxt.text)
            return entry is None or entry.gender not in ("f", "p")
        return True

    def antecedent(self, i: int) -> list[int]:
        """Return the antecedent head(s) of relative pronoun ``i`` (conjuncts included)."""
        g = self.graph
        clause = i
        while g.role(clause) not in (Role.RELCL, Role.ACL, Role.ROOT) and g.head(clause) != clause:
            clause = g.head(clause)
        if g.role(clause) in (Role.RELCL, Role.ACL):
            noun = self._lower_antecedent(i, g.head(clause))
            noun = self._higher_antecedent(i, noun)
        else:  # a relative clause the parser attached elsewhere: the noun before its comma
            j = i - 1
            while j > 0 and g.tok(j).pos_ in ("ADP", "DET", "ADV"):
                j -= 1
            last = j - 1
            while last > 0 and g.role(last) == Role.PARTICLE:  # "griff … im Nordirak an, die"
                last -= 1
            if j < 1 or g.tok(j).text != "," or g.tok(last).pos_ not in ("NOUN", "PROPN"):
                return []
            noun = self._agreeing_before(i, last)
            while g.role(noun) == Role.CONJ:
                noun = g.head(noun)
        if self.recognised(noun) is None and g.tok(noun).pos_ == "NOUN":
            named = self._appositive_anchor(noun)
            if named is not None:
                noun = named
        return g.conjuncts(noun)

    def _agreeing_before(self, rel: int, last: int) -> int:
        """Return the nearest noun up to ``last`` that agrees with relative pronoun ``rel``.

        ``Stützpunkte der PKK im Nordirak, die gegen den IS kämpft``: the words before the
        comma are searched back to the clause's verb; without agreement evidence, ``last``.
        """
        g = self.graph
        forms = self._forms(rel)
        if not forms:
            return last
        for k in range(last, max(-1, last - _NP_MAX_TOKENS), -1):
            t = g.tok(k)
            if t.pos_ in ("VERB", "AUX") or t.text in (",", ";", ":"):
                break
            if t.pos_ in ("NOUN", "PROPN") and _agreement(g, k) in forms:
                return k
        return last

    def _forms(self, rel: int) -> frozenset[str] | None:
        """Return the genders and numbers relative pronoun ``rel`` can stand for.

        The pronoun's own form (``die``: feminine or plural) narrowed by the number of the verb
        it is the subject of (``…, die gegen den IS kämpft``: singular).
        """
        g = self.graph
        forms = self.pack.relative_agreement.get(g.tok(rel).text.lower())
        if not forms or g.role(rel) != Role.SUBJ:
            return forms
        number = g.tok(g.head(rel)).morph.get("Number", [])
        if number == ["Sing"]:
            return frozenset(f for f in forms if f != "Plur") or forms
        if number == ["Plur"]:
            return frozenset(f for f in forms if f == "Plur") or forms
        return forms

    def _lower_antecedent(self, rel: int, noun: int) -> int:
        """Prefer an agreeing noun inside a prepositional modifier of the parser's antecedent.

        ``seine Stellung in Chinas Programm der Neuen Seidenstrasse, die in den Iran führt``:
        a relative clause after a noun phrase with a prepositional modifier attaches low, to
        the nearest noun before its comma that agrees with the pronoun in gender and number
        (``die``: feminine or plural; ``Programm`` is neuter). Genitive chains without a
        preposition keep the parser's (high) attachment (``die Truppen der OVKS, die …``)
        unless its noun disagrees with the pronoun (``im Programm der Seidenstrasse, die …``).
        """
        g = self.graph
        forms = self._forms(rel)
        j = rel - 1
        while j > 0 and g.tok(j).pos_ == "ADP":  # "…, in dem"
            j -= 1
        if not forms or j < 1 or g.tok(j).text != ",":
            return noun
        path = [j - 1]
        while path[-1] != noun and g.head(path[-1]) != path[-1] and len(path) <= _NP_DEPTH + 1:
            path.append(g.head(path[-1]))
        if path[-1] != noun or len(path) < 2:
            return noun
        lower = path[:-1]
        own = _agreement(g, noun)
        if (own is None or own in forms) and not any(preposition(g, k) for k in lower):
            return noun
        for k in lower:
            if g.tok(k).pos_ in ("NOUN", "PROPN") and _agreement(g, k) in forms:
                return k
        return noun

    def _higher_antecedent(self, rel: int, noun: int) -> int:
        """``die Intervention Russlands, die …`` attached to the genitive that cannot agree.

        A relative clause the parser hung on a genitive or prepositional modifier whose gender
        and number the pronoun rules out belongs to the nearest governing noun that agrees.
        """
        g = self.graph
        forms = self._forms(rel)
        own = _agreement(g, noun)
        if not forms or own is None or own in forms:
            return noun
        cur = noun
        for _ in range(_NP_DEPTH):
            if g.role(cur) not in (Role.GEN, Role.NMOD) or g.head(cur) == cur:
                break
            cur = g.head(cur)
            if g.tok(cur).pos_ in ("NOUN", "PROPN") and _agreement(g, cur) in forms:
                return cur
        return noun

    def _appositive_anchor(self, noun: int) -> int | None:
        """``X, demselben Mann, der …``: the named X the appositive noun stands beside."""
        g = self.graph
        if g.role(noun) == Role.APPOS and self.recognised(g.head(noun)):
            return g.head(noun)
        span = [k for k in g.subtree(noun) if g.tok(k).pos_ != "PUNCT"]
        j = span[0] - 1
        while j > 0 and g.tok(j).pos_ == "PUNCT" and g.tok(j).text != ",":
            j -= 1
        if j < 1 or g.tok(j).text != ",":
            return None
        for k in range(j - 1, max(-1, j - 5), -1):  # "… Serdjukow geleitet, demselben Mann"
            m = self.recognised(k)
            if m is not None and m.type == ActorType.PERSON:
                return k
        return None

    def mentions(self, i: int) -> list[Mention]:
        """Return the mentions argument head ``i`` stands for (relative pronouns resolved)."""
        if self.is_relative(i):
            return [m for a in self.antecedent(i) if (m := self.mention(a)) is not None]
        m = self.mention(i)
        if m is None:
            return []
        k = self._apposed.get(i)
        if k is None:
            return [m]
        # "die Regierungsparteien SPÖ und ÖVP": the apposed name's conjuncts are named too
        # chained conjuncts too: "USA, Russland und China"
        return [m, *(c for j in self.graph.conjuncts(k) if j != k and (c := self.recognised(j))
                     is not None and c.type != ActorType.CONCEPT and c != m)]

    def mention(self, i: int) -> Mention | None:
        """Return the mention of argument head ``i``, or None when it is no argument."""
        if i not in self._cache:
            self._cache[i] = self._make(i)
        return self._cache[i]

    def _make(self, i: int) -> Mention | None:
        g, t = self.graph, self.graph.tok(i)
        hit = self.recognised(i)
        if t.pos_ == "ADJ" and is_demonym(t.text, self.pack) and (
                hit is None or hit.end - hit.start > len(t.text)):
            # the nationality adjective of "russischer Truppen" stands for the country, a
            # region's adjective for the region ("des niederösterreichischen Landeshauptmanns")
            key = demonym_key(t.text)
            region = demonym_region(t.text, self.pack) if key is None else None
            if region is not None:
                return Mention(self.doc_id, t.idx, t.idx + len(t.text), t.text,
                               ActorType.LOCATION, lemma=region, source="rule")
            return Mention(self.doc_id, t.idx, t.idx + len(t.text), t.text, ActorType.COUNTRY,
                           lemma=t.lemma_, key=key, source="rule")
        if hit is None or hit.type == ActorType.CONCEPT:
            named = self.apposed_name(i)
            if named is not None:
                return named
        elif (named := self.organisation_named(i)) is not None:
            return named  # "die Flugbegleitergewerkschaft Ufo": the institution noun's name
        if hit is not None and g.role(i) in (Role.SUBJ, Role.OBJ, Role.IOBJ) and \
                self._possessive_genitive(hit, i):
            # "sagte Badawis … Ehefrau Ensaf Haidar": a possessor, no argument; "Merkels CDU
            # verlor": the possessed actor after it is the argument
            return self._possessed(hit)
        if hit is not None:
            return hit
        if t.pos_ == "NOUN" and (owner := self._cue_compound(i)) is not None:
            return owner
        if t.pos_ == "NOUN":
            titled = self._title_antecedent(i)
            if titled is not None:
                return titled
        low = t.text.lower()
        if t.pos_ in ("PRON", "DET") or low in self.pack.possessive_pronouns:
            if low in self.pack.personal_pronouns or (
                    low in self.pack.demonstrative_pronouns and
                    (t.pos_ == "PRON" or g.role(i) in (Role.OBJ, Role.SUBJ, Role.IOBJ))) or (
                    low in self.pack.possessive_pronouns and g.role(i) == Role.GEN):
                return self._pronoun(i)
            return None
        if t.pos_ not in ("NOUN", "PROPN", "NUM", "X"):
            return None
        return self._noun_phrase(i)

    def _titles(self) -> list[tuple[int, str, str, Mention]]:
        """Return (token, role word, relation, person) for each ``Rolle Name`` of the document."""
        if self._titled is None:
            from kg.extract.relations import load_table

            table, g, out = load_table(), self.graph, []
            for j in range(len(g.doc) - 1):
                t = g.tok(j)
                word = t.text.rpartition("-")[2]
                nxt = self.recognised(j + 1)
                hit = table.role(self.pack.lang, word) if t.pos_ in ("NOUN", "PROPN") else None
                if hit is not None and nxt is not None and nxt.type == ActorType.PERSON and \
                        nxt.start == g.tok(j + 1).idx:
                    out.append((j, word.lower(), hit.relation.id, nxt))
            self._titled = out
        return self._titled

    def mentions_in_text(self) -> list[Mention]:
        """Return the document's recognised mentions (each once, in text order)."""
        return sorted(set(self._by_token.values()), key=lambda m: (m.start, m.end))

    def compound_institution(self, i: int) -> tuple[Mention, str] | None:
        """Return the institution a role compound at token ``i`` names, and its role word.

        ``Polizeisprecher`` → (Polizei, ``sprecher``), ``Landtagsabgeordnete`` → (Landtag,
        ``abgeordnete``): the part before the role noun, an institution noun of the pack
        (:func:`kg.knowledge.roles.role_split`), as an organisation mention of that part.
        """
        tok = self.graph.tok(i)
        found = role_split(tok.text, self.pack.lang)
        if found is None:
            return None
        part, role = found
        return Mention(self.doc_id, tok.idx, tok.idx + len(part), part, ActorType.ORGANIZATION,
                       source="rule"), role

    def _cue_compound(self, i: int) -> Mention | None:
        """Return the organisation a compound of its name and an organisation noun names.

        ``die IS-Terrormiliz``, ``die Hamas-Bewegung``: a word of a known organisation's name
        (recognised in the document or in the gazetteer) hyphenated to a noun the pack says an
        organisation's name goes with (``org_cues.txt``: Miliz, Bewegung, Partei …) is that
        organisation; so is a recognised organisation written before such a noun as its
        compound (``the IS militia``). (``IS-Kämpfer``, ``ÖVP-Chef`` name its people.)
        """
        from kg.recognize.rules import word_endings

        t = self.graph.tok(i)
        cues = word_endings(self.pack.lang, "org_cues.txt")
        if "-" not in t.text.strip("-"):  # written open: "the Hamas movement"
            before = [k for k in self.graph.children(i, Role.COMPOUND) if k == i - 1]
            m = self.recognised(before[0]) if before and t.lower_.endswith(cues) else None
            return m if m is not None and m.type in _ORGANISATIONS else None
        prefix, _, head = t.text.partition("-")
        if not head[:1].isupper() or not head.lower().endswith(cues):
            return None
        return self.known_name(t.idx, t.idx + len(prefix), prefix, _ORGANISATIONS)

    def known_name(self, start: int, end: int, text: str,
                   kinds: frozenset[ActorType]) -> Mention | None:
        """Return the actor of a kind in ``kinds`` that ``text`` (at ``start``–``end``) names.

        The document's own mention written so (``PiS`` named on its own elsewhere), else the
        gazetteer's entry; the mention spans ``text`` and carries that actor's key.
        """
        known = self.named(text)
        if known is not None and known.type in kinds:
            return Mention(self.doc_id, start, end, text, known.type, lemma=known.lemma,
                           key=known.key, source="rule")
        entry = gazetteer().lookup(text)
        if entry is not None and entry.type in kinds:
            return Mention(self.doc_id, start, end, text, entry.type, key=entry.id,
                           source="rule")
        return None

    def named(self, text: str) -> Mention | None:
        """Return a recognised mention of the document written exactly ``text``, if any."""
        return next((m for m in self._by_token.values() if m.text == text), None)

    def titled_person(self, i: int) -> Mention | None:
        """Return the person role noun ``i`` stands for (see :meth:`_title_antecedent`)."""
        from kg.extract.relations import load_table

        if self._describing(i):
            return None
        t = self.graph.tok(i)
        word = t.text.rpartition("-")[2]
        lemma = (t.lemma_ or word).rpartition("-")[2].lower()
        words = {lemma, word.lower()}
        hit = load_table().role(self.pack.lang, word)
        titles = self._titles()
        before = [(w, r, p) for j, w, r, p in reversed(titles) if j < i]
        if not before and self.graph.tok(i).sent.start == 0:  # a headline names them later
            before = [(w, r, p) for j, w, r, p in titles if j > i]
        found = next((p for w, _, p in before if w in words), None) or next(
            (p for w, _, p in before if any(w.endswith(x) and len(x) >= 4 for x in words)),
            None) or next(  # the same title first: "Präsident" is not "Ministerpräsident"
            (p for w, _, p in before if any(x.endswith(w) and len(w) >= 4 for x in words)),
            None)  # then a compound of the title: "Parteichef" for "ÖVP-Chef X"
        if found is None and hit is not None:  # one person holds that kind of office
            same = {p.lemma or p.text: p for _, r, p in before if r == hit.relation.id}
            found = next(iter(same.values())) if len(same) == 1 else None
        return found

    def _describing(self, i: int) -> bool:
        """Tell whether role noun ``i`` says what another phrase is rather than naming someone.

        A copula's predicate and its conjuncts (``Auinger ist Betriebsratsvorsitzender und
        SPÖ-Klubobmann``), an apposition (``Karl Huber, der frühere Finanzminister``) and an
        ``als``/``as`` phrase (the pack's ``role_marks``) give that phrase's role: the noun is
        not the person the document introduced with the title.
        """
        g = self.graph
        return any(g.children(k, Role.COP) or g.role(k) == Role.APPOS or
                   preposition(g, k) in self.pack.role_marks for k in g.conjunct_chain(i))

    def _title_antecedent(self, i: int) -> Mention | None:
        """``… warf dem Minister vor``: the person the document introduced with that title.

        A role noun without a name of its own (``dem türkischen Präsidenten``, ``dem
        Finanzminister``; not ``Bundespräsident Heinz Fischer``, however parsed) stands for the
        latest person before it titled with the same role or a compound ending in it
        (``Finanzminister Hans Jörg Schelling``), else the one person titled with a role of the
        same relation; in the headline, for the first one after it.
        The mention keeps the noun's span and takes the person's name as its lemma, so
        resolution joins them.
        """
        t = self.graph.tok(i)
        if _agreement(self.graph, i) == "Plur":
            return None  # "die Höchstrichter kippten …": many people, not the one titled person
        own = self.recognised(i + 1) if i + 1 < len(self.graph.doc) else None
        if own is not None and own.type == ActorType.PERSON and \
                own.start == self.graph.tok(i + 1).idx:
            return None  # "Bundespräsident Heinz Fischer lobte …": a name of its own follows
        found = self.titled_person(i)
        if found is None:
            return None
        return Mention(self.doc_id, t.idx, t.idx + len(t.text), t.text, found.type,
                       lemma=found.lemma or found.text, key=found.key, source="rule")

    def _possessive_genitive(self, m: Mention, i: int) -> bool:
        """Tell whether person ``m`` is written as its genitive before a noun phrase.

        ``Badawis nach Kanada geflüchtete Ehefrau``: the name's last word is its base form plus
        ``-s`` (the recogniser's lemma tells the base form) and a noun phrase follows, so the
        name is a possessor a small parser may have made the verb's subject or object.
        """
        g = self.graph
        last = m.text.split()[-1]
        base = (m.lemma or m.text).split()[-1]
        if m.type != ActorType.PERSON or last != base + "s":
            return False
        end = self._after(m)
        return end < len(g.doc) and (g.tok(end).pos_ in ("NOUN", "ADJ", "ADP", "NUM") or
                                     self._possessed(m) is not None)

    def _possessed(self, m: Mention) -> Mention | None:
        """Return the actor right after person ``m``'s genitive (adjectives between), if any.

        ``Merkels CDU``, ``Erdoğans islamisch-konservative AKP``, ``Putins Russland``: an
        organisation, country, armed force or group the person owns.
        """
        g = self.graph
        j = self._after(m)
        while j < len(g.doc) and g.tok(j).pos_ == "ADJ" and self.recognised(j) is None:
            j += 1
        found = self.recognised(j) if j < len(g.doc) else None
        if found is None or found.start != g.tok(j).idx or found.type not in _POSSESSED:
            return None
        return found

    def genitive_owner(self, i: int) -> Mention | None:
        """Return the person whose genitive stands before the actor starting at token ``i``."""
        found = self.recognised(i)
        if found is None or found.start != self.graph.tok(i).idx or found.type not in _POSSESSED:
            return None
        j = i - 1
        while j >= 0 and self.graph.tok(j).pos_ == "ADJ" and self.recognised(j) is None:
            j -= 1
        m = self.recognised(j) if j >= 0 else None
        if m is None or not self._possessive_genitive(m, j) or self._possessed(m) != found:
            return None
        return m

    def _after(self, m: Mention) -> int:
        """Return the index of the first token after mention ``m``."""
        span = self.graph.doc.char_span(m.start, m.end, alignment_mode="expand")
        return span.end if span is not None else len(self.graph.doc)

    def city(self, i: int) -> Mention | None:
        """Return the town adjective ``i`` names (``der Grazer Bischof`` → Graz), if it is one.

        The word is tagged an adjective or name, stands before a noun and is no recognised actor
        of its own (``Kurier`` is a newspaper, ``Haider`` a person).
        """
        g = self.graph
        t = g.tok(i)
        if t.pos_ not in ("ADJ", "PROPN") or i + 1 >= len(g.doc) or \
                g.tok(i + 1).pos_ != "NOUN" or self.recognised(i) is not None:
            return None
        prev = g.tok(i - 1).text if i > 0 else ""
        name = city_adjective_before((prev, t.text), self.pack)
        if name is None:
            return None
        return Mention(self.doc_id, t.idx, t.idx + len(t.text), t.text, ActorType.LOCATION,
                       lemma=name, source="rule")

    def apposed_name(self, i: int) -> Mention | None:
        """Return the actor a title noun names: ``den französischen Präsidenten François Hollande``.

        The name is an apposition or flat part of the noun, or a dependent without preposition
        whose name starts right after it (``der Jihadistenmiliz Islamischer Staat``, parsed as
        a modifier); a described noun (``französischen Präsidenten``) gives way
        to it too. A genitive name is a possessor instead (:meth:`genitive_name`).
        """
        g = self.graph
        if g.tok(i).pos_ == "PROPN":  # a title compound tagged as a name: "Rada-Vizechef
            kids = g.children(i, Role.FLAT)  # Andrij Parubij", the name its flat part
        elif g.tok(i).pos_ == "NOUN":
            kids = g.children(i, Role.APPOS, Role.FLAT, Role.DEP, Role.NMOD)
        else:
            return None
        for k in kids:
            m = self.recognised(k)
            if m is None or m.type == ActorType.CONCEPT or self.genitive_name(k):
                continue
            if g.role(k) in (Role.APPOS, Role.FLAT) and g.tok(k).pos_ == "PROPN":
                self._apposed[i] = k
                return m
            if i + 1 < len(g.doc) and m.start == g.tok(i + 1).idx and preposition(g, k) is None:
                self._apposed[i] = k
                return m  # right after the noun: "der Jihadistenmiliz Islamischer Staat"
        return None

    def organisation_named(self, i: int) -> Mention | None:
        """Return the organisation's name an organisation noun ``i`` has beside it, if any.

        ``die Flugbegleitergewerkschaft Ufo``, ``die Gewerkschaft Verdi``: the noun is an
        organisation of its own (an institution noun), and the name set beside it says which;
        the name is the actor (``die Regierung Merkel`` names a person: the government stays;
        a name of several words and an acronym in brackets, ``des Deutschen Fußballbundes
        (DFB)``, are the noun's own).
        """
        g, hit = self.graph, self.recognised(i)
        t = g.tok(i)
        if t.pos_ != "NOUN" or hit is None or hit.type != ActorType.ORGANIZATION or \
                (hit.start, hit.end) != (t.idx, t.idx + len(t.text)):
            return None  # a name of its own ("des Deutschen Fußballbundes (DFB)") stays
        named = self.apposed_name(i)
        if named is None and g.role(i) == Role.COMPOUND and g.head(i) == i + 1:
            named = self.recognised(i + 1)  # the parser made the noun the name's compound
        if named is None or named.type != ActorType.ORGANIZATION or named == hit or \
                g.doc.text[:named.start].rstrip().endswith("("):
            return None  # an acronym in brackets is the noun's alias, not another name
        return named

    def genitive_name(self, k: int) -> bool:
        """``die Unterredung Präsident Wladimir Putins``: a genitive name is a possessor.

        The name's last word decides (``François Hollande`` after a genitive noun is tagged
        genitive on ``François``, yet ``Hollande`` is no genitive form), and the tag counts
        only where the word's ending or an article shows the case. A name the gazetteer knows
        in just this form is uninflected whatever its ending, and so is a full name right after
        a title that is the clause's subject or object (``Nationalratspräsidentin Doris Bures
        kritisierte``; ``die Unterredung Präsident Wladimir Putins`` stays a genitive). An
        English name with its possessive ``'s`` is one too.
        """
        g = self.graph
        m = self.recognised(k)
        if m is not None and gazetteer().match(m.text, allow_genitive=False) is not None:
            return False  # a known name as it is written: "Doris Bures" ends in -s uninflected
        title = g.head(k)
        if title == k - 1 and g.children(k, Role.FLAT) and \
                g.role(title) in (Role.SUBJ, Role.SUBJ_PASS, Role.OBJ, Role.IOBJ):
            return False  # a full name right after a title that is itself an argument holds it
        last = max([k, *g.children(k, Role.FLAT)])
        while g.children(last, Role.FLAT):
            last = max(g.children(last, Role.FLAT))
        if any(g.tok(c).tag_ == "POS" for j in (k, last) for c in g.children(j, Role.CASE)):
            return True  # an English possessive: "President Vladimir Putin's talks"
        if "Gen" not in g.tok(last).morph.get("Case", []):
            return False
        # a bare name shows the genitive by its ending ("Putins", "Lukas'"); one without it is
        # genitive only by its article ("der Ukraine"): "dem Sender Rossija" is no genitive
        return g.tok(last).text[-1:].lower() in ("s", "ß", "x", "z", "'", "’") or any(
            "Gen" in g.tok(j).morph.get("Case", []) for j in g.children(k, Role.DET))

    def possessor(self, i: int) -> Mention | None:
        """Return the pronoun mention of possessive ``i`` (``deren``, ``sein``, ``its``), if any."""
        low = self.graph.tok(i).text.lower()
        if low in self.pack.possessive_pronouns or low in self.pack.relative_possessives:
            return self._pronoun(i)
        return None

    def _pronoun(self, i: int) -> Mention:
        t = self.graph.tok(i)
        number = t.morph.get("Number", [])
        gender = t.morph.get("Gender", [])
        low = t.text.lower()
        if "Plur" in number or low in ("they", "them", "their", "wir", "uns"):
            kind = ActorType.GROUP
        elif low in ("it", "its", "es") or gender == ["Neut"]:
            kind = ActorType.CONCEPT
        else:
            kind = ActorType.PERSON
        return Mention(self.doc_id, t.idx, t.idx + len(t.text), t.text, kind, source="pronoun")

    def _noun_phrase(self, i: int) -> Mention | None:
        g = self.graph
        chosen = {i}
        frontier = [(i, 0)]
        while frontier:
            j, depth = frontier.pop()
            for k in g.children(j, *_NP_ROLES):
                if g.role(k) in (Role.GEN, Role.NMOD, Role.APPOS) and depth >= _NP_DEPTH:
                    continue
                chosen.add(k)
                frontier.append((k, depth + 1))
        lo = hi = i
        while lo - 1 in chosen and i - lo < _NP_MAX_TOKENS:
            lo -= 1
        while hi + 1 in chosen and hi - i < _NP_MAX_TOKENS:
            hi += 1
        doc = g.doc
        while lo < i and doc[lo].pos_ in _SKIP_EDGE:
            lo += 1
        while hi > i and (doc[hi].pos_ in _SKIP_EDGE or doc[hi].is_punct):
            hi -= 1
        span = doc[lo:hi + 1]
        if span.text.count("(") > span.text.count(")") and hi + 1 < len(doc) \
                and doc[hi + 1].text == ")":  # keep the bracket of an acronym: "(OVKS)"
            span = doc[lo:hi + 2]
        if not span.text.strip():
            return None
        if g.tok(i).pos_ == "PROPN":
            self._names.add((span.start_char, span.end_char))
        return Mention(self.doc_id, span.start_char, span.end_char, span.text, ActorType.CONCEPT,
                       source="np")
