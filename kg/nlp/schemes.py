"""Dependency label schemes mapped onto abstract roles, and one normalised view of a parse.

Extraction rules are written once, against :class:`Role` values on a :class:`Graph`. Three label
schemes are supported:

* ``ud`` — Universal Dependencies (kg's own German pipeline): ``nsubj``, ``obj``, ``obl`` …
* ``tiger`` — TIGER (official ``de_core_news_*`` models): ``sb``, ``oa``, ``mo``, ``nk`` …
* ``clear`` — ClearNLP (English ``en_core_web_*``): ``nsubj``, ``dobj``, ``prep``/``pobj`` …

:func:`normalise` rewrites the structural differences into UD's shape, in one place:

* prepositions that head their noun (TIGER ``mo``/``op``/``sbp``/``pg`` + ``nk``, ClearNLP
  ``prep``/``agent`` + ``pobj``) become ``CASE`` children of the noun, which takes their role;
* a finite auxiliary or modal that heads the clause (TIGER ``oc``) is moved under its lexical verb;
* a copula that heads the clause (TIGER ``pd``, ClearNLP ``attr``/``acomp``) is moved under its
  predicate;
* TIGER coordination (``A -cd-> und -cj-> B``) becomes ``B -conj-> A``;
* parse errors seen with small models are repaired: dependants of an auxiliary are moved to its
  verb, ``werden`` + participle labelled as a plain auxiliary becomes a passive auxiliary,
  subjects of passive verbs become ``SUBJ_PASS``, a stray separable particle is attached to
  the closest verb before it, an unmarked genitive ``nmod``/``appos`` becomes ``GEN``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from spacy.tokens import Doc, Token

from kg.errors import ConfigError, available


class Role(StrEnum):
    """Scheme-independent grammatical roles."""

    ROOT = "root"
    SUBJ = "subj"
    SUBJ_PASS = "subj_pass"
    OBJ = "obj"
    IOBJ = "iobj"
    OBL = "obl"
    OBL_ARG = "obl_arg"  # prepositional object
    TIME = "time"  # bare temporal modifier (obl:tmod)
    AGENT = "agent"
    PRED = "pred"  # predicative complement of a copula (before normalisation)
    NEG = "neg"
    PARTICLE = "particle"
    AUX = "aux"
    AUX_PASS = "aux_pass"
    COP = "cop"
    APPOS = "appos"
    CONJ = "conj"
    CC = "cc"
    NMOD = "nmod"
    GEN = "gen"  # genitive / possessive attribute
    AMOD = "amod"
    DET = "det"
    NUMMOD = "nummod"
    COMPOUND = "compound"
    FLAT = "flat"
    CASE = "case"
    MARK = "mark"
    RELCL = "relcl"
    ACL = "acl"
    XCOMP = "xcomp"
    CCOMP = "ccomp"
    ADVCL = "advcl"
    ADVMOD = "advmod"
    EXPL = "expl"
    PUNCT = "punct"
    DEP = "dep"
    # transient roles only seen inside normalise()
    PREP = "prep"  # a preposition that heads its noun (TIGER/ClearNLP)
    POBJ = "pobj"  # the noun under such a preposition
    NK = "nk"  # TIGER noun-kernel element: resolved by part of speech
    OC = "oc"  # TIGER clausal/verbal object
    MO = "mo"  # TIGER modifier: resolved by part of speech


@dataclass(frozen=True, slots=True)
class LabelScheme:
    """One dependency label set and the structural conventions it follows."""

    name: str
    roles: Mapping[str, Role]
    adp_heads_pp: bool = False
    aux_heads_clause: bool = False
    copula_heads_clause: bool = False
    cc_heads_conjuncts: bool = False
    pp_roles: Mapping[str, Role] | None = None  # role a PP's noun takes from the ADP's label

    def role(self, label: str) -> Role:
        """Return the role of a dependency label (unknown labels give ``DEP``)."""
        if label in self.roles:
            return self.roles[label]
        base = label.split(":", 1)[0]
        return self.roles.get(base, Role.DEP)


_COMMON = {"ROOT": Role.ROOT, "root": Role.ROOT, "punct": Role.PUNCT, "dep": Role.DEP}

UD = LabelScheme(
    name="ud",
    roles={
        **_COMMON,
        "nsubj": Role.SUBJ, "nsubj:pass": Role.SUBJ_PASS, "csubj": Role.SUBJ,
        "csubj:pass": Role.SUBJ_PASS, "obj": Role.OBJ, "iobj": Role.IOBJ, "obl": Role.OBL,
        "obl:arg": Role.OBL_ARG, "obl:agent": Role.AGENT, "obl:tmod": Role.TIME,
        "nmod": Role.NMOD, "nmod:poss": Role.GEN, "det:poss": Role.GEN, "appos": Role.APPOS,
        "conj": Role.CONJ, "cc": Role.CC, "amod": Role.AMOD, "det": Role.DET,
        "nummod": Role.NUMMOD, "compound": Role.COMPOUND, "compound:prt": Role.PARTICLE,
        "flat": Role.FLAT, "flat:name": Role.FLAT, "case": Role.CASE, "mark": Role.MARK,
        "acl": Role.ACL, "acl:relcl": Role.RELCL, "xcomp": Role.XCOMP, "ccomp": Role.CCOMP,
        "advcl": Role.ADVCL, "advmod": Role.ADVMOD, "aux": Role.AUX, "aux:pass": Role.AUX_PASS,
        "cop": Role.COP, "expl": Role.EXPL, "parataxis": Role.DEP,
    },
)

TIGER = LabelScheme(
    name="tiger",
    roles={
        **_COMMON,
        "sb": Role.SUBJ, "sbp": Role.PREP, "oa": Role.OBJ, "oa2": Role.OBJ, "da": Role.IOBJ,
        "og": Role.IOBJ, "op": Role.PREP, "mo": Role.MO, "cvc": Role.PREP, "pg": Role.PREP,
        "mnr": Role.PREP, "ng": Role.NEG, "svp": Role.PARTICLE, "pd": Role.PRED, "oc": Role.OC,
        "rc": Role.RELCL, "re": Role.CCOMP, "cp": Role.MARK, "cm": Role.MARK, "ag": Role.GEN,
        "app": Role.APPOS, "pnc": Role.FLAT, "uc": Role.FLAT, "nk": Role.NK, "cj": Role.CONJ,
        "cd": Role.CC, "ju": Role.CC, "par": Role.DEP, "ep": Role.EXPL, "avc": Role.ADVMOD,
        "adc": Role.ADVMOD, "nmc": Role.NUMMOD, "ac": Role.CASE, "ph": Role.DEP,
        "dm": Role.DEP, "cc": Role.DEP, "rs": Role.DEP, "sp": Role.PRED, "vo": Role.DEP,
    },
    adp_heads_pp=True,
    aux_heads_clause=True,
    copula_heads_clause=True,
    cc_heads_conjuncts=True,
    pp_roles={"sbp": Role.AGENT, "op": Role.OBL_ARG, "pg": Role.GEN, "mnr": Role.NMOD,
              "cvc": Role.OBL, "mo": Role.OBL},
)

CLEAR = LabelScheme(
    name="clear",
    roles={
        **_COMMON,
        "nsubj": Role.SUBJ, "nsubjpass": Role.SUBJ_PASS, "csubj": Role.SUBJ,
        "csubjpass": Role.SUBJ_PASS, "dobj": Role.OBJ, "dative": Role.IOBJ, "prep": Role.PREP,
        "agent": Role.PREP, "pobj": Role.POBJ, "pcomp": Role.POBJ, "attr": Role.PRED,
        "acomp": Role.PRED, "oprd": Role.XCOMP, "neg": Role.NEG, "prt": Role.PARTICLE,
        "aux": Role.AUX, "auxpass": Role.AUX_PASS, "appos": Role.APPOS, "conj": Role.CONJ,
        "cc": Role.CC, "preconj": Role.CC, "poss": Role.GEN, "amod": Role.AMOD,
        "compound": Role.COMPOUND, "nmod": Role.COMPOUND, "npadvmod": Role.ADVMOD,
        "det": Role.DET, "predet": Role.DET, "nummod": Role.NUMMOD, "quantmod": Role.NUMMOD,
        "case": Role.CASE, "mark": Role.MARK, "relcl": Role.RELCL, "xcomp": Role.XCOMP,
        "ccomp": Role.CCOMP, "advcl": Role.ADVCL, "acl": Role.ACL, "advmod": Role.ADVMOD,
        "expl": Role.EXPL, "parataxis": Role.DEP, "intj": Role.DEP, "meta": Role.DEP,
    },
    adp_heads_pp=True,
    copula_heads_clause=True,
    pp_roles={"agent": Role.AGENT, "prep": Role.OBL},
)

SCHEMES: dict[str, LabelScheme] = {s.name: s for s in (UD, TIGER, CLEAR)}

_MARKERS = {
    "tiger": frozenset({"sb", "oa", "nk", "mo", "da", "oc", "rc", "cj", "cd", "svp", "ng"}),
    "clear": frozenset({"dobj", "pobj", "prep", "nsubjpass", "auxpass", "poss", "prt", "attr"}),
    "ud": frozenset({"obj", "obl", "nmod", "nsubj:pass", "aux:pass", "compound:prt", "flat",
                     "obl:arg", "acl:relcl", "det:poss", "flat:name"}),
}


def detect_scheme(source: Any) -> LabelScheme:
    """Return the label scheme of a pipeline, a parsed Doc, a scheme name or a set of labels.

    Raises :class:`~kg.errors.ConfigError` when nothing parser-like is found.
    """
    if isinstance(source, LabelScheme):
        return source
    if isinstance(source, str):
        if source in SCHEMES:
            return SCHEMES[source]
        raise ConfigError(f"unknown label scheme {source!r}; expected one of {available(SCHEMES)}")
    labels: set[str]
    if isinstance(source, Doc):
        labels = {t.dep_ for t in source}
    elif hasattr(source, "pipe_names"):
        labels = set()
        for name in source.pipe_names:
            pipe = source.get_pipe(name)
            if hasattr(pipe, "moves") or name in ("parser", "trainable_parser"):
                labels |= set(getattr(pipe, "labels", ()))
    else:
        labels = {str(x) for x in source}
    scores = {name: len(labels & marks) for name, marks in _MARKERS.items()}
    best = max(scores, key=lambda name: scores[name])
    if scores[best] == 0 and isinstance(source, Doc) and labels:
        fallback = _fallback_scheme(labels, source.lang_)
        if fallback is not None:
            return fallback
    if scores[best] == 0:
        raise ConfigError(
            f"cannot tell the dependency label scheme from labels {available(labels, 8)}; "
            f"expected one of {available(SCHEMES)} (is there a parser in the pipeline?)")
    return SCHEMES[best]


def _usual_scheme(lang: str) -> str:
    from ..errors import LanguageError
    from ..lang import language_pack

    try:
        return language_pack(lang).label_scheme
    except LanguageError:
        return ""


def _fallback_scheme(labels: set[str], lang: str) -> LabelScheme | None:
    """Pick a scheme for a short parse whose labels mark none (``nsubj``, ``det``, ``punct``).

    Schemes that know every label qualify; among them the language's usual scheme wins.
    """
    def known(s: LabelScheme) -> bool:
        return all(x in s.roles or x.split(":", 1)[0] in s.roles for x in labels)

    fits = [s for s in SCHEMES.values() if known(s)]
    preferred = SCHEMES.get(_usual_scheme(lang))
    if preferred in fits:
        return preferred
    return fits[0] if fits else None


_NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM", "X"})
_VERBAL = frozenset({"VERB", "AUX"})


@dataclass(frozen=True, slots=True)
class Graph:
    """A parse in UD shape with abstract roles; token indices are ``Doc`` indices."""

    doc: Doc
    scheme: LabelScheme
    heads: tuple[int, ...]
    roles: tuple[Role, ...]
    kids: tuple[tuple[int, ...], ...]

    toks: tuple[Token, ...] = ()  # the doc's tokens, made once (``doc[i]`` builds a new object)

    def tok(self, i: int) -> Token:
        """Return token ``i``."""
        return self.toks[i]

    def role(self, i: int) -> Role:
        """Return the normalised role of token ``i``."""
        return self.roles[i]

    def head(self, i: int) -> int:
        """Return the normalised head of token ``i`` (itself for a root)."""
        return self.heads[i]

    def children(self, i: int, *roles: Role) -> list[int]:
        """Return the children of ``i`` in order, only those with one of ``roles`` if given."""
        if not roles:
            return list(self.kids[i])
        return [k for k in self.kids[i] if self.roles[k] in roles]

    def conjuncts(self, i: int) -> list[int]:
        """Return ``i`` and every token coordinated with it below it, in text order."""
        seen = {i}
        stack = [i]
        while stack:
            for k in self.children(stack.pop(), Role.CONJ):
                if k not in seen:  # a parse whose normalised heads form a cycle ends here
                    seen.add(k)
                    stack.append(k)
        return sorted(seen)

    def conjunct_chain(self, i: int) -> list[int]:
        """Return ``i`` and the tokens it is coordinated under, up to its list's first conjunct.

        ``Betriebsratsvorsitzender und SPÖ-Klubobmann``: from the second noun, both; the last
        is the list's first conjunct, which carries what the list shares (its copula, its
        preposition). A cycle in the heads ends the walk.
        """
        chain = [i]
        while self.role(i) == Role.CONJ and self.head(i) not in chain:
            i = self.head(i)
            chain.append(i)
        return chain

    def subtree(self, i: int) -> list[int]:
        """Return the indices of ``i``'s normalised subtree, sorted (each once, cycles cut)."""
        return subtree(self.kids, i)


