"""Verbal clauses: predicate, subjects and objects, written once against abstract roles.

A clause is headed by a lexical verb (auxiliaries, modals and copulas are already moved under it
by :func:`kg.nlp.schemes.normalise`). Its subjects are ``SUBJ`` dependants, or in the passive the
agent (``AGENT`` or a ``von``/``durch``/``by`` phrase), with coordinated subjects distributed.
A clause without a subject inherits one: a coordinated verb from the verb (or copular clause) it
is coordinated with (``… leitete und … befehligte``, ``who is a major and works at Y``), an
infinitive (``versuchen … zu``, ``um … zu``) or an English gerund (``acted alone in killing
X``, ``…, killing three people``) from the clause that governs it — from its object when that
clause's verb is one of object control (``X wirft Y vor, … zu tun``, ``X urged Y to …``).
Objects are direct and indirect objects, the passive subject, and prepositional arguments (the
preposition becomes part of the predicate: ``verstecken hinter``). A verb + object-noun idiom
(``um Hilfe bitten``, ``Unterstützung anfordern``) turns the noun into part of the predicate and
takes the object from the remaining arguments or the noun's own modifiers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from kg.extract.candidate import Candidate
from kg.extract.qualifiers import is_source, is_time, object_control, verb_lemma
from kg.extract.relations import lemma_predicate, load_table, predicate
from kg.lang import LanguagePack, language_pack, pack_code, pack_words
from kg.nlp.schemes import Graph, Role

_OBJECT_ROLES = (Role.OBJ, Role.IOBJ, Role.OBL_ARG, Role.OBL)
_CLAUSE_ROLES = frozenset({Role.ROOT, Role.CONJ, Role.CCOMP, Role.DEP, Role.RELCL, Role.ADVCL,
                           Role.XCOMP, Role.ACL, Role.PARTICLE})
_MAX_INHERIT = 4
_FINITE_TAGS = ("VVFIN", "VV(FIN)", "VBD", "VBZ", "VBP")


def is_predicate(g: Graph, i: int) -> bool:
    """Return whether token ``i`` heads a verbal clause."""
    t = g.tok(i)
    role = g.role(i)
    if role in (Role.AUX, Role.AUX_PASS, Role.COP):
        return False
    if t.pos_ == "VERB":
        return not (role in (Role.AMOD, Role.ADVMOD) and "Part" in t.morph.get("VerbForm", []))
    if t.tag_.startswith(_FINITE_TAGS) and role in _CLAUSE_ROLES and g.children(i, Role.SUBJ):
        return True  # a finite verb the tagger gave a wrong coarse part of speech ("schickte")
    if t.pos_ == "AUX" and role in _CLAUSE_ROLES:
        return bool(g.children(i, Role.SUBJ, Role.OBJ))
    return False


def noun_forms(g: Graph, i: int, lang: str) -> list[str]:
    """Return the lemma of noun ``i`` and the pack's dictionary lemma as a cross-check."""
    t = g.tok(i)
    forms = [t.lemma_ or t.text]
    lemmatise = language_pack(lang).noun_lemma
    if lemmatise is not None:
        forms.append(lemmatise(t.text))
    return forms


def preposition(g: Graph, i: int) -> str | None:
    """Return the (lower-cased) preposition introducing nominal ``i``, if any.

    A contraction whose lemma is split (``im`` → ``in der``, ``zur`` → ``zu der``) gives its
    preposition. After a compass word of the pack's ``compass_words.txt`` the two words are the
    preposition (``nördlich von``, ``north of``): the phrase says where, so it is no agent, owner
    or origin (``20 Kilometer nördlich von Aleppo angegriffen``).
    """
    for k in g.children(i, Role.CASE):
        t = g.tok(k)
        if t.pos_ == "ADP" and not t.is_space:  # a run of spaces the parser took for one
            parts = t.lemma_.lower().split()
            word = parts[0] if len(parts) > 1 else t.text.lower()
            before = g.tok(k - 1).text.lower() if k > 0 else ""
            if before in pack_words(pack_code(g.doc.lang_), "compass_words.txt"):
                return f"{before} {word}"
            return word
    return None


