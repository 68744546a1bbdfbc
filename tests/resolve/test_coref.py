import pytest

from kg.resolve.coref import Context, description_types, is_anaphor, resolve_anaphors
from kg.types import ActorType as A
from kg.types import Mention

from .helpers import mention, pronoun


def _resolve(text: str, named: list[tuple[Mention, str]], anaphors: list[Mention],
             lang: str = "de") -> dict[str, str | None]:
    links = resolve_anaphors(anaphors, named, Context(text, lang))
    return {f"{a.text}@{a.start}": (links[a].entity_id if a in links else None) for a in anaphors}


def test_er_goes_to_the_masculine_subject_of_the_previous_sentence() -> None:
    text = ("Es ist unklar, was der Kreml in Kasachstan erreichen will. "
            "Sollte er versuchen, die Kontrolle zu übernehmen, geriete er in Not.")
    named = [(mention(text, "Kreml", A.ORGANIZATION, key="Kremlin"), "Kremlin"),
             (mention(text, "Kasachstan", A.COUNTRY, key="Q232"), "Q232")]
    anaphors = [pronoun(text, "er", nth=0), pronoun(text, "er", nth=1)]
    assert set(_resolve(text, named, anaphors).values()) == {"Kremlin"}


def test_possessive_goes_to_the_nearest_agreeing_actor() -> None:
    text = ("Die OVKS griff nicht ein, als Kirgisistan 2010 Russland um Hilfe bat, und auch nicht, "
            "als Armenien während seines Konflikts Unterstützung anforderte.")
    named = [(mention(text, "OVKS", A.ORGANIZATION, key="CSTO"), "CSTO"),
             (mention(text, "Kirgisistan", A.COUNTRY, key="Q813"), "Q813"),
             (mention(text, "Russland", A.COUNTRY, key="Q159"), "Q159"),
             (mention(text, "Armenien", A.COUNTRY, key="Q399"), "Q399")]
    seines = pronoun(text, "seines")
    assert _resolve(text, named, [seines]) == {f"seines@{seines.start}": "Q399"}


@pytest.mark.parametrize(
    ("text", "names", "word"),
    [
        # only a feminine candidate for a masculine pronoun
        ("Die Ukraine protestiert. Er schweigt.", [("Ukraine", A.COUNTRY, "Q212")], "Er"),
        # two neuter countries at similar distance: ambiguous
        ("Gestern trafen sich Vertreter aus Estland und Lettland. Sein Präsident reist.",
         [("Estland", A.COUNTRY, "Q191"), ("Lettland", A.COUNTRY, "Q211")], "Sein"),
        # plural pronoun after a coordination: the antecedent is a set
        ("Chevron, ExxonMobil und andere haben Felder, und das Letzte, was sie wollen, ist Streit.",
         [("Chevron", A.ORGANIZATION, "Chevron"), ("ExxonMobil", A.ORGANIZATION, "ExxonMobil")],
         "sie"),
        # antecedent too far away
        ("Putin schweigt. Es regnet. Es schneit. Dann kommt er.", [("Putin", A.PERSON, "P")], "er"),
        # English "it" never refers to a person
        ("Putin spoke. Then it rained.", [("Putin", A.PERSON, "P")], "it"),
    ],
)
def test_pronouns_that_must_stay_unresolved(text: str, names: list[tuple[str, A, str]],
                                            word: str) -> None:
    named = [(mention(text, n, kind, key=key), key) for n, kind, key in names]
    lang = "en" if " spoke" in text else "de"
    assert set(_resolve(text, named, [pronoun(text, word)], lang).values()) == {None}


def test_english_he_and_they() -> None:
    text = "Vladimir Putin met the protesters. He said they must leave."
    named = [(mention(text, "Vladimir Putin", A.PERSON), "Vladimir_Putin"),
             (mention(text, "protesters", A.GROUP), "protesters")]
    got = _resolve(text, named, [pronoun(text, "He"), pronoun(text, "they")], "en")
    assert sorted(v for v in got.values() if v) == ["Vladimir_Putin", "protesters"]