def subtree(kids: Sequence[Sequence[int]], i: int) -> list[int]:
    """Return the indices under ``i`` (``i`` too) by a children index, sorted, each once.

    Shared by :meth:`Graph.subtree` and the parse repairs' mutable tree; a cycle in the heads
    ends the walk instead of looping forever.
    """
    seen, stack = {i}, [i]
    while stack:
        for k in kids[stack.pop()]:
            if k not in seen:
                seen.add(k)
                stack.append(k)
    return sorted(seen)


def normalise(doc: Doc, scheme: LabelScheme | str | None = None) -> Graph:
    """Build the :class:`Graph` of a parsed ``doc`` (the scheme is detected when not given)."""
    sch = detect_scheme(doc if scheme is None else scheme)
    toks = tuple(doc)
    head_of = [t.head.i for t in toks]
    heads: list[int] = _Heads(head_of)
    roles = [Role.ROOT if h == i else sch.role(t.dep_)
             for i, (t, h) in enumerate(zip(toks, head_of, strict=True))]
    pos = [t.pos_ for t in toks]
    if sch.adp_heads_pp:
        _lower_prepositions(doc, sch, heads, roles, pos)
    if sch.cc_heads_conjuncts:
        _lift_conjuncts(heads, roles)
    if sch.aux_heads_clause:
        _lower_auxiliaries(doc, heads, roles, pos)
    if sch.copula_heads_clause:
        _lower_copulas(heads, roles, pos)
    _resolve_transient(doc, heads, roles, pos)
    _repair(doc, heads, roles, pos)
    assert isinstance(heads, _Heads)
    kids = tuple(tuple(k) for k in heads.kids)
    return Graph(doc, sch, tuple(heads), tuple(roles), kids, toks)


