"""German language pack: negation and modality cues, pronouns, verb lemmas with particles."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from kg.lang import LanguagePack, words

if TYPE_CHECKING:
    from spacy.tokens import Token

_NOT_DEMONYM = words("""politisch militärisch strategisch technisch praktisch typisch logisch
    ökonomisch historisch kritisch demokratisch diplomatisch symbolisch systematisch
    dramatisch automatisch elektrisch fantastisch realistisch zynisch tragisch theoretisch
    katholisch evangelisch islamisch christlich jüdisch sozialistisch kommunistisch
    faschistisch nationalistisch autoritär kriegerisch regnerisch himmlisch irdisch
    neurotisch hysterisch chaotisch energisch juristisch statistisch touristisch""")

_MASC, _FEM, _NEUT, _PLUR = "Masc.Sing", "Fem.Sing", "Neut.Sing", "Plur"
# the genders and numbers each relative pronoun form can stand for, over all cases
_RELATIVE_AGREEMENT = {
    "der": frozenset({_MASC, _FEM}), "die": frozenset({_FEM, _PLUR}),
    "das": frozenset({_NEUT}), "dem": frozenset({_MASC, _NEUT}),
    "den": frozenset({_MASC}), "denen": frozenset({_PLUR}),
    "dessen": frozenset({_MASC, _NEUT}), "deren": frozenset({_FEM, _PLUR}),
    "welcher": frozenset({_MASC, _FEM, _PLUR}), "welche": frozenset({_FEM, _PLUR}),
    "welches": frozenset({_NEUT}), "welchem": frozenset({_MASC, _NEUT}),
    "welchen": frozenset({_MASC, _PLUR}),
}


def verb_lemma(token: Token) -> str:
    """Return a verb's lemma, without a separable particle (see :func:`join_particle`).

    The trained lemmatiser is cross-checked with simplemma's dictionary: a word simplemma knows
    gets simplemma's lemma (it handles strong verbs such as ``bat`` → ``bitten``).
    """
    import simplemma

    word = token.text
    lemma = token.lemma_ or word
    verbal = token.pos_ in ("VERB", "AUX") or token.tag_.startswith("V")
    if verbal and simplemma.is_known(word, lang="de"):
        lemma = simplemma.lemmatize(word, lang="de")
    if verbal and not lemma.endswith("n") and "annt" in word.lower():
        # a mixed verb's past (Rückumlaut): bekannte → bekennen, not the adjective "bekannt"
        lemma = simplemma.lemmatize(word.lower().replace("annt", "ennt"), lang="de")
    finite = "Fin" in token.morph.get("VerbForm", []) or token.tag_.endswith("FIN") or \
        bool(token.morph.get("Person", []))
    if verbal and finite and word.lower().startswith("ge") and not lemma.lower().startswith("ge") \
            and simplemma.is_known("ge" + lemma.lower(), lang="de"):
        # a finite verb has no participle prefix of its own: "gehört … an" is gehören, not hören
        lemma = "ge" + lemma.lower()
    return lemma.lower()


def demonym(word: str) -> bool:
    """Return whether an adjective's form names a nationality (``russischer`` → True)."""
    import simplemma

    base = simplemma.lemmatize(word.lower(), lang="de")
    return base.endswith("isch") and base not in _NOT_DEMONYM and len(base) > 6


def known_word(word: str) -> bool:
    """Tell whether simplemma's German dictionary knows a word form (``Dorf``; not ``Sarkel``)."""
    import simplemma

    return bool(simplemma.is_known(word, lang="de"))


def noun_lemma(word: str) -> str:
    """Return simplemma's dictionary lemma of a noun (``Streitkräften`` → ``Streitkraft``)."""
    import simplemma

    return str(simplemma.lemmatize(word, lang="de"))


_INFLECTIONS = ("en", "em", "er", "es", "e")


def participle_verb(word: str) -> str | None:
    """Return the verb of an attributive participle (``gesuchte`` → ``suchen``), or None."""
    import simplemma

    low = word.lower()
    for ending in _INFLECTIONS:
        if low.endswith(ending) and len(low) - len(ending) > 3:
            low = low[:-len(ending)]
            break
    if not low.endswith("t"):
        return None
    lemma = str(simplemma.lemmatize(low, lang="de")).lower()
    if lemma != low and lemma.endswith("n"):
        return lemma
    if low.startswith("ge") and len(low) > 6:  # a weak verb the lemmatiser lacks: geflüchtet
        core = low[2:-2] if low.endswith("et") else low[2:-1]
        return f"{core}en"
    return None


