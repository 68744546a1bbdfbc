"""The package structure, read from the imports: stages import only forward, no cycles."""

from __future__ import annotations

import ast
import re
from collections import defaultdict
from pathlib import Path

import pytest

KG = Path(__file__).resolve().parent.parent / "kg"

# Pipeline order. Base modules (rank 0) hold types, errors, resources, registries (with the
# output-writer interface, kg.outputs) and the
# language packs and actor tables every stage may read; each later stage may import only from
# earlier ranks (or its own package).
STAGES: dict[str, int] = {
    "errors": 0, "types": 0, "resources": 0, "registry": 0, "jsonl": 0, "inputs": 0,
    "readers": 0, "lang": 0, "knowledge": 0, "models": 0, "files": 0, "outputs": 0, "version": 0,
    "nlp": 1, "recognize": 2, "extract": 3, "resolve": 4, "rdf": 5,
    "analysis": 6, "viz": 7, "report": 8, "pipeline": 9, "cluster": 10, "evaluation": 10,
    "__init__": 10,
    "cli": 11,
}


def _module_name(path: Path, root: Path = KG) -> str:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(path: Path, root: Path = KG) -> list[tuple[str, int]]:
    """Return (imported kg module, line) for every import in ``path``, relative ones resolved."""
    module = _module_name(path, root)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: list[tuple[str, int]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            names = [f"{target}.{a.name}" for a in node.names]
            found += [(n, node.lineno) for n in names if n.startswith("kg.")]
            if target.startswith("kg"):
                found.append((target, node.lineno))
        elif isinstance(node, ast.Import):
            found += [(a.name, node.lineno) for a in node.names if a.name.startswith("kg.")]
    return found


def _stage(module: str) -> str | None:
    parts = module.split(".")
    if parts == ["kg"]:
        return None
    return parts[1] if len(parts) > 1 else None


MODULES = {_module_name(p): p for p in KG.rglob("*.py")}


def _rank(module: str) -> int | None:
    stage = _stage(module)
    if stage is None:
        return None
    if stage == "__init__" or module == "kg":
        return STAGES["__init__"]
    return STAGES.get(stage)


def test_every_package_has_a_stage() -> None:
    unknown = {_stage(m) for m in MODULES} - set(STAGES) - {None}
    assert not unknown, f"give these packages a place in STAGES: {sorted(unknown)}"


def test_no_module_imports_from_a_later_stage() -> None:
    backwards = []
    for module, path in MODULES.items():
        here = STAGES["__init__"] if module == "kg" else _rank(module)
        for target, line in _imports(path):
            there = _rank(target)
            if here is None or there is None or _stage(target) == _stage(module):
                continue
            if there > here:
                backwards.append(f"{path.relative_to(KG.parent)}:{line} imports {target}")
    assert not backwards, "imports against the pipeline order:\n" + "\n".join(backwards)


def _module_graph(modules: dict[str, Path], root: Path = KG) -> dict[str, set[str]]:
    """Return module → kg modules it imports (a package's own submodules left out)."""
    graph: dict[str, set[str]] = defaultdict(set)
    for module, path in modules.items():
        for target, _ in _imports(path, root):
            # a package importing its own submodules (kg.lang → kg.lang.de) is no cycle edge
            if target in modules and target != module and not target.startswith(module + "."):
                graph[module].add(target)
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Return the strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for v in list(graph):
        if v not in index:
            visit(v)
    return cycles


def test_no_import_cycles_between_modules() -> None:
    cycles = _cycles(_module_graph(MODULES))
    assert not cycles, f"import cycles: {cycles}"


def test_the_cycle_checker_finds_a_cycle_inside_a_package(tmp_path: Path) -> None:
    pkg = tmp_path / "kg" / "knowledge"
    pkg.mkdir(parents=True)
    (pkg / "__init__.py").write_text("from . import a\n")
    (pkg / "a.py").write_text("from .b import f\n")
    # b reaches a through the package too, which must not excuse the cycle
    (pkg / "b.py").write_text("def f():\n    from . import a\n")
    modules = {_module_name(p, tmp_path / "kg"): p for p in (tmp_path / "kg").rglob("*.py")}
    graph = _module_graph(modules, tmp_path / "kg")
    assert _cycles(graph) == [["kg.knowledge.a", "kg.knowledge.b"]]


# ``lang_?`` also catches spaCy's ``doc.lang_ == "en"``; a tuple of codes is a branch too
LANG_BRANCH = re.compile(r"lang(uage)?_? ?[!=]= ?['\"][a-z]{2}['\"]|['\"][a-z]{2}['\"] ?[!=]= ?lang"
                         r"|lang(uage)?_? (not )?in \(['\"][a-z]{2}['\"]")


@pytest.mark.parametrize("path", sorted(p for p in KG.rglob("*.py") if "lang" not in p.parts),
                         ids=lambda p: str(p.relative_to(KG)))
def test_shared_code_never_branches_on_a_language_code(path: Path) -> None:
    hits = [f"{n}: {line.strip()}" for n, line in
            enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if LANG_BRANCH.search(line)]
    assert not hits, "ask the language pack instead:\n" + "\n".join(hits)


def test_the_checker_resolves_relative_and_inner_imports(tmp_path: Path) -> None:
    pkg = tmp_path / "kg" / "nlp"
    pkg.mkdir(parents=True)
    (pkg / "x.py").write_text("from ..recognize import ner\n\ndef f():\n"
                              "    from .. import resolve\n    import kg.rdf.vocab\n")
    found = {t for t, _ in _imports(pkg / "x.py", tmp_path / "kg")}
    assert {"kg.recognize", "kg.recognize.ner", "kg.resolve", "kg.rdf.vocab"} <= found
    assert max(r for t in found if (r := _rank(t)) is not None) > STAGES["nlp"]


@pytest.mark.parametrize("line", ['english = doc.lang_ == "en"', 'if tok.lang_ != "de":',
                                  'lang = record.lang if record.lang in ("de", "en") else "en"',
                                  'if "en" == lang:'])
def test_the_language_branch_pattern_catches_spacy_and_tuple_checks(line: str) -> None:
    assert LANG_BRANCH.search(line)


def test_the_language_branch_pattern_lets_pack_lookups_pass() -> None:
    assert not LANG_BRANCH.search("pack = language_pack(doc.lang_)")
    assert not LANG_BRANCH.search("lang = doc.lang_ if doc.lang_ in pack_codes() else 'de'")


def test_no_import_cycles_between_packages() -> None:
    """Packages of one rank (the base) must not import each other both ways either."""
    edges: dict[str, set[str]] = defaultdict(set)
    for module, path in MODULES.items():
        here = _stage(module)
        for target, _ in _imports(path):
            there = _stage(target)
            if here and there and here != there and target.split(".")[1:2] != ["__init__"]:
                edges[here].add(there)
    both_ways = sorted({tuple(sorted((a, b))) for a, outs in list(edges.items()) for b in outs
                        if a in edges.get(b, set())})
    assert not both_ways, f"packages importing each other: {both_ways}"


# kg.pipeline's own modules, in order: each imports only those before it (its __init__ all)
PIPELINE = ["stages", "streaming", "api"]


def test_pipeline_modules_import_only_those_before_them() -> None:
    assert {m for m in MODULES if m.startswith("kg.pipeline.")} == {
        f"kg.pipeline.{name}" for name in PIPELINE}, "give the new module a place in PIPELINE"
    backwards = []
    for here, name in enumerate(PIPELINE):
        path = MODULES[f"kg.pipeline.{name}"]
        for target, line in _imports(path):
            parts = target.split(".")
            if parts[:2] != ["kg", "pipeline"]:
                continue
            there = PIPELINE.index(parts[2]) if len(parts) > 2 and parts[2] in PIPELINE else None
            if there is None or there > here:  # the package itself, or a later module
                backwards.append(f"{path.relative_to(KG.parent)}:{line} imports {target}")
    assert not backwards, "\n".join(backwards)
