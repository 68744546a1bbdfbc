"""Open-IE propositions of one clause: subject, relation words and object, as token spans.

ClausIE-style clause types, written once against abstract roles (:mod:`kg.nlp.schemes`):

* **SVO / SVOO / SVA** — a lexical verb with its auxiliaries, particle and reflexive is the
  relation, in main-clause order (finite verb first: ``die … geleitet wurde`` → ``wurde
  geleitet``; a coordinated participle shares its conjunct's auxiliary: ``wurde gebacken und
  verkauft`` → ``wurde verkauft``); each direct or indirect object, prepositional or bare
  adverbial argument is an object, the preposition joining the relation (``diente als`` |
  ``erster Premierminister``) — or, where the language pack sets ``preposition_in_object``
  (German), opening the object (``diente`` | ``als erster Premierminister``, see
  :func:`kg.extract.openie.preposition_to_object`); a conjunct without a preposition of its own
  takes the shared one (``wohnte in Lyon und Genf`` → ``wohnte in`` | ``Genf``). With one direct
  object, an adverbial goes with the object in the relation (``begann ihre Filmkarriere mit`` |
  ``dem Film``).
* **SVC** — a copula (``ist``, ``wurde``, ``became``) with a nominal or adjectival predicate:
  ``X | wurde | Gründungsrichter``; an adjectival or participial predicate takes its
  prepositional arguments (``war involviert in`` | ``die Organisation``).
* **nested attributes** (MinIE) — a genitive or prepositional attribute of an object is an object
  of its own, the rest of the phrase joining the relation (``diente als erster Premierminister
  von`` | ``Australien``), and the object without it a minimal variant. Where the pack sets
  ``nested_adverbials=False`` (German), an adverbial stays whole (``am Rande von Murray``).
* **subjects** — explicit (passive subjects too) and nominal (a verb or a stray bracket the
  parser made a subject gives no fact), coordinated subjects distributed, a subject's
  apposition a subject too (``Stephen McCartin, Mr. Hunts Anwalt, sagte`` → ``Mr. Hunts Anwalt |
  sagte | …``), inherited by coordinated verbs and control infinitives (whose governing verb
  joins the relation: ``half zu sammeln``), the antecedent of a relative pronoun, the noun a
  participle modifies. An infinitive no governing verb joins (``um … zu erhalten``, ``to pay
  his debts``) states a purpose and gives no fact of its own.

* **ranges** (German: the pack's ``range_preps``) — ``von 2006 bis 2008`` is one object (the
  chained one), neither end an object by itself.
* **first field** (verb-second languages: the pack's ``verb_bracket``) — a prepositional
  adverbial before the finite verb of a main clause whose subject follows the verb (``Im Jahr
  2010 lieferte X eine Kritik``) is the clause's setting, not an object.

Appositions (``X, Y`` → ``X | ist | Y``) are handled by :func:`apposition_propositions`; the
wider-object variants of a verbal clause (leading adverbs, chained adverbials, clausal objects,
the German verb bracket) by :mod:`kg.extract.openie_variants`.
"""

from __future__ import annotations

from collections.abc import Iterator

from kg.extract.arguments import Arguments
from kg.extract.clauses import inherited_subjects, is_predicate, preposition
from kg.extract.openie_clausal import is_infinitive as _infinitive
from kg.extract.openie_proposition import Proposition
from kg.extract.openie_spans import attributes, case_tokens, np_span, shared_case
from kg.extract.openie_variants import variants
from kg.lang import LanguagePack, language_pack
from kg.nlp.schemes import Graph, Role

_ARG_ROLES = (Role.OBJ, Role.IOBJ, Role.OBL_ARG, Role.OBL, Role.AGENT, Role.TIME, Role.XCOMP)
_NOMINAL = frozenset({"NOUN", "PROPN", "NUM", "PRON", "X"})
_VERB_WORDS = (Role.AUX, Role.AUX_PASS, Role.COP, Role.PARTICLE)
_NESTING = 2


def predicate_heads(g: Graph, i: int) -> str | None:
    """Return the clause type headed by token ``i``: ``verb``, ``copula`` or None."""
    t = g.tok(i)
    if g.children(i, Role.COP) and g.role(i) not in (Role.AUX, Role.AUX_PASS, Role.COP):
        return "copula"
    if t.pos_ in ("AUX", "VERB") and g.role(i) not in (Role.AUX, Role.AUX_PASS, Role.COP) and \
            any(g.tok(k).pos_ in _NOMINAL | {"ADJ"} for k in g.children(i, Role.XCOMP)):
        return "verb"
    return "verb" if is_predicate(g, i) else None


