"""Readers for real-world inputs: document metadata, front matter, HTML pages and news feeds.

Each reader turns one file into :class:`~kg.types.Document` values with ``date``, ``title``,
``url`` and ``outlet`` where the input has them; :mod:`kg.inputs` picks the reader by suffix.
Errors are :class:`~kg.errors.InputError` naming the file (and the entry of a feed).
"""
