"""The lock on its own, without the main window: the guard sees a LockHost (a few plain
widgets here) and says what happened with its locked_for / unlocked signals. Idle time and
sleep on the injected clock, Ctrl+L through a shortcut wired as the window wires it, nothing
left on screen while locked, nothing typed lost."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from cms_desktop.core.throttle import SignInThrottle
from cms_desktop.gui.context import AppContext
from cms_desktop.gui.lock_guard import LockGuard
from cms_desktop.model.accounts import Role
from tests.support.office import PASSWORD

TYPED = "Wants the meeting moved to Thursday"


class Field(QLineEdit):
    """A lock-aware widget: one typed line."""

    def unsaved_edits(self) -> dict[str, Any] | None:
        return {"text": self.text()} if self.text() else None

    def restore_edits(self, edits: dict[str, Any]) -> None:
        self.setText(edits["text"])

    def clear_for_lock(self) -> None:
        self.clear()


class Host(QWidget):
    """A LockHost: one case tab, one office page and a list that shows records."""

    def __init__(self) -> None:
        super().__init__()
        self.tab, self.page, self.listing = Field(self), Field(self), QLineEdit(self)
        self.page.setObjectName("rosterPage")
        self.listing.setText("CMS-2026-0001 Nguyễn")
        layout = QVBoxLayout(self)
        for widget in (self.tab, self.page, self.listing):
            layout.addWidget(widget)
        self.selected: list[int | None] = []

    def case_tabs(self):
        return {"intake": self.tab}

    def office_pages(self):
        return {"rosterPage": self.page}

    def clear_for_lock(self) -> None:
        self.listing.clear()

    def select_case(self, case_id: int | None) -> None:
        self.selected.append(case_id)


def make_guard(qtbot, office):
    host = Host()
    qtbot.addWidget(host)
    ctx = AppContext(office.ws, office.clock)
    guard = LockGuard(ctx, host, office.path, SignInThrottle(office.clock), host)
    events: list[tuple] = []
    guard.locked_for.connect(lambda user, name: events.append(("locked", user, name)))
    guard.unlocked.connect(lambda: events.append(("unlocked", ctx.workspace_if_open.user.username)))
    guard.unlock_failed.connect(lambda said: events.append(("refused", said)))
    host.show()
    host.activateWindow()  # shortcuts reach the active window
    qtbot.waitUntil(host.isActiveWindow)
    return guard, host, ctx, events


def test_idle_time_on_the_injected_clock_locks_and_says_for_whom(qtbot, office):
    guard, _host, ctx, events = make_guard(qtbot, office)
    office.clock.advance(minutes=4)
    guard.check_idle()
    assert not guard.locked and events == []
    office.clock.advance(minutes=1)
    guard.check_idle()
    assert guard.locked and ctx.workspace_if_open is None
    assert events == [("locked", "director", office.ws.user.display_name)]


def test_a_wall_clock_jump_longer_than_the_idle_time_is_sleep(qtbot, office):
    guard, _host, _ctx, _events = make_guard(qtbot, office)
    office.clock.advance(minutes=20)
    guard.last_activity = office.clock.now()  # the mouse moved as the machine woke
    guard.check_idle()
    assert guard.locked
    kinds = [(r.kind, r.detail) for r in office.sign_in("director").audit.store.rows()]
    assert ("lock", "resumed from sleep") in kinds


def test_the_key_that_wakes_the_machine_locks_and_is_not_typed(qtbot, office):
    guard, host, _ctx, _events = make_guard(qtbot, office)
    office.clock.advance(minutes=5)
    qtbot.keyClicks(host.tab, "x")
    assert guard.locked and host.tab.text() == ""


def test_ctrl_l_locks_and_nothing_stays_on_screen(qtbot, office):
    guard, host, _ctx, events = make_guard(qtbot, office)
    lock = QAction("Lock", host)
    lock.setShortcut(QKeySequence("Ctrl+L"))
    lock.triggered.connect(lambda: guard.lock("Ctrl+L"))
    host.addAction(lock)
    qtbot.keyClicks(host.tab, TYPED)
    host.page.setText("Half-typed mediator")
    qtbot.keyClick(host.tab, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert guard.locked and office.ws.vault.conn is None
    assert (host.tab.text(), host.page.text(), host.listing.text()) == ("", "", "")
    assert events[-1][0] == "locked"


def test_nothing_typed_is_lost_and_the_same_user_gets_it_back(qtbot, office):
    guard, host, ctx, events = make_guard(qtbot, office)
    ctx.current_case = 7
    qtbot.keyClicks(host.tab, TYPED)
    host.page.setText("Half-typed mediator")
    guard.lock("Ctrl+L")
    for file in office.path.parent.iterdir():  # kept in the vault, encrypted
        assert TYPED.encode() not in file.read_bytes(), file
    guard.unlock("director", "wrong password")
    assert guard.locked and events[-1][0] == "refused"
    guard.unlock("director", PASSWORD)
    assert not guard.locked and events[-1] == ("unlocked", "director")
    guard.offer_drafts()  # the window does this when it is shown again
    assert host.tab.text() == TYPED and host.page.text() == "Half-typed mediator"


def test_someone_else_at_the_lock_leaves_the_first_users_edits_waiting(qtbot, office):
    office.add_user("sam", Role.STAFF)
    guard, host, ctx, _events = make_guard(qtbot, office)
    qtbot.keyClicks(host.tab, TYPED)
    guard.lock("Ctrl+L")
    guard.unlock("sam", office.passwords["sam"])
    guard.offer_drafts()
    assert ctx.workspace_if_open.user.username == "sam" and host.tab.text() == ""
    guard.sign_out()
    guard.unlock("director", PASSWORD)
    guard.offer_drafts()
    assert host.tab.text() == TYPED


def test_the_windows_action_table_names_real_actions_and_ctrl_l_locks(qtbot, office):
    from tests.support.window import open_window

    window = open_window(qtbot, office)
    for action, method in window.ACTIONS:
        assert hasattr(window.ui, action) and callable(getattr(window, method)), action
    assert ("actionLock", "lock") in window.ACTIONS
    assert window.ui.actionLock.shortcut().toString() == "Ctrl+L"
    window.ui.actionLock.trigger()
    assert window.locked and window.ui.stack.currentWidget() is window.ui.lockPage