def names_after(g: Graph, nouns: Iterable[int], known: Callable[[int], bool]) -> list[int]:
    """Return the names set after the common nouns among ``nouns`` (``der Zeitung Kurier``).

    A noun ``known`` does not recognise as an actor leads to the words it governs without a
    preposition (name modifier, apposition, genitive: ``der Jihadistenmiliz Islamischer Staat``).
    """
    return [n for k in nouns if not known(k)
            for n in g.children(k, Role.GEN, Role.NMOD, Role.FLAT, Role.APPOS)
            if preposition(g, n) is None]


def is_passive(g: Graph, v: int) -> bool:
    """Return whether verb ``v`` is in the passive voice.

    ``sein`` + participle counts only with an agent phrase: it is mostly a perfect tense
    (``beigetreten sind``) that small parsers label as passive.
    """
    aux = [g.tok(k).lemma_.lower() for k in g.children(v, Role.AUX_PASS)]
    if any(a not in ("sein",) for a in aux):
        return True
    return bool((aux or g.children(v, Role.SUBJ_PASS)) and g.children(v, Role.AGENT))


def _stative(g: Graph, v: int, pack: LanguagePack) -> bool:
    """Return whether participle ``v`` with a copula states a state its subject is put in.

    ``X ist bei Y beschäftigt``, ``X ist bei Siemens angestellt``: the subject is the verb's
    patient (a stative passive), so a verb the relation table lists the other way round
    (``beschäftigen``: Y employs X) is read with its subject as the patient. A verb whose
    perfect tense takes ``sein`` (``ist beigetreten``) has no such row.
    """
    if "Part" not in g.tok(v).morph.get("VerbForm", []):
        return False
    return any(g.tok(k).lemma_.lower() in pack.copulas  # a conjunct shares its list's copula
               for c in g.conjunct_chain(v)
               for k in g.children(c, Role.AUX, Role.AUX_PASS, Role.COP))


def subjects(g: Graph, v: int, pack: LanguagePack) -> list[int]:
    """Return the logical subject heads of ``v`` (passive: agents), conjuncts expanded."""
    if is_passive(g, v):
        heads = g.children(v, Role.AGENT) + [
            k for k in g.children(v, Role.OBL, Role.NMOD) if preposition(g, k) in pack.agent_preps]
        heads = heads or _stray_agent(g, v, pack)
    else:
        heads = [k for k in g.children(v, Role.SUBJ, Role.SUBJ_PASS)
                 if preposition(g, k) not in pack.source_preps]  # "Der Regierung zufolge"
    return [c for h in heads for c in g.conjuncts(h)]


def _stray_agent(g: Graph, v: int, pack: LanguagePack) -> list[int]:
    """Return an agent phrase the parser hung on a noun of the passive's own phrases.

    ``X was shot in the courtyard of his building by Y``: a name with an agent preposition
    that is no possessive one (``by``, ``durch``; not ``von``) inside a prepositional phrase of
    the verb, reached through nouns only, is the verb's agent. So is a common noun with any
    agent preposition whose phrase ends right before the participle (``sind im Norden des
    Westjordanlandes von der Armee erschossen worden``): the verb-final clause puts its agent
    there; a name there is as often a place of origin (``mit Verbindungen zu den Attentätern
    von Paris festgenommen``).
    """
    preps = pack.agent_preps - pack.possessive_preps
    todo = list(g.children(v, Role.OBL))
    while todo:
        n = todo.pop(0)
        for k in g.children(n, Role.NMOD, Role.GEN):
            if g.tok(k).pos_ not in ("NOUN", "PROPN"):
                continue
            if g.tok(k).pos_ == "PROPN" and preposition(g, k) in preps:
                return [k]
            if g.tok(k).pos_ == "NOUN" and preposition(g, k) in pack.agent_preps and \
                    max(g.subtree(k)) == v - 1:
                return [k]  # "… von der Armee erschossen" (not "den Attentätern von Paris")
            todo.append(k)
    return []


