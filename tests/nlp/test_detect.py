from __future__ import annotations

import pytest

from kg.errors import LanguageError
from kg.nlp.detect import check_language, detect_language

CASES = [
    ("Die Regierung hat die Truppen nicht in das Land geschickt.", "de"),
    ("Russland und China sind Mitglieder der Organisation.", "de"),
    ("The government has not sent the troops into the country.", "en"),
    ("Russia and China are members of the organisation, which was founded in 2001.", "en"),
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
