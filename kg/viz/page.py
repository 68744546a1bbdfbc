"""Assemble self-contained HTML pages: inlined assets, JSON data islands and a strict CSP.

Pages work from ``file://`` with no network: vis-network's JavaScript and CSS are read from
the copy pyvis ships and inlined. Every script is allowed by its SHA-256 hash in the page's
Content-Security-Policy, so markup smuggled into a page through document text could not run
even if escaping failed; ``default-src 'none'`` blocks every fetch.
"""

from __future__ import annotations

import base64
import hashlib
import json
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import KGError

if TYPE_CHECKING:
    import jinja2

_TEMPLATES = Path(__file__).resolve().parent / "templates"


def json_island(value: Any) -> str:
    """Serialise ``value`` for a ``<script type="application/json">`` element.

    ``<``, ``>`` and ``&`` are written as JSON escapes, so no text inside (``</script>``,
    ``<!--``) can end or alter the element.
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def script_hash(source: str) -> str:
    """Return the CSP source expression (``'sha256-…'``) that allows one inline script."""
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def csp(scripts: list[str], *, connect: str | None = None) -> str:
    """Return a Content-Security-Policy that allows only the given inline scripts.

    ``connect`` is a ``connect-src`` source list (e.g. ``'self'`` for a page that asks its own
    server); without it the page may fetch nothing.
    """
    hashes = " ".join(script_hash(s) for s in scripts)
    fetches = f"connect-src {connect}; " if connect else ""
    return (f"default-src 'none'; {fetches}script-src {hashes}; style-src 'unsafe-inline'; "
            f"img-src data: blob:; font-src data:; frame-src 'self' data: about:; "
            f"base-uri 'none'; form-action 'none'")


def _inline_safe(text: str, tag: str, name: str) -> str:
    if f"</{tag}" in text.lower():
        raise KGError(f"asset {name} contains '</{tag}' and cannot be inlined; "
                      f"expected a script or style without a closing tag inside")
    return text


@lru_cache(maxsize=1)
def vis_assets() -> tuple[str, str]:
    """Return vis-network's (JavaScript, CSS) as shipped inside the pyvis package.

    Raises
    ------
    KGError
        pyvis is installed without its bundled copy of vis-network.

    """
    import pyvis

    lib = Path(pyvis.__file__).resolve().parent / "templates" / "lib"
    candidates = sorted(lib.glob("vis-*/vis-network.min.js"), reverse=True)
    if not candidates:
        raise KGError(f"vis-network is missing from pyvis (looked in {lib}/vis-*/); "
                      f"reinstall pyvis>=0.3")
    js_path = candidates[0]
    css_path = js_path.with_name("vis-network.css")
    js = _inline_safe(js_path.read_text(encoding="utf-8"), "script", str(js_path))
    css = _inline_safe(css_path.read_text(encoding="utf-8"), "style", str(css_path))
    return js, css


def asset(name: str) -> str:
    """Return the text of one of kg's page assets (``graph.js``, ``graph.css`` …)."""
    return (_TEMPLATES / name).read_text(encoding="utf-8")


@lru_cache(maxsize=4)
def environment(folder: Path = _TEMPLATES) -> jinja2.Environment:
    """Return a Jinja2 environment for a template folder (autoescape on, strict undefined)."""
    import jinja2

    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(folder)), autoescape=True,
        undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True,
    )


def iframe(page: str, *, height: int = 640, title: str = "kg graph") -> str:
    """Return an ``<iframe srcdoc>`` that shows a whole page inline (notebooks, reports).

    The frame is sandboxed: scripts run, but without access to the embedding page.
    """
    from html import escape

    return (f'<iframe srcdoc="{escape(page, quote=True)}" title="{escape(title)}" '
            f'sandbox="allow-scripts" style="width:100%;height:{height}px;border:1px solid #ddd">'
            f"</iframe>")
