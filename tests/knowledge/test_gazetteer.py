from pathlib import Path

import pytest

from kg.errors import ConfigError
from kg.knowledge import gazetteer as gz
from kg.types import ActorType


@pytest.mark.parametrize(
    ("name", "entity_id", "kind"),
    [
        ("Russland", "Q159", ActorType.COUNTRY),
        ("Russlands", "Q159", ActorType.COUNTRY),
        ("Russia", "Q159", ActorType.COUNTRY),
        ("Russische Föderation", "Q159", ActorType.COUNTRY),
        ("Kasachstans", "Q232", ActorType.COUNTRY),
        ("Weißrussland", "Q184", ActorType.COUNTRY),
        ("Weissrussland", "Q184", ActorType.COUNTRY),
        ("Belarus", "Q184", ActorType.COUNTRY),
        ("USA", "Q30", ActorType.COUNTRY),
        ("Moldawiens", "Q217", ActorType.COUNTRY),
        ("Kirgistan", "Q813", ActorType.COUNTRY),
        ("NATO", "Q7184", ActorType.ORGANIZATION),
        ("Nato", "Q7184", ActorType.ORGANIZATION),
        ("OVKS", "CSTO", ActorType.ORGANIZATION),
        ("ODKB", "CSTO", ActorType.ORGANIZATION),
        ("Organisation des Vertrags über kollektive Sicherheit", "CSTO", ActorType.ORGANIZATION),
        ("OSZE", "Q81299", ActorType.ORGANIZATION),
        ("Kreml", "Kremlin", ActorType.ORGANIZATION),
        ("STANDARD", "Der_Standard", ActorType.ORGANIZATION),  # a paper naming itself in capitals
        ("Kremls", "Kremlin", ActorType.ORGANIZATION),
        ("Weißes Haus", "White_House", ActorType.ORGANIZATION),
        ("Daesh", "Islamic_State", ActorType.ORGANIZATION),  # the IS's Arabic acronym
        ("ISIL", "Islamic_State", ActorType.ORGANIZATION),
        ("PSOE", "PSOE", ActorType.ORGANIZATION),  # Spain's two large parties
        ("PP", "Partido_Popular", ActorType.ORGANIZATION),
        # large companies: a distinctive name alone, an ambiguous one only in its group form
        ("Honda", "Honda", ActorType.ORGANIZATION),
        # a brand's own exclamation mark, also as the tokenizer's word of its own
        ("Yahoo!", "Yahoo", ActorType.ORGANIZATION),
        ("Yahoo !", "Yahoo", ActorType.ORGANIZATION),
        ("dpa-AFX", "dpa-AFX", ActorType.ORGANIZATION),  # dpa's business wire, not dpa
        ("Novomatic", "Novomatic", ActorType.ORGANIZATION),
        ("Münchener Rück", "Munich_Re", ActorType.ORGANIZATION),
        ("Bayer AG", "Bayer_AG", ActorType.ORGANIZATION),
        ("Metro Group", "Metro_AG", ActorType.ORGANIZATION),
        ("Skoda", "Skoda", ActorType.ORGANIZATION),
        # the platform news of 2015 quotes from is not its later parent company
        ("Facebook", "Facebook", ActorType.ORGANIZATION),
        ("Meta Platforms", "Meta_Platforms", ActorType.ORGANIZATION),
        # parties, NGOs, forces, agencies and clubs news names (German and English names)
        ("Fünf-Sterne-Bewegung", "Five_Star_Movement", ActorType.ORGANIZATION),
        ("Five Star Movement", "Five_Star_Movement", ActorType.ORGANIZATION),
        ("Einiges Russland", "United_Russia", ActorType.ORGANIZATION),
        ("Peschmerga", "Peshmerga", ActorType.ARMED_FORCE),
        ("Peshmerga", "Peshmerga", ActorType.ARMED_FORCE),
        ("Roten Halbmonds", "Red_Crescent", ActorType.ORGANIZATION),
        ("BGH", "Bundesgerichtshof", ActorType.ORGANIZATION),
        ("Bayern München", "FC_Bayern_Munich", ActorType.ORGANIZATION),
        ("Bayern Munich", "FC_Bayern_Munich", ActorType.ORGANIZATION),
        ("ÖFB", "OeFB", ActorType.ORGANIZATION),
        ("taz", "taz", ActorType.ORGANIZATION),
        # the twentieth session's: the US House, a pollster, a company named in its compound
        ("Repräsentantenhaus", "US_House_of_Representatives", ActorType.ORGANIZATION),
        ("House of Representatives", "US_House_of_Representatives", ActorType.ORGANIZATION),
        ("Yougov", "YouGov", ActorType.ORGANIZATION),
        ("Magna-Konzern", "Magna_International", ActorType.ORGANIZATION),
    ],
)
def test_lookup_names(name: str, entity_id: str, kind: ActorType) -> None:
    entry = gz.gazetteer().lookup(name)
    assert entry is not None
    assert (entry.id, entry.type) == (entity_id, kind)


