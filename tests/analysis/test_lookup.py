from __future__ import annotations

import pytest

from kg.analysis.lookup import match_actor
from kg.errors import ConfigError

NAMES = {
    "Q7747": ("Wladimir Putin", "Putin", "Putins", "Q7747"),
    "Serdjukow": ("Andrej Serdjukow", "Serdjukow"),
    "Q159": ("Russia", "Russland", "Q159"),
    "Q212": ("Ukraine", "Q212"),
    "Kreml": ("Kremlin", "Kreml"),
    "Alexander_Lukaschenko": ("Alexander Lukaschenko",),
    "Alexander_Dugin": ("Alexander Dugin",),
}

CASES = [
    ("Wladimir Putin", "Q7747"),  # exact label
    ("putins", "Q7747"),  # alias, case folded
    ("Russland", "Q159"),  # German alias
    ("q159", "Q159"),  # id
    ("Serdjukow", "Serdjukow"),  # unique whole word of the label
    ("Lukaschenko", "Alexander_Lukaschenko"),
    ("ukraine", "Q212"),
]


@pytest.mark.parametrize(("name", "node"), CASES)
def test_match(name: str, node: str) -> None:
    assert match_actor(name, NAMES) == node


def test_ambiguous_word() -> None:
    with pytest.raises(ConfigError, match="names several actors"):
        match_actor("Alexander", NAMES)


def test_unknown_lists_close_matches() -> None:
    with pytest.raises(ConfigError, match=r"close matches: .*Kremlin"):
        match_actor("Kremml", NAMES)


def test_empty_graph() -> None:
    with pytest.raises(ConfigError, match="no actors"):
        match_actor("x", {})
