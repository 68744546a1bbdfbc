"""Saved HTML pages and an RSS feed build into a store with dates and titles; timeline by date."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli.main import app

from .fixtures import write_feed, write_pages


@pytest.mark.slow
def test_pages_and_feed_build_with_dates_and_a_timeline(tmp_path: Path) -> None:
    write_pages(tmp_path / "pages")
    feed = write_feed(tmp_path / "news.rss")
    runner = CliRunner()
    built = runner.invoke(app, ["build", str(tmp_path / "pages"), str(feed), "-o",
                                str(tmp_path / "out"), "--store", str(tmp_path / "store")])
    assert built.exit_code == 0, built.output
    turtle = (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")
    assert '"2015-05-10"^^xsd:date' in turtle and '"Merkel trifft Putin in Moskau"' in turtle
    assert "<https://example.org/feed/1>" in turtle
    result = runner.invoke(app, ["query", str(tmp_path / "store"), "timeline", "--param",
                                 "actor=Wladimir Putin", "--format", "csv"])
    assert result.exit_code == 0, result.output
    dates = [line.split(",")[0] for line in result.output.splitlines()[1:] if line.strip()]
    assert dates == sorted(dates) and "2015-03-02" in dates and "2015-06-01" in dates


@pytest.mark.slow
def test_build_reads_only_the_documents_of_a_period(tmp_path: Path) -> None:
    write_pages(tmp_path / "pages")
    runner = CliRunner()
    built = runner.invoke(app, ["build", str(tmp_path / "pages"), "-o", str(tmp_path / "out"),
                                "--since", "2015-05-15"])
    assert built.exit_code == 0, built.output
    assert "documents outside 2015-05-15 to the end were not read" in built.output
    turtle = (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")
    assert '"2015-06-01"^^xsd:date' in turtle and "2015-05-10" not in turtle
