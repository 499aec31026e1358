"""The gui has one way to run an action and say why it was refused: gui/run.py's
`run(action, errors)`. These checks read the gui's source, so a new try/except that shows a
message (or a second base for dialogs that save) fails here instead of in review."""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

import pytest

from cms_desktop.core import errors as core_errors
from cms_desktop.model.errors import CmsError
from cms_desktop.storage import errors as storage_errors

GUI = Path(__file__).resolve().parents[2] / "cms_desktop" / "gui"
HOME = GUI / "run.py"  # the one place that catches a refusal

# Every name a refusal goes by: the root, storage's and core's kinds, and the catch-alls.
REFUSALS = (
    {"Exception", "BaseException"}
    | {
        name
        for module in (core_errors, storage_errors)
        for name, value in vars(module).items()
        if inspect.isclass(value) and issubclass(value, CmsError)
    }
    | {"HeldRefused", "BadCredentials"}
)


def gui_sources() -> list[Path]:
    return [p for p in sorted(GUI.rglob("*.py")) if "generated" not in p.parts]


def caught_names(handler: ast.ExceptHandler) -> set[str]:
    node = handler.type
    if node is None:
        return {"BaseException"}  # a bare except
    parts = node.elts if isinstance(node, ast.Tuple) else [node]
    return {p.attr if isinstance(p, ast.Attribute) else getattr(p, "id", "") for p in parts}


def suppressed_names(call: ast.Call) -> set[str]:
    func = call.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    if name != "suppress":
        return set()
    return {a.attr if isinstance(a, ast.Attribute) else getattr(a, "id", "") for a in call.args}


def refusal_catches(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ExceptHandler):
            names = caught_names(node) & REFUSALS
        elif isinstance(node, ast.Call):
            names = suppressed_names(node) & (REFUSALS - {"CmsError"})
        else:
            continue
        if names:
            found.append(f"{path.relative_to(GUI)}:{node.lineno} catches {sorted(names)}")
    return found


def test_the_refusal_names_are_known():
    assert {"CmsError", "VaultError", "ValidationError", "PermissionDenied"} <= REFUSALS


def test_only_gui_run_catches_a_refusal():
    """Anywhere else, `run(action, errors)` says it: beside a field, in a label, in a box.
    (contextlib.suppress(CmsError) stays allowed: it says nothing, on purpose.)"""
    found = [c for p in gui_sources() if p != HOME for c in refusal_catches(p)]
    assert found == []


def test_the_home_does_catch_them():  # the check above can fail: it sees run.py's own catch
    assert any("CmsError" in c for c in refusal_catches(HOME))


@pytest.mark.parametrize("idiom", ["def attempt(", "def _submit(", "def act_value(", "def _run("])
def test_no_second_idiom_by_name(idiom):
    assert [p.name for p in gui_sources() if idiom in p.read_text(encoding="utf-8")] == []


def test_a_refused_permission_is_not_a_vault_error():
    assert issubclass(storage_errors.VaultError, CmsError)
    assert issubclass(core_errors.PermissionDenied, CmsError)
    assert not issubclass(core_errors.PermissionDenied, storage_errors.VaultError)
    assert core_errors.CmsError is CmsError


def test_dialogs_that_save_when_accepted_share_form_dialog():
    """Only FormDialog decides what OK does (save first, close only if it went through)."""
    found = [
        f"{p.relative_to(GUI)}:{node.lineno}"
        for p in gui_sources()
        if p.name != "form_dialog.py"
        for node in ast.walk(ast.parse(p.read_text(encoding="utf-8")))
        if isinstance(node, ast.FunctionDef) and node.name in ("accept", "submit")
    ]
    assert found == []
