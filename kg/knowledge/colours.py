"""Party colours: colour nouns that name a party in the news (``die Roten`` → SPÖ or SPD).

Austrian and German news name parties by their colour (``die Roten``, ``der Blauen``, ``den
Schwarzen``). Which party a colour noun names depends on the document: beside the SPÖ ``die
Roten`` is the SPÖ, beside the SPD the SPD, in a sports article Ferrari's team. The forms and the
parties of each colour are a language pack's data (``party_colours.tsv``: form, gazetteer ids);
:func:`colour_party` picks the one party of a form's colour among the actors a document names,
and none when it names no such party or several.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType

from ..errors import ConfigError
from ..lang import pack_code, pack_patterns
from .gazetteer import gazetteer

_FILE = "party_colours.tsv"


@dataclass(frozen=True, slots=True)
class PartyColour:
    """A colour noun as news writes it (``Roten``) and the parties of that colour (ids)."""

    form: str
    parties: frozenset[str]


@cache
def party_colours(lang: str) -> Mapping[str, PartyColour]:
    """Return a pack's colour nouns, by form as written (``party_colours.tsv``), cached.

    Raises
    ------
    ConfigError
        A row names a party the gazetteer does not know, or no party.

    """
    known = gazetteer().entries
    out: dict[str, PartyColour] = {}
    for line in pack_patterns(pack_code(lang), _FILE):
        form, _, ids = (f.strip() for f in line.partition("\t"))
        if form == "form":
            continue  # the header
        parties = frozenset(p.strip() for p in ids.split("|") if p.strip())
        unknown = sorted(p for p in parties if p not in known)
        if not parties or unknown:
            raise ConfigError(
                f"{lang}/{_FILE}: the colour {form!r} needs the gazetteer ids of its parties "
                f"(| between); unknown: {', '.join(unknown) or 'none given'}")
        out[form] = PartyColour(form, parties)
    return MappingProxyType(out)


def colour_party(form: str, lang: str, named: Iterable[str]) -> str | None:
    """Return the party a colour noun names among the actor ids a document names, if one.

    ``Roten`` beside ``SPO``: ``SPO``; beside ``SPO`` and ``SPD``, or beside neither: None (no
    guess). A form that is no colour noun of ``lang``'s pack names none.
    """
    colour = party_colours(lang).get(form)
    if colour is None:
        return None
    found = colour.parties.intersection(named)
    return next(iter(found)) if len(found) == 1 else None