def _infinitival(g: Graph, v: int) -> bool:
    """Return whether ``v`` heads an infinitive clause (``zu haben``, ``geschickt zu haben``)."""
    t = g.tok(v)
    if "Inf" in t.morph.get("VerbForm", []) or t.tag_ in ("VB", "PTKZU", "VVIZU", "VV(IZU)"):
        return True
    return any(g.tok(k).tag_ == "PTKZU" or (g.role(k) == Role.MARK and g.tok(k).text == "zu")
               or (g.role(k) == Role.AUX and "Inf" in g.tok(k).morph.get("VerbForm", []))
               for k in g.children(v)) and "Fin" not in t.morph.get("VerbForm", [])


def _gerund(g: Graph, v: int, role: Role, pack: LanguagePack) -> bool:
    """Return whether ``v`` is a gerund clause of its verb (``acted alone in killing X``).

    An English ``-ing`` form after a locative or agent preposition (``in``/``by killing``) or as
    an adverbial clause (``…, killing three people``) has no subject of its own: it is the
    verb's. Other prepositions (``convicted of``/``charged with killing``) introduce a charge or
    a topic, not a deed of the subject (:mod:`kg.extract.accusations`).
    """
    if g.tok(v).tag_ != "VBG":
        return False
    if role == Role.ADVCL:
        return not g.children(v, Role.MARK, Role.CASE)
    return role == Role.OBL and preposition(g, v) in pack.locative_preps | pack.agent_preps


def inherited_subjects(g: Graph, v: int, pack: LanguagePack,
                       copular: bool = False) -> list[int]:
    """Return subjects a subject-less clause takes over from the clause it depends on.

    With ``copular``, a verb coordinated with a copular clause takes that clause's subject too
    (``who is a major and works at Y``); the dependency extractor asks for it, open IE does not.
    """
    cur = v
    for _ in range(_MAX_INHERIT):
        head = g.head(cur)
        role = g.role(cur)
        if head == cur or (g.tok(head).pos_ not in ("VERB", "AUX") and
                           not (copular and g.children(head, Role.COP))):
            return []  # a copular clause passes its subject on: "is a lawyer and works at Y"
        if role == Role.CONJ or (role in (Role.XCOMP, Role.ADVCL, Role.DEP, Role.CCOMP)
                                 and _infinitival(g, cur)) or _gerund(g, cur, role, pack):
            controllers = _controllers(g, head, pack) if role != Role.CONJ else []
            if controllers:
                return controllers  # "wirft Erdogan vor, … zu beschneiden": Erdogan does it
            heads = g.children(head, Role.SUBJ, Role.SUBJ_PASS)
            if heads:
                return [c for h in heads for c in g.conjuncts(h)]
            cur = head
            continue
        return []
    return []


def _controllers(g: Graph, v: int, pack: LanguagePack) -> list[int]:
    """Return the objects of an object-control verb ``v`` (pack ``object_control_verbs.tsv``).

    ``X wirft Y vor, Z zu tun``, ``X forderte Y auf, Z zu tun``, ``X urged Y to do Z``: the
    infinitive's doer is the verb's (indirect) object, not its subject; a reflexive is none.
    """
    if verb_lemma(g, v, pack) not in object_control(pack.lang):
        return []
    objects = [k for k in g.children(v, Role.IOBJ, Role.OBJ, Role.OBL_ARG)
               if g.tok(k).text.lower() not in pack.reflexive_pronouns and
               g.tok(k).pos_ in ("NOUN", "PROPN", "PRON") and preposition(g, k) is None]
    return [c for k in objects[:1] for c in g.conjuncts(k)]


