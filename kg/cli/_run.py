"""Options and progress display shared by ``kg build`` and ``kg extract``."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from pathlib import Path

from ..pipeline import Progress

LANG_HELP = "Language of the input: de, en, or auto (detected per document)."
MODEL_HELP = (
    "spaCy pipeline to use: an installed package name or a path (default: the best installed)."
)
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
    """Show a progress bar on stderr for inputs larger than ``threshold`` bytes."""
    total = total_size(inputs)
    if total < threshold:
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn

    with Progress(
        TextColumn("parsing"),
        BarColumn(),
        TextColumn("{task.percentage:>3.0f}%"),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=True,
    ) as bar:
        task = bar.add_task("parse", total=total)
        yield lambda n: bar.advance(task, n)
