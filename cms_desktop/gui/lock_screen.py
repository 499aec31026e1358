"""The lock screen: nothing of any record, only who may unlock.

The same screen serves as the sign-in screen after "Sign out": anyone with an account may
sign in here, and the director who forgot their password reaches the recovery key from it.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from cms_desktop.gui.generated.ui_lock_screen import Ui_LockScreen
from cms_desktop.gui.i18n import tr


class LockScreen(QWidget):
    unlock_requested = Signal(str, str)  # user name, password
    recovery_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_LockScreen()
        self.ui.setupUi(self)
        self.setObjectName("lockScreen")
        # Short names the window and the tests use.
        self.username = self.ui.username
        self.password = self.ui.password
        self.message = self.ui.message
        self.unlock_button = self.ui.unlockButton
        self.ui.unlockButton.clicked.connect(self._unlock)
        self.ui.password.returnPressed.connect(self._unlock)
        self.ui.username.returnPressed.connect(self.ui.password.setFocus)
        self.ui.recoveryButton.clicked.connect(self.recovery_requested)

    def prepare(self, username: str, locked_by: str = "") -> None:
        """Locked by `locked_by` (their display name), or signed out when it is empty."""
        if locked_by:
            self.ui.title.setText(tr("CMS Desktop is locked"))
            self.ui.subtitle.setText(
                tr(
                    "Locked by {locked_by}. Unlock with your password, or sign in as "
                    "someone else; their unsaved edits stay safe in the vault for "
                    "them."
                ).format(locked_by=locked_by)
            )
            self.ui.unlockButton.setText(tr("&Unlock"))
        else:
            self.ui.title.setText(tr("Sign in to CMS Desktop"))
            self.ui.subtitle.setText(tr("Enter your user name and password."))
            self.ui.unlockButton.setText(tr("&Sign in"))
        self.ui.username.setText(username)
        self.ui.password.clear()
        self.ui.message.clear()
        (self.ui.password if username else self.ui.username).setFocus()

    def fail(self, message: str) -> None:
        self.ui.password.clear()
        self.ui.message.setText(message)
        self.ui.password.setFocus()

    def _unlock(self) -> None:
        password = self.ui.password.text()
        # Drop the typed password from the widget as soon as it is read.
        self.ui.password.clear()
        self.unlock_requested.emit(self.ui.username.text().strip(), password)
