"""The Backups group on the Settings page: the folder, the rotation, and what is there.

Saved on its own button (backups are not office settings the other groups share), and
says in one sentence what a backup never holds.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from cms_desktop.core.backups import NEVER_NOTES, sync_folder_warning
from cms_desktop.core.erasure import day_label
from cms_desktop.core.permissions import Action
from cms_desktop.gui.context import AppContext
from cms_desktop.gui.i18n import tr
from cms_desktop.gui.run import IGNORE, run
from cms_desktop.model.backups import BackupStatus

SPINS = (
    ("keep_daily", "Keep daily backups", 1, 366),
    ("keep_weekly", "Keep weekly backups", 0, 520),
    ("keep_monthly", "Keep monthly backups", 0, 240),
    ("max_age_days", "Remind me when the last backup is older than (days)", 1, 365),
)


class BackupSettingsBox(QGroupBox):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__("Backups", parent)
        self.ctx = ctx
        self.setObjectName("backupGroup")
        form = QFormLayout(self)
        never = QLabel(
            tr(
                "{NEVER_NOTES} Keep two drives and rotate them, one always "
                "off-site; see docs/BACKUPS.md."
            ).format(NEVER_NOTES=NEVER_NOTES),
            self,
        )
        never.setWordWrap(True)
        form.addRow(never)
        row = QHBoxLayout()
        self.folder = QLineEdit(self)
        self.folder.setObjectName("backupFolder")
        self.folder.setAccessibleName(tr("Backup folder"))
        self.folder.setPlaceholderText(tr("A removable drive or a network share"))
        self.folder.textChanged.connect(self._warn)
        choose = QPushButton(tr("Choose…"), self)
        choose.setObjectName("chooseBackupFolder")
        choose.clicked.connect(self.choose)
        row.addWidget(self.folder)
        row.addWidget(choose)
        form.addRow(tr("Backup folder"), row)
        self.warning = QLabel(self)
        self.warning.setObjectName("backupFolderWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #b00020;")
        form.addRow(self.warning)
        self.spins: dict[str, QSpinBox] = {}
        for name, label, low, high in SPINS:
            spin = QSpinBox(self)
            spin.setObjectName(name)
            spin.setAccessibleName(label)
            spin.setRange(low, high)
            spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            form.addRow(label, spin)
            self.spins[name] = spin
        self.status = QLabel(self)
        self.status.setObjectName("backupStatus")
        self.status.setWordWrap(True)
        form.addRow(self.status)
        save = QPushButton(tr("Save backup settings"), self)
        save.setObjectName("saveBackupSettings")
        save.clicked.connect(self.save)
        form.addRow(save)
        ctx.signed_in.connect(self.refresh)
        ctx.records_changed.connect(self._changed)

    def _changed(self, area: str, _record: object) -> None:
        if area == "backups":
            self.refresh()

    def choose(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Backup folder", self.folder.text())
        if folder:
            self.folder.setText(folder)

    def _warn(self, text: str) -> None:
        self.warning.setText(sync_folder_warning(text))
        self.warning.setVisible(bool(self.warning.text()))

    def refresh(self) -> None:
        ws = self.ctx.ws
        if ws is None or not ws.can(Action.MANAGE_SETTINGS):
            return
        service = ws.backups
        found = run(lambda: (service.settings(), service.status()), IGNORE)
        if found is None:
            return
        settings, status = found.value
        self.folder.setText(settings.folder)
        for name, spin in self.spins.items():
            spin.setValue(int(getattr(settings, name)))
        self.status.setText(status_text(status))

    def save(self) -> bool:
        ws = self.ctx.ws
        if ws is None:
            return False
        service = ws.backups
        settings = service.settings()
        settings.folder = self.folder.text()
        for name, spin in self.spins.items():
            setattr(settings, name, spin.value())
        saved = run(lambda: service.save_settings(settings), self)
        if saved is None:
            return False
        warning = saved.value
        self.refresh()
        self.ctx.status_message.emit(warning or "Backup settings saved.")
        return True


def status_text(status: BackupStatus) -> str:
    lines = []
    if not status.folder:
        lines.append(tr("No backup folder is set."))
    elif not status.folder_present:
        lines.append(tr("The backup folder is not there now (a drive away is fine)."))
    elif status.backups:
        oldest, newest = status.backups[0].made, status.backups[-1].made
        lines.append(
            tr("Oldest backup: {day_label}; newest: {day_label2} ({len} in the folder).").format(
                day_label=day_label(oldest.isoformat()),
                day_label2=day_label(newest.isoformat()),
                len=len(status.backups),
            )
        )
    else:
        lines.append(tr("No backup in the folder yet."))
    if status.last_written:
        lines.append(
            tr("Last verified backup: {day_label}.").format(
                day_label=day_label(status.last_written)
            )
        )
    if status.last_drill:
        lines.append(
            tr("Last restore drill: {day_label}.").format(day_label=day_label(status.last_drill))
        )
    if status.leaves_by is not None:
        by = day_label(status.leaves_by.date().isoformat())
        lines.append(tr("A case purged today leaves the backups by {by}.").format(by=by))
    return " ".join(lines)
