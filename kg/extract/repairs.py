"""Parse repairs that need word order or recognised names, applied after scheme normalisation.

:func:`kg.nlp.schemes.normalise` fixes what a label scheme alone tells; the repairs here look at
commas, coordinating conjunctions and named-entity boundaries, and fix errors a small parser
(UAS ~0.8) makes in constructions extraction depends on:

* **list read as apposition** — ``Chevron, ExxonMobil und europäische Ölgesellschaften``,
  ``führt in den Iran, die Türkei und Russland``: a noun after a comma (its article may hang
  elsewhere), of the same kind as the noun before the comma, heading ``und …`` itself, is a
  conjunct of that noun;
* **apposition hung on the verb** — ``des Senders Channel One, einem der wichtigsten
  Propagandasender des Kremls, …``: an indefinite description between commas right after a
  noun or named entity, attached to a verb, is an apposition of that noun; so is a definite
  one its article opens right after a named entity (``traf Putin, den Präsidenten Russlands,
  in Sotschi``);
* **noun conjunct hung on the verb** — ``werfen Erdogan und der AKP-Regierung vor``: a noun
  conjunct of a verb whose ``und`` follows right after one of the verb's noun arguments is
  that argument's conjunct;
* **genitive conjunct read as the head's** — ``beim Vorgehen der Armee und verbündeter Milizen
  gegen …``: a noun coordinated with the head noun right after that head's genitive (``und``
  follows the genitive), itself marked genitive (its own or a modifier's case), is the
  genitive's conjunct, and both are the head's genitives;
* **apposition read as a conjunct** — ``die OVKS, eine Art Warschauer Pakt, …``: an indefinite
  noun after a comma in a series without ``und`` is an apposition (of the noun before the
  comma when the parser hung it on the verb, and a noun after the apposition's comma that the
  parser made its conjunct is the verb's object: ``fordert Frau Meier, eine Lehrerin, mehr
  Geld``);
* **reported main clause read as an attribute** — ``behauptet Herr Broberg, ein Anwalt, er
  würde umsonst spielen``: a clause after a comma opening with its own subject and finite word
  (no conjunction, no relative pronoun), hung on a noun, is the complement of the verb above;
* **name swallowed by a name** — ``wie die USA und China Kasachstan … kolonisierten``: a ``flat``
  name part that starts a new named entity is not part of its head's name; it becomes the
  object of the governing verb when that verb has none;
* **second conjunct verb attached too high** — ``der … leitete und anschliessend die
  Streitkräfte … befehligte``: a coordinated verb whose ``und`` lies inside a nearer preceding
  verb's clause is that verb's conjunct, and the words between ``und`` and it are its own (a
  second subject among them is its object, since the first verb keeps its subject);
* **two subjects** — ``Putin will 25 Jahre westlicher Sicherheitspolitik zunichtemachen``,
  ``der Belarus seit 1994 regiert``: a verb without an object keeps as subject a relative
  pronoun, else the one nominative, else the first; the other becomes its object;
* **missing subject** — ``Der Minister sagte, die Regierung werde die Steuern senken``: a
  finite clause without a subject (no conjunct, infinitive or imperative) takes as subject its
  first object that can be nominative, when it has two objects, that object stands before
  the finite word, or its article shows the nominative (``Außerdem könnte ein solcher
  Verkauf … helfen``);
* **reported clause as root** — ``Ein Sprecher sagte, der Hersteller sei sich keiner
  Verletzungen bewusst``: a root without subject with an adverbial reporting verb before it
  whose noun complement stands between them is that verb's complement, the noun its subject;
* **second copula** — ``Die Säulen sind nach dorischem Stil und ihre Dekorationen sind nach
  dem Tempel``: a predicate with two copulas, a conjunct noun between them, is two clauses;
  the conjunct is the second clause's subject, the phrase after the second copula its
  predicate;
* **reported clause read as a conjunct** — ``Faymann sagte, in Deutschland sei die Lage
  schwierig``: a finite clause after a comma, hung on a reporting verb before it as a
  conjunct with no conjunction, is that verb's complement, and the verb's phrases after the
  comma are the clause's;
* **reporting clause read as a conjunct** — ``Die Hamas griff Israel an, wie die Agentur
  Anadolu meldete``: a reporting verb after a comma and ``wie``/``as`` (the pack's
  ``report_marks.txt``), with no conjunction, is the adverbial clause of the verb it hangs on;
* **inverted speaker as object** — ``Man habe nichts zu verbergen, stellte Strache klar``: a
  reporting verb after its complement, without a subject and with one noun object after it,
  has that noun as its speaker (subject);
* **genitive pronoun as an argument** — ``teilte dessen Anwältin Klára Samková mit``: a
  genitive pronoun right before a noun hung on the same verb is the noun's possessor, and the
  noun takes over its subject role;
* **preposition on a name's descriptor** — ``vom polnischen Info-Kanal TVP übertragen``: the
  parser heads the phrase with the name and leaves the preposition on the common noun before
  it; the preposition introduces the name's phrase (TVP is the passive's agent);
* **name as a loose dependant** — ``dem Fernsehsender Rossija 1``: a proper noun right after
  the common noun it hangs on with the catch-all label is that noun's name (apposition);
* **name hung on a time** — ``sagte Hadiafar am Montag der Nachrichtenagentur Tasnim``: a name
  (or a noun with its name) without a preposition on a time word of a reporting verb is whom
  the speaker tells;
* **addressee read as a name's genitive** — ``sagte Christina Kalogirou der Zeitung
  Kathimerini``, ``sagte Merkel der Bild-Zeitung``: a named noun without a preposition right
  after the name of a reporting verb's speaker is whom the speaker tells (a name takes no
  genitive after it);
* **title's holder read as its genitive** — ``Der neue Verteidigungsminister Hans Peter
  Doskozil``: a person's name right after a role noun, without an article of its own, is the
  title's apposition;
* **name in capitals read as a verb** — ``sagte Lawrow dem TV-Sender RT``: a word in
  capitals tagged as a verb, right after a noun that hangs on it, is that noun's name; the
  noun takes its place;
* **copula on the subject's name** — ``Damit ist Kern der neue Vorsitzende der SPÖ``,
  ``Formal ist Anja Hagenauer die Nachfolgerin von Schaden``: after a fronted phrase, a
  person's name carrying the copula, with a noun that has its own article right after it as
  its dependant or head, is the subject of that noun, which takes the copula;
* **adverb attribute** — ``wurden von 2006 bis 2008 gründlich renoviert``: a prepositional
  phrase before an adverb that modifies a verb is the verb's adverbial;
* **object first** — ``hat der Kreml sie nie … benutzt``, ``Die Regierung hat der Minister
  kritisiert``: a subject whose accusative looks like its nominative (a pronoun ``sie``/``es``,
  a noun that is not masculine singular) next to an object noun phrase that is unambiguously
  nominative (a masculine singular with its article, ``der Kreml``) swap their roles, and so do
  an unambiguously accusative subject (``Den Vertrag hat Russland … unterschrieben``) and its
  object (German word order lets the object come first), and a subject whose article shows
  only the dative (``Dem Minister sagte Strache, …``) is the verb's dative object;
* **bare names in verb-second order** — ``Russland unterstützt Assad``: when both arguments
  are proper nouns without an article, nothing shows their case (the morphologizer's case is a
  guess), so the name before the finite verb is the subject and the one after it the object
  (two subjects keep the first; an object before the verb and a subject after it swap); the
  object-first repair above still wins when an article shows the case (``Den Minister
  kritisierte Russland``);
* **headline subject** — ``Mitterlehner rüffelt Lopatka``: in a clause that starts with a bare
  name right before its finite verb (a headline or teaser: no articles, case invisible), the
  parser often tags the first name as a modifier and the second as subject; the default
  reading of verb-second order is subject – verb – object, so the first name is the subject
  and the second the object — only when the first word is a name (a noun, or a recognised
  entity the parser mistagged as an adjective): a capitalised sentence-initial adverb
  (``Jetzt behauptet Herr Broberg …``) leaves the subject after the verb alone;
* **dash boundary** — ``Faymann rüffelt Häupl – Streit um das Budget``: a teaser joins
  elliptic parts with a dash; what follows the dash is no argument of the verb before it, and
  a name between the verb and the dash that the parser hung on the words after the dash is the
  verb's object;
* **dateline** — ``Johannesburg/Khartum/Den Haag – Der … Präsident …``: names (with ``/`` or
  ``,``) that open a sentence and end at a dash are the dateline, not part of the clause after
  it: they are detached (``dep``), and the phrase after the dash that the parser hung on the
  dateline's word takes that word's place (``Salzburg – Der Naturschutzbund hat … kritisiert``:
  the subject);
* **bare determiner** — ``der … diesen mehrfach kritisiert hatte``: a determiner hung on a
  verb without an object stands alone, as a (demonstrative) pronoun object;
* **stranded particle** — ``Die SPÖ wirft dem Minister Zynismus vor –``: a separable particle
  tagged as a preposition at the end of its clause (before punctuation) belongs to the nearest
  finite verb before it;
* **dative object** — ``Die SPÖ wirft dem Finanzminister Zynismus vor``, ``sagte Lawrow dem
  Fernsehsender``, ``warf ihm … vor``: an object noun whose article shows the dative and
  nothing else (``dem``, ``einem``), or a pronoun that does (``ihm``), is the verb's indirect
  object, whom it is said to or done for, not its direct object;
* **particle read as a marker** — ``stellte Strache klar``: a word tagged as a separable verb
  particle (STTS ``PTKVZ``) that the parser hung on a verb as a marker or adverb is the verb's
  particle when the two make a reporting verb (``klarstellen``; ``sagte er weiter`` keeps
  ``sagen``);
* **adverb read as a particle** — ``Sie bezichtigt die AKP zudem, …``: a word tagged as a
  pronominal adverb (STTS ``PROAV``: ``zudem``, ``daraufhin``) is never a separable particle;
  joined to the verb it would hide the verb's lemma (``zudembezichtigen``), so it becomes an
  adverbial;
* **phrase after a postposition** — ``handelt es sich den Angaben zufolge um Mikola Rubzew``:
  a postposition closes its noun's phrase, so a prepositional phrase after it that the parser
  hung on that noun belongs to the noun's head (the verb);
* **finite verb read as a noun's conjunct** — ``Bilalic wurde Bezirksrat, Stellvertreter und
  arbeitete beim Magistrat``: a finite verb conjunct the parser hung on a noun is the conjunct
  of the verb that noun is an argument of (sharing its subject);
* **preposition on an article** — ``sprach mit der von Russland unterstützten Regierung``,
  ``in der überwiegend von Kurden bewohnten Provinz Diyarbakır``: before a participle
  attribute the parser hangs the preposition on the article, which hangs on the noun; the
  preposition introduces the noun's phrase (the article's head noun to its right);
* **compass phrase read as an agent** — ``Der Konvoi wurde 20 Kilometer nördlich von Aleppo
  angegriffen``: a passive's ``von`` phrase right after a compass word of the pack's
  ``compass_words.txt`` says where, not by whom (an oblique).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.knowledge.roles import role_noun
from kg.lang import language_pack, pack_code, pack_words
from kg.nlp.schemes import Graph, Role, subtree
from kg.types import PLACE_TYPES, ActorType

_CAPITALS = re.compile(r"^[A-ZÄÖÜ][A-ZÄÖÜ0-9]+$")  # RT, ORF, BBC: names, never verbs
_NAMES = frozenset({"PROPN"})
_NOUNS = frozenset({"NOUN", "PROPN"})
_VERBS = frozenset({"VERB", "AUX"})
_MAX_UP = 4
_DETACHED = frozenset({Role.ADVCL, Role.DEP, Role.OBL, Role.XCOMP})
_ADVERB_TAGS = frozenset({"PROAV", "ADV"})  # STTS (pronominal) adverbs: never a verb particle
_PARTICLE_TAGS = frozenset({"PTKVZ"})  # STTS separable verb particles


def _punct(t: Token) -> bool:
    return t.is_punct or t.pos_ == "PUNCT"


class _Tree:
    """Mutable heads and roles with a children index, rebuilt into a :class:`Graph` at the end."""

    def __init__(self, g: Graph) -> None:
        self.g = g
        self.heads = list(g.heads)
        self.roles = list(g.roles)
        self.kids = [list(k) for k in g.kids]

    def descends(self, i: int, ancestor: int) -> bool:
        """Whether ``ancestor`` lies on ``i``'s path to its root (``i`` itself counts)."""
        for _ in range(len(self.heads)):
            if i == ancestor:
                return True
            if self.heads[i] == i:
                return False
            i = self.heads[i]
        return True  # a cycle already: treat as descending, so no move makes it worse

    def move(self, i: int, head: int, role: Role | None = None) -> None:
        """Hang ``i`` under ``head``; a move that would close a cycle is refused (no change)."""
        if self.descends(head, i):
            return
        old = self.heads[i]
        if old != i:
            self.kids[old].remove(i)
        self.heads[i] = head
        self.kids[head].append(i)
        self.kids[head].sort()
        if role is not None:
            self.roles[i] = role

    def promote(self, i: int, role: Role) -> None:
        """Put dependant ``i`` in its head's place, the old head under ``i`` as ``role``.

        ``i`` takes the head's head and role (a root's head is the root itself: ``i`` becomes the
        root).
        """
        old = self.heads[i]
        top = self.heads[old]
        self.kids[old].remove(i)
        if top == old:
            self.heads[i], self.roles[i] = i, Role.ROOT
        else:
            self.kids[top].remove(old)
            self.heads[i], self.roles[i] = top, self.roles[old]
            self.kids[top].append(i)
            self.kids[top].sort()
        self.heads[old] = i
        self.kids[i].append(old)
        self.kids[i].sort()
        self.roles[old] = role

    def children(self, i: int, *roles: Role) -> list[int]:
        return [k for k in self.kids[i] if not roles or self.roles[k] in roles]

    def graph(self) -> Graph:
        return Graph(self.g.doc, self.g.scheme, tuple(self.heads), tuple(self.roles),
                     tuple(tuple(k) for k in self.kids), self.g.toks)


