"""French language pack: negation (``ne … pas``), conditionnel and ``selon X`` cues, pronouns.

French spaCy pipelines (``fr_core_news_*``, ``pip install 'kg[fr]'``) label dependencies in
Universal Dependencies and tag the conditionnel as ``Mood=Cnd``, which this pack declares
hypothetical. Its relation lexicon is ``relations.tsv`` beside this file; its actor names
(country names from CLDR, demonyms and organisation names in ``names.tsv``) are read by the
gazetteer through the pack's code.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from kg.lang import LanguagePack, words

if TYPE_CHECKING:
    from spacy.tokens import Token

_IMPARFAIT_ENDINGS = frozenset({"ais", "ait", "ions", "iez", "aient"})


def verb_lemma(token: Token) -> str:
    """Return a verb's lemma (spaCy's French lookup lemmatiser: ``rencontré`` → ``rencontrer``)."""
    return (token.lemma_ or token.text).lower()


def conditionnel(token: Token) -> bool:
    """Return whether a finite verb is in the conditionnel (``attaquerait``, ``aurait``).

    The morphologiser's ``Mood=Cnd`` is trusted; small models tag many conditionnel forms as
    imparfait, so a regular form is also recognised from its lemma: the infinitive (``-re``
    without its ``e``) followed by an imparfait ending (``attaquer`` + ``ait``).
    """
    if "Cnd" in token.morph.get("Mood", []):
        return True
    if "Fin" not in token.morph.get("VerbForm", []) or token.pos_ not in ("VERB", "AUX"):
        return False
    word, lemma = token.text.lower(), (token.lemma_ or "").lower()
    stem = lemma[:-1] if lemma.endswith("re") else lemma
    return len(stem) > 2 and stem.endswith("r") and word[len(stem):] in _IMPARFAIT_ENDINGS \
        and word.startswith(stem)


def demonym(word: str) -> bool:
    """French nationality adjectives have no one ending: only the gazetteer's count (False)."""
    return False


def make_language_pack() -> LanguagePack:
    """Build the French pack (registered as ``kg.lang.fr.v1``)."""
    return LanguagePack(
        lang="fr",
        # "ne" is bound_negation: "ne … que" means "only"; the second part carries the negation
        negation=words("pas plus jamais rien guère point nullement aucunement nulle_part"),
        negation_det=words("aucun aucune nul nulle"),
        negation_prep=words("sans"),
        conditional_marks=words("si s'"),
        hypothetical_aux=frozenset(),  # the conditionnel is read from morphology instead
        hypothetical_form=conditionnel,
        intention_verbs=words("vouloir devoir envisager compter projeter prévoir chercher tenter "
                              "essayer viser souhaiter espérer entendre"),
        intention_nouns=words("objectif but intention projet volonté ambition"),
        purpose_marks=words("afin pour"),
        reporting_verbs=words("dire déclarer affirmer annoncer assurer expliquer indiquer "
                              "souligner estimer prétendre rapporter écrire confirmer "
                              "avertir ajouter croire"),
        source_preps=words("selon d'après"),
        bound_negation=words("ne n'"),
        pretext_nouns=words("prétexte excuse"),
        pretext_adjectives=words("prétendu présumé supposé"),
        pretext_adverbs=words("prétendument soi-disant supposément"),
        possible_verbs=words("pouvoir"),
        possible_adverbs=words("peut-être probablement éventuellement possiblement "
                               "vraisemblablement sans_doute"),
        personal_pronouns=words("il elle ils elles le la les lui leur eux nous vous je me "
                                "moi tu te toi l'"),
        possessive_pronouns=words("son sa ses leur leurs notre nos"),
        relative_pronouns=words("qui que qu' dont lequel laquelle lesquels lesquelles "
                                "auquel auxquels duquel"),
        reflexive_pronouns=words("se s' soi"),
        agent_preps=words("par"),
        copulas=words("être devenir rester demeurer"),
        possession_verbs=words("avoir posséder"),
        locative_preps=words("en à au aux dans"),
        time_nouns=words("an ans année années décennie mois semaine jour janvier février "
                         "mars avril mai juin juillet août septembre octobre novembre "
                         "décembre"),
        verb_lemma=verb_lemma,
        particle_prefix=False,
        demonym=demonym,
        regime_preps=words("sous"),
        possessive_preps=words("de d' du des"),
        denial_verbs=words("nier démentir contester réfuter"),
        inside_preps=words("en dans"),
        origin_preps=words("de d'"),
        purpose_preps=words("pour"),
        partitive_pronouns=words("un une l'un l'une"),
        function_words=words(
            "le la les du et est une dans que qui pour pas sur au aux avec ne ce il "
            "elle se sont ont été par plus son sa ses leur leurs cette ces mais où "
            "selon lors sera était avait n'a qu'il d'un d'une l'"
        ),
        models=("fr_core_news_lg", "fr_core_news_md", "fr_core_news_sm"),
        data_dir=Path(__file__).parent,
        model_hint="pip install 'kg[fr]'",
        label_scheme="ud",
        copula_form="est",
        copula_lemma="être",
    )
