"""File › Back up now and Restore drill…, and the automatic backup at lock, sign-out and
close (at most once a day, when the backup folder is there).

The backup itself runs on a worker thread with its own vault connection (a consistent
snapshot), so the window keeps painting; a progress bar appears after half a second. The
audit entry and the rotation run back on the window's thread; a backup that ends while the
window is locked is recorded at the next sign-in.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox

from cms_desktop.core.backups import (
    NEVER_NOTES,
    BackupFailed,
    BackupJob,
    check_drill,
)
from cms_desktop.core.erasure import day_label
from cms_desktop.core.permissions import Action
from cms_desktop.gui.background import Background
from cms_desktop.gui.i18n import tr
from cms_desktop.gui.messages import show_error
from cms_desktop.gui.run import IGNORE, run
from cms_desktop.model.backups import Manifest

if TYPE_CHECKING:
    from cms_desktop.gui.main_window import MainWindow


class BackupController:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.ctx = window.ctx
        self.running: Background | None = None
        self.pending: tuple[Path, Manifest] | None = None  # finished while locked
        self.pending_error = ""
        menu = window.ui.menuFile
        before = window.ui.actionChangePassword
        self.back_up_action = QAction(tr("&Back up now"), window)
        self.back_up_action.setObjectName("actionBackUpNow")
        self.back_up_action.triggered.connect(self.back_up_now)
        self.drill_action = QAction(tr("Restore &drill…"), window)
        self.drill_action.setObjectName("actionRestoreDrill")
        self.drill_action.triggered.connect(self.drill)
        menu.insertAction(before, self.back_up_action)
        menu.insertAction(before, self.drill_action)
        menu.insertSeparator(before)
        self.ctx.locking.connect(self.at_lock)
        self.ctx.signed_in.connect(self.after_sign_in)

    # -- now, on request ----------------------------------------------------------------
    def back_up_now(self) -> Background | None:
        ws = self.ctx.ws
        if ws is None or self.running is not None:
            return None
        prepared = run(ws.backups.prepare, self.window)
        return None if prepared is None else self._start(prepared.value, quiet=False)

    def _start(self, job: BackupJob, quiet: bool) -> Background:
        task = Background(self.window, "Backing up", job.run, NEVER_NOTES)
        task.succeeded.connect(lambda result: self._written(result[0], result[1], quiet))
        task.failed.connect(lambda message: self._failed(message, quiet))
        self.running = task.start()
        return task

    def _written(self, path: Path, manifest: Manifest, quiet: bool) -> None:
        self.running = None
        ws = self.ctx.ws
        if ws is None:
            self.pending = (path, manifest)
            return
        finished = run(lambda: ws.backups.finish(path, manifest), self.window)
        if finished is None:
            return
        result = finished.value
        removed = f"; {len(result.removed)} older removed" if result.removed else ""
        self.ctx.status_message.emit(
            tr("Backed up to {path}{removed}. {NEVER_NOTES}").format(
                path=path, removed=removed, NEVER_NOTES=NEVER_NOTES
            )
        )

    def _failed(self, message: str, quiet: bool) -> None:
        self.running = None
        if self.ctx.ws is None:
            self.pending_error = message
        elif not quiet or self.ctx.ws.can(Action.MANAGE_SETTINGS):
            show_error(self.window, message)
        else:
            self.ctx.status_message.emit(message)

    # -- automatically -------------------------------------------------------------------
    def at_lock(self) -> None:
        """Lock and sign-out: start today's backup (it runs on while the window is locked)."""
        ws = self.ctx.ws
        if ws is None or self.running is not None:
            return
        service = ws.backups
        # Nothing to say at a lock: the reminders say so when backups fall behind.
        prepared = run(lambda: service.prepare() if service.due() else None, IGNORE)
        if prepared is not None and prepared.value is not None:
            self._start(prepared.value, quiet=True)

    def at_close(self) -> None:
        """Closing: make today's backup if due, and wait for any backup still running."""
        if self.running is None:
            self.at_lock()
        if self.running is not None:
            self.running.wait()

    def after_sign_in(self) -> None:
        ws = self.ctx.ws
        if ws is None:
            return
        if self.pending is not None:
            path, manifest = self.pending
            self.pending = None
            run(lambda: ws.backups.finish(path, manifest), IGNORE)  # reminders tell
        if self.pending_error and ws.can(Action.MANAGE_SETTINGS):
            message, self.pending_error = self.pending_error, ""
            show_error(
                self.window, tr("The automatic backup failed: {message}").format(message=message)
            )
        visible = ws.can(Action.MANAGE_SETTINGS)
        self.drill_action.setVisible(visible)
        self.drill_action.setEnabled(visible)

    # -- the monthly drill ----------------------------------------------------------------
    def drill(self) -> Background | None:
        ws = self.ctx.ws
        if ws is None:
            return None
        service = ws.backups
        target = run(service.drill_target, self.window)
        if target is None:
            return None
        path = target.value
        password, ok = QInputDialog.getText(
            self.window,
            "Restore drill",
            f"Open the newest backup ({path.name}) with your own password to see that it "
            "restores; nothing is replaced.\nYour password:",
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return None
        username, office_id = ws.user.username, service.office_id()
        task = Background(
            self.window,
            "Restore drill",
            lambda progress: check_drill(path, username, password, office_id),
        )
        task.succeeded.connect(lambda manifest: self._drilled(manifest, None))
        task.failed.connect(lambda message: self._drilled(None, message))
        return task.start()

    def _drilled(self, manifest: Manifest | None, message: str | None) -> None:
        ws = self.ctx.ws
        if ws is None:
            return
        service = ws.backups
        if manifest is None:
            service.record_drill(None, BackupFailed(message or ""))
            show_error(self.window, message or "")
            return
        service.record_drill(manifest)
        counts = manifest.counts
        box = QMessageBox(
            QMessageBox.Icon.Information,
            tr("Restore drill"),
            tr(
                "The backup of {day_label} opens with your password and is "
                "sound: {get:,} cases, {get2:,} sessions, {get3:,} audit events. "
                "{NEVER_NOTES}"
            ).format(
                day_label=day_label(manifest.created_at),
                get=counts.get("dispute_case", 0),
                get2=counts.get("mediation_session", 0),
                get3=counts.get("audit_event", 0),
                NEVER_NOTES=NEVER_NOTES,
            ),
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        box.setObjectName("drillResult")
        box.open()
