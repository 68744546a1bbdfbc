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
``Stellung in Chinas Programm der Neuen Seidenstrasse, die …`` → ``Seidenstrasse``). Any
other noun becomes a tight noun-phrase mention (``source="np"``, type ``Concept``): the head
with its determiners, adjectives, compounds and genitive or prepositional modifiers, cut at
relative clauses, commas and coordination; one headed by a proper noun is a name the recogniser
missed (:meth:`Arguments.is_name`).
"""

from __future__ import annotations

from spacy.tokens import Doc

from kg.extract.clauses import preposition
from kg.lang import LanguagePack, demonym_key
from kg.nlp.schemes import Graph, Role
from kg.types import ActorType, Mention

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
            for t in span:
                self._by_token.setdefault(t.i, m)
        self._cache: dict[int, Mention | None] = {}
        self._names: set[tuple[int, int]] = set()

    def is_name(self, m: Mention) -> bool:
        """Return whether ``m`` is a noun phrase headed by a proper noun (a name not recognised)."""
        return (m.start, m.end) in self._names

    def recognised(self, i: int) -> Mention | None:
        """Return the recognised mention covering token ``i``, if any."""
        return self._by_token.get(i)

    def is_relative(self, i: int) -> bool:
        """Return whether token ``i`` is a relative pronoun."""
        t = self.graph.tok(i)
        return (("Rel" in t.morph.get("PronType", [])) or t.tag_ in ("WDT", "WP", "PRELS")) \
            and t.text.lower() in self.pack.relative_pronouns

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
            if j < 1 or g.tok(j).text != "," or g.tok(j - 1).pos_ not in ("NOUN", "PROPN"):
                return []
            noun = j - 1
            while g.role(noun) == Role.CONJ:
                noun = g.head(noun)
        if self.recognised(noun) is None and g.tok(noun).pos_ == "NOUN":
            named = self._appositive_anchor(noun)
            if named is not None:
                noun = named
        return g.conjuncts(noun)

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
        forms = self.pack.relative_agreement.get(g.tok(rel).text.lower())
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
        forms = self.pack.relative_agreement.get(g.tok(rel).text.lower())
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
        return [m] if m is not None else []

    def mention(self, i: int) -> Mention | None:
        """Return the mention of argument head ``i``, or None when it is no argument."""
        if i not in self._cache:
            self._cache[i] = self._make(i)
        return self._cache[i]

    def _make(self, i: int) -> Mention | None:
        g, t = self.graph, self.graph.tok(i)
        hit = self.recognised(i)
        if t.pos_ == "ADJ" and self.pack.demonym(t.text) and (
                hit is None or hit.end - hit.start > len(t.text)):
            # the nationality adjective of "russischer Truppen" stands for the country
            return Mention(self.doc_id, t.idx, t.idx + len(t.text), t.text, ActorType.COUNTRY,
                           lemma=t.lemma_, key=demonym_key(t.text), source="rule")
        if hit is not None:
            return hit
        for k in g.children(i, Role.APPOS, Role.FLAT):
            if t.pos_ == "NOUN" and g.tok(k).pos_ == "PROPN" and self.recognised(k) and \
                    not self._genitive_name(k):
                return self.recognised(k)
        low = t.text.lower()
        if t.pos_ in ("PRON", "DET") or low in self.pack.possessive_pronouns:
            if low in self.pack.personal_pronouns or (
                    low in self.pack.possessive_pronouns and g.role(i) == Role.GEN):
                return self._pronoun(i)
            return None
        if t.pos_ not in ("NOUN", "PROPN", "NUM", "X"):
            return None
        return self._noun_phrase(i)

    def _genitive_name(self, k: int) -> bool:
        """``die Unterredung Präsident Wladimir Putins``: a genitive name is a possessor."""
        g = self.graph
        return any("Gen" in g.tok(j).morph.get("Case", [])
                   for j in [k, *g.children(k, Role.FLAT)])

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