def relation_tokens(g: Graph, v: int, pack: LanguagePack) -> list[int]:
    """Return the verb words of the clause headed by ``v``: auxiliaries, particle, reflexive."""
    out = [v, *g.children(v, *_VERB_WORDS)]
    out += [k for k in g.children(v, Role.OBJ, Role.IOBJ, Role.EXPL)
            if g.tok(k).text.lower() in pack.reflexive_pronouns and g.tok(k).text.lower() != "es"]
    out += [k for k in g.children(v, Role.MARK) if g.tok(k).tag_ == "PTKZU"
            or (g.tok(k).text.lower() in ("zu", "to") and g.tok(k).pos_ == "PART")]
    head = g.head(v)
    if g.role(v) == Role.XCOMP and head != v and g.tok(head).pos_ in ("VERB", "AUX"):
        out += [head, *g.children(head, *_VERB_WORDS)]  # "half … zu sammeln"
    return finite_first(g, out + shared_auxiliaries(g, v))


def shared_auxiliaries(g: Graph, v: int) -> list[int]:
    """Return the auxiliaries a coordinated participle or infinitive shares with its conjuncts.

    An auxiliary before the first or after the last of coordinated verb forms governs them all:
    ``wurde gewählt und vereidigt`` (``wurde vereidigt``), ``… geschnitten und gespült wird``
    (``wird geschnitten``), ``kann aufbereitet und gesiebt werden`` (``kann aufbereitet
    werden``). A finite conjunct or one with auxiliaries of its own shares none.
    """
    if _finite(g, v) or g.children(v, Role.AUX, Role.AUX_PASS):
        return []
    top = v
    while g.role(top) == Role.CONJ and g.head(top) != top and \
            g.tok(g.head(top)).pos_ in ("VERB", "AUX"):
        top = g.head(top)
    group = g.conjuncts(top)
    if len(group) < 2:
        return []
    return [a for c in group if c != v for a in g.children(c, Role.AUX, Role.AUX_PASS)
            if a < group[0] or a > group[-1]]


def finite_first(g: Graph, tokens: list[int]) -> list[int]:
    """Return verb words in text order with the finite verb first, as a main clause has them.

    A subordinate clause ends with its finite verb (``die … geleitet wurde``); its relation is
    read in main-clause order (``wurde geleitet``, ``befindet sich``, ``können erforderlich
    sein``). Without a finite word (or with it first already), text order stands.
    """
    ordered = sorted(set(tokens))
    finite = [k for k in ordered if _finite(g, k)]
    if not finite or finite[0] == ordered[0]:
        return ordered
    return [finite[0], *(k for k in ordered if k != finite[0])]


def _finite(g: Graph, k: int) -> bool:
    t = g.tok(k)
    return t.pos_ in ("VERB", "AUX") and ("Fin" in t.morph.get("VerbForm", [])
                                          or "FIN" in t.tag_)


def clause_subjects(g: Graph, v: int, args: Arguments, pack: LanguagePack) -> list[int]:
    """Return the subject heads of clause ``v`` (see the module docstring)."""
    heads = g.children(v, Role.SUBJ, Role.SUBJ_PASS)
    if not heads:
        heads = [k for k in g.children(v, Role.EXPL) if g.tok(k).text.lower() in ("es", "there")]
    out: list[int] = []
    for h in heads:
        for c in g.conjuncts(h):
            out.extend(args.antecedent(c) if _relative(g, c, args, pack) else [c])
    out += [a for c in list(out) for a in g.children(c, Role.APPOS)  # "X, Mr. Hunts Anwalt,"
            if g.tok(a).pos_ in ("NOUN", "PROPN") and a not in out]
    if out:
        return out
    if g.role(v) in (Role.ACL, Role.AMOD) and g.tok(g.head(v)).pos_ in _NOMINAL:
        return [g.head(v)]  # "the film directed by X"
    return [a for c in inherited_subjects(g, v, pack)
            for a in (args.antecedent(c) if _relative(g, c, args, pack) else [c])]


def _nominal(g: Graph, i: int) -> bool:
    """Return whether ``i`` can head an argument: a noun, name, number, pronoun or demonstrative.

    A verb or a stray bracket the parser made a subject (``erbringen | gehören | …``) is none.
    """
    t = g.tok(i)
    if t.pos_ == "DET":  # a demonstrative standing alone ("Dies steht …"), not a stray article
        return "Art" not in t.morph.get("PronType", []) and any(c.isalpha() for c in t.text)
    return t.pos_ in _NOMINAL | {"ADJ"} and any(c.isalnum() for c in t.text)


