"""The Audit page names people, not "user #5" (#15): names come from the accounts table
when the page shows a row; the trail keeps the ids it hashed."""

from __future__ import annotations

from PySide6.QtCore import Qt

from cms_desktop.core.audit_kinds import AuditKind
from cms_desktop.gui.director.audit_page import AuditPage
from cms_desktop.model.accounts import Role
from tests.support.window import open_window


def cells(page: AuditPage, column: int, role=Qt.ItemDataRole.DisplayRole) -> list[str]:
    model = page.model
    return [model.index(row, column).data(role) for row in range(model.rowCount())]


def test_audit_rows_name_the_person_and_keep_the_id_of_an_account_gone(qtbot, office):
    ws = office.ws
    sam = office.add_user("sam", Role.STAFF)
    lee = office.add_user("lee", Role.STAFF)
    ws.accounts.remove(lee)
    ws.audit.record(AuditKind.PASSWORD_RESET, "user", sam)
    ws.audit.record(AuditKind.PASSWORD_RESET, "user", 999)  # no such row in the table
    office.sign_in("sam").audit.record(AuditKind.VIEW_CASE, "case", 7)
    window = open_window(qtbot, office)
    page = window.findChild(AuditPage)
    records, who = cells(page, 3), cells(page, 1)
    assert who[0] == "Sam" and records[0] == "case #7"
    assert records[1:5] == [
        "Account: Sam",  # Sam signed in
        "Account: Former account #999",
        "Account: Sam",
        f"Account: Lee (removed, #{lee})",
    ]
    assert who[1:3] == ["Sam", ws.user.display_name]
    assert not any("user #" in text for text in records + who)
    # The ids stay one hover away, and the trail itself is untouched by the naming.
    assert cells(page, 3, Qt.ItemDataRole.ToolTipRole)[3] == f"user #{sam}"
    assert cells(page, 1, Qt.ItemDataRole.ToolTipRole)[0] == "Signed in as sam"
    stored = [r for r in ws.audit.store.rows() if r.record_type == "user"]
    assert {r.record_id for r in stored} >= {sam, lee, 999}
    assert ws.audit.verify() is None
