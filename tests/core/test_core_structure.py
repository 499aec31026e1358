"""How core is put together (issue 19, point 1): every dependency visible, the key in custody.

The import contracts in pyproject.toml (run by tests/test_tooling.py) say which core module
may import which; they only see imports at the top of a module, so this file checks that no
core module hides one inside a function.
"""

from __future__ import annotations

import ast
from pathlib import Path

from cms_desktop.core.custody import KeyCustody
from cms_desktop.core.workspace import Workspace

CORE = Path(__file__).resolve().parents[2] / "cms_desktop" / "core"


def _hidden_imports(path: Path) -> list[str]:
    """Imports of the program's own modules made inside a function body."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        for inner in ast.walk(node):
            if isinstance(inner, ast.ImportFrom) and (inner.module or "").startswith("cms_desktop"):
                found.append(f"{path.name}:{inner.lineno} {inner.module}")
            if isinstance(inner, ast.Import) and any(
                a.name.startswith("cms_desktop") for a in inner.names
            ):
                found.append(f"{path.name}:{inner.lineno}")
    return found


def test_no_core_module_hides_an_import_inside_a_function():
    hidden = [hit for path in sorted(CORE.glob("*.py")) for hit in _hidden_imports(path)]
    assert hidden == []


def test_the_check_sees_a_hidden_import(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("def f():\n    from cms_desktop.core.cases import CaseService\n")
    assert _hidden_imports(sample) == ["sample.py:2 cms_desktop.core.cases"]


def _holders(ws: Workspace, key: bytes) -> list[tuple[object, str]]:
    """Every attribute of the program's objects reachable from the workspace that holds
    `key` (the services, their stores, the context, the audit trail, custody...)."""
    found, seen = [], set()
    todo: list[tuple[str, object]] = [("ws", ws)]
    while todo:
        path, obj = todo.pop()
        if id(obj) in seen or not type(obj).__module__.startswith("cms_desktop"):
            continue
        seen.add(id(obj))
        for attr, value in vars(obj).items() if hasattr(obj, "__dict__") else ():
            if value == key:
                found.append((obj, attr))
            todo.append((f"{path}.{attr}", value))
    return found


def test_only_key_custody_holds_the_vault_key(office):
    ws = office.ws
    key = office.vault_key()
    holders = _holders(ws, key)
    assert holders == [(ws.custody, "_key")]
    assert isinstance(ws.custody, KeyCustody)
    assert ws.accounts.custody is ws.erasure.custody is ws.ctx.audit.custody is ws.custody
    assert ws.backups.custody is ws.retention.custody is ws.custody


def test_backups_and_the_annual_report_are_built_with_the_workspace_services(office):
    ws = office.ws
    assert ws.backups.ctx is ws.annual_report.ctx is ws.ctx
    assert ws.backups.retention is ws.retention
    assert ws.annual_report.evaluations is ws.evaluations


def test_closing_the_workspace_makes_custody_forget_the_key(office):
    ws = office.ws
    ws.close()
    assert not ws.custody.holds_key
    assert _holders(ws, office.vault_key()) == []
