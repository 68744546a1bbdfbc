"""The German verb bracket as one object: ``Die Universität | hat | das Rauchen … verboten``.

In a German main clause the finite verb stands second and its other verb parts — participle,
infinitive, separable particle — close the clause (*Satzklammer*); what stands between them is
the middle field. BenchIE-de often keeps such a clause in print order, the finite verb as the
relation and the middle field with the closing verb parts as the object (``Das Modell | führte
| eine dritte Sitzreihe ein``, ``Kooperativen | dürfen | keine Leistungen erbringen``) — for a
separable particle or a modal's infinitive; a passive or perfect (``wurde … gegründet``) it keeps
as one relation. :func:`bracket_object` returns that object's span for a clause whose subject
precedes its finite verb (with the subject inside the middle field the object would not be one
span), and None when the clause has no such bracket or nothing stands inside it.
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.extract.openie_spans import Span
from kg.nlp.schemes import Graph, Role


def bracket_object(g: Graph, relation: Sequence[int], subject: Span) -> tuple[int, Span] | None:
    """Return ``(finite verb, middle field + closing verb parts)`` for a bracketed clause."""
    if len(relation) < 2:
        return None
    finite = relation[0]
    closing = [k for k in relation[1:] if k > finite + 1]
    if not closing or subject[1] >= finite or not _finite(g, finite):
        return None
    if not (any(g.role(k) == Role.PARTICLE for k in closing) or _modal(g, finite)):
        return None  # passive and perfect brackets: BenchIE-de keeps "wurde gegründet" together
    inner = range(finite + 1, min(closing))
    if any(k in relation for k in inner) or \
            not any(c.isalpha() for k in inner for c in g.tok(k).text):
        return None  # the verb parts must close the clause around a middle field
    return finite, (finite + 1, max(closing))


def _modal(g: Graph, k: int) -> bool:
    return g.tok(k).tag_.startswith("VM")  # STTS VMFIN (VM(FIN) in kg's model)


def _finite(g: Graph, k: int) -> bool:
    t = g.tok(k)
    return "Fin" in t.morph.get("VerbForm", []) or "FIN" in t.tag_