class _Heads(list[int]):
    """Head indices that keep a children index up to date as heads are reassigned."""

    def __init__(self, heads: Sequence[int]) -> None:
        super().__init__(heads)
        self.kids: list[list[int]] = [[] for _ in heads]
        for i, h in enumerate(heads):
            if h != i:
                self.kids[h].append(i)

    def __setitem__(self, i: Any, h: Any) -> None:
        old = self[i]
        if old != i:
            self.kids[old].remove(i)
        super().__setitem__(i, h)
        if h != i:
            self.kids[h].append(i)
            self.kids[h].sort()


def _children(heads: Sequence[int], i: int) -> list[int]:
    assert isinstance(heads, _Heads)
    return list(heads.kids[i])


def _promote(heads: list[int], roles: list[Role], old: int, new: int, old_role: Role) -> None:
    """Put ``new`` where ``old`` was; ``old`` and its other children go under ``new``."""
    if heads[old] == old:
        heads[new] = new
    else:
        heads[new] = heads[old]
    roles[new] = roles[old]
    for k in _children(heads, old):
        if k != new:
            heads[k] = new
    heads[old] = new
    roles[old] = old_role


def _lower_prepositions(doc: Doc, sch: LabelScheme, heads: list[int], roles: list[Role],
                        pos: list[str]) -> None:
    pp_roles = sch.pp_roles or {}
    for p in range(len(doc)):
        if roles[p] not in (Role.PREP, Role.MO) or pos[p] != "ADP":
            continue
        kids = _children(heads, p)
        nouns = [k for k in kids if roles[k] in (Role.NK, Role.POBJ) and pos[k] in _NOMINAL]
        if not nouns:
            nouns = [k for k in kids if roles[k] in (Role.NK, Role.POBJ)]
        if not nouns:
            continue
        noun = nouns[-1]
        label = doc[p].dep_
        target = pp_roles.get(label, Role.OBL)
        if target in (Role.OBL, Role.OBL_ARG) and pos[heads[p]] not in _VERBAL | {"ADJ"}:
            target = Role.NMOD if target == Role.OBL else target
        _promote(heads, roles, p, noun, Role.CASE)
        roles[noun] = target if heads[noun] != noun else Role.ROOT


