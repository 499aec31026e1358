"""Participants, added, edited, reordered and removed in place: one small form each."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from cms_desktop.core import field_rules
from cms_desktop.gui.generated.ui_participant_editor import Ui_ParticipantEditor
from cms_desktop.gui.i18n import tr
from cms_desktop.gui.intake.fields import FieldCheck, check_all, set_tab_chain
from cms_desktop.gui.intake.state import participant_state
from cms_desktop.model.cases import AFFILIATIONS, PARTICIPANT_ROLES, Participant


class ParticipantEditor(QFrame):
    changed = Signal()
    remove_requested = Signal(object)  # this editor
    move_requested = Signal(object, int)  # this editor, -1 up / +1 down

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ParticipantEditor()
        self.ui.setupUi(self)
        self.participant_id: int | None = None
        for key, label in PARTICIPANT_ROLES.items():
            self.ui.roleCombo.addItem(tr(label), key)
        for key, label in AFFILIATIONS.items():
            self.ui.affiliationCombo.addItem(tr(label), key)
        self.edits = {
            "name": self.ui.nameEdit,
            "department": self.ui.departmentEdit,
            "reporting_line": self.ui.reportingLineEdit,
            "email": self.ui.emailEdit,
            "phone": self.ui.phoneEdit,
            "language": self.ui.languageEdit,
            "accessibility": self.ui.accessibilityEdit,
        }
        self.checks = {
            "name": FieldCheck(
                self.ui.nameEdit,
                self.ui.nameError,
                lambda: field_rules.required(self.ui.nameEdit.text(), "the participant's name"),
            ),
            "email": FieldCheck(
                self.ui.emailEdit,
                self.ui.emailError,
                lambda: field_rules.email(self.ui.emailEdit.text()),
            ),
            "phone": FieldCheck(
                self.ui.phoneEdit,
                self.ui.phoneError,
                lambda: field_rules.phone(self.ui.phoneEdit.text()),
            ),
        }
        for check in self.checks.values():
            check.reset()
        for edit in self.edits.values():
            edit.textChanged.connect(self.changed)
        self.ui.roleCombo.currentIndexChanged.connect(self.changed)
        self.ui.affiliationCombo.currentIndexChanged.connect(self.changed)
        self.ui.removeButton.clicked.connect(lambda: self.remove_requested.emit(self))
        self.ui.moveUpButton.clicked.connect(lambda: self.move_requested.emit(self, -1))
        self.ui.moveDownButton.clicked.connect(lambda: self.move_requested.emit(self, 1))
        # How the participant may be contacted (safe contact), read-only: shown wherever
        # someone might call or write to them; changed on the Follow-through tab.
        self.contact_note = QLabel(self)
        self.contact_note.setObjectName("contactNote")
        self.contact_note.setWordWrap(True)
        self.contact_note.setVisible(False)
        grid = self.ui.participantGrid
        grid.addWidget(self.contact_note, grid.rowCount(), 0, 1, grid.columnCount())

    def show_contact(self, summary: str) -> None:
        self.contact_note.setText(
            tr("How to contact: {summary}").format(summary=summary) if summary else ""
        )
        self.contact_note.setVisible(bool(summary))

    def set_value(self, person: Participant | dict[str, Any]) -> None:
        data = participant_state(person) if isinstance(person, Participant) else dict(person)
        self.participant_id = data.get("id")
        for name, edit in self.edits.items():
            edit.setText(data.get(name, ""))
        self.ui.roleCombo.setCurrentIndex(max(0, self.ui.roleCombo.findData(data.get("role"))))
        index = self.ui.affiliationCombo.findData(data.get("affiliation"))
        self.ui.affiliationCombo.setCurrentIndex(max(0, index))
        for check in self.checks.values():
            check.reset()

    def value(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.participant_id}
        data.update({name: edit.text().strip() for name, edit in self.edits.items()})
        data["role"] = self.ui.roleCombo.currentData()
        data["affiliation"] = self.ui.affiliationCombo.currentData()
        return data

    def focus_chain(self) -> list[QWidget]:
        """This editor's widgets in the order Tab visits them."""
        ui = self.ui
        return [
            ui.nameEdit,
            ui.roleCombo,
            ui.affiliationCombo,
            ui.departmentEdit,
            ui.reportingLineEdit,
            ui.languageEdit,
            ui.emailEdit,
            ui.phoneEdit,
            ui.accessibilityEdit,
            ui.moveUpButton,
            ui.moveDownButton,
            ui.removeButton,
        ]

    def set_place(self, index: int, total: int, editable: bool) -> None:
        self.ui.participantTitle.setText(tr("Participant {value}").format(value=index + 1))
        self.setAccessibleName(tr("Participant {value}").format(value=index + 1))
        self.ui.moveUpButton.setVisible(editable)
        self.ui.moveDownButton.setVisible(editable)
        self.ui.removeButton.setVisible(editable)
        self.ui.moveUpButton.setEnabled(index > 0)
        self.ui.moveDownButton.setEnabled(index < total - 1)

    def set_editable(self, editable: bool) -> None:
        for edit in self.edits.values():
            edit.setReadOnly(not editable)
        self.ui.roleCombo.setEnabled(editable)
        self.ui.affiliationCombo.setEnabled(editable)

    def validate(self, force: bool = True) -> FieldCheck | None:
        return check_all(list(self.checks.values()), force)

    def show_problem(self, field: str, message: str) -> None:
        check = self.checks.get(field)
        if check is not None:
            check.show(message)
            check.widget.setFocus()
        else:
            self.checks["name"].show(message)