def _relative(g: Graph, i: int, args: Arguments, pack: LanguagePack) -> bool:
    """Return whether ``i`` is a relative pronoun (also when tagged as a demonstrative)."""
    return args.is_relative(i) or (g.tok(i).pos_ in ("PRON", "DET")
                                   and g.tok(i).text.lower() in pack.relative_pronouns
                                   and _in_relative_clause(g, i))


def _in_relative_clause(g: Graph, i: int) -> bool:
    cur = i
    for _ in range(4):
        if g.role(cur) == Role.RELCL:
            return True
        if g.head(cur) == cur:
            return False
        cur = g.head(cur)
    return False


def _arguments(g: Graph, v: int, args: Arguments, pack: LanguagePack) -> list[int]:
    out: list[int] = []
    for k in g.children(v, *_ARG_ROLES):
        t = g.tok(k)
        low = t.text.lower()
        if low in pack.reflexive_pronouns or low in pack.purpose_marks:
            continue
        if g.role(k) == Role.XCOMP and t.pos_ not in _NOMINAL:
            continue
        if t.pos_ not in _NOMINAL and not (t.pos_ == "ADJ" and g.role(k) == Role.XCOMP):
            continue
        for c in g.conjuncts(k):
            out.extend(args.antecedent(c) if _relative(g, c, args, pack) else [c])
    return out


def _nested(g: Graph, subj: int, rel: list[int], obj: int, anchor: int, rule: str,
            depth: int = 0) -> Iterator[Proposition]:
    """MinIE: each attribute of ``obj`` as an object, the rest of the phrase in the relation."""
    if depth >= _NESTING:
        return
    lo, _ = np_span(g, obj)
    for n in attributes(g, obj):
        inner = set(g.subtree(n))
        start = min(inner)
        if start < obj:
            continue
        words = [k for k in range(lo, start) if k not in inner] + case_tokens(g, n)
        relation = [*rel, *words]
        for c in g.conjuncts(n):  # "a combination of | funding priorities", "… | requirements"
            yield Proposition(rule + "-nested", subj, np_span(g, subj), tuple(relation), c,
                              np_span(g, c), anchor)
            yield from _nested(g, subj, relation, c, anchor, rule, depth + 1)


def _adverbial(g: Graph, o: int) -> bool:
    """Return whether argument ``o`` is an adverbial (``am Rande von Murray``), not ``als X``."""
    return g.role(o) in (Role.OBL, Role.TIME) and not any(
        g.tok(k).text.lower() in ("als", "as") for k in case_tokens(g, o))


def _facts(g: Graph, subjects: list[int], rel: list[int], objects: list[tuple[int, list[int]]],
           anchor: int, rule: str, nest_adverbials: bool = True) -> Iterator[Proposition]:
    for s in subjects:
        for o, extra in objects:
            if o == s:
                continue
            relation = [*rel, *extra, *shared_case(g, o)]
            yield Proposition(rule, s, np_span(g, s), tuple(relation), o, np_span(g, o), anchor)
            if not nest_adverbials and _adverbial(g, o):
                continue  # an adverbial stays whole: "am Rande von Murray"
            later = [k for n in attributes(g, o) if n > o for k in g.subtree(n)]
            if later:  # MinIE: the object without its attributes ("Premierminister")
                yield Proposition(rule + "-minimal", s, np_span(g, s), tuple(relation), o,
                                  np_span(g, o, later), anchor)
            yield from _nested(g, s, relation, o, anchor, rule)


def _fronted(g: Graph, v: int, rel: list[int], subjects: list[int]) -> set[int]:
    """Return the adverbials before the finite verb of a verb-second clause (its first field).

    ``Im Jahr 2010 lieferte RedLetterMedia eine Kritik``, ``Nach einer Pause wurde er Lord``:
    a prepositional adverbial that opens a main clause, the subject after the finite verb, sets
    the scene of the whole statement; BenchIE's German gold does not make it an object of its
    own, nor the end of a relation that takes in the direct object.
    """
    finite = [k for k in rel if _finite(g, k)]
    if not finite or not subjects or min(subjects) < finite[0]:
        return set()
    return {o for o in g.children(v, Role.OBL, Role.TIME) if o < finite[0] and _adverbial(g, o)}


def _range_parts(g: Graph, objects: list[int], pack: LanguagePack) -> set[int]:
    """Return the arguments that are the two ends of a range (``von 2006 bis 2008``).

    A phrase with a range's first preposition right before one with its last (the pack's
    ``range_preps``) names one stretch of time or space; neither end is an object by itself
    (the chained object, :mod:`kg.extract.openie_chains`, is the range).
    """
    starts, ends = pack.range_preps
    out: set[int] = set()
    for a in objects:
        if preposition(g, a) not in starts:
            continue
        for b in objects:
            gap = set(range(np_span(g, a)[1] + 1, np_span(g, b)[0]))
            if b > a and preposition(g, b) in ends and gap <= set(case_tokens(g, b)):
                out |= {a, b}
    return out


