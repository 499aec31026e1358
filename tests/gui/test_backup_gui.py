"""The backups as a person meets them: Settings' Backups group, File › Back up now (a
worker thread, a progress bar, the window responsive), the automatic backup at lock and at
close, the reminders, the drill, and the restore wizard of the sign-in window."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QInputDialog, QMessageBox

from cms_desktop.core.backups import NEVER_NOTES, list_backups
from cms_desktop.gui import backup_actions
from cms_desktop.gui import run as gui_run
from cms_desktop.gui.dates import day_long
from cms_desktop.gui.signin_dialog import SignInDialog
from tests.support.builders import make_case
from tests.support.note_rows import case_with_notes
from tests.support.office import DIRECTOR, PASSWORD
from tests.support.window import open_window

SHOTS = os.environ.get("CMS_SCREENSHOTS")  # a folder: save what the tests show, to look at


def shot(widget, name: str) -> None:
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


@pytest.fixture
def drive(tmp_path) -> Path:
    folder = tmp_path / "drive"
    folder.mkdir()
    return folder


def set_folder(office, drive: Path) -> None:
    service = office.ws.backups
    s = service.settings()
    s.folder = str(drive)
    service.save_settings(s)


def backups_in(office, drive: Path) -> list[Path]:
    return [b.path for b in list_backups(drive, office.ws.keyfile.vault_id)]


def test_settings_show_the_folder_rotation_and_what_a_purge_means(qtbot, office, drive):
    window = open_window(qtbot, office)
    box = window.findChild(object, "backupGroup")
    words = " ".join(lbl.text() for lbl in box.findChildren(type(box.status)))
    assert NEVER_NOTES in words
    assert "Keep two drives and rotate them, one always off-site" in words
    box.folder.setText("/home/dana/Dropbox/cms")
    assert "cloud-synced folder" in box.warning.text()
    box.folder.setText(str(drive))
    assert box.warning.text() == ""
    box.spins["keep_daily"].setValue(3)
    assert box.save()
    assert office.ws.backups.settings().keep_daily == 3
    office.ws.backups.back_up()
    office.clock.advance(days=1)
    office.ws.backups.back_up()
    box.refresh()
    text = box.status.text()
    oldest, newest = day_long("2026-03-02"), day_long("2026-03-03")
    assert f"Oldest backup: {oldest}; newest: {newest} (2 in the folder)." in text
    assert "A case purged today leaves the backups by " in text
    window.ui.sections.setCurrentWidget(window.findChild(object, "settingsPage"))
    box.ensurePolished()
    shot(box, "settings_backups")


def test_back_up_now_runs_off_the_window_thread_with_a_progress_bar(
    qtbot, office, drive, monkeypatch
):
    set_folder(office, drive)
    case_id = make_case(office.ws)
    with office.ws.vault.transaction() as c:  # enough to take longer than half a second
        for _ in range(150):
            c.execute(
                "INSERT INTO attachment(case_id, kind, data, added_at) VALUES (?, 'scan', ?, ?)",
                (case_id, os.urandom(2**20), "2026-03-01T09:00:00+00:00"),
            )
    window = open_window(qtbot, office)
    ticks = []
    timer = QTimer(window)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(20)
    task = window.backups.back_up_now()
    assert task is not None and window.backups.running is task
    qtbot.waitUntil(lambda: task.dialog.isVisible() or task.finished, timeout=20000)
    if not task.finished:
        assert NEVER_NOTES in task.dialog.labelText()
        shot(task.dialog, "backup_progress")
    qtbot.waitUntil(lambda: window.backups.running is None, timeout=60000)
    assert len(ticks) > 5  # the window kept its event loop turning meanwhile
    assert len(backups_in(office, drive)) == 1
    assert (
        office.ws.vault.scalar("SELECT count(*) FROM audit_event WHERE kind = 'backup_written'")
        == 1
    )


def test_a_failed_backup_is_one_sentence_to_the_director(qtbot, office, tmp_path, monkeypatch):
    said: list[str] = []
    monkeypatch.setattr(backup_actions, "show_error", lambda _w, text: said.append(text))
    monkeypatch.setattr(gui_run, "show_error", lambda _w, text: said.append(text))
    set_folder(office, tmp_path / "drive-away")
    window = open_window(qtbot, office)
    window.backups.back_up_now()
    assert said == [
        f"The backup folder {tmp_path / 'drive-away'} is not there; plug in the drive or "
        "choose another folder in Settings."
    ]


def test_lock_backs_up_once_a_day_and_the_next_sign_in_records_it(qtbot, office, drive):
    set_folder(office, drive)
    window = open_window(qtbot, office)
    window.lock()
    qtbot.waitUntil(lambda: window.backups.running is None, timeout=20000)
    assert len(backups_in(office, drive)) == 1
    window.unlock(DIRECTOR, PASSWORD)
    ws = window.ctx.workspace
    assert ws.vault.scalar("SELECT count(*) FROM audit_event WHERE kind = 'backup_written'") == 1
    window.lock()  # the same day: no second backup
    assert window.backups.running is None
    window.unlock(DIRECTOR, PASSWORD)
    office.clock.advance(days=1)
    window.close()  # closing on a new day backs up before the vault closes
    assert len(backups_in(office, drive)) == 2


def test_sign_out_backs_up_too(qtbot, office, drive):
    set_folder(office, drive)
    window = open_window(qtbot, office)
    window.sign_out()
    qtbot.waitUntil(lambda: window.backups.running is None, timeout=20000)
    assert len(backups_in(office, drive)) == 1


def test_the_reminder_bar_says_no_folder_is_set(qtbot, office):
    window = open_window(qtbot, office)
    window.reminders.refresh()
    assert "No backup folder is set (Settings)." in window.ui.reminderBar.text()


def test_the_drill_opens_the_newest_backup_with_the_directors_password(
    qtbot, office, drive, monkeypatch
):
    set_folder(office, drive)
    office.ws.backups.back_up()
    window = open_window(qtbot, office)
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: (PASSWORD, True)))
    task = window.backups.drill()
    assert task is not None
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "drillResult") is not None, timeout=20000)
    box = window.findChild(QMessageBox, "drillResult")
    assert "opens with your password and is sound" in box.text()
    shot(box, "drill_result")
    assert (
        office.ws.vault.scalar("SELECT count(*) FROM audit_event WHERE kind = 'restore_drill'") == 1
    )


def test_the_restore_wizard_from_the_sign_in_window(qtbot, office, drive, tmp_path, clock):
    office.add_mediator_user("mina")
    nc = case_with_notes(office, bodies=("kept out",), mws=office.sign_in("mina"))
    path = office.ws.backups.back_up(str(drive)).path
    office.close()
    dialog = SignInDialog(office.path, clock)
    qtbot.addWidget(dialog)
    dialog.show()
    wizard = dialog.restore_from_backup()
    shot(wizard, "restore_1_backup")
    wizard._forward()
    assert wizard.message.text() == "Choose a backup file that exists."
    wizard.backup.setText(str(path))
    wizard._forward()
    wizard.username.setText(DIRECTOR)
    wizard.password.setText(PASSWORD)
    shot(wizard, "restore_2_who")
    wizard._forward()
    target = tmp_path / "restored" / "office.cmsvault"
    wizard.target.setText(str(target))
    shot(wizard, "restore_3_where")
    wizard._forward()
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == 3, timeout=20000)
    text = wizard.summary.toPlainText()
    assert f"to {target}." in text and "mina: " in text and NEVER_NOTES in text
    shot(wizard, "restore_4_done")
    wizard._forward()  # Sign in
    assert dialog.vault_path == target
    dialog.ui.username.setText(DIRECTOR)
    dialog.ui.password.setText(PASSWORD)
    dialog.try_sign_in()
    assert dialog.workspace is not None and dialog.workspace.vault.path == target
    from cms_desktop.gui.notes_status import left_out_text

    line = left_out_text(dialog.workspace, nc.case_id)
    assert line.startswith("1 note from 1 session existed but were not in the backup of ")
    dialog.workspace.close()


def test_the_wizard_replaces_a_vault_only_after_a_second_confirmation(
    qtbot, office, drive, tmp_path, clock, monkeypatch
):
    path = office.ws.backups.back_up(str(drive)).path
    office.close()
    before = office.path.read_bytes()
    dialog = SignInDialog(office.path, clock)
    qtbot.addWidget(dialog)
    wizard = dialog.restore_from_backup()
    wizard.backup.setText(str(path))
    wizard.username.setText(DIRECTOR)
    wizard.password.setText(PASSWORD)
    wizard.target.setText(str(office.path))
    wizard._go(2)
    assert wizard.replace.isVisibleTo(wizard)
    wizard._forward()  # not ticked: refused in one sentence
    qtbot.waitUntil(lambda: wizard.message.text() != "", timeout=20000)
    assert wizard.message.text().startswith("A vault already exists at")
    wizard.replace.setChecked(True)
    asked: list[str] = []

    def decline(box):
        asked.append(box.text())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", decline)
    assert wizard.start() is None  # declined: nothing happens
    assert office.path.read_bytes() == before and asked
    monkeypatch.setattr(type(wizard), "confirm_replace", lambda self, target: True)
    wizard.start()
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == 3, timeout=20000)
    assert "is kept as" in wizard.summary.toPlainText()
