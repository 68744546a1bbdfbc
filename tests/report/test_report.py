import re
from pathlib import Path

import pytest

from kg.analysis.synthetic import ActorSpec, StatementSpec, demo_graph, graph_from_specs
from kg.errors import ConfigError
from kg.report.report import markdown_escape, render_report, write_report
from kg.types import ActorType, Modality

BAD = "<script>alert(1)</script> | <img src=x onerror=alert(1)> [link](javascript:x) `c`"


def _hostile():  # type: ignore[no-untyped-def]
    actors = [ActorSpec("a", "<b>A</b>", ActorType.PERSON), ActorSpec("b", "B|C", ActorType.GROUP)]
    return graph_from_specs(actors, [StatementSpec("a", "leads", "b", BAD, doc="<i>d</i>",
                                                   modality=Modality.HYPOTHETICAL)])


def test_html_report_sections_and_embedding(tmp_path: Path) -> None:
    result = write_report(demo_graph(), tmp_path / "r.html", title="Demo")
    text = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert result.format == "html" and result.summary.actors == 11  # not the Concept
    for section in ("overview", "top-actors", "relations", "communities", "claims", "static"):
        assert f'id="{section}"' in text
    assert '<iframe srcdoc="&lt;!DOCTYPE html&gt;' in text
    assert 'src="data:image/svg+xml;base64,' in text
    assert "Putin will Kasachstan nicht besetzen." in text
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", text)


def test_html_report_escapes(tmp_path: Path) -> None:
    text, _ = render_report(_hostile(), title="<script>t</script>")
    outside_frame = re.sub(r'<iframe srcdoc="[^"]*"', "<iframe", text)
    assert "<script" not in outside_frame and "<img src=x" not in outside_frame
    assert "&lt;b&gt;A&lt;/b&gt;" in outside_frame


def test_markdown_report_escapes(tmp_path: Path) -> None:
    write_report(_hostile(), tmp_path / "r.md")
    text = (tmp_path / "r.md").read_text(encoding="utf-8")
    assert "<script" not in text and "<img" not in text and "<b>" not in text
    claim_row = next(line for line in text.splitlines() if line.startswith("| hypothetical"))
    assert claim_row.count(" | ") == 3  # the | inside values is escaped
    assert "## Top actors" in text and "data:image/svg+xml;base64," in text


def test_markdown_escape() -> None:
    assert markdown_escape("a|b\n*c* <x> &") == "a\\|b \\*c\\* &lt;x&gt; &amp;"


def test_unknown_format() -> None:
    with pytest.raises(ConfigError, match="'pdf'"):
        render_report(demo_graph(), fmt="pdf")
