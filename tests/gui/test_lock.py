"""The lock: idle time on the wall clock, sleep, Ctrl+L; nothing typed is lost, no record
stays on screen, and someone else may sign in at the lock screen."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QMessageBox, QVBoxLayout

from cms_desktop.gui.dates import day_text
from cms_desktop.gui.tabs.base import CaseTab
from cms_desktop.model.accounts import Role
from cms_desktop.storage.vault import wal_path
from tests.support.builders import make_case
from tests.support.office import PASSWORD
from tests.support.sqlcipher_pages import find_in_vault_files
from tests.support.window import open_window

TYPED = "Wants the meeting moved to Thursday"


class TypingTab(CaseTab):
    """A case tab with one field, keeping the CaseTab contract the real tabs keep."""

    def __init__(self, ctx) -> None:
        super().__init__(ctx)
        self.field = QLineEdit(self)
        self.field.setObjectName("typingField")
        QVBoxLayout(self).addWidget(self.field)

    def show_case(self, case_id: int | None) -> None:
        super().show_case(case_id)
        self.field.clear()

    def unsaved_edits(self) -> dict[str, Any] | None:
        return {"note": self.field.text()} if self.field.text() else None

    def restore_edits(self, edits: dict[str, Any]) -> None:
        self.field.setText(edits["note"])


def with_typing_tab(window) -> TypingTab:
    tab = TypingTab(window.ctx)
    window.ui.intakeLayout.addWidget(tab)
    window.tabs["intake"] = tab
    return tab


def last_kinds(ws, n: int) -> list[str]:
    return [r.kind for r in ws.audit.store.rows()][-n:]


def unlock(qtbot, window, username: str, password: str = PASSWORD) -> None:
    window.lock_screen.username.setText(username)
    qtbot.keyClicks(window.lock_screen.password, password)
    qtbot.keyClick(window.lock_screen.password, Qt.Key.Key_Return)


def test_the_lock_hides_every_record_closes_the_vault_and_keeps_what_was_typed(qtbot, office):
    case_id = make_case(office.ws, participants=(("Zoë Nguyễn", "party"),))
    window = open_window(qtbot, office)
    tab = with_typing_tab(window)
    window.select_case(case_id)
    qtbot.keyClicks(tab.field, TYPED)
    vault = office.ws.vault
    roster = window.findChild(QLineEdit, "name")  # the Roster page's form
    roster.setText("Half-typed mediator")

    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    assert window.locked and window.ctx.workspace_if_open is None and vault.conn is None
    assert window.ui.stack.currentWidget() is window.ui.lockPage
    assert tab.field.text() == "" and tab.case_id is None and window.ctx.current_case is None
    assert roster.text() == ""
    assert window.findChild(object, "auditPage").model.rowCount() == 0
    assert window.findChild(object, "accountsPage").model.rowCount() == 0
    assert not wal_path(office.path).exists() or wal_path(office.path).stat().st_size == 0
    # The edits are in the vault (encrypted), nowhere in plaintext on disk.
    for file in office.path.parent.iterdir():
        assert TYPED.encode() not in file.read_bytes(), file
    assert find_in_vault_files(office.path, _key(office), TYPED)

    unlock(qtbot, window, "director")
    assert not window.locked
    assert window.ctx.current_case == case_id and tab.field.text() == TYPED
    assert roster.text() == "Half-typed mediator"
    ws = window.ctx.workspace_if_open
    assert ws.vault.scalar("SELECT count(*) FROM draft") == 0
    assert last_kinds(ws, 4) == ["draft_kept", "lock", "unlock", "draft_restored"]
    window.close()


def _key(office) -> bytes:
    from cms_desktop.storage.keyslots import KeySlotFile

    return KeySlotFile.load(office.ws.keys_path).unlock_user("director", PASSWORD)


def test_idle_time_and_sleep_on_the_wall_clock_lock(qtbot, office):
    window = open_window(qtbot, office)
    guard = window.lock_guard
    office.clock.advance(minutes=4)
    window.check_idle()
    assert not window.locked
    # The machine sleeps between two checks and someone moves the mouse as it wakes:
    # the jump is longer than the idle time, so the wake-up locks instead of counting.
    office.clock.advance(minutes=20)
    guard.last_activity = office.clock.now()
    window.check_idle()
    assert window.locked
    unlock(qtbot, window, "director")
    lock_row = [r for r in window.ctx.workspace_if_open.audit.store.rows() if r.kind == "lock"][-1]
    assert lock_row.detail == "resumed from sleep"


def test_the_input_that_wakes_the_machine_locks_and_reaches_no_record(qtbot, office):
    window = open_window(qtbot, office)
    tab = with_typing_tab(window)
    window.select_case(make_case(office.ws))
    office.clock.advance(minutes=5)
    qtbot.keyClicks(tab.field, "x")
    assert window.locked
    assert tab.field.text() == ""


def test_idle_minutes_come_from_the_office_settings(qtbot, office):
    settings = office.ws.settings
    settings.idle_lock_minutes = 15
    office.ws.save_settings(settings)
    window = open_window(qtbot, office)
    office.clock.advance(minutes=14)
    window.check_idle()
    assert not window.locked
    office.clock.advance(minutes=1)
    window.check_idle()
    assert window.locked


def test_someone_else_signs_in_at_the_lock_and_the_first_users_edits_wait_for_them(qtbot, office):
    office.add_user("sam", Role.STAFF)
    case_id = make_case(office.ws)
    window = open_window(qtbot, office)
    tab = with_typing_tab(window)
    window.select_case(case_id)
    qtbot.keyClicks(tab.field, TYPED)
    window.lock()

    unlock(qtbot, window, "sam")
    sam = window.ctx.workspace_if_open
    assert sam.user.username == "sam"
    assert window.ctx.current_case is None and tab.field.text() == ""  # nothing of theirs
    assert not window.ui.sections.isTabVisible(  # the director's pages are gone
        window.ui.sections.indexOf(window.compliance_page)
    )
    assert sam.vault.scalar("SELECT count(*) FROM draft WHERE user_id = 1") == 1
    window.lock_guard.sign_out()

    messages = []
    window.ctx.status_message.connect(messages.append)
    unlock(qtbot, window, "director")
    assert window.ctx.current_case == case_id and tab.field.text() == TYPED  # unsaved, on screen
    assert messages[-1].startswith(f"Your unsaved edits from {day_text('2026-03-02')} ")
    assert window.ctx.workspace_if_open.vault.scalar("SELECT count(*) FROM draft") == 0
    window.close()


def test_a_lock_closes_open_dialogs(qtbot, office):
    window = open_window(qtbot, office)
    dialog = window.change_password()
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.ui.currentPassword, PASSWORD)
    window.lock()
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected


def sign_in_after_a_reset(qtbot, office):
    """Sam's password was reset; Sam signs in at the lock screen with the one-time one."""
    user_id = office.add_user("sam", Role.STAFF)
    issued = office.ws.accounts.reset_password(user_id)
    window = open_window(qtbot, office)
    window.lock()
    unlock(qtbot, window, "sam", issued.password)
    qtbot.waitUntil(lambda: window.findChild(QDialog, "changePasswordDialog") is not None)
    return window, issued.password, window.findChild(QDialog, "changePasswordDialog")


