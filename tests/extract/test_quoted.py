"""The actors a quote names: ``speaker speaksAbout actor`` (:mod:`kg.extract.quoted`)."""

import pytest

from kg.extract.dependency import make_dependency_extractor
from kg.types import ActorType as A
from kg.types import Modality as M
from tests.extract.builders import document, mentions

P, C, L, G, F = A.PERSON, A.COUNTRY, A.LOCATION, A.GROUP, A.ARMED_FORCE


def _about(nlp, lang, text, names):
    doc = nlp(text)
    return {(t.subject.text, t.object.text, t.modality)
            for t in make_dependency_extractor()(doc, document(doc, lang), mentions(doc, names))
            if t.predicate.id == "speaksAbout"}


@pytest.mark.parametrize(("lang", "text", "names", "expected"), [
    ("de", "Die Gefahr nehme zu, dass ähnliche Verbrechen auch in Libyen verübt würden, "
           "sagte Lawrow.", {"Libyen": C, "Lawrow": P}, {("Lawrow", "Libyen", M.ASSERTED)}),
    ("de", "Die Lage in Aleppo sei dramatisch, sagte Merkel.", {"Aleppo": L, "Merkel": P},
     {("Merkel", "Aleppo", M.ASSERTED)}),
    ("de", "Faymann sagte, in Deutschland und Schweden sei die Lage schwierig.",
     {"Faymann": P, "Deutschland": C, "Schweden": C},
     {("Faymann", "Deutschland", M.ASSERTED), ("Faymann", "Schweden", M.ASSERTED)}),
    ("de", "Die syrische Armee sei geschwächt, sagte Lawrow.",
     {"syrische Armee": F, "Lawrow": P}, {("Lawrow", "syrische Armee", M.ASSERTED)}),
    ("en", "The Syrian army is weakened, Lavrov said.",
     {"Syrian army": F, "Lavrov": P}, {("Lavrov", "Syrian army", M.ASSERTED)}),
    ("en", "The danger that similar crimes are committed in Libya is growing, Lavrov said.",
     {"Libya": C, "Lavrov": P}, {("Lavrov", "Libya", M.ASSERTED)}),
    ("en", "Merkel said the situation in Aleppo was dramatic.", {"Aleppo": L, "Merkel": P},
     {("Merkel", "Aleppo", M.ASSERTED)}),
    ("en", "Faymann said that the situation in Germany and Sweden was difficult.",
     {"Faymann": P, "Germany": C, "Sweden": C},
     {("Faymann", "Germany", M.ASSERTED), ("Faymann", "Sweden", M.ASSERTED)}),
])
def test_a_speaker_speaks_about_the_actors_the_quote_names(nlp_de, nlp_en, lang, text, names,
                                                           expected):
    got = _about(nlp_de if lang == "de" else nlp_en, lang, text, names)
    assert expected <= got, got


@pytest.mark.parametrize(("lang", "text", "names"), [
    # the quote's own statement relates them
    ("de", "Russland werde die Ukraine angreifen, sagte Putin.",
     {"Russland": C, "Ukraine": C, "Putin": P}),
    ("en", "Russia will attack Ukraine, Putin said.", {"Russia": C, "Ukraine": C, "Putin": P}),
    # the speaker is not spoken about
    ("de", "Putin werde nicht zurücktreten, sagte Putin.", {"Putin": P}),
    ("en", "Putin will not resign, Putin said.", {"Putin": P}),
    # a common noun names no actor of its own
    ("de", "Die Rebellen seien geschwächt, sagte Lawrow.", {"Rebellen": G, "Lawrow": P}),
    ("en", "The rebels are weakened, Lavrov said.", {"rebels": G, "Lavrov": P}),
])
def test_no_speaking_about(nlp_de, nlp_en, lang, text, names):
    got = _about(nlp_de if lang == "de" else nlp_en, lang, text, names)
    got = {(s, o) for s, o, _ in got}
    assert not got - {("Putin", "Putin")} and ("Putin", "Putin") not in got, got
