"""Relations expressed by nouns and participles rather than by a finite verb.

* **event nouns** from the relation table (``die Intervention Russlands in Kasachstan``,
  ``Gespräche zwischen den USA und Russland``, ``the invasion of Ukraine by Russia``): the agent
  is the genitive, possessive or ``von``/``by`` phrase, or a nationality adjective (``russischer``);
  for nouns whose genitive is the theme (``Entsendung russischer Truppen``) the agent is the
  theme's nationality adjective. The object is a prepositional modifier with one of the row's
  prepositions; ``zwischen A und B`` relates the conjuncts with each other, and so do
  coordinated genitives of a symmetric noun (``die Fusion von Dupont und Dow Chemical``).
* **role nouns** (``Gründer``, ``Präsident``, ``Senior Fellow``) in an apposition, a copula or a
  title: ``X, Gründer der Bewegung Y`` → X founderOf Y; ``X ist Senior Fellow bei Y`` →
  X affiliatedWith Y; ``des weissrussischen Diktators Alexander Lukaschenko`` → headOf Belarus.
* **participles** (``die OVKS, bestehend aus A, B und C``): the participle's verb is looked up
  like a finite verb; the modified noun is its subject (inverse rows then give A memberOf OVKS),
  or the name that noun is an apposition of (``X, the attorney representing Y``).
"""

from __future__ import annotations

from collections.abc import Iterator

from kg.extract.candidate import Candidate
from kg.extract.clauses import preposition
from kg.extract.relations import RelationMatch, lemma_predicate, load_table
from kg.knowledge.lexicons import is_demonym
from kg.lang import LanguagePack, pack_words
from kg.nlp.schemes import Graph, Role

_NAMEISH = ("PROPN",)
_LOOSE = frozenset({Role.APPOS, Role.ADVMOD, Role.DEP, Role.NMOD})  # where a stray name hangs
# offices whose nationality adjective names the state they are held in
NATIONAL = frozenset({"headOf", "holdsPosition", "spokespersonOf", "governs"})


def _demonyms(g: Graph, i: int, pack: LanguagePack) -> list[int]:
    return [k for k in g.children(i, Role.AMOD) if is_demonym(g.tok(k).text, pack)]


def _genitives(g: Graph, i: int, pack: LanguagePack) -> list[int]:
    out = []
    for k in g.children(i, Role.GEN, Role.NMOD, Role.APPOS):
        prep = preposition(g, k)
        if (g.role(k) == Role.GEN and prep is None) or \
                (prep in pack.agent_preps and g.role(k) == Role.NMOD):
            out.append(k)
        elif g.role(k) == Role.APPOS and g.tok(k).pos_ in _NAMEISH and any(
                "Gen" in g.tok(j).morph.get("Case", []) for j in [k, *g.children(k, Role.FLAT)]):
            out.append(k)  # "die Unterredung Präsident Wladimir Putins" parsed as apposition
    return [c for k in out for c in g.conjuncts(k)]


def event_candidates(g: Graph, n: int, hit: RelationMatch, pack: LanguagePack) -> Iterator[
        Candidate]:
    """Yield candidates of event noun ``n`` (see the module docstring)."""
    rel = hit.relation
    lemma = g.tok(n).lemma_
    pred = hit.predicate(lemma)
    preps = rel.preps.get(pack.lang, frozenset())
    gens = _genitives(g, n, pack)
    if rel.genitive_is_theme:
        agents = [a for t in gens for a in _demonyms(g, t, pack)]
    else:
        agents = gens + _demonyms(g, n, pack)
    objects: list[int] = []
    between: list[int] = []
    for k in g.children(n, Role.NMOD, Role.OBL) or _stranded(g, n, preps):
        prep = preposition(g, k)
        if prep is None or prep in pack.agent_preps or (preps and prep not in preps):
            continue
        if prep in ("zwischen", "between"):
            between.extend(g.conjuncts(k))
        else:
            objects.extend(g.conjuncts(k))
    for a in agents:
        for o in objects:
            yield Candidate("nominal", a, o, pred, n, (n,),
                            symmetric=rel.symmetric)
    if rel.symmetric and not objects and not between and len(gens) > 1:
        between = gens  # "die Fusion der Konkurrenten Dupont und Dow Chemical"
    for x, a in enumerate(between):
        for b in between[x + 1:]:
            yield Candidate("nominal", a, b, pred, n, (n,), symmetric=True)
    if rel.symmetric:
        parties = list(dict.fromkeys(agents + objects + between))
        for k in _disputed(g, n, pack):
            what = lemma_predicate(pack.lang, f"{lemma} {preposition(g, k)}")
            for p in parties:
                yield Candidate("nominal", p, k, what, n, (n,))


