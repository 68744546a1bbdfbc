"""The writer registry: every command's formats come from it, and a plugin adds one."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import catalogue
import pytest
from rdflib import Dataset

from kg import registry
from kg.cli.main import main
from kg.errors import ConfigError, OutputError, RegistryError
from kg.files import write_all_atomic, write_atomic
from kg.outputs import Output, Writer, writer_for, writers_for
from kg.rdf.build import union_graph

TOY = "test.toy_writer.v1"


def _write_toy(output: Output, path: Path) -> str:
    path.write_text(f"toy {len(output.graph)} triples\n", encoding="utf-8")
    return "toyed"


@pytest.fixture
def toy() -> Iterator[None]:
    """Register a toy export format for one test, as a plugin's entry point would."""
    registry.writers.register(TOY, func=lambda: Writer("toy", ("export",), _write_toy,
                                                       suffixes=(".toy",)))
    yield
    catalogue._remove(("kg", "writers", TOY))


def test_every_command_finds_its_built_in_formats() -> None:
    assert set(writers_for("build")) == {"ttl", "trig", "jsonl", "html"}
    assert set(writers_for("export")) == {"ttl", "trig", "nq", "jsonld", "graphml", "gexf", "csv"}
    assert set(writers_for("render")) == {"html", "svg", "png", "pdf"}
    assert set(writers_for("report")) == {"html", "md"}
    with pytest.raises(RegistryError, match="no output command 'print'"):
        writers_for("print")


def test_format_choice_by_name_alias_suffix_and_default() -> None:
    assert writer_for("export", Path("x.out"), "turtle").format == "ttl"
    assert writer_for("export", Path("x.json")).format == "jsonld"
    assert writer_for("report", Path("report.md")).format == "md"
    assert writer_for("render", Path("picture"), default="html").format == "html"
    with pytest.raises(ConfigError, match=r"cannot tell the format of x\.txt"):
        writer_for("render", Path("x.txt"), default="html")
    with pytest.raises(ConfigError, match="unknown format 'md' for kg render; expected one of"):
        writer_for("render", Path("x.html"), "md")


def test_a_registered_writer_is_a_kg_export_format(toy: None, tmp_path: Path, graph_file: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "g.dat"
    assert main(["export", str(graph_file), "-o", str(out), "--format", "toy"]) == 0
    assert out.read_text(encoding="utf-8").startswith("toy ")
    assert "wrote" in capsys.readouterr().out
    assert writer_for("export", tmp_path / "g.toy").format == "toy"  # its suffix selects it
    assert "toy" not in writers_for("render")


def test_two_writers_of_one_format_are_an_error(toy: None) -> None:
    other = "test.other_toy_writer.v1"
    registry.writers.register(other, func=lambda: Writer("toy", ("export",), _write_toy))
    try:
        with pytest.raises(RegistryError, match="both write 'toy'"):
            writers_for("export")
    finally:
        catalogue._remove(("kg", "writers", other))


def test_a_registered_non_writer_is_reported() -> None:
    name = "test.broken_writer.v1"
    registry.writers.register(name, func=lambda: "not a writer")
    try:
        with pytest.raises(RegistryError, match=r"returned str; expected a kg\.outputs\.Writer"):
            writers_for("export")
    finally:
        catalogue._remove(("kg", "writers", name))


def test_write_atomic_keeps_the_old_file_when_writing_fails(tmp_path: Path) -> None:
    path = tmp_path / "out.txt"
    path.write_text("earlier", encoding="utf-8")

    def fail(tmp: Path) -> None:
        tmp.write_text("half", encoding="utf-8")
        raise OSError(28, "No space left on device")

    with pytest.raises(OutputError, match=r"cannot write .*out\.txt: No space left"):
        write_atomic(path, fail)
    assert path.read_text(encoding="utf-8") == "earlier"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_write_all_atomic_renames_none_unless_all_succeed(tmp_path: Path) -> None:
    def fail(tmp: Path) -> None:
        raise OSError("broken")

    with pytest.raises(OutputError):
        write_all_atomic({tmp_path / "a.txt": lambda p: p.write_text("a"),
                          tmp_path / "b.txt": fail})
    assert list(tmp_path.iterdir()) == []
    done = write_all_atomic({tmp_path / "sub" / "a.txt": lambda p: p.write_text("a")})
    assert done == {tmp_path / "sub" / "a.txt": 1}


def test_quad_writers_take_a_plain_graph_too(tmp_path: Path, dataset: Dataset) -> None:
    graph = union_graph(dataset)
    writer = writer_for("export", tmp_path / "g.trig")
    write_atomic(tmp_path / "g.trig", lambda p: writer.write(Output(graph=graph), p))
    assert (tmp_path / "g.trig").stat().st_size > 0