# a name written in capitals matches only so: "Standard" is a noun, "STANDARD" the paper
# a company name that is also a surname, a given name or a word is no company alone
@pytest.mark.parametrize("name", ["Yahoo ?", "Yahoo ! Mail", "Pfaffenroth", "Haus", "Lande",
                                  "Natto", "us", "is", "Eu", "Standard", "standard", "Bayer",
                                  "Metro", "Otto", "Verbund"])
def test_lookup_rejects_non_names(name: str) -> None:
    assert gz.gazetteer().lookup(name) is None


@pytest.mark.parametrize(
    ("word", "entity_id"),
    [("russisch", "Q159"), ("russischen", "Q159"), ("kasachischer", "Q232"),
     ("weissrussischen", "Q184"), ("weißrussische", "Q184"), ("Russian", "Q159"),
     # a former state through the packs' names.tsv (historical news: "Soviet historian X")
     ("Soviet", "Soviet_Union"), ("sowjetischen", "Soviet_Union"),
     # the smaller countries news names too (der luxemburgische Außenminister)
     ("luxemburgische", "Q32"), ("slowenischen", "Q215"), ("marokkanischer", "Q1028"),
     ("eritreische", "Q986"), ("Kenyan", "Q114"), ("Tunisian", "Q948"), ("Slovenian", "Q215")],
)
def test_demonym_adjectives(word: str, entity_id: str) -> None:
    entry = gz.gazetteer().adjective(word)
    assert entry is not None and entry.id == entity_id


@pytest.mark.parametrize(
    ("word", "entity_id"),
    [("Russen", "Russians"), ("Eritreer", "Eritreans"), ("Marokkaner", "Moroccans"),
     ("Tunisians", "Tunisians"), ("Kenyans", "Kenyans")],
)
def test_people_nouns_are_groups(word: str, entity_id: str) -> None:
    entry = gz.gazetteer().people_group(word)
    assert entry is not None
    assert (entry.id, entry.type, entry.label) == (entity_id, ActorType.GROUP, entity_id)


def test_metonym_points_at_country() -> None:
    kremlin = gz.gazetteer().entries["Kremlin"]
    assert ("metonymOf", "Q159") in kremlin.related
    assert kremlin.qid is None


@pytest.mark.parametrize(
    ("name", "gender"),
    [("Russland", "n"), ("Ukraine", "f"), ("Türkei", "f"), ("Iran", "m"), ("USA", "p")],
)
def test_country_gender(name: str, gender: str) -> None:
    assert gz.country_gender(name) == gender


@pytest.mark.parametrize(
    ("text", "folded", "slugged"),
    [("Weißrussland", "weissrussland", "Weissrussland"),
     ("Sławomir  Sierakowski", "slawomir sierakowski", "Slawomir_Sierakowski"),
     ("Berg-Karabach", "berg karabach", "Berg_Karabach"),
     ("Владимир Путин", "владимир путин", "Владимир_Путин"),
     ("習近平", "習近平", "習近平")],
)
def test_fold_and_slug(text: str, folded: str, slugged: str) -> None:
    assert gz.fold(text) == folded
    assert gz.slug(text) == slugged


@pytest.mark.parametrize(("name", "expected"), [("EU", True), ("OVKS", True), ("U.S.", True),
                                                ("Nato", False), ("A", False), ("Kreml", False)])