class ParticipantList(QObject):
    """The participants' editors inside the tab's participants container."""

    changed = Signal()

    def __init__(self, host: QWidget, layout: QVBoxLayout, before: QWidget, after: QWidget) -> None:
        super().__init__(host)
        self.host = host
        self.layout = layout
        self.before, self.after = before, after  # Tab runs before -> editors -> after
        self.editors: list[ParticipantEditor] = []
        self.editable = True

    def set_participants(self, people: list[Participant] | list[dict[str, Any]]) -> None:
        for editor in self.editors:
            _dispose(self.layout, editor)
        self.editors = []
        for person in people:
            self._append(person)
        self._renumber()

    def values(self) -> list[dict[str, Any]]:
        return [editor.value() for editor in self.editors]

    def add(self) -> ParticipantEditor:
        # A blank participant: a party, unless the office already has two parties typed.
        parties = sum(1 for editor in self.editors if editor.value()["role"] == "party")
        role = "party" if parties < 2 else "support"
        editor = self._append(dataclasses.replace(_BLANK, role=role))
        self._renumber()
        editor.ui.nameEdit.setFocus()
        self.changed.emit()
        return editor

    def set_editable(self, editable: bool) -> None:
        self.editable = editable
        for editor in self.editors:
            editor.set_editable(editable)
        self._renumber()

    def validate(self, force: bool = True) -> FieldCheck | None:
        first = None
        for editor in self.editors:
            failed = editor.validate(force)
            if failed is not None and first is None:
                first = failed
        return first

    def _append(self, person: Participant | dict[str, Any]) -> ParticipantEditor:
        editor = ParticipantEditor(self.host)
        editor.set_value(person)
        editor.set_editable(self.editable)
        editor.changed.connect(self.changed)
        editor.remove_requested.connect(self._remove)
        editor.move_requested.connect(self._move)
        self.layout.addWidget(editor)
        editor.show()  # now, not when the layout gets round to it: Tab can reach it at once
        self.editors.append(editor)
        return editor

    def _remove(self, editor: ParticipantEditor) -> None:
        index = self.editors.index(editor)
        self.editors.remove(editor)
        _dispose(self.layout, editor)
        self._renumber()
        if self.editors:
            self.editors[min(index, len(self.editors) - 1)].ui.nameEdit.setFocus()
        self.changed.emit()

    def _move(self, editor: ParticipantEditor, step: int) -> None:
        index = self.editors.index(editor)
        target = index + step
        if not 0 <= target < len(self.editors):
            return
        self.editors[index], self.editors[target] = self.editors[target], self.editors[index]
        self.layout.removeWidget(editor)
        self.layout.insertWidget(target, editor)
        self._renumber()
        editor.ui.nameEdit.setFocus()
        self.changed.emit()

    def _renumber(self) -> None:
        total = len(self.editors)
        for index, editor in enumerate(self.editors):
            editor.set_place(index, total, self.editable)
        # Editors are made after the tab's form, so Tab would reach them last: put them
        # in the page's order.
        chain = [self.before]
        for editor in self.editors:
            chain += editor.focus_chain()
        chain.append(self.after)
        set_tab_chain(chain)


_BLANK = Participant(id=None, name="")


def _dispose(layout: QVBoxLayout, editor: ParticipantEditor) -> None:
    layout.removeWidget(editor)
    editor.hide()
    editor.setParent(None)
    editor.deleteLater()
