"""The sign-in window of later starts. Wrong password and unknown user read the same."""

from __future__ import annotations

import contextlib
import math
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from cms_desktop.core.clock import Clock
from cms_desktop.core.throttle import SignInThrottle
from cms_desktop.gui.generated.ui_signin_dialog import Ui_SignInDialog
from cms_desktop.gui.i18n import tr
from cms_desktop.gui.office_name import greeting
from cms_desktop.gui.office_name import remember as remember_office
from cms_desktop.gui.run import run
from cms_desktop.model.errors import CmsError

if TYPE_CHECKING:
    from cms_desktop.core.workspace import Workspace
    from cms_desktop.gui.restore_wizard import RestoreWizard
    from cms_desktop.storage.instance_lock import InstanceLock


class SignInDialog(QDialog):
    def __init__(
        self, vault_path: Path, clock: Clock | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SignInDialog()
        self.ui.setupUi(self)
        self.vault_path = Path(vault_path)
        self.throttle = SignInThrottle(clock)
        self.clock = clock
        self.workspace: Workspace | None = None
        self._show_office()
        self.ok_button = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(tr("&Sign in"))
        self.ui.buttons.accepted.connect(self.try_sign_in)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.recoveryButton.clicked.connect(self.use_recovery_key)
        self.instance_lock: InstanceLock | None = None  # app.py's lock on this vault
        self.restore_button = self.ui.buttons.addButton(
            tr("Restore from a backup…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.restore_button.setObjectName("restoreFromBackup")
        self.restore_button.clicked.connect(self.restore_from_backup)
        self.wait_timer = QTimer(self)
        self.wait_timer.setInterval(500)
        self.wait_timer.timeout.connect(self._tick)
        self.ui.username.setFocus()

    def try_sign_in(self) -> None:
        username = self.ui.username.text().strip()
        password = self.ui.password.text()
        self.ui.password.clear()  # the typed password leaves the widget at once
        # Imported here so the window paints before the crypto and storage modules load.
        from cms_desktop.core.signin import sign_in

        if not username:
            self.ui.message.setText(tr("Enter your user name."))
            return
        signed_in = run(
            lambda: sign_in(self.vault_path, username, password, self.clock, self.throttle),
            self,
        )
        if signed_in is None:
            # The user name was right more often than not: the cursor waits in the password.
            self.ui.password.setFocus()
            return
        self.workspace = signed_in.value
        remember_office(self.workspace)
        self.accept()

    def _show_office(self) -> None:
        """The office's name, which a person knows; the file's path only for who asks."""
        self.ui.heading.setWordWrap(True)  # a long official name takes two lines
        self.ui.heading.setText(greeting(self.vault_path))
        self.ui.heading.setToolTip(
            tr("Records file: {vault_path}").format(vault_path=self.vault_path)
        )
        self.ui.vaultLabel.setText(
            tr("Records file: {vault_path}").format(vault_path=self.vault_path)
        )
        self.ui.vaultLabel.hide()

    def use_recovery_key(self) -> None:
        """Replace a forgotten director password with the recovery key, and sign in."""
        from cms_desktop.gui.recovery_dialog import RecoveryDialog

        dialog = RecoveryDialog(
            self.vault_path,
            self.clock or self.throttle.clock,
            self.throttle,
            self,
            self.ui.username.text().strip(),
        )
        dialog.setObjectName("recoveryDialog")
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.workspace is not None:
            self.workspace = dialog.workspace
            remember_office(self.workspace)
            self.accept()

    def restore_from_backup(self) -> RestoreWizard:
        """The restore wizard; afterwards this window signs in to the restored
        vault, which the program then opens from now on."""
        from cms_desktop.gui.restore_wizard import RestoreWizard

        suggested = self.vault_path.with_name(f"restored-{self.vault_path.name}")
        wizard = RestoreWizard(suggested, self.clock, self, self.ui.username.text().strip())
        wizard.setObjectName("restoreWizard")
        wizard.finished.connect(lambda _code: self._restored(wizard))
        # Replacing this very vault: the program's own lock on it must not stand in the way.
        wizard.replace.toggled.connect(self._release_for_replace)
        wizard.open()
        return wizard

    def _release_for_replace(self, replacing: bool) -> None:
        if replacing and self.instance_lock is not None:
            self.instance_lock.release()

    def _restored(self, wizard: RestoreWizard) -> None:
        from cms_desktop import config
        from cms_desktop.storage.instance_lock import InstanceLock

        result = wizard.result_data
        lock = self.instance_lock
        if result is not None:
            self.vault_path = result.vault_path
            self._show_office()
            self.ui.username.setText(wizard.username.text().strip())
            self.ui.message.setText(tr("Restored. Sign in to the restored records."))
            run(lambda: config.remember_vault(self.vault_path), self)
            if lock is not None:
                lock.release()
                self.instance_lock = InstanceLock(self.vault_path)
        if self.instance_lock is not None:
            with contextlib.suppress(CmsError):  # already held: nothing was released
                self.instance_lock.acquire()
        self.ui.password.setFocus()

    # -- Errors (gui/run.py): the sentence goes under the fields ---------------------------
    def clear_errors(self) -> None:
        pass

    def report(self, error: CmsError) -> None:
        from cms_desktop.storage.errors import BadCredentials

        self.ui.message.setText(str(error))
        if isinstance(error, BadCredentials):
            self._tick()  # after a wrong password, say how long to wait

    def _tick(self) -> None:
        wait = self.throttle.wait_seconds()
        self.ok_button.setEnabled(wait <= 0)
        if wait > 0:
            self.ui.message.setText(
                tr("The user name or password is not right. Try again in {ceil} s.").format(
                    ceil=math.ceil(wait)
                )
            )
            self.wait_timer.start()
        else:
            self.wait_timer.stop()
