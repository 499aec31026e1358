"""The window hears what core announces after each commit (gui/context.py)."""

from __future__ import annotations

from cms_desktop.model.accounts import Role


def test_the_window_hears_core_changes_as_records_changed(qtbot, office):
    from cms_desktop.gui.context import AppContext

    ctx = AppContext(office.ws)
    seen: list[tuple[str, object]] = []
    ctx.records_changed.connect(lambda area, record_id: seen.append((area, record_id)))
    issued = office.ws.accounts.add("sam", "Sam Staff", Role.STAFF, password="a long password 1")
    assert seen == [("account", issued.user.id)]
    ctx.ws = office.ws  # set again (e.g. after a lock): still heard once
    office.ws.accounts.reset_password(issued.user.id, "another long one 2")
    assert seen[1:] == [("account", issued.user.id)]