@pytest.mark.parametrize(
    ("text", "names", "description", "expected"),
    [
        ("Der Kreml will Kasachstan kontrollieren. Die Ressourcen des Landes locken.",
         [("Kreml", A.ORGANIZATION, "Kremlin"), ("Kasachstan", A.COUNTRY, "Q232")],
         "des Landes", "Q232"),
        ("Sie wird von Generaloberst Andrej Serdjukow geleitet, demselben Mann, der siegte.",
         [("Andrej Serdjukow", A.PERSON, "Andrej_Serdjukow")], "demselben Mann",
         "Andrej_Serdjukow"),
        ("Die Nato tagt. Das Land schweigt.", [("Nato", A.ORGANIZATION, "Q7184")], "Das Land",
         None),
    ],
)
def test_definite_descriptions(text: str, names: list[tuple[str, A, str]], description: str,
                               expected: str | None) -> None:
    named = [(mention(text, n, kind, key=key), key) for n, kind, key in names]
    desc = mention(text, description, A.CONCEPT, source="np")
    assert is_anaphor(desc)
    assert list(_resolve(text, named, [desc]).values()) == [expected]


def test_formal_sie_is_not_resolved() -> None:
    text = "Die Regierung schreibt: Können Sie kommen?"
    named = [(mention(text, "Regierung", A.ORGANIZATION), "Regierung")]
    assert list(_resolve(text, named, [pronoun(text, "Sie")]).values()) == [None]


def test_sentence_initial_sie_is_she_or_they() -> None:
    # capitalised only because it opens the sentence: the feminine subject before it
    text = "Die HDP kritisierte die Regierung. Sie bezichtigt die AKP der Lüge."
    named = [(mention(text, "HDP", A.ORGANIZATION, key="HDP"), "HDP"),
             (mention(text, "Regierung", A.ORGANIZATION), "Regierung"),
             (mention(text, "AKP", A.ORGANIZATION, key="AKP"), "AKP")]
    assert list(_resolve(text, named, [pronoun(text, "Sie")]).values()) == ["HDP"]


def test_chains_follow_resolved_pronouns() -> None:
    text = "Der Kreml zögert. Er wartet. Dann handelt er."
    named = [(mention(text, "Kreml", A.ORGANIZATION, key="Kremlin"), "Kremlin")]
    got = _resolve(text, named, [pronoun(text, "Er"), pronoun(text, "er")])
    assert set(got.values()) == {"Kremlin"}


@pytest.mark.parametrize(
    ("lang", "text", "names", "word", "expected"),
    [
        # both actors of the main clause agree with "it": only world knowledge decides
        ("en", "The EU imposed sanctions on Russia after it annexed Crimea.",
         [("EU", A.ORGANIZATION, "EU"), ("Russia", A.COUNTRY, "Q159")], "it", None),
        ("en", "Putin met Biden in Geneva before he flew to Moscow.",
         [("Putin", A.PERSON, "P"), ("Biden", A.PERSON, "B")], "he", None),
        # one candidate in the main clause: resolved
        ("en", "Germany said that it would support Ukraine.",
         [("Germany", A.COUNTRY, "Q183"), ("Ukraine", A.COUNTRY, "Q212")], "it", "Q183"),
        # the antecedent is in the pronoun's own clause
        ("de", "Die OVKS griff nicht ein, als Armenien während seines Konflikts Unterstützung "
               "anforderte.",
         [("OVKS", A.ORGANIZATION, "CSTO"), ("Armenien", A.COUNTRY, "Q399")], "seines", "Q399"),
    ],
)
def test_clause_rivals_on_real_parses(request: pytest.FixtureRequest, lang: str, text: str,
                                      names: list[tuple[str, A, str]], word: str,
                                      expected: str | None) -> None:
    nlp = request.getfixturevalue(f"nlp_{lang}")
    named = [(mention(text, n, kind, key=key), key) for n, kind, key in names]
    ana = pronoun(text, word)
    links = resolve_anaphors([ana], named, Context(text, lang, nlp(text)))
    assert (links[ana].entity_id if ana in links else None) == expected


