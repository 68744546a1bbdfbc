"""Direction of a clause with two proper nouns whose case nothing shows (verb-second order)."""

import pytest

from kg.extract.dependency import make_dependency_extractor
from kg.types import ActorType as A
from tests.extract.builders import document, mentions

C, P, G = A.COUNTRY, A.PERSON, A.ORGANIZATION


def _got(doc, lang, names):
    return {(t.subject.text, t.predicate.id, t.object.text)
            for t in make_dependency_extractor()(doc, document(doc, lang), mentions(doc, names))}


@pytest.mark.parametrize(("lang", "text", "names", "expected"), [
    ("de", "Russland unterstützt Assad.", {"Russland": C, "Assad": P},
     ("Russland", "supports", "Assad")),
    ("de", "Bosch kauft Siemens.", {"Bosch": G, "Siemens": G}, ("Bosch", "acquires", "Siemens")),
    ("de", "Iran bedroht Israel.", {"Iran": C, "Israel": C}, ("Iran", "threatens", "Israel")),
    ("de", "Merkel kritisiert Putin.", {"Merkel": P, "Putin": P},
     ("Merkel", "criticizes", "Putin")),
    ("en", "Russia supports Assad.", {"Russia": C, "Assad": P},
     ("Russia", "supports", "Assad")),
    ("en", "Bosch buys Siemens.", {"Bosch": G, "Siemens": G}, ("Bosch", "acquires", "Siemens")),
])
def test_name_before_the_verb_is_the_subject(request, lang, text, names, expected):
    nlp = request.getfixturevalue(f"nlp_{lang}")
    got = _got(nlp(text), lang, names)
    assert expected in got, got
    assert (expected[2], expected[1], expected[0]) not in got, got


@pytest.mark.parametrize(("text", "names", "expected"), [
    ("Den Minister kritisierte Russland.", {"Russland": C, "Minister": P},
     ("Russland", "criticizes", "Minister")),
    ("Den Vertrag hat Russland unterschrieben.", {"Russland": C, "Vertrag": A.CONCEPT},
     ("Russland", "signs", "Vertrag")),
])
def test_shown_case_still_puts_the_object_first(nlp_de, text, names, expected):
    got = _got(nlp_de(text), "de", names)
    assert (expected[2], expected[1], expected[0]) not in got, got
