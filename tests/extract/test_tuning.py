"""The tuning table: every rule has a prior, adjustments add up and clip."""

import pytest

from kg.errors import ConfigError
from kg.extract import tuning


def test_confidence_adds_adjustments_and_clips():
    assert tuning.confidence("svo", []) == 0.8
    assert tuning.confidence("svo", ["both-recognised", "typed"]) == 0.95
    assert tuning.confidence("svo", ["both-recognised", "typed", "both-recognised"]) == 0.99
    assert tuning.confidence("purpose", ["np"] * 6) == tuning.FLOOR


def test_unknown_rule_or_adjustment_is_a_config_error():
    with pytest.raises(ConfigError, match="no prior"):
        tuning.prior("nonsense")
    with pytest.raises(ConfigError, match="unknown"):
        tuning.confidence("svo", ["nonsense"])


def test_every_prior_is_documented():
    for rule in tuning.PRIORS:
        assert f"\n{rule} " in tuning.__doc__