def _lift_conjuncts(heads: list[int], roles: list[Role]) -> None:
    for c in range(len(heads)):
        if roles[c] == Role.CONJ and roles[heads[c]] == Role.CC:
            cc = heads[c]
            heads[c] = heads[cc]


def _lower_auxiliaries(doc: Doc, heads: list[int], roles: list[Role], pos: list[str]) -> None:
    for _ in range(4):  # chains: hat … gegründet werden müssen
        changed = False
        for v in range(len(doc)):
            if pos[v] not in _VERBAL:
                continue
            ocs = [k for k in _children(heads, v) if roles[k] == Role.OC and pos[k] in _VERBAL
                   and "Fin" not in doc[k].morph.get("VerbForm", [])]
            if not ocs:
                continue
            w = ocs[-1]
            passive = doc[v].lemma_ == "werden" and "Part" in doc[w].morph.get("VerbForm", [])
            _promote(heads, roles, v, w, Role.AUX_PASS if passive else Role.AUX)
            changed = True
        if not changed:
            break


def _lower_copulas(heads: list[int], roles: list[Role], pos: list[str]) -> None:
    for v in range(len(heads)):
        if pos[v] not in _VERBAL:
            continue
        preds = [k for k in _children(heads, v) if roles[k] == Role.PRED]
        if preds:
            _promote(heads, roles, v, preds[0], Role.COP)