def test_a_reset_password_must_be_replaced_before_anything_else(qtbot, office):
    window, one_time, dialog = sign_in_after_a_reset(qtbot, office)
    assert dialog.isVisible() and dialog.windowTitle() == "Choose your own password"
    qtbot.keyClicks(dialog.ui.currentPassword, one_time)
    qtbot.keyClicks(dialog.ui.newPassword, "a lantern by the river")
    qtbot.keyClicks(dialog.ui.confirmPassword, "a lantern by the river")
    dialog.submit()
    assert not window.ctx.workspace_if_open.user.must_change_password
    window.lock()
    unlock(qtbot, window, "sam", "a lantern by the river")
    assert not window.locked


def test_refusing_to_choose_a_password_signs_out(qtbot, office):
    window, _one_time, dialog = sign_in_after_a_reset(qtbot, office)
    dialog.reject()
    assert window.locked and window.ctx.workspace_if_open is None


def test_the_recovery_key_at_the_lock_screen_signs_the_director_in(qtbot, office, monkeypatch):
    shown: list[str] = []  # the new recovery key, shown once (#14)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.informativeText()))
    window = open_window(qtbot, office)
    window.lock()
    qtbot.mouseClick(window.lock_screen.ui.recoveryButton, Qt.MouseButton.LeftButton)
    dialog = window.findChild(QDialog, "recoveryDialog")
    assert dialog.isVisible()
    ui = dialog.ui
    qtbot.keyClicks(ui.recoveryKey, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")
    qtbot.keyClicks(ui.username, "director")
    qtbot.keyClicks(ui.newPassword, "password")
    assert "at least 10 characters" in ui.newError.text()  # said while typing
    ui.newPassword.clear()
    qtbot.keyClicks(ui.newPassword, "a lantern by the river")
    qtbot.keyClicks(ui.confirmPassword, "a lantern by the river")
    dialog.submit()
    assert ui.recoveryKeyError.text().startswith("That recovery key is not right")
    assert window.locked
    ui.recoveryKey.setText(office.recovery_key)
    ui.newPassword.setText("a lantern by the river")
    ui.confirmPassword.setText("a lantern by the river")
    dialog.submit()
    assert not window.locked and window.ctx.workspace_if_open.user.username == "director"
    assert "password_recovered" in last_kinds(window.ctx.workspace_if_open, 4)
    assert len(shown) == 1 and shown[0] != office.recovery_key
    window.close()


def test_the_sign_in_window_offers_the_recovery_key_too(qtbot, office, monkeypatch):
    from cms_desktop.gui.recovery_dialog import RecoveryDialog
    from cms_desktop.gui.signin_dialog import SignInDialog

    office.ws.close()
    signin = SignInDialog(office.path, office.clock)
    qtbot.addWidget(signin)
    signin.ui.username.setText("director")

    def person_types_the_key(dialog: RecoveryDialog) -> int:
        assert dialog.ui.username.text() == "director"  # carried over from the sign-in
        dialog.ui.recoveryKey.setText(office.recovery_key.lower().replace("-", " "))
        dialog.ui.newPassword.setText("a lantern by the river")
        dialog.ui.confirmPassword.setText("a lantern by the river")
        dialog.submit()
        return dialog.result()

    monkeypatch.setattr(RecoveryDialog, "exec", person_types_the_key)
    shown: list[str] = []  # the new recovery key, shown once (#14)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.informativeText()))
    qtbot.mouseClick(signin.ui.recoveryButton, Qt.MouseButton.LeftButton)
    assert len(shown) == 1
    assert signin.result() == QDialog.DialogCode.Accepted
    office.ws = signin.workspace
    assert office.ws.user.username == "director"


def test_a_long_task_with_its_progress_shown_is_not_idle_time(qtbot, office):
    window = open_window(qtbot, office)
    with window.lock_guard.working():
        office.clock.advance(minutes=30)
        window.check_idle()
        assert not window.locked
    office.clock.advance(minutes=4)
    window.check_idle()
    assert not window.locked  # counted from the end of the task
    office.clock.advance(minutes=1)
    window.check_idle()
    assert window.locked


def test_a_vault_that_cannot_be_written_still_locks_and_keeps_the_edits_in_memory(qtbot, office):
    case_id = make_case(office.ws)
    window = open_window(qtbot, office)
    tab = with_typing_tab(window)
    window.select_case(case_id)
    qtbot.keyClicks(tab.field, TYPED)
    office.ws.vault.conn.execute("PRAGMA query_only = ON")  # every write now fails
    window.lock()
    assert window.locked and window.ctx.workspace_if_open is None and tab.field.text() == ""
    for file in office.path.parent.iterdir():
        assert TYPED.encode() not in file.read_bytes(), file
    unlock(qtbot, window, "director")
    assert tab.field.text() == TYPED  # given back from memory
    assert window.ctx.workspace_if_open.vault.scalar("SELECT count(*) FROM draft") == 0