def _disputed(g: Graph, n: int, pack: LanguagePack) -> list[int]:
    """Return what the parties of symmetric event noun ``n`` are at odds or agree over.

    A phrase of the pack's ``dispute_preps.txt`` under the noun, or right after the noun's
    phrase where the parser hung it on the verb (``während seines Konflikts mit Aserbaidschan
    um Berg-Karabach``, ``the dispute between A and B over X``).
    """
    preps = pack_words(pack.lang, "dispute_preps.txt")
    if not preps:
        return []
    own = [k for k in g.children(n, Role.NMOD, Role.OBL) if preposition(g, k) in preps]
    if own:
        return own
    return [k for k in _next_phrases(g, n) if preposition(g, k) in preps][:1]


def _next_phrases(g: Graph, n: int) -> list[int]:
    """Return the phrases the parser hung on noun ``n``'s head that start right after ``n``'s."""
    after, head = g.subtree(n)[-1] + 1, g.head(n)
    return [k for k in g.children(head, Role.OBL, Role.NMOD)
            if k > n and g.subtree(k)[0] == after]


def _stranded(g: Graph, n: int, preps: frozenset[str]) -> list[int]:
    """Prepositional phrases of event noun ``n`` that the parser attached elsewhere.

    A noun with no prepositional modifier of its own claims the first phrase with one of its
    prepositions that is nested in its own modifiers (``Entsendung russischer Truppen in …``)
    or in the phrase right after it (``die Unterredung Putins mit den Staatschefs``, the ``mit``
    phrase attached to the verb).
    """
    if not preps:
        return []
    pool = [k for k in g.subtree(n) if k != n]
    for k in _next_phrases(g, n):
        pool.extend(g.subtree(k))
    for k in pool:
        if g.tok(k).pos_ in ("NOUN", "PROPN") and preposition(g, k) in preps and \
                g.role(k) in (Role.NMOD, Role.OBL):
            return [k]
    return []


def _role_hit(g: Graph, r: int, lang: str) -> tuple[int, RelationMatch] | None:
    """Find the role noun in the group of ``r`` (``Senior Fellow``: the head or a name part)."""
    table = load_table()
    for k in [r, *g.children(r, Role.APPOS, Role.FLAT, Role.COMPOUND)]:
        if g.tok(k).pos_ in ("NOUN", "PROPN"):
            hit = table.role(lang, g.tok(k).lemma_) or table.role(lang, g.tok(k).text)
            if hit is not None:
                return k, hit
    return None


def _role_objects(g: Graph, r: int, word: int, hit: RelationMatch,
                  pack: LanguagePack) -> list[int]:
    preps = hit.relation.preps.get(pack.lang, frozenset())
    out: list[int] = []
    names = [c for c in g.children(r, Role.APPOS, Role.FLAT) if g.tok(c).pos_ == "PROPN"]
    for holder in {r, word}:
        for k in g.children(holder, Role.GEN, Role.NMOD):
            prep = preposition(g, k)
            if prep is None and any(c < k for c in names):
                continue  # "sagte Kremlsprecher Dmitri Peskow der Agentur Interfax": after the
                # title's name a bare phrase is the verb's (an addressee), not the title's owner
            if prep is None or prep in preps:
                out.extend(n for c in g.conjuncts(k) for n in _named_noun(g, c))
        if hit.relation.id in NATIONAL:  # "der polnische Parteichef" leads no country
            out.extend(_demonyms(g, holder, pack))
    return out


