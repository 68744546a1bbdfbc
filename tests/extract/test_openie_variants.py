"""Open-IE wider-object variants: leading adverbs, chained adverbials, clausal objects."""

from kg.extract.openie import make_openie_extractor
from tests.extract.builders import build, document, mentions


def run(doc, lang="de"):
    ex = make_openie_extractor()
    return {(t.subject.text, t.predicate.label, t.object.text)
            for t in ex(doc, document(doc, lang), mentions(doc, {}))}


def _died(lang):
    # "Sie starb im Oktober 1915 an einem Herzinfarkt" / "She died in October 1915 of a stroke"
    words = {"de": ("Sie", "starb", "im", "Oktober", "an", "einem", "Herzinfarkt"),
             "en": ("She", "died", "in", "October", "of", "a", "stroke")}[lang]
    return build([
        (words[0], 1, "nsubj", "PRON", words[0].lower(), "PronType=Prs"),
        (words[1], 1, "ROOT", "VERB", words[1], "VerbForm=Fin"),
        (words[2], 3, "case", "ADP", words[2], ""), (words[3], 1, "obl", "NOUN", words[3], ""),
        ("1915", 3, "nummod", "NUM", "1915", ""), (words[4], 7, "case", "ADP", words[4], ""),
        (words[5], 7, "det", "DET", words[5], ""), (words[6], 1, "obl", "NOUN", words[6], ""),
    ])


def test_german_adjacent_adverbials_are_chained_into_one_object():
    got = run(_died("de"))
    assert ("Sie", "starb", "im Oktober 1915 an einem Herzinfarkt") in got
    assert ("Sie", "starb", "im Oktober 1915") in got  # the single arguments stay
    assert ("Sie", "starb", "an einem Herzinfarkt") in got


def test_a_chain_starts_at_the_first_of_adjacent_adverbials():
    # "Sie starb im Oktober 1915 in Wien an einem Herzinfarkt": runs from "im Oktober" only
    doc = build([
        ("Sie", 1, "nsubj", "PRON", "sie", "PronType=Prs"),
        ("starb", 1, "ROOT", "VERB", "sterben", "VerbForm=Fin"),
        ("im", 3, "case", "ADP", "in", ""), ("Oktober", 1, "obl", "NOUN", "Oktober", ""),
        ("1915", 3, "nummod", "NUM", "1915", ""), ("in", 6, "case", "ADP", "in", ""),
        ("Wien", 1, "obl", "PROPN", "Wien", ""), ("an", 9, "case", "ADP", "an", ""),
        ("einem", 9, "det", "DET", "ein", ""), ("Herzinfarkt", 1, "obl", "NOUN", "Herzinfarkt", ""),
    ])
    got = run(doc)
    assert ("Sie", "starb", "im Oktober 1915 in Wien") in got
    assert ("Sie", "starb", "im Oktober 1915 in Wien an einem Herzinfarkt") in got
    assert ("Sie", "starb", "in Wien") in got  # the single argument stays
    assert ("Sie", "starb", "in Wien an einem Herzinfarkt") not in got


def _rows_without_range_end():
    return [
        ("Die", 1, "det", "DET", "der", ""), ("Kirche", 5, "nsubj:pass", "NOUN", "Kirche", ""),
        ("wurde", 5, "aux:pass", "AUX", "werden", "VerbForm=Fin"),
        ("von", 4, "case", "ADP", "von", ""), ("2006", 5, "obl", "NUM", "2006", ""),
        ("renoviert", 5, "ROOT", "VERB", "renovieren", "VerbForm=Part"),
    ]


def test_a_german_range_is_one_object():
    # "Die Kirche wurde von 2006 bis 2008 renoviert": neither end is an object by itself
    doc = build([
        ("Die", 1, "det", "DET", "der", ""), ("Kirche", 7, "nsubj:pass", "NOUN", "Kirche", ""),
        ("wurde", 7, "aux:pass", "AUX", "werden", "VerbForm=Fin"),
        ("von", 4, "case", "ADP", "von", ""), ("2006", 7, "obl", "NUM", "2006", ""),
        ("bis", 6, "case", "ADP", "bis", ""), ("2008", 7, "obl", "NUM", "2008", ""),
        ("renoviert", 7, "ROOT", "VERB", "renovieren", "VerbForm=Part"),
    ])
    got = run(doc)
    assert ("Die Kirche", "wurde renoviert", "von 2006 bis 2008") in got
    assert not {o for _, _, o in got} & {"von 2006", "bis 2008"}, got
    # one end alone stays an object
    got = run(build(_rows_without_range_end()))
    assert ("Die Kirche", "wurde renoviert", "von 2006") in got


def test_english_adverbials_are_not_chained():
    got = run(_died("en"), "en")
    assert ("She", "died in", "October 1915") in got
    assert not any(o.endswith("stroke") and o.startswith("October") for _, _, o in got)


def test_coordinated_arguments_are_not_chained():
    # "Er reiste nach Rom , nach Paris" — a comma between the arguments breaks the chain
    doc = build([
        ("Er", 1, "nsubj", "PRON", "er", "PronType=Prs"),
        ("reiste", 1, "ROOT", "VERB", "reisen", "VerbForm=Fin"),
        ("nach", 3, "case", "ADP", "nach", ""), ("Rom", 1, "obl", "PROPN", "Rom", ""),
        (",", 6, "punct", "PUNCT", ",", ""), ("nach", 6, "case", "ADP", "nach", ""),
        ("Paris", 1, "obl", "PROPN", "Paris", ""),
    ])
    assert run(doc) == {("Er", "reiste", "nach Rom"), ("Er", "reiste", "nach Paris")}