def repair(g: Graph, ambiguous: frozenset[str] = frozenset(),
           particles: frozenset[str] = frozenset(),
           reporting: frozenset[str] = frozenset(),
           times: frozenset[str] = frozenset()) -> Graph:
    """Return ``g`` with the repairs of the module docstring applied (``g`` itself if none).

    ``ambiguous`` are the language's pronouns whose nominative and accusative look alike
    (``sie``, ``es``), for the object-first repair; ``particles`` its separable verb particles
    that are never postpositions (``vor``, ``an``), for the stranded-particle repair;
    ``reporting`` its reporting verbs (``sagen``), for the reported-conjunct repair and the
    name-on-a-time repair, with ``times`` (the time nouns: ``Montag``, ``Juni``).
    """
    tree = _Tree(g)
    changed = False
    for i in range(1, len(g.doc)):
        if g.tok(i).pos_ in _VERBS and _CAPITALS.match(g.tok(i).text):
            changed |= _capital_verb(tree, i)
        elif g.tok(i).pos_ in _NOUNS and tree.roles[i] in (Role.NMOD, Role.GEN):
            changed |= _name_on_time(tree, i, reporting, times) or \
                _addressee_on_speaker(tree, i, reporting) or _titled_genitive(tree, i)
    for i in range(len(g.doc)):
        if tree.roles[i] == Role.APPOS and _second_name(tree, i):
            changed = True
        elif tree.roles[i] in (Role.APPOS, Role.OBJ):
            changed |= _list_member(tree, i) or (
                tree.roles[i] == Role.OBJ and _bare_role(tree, i) and
                _detached_apposition(tree, i))
        elif tree.roles[i] == Role.CONJ and g.tok(i).pos_ in _NOUNS:
            changed |= _false_conjunct(tree, i) or _genitive_conjunct(tree, i) or \
                _verb_conjunct(tree, i) or _second_name(tree, i)
        elif tree.roles[i] == Role.FLAT:
            changed |= _swallowed_name(tree, i)
        elif tree.roles[i] in (Role.CONJ, Role.ADVCL) and g.tok(i).pos_ in _VERBS and \
                _report_clause(tree, i, reporting):
            changed = True
        elif tree.roles[i] == Role.CONJ and g.tok(i).pos_ in _VERBS:
            changed |= _late_conjunct(tree, i) or _finite_on_noun(tree, i) or \
                _reported_conjunct(tree, i, reporting)
        elif tree.roles[i] == Role.CONJ and tree.children(i, Role.COP):
            changed |= _reported_conjunct(tree, i, reporting)
        elif tree.roles[i] == Role.DEP and g.tok(i).pos_ in _NAMES and i > 0 and \
                tree.heads[i] == i - 1 and g.tok(i - 1).pos_ == "NOUN":
            tree.roles[i] = Role.APPOS  # "dem Fernsehsender Rossija 1": the noun's name
            changed = True
        elif tree.roles[i] in _DETACHED:
            changed |= _detached_apposition(tree, i)
    for i in range(len(g.doc)):
        if g.tok(i).pos_ in _NAMES and tree.roles[i] in _ARGUMENTS:
            changed |= _descriptor_case(tree, i)
    for sent in g.doc.sents:
        changed |= _dateline(tree, sent.start, sent.end)
        changed |= _reporting_root(tree, sent.root.i)
    for p in range(len(g.doc)):
        if len(tree.children(p, Role.COP)) > 1:
            changed |= _second_copula(tree, p)
        elif len(tree.children(p, Role.COP)) == 1:
            changed |= _copula_on_name(tree, p)
    for i in range(len(g.doc)):
        if tree.roles[i] == Role.NMOD:
            changed |= _adverb_attribute(tree, i)
        elif tree.roles[i] in (Role.ACL, Role.RELCL) and g.tok(i).pos_ in _VERBS:
            changed |= _reported_main_clause(tree, i)
    for i in range(len(g.doc)):
        if tree.roles[i] == Role.CASE and g.tok(i).text.lower() in particles:
            changed |= _stranded_particle(tree, i)
        elif tree.roles[i] == Role.PARTICLE and g.tok(i).tag_ in _ADVERB_TAGS:
            tree.roles[i] = Role.ADVMOD  # "bezichtigt die AKP zudem": an adverb, no particle
            changed = True
        elif g.tok(i).tag_ in _PARTICLE_TAGS and \
                tree.roles[i] in (Role.MARK, Role.ADVMOD, Role.DEP) and \
                g.tok(tree.heads[i]).pos_ in _VERBS and \
                g.tok(i).lower_ + g.tok(tree.heads[i]).lemma_.lower() in reporting:
            tree.roles[i] = Role.PARTICLE  # "stellte Strache klar": klarstellen
            changed = True
        elif g.tok(i).pos_ == "DET" and tree.roles[i] in (Role.DEP, Role.DET) and \
                g.tok(tree.heads[i]).pos_ in _VERBS and not tree.children(tree.heads[i], Role.OBJ):
            tree.roles[i] = Role.OBJ  # "der … diesen mehrfach kritisiert hatte": a pronoun
            changed = True
    for i in range(len(g.doc)):
        if tree.roles[i] in (Role.SUBJ, Role.OBJ, Role.IOBJ):
            changed |= _genitive_pronoun(tree, i)
    for i in range(len(g.doc)):
        if tree.roles[i] == Role.SUBJ and _reflexive(g.tok(i)):
            tree.roles[i] = Role.OBJ  # "machen sich Regierungstruppen …": a reflexive, no subject
            changed = True
    for v in range(len(g.doc)):
        if g.tok(v).pos_ in _VERBS:
            changed |= _inverted_speaker(tree, v, reporting)
            changed |= _dash_boundary(tree, v)
            changed |= _second_subject(tree, v)
            changed |= _missing_subject(tree, v)
            changed |= _object_first(tree, v, ambiguous)
            changed |= _name_object_first(tree, v)
            changed |= _headline_subject(tree, v)
    for n in range(len(g.doc)):
        if g.tok(n).pos_ in _NOUNS:
            changed |= _after_postposition(tree, n)
    for i in range(len(g.doc)):
        if tree.roles[i] == Role.CASE:
            changed |= _case_on_article(tree, i)
    compass = pack_words(pack_code(g.doc.lang_), "compass_words.txt")
    for i in range(len(g.doc)):
        if tree.roles[i] in (Role.OBJ, Role.OBL_ARG) and _dative(tree, i):
            tree.roles[i] = Role.IOBJ  # "wirft dem Finanzminister Zynismus vor"
            changed = True
        elif tree.roles[i] == Role.AGENT and any(
                k > 0 and g.tok(k - 1).text.lower() in compass
                for k in tree.children(i, Role.CASE)):
            tree.roles[i] = Role.OBL  # "nördlich von Aleppo angegriffen": where, not by whom
            changed = True
    return tree.graph() if changed else g