def _named_noun(g: Graph, k: int) -> list[int]:
    """Return the name a common noun introduces (``der Zeitung Cumhuriyet`` → Cumhuriyet), or k.

    A description noun with a proper name right after it (a close apposition, parsed as its
    name modifier) stands for that name: the newspaper is Cumhuriyet.
    """
    if g.tok(k).pos_ != "NOUN":
        return [k]
    named = [c for c in g.children(k, Role.NMOD, Role.APPOS, Role.FLAT)
             if c == k + 1 and g.tok(c).pos_ == "PROPN" and preposition(g, c) is None]
    return named or [k]


def role_candidates(g: Graph, r: int, pack: LanguagePack,
                    person_of: list[int]) -> Iterator[Candidate]:
    """Yield candidates where role noun ``r`` describes each of ``person_of``."""
    found = _role_hit(g, r, pack.lang)
    if found is None or not person_of:
        return
    word, hit = found
    pred = hit.predicate(g.tok(word).lemma_)
    # an apposition or title describes its holder whatever the clause says (``Lorenz – Ehren-
    # präsident des Naturschutzbundes – hätte …``); a copula or "wird" clause states the role
    stated = bool(g.children(r, Role.COP)) or g.role(r) == Role.XCOMP or (
        g.role(r) == Role.SUBJ and bool(g.children(g.head(r), Role.COP)))
    for o in _role_objects(g, r, word, hit, pack):
        for p in person_of:
            if o != p:
                yield Candidate("role", p, o, pred, r, (word,), descriptive=not stated)


def role_holders(g: Graph, r: int, is_named: list[bool],
                 is_person: list[bool] | None = None) -> list[int]:
    """Return who role noun ``r`` describes: its copula subject, apposition partner or title.

    A role noun that is a verb's object or object complement with a person's name in front of
    it (``made Emile Jonassaint provisional president of Haiti``, ``named Ann Lee chairman``,
    the name parsed as a compound of the noun) describes that person.
    """
    role, head = g.role(r), g.head(r)
    if role == Role.SUBJ and g.children(head, Role.COP):  # "Ihr Nachfolger ist (der …) X"
        return [_named_part(g, head, is_named)]
    if role == Role.XCOMP and g.tok(head).pos_ == "AUX":  # "X wird Bürgermeister von Y"
        return [_named_part(g, k, is_named) for k in g.children(head, Role.SUBJ)]
    if g.children(r, Role.COP):
        subj = g.children(r, Role.SUBJ)
        if subj:
            return [_named_part(g, k, is_named) for k in subj]
        if role in (Role.APPOS, Role.CONJ, Role.DEP) and head != r:  # "Zum Autor X, …, ist Y"
            named = [k for k in [head, *g.children(head, Role.APPOS)] if is_named[k]]
            return named[-1:]
        return []
    if role == Role.APPOS and is_named[head]:
        return [head]
    if role == Role.CONJ and is_named[head] and not g.children(r, Role.CC):
        return [head]  # "X, Gründer der Y" mis-parsed as coordination
    if role == Role.CONJ and g.role(head) == Role.APPOS and is_named[g.head(head)]:
        return [g.head(head)]  # "X, director of A and a member of B": each role is X's
    named = [k for k in g.children(r, Role.APPOS, Role.FLAT) if is_named[k]]
    if not named and is_person is not None and role in (Role.OBJ, Role.XCOMP):
        named = [k for k in g.children(r, Role.COMPOUND) if k < r and is_person[k]]
    return named[:1] or _name_after(g, r, is_named) or (
        _name_before(g, r, is_person) if is_person is not None else [])


_PHRASE_OPENERS = frozenset({"DET", "ADJ", "ADV", "NUM"})
_PHRASE_CLOSERS = frozenset({",", ".", ")", ";", ":", "–", "—", "!", "?"})
_PHRASE_OPENING_MARKS = frozenset({",", "–", "—"})


