"""Speech acts and copular places: which relation a statement's object takes by its role or type.

The clause rules (:mod:`kg.extract.clauses`) give a verb's relation from the lexicon alone; a
few constructions need the object's grammatical role or the arguments' actor types as well:

* **speech acts** — a relation whose CAMEO code lies under root ``01`` (make a public
  statement: ``statesTo``, ``announces``, ``confirms``) or ``accuses`` has a speaker as its
  subject; its object is what is said (``kündigte Neuwahlen an`` → ``announces``), whom it is
  said to or whom it accuses. A **dative object** of such a verb is the addressee (``sagte
  Lawrow dem Fernsehsender``, ``kündigte dem Parlament … an``): the statement is ``statesTo``
  (``accuses`` keeps its accused: ``warf dem Minister … vor``). The kinds of speech acts are
  data: the CAMEO column of ``ontologies/relations.tsv``.
* **copular place** — ``Estland ist in der EU``, ``Strache war in Innsbruck``, ``the company
  is in Vienna``: the copula with an ``inside`` preposition (``in``) says where its subject is:
  in an organisation a member (``memberOf``), in a place located (``locatedIn``; an
  organisation ``basedIn``). A phrase whose article shows the accusative is a direction (``sei
  er in die Türkei … gereist``: a tense auxiliary read as the verb), not a place.
"""

from __future__ import annotations

from kg.extract.clauses import preposition
from kg.extract.relations import lemma_predicate, load_table
from kg.lang import LanguagePack, pack_words
from kg.nlp.schemes import Graph, Role
from kg.types import PLACE_TYPES, ActorType, Predicate

_STATEMENT_ROOT = "01"  # CAMEO: make a public statement
_ACCUSATION = "accuses"  # whose dative object is the accused, not an addressee
_ADDRESSEE = "statesTo"
_PLACED = frozenset({"basedIn", "locatedIn"})  # typed rows a position verb may have (sitzen+in)
_MEMBERS = frozenset({ActorType.PERSON, ActorType.ORGANIZATION, ActorType.COUNTRY,
                      ActorType.GROUP, ActorType.ARMED_FORCE})


def is_speech_act(relation_id: str) -> bool:
    """Return whether relation ``relation_id`` is a speech act (its subject must be a speaker)."""
    if relation_id == _ACCUSATION:
        return True
    relation = load_table().relations.get(relation_id)
    return relation is not None and relation.cameo.startswith(_STATEMENT_ROOT)


def addressee_predicate(g: Graph, pred: Predicate, obj: int) -> Predicate:
    """Return ``statesTo`` when ``obj`` is the dative addressee of a speech act, else ``pred``."""
    if g.role(obj) != Role.IOBJ or pred.id in (_ADDRESSEE, _ACCUSATION) or \
            not is_speech_act(pred.id):
        return pred
    relation = load_table().relations[_ADDRESSEE]
    return relation.predicate(pred.lemma)


def copular_predicate(g: Graph, pred: Predicate, obj: int, subject: ActorType,
                      place: ActorType, pack: LanguagePack) -> Predicate | None:
    """Return the relation of ``X ist in Y`` (copula + inside preposition), if it is one.

    Verbs that place their subject like the copula (the pack's ``position_verbs.txt``: ``saß
    im Gemeinderat``, ``serves in the Senate``, ``bleibt in der Regierung``) do the same.

    ``pred`` is the lemma predicate the clause rules gave (``sein in``), or a place row of a
    position verb (``sitzen+in``: a person sits in a council as its member); ``subject`` and
    ``place`` are the actor types of its subject and object.
    """
    words = pred.lemma.split(" ")
    if pred.id in _PLACED and len(words) == 1:  # a typed row keeps the bare verb as its lemma
        words.append(preposition(g, obj) or "")
    if not (pred.id.startswith("lemma:") or pred.id in _PLACED) or len(words) != 2 or \
            words[1] not in pack.inside_preps \
            or (words[0] != pack.copula_lemma and
                words[0] not in pack_words(pack.lang, "position_verbs.txt")):
        return None
    shown = [c for k in [obj, *g.children(obj, Role.DET)]
             for c in [g.tok(k).morph.get("Case", [])] if c]
    if any(c == ["Acc"] for c in shown):
        return None  # "in die Türkei": a direction
    if place == ActorType.ORGANIZATION and subject in _MEMBERS:
        relation = "memberOf"
    elif place in PLACE_TYPES:
        relation = "basedIn" if subject == ActorType.ORGANIZATION else "locatedIn"
    elif pred.id in _PLACED:  # "sitzt in Haft": no place, so no seat either
        return lemma_predicate(pack.lang, " ".join(words))
    else:
        return None
    found = load_table().relations.get(relation)
    return found.predicate(pred.lemma) if found else None
