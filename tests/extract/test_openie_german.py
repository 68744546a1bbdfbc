"""Open-IE constructions of German (BenchIE-de's conventions) next to English, sentence → facts."""

from kg.extract.openie import make_openie_extractor
from tests.extract.builders import build, document, mentions

FIN = "VerbForm=Fin"


def run(doc, lang="de"):
    ex = make_openie_extractor()
    return {(t.subject.text, t.predicate.label, t.object.text)
            for t in ex(doc, document(doc, lang), mentions(doc, {}))}


def test_subordinate_clause_relation_reads_finite_verb_first():
    # "Er weiß , dass das Museum im Mai eröffnet wurde"
    doc = build([
        ("Er", 1, "nsubj", "PRON", "er", "PronType=Prs"),
        ("weiß", 1, "ROOT", "VERB", "wissen", FIN),
        (",", 8, "punct", "PUNCT", ",", ""), ("dass", 8, "mark", "SCONJ", "dass", ""),
        ("das", 5, "det", "DET", "der", ""), ("Museum", 8, "nsubj:pass", "NOUN", "Museum", ""),
        ("im", 7, "case", "ADP", "in", ""), ("Mai", 8, "obl", "PROPN", "Mai", ""),
        ("eröffnet", 1, "ccomp", "VERB", "eröffnen", "VerbForm=Part"),
        ("wurde", 8, "aux:pass", "AUX", "werden", FIN),
    ])
    got = run(doc)
    assert ("das Museum", "wurde eröffnet", "im Mai") in got
    assert not any(rel.startswith("eröffnet") for _, rel, _ in got)


def _lived(lang):
    # "Sie wohnte in Lyon und Genf" / "She lived in Lyon and Geneva"
    words = {"de": ("Sie", "wohnte", "in", "Lyon", "und", "Genf"),
             "en": ("She", "lived", "in", "Lyon", "and", "Geneva")}[lang]
    case = {"de": "case", "en": "prep"}[lang]
    obj = {"de": "obl", "en": "pobj"}[lang]
    return build([
        (words[0], 1, "nsubj", "PRON", words[0].lower(), "PronType=Prs"),
        (words[1], 1, "ROOT", "VERB", words[1], FIN),
        (words[2], 3 if lang == "de" else 1, case, "ADP", words[2], ""),
        (words[3], 1 if lang == "de" else 2, obj, "PROPN", words[3], ""),
        (words[4], 5, "cc", "CCONJ", words[4], ""), (words[5], 3, "conj", "PROPN", words[5], ""),
    ])


def test_german_preposition_opens_the_object_and_is_shared_by_conjuncts():
    # the shared preposition stays in the relation of the later conjunct (not next to it)
    assert run(_lived("de")) == {("Sie", "wohnte", "in Lyon"), ("Sie", "wohnte in", "Genf")}


def test_english_preposition_stays_in_the_relation_and_is_shared_by_conjuncts():
    assert run(_lived("en"), "en") == {("She", "lived in", "Lyon"), ("She", "lived in", "Geneva")}


def test_particle_verb_bracket_is_one_object():
    # "Die Firma stellt im Herbst neue Mitarbeiter ein"
    doc = build([
        ("Die", 1, "det", "DET", "der", ""), ("Firma", 2, "nsubj", "NOUN", "Firma", ""),
        ("stellt", 2, "ROOT", "VERB", "stellen", FIN), ("im", 4, "case", "ADP", "in", ""),
        ("Herbst", 2, "obl", "NOUN", "Herbst", ""), ("neue", 6, "amod", "ADJ", "neu", ""),
        ("Mitarbeiter", 2, "obj", "NOUN", "Mitarbeiter", ""),
        ("ein", 2, "compound:prt", "ADP", "ein", ""),
    ])
    got = run(doc)
    assert ("Die Firma", "stellt", "im Herbst neue Mitarbeiter ein") in got
    assert ("Die Firma", "stellt ein", "neue Mitarbeiter") in got  # the ordinary fact stays


