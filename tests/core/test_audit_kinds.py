"""Core owns the audit vocabulary and announces what changed (issue 19, point 3)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from cms_desktop.core.audit_kinds import AuditKind, kind_label
from cms_desktop.core.context import Change
from cms_desktop.model.accounts import Role
from cms_desktop.storage.errors import VaultError

PACKAGE = Path(__file__).resolve().parents[2] / "cms_desktop"


def _record_calls(folder: Path) -> list[tuple[str, ast.Call]]:
    """Every `<something>.audit.record(...)` / `audit.record(...)` call under `folder`."""
    calls = []
    for path in sorted(folder.rglob("*.py")):
        if "generated" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            owner = node.func.value
            owner_name = owner.attr if isinstance(owner, ast.Attribute) else ""
            if isinstance(owner, ast.Name):
                owner_name = owner.id
            if node.func.attr in ("record", "append") and owner_name in ("audit", "store"):
                if node.func.attr == "append" and owner_name == "store":
                    chain = ast.unparse(owner)
                    if not chain.endswith("audit.store"):
                        continue
                calls.append((f"{path.relative_to(PACKAGE)}:{node.lineno}", node))
    return calls


def test_every_kind_has_a_label_and_a_distinct_stored_name():
    assert all(kind.label.strip() for kind in AuditKind)
    assert len({kind.value for kind in AuditKind}) == len(AuditKind)
    assert len({kind.label for kind in AuditKind}) == len(AuditKind)


def test_every_kind_written_is_a_member_of_the_vocabulary():
    calls = _record_calls(PACKAGE)
    assert len(calls) > 60  # the scan finds the call sites (it can fail)
    loose = []
    for where, call in calls:
        first = call.args[0]
        if isinstance(first, ast.Constant):
            loose.append(f"{where} {first.value!r}")
        elif isinstance(first, ast.Attribute) and ast.unparse(first.value) == "AuditKind":
            assert first.attr in AuditKind.__members__, where
        else:  # a variable: typed AuditKind, and record() refuses anything else (below)
            assert isinstance(first, ast.Name | ast.IfExp), where
    assert loose == []


def test_the_window_and_cms_admin_never_write_audit_rows_themselves():
    writers = [where for where, _ in _record_calls(PACKAGE / "gui")]
    writers += [where for where, _ in _record_calls(PACKAGE / "cli")]
    assert writers == []


def test_a_kind_outside_the_vocabulary_is_refused_and_nothing_is_written(office):
    before = office.ws.audit.head()
    with pytest.raises(ValueError):
        office.ws.audit.record("made_up", "case", 1)  # type: ignore[arg-type]
    assert office.ws.audit.head() == before


def test_stored_kinds_read_as_their_labels_old_names_included():
    assert kind_label("print") == "Printed a form" == kind_label("form_printed")
    assert kind_label("save_pdf") == "Saved a PDF" == kind_label("pdf_saved")
    assert kind_label("view_case") == "Viewed a case" == kind_label("case_viewed")
    assert kind_label("something_new") == "Something new"


# -- what changed, announced after the commit ------------------------------------------------
def test_changes_are_announced_once_committed_and_never_for_a_rollback(office):
    ws = office.ws
    heard: list[list[Change]] = []
    ws.ctx.listen(heard.append)
    issued = ws.accounts.add("sam", "Sam Staff", Role.STAFF, password="a long password 1")
    assert heard == [[Change("account", issued.user.id)]]
    heard.clear()
    with pytest.raises(VaultError), ws.vault.transaction():
        ws.audit.record(AuditKind.ACCOUNT_DISABLED, "user", issued.user.id)
        raise VaultError("the disk is full")
    assert heard == []
    settings = ws.settings
    settings.idle_lock_minutes = 7
    ws.save_settings(settings)
    assert heard == [[Change("settings")]]  # not the rolled-back account change
    assert ws.settings.idle_lock_minutes == 7


def test_lock_and_sign_out_are_core_methods_that_record_and_close(office):
    ws = office.ws
    ws.lock("idle")
    assert ws.vault.conn is None and not ws.custody.holds_key
    again = office.sign_in("director")
    again.sign_out()
    assert again.vault.conn is None
    last = office.sign_in("director").audit.store.rows()[-4:]
    assert [(r.kind, r.detail) for r in last] == [
        ("lock", "idle"),
        ("sign_in", ""),
        ("sign_out", ""),
        ("sign_in", ""),
    ]