def test_is_acronym(name: str, expected: bool) -> None:
    assert gz.is_acronym(name) is expected


def test_bad_table_is_a_config_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "actors_aliases.tsv").write_text("country\talias\nUS\tUSA\textra\n", "utf-8")
    monkeypatch.setattr(gz, "ontology_file", lambda name: tmp_path / name)
    with pytest.raises(ConfigError, match="3 columns, expected 2"):
        list(gz.read_table("actors_aliases.tsv"))


def test_missing_table_is_a_config_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(gz, "ontology_file", lambda name: tmp_path / name)
    with pytest.raises(ConfigError, match="missing"):
        list(gz.read_table("actors_orgs.tsv"))


@pytest.mark.parametrize(("name", "entity_id"), [
    ("Russie", "Q159"), ("États-Unis", "Q30"), ("Etats-Unis", "Q30"), ("Allemagne", "Q183"),
    ("Royaume-Uni", "Q145"), ("OTAN", "Q7184"), ("Union européenne", "Q458"),
])
def test_french_names_come_with_the_french_pack(name: str, entity_id: str) -> None:
    entry = gz.gazetteer().lookup(name)
    assert entry is not None and entry.id == entity_id


def test_french_demonyms_people_and_given_names() -> None:
    gaz = gz.gazetteer()
    found = [gaz.adjective(w) for w in ("russe", "ukrainiennes", "américains")]
    assert [e.id if e else None for e in found] == ["Q159", "Q212", "Q30"]
    assert gaz.people_group("Russes") is not None
    assert gaz.lookup("Maurice") is None and gaz.lookup("Dominique") is None  # given names
    assert gaz.lookup("Mauritius") is not None


class _Pack:
    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir


def _with_pack(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, rows: str) -> None:
    """Register a pack ``zz`` whose data folder holds ``names.tsv`` with ``rows``."""
    from kg import registry

    (tmp_path / "names.tsv").write_text("actor\tkind\tforms\n" + rows, encoding="utf-8")
    real = registry.get
    monkeypatch.setattr(gz, "_languages", lambda: ("de", "zz"))
    monkeypatch.setattr(registry, "get", lambda kind, name: (lambda: _Pack(tmp_path))
                        if name == "kg.lang.zz.v1" else real(kind, name))


def test_a_pack_adds_and_removes_names(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _with_pack(monkeypatch, tmp_path, "RU\tname\tRusslandia\nRU\tadjective\trusso\n"
               "Q7184\tname\tAlianza Atlántica\nRU\tnot\tRussland\n")
    gaz = gz.build_gazetteer()
    assert gaz.lookup("Russlandia").id == "Q159"  # type: ignore[union-attr]
    assert gaz.adjective("rusSo").id == "Q159"  # type: ignore[union-attr]
    assert gaz.lookup("Alianza Atlántica").id == "Q7184"  # type: ignore[union-attr]
    assert gaz.lookup("Russland") is None and gaz.lookup("Russia") is not None


@pytest.mark.parametrize(("rows", "message"), [
    ("XX\tname\tNowhere\n", "'XX'"),
    ("AD\tpeople\tAndorrans\n", "people group"),
    ("RU\tnickname\tBear\n", "kind 'nickname'"),
])
def test_a_bad_pack_name_is_a_config_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, rows: str, message: str
) -> None:
    _with_pack(monkeypatch, tmp_path, rows)
    with pytest.raises(ConfigError, match=message):
        gz.build_gazetteer()


@pytest.mark.parametrize("name", [
    "Der Internationale Strafgerichtshof", "des Internationalen Strafgerichtshofs",
    "Die Europäische Union", "der Europäischen Union",
])
def test_adjective_names_are_found_in_every_inflection(name: str) -> None:
    form = name.split(maxsplit=1)[1]
    entry = gz.gazetteer().lookup(form)
    assert entry is not None and entry.type is ActorType.ORGANIZATION, form
    assert gz.gazetteer().span_limit(form.split()[0]) >= 2


def test_inflected_forms_only_of_adjective_runs() -> None:
    forms = set(gz._inflected("Internationaler Strafgerichtshof"))
    assert "Internationale Strafgerichtshof" in forms
    assert list(gz._inflected("United Nations")) == []
    assert list(gz._inflected("Team Stronach")) == []
    assert list(gz._inflected("ORF")) == []