def test_modal_bracket_is_one_object_but_passive_is_not():
    # "Die Kinder dürfen heute im Garten spielen"
    doc = build([
        ("Die", 1, "det", "DET", "der", ""), ("Kinder", 6, "nsubj", "NOUN", "Kind", ""),
        ("dürfen", 6, "aux", "AUX", "dürfen", FIN), ("heute", 6, "advmod", "ADV", "heute", ""),
        ("im", 5, "case", "ADP", "in", ""), ("Garten", 6, "obl", "NOUN", "Garten", ""),
        ("spielen", 6, "ROOT", "VERB", "spielen", "VerbForm=Inf"),
    ])
    doc[2].tag_ = "VMFIN"
    got = run(doc)
    assert ("Die Kinder", "dürfen", "heute im Garten spielen") in got
    assert ("Die Kinder", "dürfen spielen", "im Garten") in got
    # "Das Haus wurde im Mai verkauft": BenchIE-de keeps a passive's verbs together
    doc = build([
        ("Das", 1, "det", "DET", "der", ""), ("Haus", 5, "nsubj:pass", "NOUN", "Haus", ""),
        ("wurde", 5, "aux:pass", "AUX", "werden", FIN), ("im", 4, "case", "ADP", "in", ""),
        ("Mai", 5, "obl", "PROPN", "Mai", ""),
        ("verkauft", 5, "ROOT", "VERB", "verkaufen", "VerbForm=Part"),
    ])
    assert run(doc) == {("Das Haus", "wurde verkauft", "im Mai")}


def test_no_bracket_object_when_the_subject_stands_inside_it_or_in_english():
    # "Im Herbst stellt die Firma Mitarbeiter ein": the object would not be one span
    doc = build([
        ("Im", 1, "case", "ADP", "in", ""), ("Herbst", 2, "obl", "NOUN", "Herbst", ""),
        ("stellt", 2, "ROOT", "VERB", "stellen", FIN), ("die", 4, "det", "DET", "der", ""),
        ("Firma", 2, "nsubj", "NOUN", "Firma", ""),
        ("Mitarbeiter", 2, "obj", "NOUN", "Mitarbeiter", ""),
        ("ein", 2, "compound:prt", "ADP", "ein", ""),
    ])
    assert not any(rel == "stellt" for _, rel, _ in run(doc))
    # "The firm will hire new staff": English has no verb bracket
    doc = build([
        ("The", 1, "det", "DET", "the", ""), ("firm", 3, "nsubj", "NOUN", "firm", ""),
        ("will", 3, "aux", "AUX", "will", FIN), ("hire", 3, "ROOT", "VERB", "hire", ""),
        ("new", 5, "amod", "ADJ", "new", ""), ("staff", 3, "dobj", "NOUN", "staff", ""),
    ])
    doc[2].tag_ = "MD"
    assert run(doc, "en") == {("The firm", "will hire", "new staff")}


def test_german_adverbials_stay_whole_objects_do_not():
    # "Er wohnte am Rande der Stadt" / "Er kaufte das Haus seines Onkels"
    doc = build([
        ("Er", 1, "nsubj", "PRON", "er", "PronType=Prs"),
        ("wohnte", 1, "ROOT", "VERB", "wohnen", FIN),
        ("am", 3, "case", "ADP", "an", ""), ("Rande", 1, "obl", "NOUN", "Rand", ""),
        ("der", 5, "det", "DET", "der", ""), ("Stadt", 3, "nmod", "NOUN", "Stadt", "Case=Gen"),
    ])
    assert run(doc) == {("Er", "wohnte", "am Rande der Stadt")}
    doc = build([
        ("Er", 1, "nsubj", "PRON", "er", "PronType=Prs"),
        ("kaufte", 1, "ROOT", "VERB", "kaufen", FIN),
        ("das", 3, "det", "DET", "der", ""), ("Haus", 1, "obj", "NOUN", "Haus", ""),
        ("seines", 5, "det:poss", "DET", "sein", ""),
        ("Onkels", 3, "nmod", "NOUN", "Onkel", "Case=Gen"),
    ])
    assert run(doc) == {("Er", "kaufte", "das Haus seines Onkels"), ("Er", "kaufte", "das Haus"),
                        ("Er", "kaufte das Haus", "seines Onkels")}


def test_english_adverbials_keep_their_nested_facts():
    # "He lived on the edge of the town"
    doc = build([
        ("He", 1, "nsubj", "PRON", "he", ""), ("lived", 1, "ROOT", "VERB", "live", FIN),
        ("on", 1, "prep", "ADP", "on", ""), ("the", 4, "det", "DET", "the", ""),
        ("edge", 2, "pobj", "NOUN", "edge", ""), ("of", 4, "prep", "ADP", "of", ""),
        ("the", 7, "det", "DET", "the", ""), ("town", 5, "pobj", "NOUN", "town", ""),
    ])
    got = run(doc, "en")
    assert ("He", "lived on the edge of", "the town") in got
    assert ("He", "lived on", "the edge") in got


