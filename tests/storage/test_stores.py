"""Stores (issue 19, point 5): one base, one way to insert, model objects out, never rows;
core never touches the database driver."""

from __future__ import annotations

import ast
import importlib
import inspect
from dataclasses import dataclass
from pathlib import Path

import pytest

from cms_desktop.storage.errors import VaultError
from cms_desktop.storage.store import Store

PACKAGE = Path(__file__).resolve().parents[2] / "cms_desktop"
STORE_MODULES = sorted((PACKAGE / "storage").glob("*_store.py"))


def _store_classes() -> list[type]:
    found = []
    for path in STORE_MODULES:
        module = importlib.import_module(f"cms_desktop.storage.{path.stem}")
        found += [
            obj
            for name, obj in vars(module).items()
            if inspect.isclass(obj) and name.endswith("Store") and obj.__module__ == module.__name__
        ]
    return found


def test_every_store_is_a_store_with_the_one_constructor():
    classes = _store_classes()
    assert len(classes) >= 18
    assert [c.__name__ for c in classes if not issubclass(c, Store)] == []
    # A store that needs more than the vault says so (and calls the base).
    own = {c.__name__ for c in classes if "__init__" in vars(c)}
    assert own == {"AuditStore", "CaseListStore"}
    for c in classes:
        if "__init__" in vars(c):
            assert "super().__init__(vault)" in inspect.getsource(c.__init__)


def test_no_store_hands_out_a_row_or_takes_a_connection():
    leaks = []
    for c in _store_classes():
        for name, member in vars(c).items():
            if name.startswith("_") or not callable(member):
                continue
            for part, annotation in getattr(member, "__annotations__", {}).items():
                if "sqlcipher3" in str(annotation) or "Row" in str(annotation).split("["):
                    leaks.append(f"{c.__name__}.{name} ({part}: {annotation})")
    assert leaks == []


def test_core_never_imports_the_database_driver():
    importers = []
    for path in sorted((PACKAGE / "core").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            if any(n.split(".")[0] == "sqlcipher3" for n in names):
                importers.append(path.name)
    assert importers == []


@dataclass(frozen=True)
class _Account:
    username: str
    role: str


def test_insert_takes_a_mapping_and_follows_the_callers_transaction(office):
    store = Store(office.ws.vault)
    when = "2026-01-01T00:00:00+00:00"
    row = {"username": "probe", "display_name": "Probe", "role": "staff", "created_at": when}
    with office.ws.vault.transaction():
        rowid = store.insert("user_account", row)
    found = store.fetch_one(
        _Account, "SELECT username, role FROM user_account WHERE id = ?", (rowid,)
    )
    assert found == _Account("probe", "staff")
    with pytest.raises(VaultError), office.ws.vault.transaction():
        store.insert("user_account", {**row, "username": "probe2"})
        raise VaultError("refused")
    kept = store.fetch_all(
        _Account, "SELECT username, role FROM user_account WHERE username LIKE 'probe%'"
    )
    assert kept == [_Account("probe", "staff")]