def _after_postposition(tree: _Tree, n: int) -> bool:
    """Hang a prepositional phrase after noun ``n``'s postposition on ``n``'s head.

    ``den Angaben zufolge um Mikola Rubzew``: the postposition closes the phrase of
    ``Angaben``; ``um Mikola Rubzew`` is the verb's.
    """
    head = tree.heads[n]
    posts = [c for c in tree.children(n, Role.CASE) if c > n]
    if not posts or head == n or tree.g.tok(head).pos_ not in _VERBS:
        return False
    moved = False
    for k in tree.children(n, Role.NMOD):
        if k > posts[0] and any(c < k for c in tree.children(k, Role.CASE)):
            tree.move(k, head, Role.OBL)
            moved = tree.heads[k] == head or moved
    return moved


def _descriptor_case(tree: _Tree, n: int) -> bool:
    """Move the preposition of a name's descriptor noun to the name (``vom Sender TVP``).

    The name ``n`` is an argument without a preposition of its own; a common noun right in
    front of it (its dependant, adjectives between allowed) carries one. The name's phrase
    becomes a prepositional one of the verb.
    """
    doc = tree.g.toks
    if tree.children(n, Role.CASE):
        return False
    left = [k for k in tree.kids[n] if k < n and doc[k].pos_ == "NOUN" and
            tree.roles[k] in (Role.GEN, Role.NMOD, Role.COMPOUND, Role.APPOS, Role.FLAT)]
    if not left:
        return False
    d = left[-1]
    cases = tree.children(d, Role.CASE)
    if len(cases) != 1 or cases[0] > d or any(
            not tree.descends(k, d) for k in range(cases[0], n) if not _punct(doc[k])):
        return False  # the noun's phrase must run from its preposition up to the name
    tree.move(cases[0], n, Role.CASE)
    if doc[tree.heads[n]].pos_ in _VERBS and tree.roles[n] != Role.OBL:
        tree.roles[n] = Role.OBL
    return True


def _first(tree: _Tree, i: int) -> int:
    """First word of ``i``'s phrase (its leftmost dependants, recursively; no punctuation)."""
    doc = tree.g.toks
    while True:
        left = [k for k in tree.kids[i] if k < i and not _punct(doc[k])]
        if not left:
            return i
        i = left[0]


def _reporting_root(tree: _Tree, r: int) -> bool:
    """Repair ``X sagte, der Hersteller sei sich … bewusst`` rooted in the reported clause.

    The parser made the reported clause the root and the reporting verb its adverbial, with
    the reported clause's subject as that verb's complement. When the root has no subject,
    and an adverbial finite verb before it (no conjunction: ``wie X sagte`` is an adverbial)
    has a noun complement between itself and the root, the verb is the root, the noun the
    reported clause's subject and that clause the verb's complement.
    """
    doc = tree.g.toks
    if tree.heads[r] != r or tree.children(r, Role.SUBJ, Role.SUBJ_PASS):
        return False
    for v in tree.children(r, Role.ADVCL):
        if v > r or doc[v].pos_ not in _VERBS or tree.children(v, Role.MARK) or \
                _finite(tree, v) is None or not tree.children(v, Role.SUBJ):
            continue
        nouns = [k for k in tree.children(v, Role.CCOMP, Role.OBJ)
                 if v < k < r and doc[k].pos_ in _NOUNS and _nominative(tree, k)]
        if not nouns:
            continue
        tree.promote(v, Role.CCOMP)
        tree.move(nouns[0], r, Role.SUBJ)
        for k in tree.children(r, Role.PUNCT):
            if k > r and doc[k].text in (".", "!", "?"):
                tree.move(k, v)
        for k in tree.children(v, Role.PUNCT):
            if nouns[0] < k < r:
                tree.move(k, nouns[0])  # "aus Dearborn, Michigan, sei": in the reported clause
        return True
    return False


def _second_copula(tree: _Tree, p: int) -> bool:
    """Repair ``A sind aus X und B sind aus Y`` read as one predicate with two copulas.

    A conjunct noun between the two copulas (``B``) is the subject of a second clause. When
    the predicate comes first (``X``), the phrase after the second copula (``aus Y``, hung on
    ``X``) becomes the second clause's predicate; when it comes last (``Y``), the phrase between
    the copulas (``aus X``) becomes the first clause's, with the first subject and copula.
    """
    doc = tree.g.toks
    cops = tree.children(p, Role.COP)
    first, second = cops[0], cops[-1]
    if p < second:
        subjects = [k for k in tree.children(p, Role.CONJ) if first < k < second]
        rest = [k for k in tree.children(p) if k > second and not _punct(doc[k])]
        if not subjects or not rest:
            return False
        subject, q = subjects[-1], rest[0]
        tree.move(q, p, Role.CONJ)
        tree.move(second, q, Role.COP)
        tree.move(subject, q, Role.SUBJ)
        for k in tree.children(subject, Role.CC):
            tree.move(k, q, Role.CC)
        for k in rest[1:]:
            tree.move(k, q)
        return True
    between = [k for k in tree.children(p) if first < k < second and not _punct(doc[k])]
    if not between:
        return False
    q = between[0]
    subjects = [k for k in (*tree.children(q, Role.CONJ), *tree.children(p, Role.CONJ))
                if q < k < second]
    if not subjects:
        return False
    for k in tree.children(p, Role.SUBJ):
        if k < first:
            tree.move(k, q, Role.SUBJ)
    tree.move(first, q, Role.COP)
    tree.move(q, p, Role.CONJ)
    tree.move(subjects[-1], p, Role.SUBJ)
    return True


