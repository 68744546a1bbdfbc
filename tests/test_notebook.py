"""Execute notebooks/walkthrough.ipynb end to end (skipped without kg.pipeline or a kernel)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

NOTEBOOK = Path(__file__).resolve().parents[1] / "notebooks" / "walkthrough.ipynb"
SAMPLE = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "kasachstan_ovks_de.txt"


def _kernel_available() -> bool:
    try:
        from jupyter_client.kernelspec import KernelSpecManager
    except ImportError:
        return False
    return "python3" in KernelSpecManager().find_kernel_specs()


@pytest.mark.slow
def test_walkthrough_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    if importlib.util.find_spec("kg.pipeline") is None:
        pytest.skip("kg.pipeline is not available yet")
    if importlib.util.find_spec("nbclient") is None or not _kernel_available():
        pytest.skip("nbclient or the python3 Jupyter kernel is missing")
    if not SAMPLE.is_file():
        pytest.skip(f"sample article missing at {SAMPLE}")
    import nbformat
    from nbclient import NotebookClient

    monkeypatch.setenv("KG_SAMPLE", str(SAMPLE))
    nb = nbformat.read(NOTEBOOK, as_version=4)
    client = NotebookClient(nb, timeout=300, kernel_name="python3",
                            resources={"metadata": {"path": str(NOTEBOOK.parent)}})
    client.execute()
    outputs = [o for cell in nb.cells if cell.cell_type == "code" for o in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    html = [o["data"]["text/html"] for o in outputs
            if o.output_type == "execute_result" and "text/html" in o.get("data", {})]
    assert any('<iframe srcdoc="&lt;!DOCTYPE html&gt;' in h for h in html)
    assert any("image/svg+xml" in o.get("data", {}) for o in outputs)