def make_language_pack() -> LanguagePack:
    """Build the German pack (registered as ``kg.lang.de.v1``)."""
    return LanguagePack(
        lang="de",
        negation=words("nicht nie niemals keineswegs keinesfalls nirgends nimmer kaum "
                       "ebensowenig genausowenig nimmermehr"),
        negation_cc=words("weder noch"),
        case_ambiguous_pronouns=words("sie es"),
        negation_phrases=frozenset({"ebenso wenig", "genauso wenig", "so wenig", "keineswegs"}),
        negation_det=words("kein keine keinen keinem keiner keines"),
        negation_prep=words("ohne"),
        question_marks=words("ob"),
        conditional_marks=words("falls wenn sofern sollte"),
        hypothetical_aux=words("würde würden würdest wäre wären hätte hätten"),
        intention_verbs=words("wollen sollen beabsichtigen planen vorhaben anstreben versuchen "
                              "hoffen streben trachten"),
        intention_nouns=words("bestreben ziel absicht plan vorhaben bemühung streben"),
        purpose_marks=words("um damit"),
        reporting_verbs=words("sagen erklären behaupten betonen berichten meinen mitteilen "
                              "verkünden ankündigen warnen schreiben versichern bestätigen "
                              "glauben vermuten zitieren melden kritisieren ergänzen hinzufügen "
                              "unterstreichen einräumen erläutern beklagen bekräftigen äußern "
                              "angeben bekanntgeben sprechen festhalten beipflichten erinnern "
                              "feststellen anmerken klarstellen zugeben argumentieren beteuern "
                              "mahnen"),
        pretext_nouns=words("vorwand ausrede rechtfertigung"),
        pretext_adjectives=words("angeblich vermeintlich vorgeblich mutmaßlich mutmasslich"),
        pretext_adverbs=words("angeblich vermeintlich vorgeblich mutmaßlich mutmasslich"),
        possible_verbs=words("können dürfen"),
        possible_adverbs=words("möglicherweise vielleicht eventuell womöglich wohl "
                               "wahrscheinlich vermutlich"),
        personal_pronouns=words("er sie es ihn ihm ihr ihnen wir uns ich mich mir du dich dir"),
        possessive_pronouns=words("sein seine seiner seines seinem seinen ihr ihre ihrer ihres "
                                  "ihrem ihren unser unsere"),
        relative_pronouns=words("der die das dem den dessen deren denen welcher welche welches "
                                "welchem welchen"),
        reflexive_pronouns=words("sich"),
        agent_preps=words("von vom durch"),
        copulas=words("sein werden bleiben"),
        possession_verbs=words("haben besitzen"),
        locative_preps=words("in im bei beim an am nahe unweit"),
        time_nouns=words("jahr jahre jahren jahrzehnt monat woche tag januar februar märz april "
                         "mai juni juli august september oktober november dezember jänner feber "
                         "montag dienstag mittwoch donnerstag freitag samstag sonntag wochenende "
                         "vormittag nachmittag abend nacht uhr stunde stunden minute minuten "
                         "quartal frühjahr sommer herbst winter"),
        verb_lemma=verb_lemma,
        particle_prefix=True,
        demonym=demonym,
        regime_preps=words("unter"),
        possessive_preps=words("von"),
        affiliation_preps=words("von"),
        denial_verbs=words("bestreiten dementieren leugnen abstreiten verneinen"),
        inside_preps=words("in"),
        origin_preps=words("aus"),
        place_preps=words("nach zwischen"),
        purpose_preps=words("zu"),
        partitive_pronouns=words("einer eine eines einem einen"),
        participle_verb=participle_verb,
        support_verbs=words("starten beginnen fortsetzen führen durchführen verüben fliegen üben "
                            "einleiten eröffnen erheben richten äußern aussprechen ausüben leisten "
                            "verstärken ausweiten intensivieren verhängen ankündigen vornehmen "
                            "aufnehmen androhen"),
        role_marks=words("als"),
        city_adjective_endings=("er",),
        reciprocal_words=words("gegenseitig einander wechselseitig"),
        separable_particles=words("vor an ab auf aus ein mit zu zurück weg fest los bei"),
        existential_verbs=words("geben"),
        expletives=words("es"),
        demonstrative_pronouns=words("dieser diesen diesem jener jenen jenem"),
        relative_possessives=words("deren dessen"),
        source_preps=words("laut zufolge"),
        place_relatives=words("wo"),
        medium_preps=words("in im auf gegenüber"),
        medium_nouns=words("interview report sendung magazin zeitung nachrichten "
                           "fernsehen radio talkshow pressestunde gespräch journal sender"),
        event_verbs=words("kommen hageln geben folgen"),
        measure_nouns=words("euro dollar franken pfund rubel yuan prozent prozentpunkt million "
                            "millionen milliarde milliarden tonne tonnen kilometer meter hektar"),
        relative_agreement=_RELATIVE_AGREEMENT,
        function_words=words(
            "der die das und ist nicht mit den dem des ein eine einen einem eines "
            "auf für von zu im sich auch als wird wurde sind hat haben oder aber "
            "wie bei nach aus um noch über diese dieser dass sie er es nur vom zum "
            "zur "
        ),
        models=("de_core_news_lg", "de_core_news_md", "de_core_news_sm"),
        own_model="de_kg_ud",
        ner_model="de_kg_ner",
        data_dir=Path(__file__).parent,
        model_hint="reinstall kg (its German model is missing)",
        label_scheme="ud",
        copula_form="ist",
        copula_lemma="sein",
        noun_lemma=noun_lemma,
        known_word=known_word,
        participle_suffix="end",
        chained_obliques=True,
        range_preps=(words("von ab seit"), words("bis")),
        preposition_in_object=True,
        verb_bracket=True,
        nested_adverbials=False,
        subjunctive_hypothetical=True,
        subjunctive_reported=True,
        grammatical_gender=True,
        compound_nouns=True,
        capitalised_nouns=True,
        singular_people_nouns=True,
    )
