"""The build's progress bar: share of the input, documents, documents per second, time left."""

from __future__ import annotations

from pathlib import Path

from kg.cli._run import _DocumentRate, progress_bar


def test_small_inputs_get_no_bar(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("kurz", encoding="utf-8")
    with progress_bar([str(path)]) as progress:
        assert progress is None


def test_the_bar_counts_documents_and_their_rate(tmp_path: Path) -> None:
    from rich.progress import Progress

    path = tmp_path / "a.txt"
    path.write_text("x" * 300, encoding="utf-8")
    with progress_bar([str(path)], threshold=100) as progress:
        assert progress is not None
        for _ in range(3):
            progress(100)
    bar = Progress()
    task = bar.add_task("t", total=10, docs=0)
    bar.start_task(task)
    bar.update(task, advance=5, docs=5)
    shown = _DocumentRate().render(bar.tasks[0]).plain
    assert shown.endswith("docs/s") and float(shown.split()[0].replace(",", "")) > 0
