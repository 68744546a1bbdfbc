"""Find the one actor a user means by a name typed on the command line.

Shared by every command that takes an actor (``kg explain``, ``kg render --focus``,
``kg analyze --path``): the exact label wins, then an alias or id, then a whole word of a name
(``Serdjukow`` for ``Andrej Serdjukow``) when only one actor has it. Comparison ignores case,
accents and punctuation.
"""

from __future__ import annotations

import difflib
from collections.abc import Hashable, Mapping, Sequence
from typing import TypeVar

from ..errors import ConfigError

Node = TypeVar("Node", bound=Hashable)


def match_actor(name: str, names: Mapping[Node, Sequence[str]]) -> Node:
    """Return the node whose names (label first, then aliases and id) match ``name``.

    Raises
    ------
    ConfigError
        No node matches (the message lists close matches), or several match equally well.

    """
    from ..knowledge.gazetteer import fold

    if not names:
        raise ConfigError("the graph has no actors (no node typed with a kg actor class)")
    key = fold(name)
    folded = {node: [fold(f) for f in forms if f] for node, forms in names.items()}
    by_label = [n for n, forms in folded.items() if forms and forms[0] == key]
    by_alias = [n for n, forms in folded.items() if key in forms[1:]]
    by_word = [n for n, forms in folded.items() if any(key in f.split() for f in forms)]
    hits = by_label or by_alias or by_word
    if len(hits) == 1:
        return hits[0]
    label = {node: (forms[0] if forms else str(node)) for node, forms in names.items()}
    if hits:
        shown = ", ".join(sorted(f"{label[h]} <{h}>" for h in hits))
        raise ConfigError(f"{name!r} names several actors: {shown}; give the label or IRI")
    every = {fold(f): label[node] for node, forms in names.items() for f in forms if f}
    close = difflib.get_close_matches(key, list(every), n=6, cutoff=0.6)
    near = sorted({every[c] for c in close}) or sorted(set(label.values()))[:12]
    raise ConfigError(
        f"no actor named {name!r} in the graph ({len(names)} actors); "
        f"{'close matches' if close else 'some actors'}: {', '.join(near)}"
    )
