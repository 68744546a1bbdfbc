"""Qualifiers of a statement: negation, modality and time, read from a clause and its governors.

* **negated** — a negation adverb (``nicht``, ``nie``, ``kaum``; ``not``, ``hardly``) or adverb
  phrase (``ebenso wenig``; ``no longer``) on the verb, on its auxiliaries or stranded on a
  pronoun argument; ``weder … noch`` / ``neither … nor`` on the verb or an argument;
  ``kein``/``no`` on an argument or on the clause's direct object (``keine Truppen nach
  Armenien schicken``); an ``ohne``/``without`` clause; the
  complement of a denial verb (``bestritt, Truppen geschickt zu haben``).
* **modality**, nearest cue first, walking up through governing clauses and nouns:
  ``hypothetical`` (Konjunktiv II, ``würde``/``would``, ``falls``/``wenn``/``if``, a verb-first
  conditional ``Sollte er …`` and the main clause it conditions; an open question's
  ``ob``/``whether`` clause, not the clause above it), ``intended`` (``wollen``,
  a task set with ``sollen``/``should``, ``versuchen … zu``, ``um … zu``,
  ``Bestreben``/``Ziel``), ``reported`` (complement of
  ``sagen``/``erklären``/``say``, or of a denial verb; Konjunktiv I; a verb between quotation
  marks), ``pretext`` (under ``Vorwand``; ``angeblich``; an event noun's own
  ``angebliche``/``alleged``), ``possible`` (``können``, ``möglicherweise``).
* **time** — a year (``2014``), a decade phrase (``in den 1990er-Jahren``) or a bare temporal noun.
"""

from __future__ import annotations

import re
from functools import cache

from kg.knowledge.boilerplate import is_time_expression
from kg.lang import LanguagePack, pack_patterns, pack_words
from kg.nlp.schemes import Graph, Role
from kg.types import Modality

_YEAR = re.compile(r"^(1[0-9]{3}|20[0-9]{2})$")
_DECADE = re.compile(r"^(1[0-9]{3}|20[0-9]{2})(er|s)\b")
_CLAUSE_LINKS = frozenset({Role.XCOMP, Role.CCOMP, Role.ADVCL, Role.ACL, Role.RELCL, Role.CONJ,
                           Role.DEP})
_MAX_UP = 6
_QUOTES = frozenset({"«", "»", "„", "“", "”", '"', "‹", "›", "``", "''"})


def negated(g: Graph, verb: int, pack: LanguagePack, args: list[int]) -> bool:
    """Return whether the clause headed by ``verb`` is negated (see the module docstring)."""
    for k in g.children(verb):
        r, t = g.role(k), g.tok(k)
        if t.text.lower() in pack.bound_negation:
            continue  # "ne" alone: "n'a attaqué que l'Ukraine" is not negated
        if r == Role.NEG or (r in (Role.ADVMOD, Role.DEP) and t.text.lower() in pack.negation):
            return True
        if r == Role.MARK and t.text.lower() in pack.negation_prep:
            return True
        if r == Role.CC and t.text.lower() in pack.negation_cc:
            return True  # "Weder Russland noch China griffen ein"
        if r == Role.ADVMOD and _phrase(g, k) in pack.negation_phrases:
            return True  # "Ebenso wenig kann er … kontrollieren"
    if _denied(g, verb, pack):
        return True
    for a in [*args, *g.children(verb, Role.OBJ)]:  # "keine Truppen nach Armenien schicken"
        t = g.tok(a)
        for k in g.children(a):
            low = g.tok(k).text.lower()
            if g.role(k) == Role.DET and low in pack.negation_det:
                return True
            if g.role(k) in (Role.CC, Role.DET) and low in pack.negation_cc:
                return True  # "weder X noch Y": each conjunct
            if t.pos_ == "PRON" and g.role(k) in (Role.ADVMOD, Role.DEP, Role.NEG) and \
                    low in pack.negation:
                return True  # "hat der Kreml sie nie … benutzt": "nie" hung on the pronoun
        if g.role(a) == Role.CONJ and any(g.tok(k).text.lower() in pack.negation_cc
                                          for k in g.children(g.head(a), Role.CC, Role.DET)):
            return True  # "neither X nor Y" with both words on the first conjunct
    return False


