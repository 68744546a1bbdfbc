"""Options and progress display shared by ``kg build`` and ``kg extract``."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import typer

from ..pipeline import Progress
from ..types import Notice

LANG_HELP = "Language of the input: a language pack code (de, en, fr) or auto (detected)."
MODEL_HELP = (
    "spaCy pipeline to use: an installed package name or a path (default: the best installed)."
)
FALLBACK_HELP = "Language of documents whose language auto cannot tell (with a warning)."
STRICT_HELP = "Stop at the first document that cannot be used (default: skip it and go on)."
PROCESSES_HELP = (
    "Parser processes (0: two for inputs over ~150,000 characters when a second core is free)."
)
#: Exit code when the run finished but some documents were skipped (each named on stderr).
EXIT_SKIPPED = 4

EXTRACTOR_HELP = (
    "Registered triple extractor, e.g. kg.dependency_extractor.v1 (default) or "
    "kg.openie_extractor.v1 (open IE, as BenchIE scores)."
)


def check_extractor(name: str) -> str:
    """Return ``name`` if an extractor is registered under it; else raise a one-line error."""
    from .. import registry
    from ..errors import ConfigError

    if name not in registry.names("extractors"):
        from ..errors import available

        raise ConfigError(f"--extractor {name!r}: no extractor of that name; registered: "
                          f"{available(registry.names('extractors'))}")
    return name


def print_notice(notice: Notice) -> None:
    """Print a warning or a skipped document on stderr, naming the document."""
    kind = "skipped" if notice.skipped else "warning"
    message = notice.message
    if notice.doc_id not in message:
        message = f"{notice.doc_id}: {message}"
    typer.echo(f"kg: {kind}: {message}", err=True)


class Reporter:
    """Receives a run's notices: prints warnings at once, lists skipped documents at the end."""

    def __init__(self) -> None:
        self.skipped: list[Notice] = []

    def __call__(self, notice: Notice) -> None:
        """Print a warning now; keep a skipped document for :meth:`finish`."""
        if notice.skipped:
            self.skipped.append(notice)
        else:
            print_notice(notice)

    def finish(self, used: int) -> None:
        """List the skipped documents and exit with :data:`EXIT_SKIPPED` if there were any."""
        if not self.skipped:
            return
        for notice in self.skipped:
            print_notice(notice)
        total = used + len(self.skipped)
        typer.echo(f"kg: {len(self.skipped)} of {total} documents skipped; exit code "
                   f"{EXIT_SKIPPED} (--strict stops at the first)", err=True)
        raise typer.Exit(EXIT_SKIPPED)


def total_size(inputs: Sequence[str]) -> int:
    """Return the number of bytes the file inputs hold (0 when unknown, e.g. stdin)."""
    total = 0
    for item in inputs:
        path = Path(item)
        if path.is_file():
            total += path.stat().st_size
        elif path.is_dir():
            total += sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    return total


@contextlib.contextmanager
def progress_bar(inputs: Sequence[str], threshold: int = 100_000) -> Iterator[Progress | None]:
    """Show a progress bar on stderr for inputs larger than ``threshold`` bytes.

    It advances by each document's characters (the share of the input done, and the time
    left) and counts documents (documents and documents per second).
    """
    total = total_size(inputs)
    if total < threshold:
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn

    with Progress(
        TextColumn("building"),
        BarColumn(),
        TextColumn("{task.percentage:>3.0f}%"),
        TextColumn("{task.fields[docs]:,} documents"),
        _DocumentRate(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=True,
    ) as bar:
        task = bar.add_task("build", total=total, docs=0)
        done = [0]

        def advance(chars: int) -> None:
            done[0] += 1
            bar.update(task, advance=chars, docs=done[0])

        yield advance


def _DocumentRate() -> Any:
    from rich.progress import ProgressColumn, Task
    from rich.text import Text

    class DocumentRate(ProgressColumn):
        """Documents per second since the bar started."""

        def render(self, task: Task) -> Text:
            elapsed = task.elapsed or 0.0
            rate = task.fields.get("docs", 0) / elapsed if elapsed > 0 else 0.0
            return Text(f"{rate:,.1f} docs/s")

    return DocumentRate()
