"""Every tuning number of the dependency extractor, in one table, and the one scoring function.

**Priors** (``PRIORS``): how reliable each rule is on its own — the share of its triples that
were right when the rule was written (the sample and the news development articles). A rule
without a row is a programming error (:func:`prior` raises).

====================  =====  ==============================================================
rule                  prior  construction
====================  =====  ==============================================================
svo                   0.80   subject – verb – direct/indirect object
passive               0.75   passive with an agent phrase
idiom                 0.75   verb + object-noun idiom (``um Hilfe bitten``)
svo-prep              0.65   prepositional argument of a verb
passive-prep          0.65   prepositional argument of a passive verb
role                  0.70   role noun in apposition, copula or title (``Präsident X``)
compound-role         0.75   role compound with an actor (``ÖVP-Chef X``, ``X (ÖVP)``)
participle            0.70   participle phrase (``bestehend aus``)
attributive           0.65   attributive participle (``der vom IStGH gesuchte Präsident``)
under                 0.60   ``unter X verfolgte Land Y``
place-apposition      0.60   ``Almaty, Kasachstan``
attribution           0.70   speaker – medium of reported speech (``sagte X im ORF``)
source                0.60   an institution reports on a clause's actor or place (``laut X``)
quote                 0.70   an actor says a clause (``…, sagte X``: X – sagen – the quote)
responsibility        0.70   ``X macht Y verantwortlich``, ``sich bekennen zu``
nominal               0.55   event noun with agent and object (``Kritik an X von Y``)
attendance            0.55   going to a meeting of an actor (``zum Gipfel der AU reisen``)
locative              0.55   ``die Streitkräfte in Syrien``
affiliation           0.60   a person of/at an organisation (``Roger Crouch of NASA``)
apposition            0.55   ``Channel One, einer der Sender des Kremls``
circle                0.60   a group and the person at its centre (``die Regierung um X``)
presence              0.55   an actor's positions in a place (``Stellungen des IS in Syrien``)
purpose               0.50   ``Truppen zur Besetzung der Krim``
stative               0.70   agentless passive of a verb + preposition row (``X was born in Y``)
where                 0.65   a relative clause on a place (``Y, where X was born``)
premodifier           0.60   an actor in front of a noun (``Chevron spokesman X``, ``Italy's Fiat``)
described             0.55   a describing noun (``X, an Emery employee``)
dateline              0.60   a news dateline (``DAYTON, Ohio (AP)`` → AP basedIn Dayton)
accusation            0.60   a charge that states a deed (``X, convicted of murdering Y``)
comma-place           0.55   a place and its region (``Rockville, Md.,``)
place-part            0.55   a place in part of another (``Kassala in eastern Sudan``)
place-chain           0.55   a place relation carried up a containment (``of Bethany, Conn.``)
instrument            0.70   the agent of an instrument (``X fired the shots that killed Y``)
claimed               0.65   who claims an attack did it (``X bekennt sich zu dem Anschlag auf Y``)
quoted                0.45   an actor a quote names (``… in Libyen …, sagte Lawrow``)
setting               0.45   where an actor acts (``Kurden kämpfen in Syrien``)
lone                  0.40   a named actor's only statement: an unmapped verb and a thing
scene                 0.40   a place's only statement: what is there (``die Gewalt in Sirte``)
involved              0.30   a named actor's only statement: what it takes part in (``Rückzug``)
branch                0.70   a party's local branch (``die Salzburger SPÖ`` → subsidiaryOf SPÖ)
====================  =====  ==============================================================

**Adjustments** (``ADJUSTMENTS``), added to the prior for each that applies (``np`` and
``pronoun`` once per argument of that kind):

* ``both-recognised`` +0.10 — both arguments are recognised actors;
* ``np`` −0.10 — an argument is a bare noun phrase;
* ``pronoun`` −0.05 — an argument is a pronoun;
* ``typed`` +0.05 — the predicate maps to an ontology relation;
* ``inherited`` −0.10 — the subject was inherited from another clause;
* ``doubtful`` −0.10 — the parser attached the trigger or an argument with its catch-all label.

The result is clipped to ``[FLOOR, CEILING]`` and rounded to three decimals.
"""

from __future__ import annotations

from collections.abc import Iterable
from types import MappingProxyType

from kg.errors import ConfigError, available

PRIORS = MappingProxyType({
    "svo": 0.8, "passive": 0.75, "idiom": 0.75, "svo-prep": 0.65, "passive-prep": 0.65,
    "role": 0.7, "compound-role": 0.75, "participle": 0.7, "attributive": 0.65,
    "under": 0.6, "place-apposition": 0.6, "attribution": 0.7, "source": 0.6, "quote": 0.7,
    "responsibility": 0.7,
    "nominal": 0.55, "attendance": 0.55, "locative": 0.55, "affiliation": 0.6,
    "apposition": 0.55, "circle": 0.6, "presence": 0.55,
    "purpose": 0.5, "stative": 0.7, "where": 0.65, "premodifier": 0.6, "described": 0.55,
    "dateline": 0.6,
    "accusation": 0.6, "comma-place": 0.55, "place-part": 0.55, "place-chain": 0.55,
    "instrument": 0.7, "claimed": 0.65, "quoted": 0.45, "setting": 0.45, "lone": 0.4,
    "scene": 0.4, "involved": 0.3, "branch": 0.7,
})
ADJUSTMENTS = MappingProxyType({
    "both-recognised": 0.1, "np": -0.1, "pronoun": -0.05, "typed": 0.05, "inherited": -0.1,
    "doubtful": -0.1,
})
FLOOR, CEILING = 0.05, 0.99
# rules whose statement only stands for an actor no other statement has (a place's scene, an
# actor's involvement): resolution drops one whose actor another statement of the document has
FALLBACK_RULES = frozenset({"scene", "involved"})


def prior(rule: str) -> float:
    """Return the prior of ``rule``; raises :class:`~kg.errors.ConfigError` for an unknown rule."""
    try:
        return PRIORS[rule]
    except KeyError:
        raise ConfigError(f"extraction rule {rule!r} has no prior; "
                          f"expected one of {available(PRIORS)}") from None


def confidence(rule: str, adjustments: Iterable[str]) -> float:
    """Return the confidence of a triple of ``rule`` with the named ``adjustments`` applied."""
    conf = prior(rule)
    for name in adjustments:
        try:
            conf += ADJUSTMENTS[name]
        except KeyError:
            raise ConfigError(f"confidence adjustment {name!r} is unknown; "
                              f"expected one of {available(ADJUSTMENTS)}") from None
    return round(min(CEILING, max(FLOOR, conf)), 3)
