"""Edit how one participant may be contacted (safe contact)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QPlainTextEdit,
    QWidget,
)

from cms_desktop.gui.context import AppContext
from cms_desktop.gui.form_dialog import FormDialog
from cms_desktop.gui.i18n import tr
from cms_desktop.gui.run import IGNORE, FieldErrors, run
from cms_desktop.model.follow_through import CONTACT_METHODS, SafeContact

if TYPE_CHECKING:
    from cms_desktop.core.workspace import Workspace
    from cms_desktop.gui.intake.participants import ParticipantEditor


class ContactDialog(FormDialog):
    def __init__(
        self, parent: QWidget | None, ctx: AppContext, name: str, contact: SafeContact
    ) -> None:
        super().__init__(parent, ctx)
        self.ctx = ctx
        self.participant_id = contact.participant_id
        self.setObjectName("contactDialog")
        self.setWindowTitle(tr("How to contact {name}").format(name=name))
        self.method = QComboBox(self)
        self.method.setObjectName("contactMethod")
        for key, label in CONTACT_METHODS.items():
            self.method.addItem(label, key)
        self.method.setCurrentIndex(max(0, self.method.findData(contact.method)))
        self.message_ok = QCheckBox(tr("A message may be left (voicemail, text)"), self)
        self.message_ok.setObjectName("messageOk")
        self.message_ok.setChecked(contact.message_ok)
        self.name_office_ok = QCheckBox(tr("The office may be named (caller, envelope)"), self)
        self.name_office_ok.setObjectName("nameOfficeOk")
        self.name_office_ok.setChecked(contact.name_office_ok)
        self.address = QPlainTextEdit(contact.address, self)
        self.address.setObjectName("contactAddress")
        self.address.setTabChangesFocus(True)
        self.address.setMaximumHeight(80)
        self.address_safe = QCheckBox(tr("Safe to send letters to this address"), self)
        self.address_safe.setObjectName("addressSafe")
        self.address_safe.setChecked(contact.address_safe)
        self.method_error = self.error_label("methodError")
        self.address_error = self.error_label("addressError")
        self.safe_error = self.error_label("addressSafeError")
        form = QFormLayout()
        form.addRow(tr("Contact &by"), self.method)
        form.addRow("", self.method_error)
        form.addRow("", self.message_ok)
        form.addRow("", self.name_office_ok)
        form.addRow(tr("Postal &address"), self.address)
        form.addRow("", self.address_error)
        form.addRow("", self.address_safe)
        form.addRow("", self.safe_error)
        self.lay_out(form)
        self.errors = FieldErrors(
            {
                "method": self.method_error,
                "address": self.address_error,
                "address_safe": self.safe_error,
            },
            {"method": self.method, "address": self.address, "address_safe": self.address_safe},
            other=self,
        )

    def value(self) -> SafeContact:
        return SafeContact(
            self.participant_id,
            self.method.currentData(),
            self.message_ok.isChecked(),
            self.name_office_ok.isChecked(),
            self.address.toPlainText().strip(),
            self.address_safe.isChecked(),
        )

    def save(self) -> object:
        self.ctx.workspace.safe_contact.save(self.value())
        return None


def show_contacts(ws: Workspace, case_id: int, editors: Sequence[ParticipantEditor]) -> None:
    """Each participant editor of the Intake tab shows how that participant may be contacted."""
    found = run(lambda: ws.safe_contact.for_case(case_id), IGNORE)
    summaries = {p.id: c.summary for p, c in found.value} if found else {}
    for editor in editors:
        editor.show_contact(summaries.get(editor.participant_id, ""))
