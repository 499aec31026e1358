"""The base of every dialog that saves when accepted."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from cms_desktop.gui.context import AppContext
from cms_desktop.gui.run import Errors, run


class FormDialog(QDialog):
    """A dialog whose save may be refused: the refusal is said (beside the field it names)
    and the dialog stays open with everything typed; a save that went through closes it.

    Subclasses set `self.errors` and implement `save()`; `saved(result)` follows a save
    that went through, before the dialog closes."""

    errors: Errors | QWidget

    def __init__(self, parent: QWidget | None = None, ctx: AppContext | None = None) -> None:
        super().__init__(parent)
        self.errors = self
        if ctx is not None:
            # A lock closes the vault: the dialog goes with it, leaving no record on screen.
            ctx.locking.connect(self.reject)

    def error_label(self, name: str) -> QLabel:
        """The hidden label beside a field where a refusal of it is said."""
        label = QLabel(self)
        label.setObjectName(name)
        label.setProperty("role", "error")
        label.setWordWrap(True)
        label.setVisible(False)
        return label

    def lay_out(self, form: QFormLayout) -> None:
        """A dialog built in code: its fields, then Save and Cancel."""
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def save(self) -> object:
        raise NotImplementedError

    def saved(self, result: object) -> None:
        pass

    def submit(self) -> bool:
        done = run(self.save, self.errors, busy=True)
        if done is None:
            return False
        self.saved(done.value)
        QDialog.accept(self)
        return True

    def accept(self) -> None:  # OK, Enter and the buttons' accepted all save first
        self.submit()
