"""The chosen mediator, read calmly: their name as a heading, the details on file (and only
those), and an Edit action that opens the form. The form itself stays the page's."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from cms_desktop.gui.i18n import tr
from cms_desktop.model.roster import Mediator

# What the summary shows, in order (Mediator field, label); name and affiliation head it.
SHOWN = (
    ("reporting_line", "Reporting line"),
    ("email", "E-mail"),
    ("phone", "Phone"),
    ("training_date", "Basic training"),
    ("pledge_date", "Confidentiality pledge"),
    ("background_check_date", "Background check"),
)
EMPTY = "Choose a mediator on the left to see their details, or add one with New mediator."


class MediatorSummary(QWidget):
    """Read-only text, not disabled fields: every word at full contrast."""

    edit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mediatorSummary")
        self.setAccessibleName(tr("The chosen mediator's details"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 8)
        self.heading = QLabel(self)
        self.heading.setObjectName("mediatorHeading")
        self.heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = QLabel(self)
        self.subtitle.setObjectName("mediatorSubtitle")
        self.form = QFormLayout()
        self.form.setObjectName("mediatorFacts")
        self.missing = QLabel(self)
        self.missing.setObjectName("mediatorMissing")
        self.missing.setWordWrap(True)
        # The palette's own text colour: readable in a high-contrast theme too.
        self.edit_button = QPushButton(tr("&Edit details"), self)
        self.edit_button.setObjectName("editMediatorButton")
        self.edit_button.setAccessibleName(tr("Edit the mediator's details"))
        self.edit_button.clicked.connect(self.edit_requested)
        for widget in (self.heading, self.subtitle):
            layout.addWidget(widget)
        layout.addLayout(self.form)
        layout.addWidget(self.missing)
        layout.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.show_mediator(None)

    def show_mediator(self, mediator: Mediator | None) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        if mediator is None:
            self.heading.setText("")
            self.subtitle.setText(EMPTY)
            self.subtitle.setWordWrap(True)
            self.missing.setText("")
            self.heading.hide()
            self.missing.hide()
            self.edit_button.hide()
            return
        self.heading.setText(mediator.name)
        where = [mediator.affiliation.capitalize(), mediator.department]
        self.subtitle.setText(" · ".join(part for part in where if part))
        missing = []
        for field, label in SHOWN:
            value = getattr(mediator, field) or ""
            if value:
                shown = QLabel(value, self)
                shown.setObjectName(f"fact_{field}")
                shown.setAccessibleName(label)
                shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self.form.addRow(f"{label}:", shown)
            else:
                missing.append(label.lower())
        if not mediator.affiliation:
            missing.insert(0, "affiliation")
        if not mediator.department:
            missing.insert(int(not mediator.affiliation), "department")
        self.missing.setText(
            tr("Not on file: {value}.").format(value=", ".join(missing)) if missing else ""
        )
        self.heading.show()
        self.missing.setVisible(bool(missing))
        self.edit_button.show()

    def facts(self) -> dict[str, str]:
        """What the summary shows, label -> text (tests and the screen reader read the same)."""
        shown = {}
        for row in range(self.form.rowCount()):
            label = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
            value = self.form.itemAt(row, QFormLayout.ItemRole.FieldRole).widget()
            if isinstance(label, QLabel) and isinstance(value, QLabel):
                shown[label.text().rstrip(":")] = value.text()
        return shown
