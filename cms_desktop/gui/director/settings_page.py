"""The director's Settings page: every field of OfficeSettings.

The fields this page knows get their own widgets; any field another part of the program
adds to OfficeSettings later (a whole number, a yes/no, a text or a list of texts) appears
under "Other settings" without a change here.
"""

from __future__ import annotations

import copy
import dataclasses
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from cms_desktop.core.permissions import Action
from cms_desktop.gui.context import AppContext
from cms_desktop.gui.director.retention_preview import confirm_schedule
from cms_desktop.gui.generated.ui_settings_page import Ui_SettingsPage
from cms_desktop.gui.i18n import tr
from cms_desktop.gui.office_name import remember as remember_office
from cms_desktop.gui.run import FieldErrors, run
from cms_desktop.gui.units import counted, show_start
from cms_desktop.model.i18n import QT_TR_NOOP
from cms_desktop.model.settings import (
    EXCEPTION_CATEGORIES,
    EXCEPTION_LABELS,
    OfficeSettings,
    Official,
)

DEADLINES = (("Immediately", "immediately"), ("By the next working day", "next_working_day"))
WITHIN_HOURS = "Within a number of hours"
# Settings with a widget of their own on the page (OfficeSettings field -> widget name).
SPINS = {
    "idle_lock_minutes": "idleMinutes",
    "notes_destruction_days": "notesDestructionDays",
    "tombstone_retention_years": "tombstoneRetentionYears",
    "evaluation_minimum": "evaluationMinimum",
    "statistics_minimum": "statisticsMinimum",
    "case_file_retention_years": "caseFileRetentionYears",  # records retention
    "disclosure_retention_years": "disclosureRetentionYears",
}
# Each number box's words at 1 and at any other number ("1 hour", "5 hours").
UNITS = {
    "idleMinutes": (QT_TR_NOOP(" minute idle"), QT_TR_NOOP(" minutes idle")),
    "notesDestructionDays": (
        QT_TR_NOOP(" day of the final agreement"),
        QT_TR_NOOP(" days of the final agreement"),
    ),
    "tombstoneRetentionYears": (QT_TR_NOOP(" year"), QT_TR_NOOP(" years")),
    "evaluationMinimum": (QT_TR_NOOP(" form"), QT_TR_NOOP(" forms")),
    "caseFileRetentionYears": (
        QT_TR_NOOP(" year after closing (1 to 7)"),
        QT_TR_NOOP(" years after closing (1 to 7)"),
    ),
    "disclosureRetentionYears": (
        QT_TR_NOOP(" year after recording (1 to 10)"),
        QT_TR_NOOP(" years after recording (1 to 10)"),
    ),
}
KNOWN = {
    "office_name",
    "office_address",
    "officials",
    "eeo_office",
    "paper_size",
    "dispute_categories",
    "rekey_after_erasure",
    *SPINS,
}


class OfficialRow:
    """One exception category's office, named official, contact and deadline."""

    def __init__(self, page: SettingsPage, row: int, category: str) -> None:
        host = page.ui.officialsHost
        grid = page.ui.officialsGrid
        label = tr(EXCEPTION_LABELS[category])
        self.office = QLineEdit(host)
        self.official = QLineEdit(host)
        self.contact = QLineEdit(host)
        self.deadline = QComboBox(host)
        self.hours = QSpinBox(host)
        for name, widget, what in (
            ("Office", self.office, "office reported to"),
            ("Official", self.official, "named official"),
            ("Contact", self.contact, "contact"),
            ("Deadline", self.deadline, "reporting deadline"),
            ("Hours", self.hours, "hours to report within"),
        ):
            widget.setObjectName(f"{category}{name}")
            widget.setAccessibleName(f"{label}: {what}")
        self.office.setPlaceholderText(tr("Office"))
        self.official.setPlaceholderText(tr("Named official (if any)"))
        self.contact.setPlaceholderText(tr("Phone or e-mail"))
        for text, value in DEADLINES:
            self.deadline.addItem(text, value)
        self.deadline.addItem(WITHIN_HOURS, "hours")
        self.hours.setRange(1, 999)
        counted(self.hours, QT_TR_NOOP(" hour"), QT_TR_NOOP(" hours"))
        # Shown only with "Within a number of hours"; its place is kept so rows don't jump.
        policy = self.hours.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.hours.setSizePolicy(policy)
        caption = QLabel(label, host)
        caption.setWordWrap(True)  # the long category names give their width to the fields
        caption.setBuddy(self.office)
        grid.addWidget(caption, row, 0)
        for column, widget in enumerate(
            (self.office, self.official, self.contact, self.deadline, self.hours), start=1
        ):
            grid.addWidget(widget, row, column)
        self.deadline.currentIndexChanged.connect(
            lambda _i: self.hours.setVisible(self.deadline.currentData() == "hours")
        )
        for edit in (self.office, self.official, self.contact):
            edit.textChanged.connect(page.edited)
            edit.textChanged.connect(edit.setToolTip)
        self.deadline.currentIndexChanged.connect(page.edited)
        self.hours.valueChanged.connect(page.edited)

    def show(self, official: Official) -> None:
        self.office.setText(official.office)
        self.official.setText(official.official)
        self.contact.setText(official.contact)
        if official.deadline.startswith("hours:"):
            self.deadline.setCurrentIndex(self.deadline.findData("hours"))
            self.hours.setValue(int(official.deadline.split(":", 1)[1] or 1))
        else:
            self.deadline.setCurrentIndex(max(0, self.deadline.findData(official.deadline)))
        self.hours.setVisible(self.deadline.currentData() == "hours")
        for edit in (self.office, self.official, self.contact):
            show_start(edit)

    def value(self) -> Official:
        deadline = self.deadline.currentData()
        if deadline == "hours":
            deadline = f"hours:{self.hours.value()}"
        return Official(
            self.office.text().strip(),
            self.official.text().strip(),
            self.contact.text().strip(),
            deadline,
        )


class SettingsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_SettingsPage()
        self.ui.setupUi(self)
        self.setObjectName("settingsPage")
        ui = self.ui
        self.saved: OfficeSettings | None = None
        self._loading = False
        self.dirty = False
        ui.paperSize.addItem(tr("Letter"), "letter")
        ui.paperSize.addItem(tr("A4"), "a4")
        titles = (tr("Office"), tr("Official"), tr("Contact"), tr("Deadline"))
        for column, title in enumerate(titles, start=1):
            ui.officialsGrid.addWidget(QLabel(f"<b>{title}</b>", ui.officialsHost), 0, column)
        self.officials = {
            category: OfficialRow(self, row, category)
            for row, category in enumerate(EXCEPTION_CATEGORIES, start=1)
        }
        for column, stretch in ((0, 2), (1, 3), (2, 2), (3, 2)):  # the office's name is longest
            ui.officialsGrid.setColumnStretch(column, stretch)
        for widget, (one, many) in UNITS.items():
            counted(getattr(ui, widget), one, many)
        ui.statisticsMinimum.setSizePolicy(ui.idleMinutes.sizePolicy())
        self.others: dict[str, QWidget] = {}
        self._build_others()
        self.errors = FieldErrors(
            {
                "office_name": ui.officeNameError,
                "officials": ui.officialsError,
                "dispute_categories": ui.disputeCategoriesError,
                "case_file_retention_years": ui.caseFileRetentionYearsError,
                "disclosure_retention_years": ui.disclosureRetentionYearsError,
            },
            {
                "office_name": ui.officeName,
                "dispute_categories": ui.disputeCategories,
                **{field: getattr(ui, widget) for field, widget in SPINS.items()},
            },
            fallback=ui.message,
            other=self,
        )
        for edit in (ui.officeName, ui.eeoOffice):
            edit.textChanged.connect(self.edited)
        for text in (ui.officeAddress, ui.disputeCategories):
            text.textChanged.connect(self.edited)
        ui.paperSize.currentIndexChanged.connect(self.edited)
        ui.rekeyAfterErasure.toggled.connect(self.edited)
        for widget in SPINS.values():
            getattr(ui, widget).valueChanged.connect(self.edited)
        ui.saveButton.clicked.connect(self.save)
        ui.discardButton.clicked.connect(self.discard)
        ctx.signed_in.connect(self.refresh)
        self._set_dirty(False)
        from cms_desktop.gui.director.backup_settings import BackupSettingsBox

        self.backup_box = BackupSettingsBox(ctx, ui.scrollHost)
        ui.groupsLayout.insertWidget(ui.groupsLayout.count() - 1, self.backup_box)
        from cms_desktop.gui.director.language_settings import LanguageSettingsBox

        self.language_box = LanguageSettingsBox(ctx, self)
        ui.groupsLayout.insertWidget(ui.groupsLayout.count() - 1, self.language_box)

    def _build_others(self) -> None:
        """Widgets for settings added to OfficeSettings after this page was written."""
        defaults = OfficeSettings()
        for f in dataclasses.fields(OfficeSettings):
            if f.name in KNOWN:
                continue
            value = getattr(defaults, f.name)
            host = self.ui.otherGroup
            widget: QWidget
            if isinstance(value, bool):
                widget = QCheckBox(host)
                widget.toggled.connect(self.edited)
            elif isinstance(value, int):
                widget = QSpinBox(host)
                widget.setRange(0, 100000)
                widget.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
                widget.valueChanged.connect(self.edited)
            elif isinstance(value, list):
                widget = QPlainTextEdit(host)
                widget.setTabChangesFocus(True)
                widget.setMaximumHeight(80)
                widget.textChanged.connect(self.edited)
            elif isinstance(value, str):
                widget = QLineEdit(host)
                widget.textChanged.connect(self.edited)
            else:
                continue  # a structured setting needs its own widget
            label = f.name.replace("_", " ").capitalize()
            widget.setObjectName(f.name)
            widget.setAccessibleName(label)
            self.ui.otherForm.addRow(label, widget)
            self.others[f.name] = widget
        self.ui.otherGroup.setVisible(bool(self.others))

    # -- lock contract --------------------------------------------------------------------
    def unsaved_edits(self) -> dict[str, Any] | None:
        if not self.dirty:
            return None
        try:
            return dataclasses.asdict(self.form_settings())
        except (TypeError, ValueError):
            return None

    def restore_edits(self, edits: dict[str, Any]) -> None:
        self.refresh()
        settings = copy.deepcopy(self.saved) if self.saved else OfficeSettings()
        for name, value in edits.items():
            if name == "officials":
                value = {k: Official(**v) for k, v in value.items()}
            if hasattr(settings, name):
                setattr(settings, name, value)
        self.show_settings(settings)
        self.edited()

    def clear_for_lock(self) -> None:
        self.saved = None
        self.show_settings(OfficeSettings())
        self.errors.clear()
        self._set_dirty(False)

    # -- showing and reading ----------------------------------------------------------------
    def refresh(self) -> None:
        ws = self.ctx.ws
        if ws is None or not ws.can(Action.MANAGE_SETTINGS):
            self.clear_for_lock()
            return
        self.saved = copy.deepcopy(ws.settings)
        self.show_settings(self.saved)
        self.errors.clear()
        self._set_dirty(False)

    def show_settings(self, s: OfficeSettings) -> None:
        ui = self.ui
        self._loading = True
        try:
            ui.officeName.setText(s.office_name)
            ui.officeAddress.setPlainText(s.office_address)
            ui.paperSize.setCurrentIndex(max(0, ui.paperSize.findData(s.paper_size)))
            ui.eeoOffice.setText(s.eeo_office)
            show_start(ui.officeName)
            show_start(ui.eeoOffice)
            for category, row in self.officials.items():
                row.show(s.officials.get(category) or Official(""))
            ui.disputeCategories.setPlainText("\n".join(s.dispute_categories))
            ui.rekeyAfterErasure.setChecked(s.rekey_after_erasure)
            for field, widget in SPINS.items():
                getattr(ui, widget).setValue(getattr(s, field))
            for name, widget in self.others.items():
                value = getattr(s, name, None)
                if value is None:
                    continue
                if isinstance(widget, QCheckBox):
                    widget.setChecked(bool(value))
                elif isinstance(widget, QSpinBox):
                    widget.setValue(int(value))
                elif isinstance(widget, QPlainTextEdit):
                    widget.setPlainText("\n".join(str(v) for v in value))
                elif isinstance(widget, QLineEdit):
                    widget.setText(str(value))
        finally:
            self._loading = False

    def form_settings(self) -> OfficeSettings:
        ui = self.ui
        s = copy.deepcopy(self.saved) if self.saved else OfficeSettings()
        s.office_name = ui.officeName.text().strip()
        s.office_address = ui.officeAddress.toPlainText().strip()
        s.paper_size = ui.paperSize.currentData()
        s.eeo_office = ui.eeoOffice.text().strip()
        s.officials = {category: row.value() for category, row in self.officials.items()}
        s.dispute_categories = [
            line.strip() for line in ui.disputeCategories.toPlainText().splitlines() if line.strip()
        ]
        s.rekey_after_erasure = ui.rekeyAfterErasure.isChecked()
        for field, widget in SPINS.items():
            setattr(s, field, getattr(ui, widget).value())
        for name, widget in self.others.items():
            if isinstance(widget, QCheckBox):
                setattr(s, name, widget.isChecked())
            elif isinstance(widget, QSpinBox):
                setattr(s, name, widget.value())
            elif isinstance(widget, QPlainTextEdit):
                lines = widget.toPlainText().splitlines()
                setattr(s, name, [line.strip() for line in lines if line.strip()])
            elif isinstance(widget, QLineEdit):
                setattr(s, name, widget.text().strip())
        return s

    # -- editing ----------------------------------------------------------------------------
    def edited(self, *_args: object) -> None:
        if self._loading or self.saved is None:
            return
        self._set_dirty(self.form_settings() != self.saved)

    def _set_dirty(self, dirty: bool) -> None:
        self.dirty = dirty
        self.ui.saveButton.setEnabled(dirty)
        self.ui.discardButton.setEnabled(dirty)
        self.ui.message.setText(tr("Unsaved changes.") if dirty else "")

    def save(self) -> bool:
        ws = self.ctx.workspace
        settings = self.form_settings()
        if not confirm_schedule(self, self.errors, settings):  # records retention: preview
            return False
        if run(lambda: ws.save_settings(settings), self.errors, busy=True) is None:
            return False
        self.saved = copy.deepcopy(settings)
        remember_office(ws)  # the sign-in window greets with the new name
        self._set_dirty(False)
        self.ui.message.setText(tr("Saved."))
        self.ctx.status_message.emit(tr("The office settings were saved."))
        return True

    def discard(self) -> None:
        if self.saved is not None:
            self.show_settings(self.saved)
        self.errors.clear()
        self._set_dirty(False)