def _phrase(g: Graph, k: int) -> str:
    """Return the lower-cased words of adverb ``k``'s phrase (``ebenso wenig``)."""
    return " ".join(g.tok(j).text.lower() for j in g.subtree(k))


def _denied(g: Graph, verb: int, pack: LanguagePack) -> bool:
    """``Der Kreml bestritt, Truppen geschickt zu haben``: a complement of a denial verb."""
    cur = verb
    for _ in range(3):
        head = g.head(cur)
        if head == cur or g.role(cur) not in (Role.CCOMP, Role.XCOMP, Role.DEP):
            return False
        htok = g.tok(head)
        if htok.pos_ in ("VERB", "AUX") and pack.verb_lemma(htok) in pack.denial_verbs:
            return True
        cur = head
    return False


def own_modality(g: Graph, verb: int, pack: LanguagePack) -> Modality | None:
    """Return the modality cued inside the clause of ``verb`` itself, if any."""
    tok = g.tok(verb)
    kids = g.children(verb)
    for k in kids:
        t, r = g.tok(k), g.role(k)
        low = t.text.lower()
        if r == Role.MARK and (low in pack.conditional_marks or low in pack.question_marks):
            return Modality.HYPOTHETICAL  # "falls …", and an open question: "ob …", "whether"
        if r == Role.MARK and low in pack.purpose_marks:
            return Modality.INTENDED
        if r == Role.ADVMOD and low in pack.pretext_adverbs:
            return Modality.PRETEXT
    for k in [verb, *kids]:
        t, r = g.tok(k), g.role(k)
        if k != verb and r not in (Role.AUX, Role.AUX_PASS):
            continue
        lemma = t.lemma_.lower()
        if t.text.lower() in pack.hypothetical_aux:
            return Modality.HYPOTHETICAL
        if k != verb and t.text.lower() in pack.conditional_marks and t.i == _clause_start(g, verb):
            return Modality.HYPOTHETICAL  # verb-first conditional: "Sollte er versuchen, …"
        if k != verb and lemma in pack.intention_verbs:
            return Modality.INTENDED  # also a task set: "soll … ein Kabinett zusammenstellen"
        if k != verb and lemma in pack.possible_verbs:
            return Modality.POSSIBLE
    form = pack.hypothetical_form
    if form is not None and any(form(g.tok(k)) for k in [verb, *kids]
                                if k == verb or g.role(k) in (Role.AUX, Role.AUX_PASS)):
        return Modality.HYPOTHETICAL  # conditionnel: "attaquerait", "aurait attaqué"
    if _attributed(g, kids, pack):
        return Modality.REPORTED  # "selon le Kremlin, …", "d'après Kiev, …"
    if "Sub" in tok.morph.get("Mood", []) and pack.subjunctive_hypothetical and \
            "Past" in tok.morph.get("Tense", []):
        return Modality.HYPOTHETICAL  # Konjunktiv II: geriete, hätte
    if pack.subjunctive_reported and any(
            "Sub" in g.tok(k).morph.get("Mood", []) and "Pres" in g.tok(k).morph.get("Tense", [])
            for k in [verb, *(k for k in kids if g.role(k) in (Role.AUX, Role.AUX_PASS))]):
        return Modality.REPORTED  # Konjunktiv I is indirect speech: "dass Russland … entsandt habe"
    for k in kids:
        if g.role(k) == Role.ADVMOD and g.tok(k).text.lower() in pack.possible_adverbs:
            return Modality.POSSIBLE
    # a conditional clause makes its main clause hypothetical; what a reporting verb reports
    # ("Die Wahlen würden vorbereitet, sagte X") is its content, no condition of the saying
    reports = tok.pos_ in ("VERB", "AUX") and verb_lemma(g, verb, pack) in pack.reporting_verbs
    for k in kids:
        if g.role(k) in (Role.ADVCL, Role.CCOMP, Role.DEP) and k < verb and \
                not (reports and g.role(k) != Role.ADVCL) and \
                not any(g.tok(m).text.lower() in pack.question_marks
                        for m in g.children(k, Role.MARK)) and \
                own_modality(g, k, pack) == Modality.HYPOTHETICAL:
            return Modality.HYPOTHETICAL
    return None