def test_adverbs_right_before_an_object_join_a_variant_of_it():
    # "Die Nazis erlaubten jedoch eine Generalprobe"
    doc = build([
        ("Die", 1, "det", "DET", "der", ""), ("Nazis", 2, "nsubj", "NOUN", "Nazi", ""),
        ("erlaubten", 2, "ROOT", "VERB", "erlauben", "VerbForm=Fin"),
        ("jedoch", 2, "advmod", "ADV", "jedoch", ""), ("eine", 5, "det", "DET", "ein", ""),
        ("Generalprobe", 2, "obj", "NOUN", "Generalprobe", ""),
    ])
    assert run(doc) == {("Die Nazis", "erlaubten", "eine Generalprobe"),
                        ("Die Nazis", "erlaubten", "jedoch eine Generalprobe")}


def test_complement_clause_is_an_object():
    # "Der Arzt vermutet , dass Liebe hinter dem Leiden steckt"
    doc = build([
        ("Der", 1, "det", "DET", "der", ""), ("Arzt", 2, "nsubj", "NOUN", "Arzt", ""),
        ("vermutet", 2, "ROOT", "VERB", "vermuten", "VerbForm=Fin"),
        (",", 9, "punct", "PUNCT", ",", ""), ("dass", 9, "mark", "SCONJ", "dass", ""),
        ("Liebe", 9, "nsubj", "NOUN", "Liebe", ""), ("hinter", 8, "case", "ADP", "hinter", ""),
        ("dem", 8, "det", "DET", "der", ""), ("Leiden", 9, "obl", "NOUN", "Leiden", ""),
        ("steckt", 2, "ccomp", "VERB", "stecken", "VerbForm=Fin"),
    ])
    got = run(doc)
    assert ("Der Arzt", "vermutet", "dass Liebe hinter dem Leiden steckt") in got
    assert ("Liebe", "steckt", "hinter dem Leiden") in got  # the inner clause's own fact


def test_zu_infinitive_is_an_object_besides_the_control_reading():
    # "Sie versuchte , es zu verkaufen"
    doc = build([
        ("Sie", 1, "nsubj", "PRON", "sie", "PronType=Prs"),
        ("versuchte", 1, "ROOT", "VERB", "versuchen", "VerbForm=Fin"),
        (",", 5, "punct", "PUNCT", ",", ""), ("es", 5, "obj", "PRON", "es", "PronType=Prs"),
        ("zu", 5, "mark", "PART", "zu", ""),
        ("verkaufen", 1, "xcomp", "VERB", "verkaufen", "VerbForm=Inf"),
    ])
    got = run(doc)
    assert ("Sie", "versuchte", "es zu verkaufen") in got
    assert ("Sie", "versuchte zu verkaufen", "es") in got


def test_purpose_clauses_and_one_word_clauses_are_not_objects():
    # "Er sagte , um zu gehen" is no complement; "Er sagte gelacht" (stray ccomp) neither
    doc = build([
        ("Er", 1, "nsubj", "PRON", "er", "PronType=Prs"),
        ("sagte", 1, "ROOT", "VERB", "sagen", "VerbForm=Fin"),
        (",", 5, "punct", "PUNCT", ",", ""), ("um", 5, "mark", "SCONJ", "um", ""),
        ("zu", 5, "mark", "PART", "zu", ""), ("gehen", 1, "advcl", "VERB", "gehen", ""),
        ("gelacht", 1, "ccomp", "VERB", "lachen", "VerbForm=Part"),
    ])
    assert not any(p == "sagte" for _, p, _ in run(doc))


def test_infinitives_of_an_object_noun_are_objects_with_the_noun_in_the_relation():
    # "Es beschreibt die Notwendigkeit , Spione zu benutzen und zuzuschlagen"
    doc = build([
        ("Es", 1, "nsubj", "PRON", "es", "PronType=Prs"),
        ("beschreibt", 1, "ROOT", "VERB", "beschreiben", "VerbForm=Fin"),
        ("die", 3, "det", "DET", "der", ""),
        ("Notwendigkeit", 1, "obj", "NOUN", "Notwendigkeit", ""),
        (",", 7, "punct", "PUNCT", ",", ""), ("Spione", 7, "obj", "NOUN", "Spion", ""),
        ("zu", 7, "mark", "PART", "zu", ""), ("benutzen", 3, "acl", "VERB", "benutzen", ""),
        ("und", 9, "cc", "CCONJ", "und", ""),
        ("zuzuschlagen", 7, "conj", "VERB", "zuschlagen", "VerbForm=Inf"),
    ])
    doc[9].tag_ = "VVIZU"
    got = run(doc)
    assert ("Es", "beschreibt die Notwendigkeit", "Spione zu benutzen") in got
    assert ("Es", "beschreibt die Notwendigkeit", "zuzuschlagen") in got  # coordinated
    assert ("Es", "beschreibt", "die Notwendigkeit") in got