def test_a_verb_the_parser_made_a_subject_gives_no_fact():
    # "gegangen kann niemand erklären" (a misparse: the participle as subject)
    doc = build([
        ("gegangen", 2, "nsubj", "VERB", "gehen", "VerbForm=Part"),
        ("kann", 2, "aux", "AUX", "können", FIN),
        ("erklären", 2, "ROOT", "VERB", "erklären", "VerbForm=Inf"),
        ("niemand", 2, "obj", "PRON", "niemand", ""),
    ])
    assert run(doc) == set()


def test_coordinated_participles_share_the_auxiliary():
    # "Das Brot wurde am Morgen gebacken und am Abend verkauft": a leading auxiliary
    doc = build([
        ("Das", 1, "det", "DET", "der", ""), ("Brot", 5, "nsubj:pass", "NOUN", "Brot", ""),
        ("wurde", 5, "aux:pass", "AUX", "werden", FIN), ("am", 4, "case", "ADP", "an", ""),
        ("Morgen", 5, "obl", "NOUN", "Morgen", ""),
        ("gebacken", 5, "ROOT", "VERB", "backen", "VerbForm=Part"),
        ("und", 9, "cc", "CCONJ", "und", ""), ("am", 8, "case", "ADP", "an", ""),
        ("Abend", 9, "obl", "NOUN", "Abend", ""),
        ("verkauft", 5, "conj", "VERB", "verkaufen", "VerbForm=Part"),
    ])
    got = run(doc)
    assert {("Das Brot", "wurde gebacken", "am Morgen"),
            ("Das Brot", "wurde verkauft", "am Abend")} <= got
    # "Er sagt , dass das Brot am Morgen gebacken und am Abend verkauft wird": a trailing one
    doc = build([
        ("Er", 1, "nsubj", "PRON", "er", "PronType=Prs"), ("sagt", 1, "ROOT", "VERB", "sagen", FIN),
        (",", 8, "punct", "PUNCT", ",", ""), ("dass", 8, "mark", "SCONJ", "dass", ""),
        ("das", 5, "det", "DET", "der", ""), ("Brot", 8, "nsubj:pass", "NOUN", "Brot", ""),
        ("am", 7, "case", "ADP", "an", ""), ("Morgen", 8, "obl", "NOUN", "Morgen", ""),
        ("gebacken", 1, "ccomp", "VERB", "backen", "VerbForm=Part"),
        ("und", 12, "cc", "CCONJ", "und", ""), ("am", 11, "case", "ADP", "an", ""),
        ("Abend", 12, "obl", "NOUN", "Abend", ""),
        ("verkauft", 8, "conj", "VERB", "verkaufen", "VerbForm=Part"),
        ("wird", 12, "aux:pass", "AUX", "werden", FIN),
    ])
    got = run(doc)
    assert {("das Brot", "wird gebacken", "am Morgen"),
            ("das Brot", "wird verkauft", "am Abend")} <= got


def test_a_prepositional_attribute_before_its_noun_is_no_part_of_it():
    # "Sie haben zum Spaß Bomben gebaut", parsed with "zum Spaß" under "Bomben"
    doc = build([
        ("Sie", 5, "nsubj", "PRON", "sie", "PronType=Prs"),
        ("haben", 5, "aux", "AUX", "haben", FIN),
        ("zum", 3, "case", "ADP", "zu", ""), ("Spaß", 4, "nmod", "NOUN", "Spaß", ""),
        ("Bomben", 5, "obj", "NOUN", "Bombe", ""),
        ("gebaut", 5, "ROOT", "VERB", "bauen", "VerbForm=Part"),
    ])
    assert run(doc) == {("Sie", "haben gebaut", "Bomben")}


def test_an_argument_takes_in_the_whole_name_the_parser_split():
    # "Er wurde in Salt Lake City geboren", parsed with "Lake City" as an apposition of "Salt"
    from kg.types import ActorType

    doc = build([
        ("Er", 6, "nsubj:pass", "PRON", "er", "PronType=Prs"),
        ("wurde", 6, "aux:pass", "AUX", "werden", FIN), ("in", 3, "case", "ADP", "in", ""),
        ("Salt", 6, "obl", "PROPN", "Salt", ""), ("Lake", 3, "appos", "PROPN", "Lake", ""),
        ("City", 4, "flat", "PROPN", "City", ""),
        ("geboren", 6, "ROOT", "VERB", "gebären", "VerbForm=Part"),
    ])
    ex = make_openie_extractor(appositions=False)
    split = {(t.subject.text, t.predicate.label, t.object.text)
             for t in ex(doc, document(doc, "de"), mentions(doc, {}))}
    assert split == {("Er", "wurde geboren", "in Salt")}
    named = {(t.subject.text, t.predicate.label, t.object.text)
             for t in ex(doc, document(doc, "de"),
                         mentions(doc, {"Salt Lake City": ActorType.LOCATION}))}
    assert named == {("Er", "wurde geboren", "in Salt Lake City")}