@pytest.mark.parametrize(
    ("lang", "text", "names", "word", "expected"),
    [
        # "sie haben": the parser's plural rules out one person, even the only candidate ...
        ("de", "Napoleon übernahm die Macht in Paris. Im Frühjahr haben sie das Land verlassen.",
         [("Napoleon", A.PERSON, "N"), ("Paris", A.LOCATION, "P")], "sie", None),
        # ... "sie hat" is singular and finds her, and a plural finds a group
        ("de", "Maria Huber kam spät zur Sitzung. Sie hat den Zug verpasst.",
         [("Maria Huber", A.PERSON, "M")], "Sie", "M"),
        ("de", "Die Demonstranten zogen vor das Parlament. Dort haben sie Kerzen angezündet.",
         [("Demonstranten", A.GROUP, "G")], "sie", "G"),
        # "dieser" is the nearest agreeing noun: no actor when that noun is none ...
        ("de", "Google stattet seine Autos mit einem Laser aus. Dieser erfasst die Umgebung.",
         [("Google", A.ORGANIZATION, "G")], "Dieser", None),
        # ... the actor when it is one
        ("de", "Der Minister traf den Kanzler Werner Faymann. Dieser lehnte den Plan ab.",
         [("Werner Faymann", A.PERSON, "F")], "Dieser", "F"),
        # English "they" was plural already
        ("en", "Maria Huber arrived late. Then they left the room.",
         [("Maria Huber", A.PERSON, "M")], "they", None),
        # a person named by a noun has the noun's gender: "ihn" is not "seine Frau"
        ("de", "Gunnlaugsson trat zurück. Nach Enthüllungen über seine Frau hatten Tausende "
               "gegen ihn protestiert.",
         [("Gunnlaugsson", A.PERSON, "G"), ("Frau", A.PERSON, "W")], "ihn", "G"),
        ("de", "Gunnlaugsson trat zurück. Nach Enthüllungen über seine Frau hatten Tausende "
               "gegen sie protestiert.",
         [("Gunnlaugsson", A.PERSON, "G"), ("Frau", A.PERSON, "W")], "sie", "W"),
    ],
)
def test_pronoun_number_and_nearest_noun_from_the_parse(
        request: pytest.FixtureRequest, lang: str, text: str, names: list[tuple[str, A, str]],
        word: str, expected: str | None) -> None:
    nlp = request.getfixturevalue(f"nlp_{lang}")
    named = [(mention(text, n, kind, key=key), key) for n, kind, key in names]
    ana = pronoun(text, word)
    links = resolve_anaphors([ana], named, Context(text, lang, nlp(text)))
    assert (links[ana].entity_id if ana in links else None) == expected


@pytest.mark.parametrize(
    ("lang", "text", "names", "word", "expected"),
    [
        # the pronoun object of a relative clause is not the clause's subject (the relative
        # pronoun's noun): the other person is meant
        ("de", "Kritik gab es für Klubobmann Karl Huber, der vor der Wahl Müllers diesen "
               "mehrfach kritisiert hatte.",
         [("Karl Huber", A.PERSON, "H"), ("Müllers", A.PERSON, "M")], "diesen", "M"),
        ("de", "Schmid hatte Huber eingeladen. Danach kritisierte Schmid ihn heftig.",
         [("Schmid", A.PERSON, "S"), ("Huber", A.PERSON, "H"), ("Schmid", A.PERSON, "S")],
         "ihn", "H"),
        ("en", "Smith invited Jones. Later, Smith criticised him sharply.",
         [("Smith", A.PERSON, "S"), ("Jones", A.PERSON, "J"), ("Smith", A.PERSON, "S")],
         "him", "J"),
        # the possessive of a copula's noun is not the one the copula says holds it
        ("de", "Martina Schröck trat zurück. Michael Ehmann ist ihr Nachfolger.",
         [("Martina Schröck", A.PERSON, "S"), ("Michael Ehmann", A.PERSON, "E")], "ihr", "S"),
        ("de", "Martina Schröck trat zurück. Ihr Nachfolger ist der Techniker Michael Ehmann.",
         [("Martina Schröck", A.PERSON, "S"), ("Michael Ehmann", A.PERSON, "E")], "Ihr", "S"),
        ("en", "Martina Schroeck resigned. Michael Ehmann is her successor.",
         [("Martina Schroeck", A.PERSON, "S"), ("Michael Ehmann", A.PERSON, "E")], "her", "S"),
    ],
)
def test_a_pronoun_object_is_not_its_clause_subject(
        request: pytest.FixtureRequest, lang: str, text: str, names: list[tuple[str, A, str]],
        word: str, expected: str | None) -> None:
    nlp = request.getfixturevalue(f"nlp_{lang}")
    seen: dict[str, int] = {}
    named = []
    for n, kind, key in names:
        named.append((mention(text, n, kind, key=key, nth=seen.get(n, 0)), key))
        seen[n] = seen.get(n, 0) + 1
    ana = pronoun(text, word)
    links = resolve_anaphors([ana], named, Context(text, lang, nlp(text)))
    assert (links[ana].entity_id if ana in links else None) == expected