def _claimed(g: Graph, v: int, k: int, prep: str, lang: str, lemma: str) -> bool:
    """Return whether phrase ``k`` of verb ``v`` belongs to the event noun right before it.

    It does when the noun's row lists the preposition, or when the verb's own row does not
    (``während seines Konflikts mit Aserbaidschan um Berg-Karabach … anforderte``: a phrase
    right after an event noun attaches to the nearest noun).
    """
    table = load_table()
    start = g.subtree(k)[0]
    for a in g.children(v, Role.OBJ, Role.OBL_ARG, Role.OBL, Role.SUBJ, Role.SUBJ_PASS):
        if a < k and g.subtree(a)[-1] + 1 == start and g.tok(a).pos_ == "NOUN":
            hit = table.event(lang, g.tok(a).lemma_)
            if hit is None:
                continue
            if prep in hit.relation.preps.get(lang, frozenset()):
                return True
            verb = table.verb(lang, lemma, prep)
            if verb is None or "+" not in verb.form:
                return True
    return False


def _raised(g: Graph, heads: list[int], wanted: frozenset[str]) -> list[tuple[int, str | None]]:
    """Find a phrase with one of the verb's prepositions attached too low, inside an argument.

    ``marschierte ohne Kriegserklärung in die Ukraine ein``, ``schickte Truppen nach
    Kasachstan``: the parser hangs the verb's phrase on a preceding noun. (For a verb listed only
    with its preposition, ``gehen im Inland gegen die PKK vor``, only a phrase on the argument
    itself is raised: :func:`clause_candidates`.)
    """
    for h in heads:
        for k in g.subtree(h):
            prep = preposition(g, k) if k != h and g.role(k) == Role.NMOD else None
            if prep in wanted:
                return [(c, prep) for c in g.conjuncts(k)]
    return []


def _middle_subjects(g: Graph, v: int, subj: list[int], lang: str) -> list[int]:
    """Return the subjects that follow a word of their verb's group and are no event noun.

    ``In der Ostukraine kämpfen Regierungstruppen gegen Separatisten``: a phrase right after a
    subject in the middle of the clause is the verb's as often as the noun's, and the verb's
    when the verb's row lists its preposition; a subject that opens the clause holds its
    phrases (``Soldaten aus Russland kämpfen``).
    """
    group = (v, *g.children(v, Role.AUX, Role.AUX_PASS))
    table = load_table()
    return [s for s in subj if g.tok(s).pos_ in ("NOUN", "PROPN") and min(group) < s and
            not any(table.event(lang, f) for f in noun_forms(g, s, lang))]


def existential(g: Graph, v: int, pack: LanguagePack) -> bool:
    """Return whether ``v`` is an existential ``es gibt`` / ``there is`` (no agent, no theme)."""
    return verb_lemma(g, v, pack) in pack.existential_verbs and any(
        g.tok(k).text.lower() in pack.expletives for k in g.children(v, Role.SUBJ, Role.OBJ,
                                                                     Role.EXPL))