# roles of a word hung on a copula's subject that belong to the clause instead
_CLAUSE_ROLES = frozenset({Role.ADVMOD, Role.OBL, Role.TIME, Role.PUNCT, Role.MARK, Role.CC,
                           Role.ADVCL, Role.AUX, Role.NEG})


def _described(tree: _Tree, k: int) -> bool:
    """Whether ``k`` is a described noun: a common noun with its own article, no preposition."""
    return tree.g.toks[k].pos_ == "NOUN" and bool(tree.children(k, Role.DET)) and \
        not tree.children(k, Role.CASE)


def _copula_on_name(tree: _Tree, x: int) -> bool:
    """Repair ``Damit ist Kern der neue Vorsitzende der SPÖ`` read with the name as predicate.

    After a fronted phrase the subject and the predicate both follow the copula; the parser
    then often hangs the copula on the person's name and the described noun on the name (as
    its genitive) or the name on the noun. A person's name carrying the copula, with a noun
    that has its own article right after it (``der neue Vorsitzende``, ``die logische
    Nachfolgerin``) as its dependant or its head, is that predicate's subject: the noun takes
    the copula and the clause's phrases (a name takes no genitive after it).
    """
    doc = tree.g.toks
    if doc[x].ent_type_ not in _PERSON_LABELS or doc[x].pos_ not in _NOUNS:
        return False
    cop = tree.children(x, Role.COP)[0]
    if cop > x:
        return False
    end = max([x, *tree.children(x, Role.FLAT)])
    y = tree.heads[x]
    if y > end and tree.roles[x] in (Role.NMOD, Role.GEN, Role.DEP, Role.COMPOUND) and \
            _described(tree, y):
        tree.move(cop, y, Role.COP)
        tree.roles[x] = Role.SUBJ
        for k in tree.children(x, *_CLAUSE_ROLES):
            if k < x:
                tree.move(k, y)
        return True
    nouns = [k for k in tree.children(x, Role.GEN, Role.NMOD, Role.DEP, Role.OBJ)
             if k > end and _described(tree, k)]
    if not nouns:
        return False
    y = nouns[0]
    tree.promote(y, Role.SUBJ)
    for k in tree.children(x):
        if k == cop or tree.roles[k] in _CLAUSE_ROLES or \
                (k < x and tree.children(k, Role.CASE)):
            tree.move(k, y)
    return True


def _adverb_attribute(tree: _Tree, i: int) -> bool:
    """Repair ``wurden von 2006 bis 2008 gründlich renoviert`` with the phrase on the adverb.

    A prepositional phrase before an adverb (or an adverbial adjective) that modifies a verb
    is the verb's adverbial, not the adverb's attribute.
    """
    doc = tree.g.toks
    h = tree.heads[i]
    if not i < h or doc[h].pos_ not in ("ADV", "ADJ") or \
            tree.roles[h] not in (Role.ADVMOD, Role.OBJ) or not tree.children(i, Role.CASE):
        return False
    verb = tree.heads[h]
    if doc[verb].pos_ not in _VERBS or verb == h:
        return False
    tree.move(i, verb, Role.OBL)
    return tree.heads[i] == verb


def _list_member(tree: _Tree, i: int) -> bool:
    """Repair ``A, B und C`` with ``B`` read as an apposition or a sibling of ``A``.

    ``B``'s article may hang elsewhere (``in den Iran, die Türkei und Russland``: ``die`` read
    as a relative pronoun); ``A`` and ``B`` are of one kind when they share a part of speech or
    an entity label (``Iran`` tagged as a common noun, ``Türkei`` as a name: both countries).
    """
    doc = tree.g.toks
    start = _first(tree, i)
    article = None
    if start >= 3 and doc[start - 1].pos_ in ("DET", "PRON") and doc[start - 2].text == "," \
            and tree.heads[start - 1] != i and not tree.kids[start - 1]:
        article = start - 1
        start = article
    if start < 2 or doc[start - 1].text != "," or doc[i].pos_ not in _NOUNS:
        return False
    prev = start - 2
    if not _same_kind(doc[prev], doc[i]) or tree.children(prev, Role.CONJ):
        return False
    head = tree.heads[i]
    if not (head == prev or (tree.heads[prev] == head and tree.roles[prev] != Role.SUBJ)):
        return False
    if not any(tree.children(c, Role.CC) for c in tree.children(i, Role.CONJ)):
        return False
    tree.move(i, prev, Role.CONJ)
    if article is not None:
        tree.move(article, i, Role.DET)
    return True


def _same_kind(a: Token, b: Token) -> bool:
    """Return whether two nouns can be members of one list (part of speech or entity label)."""
    return a.pos_ == b.pos_ or (a.pos_ in _NOUNS and bool(a.ent_type_) and
                                a.ent_type_ == b.ent_type_)


def _partitive(tree: _Tree, i: int) -> bool:
    """Return whether ``i`` heads an indefinite description: ``einer der Y``, ``ein Y``."""
    t = tree.g.toks[i]
    if t.pos_ == "NOUN":
        return any("Ind" in tree.g.toks[k].morph.get("Definite", [])
                   for k in tree.children(i, Role.DET))
    indefinite = "Ind" in t.morph.get("Definite", []) + t.morph.get("PronType", [])
    return t.pos_ in ("PRON", "DET", "NUM") and indefinite and any(
        tree.g.toks[k].pos_ == "NOUN" for k in tree.children(i, Role.NMOD, Role.GEN))


def _detached_apposition(tree: _Tree, i: int) -> bool:
    """Repair ``Sender X, einem der Propagandasender des Kremls, …`` hung on the verb.

    An indefinite description between two commas (or a comma and the sentence end), right after
    a noun or a named entity and attached by the parser to a verb, is an apposition of that
    noun (of the entity's head).
    """
    doc = tree.g.toks
    definite = _definite_description(tree, i)
    bare = _bare_role(tree, i)
    if doc[tree.heads[i]].pos_ not in _VERBS or not (_partitive(tree, i) or definite or bare):
        return False
    start, end = _first(tree, i), _last(tree, i)
    if start < 2 or doc[start - 1].text != "," or end + 1 >= len(doc) or \
            not _punct(doc[end + 1]) or doc[end + 1].sent != doc[i].sent:
        return False
    j = start - 2
    if (definite or bare) and doc[j].ent_iob_ not in ("B", "I") and \
            not (bare and doc[j].pos_ == "PROPN"):
        return False  # "…, den Rebellen, …" after a common noun may be a list
    if bare and doc[j].ent_iob_ not in ("B", "I"):
        anchor = tree.heads[j] if tree.roles[j] == Role.FLAT else j  # "Claudio Couto"
    elif doc[j].ent_iob_ in ("B", "I"):
        b = j
        while b > 0 and doc[b].ent_iob_ == "I":
            b -= 1
        anchor = next(k for k in range(b, j + 1) if not b <= tree.heads[k] <= j or k == j)
    elif doc[j].pos_ in _NOUNS:
        anchor = j
    else:
        return False
    tree.move(i, anchor, Role.APPOS)
    return True


# entity labels of a person and of a place: the German and English models' own, and the ones
# recognition gives (kg.recognize: the actor types)
_PERSON_LABELS = frozenset({"PER", "PERSON", ActorType.PERSON.value})
_PLACE_LABELS = frozenset({"LOC", "GPE", "FAC", *(t.value for t in PLACE_TYPES)})


def _second_name(tree: _Tree, i: int) -> bool:
    """Repair ``der Gouverneur der Provinz Sirnak, Ali Ihsan Su, …`` with the name on the province.

    A name set off by a comma and apposed to a genitive that is a name, is written as one (``der
    Jungen Industrie``) or already has one of its own (``des ÖGB``, ``Provinz Sirnak``, ``des
    Fußballbundes (DFB)``) names the noun the
    genitive belongs to (``die Landesgeschäftsführerin des ÖGB, Heidi Hirschbichler``); one
    apposed to a prepositional phrase right after a noun names that noun (``der
    Minderheitsführer im Senat, Harry Reid``; not ``sprach mit dem Präsidenten, Joe Biden``),
    also a full name apposed to an owner's name (the pack's ``possessive_preps``: ``the
    president of the German Football Association, Reinhard Grindel``).
    """
    doc = tree.g.toks
    h = tree.heads[i]
    start = _first(tree, i)
    if doc[i].pos_ != "PROPN" or start < 1 or doc[start - 1].text != "," or \
            tree.roles[h] not in (Role.GEN, Role.NMOD, Role.OBL):
        return False
    if tree.roles[i] == Role.CONJ and (not tree.children(i, Role.FLAT) or any(
            tree.children(c, Role.CC) for c in (h, *tree.children(h, Role.CONJ)))):
        return False  # a series with "und" is a list; a name without "und" is set off
    if tree.children(h, Role.CASE):  # "der Minderheitsführer im Senat, Harry Reid"
        r = _first(tree, h) - 1
        several = any(doc[j].pos_ == "PROPN" and abs(j - i) == 1
                      for j in tree.children(i, Role.FLAT, Role.GEN, Role.COMPOUND))
        person = doc[i].ent_type_ in _PERSON_LABELS or (
            several and doc[i].ent_type_ not in _PLACE_LABELS)  # a name of several words
        owner = any(tree.g.tok(k).lower_ in language_pack(pack_code(tree.g.doc.lang_))
                    .possessive_preps for k in tree.children(h, Role.CASE))
        if r < 0 or doc[r].pos_ != "NOUN" or tree.roles[r] == Role.CASE or not person or \
                (doc[h].pos_ != "NOUN" and tree.roles[i] == Role.APPOS and not (
                    owner and several)):
            return False  # "a native of Chisholm, Minn.": a place names the place before it;
            # a named phrase is the role rules' ("der Botschafter in Wien, Sergej Netschajew"),
            # but for a full name after an owner's ("the president of the German Football
            # Association, Reinhard Grindel")
    else:
        r = tree.heads[h]
        if r == h or doc[r].pos_ != "NOUN" or not (doc[h].pos_ == "PROPN" or any(
                j < i and doc[j].pos_ == "PROPN" and tree.roles[j] in (Role.APPOS, Role.FLAT)
                for j in tree.children(h)) or written_as_name(
                    doc[h], [doc[j] for j in tree.children(h, Role.AMOD)])):
            return False
    tree.move(i, r, Role.APPOS)
    return tree.heads[i] == r