def _attributed(g: Graph, kids: list[int], pack: LanguagePack) -> bool:
    """Return whether an oblique of the clause names a source (``selon X``, ``d'après X``)."""
    return any(is_source(g, k, pack) for k in kids)


def is_source(g: Graph, k: int, pack: LanguagePack) -> bool:
    """Return whether phrase ``k`` names who says so (``selon le Kremlin``), not a participant."""
    if not pack.source_preps or g.role(k) not in (Role.OBL, Role.NMOD, Role.ADVMOD, Role.DEP):
        return False
    for c in g.children(k, Role.CASE):  # "d'après": "d'" with "après" as its fixed part
        words = [g.tok(j).text.lower() for j in g.subtree(c)]
        if words[0] in pack.source_preps or "".join(words) in pack.source_preps:
            return True
    return False


def _clause_start(g: Graph, verb: int) -> int:
    """First token of the clause of ``verb`` (its subtree without embedded clauses)."""
    first = verb
    for k in g.children(verb):
        if g.role(k) not in _CLAUSE_LINKS and g.role(k) != Role.PUNCT:
            first = min(first, g.subtree(k)[0])
    return first


def verb_lemma(g: Graph, i: int, pack: LanguagePack) -> str:
    """Return the lemma of verb ``i`` with its separable particle joined."""
    lemma = pack.verb_lemma(g.tok(i))
    for p in g.children(i, Role.PARTICLE):
        part = g.tok(p).text.lower()
        if pack.particle_prefix:
            lemma = lemma if lemma.startswith(part) else part + lemma
        else:
            lemma = f"{lemma} {part}"
    return lemma


@cache
def object_control(lang: str) -> dict[str, Modality]:
    """Return the pack's object-control verbs and the modality of the clause they govern.

    ``object_control_verbs.tsv``: ``X wirft Y vor, Z zu tun``, ``X urged Y to do Z``: the
    infinitive's subject is the verb's object, and what it says is ``reported`` (an
    allegation) or ``intended`` (a demand).
    """
    out: dict[str, Modality] = {}
    for line in pack_patterns(lang, "object_control_verbs.tsv"):
        verb, _, kind = line.partition("\t")
        if verb and verb != "verb":
            out[verb.strip().lower()] = Modality(kind.strip() or "intended")
    return out