def test_a_subjects_apposition_is_a_subject_too():
    # "Müller , der Anwalt , lobte das Urteil"
    doc = build([
        ("Müller", 5, "nsubj", "PROPN", "Müller", ""), (",", 3, "punct", "PUNCT", ",", ""),
        ("der", 3, "det", "DET", "der", ""), ("Anwalt", 0, "appos", "NOUN", "Anwalt", ""),
        (",", 3, "punct", "PUNCT", ",", ""), ("lobte", 5, "ROOT", "VERB", "loben", FIN),
        ("das", 7, "det", "DET", "der", ""), ("Urteil", 5, "obj", "NOUN", "Urteil", ""),
    ])
    assert run(doc) == {("Müller", "lobte", "das Urteil"), ("der Anwalt", "lobte", "das Urteil"),
                        ("Müller", "ist", "der Anwalt")}  # the apposition's own fact


def test_a_demonstrative_subject_counts_a_stray_article_does_not():
    # "Dies steht im Vergleich" (determiner tag, demonstrative) / "Die steht im Vergleich"
    def doc(word, kind):
        return build([
            (word, 1, "nsubj", "DET", word.lower(), f"PronType={kind}"),
            ("steht", 1, "ROOT", "VERB", "stehen", FIN), ("im", 3, "case", "ADP", "in", ""),
            ("Vergleich", 1, "obl", "NOUN", "Vergleich", ""),
        ])

    assert run(doc("Dies", "Dem")) == {("Dies", "steht", "im Vergleich")}
    assert run(doc("Die", "Art")) == set()


def _facts(nlp, text, lang):
    doc = nlp(text)
    return run(doc, lang)


def test_a_fronted_adverbial_of_a_verb_second_clause_is_no_object(nlp_de, nlp_en):
    # German: an adverbial before the finite verb, the subject after it, sets the scene
    got = _facts(nlp_de, "Im Jahr 2010 lieferte der Kritiker eine vernichtende Kritik.", "de")
    assert ("der Kritiker", "lieferte", "eine vernichtende Kritik") in got
    assert not any("Jahr" in o for _, _, o in got), got
    got = _facts(nlp_de, "Nach dem Krieg kehrte die Familie nach Wien zurück.", "de")
    assert ("die Familie", "kehrte zurück", "nach Wien") in got
    assert not any("Krieg" in o for _, _, o in got), got
    # in the middle field the same phrase is an object; English keeps its own conventions
    got = _facts(nlp_de, "Der Kritiker lieferte im Jahr 2010 eine vernichtende Kritik.", "de")
    assert ("Der Kritiker", "lieferte eine vernichtende Kritik", "im Jahr 2010") in got
    got = _facts(nlp_en, "In 2010, the critic delivered a scathing review.", "en")
    assert any(o == "2010" for _, _, o in got), got


def test_a_clausal_object_also_comes_with_the_adverbs_after_the_verb(nlp_de, nlp_en):
    got = _facts(nlp_de, "Der Minister erklärte außerdem, dass die Steuern sinken würden.", "de")
    assert ("Der Minister", "erklärte", "außerdem, dass die Steuern sinken würden") in got
    assert ("Der Minister", "erklärte", "dass die Steuern sinken würden") in got
    got = _facts(nlp_en, "The spokeswoman said, however, that the company made no mistakes.",
                 "en")
    assert ("The spokeswoman", "said", "however, that the company made no mistakes") in got
    # an adverb before the verb is no part of its object
    got = _facts(nlp_en, "The minister also said that taxes would fall.", "en")
    assert not any(o.startswith("also") for _, _, o in got), got


def test_a_purpose_infinitive_states_no_fact_of_its_own(nlp_de, nlp_en):
    got = _facts(nlp_de, "Er verkaufte das Haus, um seine Schulden zu bezahlen.", "de")
    assert ("Er", "verkaufte", "das Haus") in got
    assert not any(rel.startswith("zu") for _, rel, _ in got), got
    got = _facts(nlp_en, "He sold the house to pay his debts.", "en")
    assert ("He", "sold", "the house") in got
    assert not any(rel.startswith("to") for _, rel, _ in got), got
    # a control infinitive keeps its governing verb in the relation
    got = _facts(nlp_en, "She began to write letters to the mayor.", "en")
    assert ("She", "began to write", "letters") in got