def written_as_name(head: Token, modifiers: list[Token]) -> bool:
    """Return whether noun ``head`` and a modifier before it are written as a name's words.

    ``der Jungen Industrie``, ``des Österreichischen Rechtsanwaltskammertages``, ``the
    Austrian Chamber``: a capitalised adjective (or name word) that does not open its sentence,
    before a capitalised head — inside a German sentence an adjective is capitalised in a name
    only; not ``der österreichischen Studie``, ``the Austrian study``.
    """
    return head.text[:1].isupper() and any(
        t.i < head.i and t.pos_ in ("ADJ", "PROPN") and t.text[:1].isupper() and
        not t.is_sent_start for t in modifiers)


def _bare_role(tree: _Tree, i: int) -> bool:
    """Return whether ``i`` is a singular noun with no article or preposition: a bare role.

    ``meint Claudio Couto, Politologe an der Universität``: a singular count noun needs an
    article as an argument; without one, right after a name, it names the name's role.
    """
    t = tree.g.toks[i]
    return t.pos_ == "NOUN" and "Plur" not in t.morph.get("Number", []) and \
        not tree.children(i, Role.DET, Role.CASE) and _first(tree, i) == i


def _definite_description(tree: _Tree, i: int) -> bool:
    """Return whether ``i`` heads a noun phrase its article opens, with no preposition.

    ``Merkel traf Putin, den Präsidenten Russlands, in Sotschi``: right after a name and between
    commas such a phrase describes the name (see :func:`_detached_apposition`).
    """
    doc = tree.g.toks
    dets = tree.children(i, Role.DET)
    return doc[i].pos_ == "NOUN" and bool(dets) and dets[0] == _first(tree, i) and \
        not tree.children(i, Role.CASE)


def _last(tree: _Tree, i: int) -> int:
    """Last word of ``i``'s phrase (its rightmost dependants, recursively; no punctuation)."""
    doc = tree.g.toks
    while True:
        right = [k for k in tree.kids[i] if k > i and not _punct(doc[k])]
        if not right:
            return i
        i = right[-1]


def _false_conjunct(tree: _Tree, i: int) -> bool:
    """Repair ``die OVKS, eine Art Warschauer Pakt, …`` read as a coordination.

    An indefinite noun after a comma, with no ``und`` anywhere in the series, is an apposition.
    """
    doc = tree.g.toks
    start = _first(tree, i)
    if doc[i].pos_ not in _NOUNS or start < 1 or doc[start - 1].text != ",":
        return False
    series = [i, *tree.children(i, Role.CONJ)]
    if any(tree.children(c, Role.CC) for c in series):
        return False
    if not any("Ind" in doc[k].morph.get("Definite", []) for k in tree.children(i, Role.DET)):
        return False
    tree.roles[i] = Role.APPOS
    noun = start - 2
    if doc[tree.heads[i]].pos_ in _VERBS and noun >= 0 and doc[noun].pos_ in _NOUNS and \
            tree.heads[noun] == tree.heads[i]:
        verb = tree.heads[i]
        tree.move(i, noun)  # "behauptet Herr Broberg, ein Anwalt, …": of the name, not the verb
        for c in tree.children(i, Role.CONJ):
            if c > i and doc[_first(tree, c) - 1].text == "," and \
                    not tree.children(verb, Role.OBJ):
                tree.move(c, verb, Role.OBJ)  # "fordert Frau Meier, eine Lehrerin, mehr Geld"
    return True


_ARGUMENTS = frozenset({Role.SUBJ, Role.OBJ, Role.IOBJ, Role.OBL, Role.OBL_ARG})


def _verb_conjunct(tree: _Tree, c: int) -> bool:
    """Repair ``werfen Erdogan und der AKP-Regierung vor`` with the conjunct hung on the verb.

    A noun conjunct of a verb whose ``und`` follows right after one of that verb's noun
    arguments is that argument's conjunct (a verb coordinates verbs, not nouns).
    """
    doc = tree.g.toks
    verb = tree.heads[c]
    if doc[verb].pos_ not in _VERBS:
        return False
    ccs = [k for k in tree.children(c, Role.CC) if k < c]
    if not ccs:
        return False
    before = ccs[0] - 1
    for k in tree.children(verb):
        if k != c and tree.roles[k] in _ARGUMENTS and doc[k].pos_ in _NOUNS and \
                _last(tree, k) == before:
            tree.move(c, k)
            return True
    return False


def _genitive_conjunct(tree: _Tree, c: int) -> bool:
    """Repair ``das Vorgehen der Armee und verbündeter Milizen`` (module docstring)."""
    doc = tree.g.toks
    h = tree.heads[c]
    if h >= c or doc[h].pos_ not in _NOUNS:
        return False
    cc = tree.children(c, Role.CC)
    gens = [a for a in tree.children(h, Role.NMOD, Role.GEN)
            if a < c and not tree.children(a, Role.CASE) and doc[a].pos_ in _NOUNS]
    if not cc or not gens:
        return False
    a = gens[-1]
    if subtree(tree.kids, a)[-1] + 1 != cc[0]:
        return False  # the "und" does not follow the genitive
    marked = [c, *tree.children(c, Role.DET, Role.AMOD)]
    if not any("Gen" in doc[k].morph.get("Case", []) for k in marked):
        return False
    tree.move(c, a, Role.CONJ)
    tree.roles[a] = Role.GEN  # the case the conjunct shows is the pair's
    return True


def _reported_main_clause(tree: _Tree, v: int) -> bool:
    """Repair ``behauptet Herr Broberg, ein Anwalt, er würde umsonst spielen``.

    A clause after a comma that opens with its own (non-relative) subject before its finite
    word, with no conjunction, hung by the parser on a noun as an attribute, is no attribute:
    a noun takes no such clause. It is the complement of the nearest verb above that has none.
    """
    doc = tree.g.toks
    start = _first(tree, v)
    subjects = tree.children(v, Role.SUBJ, Role.SUBJ_PASS)
    fin = _finite(tree, v)
    if start < 1 or doc[start - 1].text != "," or not subjects or subjects[0] != start or \
            fin is None or fin != start + 1 or tree.children(v, Role.MARK) or \
            "Rel" in doc[start].morph.get("PronType", []):
        return False
    verb = tree.heads[v]
    for _ in range(_MAX_UP):
        if doc[verb].pos_ in _VERBS or tree.heads[verb] == verb:
            break
        verb = tree.heads[verb]
    if doc[verb].pos_ not in _VERBS or tree.children(verb, Role.OBJ, Role.CCOMP):
        return False
    tree.move(v, verb, Role.CCOMP)
    return tree.heads[v] == verb


def _reported_conjunct(tree: _Tree, c: int, reporting: frozenset[str]) -> bool:
    """Repair ``Faymann sagte, in Deutschland sei die Lage schwierig`` read as two main clauses.

    A finite clause after a comma, hung on a reporting verb before it as a conjunct with no
    conjunction (no ``und``, no ``dass``), is that verb's complement; the verb's phrases after
    the comma (``in Deutschland``) are the clause's. A verb that already has a complement
    keeps it.
    """
    doc = tree.g.toks
    v = tree.heads[c]
    if v >= c or doc[v].pos_ not in _VERBS or tree.children(c, Role.CC, Role.MARK) or \
            tree.children(v, Role.CCOMP) or _finite(tree, c) is None:
        return False
    particle = "".join(doc[k].text.lower() for k in tree.children(v, Role.PARTICLE))
    if doc[v].lemma_.lower() not in reporting and particle + doc[v].lemma_.lower() not in reporting:
        return False
    first = _first(tree, c)
    commas = [k for k in range(v + 1, first) if doc[k].text == ","]
    if not commas or "Rel" in doc[first].morph.get("PronType", []):
        return False  # "…, dessen Integration …": a relative clause
    moved = [k for k in tree.children(v) if commas[0] < k < c and not _punct(doc[k])]
    tree.move(c, v, Role.CCOMP)
    for k in moved:
        tree.move(k, c)
    return True


