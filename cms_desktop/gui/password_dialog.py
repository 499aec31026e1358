"""File ▸ Change password…, and the forced change after a reset (any role)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from cms_desktop.core.passwords import check_password
from cms_desktop.gui.context import AppContext
from cms_desktop.gui.form_dialog import FormDialog
from cms_desktop.gui.generated.ui_change_password_dialog import Ui_ChangePasswordDialog
from cms_desktop.gui.i18n import tr
from cms_desktop.gui.run import FieldErrors, Say, run


def check_as_typed(ui: Any, username: str) -> None:
    """Say what is wrong with a new password, and its repeat, while the person types.

    `ui` is a form with newPassword, confirmPassword and their error labels."""
    password, confirm = ui.newPassword.text(), ui.confirmPassword.text()
    if password:
        run(lambda: check_password(password, username), Say(ui.newError.setText))
    else:
        ui.newError.setText("")
    ui.confirmError.setText(
        tr("The two new passwords differ.") if confirm and confirm != password else ""
    )


class ChangePasswordDialog(FormDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, forced: bool = False):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_ChangePasswordDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.errors = FieldErrors(
            {
                "current_password": ui.currentError,
                "password": ui.newError,
                "confirm_password": ui.confirmError,
            },
            {
                "current_password": ui.currentPassword,
                "password": ui.newPassword,
                "confirm_password": ui.confirmPassword,
            },
            fallback=ui.newError,
            other=self,
        )
        if forced:
            self.setWindowTitle(tr("Choose your own password"))
            ui.intro.setText(
                tr(
                    "Your password was set by the director. Choose your own before you go on: "
                    "at least 10 characters, not one of the common ones."
                )
            )
            ui.currentLabel.setText(tr("&One-time password"))
            ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Sign &out"))
        ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("C&hange password"))
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        ui.newPassword.textChanged.connect(self._check_as_typed)
        ui.confirmPassword.textChanged.connect(self._check_as_typed)
        ui.currentPassword.textChanged.connect(lambda _t: ui.currentError.clear())

    def _check_as_typed(self) -> None:
        check_as_typed(self.ui, self.ctx.workspace.user.username)

    def save(self) -> None:
        ui = self.ui
        self.ctx.workspace.accounts.change_own_password(
            ui.currentPassword.text(), ui.newPassword.text(), ui.confirmPassword.text()
        )

    def saved(self, result: object) -> None:
        self.ctx.status_message.emit(tr("Your password was changed."))

    def done(self, result: int) -> None:
        # Passwords never outlive the dialog.
        for field in (self.ui.currentPassword, self.ui.newPassword, self.ui.confirmPassword):
            field.clear()
        super().done(result)