def _name_before(g: Graph, r: int, is_person: list[bool]) -> list[int]:
    """Return the person a comma sets role phrase ``r`` after, when the parse links them not.

    ``Sonja Hammerschmid, die neue Vorsitzende der Universitätenkonferenz, fordert …``,
    ``Ömer Çelik, bisher Sprecher der AKP.``: the role's phrase (article, adjectives, an adverb
    such as ``bisher``) follows a comma right after a person's name and closes with a comma,
    a bracket or the sentence's end, so it is that person's apposition whatever the small
    parser made of it; so is a phrase between two dashes (``Lorenz – übrigens langjähriger
    Ehrenpräsident des Naturschutzbundes – hätte …``).
    """
    s = r
    while s > 0 and r - s < 4 and g.tok(s - 1).pos_ in _PHRASE_OPENERS:
        s -= 1
    if s < 2 or g.tok(s - 1).text not in _PHRASE_OPENING_MARKS or not is_person[s - 2]:
        return []
    after = [c for c in g.children(r) if c > r and g.role(c) != Role.PUNCT]
    end = max([r, *(max(g.subtree(c)) for c in after)])
    if end + 1 < len(g.doc) and g.tok(end + 1).text not in _PHRASE_CLOSERS and \
            g.tok(end + 1).sent.start == g.tok(r).sent.start:
        return []
    if g.tok(s - 1).text != "," and (end + 1 >= len(g.doc) or g.tok(end + 1).text != g.tok(
            s - 1).text):
        return []  # a dash sets a parenthesis off on both sides: "Lorenz – … Ehrenpräsident … –"
    return [s - 2]


def _name_after(g: Graph, r: int, is_named: list[bool]) -> list[int]:
    """Return the name set off by a comma right after role phrase ``r``, hung elsewhere.

    ``Kennedy's assassin, Lee Harvey Oswald``, ``the deputy secretary of the Ministry, Abdul
    Ali,``: a small parser often makes the name an adverbial or apposition of the verb.
    """
    span = g.subtree(r)
    comma = span[-1] + 1
    end = comma + 1
    while comma < len(g.doc) and end < len(g.doc) and g.tok(end).pos_ == "PROPN":
        end += 1
    if comma >= len(g.doc) or g.tok(comma).text != "," or end == comma + 1:
        return []
    run = range(comma + 1, end)
    heads = [k for k in run if g.head(k) not in run or g.head(k) == k]
    if len(heads) != 1:
        return []
    k = heads[0]
    ok = is_named[k] and g.role(k) in _LOOSE and g.head(k) not in span and \
        g.subtree(k)[0] == comma + 1
    return [k] if ok else []


def _named_part(g: Graph, k: int, is_named: list[bool]) -> int:
    """Return the name of a titled subject (``Die KPÖ-Stadträtin Elke Kahr`` → Elke), else ``k``."""
    if is_named[k]:
        return k
    return next((c for c in g.children(k, Role.APPOS, Role.FLAT) if is_named[c]), k)


def participle_candidates(g: Graph, p: int, lang: str, lemma: str) -> Iterator[Candidate]:
    """Yield candidates of a participle phrase (``die OVKS, bestehend aus A, B und C``)."""
    table = load_table()
    head = g.head(p)
    if g.role(p) in (Role.ACL, Role.AMOD) and g.tok(head).pos_ in ("NOUN", "PROPN"):
        subject = head
        if g.tok(head).pos_ == "NOUN" and g.role(head) == Role.APPOS and \
                g.tok(g.head(head)).pos_ == "PROPN":
            subject = g.head(head)  # "X, the attorney representing Y": the name it describes
        args = [(k, preposition(g, k)) for k in g.children(p, Role.OBL, Role.OBL_ARG, Role.OBJ)]
    elif g.role(p) in (Role.ADVMOD, Role.AMOD) and \
            g.role(head) in (Role.APPOS, Role.ACL, Role.CONJ, Role.NMOD):
        subject = g.head(head)  # "bestehend" left under the first listed noun
        args = [(head, preposition(g, head))]
    else:
        return
    # a participle after coordinated nouns describes each (die MHP und die CHP, … erklärt)
    owners = [c for c in g.conjuncts(subject)
              if c == subject or (c < p and g.tok(c).pos_ in ("NOUN", "PROPN"))] \
        if p > subject else [subject]
    for o, prep in args:
        hit = table.verb(lang, lemma, prep)
        if hit is None:
            continue
        for c in g.conjuncts(o):
            for s in owners:
                if c != s:
                    yield Candidate("participle", s, c, hit.predicate(lemma), p, (p,),
                                    inverse=hit.inverse)