def _report_clause(tree: _Tree, v: int, reporting: frozenset[str]) -> bool:
    """Repair ``Die Hamas griff Israel an, wie die Agentur Anadolu meldete`` read as a conjunct.

    A reporting verb after the clause it reports, opened by a word of the pack's
    ``report_marks.txt`` (``wie``, ``as``) right after a comma, with no conjunction of its own,
    is the reporting clause of the verb it hangs on: an adverbial clause, the word its marker
    (the parser makes it a conjunct, or an adverbial clause with ``wie`` as an adverb).
    """
    doc = tree.g.toks
    head = tree.heads[v]
    if head >= v or doc[v].lemma_.lower() not in reporting or tree.children(v, Role.CC):
        return False
    first = _first(tree, v)
    marks = pack_words(pack_code(tree.g.doc.lang_), "report_marks.txt")
    if first < 1 or doc[first - 1].text != "," or doc[first].text.lower() not in marks or \
            tree.heads[first] != v or tree.roles[first] == Role.MARK:
        return False
    tree.roles[v] = Role.ADVCL
    tree.roles[first] = Role.MARK
    return True


def _inverted_speaker(tree: _Tree, v: int, reporting: frozenset[str]) -> bool:
    """Repair ``Man habe nichts zu verbergen, stellte Strache klar`` with the speaker as object.

    A reporting verb after the clause it reports (its complement before it), with no subject
    and one noun object after it, is an inverted ``…, sagte X``: the object is the speaker.
    """
    doc = tree.g.toks
    particle = "".join(doc[k].text.lower() for k in tree.children(v, Role.PARTICLE))
    if particle + doc[v].lemma_.lower() not in reporting or \
            tree.children(v, Role.SUBJ, Role.SUBJ_PASS) or \
            not any(c < v for c in tree.children(v, Role.CCOMP)):
        return False
    objects = tree.children(v, Role.OBJ)
    if len(objects) != 1 or objects[0] < v or doc[objects[0]].pos_ not in _NOUNS:
        return False
    tree.roles[objects[0]] = Role.SUBJ
    return True


def _capital_verb(tree: _Tree, i: int) -> bool:
    """Repair ``sagte Lawrow dem TV-Sender RT`` read with the acronym ``RT`` as a verb.

    A word in capitals is a name, never a verb; tagged as one right after a noun that hangs on
    it, it is that noun's name (apposition): the noun takes the word's place under its head,
    keeping its own role, and the word's other dependants go with it. Right after a noun hung
    on the same head, it is that noun's name too.
    """
    n, head = i - 1, tree.heads[i]
    if head == i or tree.g.toks[n].pos_ != "NOUN":
        return False
    if tree.heads[n] == head:  # both hung on the verb: the word is the noun's name
        tree.move(i, n, Role.APPOS)
        return tree.heads[i] == n
    if tree.heads[n] != i:
        return False
    tree.move(n, head)
    if tree.heads[n] != head:
        return False
    for k in tree.children(i):
        if k != n:
            tree.move(k, head)
    tree.move(i, n, Role.APPOS)
    return True


def _name_on_time(tree: _Tree, i: int, reporting: frozenset[str],
                  times: frozenset[str]) -> bool:
    """Repair ``sagte X am Montag der Nachrichtenagentur Tasnim`` read as Monday's agency.

    A name without a preposition (or a noun with its name: ``der Nachrichtenagentur Tasnim``)
    hung on a time word (``am Montag``, ``on Monday``) that hangs on a reporting verb is whom
    the verb's speaker tells: the verb's indirect object. (A time's own genitive is a time:
    ``am Montag der vergangenen Woche``.)
    """
    doc = tree.g.toks
    t = tree.heads[i]
    v = tree.heads[t]
    named = doc[i].pos_ in _NAMES or any(doc[k].pos_ in _NAMES
                                         for k in tree.children(i, Role.APPOS, Role.FLAT))
    if t == i or not named or doc[t].text.lower() not in times or tree.children(i, Role.CASE) or \
            doc[v].pos_ not in _VERBS or doc[v].lemma_.lower() not in reporting:
        return False
    tree.move(i, v, Role.IOBJ)
    return tree.heads[i] == v


def _addressee_on_speaker(tree: _Tree, i: int, reporting: frozenset[str]) -> bool:
    """Repair ``sagte Christina Kalogirou der Zeitung Kathimerini`` read as the name's genitive.

    A noun phrase without a preposition right after a person's name (a name takes no genitive
    after it), hung on the name or on the title the name follows (``wie Europa-Ministerin
    Jadranka Joksimovic der Belgrader Zeitung Danas sagte``), the name or title being the
    subject of a reporting verb, is whom the speaker tells: the verb's indirect object. Only a
    noun that is named counts: a name, a noun with its name, a name's compound
    (``der Bild-Zeitung``); a name right after that noun that the parser hung on the speaker or
    read as the noun's genitive is the noun's name (``Kathimerini``, ``Danas``).
    """
    doc = tree.g.toks
    t = tree.heads[i]
    if t >= i or doc[t].pos_ not in _NOUNS or tree.children(i, Role.CASE):
        return False
    start = min([i, *(k for k in range(t + 1, i) if tree.heads[k] == i)])
    between = range(t + 1, start)
    if any(not tree.descends(k, t) or doc[k].pos_ not in (*_NAMES, "ADP") for k in between) or \
            (doc[t].pos_ not in _NAMES and not any(doc[k].pos_ in _NAMES for k in between)):
        return False
    speaker = tree.heads[t] if tree.roles[t] == Role.APPOS else t
    v = tree.heads[speaker]
    if tree.roles[speaker] != Role.SUBJ or doc[v].pos_ not in _VERBS or \
            doc[v].lemma_.lower() not in reporting:
        return False
    name = i + 1
    if name < len(doc) and tree.heads[name] in (t, i) and doc[name].pos_ in _NAMES and \
            tree.roles[name] in (Role.FLAT, Role.APPOS, Role.GEN):
        tree.move(name, i, Role.APPOS)
    prefix = doc[i].text.partition("-")[0]
    if doc[i].pos_ not in _NAMES and not tree.children(i, Role.APPOS, Role.FLAT) and \
            not (prefix != doc[i].text and prefix[:1].isupper()):
        return False
    tree.move(i, v, Role.IOBJ)
    return tree.heads[i] == v


def _titled_genitive(tree: _Tree, i: int) -> bool:
    """Repair ``Der neue Verteidigungsminister Hans Peter Doskozil`` read as the title's genitive.

    A person's name right after a role noun, with no article or preposition of its own, is
    the title's holder (an apposition), not its owner: a genitive owner takes an article or is
    a place (``der Präsident Frankreichs``).
    """
    doc = tree.g.toks
    h = tree.heads[i]
    if h != i - 1 or doc[h].pos_ != "NOUN" or doc[i].ent_type_ not in _PERSON_LABELS or \
            tree.children(i, Role.DET, Role.CASE) or \
            role_noun(doc[h].text, pack_code(tree.g.doc.lang_)) is None:
        return False
    tree.roles[i] = Role.APPOS
    return True


def _genitive_pronoun(tree: _Tree, i: int) -> bool:
    """Repair ``teilte dessen Anwältin Klára Samková mit`` read with ``dessen`` as an argument.

    A genitive pronoun right before a noun that the parser hung on the same verb is that
    noun's possessor (``dessen Anwältin``: his lawyer), not an argument of the verb; when the
    pronoun was the subject, the noun is.
    """
    doc = tree.g.toks
    j = i + 1
    if doc[i].pos_ != "PRON" or "Gen" not in doc[i].morph.get("Case", []) or \
            j >= len(doc) or doc[j].pos_ not in _NOUNS or tree.heads[j] != tree.heads[i]:
        return False
    was = tree.roles[i]
    tree.move(i, j, Role.GEN)
    if tree.heads[i] != j:
        return False
    if was == Role.SUBJ:
        tree.roles[j] = Role.SUBJ
    return True


def _verb_above(tree: _Tree, i: int) -> int:
    """Return the first verb from token ``i`` up (``i`` itself counts), or where the climb stops.

    At most :data:`_MAX_UP` steps; the result is the root or a non-verb when no verb is that
    near (callers test it).
    """
    for _ in range(_MAX_UP):
        if tree.g.toks[i].pos_ in _VERBS or tree.heads[i] == i:
            break
        i = tree.heads[i]
    return i


