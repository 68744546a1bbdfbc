import re
from html import unescape

from kg.viz.explorer import explorer_page, explorer_policy
from kg.viz.page import script_hash


def test_explorer_page_allows_its_own_scripts_and_its_own_server_only() -> None:
    page = explorer_page("kg explorer: <store>")
    policy = explorer_policy()
    assert f'content="{policy}"' in unescape(page) and "&lt;store&gt;" in page
    assert "connect-src 'self'" in policy and "default-src 'none'" in policy
    scripts = re.findall(r"<script>(.*?)</script>", page, flags=re.S)
    assert len(scripts) == 2 and all(script_hash(s) in policy for s in scripts)
    assert 'fetch("api/" + path' in scripts[1]  # relative: the server that served the page
