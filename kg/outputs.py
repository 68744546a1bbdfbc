"""Output formats as plugins: one writer registry for build, export, render and report.

A :class:`Writer` names its format, the file suffixes that select it and the commands that offer
it, and writes an :class:`Output` to a path. Writers are registered in the ``writers`` catalogue
registry (:mod:`kg.registry`) through the ``kg_writers`` entry point, under versioned names such
as ``kg.turtle_writer.v1``; adding a format is one module and one entry point. Each command
looks its formats up here and writes through :func:`kg.files.write_atomic`, so no command keeps
a list of formats of its own and a failed write never leaves a half-written file.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from .errors import ConfigError, RegistryError, available
from .files import write_atomic

if TYPE_CHECKING:
    from rdflib import Dataset, Graph

    from .types import Triple

COMMANDS = ("build", "export", "render", "report")


@dataclass(frozen=True, slots=True)
class Output:
    """What a writer is given: a graph and what some formats need besides it."""

    graph: Graph  # every statement in one graph (the union of a dataset's graphs)
    dataset: Dataset | None = None  # the named graphs, for quad formats (TriG, N-Quads …)
    title: str = "kg"
    max_nodes: int | None = None  # largest number of actors drawn (None: the writer's default)
    top: int = 15  # actors in a report's ranking
    triples: tuple[Triple, ...] = ()  # resolved triples (``kg build``'s triples.jsonl)
    summary: object | None = None  # a report's figures when ``graph`` is only the part drawn
    notice: str = ""  # what the drawing leaves out of the whole (a store's less central actors)
    concepts: bool = False  # views (pictures, rankings) include Concept nodes too


@dataclass(frozen=True, slots=True)
class Part:
    """One batch of a streaming ``kg build``: its documents' graphs and resolved triples."""

    dataset: Dataset  # one named graph per document of the batch (no summary graph)
    triples: tuple[Triple, ...] = ()


class Sink(Protocol):
    """A file a streaming build writes batch by batch (see :attr:`Writer.stream`)."""

    def add(self, part: Part) -> None:
        """Append one batch."""
        ...

    def finish(self, summary: Graph) -> str:
        """Append what needs the whole corpus (the summary graph); return a note ("" ok)."""
        ...

    def close(self) -> None:
        """Close the file (after :meth:`finish`, or when the build failed)."""
        ...


@dataclass(frozen=True, slots=True)
class Writer:
    """One output format: how it is chosen and how it writes."""

    format: str  # the name ``--format`` takes: ttl, graphml, html …
    commands: tuple[str, ...]  # the commands that offer it (see COMMANDS)
    write: Callable[[Output, Path], str]  # writes the file; returns a note for the user ("" ok)
    suffixes: tuple[str, ...] = ()  # file suffixes that select it (".ttl", ".turtle")
    aliases: tuple[str, ...] = ()  # other names ``--format`` accepts (turtle)
    description: str = ""
    build_file: str = ""  # the file ``kg build`` writes (default ``graph.<format>``)
    # ``kg build`` streams this format: opens a sink on the (temporary) path and adds each
    # batch; writers without one are given the drawn part of the corpus at the end
    stream: Callable[[Path], Sink] | None = None

    @property
    def file_name(self) -> str:
        """Return the name of the file ``kg build`` writes in its output folder."""
        return self.build_file or f"graph.{self.format}"


def writers_for(command: str) -> dict[str, Writer]:
    """Return the registered writers that ``command`` offers, by format name.

    Raises
    ------
    RegistryError
        ``command`` is not one of :data:`COMMANDS`, a registered entry is not a writer, or two
        writers claim the same format for one command.

    """
    from . import registry

    if command not in COMMANDS:
        raise RegistryError(f"no output command {command!r}; expected one of "
                            f"{available(COMMANDS)}")
    found: dict[str, Writer] = {}
    owner: dict[str, str] = {}
    for name in registry.names("writers"):
        writer = registry.get("writers", name)()
        if not isinstance(writer, Writer):
            raise RegistryError(f"writer {name!r} returned {type(writer).__name__}; "
                                "expected a kg.outputs.Writer")
        if command not in writer.commands:
            continue
        if writer.format in found:
            raise RegistryError(f"writers {owner[writer.format]!r} and {name!r} both write "
                                f"{writer.format!r} for kg {command}")
        found[writer.format], owner[writer.format] = writer, name
    return found


def writer_for(command: str, path: Path, fmt: str | None = None,
               default: str | None = None) -> Writer:
    """Return the writer for ``fmt``, else for ``path``'s suffix, else (no suffix) ``default``.

    Raises
    ------
    ConfigError
        The format is unknown, or none is given and the suffix names none (and no default).

    """
    found = writers_for(command)
    if fmt is not None:
        wanted = fmt.lower().lstrip(".")
        for writer in found.values():
            if wanted == writer.format or wanted in writer.aliases:
                return writer
        raise ConfigError(f"unknown format {fmt!r} for kg {command}; expected one of "
                          f"{available(found)}")
    suffix = Path(path).suffix.lower()
    for writer in found.values():
        if suffix and (suffix in writer.suffixes or suffix == f".{writer.format}"):
            return writer
    if not suffix and default is not None and default in found:
        return found[default]
    raise ConfigError(f"cannot tell the format of {path} for kg {command} from its suffix "
                      f"{suffix or '(none)'!r}; give --format, one of {available(found)}")


def write_output(command: str, output: Output, path: Path, fmt: str | None = None,
                 default: str | None = None) -> tuple[Writer, str]:
    """Write ``output`` to ``path`` atomically with the chosen writer; return it and its note."""
    writer = writer_for(command, path, fmt, default)
    note = write_atomic(Path(path), lambda tmp: writer.write(output, tmp))
    return writer, note
