"""Replace a forgotten director password with the recovery key (from the lock screen)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from cms_desktop.core.clock import Clock
from cms_desktop.core.signin import recover_director
from cms_desktop.core.throttle import SignInThrottle
from cms_desktop.core.workspace import Workspace
from cms_desktop.gui.director.common import show_secret
from cms_desktop.gui.form_dialog import FormDialog
from cms_desktop.gui.generated.ui_recovery_dialog import Ui_RecoveryDialog
from cms_desktop.gui.i18n import tr
from cms_desktop.gui.password_dialog import check_as_typed
from cms_desktop.gui.run import FieldErrors, Say


class RecoveryDialog(FormDialog):
    """On success `workspace` holds the director, signed in with the new password, and the
    new recovery key has been shown once."""

    def __init__(
        self,
        vault_path: Path,
        clock: Clock,
        throttle: SignInThrottle | None = None,
        parent: QWidget | None = None,
        username: str = "",
    ) -> None:
        super().__init__(parent)
        self.vault_path = Path(vault_path)
        self.clock = clock
        self.throttle = throttle
        self.workspace: Workspace | None = None
        self.ui = Ui_RecoveryDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.username.setText(username)
        self.errors = FieldErrors(
            {
                "recovery_key": ui.recoveryKeyError,
                "username": ui.usernameError,
                "password": ui.newError,
                "confirm_password": ui.confirmError,
            },
            {
                "recovery_key": ui.recoveryKey,
                "username": ui.username,
                "password": ui.newPassword,
                "confirm_password": ui.confirmPassword,
            },
            fallback=ui.message,
            other=Say(ui.message.setText, clear=False),
        )
        ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("&Replace and sign in"))
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        ui.newPassword.textChanged.connect(self._check_as_typed)
        ui.confirmPassword.textChanged.connect(self._check_as_typed)
        ui.username.textChanged.connect(self._check_as_typed)

    def _check_as_typed(self) -> None:
        check_as_typed(self.ui, self.ui.username.text().strip())

    def save(self) -> tuple[Workspace, str]:
        ui = self.ui
        return recover_director(
            self.vault_path,
            ui.recoveryKey.text(),
            ui.username.text(),
            ui.newPassword.text(),
            ui.confirmPassword.text(),
            clock=self.clock,
            throttle=self.throttle,
        )

    def saved(self, result: object) -> None:
        assert isinstance(result, tuple)
        self.workspace, new_key = result
        # The used key opens nothing any more (the vault was re-keyed): the new one is shown
        # here, once, before anything else.
        show_secret(
            self,
            "New recovery key",
            "The recovery key you typed no longer works. Write down or print this new one "
            "and lock it away; it is not shown again.",
            new_key,
        )

    def done(self, result: int) -> None:
        for field in (self.ui.recoveryKey, self.ui.newPassword, self.ui.confirmPassword):
            field.clear()
        super().done(result)
