"""Scoring kg against development sets: the sample's gold triples, CoNLL04, BenchIE, SmartData.

``kg eval`` (``kg/cli/eval.py``) runs :func:`kg.evaluation.runner.evaluate`; each set has one
module that turns gold records and kg's triples into a :class:`kg.evaluation.scores.SetScore`.
"""
