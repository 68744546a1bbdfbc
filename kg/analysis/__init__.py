"""Graph analysis over kg's RDF: a NetworkX view, centrality, communities and paths.

Every function reads an :class:`rdflib.Graph` (or the NetworkX view made from one by
:func:`kg.analysis.graphview.to_networkx`), never extractor internals.
"""
