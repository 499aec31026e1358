"""Restore from a backup…: the wizard the sign-in window opens.

Three steps — the backup, who opens it (a director's password, or the recovery key and a
new password), where the restored vault goes — then the restore runs on a worker thread
with a progress bar, and the last page shows, once, the one-time passwords of the other
accounts and any new recovery key. A vault already at the chosen place is replaced only
after a second, explicit confirmation, and is kept aside, renamed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cms_desktop.core.backups import NEVER_NOTES
from cms_desktop.core.clock import Clock, SystemClock
from cms_desktop.core.erasure import day_label
from cms_desktop.core.restore import RestoreRequest, RestoreResult, restore
from cms_desktop.gui.background import Background
from cms_desktop.gui.i18n import tr
from cms_desktop.storage.vault import keys_path

TITLES = ("1. The backup", "2. Who opens it", "3. Where to put the restored vault", "Restored")


def _page(parent: QWidget, text: str) -> tuple[QWidget, QFormLayout]:
    page = QWidget(parent)
    form = QFormLayout(page)
    intro = QLabel(text, page)
    intro.setWordWrap(True)
    form.addRow(intro)
    return page, form


def _with_button(parent: QWidget, edit: QLineEdit, text: str, slot: object) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(edit)
    button = QPushButton(text, parent)
    button.clicked.connect(slot)  # type: ignore[arg-type]
    row.addWidget(button)
    return row


class RestoreWizard(QDialog):
    def __init__(
        self,
        suggested: Path,
        clock: Clock | None = None,
        parent: QWidget | None = None,
        username: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("restoreWizard")
        self.setWindowTitle(tr("Restore from a backup"))
        self.clock = clock or SystemClock()
        self.result_data: RestoreResult | None = None
        self.task: Background | None = None
        layout = QVBoxLayout(self)
        self.title = QLabel(self)
        self.title.setObjectName("restoreStep")
        layout.addWidget(self.title)
        self.pages = QStackedWidget(self)
        layout.addWidget(self.pages)

        page, form = _page(
            self,
            "Choose the backup file (a .cmsbackup file); its key file (.cmsbackup.keys) must "
            f"be beside it. {NEVER_NOTES}",
        )
        self.backup = QLineEdit(page)
        self.backup.setObjectName("backupFile")
        self.backup.setAccessibleName(tr("Backup file"))
        form.addRow(tr("Backup"), _with_button(page, self.backup, "Browse…", self._browse_backup))
        self.pages.addWidget(page)

        page, form = _page(
            self,
            "A backup opens with a director's password as it was on the day the backup was "
            "made, or with the office's recovery key.",
        )
        self.username = QLineEdit(username, page)
        self.username.setObjectName("restoreUsername")
        self.username.setAccessibleName(tr("Director's user name"))
        form.addRow(tr("Director's user name"), self.username)
        self.use_password = QRadioButton(tr("My director password"), page)
        self.use_password.setChecked(True)
        self.use_recovery = QRadioButton(tr("The recovery key"), page)
        self.use_recovery.setObjectName("useRecoveryKey")
        form.addRow(self.use_password)
        form.addRow(self.use_recovery)
        self.password = QLineEdit(page)
        self.password.setObjectName("restorePassword")
        self.password.setAccessibleName(tr("Password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(tr("Password"), self.password)
        self.recovery = QLineEdit(page)
        self.recovery.setObjectName("restoreRecoveryKey")
        self.recovery.setAccessibleName(tr("Recovery key"))
        form.addRow(tr("Recovery key"), self.recovery)
        self.new_password = QLineEdit(page)
        self.new_password.setObjectName("restoreNewPassword")
        self.new_password.setAccessibleName(tr("New password"))
        self.new_password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(tr("New password"), self.new_password)
        self.use_recovery.toggled.connect(self._secret_fields)
        self.pages.addWidget(page)
        self._secret_fields(False)

        page, form = _page(
            self,
            "Choose a new place for the restored vault. The restored vault gets a new key; "
            "every other account gets a one-time password.",
        )
        self.target = QLineEdit(str(suggested), page)
        self.target.setObjectName("restoreTarget")
        self.target.setAccessibleName(tr("Restored vault"))
        form.addRow(
            tr("Restored vault"), _with_button(page, self.target, "Browse…", self._browse_target)
        )
        self.replace = QCheckBox(
            tr("Replace the vault that is there (it is kept aside, renamed, not deleted)"), page
        )
        self.replace.setObjectName("replaceExisting")
        form.addRow(self.replace)
        self.target.textChanged.connect(self._target_changed)
        self.pages.addWidget(page)
        self._target_changed(self.target.text())

        page, form = _page(self, "")
        self.summary = QPlainTextEdit(page)
        self.summary.setObjectName("restoreSummary")
        self.summary.setReadOnly(True)
        form.addRow(self.summary)
        self.pages.addWidget(page)

        self.message = QLabel(self)
        self.message.setObjectName("restoreMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a40000;")
        layout.addWidget(self.message)
        row = QHBoxLayout()
        row.addStretch(1)
        self.back = QPushButton(tr("< &Back"), self)
        self.next = QPushButton(tr("&Next >"), self)
        self.next.setObjectName("restoreNext")
        self.cancel = QPushButton(tr("Cancel"), self)
        self.next.setAutoDefault(False)
        for b in (self.back, self.next, self.cancel):
            row.addWidget(b)
        layout.addLayout(row)
        self.back.clicked.connect(lambda: self._go(self.pages.currentIndex() - 1))
        self.next.clicked.connect(self._forward)
        self.cancel.clicked.connect(self.reject)
        self.resize(640, 360)
        self._go(0)

    # -- pages ------------------------------------------------------------------------------
    def _go(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self.title.setText(f"<b>{TITLES[index]}</b>")
        self.back.setEnabled(0 < index < 3)
        self.next.setText(
            tr("&Restore") if index == 2 else (tr("&Sign in") if index == 3 else tr("&Next >"))
        )
        self.cancel.setVisible(index < 3)
        self.message.clear()

    def _forward(self) -> None:
        index = self.pages.currentIndex()
        if index == 0:
            path = Path(self.backup.text().strip())
            if not path.is_file():
                self.message.setText(tr("Choose a backup file that exists."))
                return
            if not keys_path(path).is_file():
                self.message.setText(tr("The backup's key file (.keys) is not beside it."))
                return
        if index == 1 and not self.username.text().strip():
            self.message.setText(tr("Enter the director's user name."))
            return
        if index == 2:
            self.start()
            return
        if index == 3:
            self.accept()
            return
        self._go(index + 1)

    def _secret_fields(self, recovery: bool) -> None:
        self.password.setEnabled(not recovery)
        self.recovery.setEnabled(recovery)
        self.new_password.setEnabled(recovery)

    def _target_changed(self, text: str) -> None:
        there = bool(text.strip()) and Path(text.strip()).exists()
        self.replace.setVisible(there)
        if not there:
            self.replace.setChecked(False)

    def _browse_backup(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, "Backup", self.backup.text(), "CMS backups (*.cmsbackup)"
        )
        if path:
            self.backup.setText(path)

    def _browse_target(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, "Restored vault", self.target.text(), "CMS vaults (*.cmsvault)"
        )
        if path:
            self.target.setText(path)

    # -- restoring ------------------------------------------------------------------------
    def request(self) -> RestoreRequest:
        recovery = self.use_recovery.isChecked()
        return RestoreRequest(
            backup=Path(self.backup.text().strip()),
            target=Path(self.target.text().strip()),
            username=self.username.text().strip(),
            password="" if recovery else self.password.text(),
            recovery_key=self.recovery.text().strip() if recovery else "",
            new_password=self.new_password.text() if recovery else "",
            replace=self.replace.isChecked(),
        )

    def start(self) -> Background | None:
        req = self.request()
        if req.replace and not self.confirm_replace(req.target):
            return None
        self.next.setEnabled(False)
        self.back.setEnabled(False)
        self.task = Background(
            self, "Restoring", lambda progress: restore(req, self.clock, progress), NEVER_NOTES
        )
        self.task.succeeded.connect(self._done)
        self.task.failed.connect(self._failed)
        return self.task.start()

    def confirm_replace(self, target: Path) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            tr("Replace the vault?"),
            tr(
                "Replace the vault at {target} with this backup? The vault there "
                "now is kept aside under a new name; records added since the "
                "backup are only in that copy."
            ).format(target=target),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("confirmReplace")
        yes = box.addButton(tr("Replace it"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is yes

    def _failed(self, message: str) -> None:
        self.task = None
        self.next.setEnabled(True)
        self.back.setEnabled(True)
        self.message.setText(message)

    def _done(self, result: RestoreResult) -> None:
        self.task = None
        self.result_data = result
        self.password.clear()
        self.recovery.clear()
        self.new_password.clear()
        self.next.setEnabled(True)
        self.summary.setPlainText(summary_text(result))
        self._go(3)


def summary_text(result: RestoreResult) -> str:
    lines = [
        f"Restored the backup of {day_label(result.manifest.created_at)} to {result.vault_path}.",
        f"{NEVER_NOTES} Each case shows how many notes a session had that were not restored.",
    ]
    if result.set_aside is not None:
        lines.append(
            tr("The vault that was there is kept as {set_aside}.").format(
                set_aside=result.set_aside
            )
        )
    if result.issued:
        lines.append("")
        lines.append(tr("One-time passwords (shown once; hand each to its person):"))
        lines += [f"  {user}: {password}" for user, password in result.issued]
    if result.recovery_key:
        lines.append("")
        lines.append(tr("New recovery key (shown once; print it and lock it away):"))
        lines.append(f"  {result.recovery_key}")
    return "\n".join(lines)
