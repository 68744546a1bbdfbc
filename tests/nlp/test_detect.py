from __future__ import annotations

import pytest

from kg.errors import LanguageError
from kg.nlp.detect import check_language, detect_language

CASES = [
    ("Die Regierung hat die Truppen nicht in das Land geschickt.", "de"),
    ("Russland und China sind Mitglieder der Organisation.", "de"),
    ("The government has not sent the troops into the country.", "en"),
    ("Russia and China are members of the organisation, which was founded in 2001.", "en"),
    ("Le gouvernement n'a pas envoyé les troupes dans le pays.", "fr"),
    ("La Russie et la Chine sont membres de l'organisation, qui a été fondée en 2001.", "fr"),
    ("Selon le Kremlin, Moscou ne soutient plus le régime.", "fr"),
    # names and loan words of other languages do not outvote the function words
    ("Die Regierung in Paris hat die Pläne von Emmanuel Macron nicht gebilligt.", "de"),
    ("The government in Paris did not approve the plans of the Élysée.", "en"),
    ("Le Bundestag a voté la loi sur le Brexit avec une large majorité.", "fr"),
]


@pytest.mark.parametrize(("text", "lang"), CASES)
def test_detect(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_no_signal() -> None:
    with pytest.raises(LanguageError, match="--lang"):
        detect_language("12345 67890 !!!")


def test_unsupported_code() -> None:
    with pytest.raises(LanguageError, match="unsupported language 'sw'"):
        check_language("sw")