def clause_candidates(g: Graph, v: int, lang: str, pack: LanguagePack) -> Iterator[Candidate]:
    """Yield the candidates of the clause headed by verb ``v``."""
    if existential(g, v, pack):
        return  # "Rüffel gab es für X": the event noun carries it (kg.extract.support)
    lemma = verb_lemma(g, v, pack)
    passive = is_passive(g, v)
    subj = subjects(g, v, pack)
    inherited = False
    if not subj and not passive:
        subj = inherited_subjects(g, v, pack, copular=True)
        inherited = bool(subj)
    stative = not passive and _stative(g, v, pack)
    patient = not subj and passive  # "X is employed at Y": no agent, the patient and a phrase
    if patient:
        subj, stative = [c for k in g.children(v, Role.SUBJ_PASS) for c in g.conjuncts(k)], True
        passive = False
    if not subj:
        return
    args: list[tuple[int, str | None]] = []
    roles = (*_OBJECT_ROLES, Role.SUBJ_PASS) if passive else _OBJECT_ROLES
    for k in g.children(v, *roles):
        prep = preposition(g, k)
        if passive and prep in pack.agent_preps:
            continue
        if is_time(g, k, pack) or g.tok(k).text.lower() in pack.reflexive_pronouns:
            continue
        if is_source(g, k, pack):
            continue  # "selon le Kremlin": who says so, not a participant
        if g.role(k) == Role.OBL and prep is None and g.tok(k).pos_ not in ("PROPN", "NOUN"):
            continue
        if g.tok(k).text.lower() in pack.purpose_marks:
            continue  # "in order to"
        if prep in pack.source_preps or g.tok(k).text.lower() in pack.source_preps:
            continue  # "laut Amnesty": the statement's source (kg.extract.attribution)
        if prep and _claimed(g, v, k, prep, lang, lemma):
            continue  # "verurteilte den Angriff Russlands auf die Ukraine": the noun's phrase
        args.extend((c, prep) for c in g.conjuncts(k))
    trigger = (v, *g.children(v, Role.PARTICLE))
    table = load_table()
    row = table.verb(lang, lemma)
    if row is not None and not row.inverse:
        wanted = row.relation.preps.get(lang, frozenset())
        if wanted and not any(p in wanted for _, p in args):
            args.extend(_raised(g, [a for a, _ in args], wanted) or
                        _raised(g, _middle_subjects(g, v, subj, lang), wanted))
    elif row is None:  # a verb listed only with its preposition (vorgehen+gegen)
        bound = [(c, p) for a, _ in args if not any(table.event(lang, f)
                                                     for f in noun_forms(g, a, lang))
                 for k in g.children(a, Role.NMOD)
                 if (p := preposition(g, k)) is not None and table.verb(lang, lemma, p) is not None
                 for c in g.conjuncts(k)]  # a phrase on the argument itself (no event noun:
        # "Einmarsch in die Ukraine" keeps its own phrase), not deeper
        if bound and not any(table.verb(lang, lemma, p) for _, p in args if p):
            args.extend(bound[:1] + [b for b in bound[1:] if b[1] == bound[0][1]])
    nested = [(k, preposition(g, k)) for a, p in args if p is None
              for k in g.children(a, Role.NMOD) if preposition(g, k)]  # "bat die OVKS um Hilfe"
    idiom = next(((a, hit) for a, _ in [*args, *nested] for form in noun_forms(g, a, lang)
                  if (hit := table.idiom(lang, lemma, form)) is not None), None)
    if idiom is not None:
        noun, hit = idiom
        pred = hit.predicate(f"{lemma} {g.tok(noun).lemma_}")
        group = g.conjuncts(noun)
        objs = [(a, p) for a, p in args if a not in group]
        objs += [(c, preposition(g, k)) for n in group for k in g.children(n, Role.NMOD, Role.GEN)
                 for c in g.conjuncts(k)]
        for s in subj:
            for o, _ in objs:
                yield Candidate("idiom", s, o, pred, v, (*trigger, noun),
                                inherited=inherited, symmetric=hit.relation.symmetric)
        return
    rule = "passive" if passive else "svo"
    for o, prep in args:
        pred, inverse = predicate(lang, lemma, prep=prep)
        if patient and (not inverse or prep is None or g.tok(o).pos_ != "PROPN"):
            continue  # the patient is no agent: a row listing the verb the other way round, and
            # a name in the phrase ("employed at Siemens", not "included in the search")
        if inverse and stative:
            inverse = False  # "X ist bei Y beschäftigt": X is whom Y employs
        if prep is None and g.role(o) == Role.OBJ and row is not None and \
                row.relation.genitive_is_theme and pred.id == row.relation.id:
            pred = lemma_predicate(lang, lemma)  # "Truppen entsenden": the theme, not the goal
        name = f"{rule}-prep" if prep and g.role(o) != Role.SUBJ_PASS else rule
        for s in subj:
            yield Candidate(name, s, o, pred, v, trigger,
                            inverse=inverse, inherited=inherited)
