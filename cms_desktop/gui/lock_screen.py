"""The lock screen: nothing of any record, just who may unlock."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class LockScreen(QWidget):
    unlock_requested = Signal(str, str)  # user name, password

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        self.title = QLabel("CMS Desktop is locked", self)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setStyleSheet("font-size: 18pt; font-weight: 600;")
        outer.addWidget(self.title)
        form_host = QWidget(self)
        form = QFormLayout(form_host)
        self.username = QLineEdit(form_host)
        self.username.setObjectName("lockUsername")
        self.username.setAccessibleName("User name")
        self.password = QLineEdit(form_host)
        self.password.setObjectName("lockPassword")
        self.password.setAccessibleName("Password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow("&User name", self.username)
        form.addRow("&Password", self.password)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(form_host)
        row.addStretch(1)
        outer.addLayout(row)
        self.message = QLabel("", self)
        self.message.setObjectName("lockMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setStyleSheet("color: #a40000;")
        outer.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.unlock_button = QPushButton("&Unlock", self)
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setDefault(True)
        buttons.addWidget(self.unlock_button)
        buttons.addStretch(1)
        outer.addLayout(buttons)
        outer.addStretch(2)
        self.unlock_button.clicked.connect(self._submit)
        self.password.returnPressed.connect(self._submit)

    def prepare(self, username: str) -> None:
        self.username.setText(username)
        self.password.clear()
        self.message.clear()
        self.password.setFocus()

    def fail(self, message: str) -> None:
        self.password.clear()
        self.message.setText(message)
        self.password.setFocus()

    def _submit(self) -> None:
        password = self.password.text()
        # Drop the typed password from the widget as soon as it is read.
        self.password.clear()
        self.unlock_requested.emit(self.username.text().strip(), password)