def _resolve_transient(doc: Doc, heads: list[int], roles: list[Role], pos: list[str]) -> None:
    by_pos = {"DET": Role.DET, "ADJ": Role.AMOD, "NUM": Role.NUMMOD, "NOUN": Role.COMPOUND,
              "PROPN": Role.FLAT, "ADP": Role.CASE, "PRON": Role.DET, "ADV": Role.ADVMOD}
    for i in range(len(heads)):
        r = roles[i]
        if r == Role.NK:
            roles[i] = by_pos.get(pos[i], Role.DEP)
        elif r == Role.MO:
            roles[i] = Role.OBL if pos[i] in _NOMINAL else Role.ADVMOD
            if roles[i] == Role.OBL and pos[heads[i]] not in _VERBAL | {"ADJ"}:
                roles[i] = Role.NMOD
        elif r == Role.OC:
            fin = "Fin" in doc[i].morph.get("VerbForm", []) or any(
                roles[k] == Role.MARK for k in _children(heads, i))
            roles[i] = Role.CCOMP if fin else Role.XCOMP
        elif r in (Role.PREP, Role.POBJ):
            roles[i] = Role.CASE if pos[i] == "ADP" else Role.OBL
        elif r == Role.PRED:
            roles[i] = Role.XCOMP


def _repair(doc: Doc, heads: list[int], roles: list[Role], pos: list[str]) -> None:
    n = len(heads)
    for a in range(n):  # dependants of an auxiliary belong to its verb
        if roles[a] in (Role.AUX, Role.AUX_PASS, Role.COP) and heads[a] != a and \
                heads.kids[a]:  # type: ignore[attr-defined]
            for k in _children(heads, a):
                if roles[k] != Role.PUNCT:
                    heads[k] = heads[a]
    for a in range(n):  # "wird … geleitet" labelled plain aux: werden + participle is passive
        if roles[a] != Role.AUX or heads[a] == a or doc[a].lemma_ != "werden":
            continue
        verb = doc[heads[a]]
        if "Inf" not in verb.morph.get("VerbForm", []) and "INF" not in verb.tag_ and (
                "Pass" in doc[a].morph.get("Voice", [])
                or "Part" in verb.morph.get("VerbForm", [])):
            roles[a] = Role.AUX_PASS
    for a in range(n):
        if roles[a] == Role.AUX_PASS and heads[a] != a:
            for k in _children(heads, heads[a]):
                if roles[k] == Role.SUBJ:
                    roles[k] = Role.SUBJ_PASS
    for i in range(n):
        if roles[i] not in (Role.ADVMOD, Role.PARTICLE, Role.NMOD, Role.APPOS):
            continue
        t = doc[i]
        if roles[i] == Role.ADVMOD and "Neg" in t.morph.get("Polarity", []):
            roles[i] = Role.NEG
        elif roles[i] == Role.PARTICLE and pos[heads[i]] not in _VERBAL:
            sent_start = t.sent.start if doc.has_annotation("SENT_START") else 0
            for j in range(i - 1, sent_start - 1, -1):
                if pos[j] in _VERBAL:
                    heads[i] = j
                    break
        elif roles[i] in (Role.NMOD, Role.APPOS) and pos[i] in ("NOUN", "PROPN") \
                and _genitive(doc, heads, roles, i) and pos[heads[i]] in ("NOUN", "PROPN") \
                and (heads[i] == i - 1 or roles[i] == Role.NMOD) and not any(
                    roles[k] == Role.CASE for k in _children(heads, i)):
            roles[i] = Role.GEN


def _genitive(doc: Any, heads: Sequence[int], roles: Sequence[Role], i: int) -> bool:
    """Return whether noun ``i`` is in the genitive: its own case, else its article's.

    A small tagger often misses a genitive noun's case (``des neuen Königs``: ``Königs``
    tagged accusative) and still gets its article's.
    """
    return "Gen" in doc[i].morph.get("Case", []) or any(
        roles[k] == Role.DET and "Gen" in doc[k].morph.get("Case", []) for k in _children(heads, i))


def labels_of(graph: Graph, indices: Iterable[int]) -> list[str]:
    """Return ``role`` names for ``indices`` (a debugging aid)."""
    return [graph.roles[i].value for i in indices]