def _bare_infinitive(g: Graph, v: int, rel: list[int]) -> bool:
    """Return whether clause ``v`` is an infinitive that no governing verb joins.

    A control infinitive takes its governing verb into the relation (``half zu sammeln``,
    ``began to absorb``); an infinitive whose relation is its own words alone (``um … zu
    erhalten``, ``in order to obtain``, ``dazu bestimmt, … zu entsprechen``) states a purpose
    or a circumstance, with a subject borrowed from another clause: BenchIE has no fact for it.
    """
    own = {v, *g.children(v)}
    marked = _infinitive(g, v) or any(
        g.tok(k).text.lower() in ("zu", "to") and g.tok(k).pos_ in ("PART", "AUX")
        and g.tok(k).tag_ in ("TO", "PTKZU") for k in g.children(v))
    return marked and set(rel) <= own


def verb_propositions(g: Graph, v: int, args: Arguments,
                      pack: LanguagePack) -> Iterator[Proposition]:
    """Yield the propositions of the verbal clause headed by ``v``."""
    subjects = [s for s in clause_subjects(g, v, args, pack) if _nominal(g, s)]
    if not subjects:
        return
    rel = relation_tokens(g, v, pack)
    if _bare_infinitive(g, v, rel):
        return  # "…, um die Aktie zu erhalten": a purpose, no statement of its own
    objs = _arguments(g, v, args, pack)
    direct = [o for o in objs if g.role(o) in (Role.OBJ, Role.OBL_ARG, Role.XCOMP)
              and not case_tokens(g, o)]
    chosen: list[tuple[int, list[int]]] = []
    fronted = _fronted(g, v, rel, subjects) if pack.verb_bracket else set()
    for o in objs:
        if o in fronted:
            continue  # "Im Jahr 2010 lieferte X …": the clause's setting, no object
        if len(direct) == 1 and o not in direct and o not in g.conjuncts(direct[0]) \
                and g.role(o) != Role.IOBJ:
            d = direct[0]
            lo, hi = np_span(g, d)
            chosen.append((o, list(range(lo, hi + 1))))  # "begann ihre Filmkarriere | 1947"
        else:
            chosen.append((o, []))
    parts = _range_parts(g, [o for o, _ in chosen], pack) if pack.chained_obliques else set()
    single = [c for c in chosen if c[0] not in parts]  # "von 2006 bis 2008": one object (chain)
    yield from _facts(g, subjects, rel, single, v, "openie-verb", pack.nested_adverbials)
    yield from variants(g, v, subjects, rel, chosen, direct, pack.lang)


def copula_propositions(g: Graph, p: int, args: Arguments,
                        pack: LanguagePack) -> Iterator[Proposition]:
    """Yield the propositions of a copular clause whose predicate is ``p``."""
    subjects = [s for s in clause_subjects(g, p, args, pack) if _nominal(g, s)]
    if not subjects:
        return
    cop = finite_first(g, [k for k in g.children(p, *_VERB_WORDS) if k != p])
    t = g.tok(p)
    if t.pos_ in _NOMINAL:
        yield from _facts(g, subjects, cop, [(p, [])], p, "openie-copula")
        lo, hi = np_span(g, p)
        pred = [*case_tokens(g, p), *range(lo, hi + 1)]
        extra = [o for o in _arguments(g, p, args, pack) if g.role(o) != Role.XCOMP]
        yield from _facts(g, subjects, cop, [(o, pred) for o in extra], p, "openie-copula")
        return
    rel = finite_first(g, [*cop, p])
    objs = _arguments(g, p, args, pack)
    if objs:
        yield from _facts(g, subjects, rel, [(o, []) for o in objs], p, "openie-copula")
    else:
        yield from (Proposition("openie-copula", s, np_span(g, s), tuple(cop), p,
                                np_span(g, p), p) for s in subjects)


def apposition_propositions(g: Graph, i: int, lang: str) -> Iterator[Proposition]:
    """Yield ``X | ist | Y`` for each appositive noun phrase ``Y`` of noun ``i``."""
    for y in g.children(i, Role.APPOS):
        if g.tok(y).pos_ not in _NOMINAL or g.tok(y).pos_ == "PRON":
            continue
        for c in g.conjuncts(y):
            yield Proposition("openie-apposition", i, np_span(g, i), (), c, np_span(g, c), i,
                              implicit=language_pack(lang).copula_form)