def modality(g: Graph, node: int, pack: LanguagePack) -> Modality:
    """Return the modality of a statement whose trigger is ``node`` (verb or event noun)."""
    if g.tok(node).pos_ == "NOUN" and any(
            g.tok(k).lemma_.lower() in pack.pretext_adjectives or
            g.tok(k).text.lower() in pack.pretext_adjectives
            for k in g.children(node, Role.AMOD)):
        return Modality.PRETEXT  # "angebliche Geheimvereinbarungen", "alleged secret deals"
    cur = node
    for _ in range(_MAX_UP):
        tok = g.tok(cur)
        if tok.pos_ in ("VERB", "AUX") or g.children(cur, Role.COP):
            if cur != node and any(g.tok(k).lemma_.lower() in pack.pretext_nouns
                                   for k in g.children(cur)):
                return Modality.PRETEXT  # "… das als Vorwand für einen Einmarsch dienen sollte"
            found = own_modality(g, cur, pack)
            if found is not None:
                return found
        elif tok.lemma_.lower() in pack.pretext_nouns:
            return Modality.PRETEXT
        elif tok.lemma_.lower() in pack.intention_nouns and cur != node:
            return Modality.INTENDED
        head = g.head(cur)
        if head == cur:
            break
        role, htok = g.role(cur), g.tok(head)
        hlemma = pack.verb_lemma(htok) if htok.pos_ in ("VERB", "AUX") else htok.lemma_.lower()
        wanted = hlemma in pack.intention_verbs or \
            hlemma in pack_words(pack.lang, "demand_verbs.txt")
        if wanted and cur == node and role == Role.OBJ and tok.pos_ == "NOUN":
            return Modality.INTENDED  # "forderte den Rückzug der Kämpfer": demanded, not done
        if role in (Role.XCOMP, Role.CCOMP, Role.ADVCL, Role.DEP):
            if wanted:
                return Modality.INTENDED  # "will …", "fordert, dass …": wanted, not done
            joined = verb_lemma(g, head, pack) if htok.pos_ in ("VERB", "AUX") else hlemma
            control = object_control(pack.lang).get(joined)
            if control is not None:
                return control  # "wirft ihm vor, … zu beschneiden": an allegation
            if hlemma in pack.possible_verbs and role == Role.XCOMP:
                return Modality.POSSIBLE  # a modal verb heading the clause: "pourrait attaquer"
            if (hlemma in pack.reporting_verbs or hlemma in pack.denial_verbs) and \
                    role in (Role.CCOMP, Role.DEP, Role.XCOMP):
                return Modality.REPORTED
        if role == Role.CONJ and tok.pos_ in ("VERB", "AUX"):
            break  # a coordinated clause has its own modality
        if _relative_clause(g, cur):
            break  # so has a relative clause: "…, die bereits der Nato beigetreten sind"
        cur = head
    if g.tok(node).pos_ in ("VERB", "AUX") and _quoted(g, node):
        return Modality.REPORTED
    return Modality.ASSERTED


def _quoted(g: Graph, i: int) -> bool:
    """Return whether token ``i`` stands between quotation marks in its sentence."""
    sent = g.tok(i).sent
    before = sum(1 for t in g.toks[sent.start:i] if t.text in _QUOTES)
    after = sum(1 for t in g.toks[i + 1:sent.end] if t.text in _QUOTES)
    return before % 2 == 1 and after > 0


def _relative_clause(g: Graph, v: int) -> bool:
    """Return whether ``v`` heads a relative clause (by label, or an ``acl`` with a relative)."""
    if g.role(v) == Role.RELCL:
        return True
    return g.role(v) == Role.ACL and any(
        "Rel" in g.tok(k).morph.get("PronType", []) or g.tok(k).tag_ in ("WDT", "WP", "PRELS")
        for k in g.children(v))


def time_of(g: Graph, verb: int, args: list[int], clause: bool = True) -> str | None:
    """Return a time expression attached to the clause of ``verb`` (or stranded on an argument).

    With ``clause=False`` only the arguments are looked at.
    """
    for k in g.children(verb) if clause else ():
        text = _time_text(g, k)
        if text:
            return text
    for a in args:
        for k in g.children(a, Role.NUMMOD):
            if _YEAR.match(g.tok(k).text):
                return g.tok(k).text
    return None


def _time_text(g: Graph, k: int) -> str | None:
    t = g.tok(k)
    if g.role(k) in (Role.TIME, Role.OBL, Role.ADVMOD, Role.NUMMOD) and _YEAR.match(t.text):
        return t.text
    if g.role(k) in (Role.OBL, Role.TIME) and _DECADE.match(t.text):
        span = g.subtree(k)
        return g.doc[span[0]:span[-1] + 1].text
    for c in g.children(k):  # "in den 1990er-Jahren" parsed with the article as head
        if g.role(k) in (Role.OBL, Role.TIME) and _DECADE.match(g.tok(c).text):
            span = g.subtree(k)
            return g.doc[span[0]:span[-1] + 1].text
    return None


def is_time(g: Graph, k: int, pack: LanguagePack) -> bool:
    """Return whether argument ``k`` is a time expression rather than a participant."""
    t = g.tok(k)
    return bool(_YEAR.match(t.text) or _DECADE.match(t.text)) or g.role(k) == Role.TIME or \
        t.lemma_.lower() in pack.time_nouns or \
        (t.pos_ == "NOUN" and is_time_expression(t.text, pack.lang))  # "am Montagabend"