def test_olympic_codes_name_countries() -> None:
    codes = gz.gazetteer().sport_codes
    assert (codes["GER"], codes["SUI"], codes["NED"], codes["AUT"]) == (
        "Q183", "Q39", "Q29999", "Q40")
    assert gz.gazetteer().lookup("GER") is None  # only bracketed after a name, not as a name


@pytest.mark.parametrize(
    ("lang", "word", "expected"),
    [
        # a nationality adjective by its form only where a place's name begins as it does
        ("de", "albanische", True), ("de", "hessischen", True), ("de", "marokkanischen", True),
        ("de", "publizistische", False), ("de", "gegnerische", False),
        ("de", "ideologische", False), ("de", "medizinische", False),
        ("en", "Albanian", True), ("en", "Kurdish", True),
        ("en", "Public", False), ("en", "Electric", False),
    ],
)
def test_demonym_by_form_needs_a_place(lang: str, word: str, expected: bool) -> None:
    from kg.knowledge.lexicons import is_demonym
    from kg.lang import language_pack

    assert is_demonym(word, language_pack(lang)) is expected


def test_a_name_of_two_parties_is_shared() -> None:
    """SVP is Switzerland's and South Tyrol's People's Party: linked by context, or not."""
    assert set(gz.gazetteer().shared["svp"]) == {"Swiss_Peoples_Party",
                                                  "South_Tyrolean_Peoples_Party"}


@pytest.mark.parametrize(
    ("lang", "word", "region"),
    [
        # the region whose one-word name shares the longest beginning with the adjective
        ("de", "niederösterreichischen", "Niederösterreich"),  # not Niederbayern
        ("de", "bayerische", "Bayern"), ("de", "hessischen", "Hessen"),
        ("de", "sächsischen", "Sachsen"),  # not Sächsische Schweiz, not Sachsen-Anhalt
        ("de", "niedersächsische", "Niedersachsen"), ("de", "katalanischen", "Katalonien"),
        ("en", "Kurdish", "Kurdistan"),
        # a country's adjective (the gazetteer's) and a word that is no such adjective: none
        ("de", "russischen", None), ("de", "politischen", None),
        ("en", "Russian", None), ("en", "Public", None),
    ],
)
def test_region_of_a_demonym(lang: str, word: str, region: str | None) -> None:
    from kg.knowledge.lexicons import demonym_region
    from kg.lang import language_pack

    assert demonym_region(word, language_pack(lang)) == region


@pytest.mark.parametrize(
    ("word", "expected"),
    [("Stefan", True), ("Karl-Heinz", True), ("Mary-Kate", True), ("Jean-Claude", True),
     ("Baden-Baden", False), ("Karl-Heinz-Stiftung", False), ("Nord-Stefan", False)],
)
def test_hyphenated_given_names(word: str, expected: bool) -> None:
    from kg.knowledge.lexicons import given_names, is_given_name

    if not given_names():
        pytest.skip("gender-guesser not installed")
    assert is_given_name(word) is expected


@pytest.mark.parametrize(
    ("lang", "words", "town"),
    [
        # a town's adjective: its name and the pack's ending; -ner also for a name in -en
        ("de", ("der", "Wiener"), "Wien"),
        ("de", ("die", "Grazer"), "Graz"),
        ("de", ("im", "Brüsseler"), "Brüssel"),
        ("de", ("der", "Münchner"), "München"),
        ("de", ("Die", "Kärntner"), "Kärnten"),
        # two words: the town's name has two
        ("de", ("New", "Yorker"), "New York"),
        # a given name or a word whose stem is no place
        ("de", ("der", "Peter"), None),
        ("de", ("der", "Lehrer"), None),
        # English has no such adjective
        ("en", ("the", "Viennese"), None),
        ("en", ("the", "Londoner"), None),
    ],
)
def test_city_adjectives(lang: str, words: tuple[str, str], town: str | None) -> None:
    from kg.knowledge.lexicons import city_adjective_before
    from kg.lang import language_pack

    assert city_adjective_before(words, language_pack(lang)) == town
