"""#19: one obvious home for each name. A module's __all__ lists what it defines, never
what it imports from elsewhere (core/office.py once re-exported sign_in "for callers
written before the split", so two imports of one function lived on side by side)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "cms_desktop"


def re_exports(root: Path = ROOT) -> list[str]:
    """'module.name is home.name' for each name a module's __all__ takes from an import."""
    found = []
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text("utf-8"))
        imported: dict[str, str] = {}
        listed: list[str] = []
        for node in tree.body:
            if isinstance(node, ast.ImportFrom) and node.module:
                for alias in node.names:
                    imported[alias.asname or alias.name] = node.module
            targets = node.targets if isinstance(node, ast.Assign) else []
            if any(isinstance(t, ast.Name) and t.id == "__all__" for t in targets):
                listed = [e.value for e in node.value.elts]  # type: ignore[attr-defined]
        module = ".".join(path.relative_to(root.parent).with_suffix("").parts)
        found += [f"{module}.{n} is {imported[n]}.{n}" for n in listed if n in imported]
    return found


def test_no_module_re_exports_what_another_defines():
    assert re_exports() == []


def test_the_check_sees_a_re_export(tmp_path):
    package = tmp_path / "cms_desktop"
    package.mkdir()
    (package / "old.py").write_text(
        "from cms_desktop.new import sign_in\nLIMIT = 3\n__all__ = ['LIMIT', 'sign_in']\n"
    )
    assert re_exports(package) == ["cms_desktop.old.sign_in is cms_desktop.new.sign_in"]