def _swallowed_name(tree: _Tree, i: int) -> bool:
    doc = tree.g.toks
    head = tree.heads[i]
    if doc[i].ent_iob_ != "B" or head >= i or doc[head].pos_ not in _NAMES:
        return False
    verb = _verb_above(tree, head)
    if doc[verb].pos_ not in _VERBS or tree.children(verb, Role.OBJ) or verb < i:
        return False
    tree.move(i, verb, Role.OBJ)
    return True


def _late_conjunct(tree: _Tree, c: int) -> bool:
    doc = tree.g.toks
    h = tree.heads[c]
    if h >= c:
        return False
    cc = next((k for k in range(c - 1, h, -1) if doc[k].pos_ == "CCONJ"), None)
    if cc is None:
        return False
    v = cc
    for _ in range(_MAX_UP):
        v = tree.heads[v]
        if doc[v].pos_ in _VERBS or tree.heads[v] == v:
            break
    if doc[v].pos_ not in _VERBS or v in (h, c) or not h < v < cc or tree.descends(v, c):
        return False  # a verb inside c's own clause cannot take c as its conjunct
    tree.move(c, v, Role.CONJ)
    keeps_subject = any(k < cc for k in tree.children(v, Role.SUBJ))
    for k in tree.children(v):
        if cc < k < c or k == cc:
            role = Role.OBJ if tree.roles[k] == Role.SUBJ and keeps_subject else None
            tree.move(k, c, role)
    cc_head = tree.heads[cc]
    if cc_head != c and cc < cc_head < c:
        tree.move(cc, c, Role.CC)
    return True


def _finite_on_noun(tree: _Tree, c: int) -> bool:
    """Tell whether finite verb conjunct ``c`` hangs on a noun, and hang it on that noun's verb.

    ``Bilalic wurde Bezirksrat, Stellvertreter und arbeitete beim Magistrat``: a finite verb is
    no noun's conjunct; it coordinates with the verb the noun is an argument of, whose subject
    it shares.
    """
    doc = tree.g.toks
    h = tree.heads[c]
    finite = "Fin" in doc[c].morph.get("VerbForm", []) or bool(doc[c].morph.get("Mood", []))
    if doc[h].pos_ not in _NOUNS or not finite:
        return False
    v = _verb_above(tree, h)
    if doc[v].pos_ not in _VERBS or not v < c or tree.descends(v, c):
        return False  # a verb inside c's own clause cannot take c as its conjunct
    tree.move(c, v, Role.CONJ)
    return True


def _set_off_name(tree: _Tree, first: int, second: int) -> bool:
    """Tell whether subject ``second`` is a name set off by a comma right after ``first``'s phrase.

    The first subject must be a common noun (a role noun: ``der Sprecher des Amtes``); the name
    starts right after the comma that ends the first subject's phrase, or right after a role
    noun of the pack's lexicon (``Air-Force-Sprecherin Jane Roe erklärte``: a title).
    """
    doc = tree.g.toks
    if doc[first].pos_ != "NOUN" or doc[second].pos_ != "PROPN":
        return False
    end = max(k for k in range(len(doc)) if tree.descends(k, first)) + 1
    words = [k for k in range(len(doc)) if tree.descends(k, second) and doc[k].pos_ != "PUNCT"]
    if end == first + 1 and min(words) == end:
        lang = pack_code(tree.g.doc.lang_)
        return role_noun(doc[first].text, lang) is not None
    return end < len(doc) and doc[end].text == "," and min(words) == end + 1


def _second_subject(tree: _Tree, v: int) -> bool:
    doc = tree.g.toks
    subjects = tree.children(v, Role.SUBJ)
    if len(subjects) < 2 or tree.children(v, Role.OBJ):
        return False
    if len(subjects) != 2 or any(tree.children(k, Role.CONJ) for k in subjects):
        return False
    first, second = subjects
    if _set_off_name(tree, first, second):
        # "erklärte der Sprecher des Amtes, Jan Novak": the name is the apposition of the first
        # subject (the person the role noun describes), not someone spoken to
        tree.move(second, first, Role.APPOS)
        return True
    cases = {k: doc[k].morph.get("Case", []) for k in subjects}
    relative = [k for k in subjects if "Rel" in doc[k].morph.get("PronType", [])]
    nominative = [k for k in subjects if "Nom" in cases[k]]
    if len(relative) == 1:
        keep = relative[0]  # "der Belarus seit 1994 regiert"
    elif all(_bare_name(tree, k) for k in subjects):
        keep = subjects[0]  # "Russland unterstützt Assad": a bare name's case is a guess
    elif len(nominative) == 1:
        keep = nominative[0]
    elif sum(_dative(tree, k) for k in subjects) == 1:
        dative = next(k for k in subjects if _dative(tree, k))  # "Dem Kanzler sagte Kurz"
        keep = next(k for k in subjects if k != dative)
        tree.roles[dative] = Role.IOBJ
        tree.roles[keep] = Role.SUBJ
        return True
    else:
        keep = subjects[0]  # no evidence: the canonical order puts the subject first
    for k in subjects:
        if k != keep:
            tree.roles[k] = Role.OBJ
    return True


_NO_SUBJECT = frozenset({Role.CONJ, Role.XCOMP, Role.ACL, Role.AMOD})


def _finite(tree: _Tree, v: int) -> int | None:
    """Return the finite word of ``v``'s clause (``v`` itself or an auxiliary), if any."""
    doc = tree.g.toks
    for k in (v, *tree.children(v, Role.AUX, Role.AUX_PASS, Role.COP)):
        if "Fin" in doc[k].morph.get("VerbForm", []) or doc[k].tag_.endswith("FIN") or \
                doc[k].tag_.endswith("(FIN)"):
            return k
    return None


def _missing_subject(tree: _Tree, v: int) -> bool:
    """Repair a finite clause without subject whose subject the parser read as an object.

    ``Der Minister sagte, die Regierung werde die Steuern senken``: German (and English) finite
    clauses have a subject, so when a clause has none, no conjunct or infinitive that shares
    another's, and no imperative, its first object that can be nominative becomes the subject
    — when it has a second object, or stands before the finite word (verb-second order).
    """
    doc = tree.g.toks
    if tree.roles[v] in _NO_SUBJECT or tree.children(v, Role.SUBJ, Role.SUBJ_PASS, Role.EXPL):
        return False
    fin = _finite(tree, v)
    if fin is None or "Imp" in doc[fin].morph.get("Mood", []):
        return False
    objects = [k for k in tree.children(v, Role.OBJ)
               if doc[k].pos_ in ("NOUN", "PROPN", "PRON") and not tree.children(k, Role.CASE)]
    first = next((k for k in objects if _nominative(tree, k) or _after_adverbial(tree, v, fin, k)),
                 None)
    if first is None or not (len(objects) >= 2 or first < fin or
                             _shown_case(doc, first, tree.children(first, Role.DET)) == "Nom" or
                             _after_adverbial(tree, v, fin, first)):
        return False
    if any(k < first and tree.roles[k] == Role.MARK for k in tree.children(v)) and first > fin:
        return False
    tree.roles[first] = Role.SUBJ
    return True


def _after_adverbial(tree: _Tree, v: int, fin: int, k: int) -> bool:
    """Whether bare noun ``k`` follows a main clause's finite word that an adverbial opens.

    ``In der Ostukraine kämpfen Regierungstruppen gegen Separatisten``: a verb-second clause
    whose first place holds an adverbial (a prepositional phrase or an adverb) has its subject
    right after the finite word — the noun's own case is a tagger's guess when no article shows
    it (``Regierungstruppen`` is nominative and accusative alike).
    """
    doc = tree.g.toks
    if _reflexive(doc[k]):
        return False
    after = fin + 1
    while after < k and _reflexive(doc[after]):
        after += 1  # "machen sich Regierungstruppen …": the reflexive comes first
    if tree.children(k, Role.DET) or _first(tree, k) != after or \
            any(tree.roles[c] == Role.MARK for c in tree.children(v)):
        return False
    opener = [c for c in tree.children(v) if c < fin and tree.roles[c] != Role.PUNCT]
    return len(opener) == 1 and tree.roles[opener[0]] in (Role.OBL, Role.ADVMOD) and \
        _first(tree, opener[0]) == _first(tree, v) and doc[opener[0]].pos_ != "PRON"


def _reflexive(tok: Token) -> bool:
    """Whether the morphology marks ``tok`` as a reflexive pronoun (``sich``, ``themselves``)."""
    return "Yes" in tok.morph.get("Reflex", [])


def _nominative(tree: _Tree, k: int) -> bool:
    """Whether nominal ``k``'s morphology (with its articles) allows the nominative."""
    cases = _case(tree.g.toks, k, tree.children(k, Role.DET))
    return not cases or "Nom" in cases


def _bare_name(tree: _Tree, k: int) -> bool:
    """Whether ``k`` is a proper noun without a determiner: nothing shows its case."""
    return tree.g.toks[k].pos_ in _NAMES and not tree.children(k, Role.DET)