@pytest.mark.parametrize(
    ("lang", "text", "description", "expected"),
    [
        # descriptions.tsv of the document's pack
        ("de", "Die Polizei nahm Jan Brodsky fest. Derselbe Mann war geflohen.",
         "Derselbe Mann", "Jan_Brodsky"),
        ("en", "Police arrested Jan Brodsky. The same man had escaped.", "The same man",
         "Jan_Brodsky"),
        ("fr", "La police a arrêté Jan Brodsky. Le même homme s'était enfui.", "Le même homme",
         "Jan_Brodsky"),
    ],
)
def test_descriptions_from_pack_data(lang: str, text: str, description: str,
                                     expected: str) -> None:
    named = [(mention(text, "Jan Brodsky", A.PERSON, key="Jan_Brodsky"), "Jan_Brodsky")]
    desc = mention(text, description, A.CONCEPT, source="np")
    assert is_anaphor(desc, lang)
    assert list(_resolve(text, named, [desc], lang=lang).values()) == [expected]


@pytest.mark.parametrize(
    ("lang", "words", "kinds"),
    [
        ("de", "das Bündnis", {A.ORGANIZATION}),
        ("en", "the alliance", {A.ORGANIZATION}),
        ("fr", "l'alliance", {A.ORGANIZATION}),
        ("de", "des Landes", {A.COUNTRY}),
        ("en", "the country", {A.COUNTRY}),
        ("fr", "le pays", {A.COUNTRY}),
        ("de", "the country", None),  # the document's pack only
        ("xx", "das Land", None),  # a pack without descriptions.tsv has none
        (None, "the country", {A.COUNTRY}),  # no language: every pack's
    ],
)
def test_description_types_per_pack(lang: str | None, words: str,
                                    kinds: set[A] | None) -> None:
    assert description_types(mention(words, words, A.CONCEPT, source="np"), lang) == kinds


@pytest.mark.parametrize(
    ("lang", "text", "subject"),
    [("de", "Es regnete, weil Kowalski kam.", True),
     ("en", "It rained because Kowalski came.", True),
     ("en", "Es regnete, weil Kowalski kam.", False)],
)
def test_clause_openers_from_pack_data(lang: str, text: str, subject: bool) -> None:
    assert Context(text, lang)._clause_initial(text.index("Kowalski")) is subject


@pytest.mark.parametrize(("lang", "text", "inside", "actor", "word"), [
    # a name inside a compound word is no antecedent (an anaphoric island): "sie" is the groups
    ("de", "Die Milizen trafen sich bei einer UN-Konferenz. Danach eroberten sie die Stadt.",
     "UN", "Milizen", "sie"),
    ("en", "The militias met at a UN-backed conference. Then they took the town.",
     "UN", "militias", "they"),
])
def test_a_name_inside_a_compound_is_no_antecedent(lang, text, inside, actor, word) -> None:
    named = [(mention(text, actor, A.GROUP), "groups"),
             (mention(text, inside, A.ORGANIZATION, key="Q1065"), "Q1065")]
    links = _resolve(text, named, [pronoun(text, word)], lang)
    assert set(links.values()) == {"groups"}, links
