"""Colour nouns resolve to the one party of their colour their document names, or stay apart."""

import pytest
from spacy.language import Language

from kg.errors import KGError
from kg.recognize.mentions import find_mentions
from kg.resolve import resolve_docs
from kg.resolve.canonical import assign_names
from kg.types import ActorType as A
from kg.types import Document, Mention

from .helpers import mention


@pytest.mark.parametrize(
    ("lang", "text", "party", "colour", "key", "entity", "rule"),
    [
        # recognition keyed the colour noun with the document's party: the party's node
        ("de", "Die SPÖ verliert. Dafür brauchen die Roten die Stimmen.", "SPÖ", "Roten", "SPO",
         "SPO", "party-colour"),
        ("de", "Die FPÖ klagt. Das ist ein Erfolg der Blauen.", "FPÖ", "Blauen", "FPO", "FPO",
         "party-colour"),
        ("de", "Die CDU siegt. Die Schwarzen jubeln.", "CDU", "Schwarzen", "CDU", "CDU",
         "party-colour"),
        # no key (no party of the colour, or two): resolution guesses none from the table
        ("de", "Die SPÖ verliert. Dafür brauchen die Roten die Stimmen.", "SPÖ", "Roten", None,
         "Roten", "exact"),
        ("en", "Labour lost the vote. The Reds celebrated.", "Labour", "Reds", None, "Reds",
         "exact"),
    ],
)
def test_colour_noun_assignment(lang: str, text: str, party: str, colour: str, key: str | None,
                                entity: str, rule: str) -> None:
    named = mention(text, party, A.ORGANIZATION, key={"Labour": "Labour_Party_UK"}.get(
        party, party.replace("Ö", "O")), source="gazetteer")
    noun = mention(text, colour, A.ORGANIZATION, key=key, source="rule")
    out = assign_names(Document("d", text, lang), [named, noun])
    assert (out[noun].entity_id, out[noun].rule) == (entity, rule)
    assert out[named].entity_id != "Roten"


@pytest.fixture(scope="module")
def nlp_en_kg() -> Language:
    from kg.recognize import load_recognizer

    try:
        return load_recognizer("en")
    except KGError as err:  # pragma: no cover - model missing
        pytest.skip(str(err))


@pytest.mark.parametrize(
    ("lang", "text", "colour", "entity"),
    [
        ("de", "Die SPÖ verliert. Dafür brauchen die Roten die Stimmen der ÖVP.", "Roten", "SPO"),
        ("de", "FPÖ-Chef Strache klagt. Nun wollen die Blauen beim VfGH klagen.", "Blauen", "FPO"),
        ("de", "Die CDU siegt. Die Schwarzen jubeln.", "Schwarzen", "CDU"),
        # none or two parties of the colour: the noun is no party's
        ("de", "Ferrari gewann. So die Meinung bei den Roten, sagte Vettel.", "Roten", None),
        ("de", "Die SPÖ und die SPD treffen sich. Die Roten feiern.", "Roten", None),
        ("de", "Die SPÖ erinnert an die Soldaten der Roten Armee.", "Roten", None),
        ("de", "Die SPÖ zieht die roten Linien.", "roten", None),
        ("en", "Labour lost the vote. The Reds celebrated.", "Reds", None),
    ],
)
def test_colour_noun_is_its_partys_node(nlp_de: Language, nlp_en_kg: Language, lang: str,
                                        text: str, colour: str, entity: str | None) -> None:
    nlp = nlp_de if lang == "de" else nlp_en_kg
    doc = Document("d", text, lang)
    res = resolve_docs([(doc, nlp(text), find_mentions(nlp(text), doc), [])])
    at = text.index(colour)
    linked = {m.start: e for m, e in res.mentions}
    parties = {"SPO", "SPD", "OVP", "FPO", "CDU", "CSU", "NEOS", "FDP", "Labour_Party_UK"}
    if entity is None:
        assert linked.get(at) not in parties
        return
    assert linked[at] == entity
    merge = next(g for g in res.merges if g.mention.start == at)
    assert merge.rule == "party-colour"
    party = next(e for e in res.entities if e.id == entity)
    assert colour not in party.aliases  # the noun links the party; it is none of its names


def test_colour_noun_is_no_name_of_its_party() -> None:
    text = "Die SPÖ verliert. Dafür brauchen die Roten die Stimmen."
    ms: list[Mention] = [mention(text, "SPÖ", A.ORGANIZATION, key="SPO", source="gazetteer"),
                         mention(text, "Roten", A.ORGANIZATION, key="SPO", source="rule")]
    res = resolve_docs([(Document("d", text, "de"), None, ms, [])])
    (spo,) = res.entities
    assert (spo.id, spo.label, spo.aliases) == ("SPO", "Social Democratic Party of Austria",
                                                 ("SPÖ",))