def _name_object_first(tree: _Tree, v: int) -> bool:
    subjects = tree.children(v, Role.SUBJ)
    objects = tree.children(v, Role.OBJ)
    if len(subjects) != 1 or len(objects) != 1:
        return False
    s, o = subjects[0], objects[0]
    if not (o < v < s) or not _bare_name(tree, s) or not _bare_name(tree, o):
        return False
    if any(k < o and tree.roles[k] not in (Role.PUNCT, Role.CC, Role.FLAT, Role.COMPOUND)
           for k in tree.children(v)):
        return False  # the object is not the one phrase before the finite verb
    tree.roles[s], tree.roles[o] = Role.OBJ, Role.SUBJ
    return True


def _case(doc: tuple[Token, ...], k: int, kids: list[int]) -> set[str]:
    """Return the cases the morphology of nominal ``k`` and its determiners allows."""
    cases = set(doc[k].morph.get("Case", []))
    for d in kids:
        cases &= set(doc[d].morph.get("Case", [])) or cases
    return cases


def _dative(tree: _Tree, k: int) -> bool:
    """Return whether object ``k`` shows the dative: its article's case, or a pronoun's own.

    A possessive article counts (``seinem Gesprächspartner``). A plural dative article must
    agree with its noun in number (``den Nordosten`` is an accusative singular, whatever a
    tagger guesses from ``den``).
    """
    doc = tree.g.toks
    if tree.children(k, Role.CASE) or doc[tree.heads[k]].pos_ not in _VERBS:
        return False
    if doc[k].pos_ == "PRON":
        return doc[k].morph.get("Case", []) == ["Dat"]
    dets = tree.children(k, Role.DET) + [  # "seinem Gesprächspartner": a possessive article
        d for d in tree.children(k, Role.GEN) if doc[d].morph.get("Poss", []) == ["Yes"]]
    number = doc[k].morph.get("Number", [])
    return doc[k].pos_ in _NOUNS and bool(dets) and all(  # "den Nordosten" is no plural dative
        doc[d].morph.get("Case", []) == ["Dat"] and
        doc[d].morph.get("Number", []) in (["Sing"], number) for d in dets)


def _object_first(tree: _Tree, v: int, ambiguous: frozenset[str]) -> bool:
    doc = tree.g.toks
    subjects = tree.children(v, Role.SUBJ)
    objects = [k for k in tree.children(v, Role.OBJ, Role.OBL_ARG)
               if doc[k].pos_ in _NOUNS and not tree.children(k, Role.CASE)]
    if len(subjects) != 1 or len(objects) != 1:
        return False
    s, o = subjects[0], objects[0]
    if doc[s].pos_ == "PRON":
        if doc[s].text.lower() not in ambiguous:
            return False
    elif doc[s].pos_ not in _NOUNS:
        return False
    s_case = _shown_case(doc, s, tree.children(s, Role.DET))
    o_case = _shown_case(doc, o, tree.children(o, Role.DET))
    if (o_case == "Nom" and s_case is None) or (s_case == "Acc" and o_case is None):
        tree.roles[s], tree.roles[o] = Role.OBJ, Role.SUBJ
        return True
    if doc[s].pos_ in _NOUNS and o_case in (None, "Nom") and _dative(tree, s):
        tree.roles[s], tree.roles[o] = Role.IOBJ, Role.SUBJ  # "Dem Minister sagte Strache, …"
        return True
    return False


def _shown_case(doc: tuple[Token, ...], k: int, dets: list[int]) -> str | None:
    """Return ``Nom`` or ``Acc`` when noun ``k`` with its article shows that case unambiguously.

    Only a masculine singular with an article shows it (``der Kreml``, ``den Vertrag``).
    """
    morph = doc[k].morph
    if not dets or morph.get("Gender", []) != ["Masc"] or morph.get("Number", []) != ["Sing"]:
        return None
    cases = _case(doc, k, dets)
    return next(iter(cases)) if len(cases) == 1 and cases <= {"Nom", "Acc"} else None


_CLAUSE_START = frozenset({"–", "-", ":", "—"})


def _headline_subject(tree: _Tree, v: int) -> bool:
    doc = tree.g.toks
    first = v - 1
    if first < 0 or tree.heads[first] != v or tree.roles[first] in (Role.SUBJ, Role.SUBJ_PASS):
        return False
    if not doc[first].text[:1].isupper() or doc[first].pos_ in ("DET", "PRON", "ADP", "SCONJ"):
        return False
    if doc[first].pos_ not in _NOUNS and doc[first].ent_iob_ not in ("B", "I"):
        return False  # "Jetzt behauptet Herr Broberg …": an adverb opens the clause, no name
    if first > 0 and doc[first - 1].text not in _CLAUSE_START and \
            doc[first - 1].sent.start != first:
        return False
    if doc[first].sent.start != first and (first == 0 or doc[first - 1].text not in _CLAUSE_START):
        return False
    if "Fin" not in doc[v].morph.get("VerbForm", []) and doc[v].tag_ not in ("VVFIN",):
        return False
    later = [k for k in tree.children(v, Role.SUBJ) if k > v and doc[k].pos_ == "PROPN"
             and not tree.children(k, Role.DET)]
    if len(later) != 1 or tree.children(v, Role.OBJ):
        return False
    tree.roles[first], tree.roles[later[0]] = Role.SUBJ, Role.OBJ
    return True


_DASHES = frozenset({"–", "—"})


def _dash_boundary(tree: _Tree, v: int) -> bool:
    doc = tree.g.toks
    sent = doc[v].sent
    dash = next((j for j in range(v + 1, sent.end) if doc[j].text in _DASHES), None)
    if dash is None:
        return False
    changed = False
    for k in tree.children(v):
        if k > dash and tree.roles[k] in (Role.OBJ, Role.IOBJ, Role.OBL, Role.OBL_ARG, Role.SUBJ):
            tree.roles[k] = Role.DEP
            changed = True
    for j in range(v + 1, dash):
        if tree.heads[j] > dash and doc[j].pos_ in _NAMES and not tree.children(v, Role.OBJ):
            tree.move(j, v, Role.OBJ)
            changed = True
    return changed


_DATELINE_MAX = 8
_DATELINE_DASHES = frozenset({"–", "—", "-"})


def _dateline(tree: _Tree, start: int, end: int) -> bool:
    doc = tree.g.toks
    dash = next((j for j in range(start, min(end, start + _DATELINE_MAX))
                 if doc[j].text in _DATELINE_DASHES), None)
    if dash is None or dash == start:
        return False
    if not all(doc[k].pos_ in _NAMES or doc[k].text in ("/", ",", "(", ")") or
               (doc[k].pos_ == "DET" and k + 1 < dash and doc[k + 1].pos_ in _NAMES)
               for k in range(start, dash)):
        return False
    changed = False
    for k in range(dash + 1, end):  # "Salzburg – Der Naturschutzbund hat …": the phrase after
        top = tree.heads[k]  # the dash hung on the dateline's word takes that word's place
        if not start <= top <= dash:
            continue
        while start <= tree.heads[top] <= dash and tree.heads[top] != top:
            top = tree.heads[top]
        if tree.heads[top] != top and tree.roles[top] != Role.DEP:
            tree.move(k, tree.heads[top], tree.roles[top])
            changed = True
    for k in range(start, end):
        inside = start <= k <= dash
        crossing = inside != (start <= tree.heads[k] <= dash) and tree.heads[k] != k
        if (crossing or (inside and tree.roles[k] == Role.APPOS)) and \
                tree.roles[k] != Role.DEP:  # "Johannesburg/Khartum": a list, not an apposition
            tree.roles[k] = Role.DEP  # no link between the dateline and the clause survives
            changed = True
    return changed


def _case_on_article(tree: _Tree, i: int) -> bool:
    """Rehang preposition ``i`` from the article after it onto the article's noun (see above).

    ``mit der von Russland unterstützten Regierung``: the article right after the preposition
    is the determiner of a noun to its right that has no preposition of its own.
    """
    art = tree.heads[i]
    if art != i + 1 or tree.g.tok(art).pos_ != "DET" or tree.roles[art] != Role.DET:
        return False
    noun = tree.heads[art]
    if noun <= art or tree.g.tok(noun).pos_ not in _NOUNS or tree.children(noun, Role.CASE):
        return False
    tree.move(i, noun, Role.CASE)
    return True


def _stranded_particle(tree: _Tree, i: int) -> bool:
    doc = tree.g.toks
    if i + 1 < len(doc) and not _punct(doc[i + 1]):
        return False
    for v in range(i - 1, max(-1, i - 15), -1):
        t = doc[v]
        if _punct(t) and t.text != "-":
            return False
        if t.pos_ in _VERBS and "Fin" in t.morph.get("VerbForm", []):
            tree.move(i, v, Role.PARTICLE)
            return True
    return False
