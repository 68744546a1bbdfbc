"""Extraction over real en_core_web_sm parses (ClearNLP labels)."""

import pytest

from kg.extract.dependency import make_dependency_extractor
from kg.types import ActorType as A
from kg.types import Modality
from tests.extract.builders import document, mentions

spacy = pytest.importorskip("spacy")


@pytest.mark.parametrize(("text", "names", "expected"), [
    ("Russia did not intervene in Kyrgyzstan.", {"Russia": A.COUNTRY, "Kyrgyzstan": A.COUNTRY},
     ("Russia", "intervenesIn", "Kyrgyzstan", True, Modality.ASSERTED)),
    ("The mission was led by Serdyukov.", {"Serdyukov": A.PERSON},
     ("Serdyukov", "leads", "mission", False, Modality.ASSERTED)),
    ("Putin wants to attack Georgia.", {"Putin": A.PERSON, "Georgia": A.COUNTRY},
     ("Putin", "attacks", "Georgia", False, Modality.INTENDED)),
    ("Germany should sanction Russia.", {"Germany": A.COUNTRY, "Russia": A.COUNTRY},
     ("Germany", "sanctions", "Russia", False, Modality.INTENDED)),
    ("Estonia and Latvia joined NATO.", {"Estonia": A.COUNTRY, "Latvia": A.COUNTRY,
                                         "NATO": A.ORGANIZATION},
     ("Latvia", "memberOf", "NATO", False, Modality.ASSERTED)),
    ("NATO includes Estonia and Latvia.", {"Estonia": A.COUNTRY, "Latvia": A.COUNTRY,
                                           "NATO": A.ORGANIZATION},
     ("Latvia", "memberOf", "NATO", False, Modality.ASSERTED)),
    ("Protests spread to Almaty, Kazakhstan.", {"Almaty": A.LOCATION, "Kazakhstan": A.COUNTRY},
     ("Almaty", "locatedIn", "Kazakhstan", False, Modality.ASSERTED)),
    ("Russia sent troops to Kazakhstan in order to crush the protests.",
     {"Russia": A.COUNTRY, "Kazakhstan": A.COUNTRY},
     ("Russia", "deploysTo", "Kazakhstan", False, Modality.ASSERTED)),
    ("Putin restricted the sovereignty of Ukraine and Georgia.",
     {"Putin": A.PERSON, "Ukraine": A.COUNTRY, "Georgia": A.COUNTRY},
     ("Putin", "restricts", "Georgia", False, Modality.ASSERTED)),
    ("The mission is led by Serdyukov, who commanded Russian forces in Syria.",
     {"Serdyukov": A.PERSON, "Syria": A.COUNTRY},
     ("Serdyukov", "leads", "Syria", False, Modality.ASSERTED)),
    ("If Russia attacked Ukraine, NATO would support Kyiv.",
     {"Russia": A.COUNTRY, "Ukraine": A.COUNTRY},
     ("Russia", "attacks", "Ukraine", False, Modality.HYPOTHETICAL)),
    ("Putin said that Russia will never attack Finland.",
     {"Russia": A.COUNTRY, "Finland": A.COUNTRY},
     ("Russia", "attacks", "Finland", True, Modality.REPORTED)),
])
def test_english_constructions(nlp_en, text, names, expected):
    doc = nlp_en(text)
    ex = make_dependency_extractor()
    got = [(t.subject.text, t.predicate.id, t.object.text.split()[-1], t.negated, t.modality)
           for t in ex(doc, document(doc, "en"), mentions(doc, names))]
    assert expected in got
