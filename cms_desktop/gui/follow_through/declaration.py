"""The conflict declaration a mediator makes before first opening an assigned case (F3).

The dialog shows the case number and its participants' names (what the mediator must know
to answer) and nothing else of the case; "I know a participant" ends the assignment."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from cms_desktop.gui.context import AppContext
from cms_desktop.gui.i18n import tr
from cms_desktop.gui.run import Say, run


class DeclarationDialog(QDialog):
    def __init__(self, parent: QWidget | None, ctx: AppContext, case_id: int) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_id = case_id
        self.conflict: bool | None = None
        self.setObjectName("declarationDialog")
        self.setWindowTitle(tr("Declare before opening the case"))
        # The names only: the case itself stays closed until the declaration.
        number, people = ctx.workspace.declarations.question(case_id)
        names = ", ".join(people)
        intro = QLabel(
            tr(
                "You were assigned to {number}. Before you open it, declare "
                "whether you know any of its participants: {names}.\n\nIf you do, "
                "the assignment ends and the director is told, so that another "
                "mediator can take the case."
            ).format(number=number, names=names),
            self,
        )
        intro.setWordWrap(True)
        intro.setObjectName("declarationText")
        self.message = QLabel(self)
        self.message.setObjectName("declarationMessage")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.none_button = QPushButton(tr("I know &none of them"), self)
        self.none_button.setObjectName("declareNoConflict")
        self.conflict_button = QPushButton(tr("I &know one of them (conflict)"), self)
        self.conflict_button.setObjectName("declareConflict")
        buttons.addButton(self.none_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.conflict_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        self.none_button.clicked.connect(lambda: self.declare(False))
        self.conflict_button.clicked.connect(lambda: self.declare(True))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        ctx.locking.connect(self.reject)

    def declare(self, conflict: bool) -> bool:
        ws = self.ctx.workspace
        done = run(
            lambda: ws.declarations.declare(self.case_id, conflict),
            Say(self.message.setText),
        )
        if done is None:
            return False
        self.conflict = conflict
        if conflict:
            self.ctx.status_message.emit(tr("Conflict declared: the assignment ended."))
            QDialog.reject(self)
        else:
            QDialog.accept(self)
        return True


def declared_or_asked(parent: QWidget | None, ctx: AppContext, case_id: int) -> bool:
    """True when the case may open: nothing to declare, or "none" was just declared."""
    ws = ctx.ws
    if ws is None or not ws.declarations.needed(case_id):
        return True
    dialog = DeclarationDialog(parent, ctx, case_id)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    return accepted
