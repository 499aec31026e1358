"""The Session tab's small dialogs: schedule or move a session, a reason, a party's objection,
a debrief, and recording that a disclosure was reported.

Each dialog does its own save when accepted: a refused save keeps the dialog open with
everything typed, and the reason is shown beside the field it concerns.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time, timedelta

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QDialogButtonBox, QListWidgetItem, QWidget

from cms_desktop.core.errors import ValidationError
from cms_desktop.gui.context import AppContext
from cms_desktop.gui.dates import moment_text
from cms_desktop.gui.form_dialog import FormDialog
from cms_desktop.gui.generated.ui_debrief_dialog import Ui_DebriefDialog
from cms_desktop.gui.generated.ui_objection_dialog import Ui_ObjectionDialog
from cms_desktop.gui.generated.ui_reason_dialog import Ui_ReasonDialog
from cms_desktop.gui.generated.ui_report_dialog import Ui_ReportDialog
from cms_desktop.gui.generated.ui_schedule_dialog import Ui_ScheduleDialog
from cms_desktop.gui.i18n import tr
from cms_desktop.gui.qt_time import (
    from_local,
    from_qdate,
    from_qdatetime,
    local_today,
    to_qdate,
    to_qdatetime,
)
from cms_desktop.gui.run import run
from cms_desktop.model.errors import CmsError
from cms_desktop.model.sessions import REPORT_METHODS, Debrief, Disclosure, Session, SessionStatus

ERROR_STYLE = "border: 1px solid #a40000;"


class RecordDialog(FormDialog):
    """A session record's dialog: the refusal is said in its one error line and the field
    it names is outlined."""

    def __init__(self, ctx: AppContext, parent: QWidget | None) -> None:
        super().__init__(parent, ctx)
        self.ctx = ctx
        self.fields: dict[str, QWidget] = {}
        self._marked: QWidget | None = None

    def show_problem(self, message: str, field: str = "") -> None:
        self.ui.errorLabel.setText(message)
        if self._marked is not None:
            self._marked.setStyleSheet("")
            self._marked = None
        widget = self.fields.get(field)
        if widget is not None:
            widget.setStyleSheet(ERROR_STYLE)
            widget.setFocus()
            self._marked = widget

    # -- Errors (gui/run.py) -------------------------------------------------------------
    def clear_errors(self) -> None:
        self.show_problem("")

    def report(self, error: CmsError) -> None:
        self.show_problem(str(error), getattr(error, "field", ""))


class ScheduleDialog(RecordDialog):
    """Schedule a session of a case, or move one (`session` given)."""

    def __init__(
        self,
        ctx: AppContext,
        case_id: int,
        session: Session | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.case_id = case_id
        self.session = session
        self.session_id: int | None = None
        self.warnings: list[str] = []
        self.ui = Ui_ScheduleDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.fields = {
            "starts_at": ui.startEdit,
            "ends_at": ui.endEdit,
            "place": ui.placeEdit,
            "mediators": ui.mediatorList,
        }
        self.setWindowTitle(tr("Reschedule the session") if session else tr("Schedule a session"))
        chosen = set(session.mediator_ids) if session else set()
        for mediator_id, name, eligible, why in self.ctx.workspace.sessions.assignable():
            item = QListWidgetItem(name if eligible else f"{name} (not eligible: {why})")
            item.setData(Qt.ItemDataRole.UserRole, mediator_id)
            flags = Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable
            if eligible or mediator_id in chosen:
                flags |= Qt.ItemFlag.ItemIsEnabled
            item.setFlags(flags)
            checked = mediator_id in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            if not eligible:
                item.setToolTip(why)
            ui.mediatorList.addItem(item)
        if session is not None:
            starts = datetime.fromisoformat(session.starts_at).astimezone()
            ends = datetime.fromisoformat(session.ends_at).astimezone()
            ui.placeEdit.setText(session.place)
        else:
            tomorrow = local_today(ctx.clock.now()) + timedelta(days=1)
            starts = datetime.combine(tomorrow, time(10, 0)).astimezone()
            ends = starts + timedelta(hours=2)
        ui.dateEdit.setDate(to_qdate(starts.date()))
        ui.startEdit.setTime(QTime(starts.hour, starts.minute))
        ui.endEdit.setTime(QTime(ends.hour, ends.minute))
        ui.dateEdit.dateChanged.connect(self.check)
        ui.startEdit.timeChanged.connect(self.check)
        ui.endEdit.timeChanged.connect(self.check)
        ui.placeEdit.textChanged.connect(self.check)
        ui.mediatorList.itemChanged.connect(self.check)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        self.check()

    def mediator_ids(self) -> list[int]:
        lst = self.ui.mediatorList
        return [
            lst.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(lst.count())
            if lst.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_mediators(self, mediator_ids: list[int]) -> None:
        lst = self.ui.mediatorList
        for i in range(lst.count()):
            item = lst.item(i)
            wanted = item.data(Qt.ItemDataRole.UserRole) in mediator_ids
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)

    def _plan(self):
        ui = self.ui
        return self.ctx.workspace.sessions.plan(
            from_local(ui.dateEdit.date(), ui.startEdit.time()),
            from_local(ui.dateEdit.date(), ui.endEdit.time()),
            ui.placeEdit.text(),
            self.mediator_ids(),
        )

    def check(self) -> None:
        """Validate as the person types; show clashes and possible conflicts."""
        ok_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        exclude = self.session.id if self.session else None
        found = run(
            lambda: self.ctx.workspace.sessions.warnings(self.case_id, self._plan(), exclude), self
        )
        if found is None:  # said beside its field; nothing is saved while typing
            self.ui.warningsLabel.setText("")
            ok_button.setText(tr("Schedule") if self.session is None else tr("Move"))
            return
        warnings = found.value
        self.warnings = [w.message for w in warnings]
        self.ui.warningsLabel.setText("\n".join(f"⚠ {m}" for m in self.warnings))
        if self.session is None:
            text = tr("Schedule anyway") if warnings else tr("Schedule")
        else:
            text = tr("Move anyway") if warnings else tr("Move")
        ok_button.setText(text)

    def save(self) -> None:
        plan = self._plan()
        if self.session is None:
            self.session_id = self.ctx.workspace.sessions.schedule(self.case_id, plan).session_id
        else:
            self.ctx.workspace.sessions.reschedule(self.session.id, plan)
            self.session_id = self.session.id


class ReasonDialog(RecordDialog):
    """Ask for a reason and hand it to `action` (cancel a session, record a no-show)."""

    def __init__(
        self,
        ctx: AppContext,
        title: str,
        prompt: str,
        action: Callable[[str], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_ReasonDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(title)
        self.ui.promptLabel.setText(prompt)
        self.fields = {"reason": self.ui.reasonEdit}
        self.action = action
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def save(self) -> None:
        self.action(self.ui.reasonEdit.toPlainText())


class ObjectionDialog(RecordDialog):
    """A party objects to a mediator; optionally put another mediator in their place."""

    def __init__(self, ctx: AppContext, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.case_id = case_id
        self.ui = Ui_ObjectionDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.fields = {
            "mediator": ui.mediatorCombo,
            "participant": ui.participantCombo,
            "reason": ui.reasonEdit,
            "replacement": ui.replacementCombo,
        }
        serving = self.ctx.workspace.sessions.case_mediators(case_id)
        for m in serving:
            ui.mediatorCombo.addItem(m.name, m.mediator_id)
        ui.participantCombo.addItem(tr("(not said)"), None)
        for person in self.ctx.workspace.sessions.attendees(case_id):
            ui.participantCombo.addItem(person.name, person.id)
        on_case = {m.mediator_id for m in serving}
        for mediator_id, name, eligible, _why in self.ctx.workspace.sessions.assignable():
            if eligible and mediator_id not in on_case:
                ui.replacementCombo.addItem(name, mediator_id)
        ui.replacementCombo.setEnabled(False)
        ui.replaceCheck.toggled.connect(ui.replacementCombo.setEnabled)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        self.warnings: list[str] = []

    def save(self) -> None:
        ui = self.ui

        if ui.mediatorCombo.currentData() is None:
            raise ValidationError("No mediator serves on this case yet.", field="mediator")
        replacement = ui.replacementCombo.currentData() if ui.replaceCheck.isChecked() else None
        if ui.replaceCheck.isChecked() and replacement is None:
            raise ValidationError("Choose who replaces the mediator.", field="replacement")
        result = self.ctx.workspace.sessions.record_objection(
            self.case_id,
            ui.mediatorCombo.currentData(),
            ui.participantCombo.currentData(),
            ui.reasonEdit.toPlainText(),
            replacement_id=replacement,
        )
        self.warnings = [w.message for w in result]


class DebriefDialog(RecordDialog):
    """Record (or change) a debrief: date, who took part, the confidential summary (S3)."""

    def __init__(
        self,
        ctx: AppContext,
        case_id: int,
        sessions: list[Session],
        debrief: Debrief | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.case_id = case_id
        self.debrief = debrief
        self.ui = Ui_DebriefDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.fields = {
            "held_on": ui.dateEdit,
            "taking_part": ui.takingPartEdit,
            "summary": ui.summaryEdit,
            "session": ui.sessionCombo,
        }
        ui.sessionCombo.addItem(tr("(none in particular)"), None)
        for s in sessions:
            ui.sessionCombo.addItem(moment_text(s.starts_at), s.id)
        if debrief is not None:
            self.setWindowTitle(tr("Change the debrief"))
            ui.dateEdit.setDate(to_qdate(datetime.fromisoformat(debrief.held_on).date()))
            ui.takingPartEdit.setText(debrief.taking_part)
            ui.summaryEdit.setPlainText(debrief.summary)
            index = ui.sessionCombo.findData(debrief.session_id)
            ui.sessionCombo.setCurrentIndex(max(index, 0))
            ui.sessionCombo.setEnabled(False)
        else:
            self.setWindowTitle(tr("Record a debrief"))
            ui.dateEdit.setDate(to_qdate(local_today(ctx.clock.now())))
            held = [s for s in sessions if s.status == SessionStatus.HELD]
            if held:
                ui.sessionCombo.setCurrentIndex(ui.sessionCombo.findData(held[-1].id))
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)

    def save(self) -> None:
        ui = self.ui

        day = from_qdate(ui.dateEdit.date())
        if self.debrief is None:
            self.ctx.workspace.debriefs.record(
                self.case_id,
                day,
                ui.takingPartEdit.text(),
                ui.summaryEdit.toPlainText(),
                ui.sessionCombo.currentData(),
            )
        else:
            self.ctx.workspace.debriefs.update(
                self.debrief.id, day, ui.takingPartEdit.text(), ui.summaryEdit.toPlainText()
            )


class ReportDialog(RecordDialog):
    """When, how and to whom a disclosure was reported."""

    def __init__(self, ctx: AppContext, disclosure: Disclosure, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.disclosure = disclosure
        self.ui = Ui_ReportDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.fields = {
            "reported_at": ui.reportedEdit,
            "reported_how": ui.howCombo,
            "reported_to": ui.toEdit,
        }
        ui.summaryLabel.setText(
            tr("{case_number}: to {routed_office}, due {shown}.").format(
                case_number=disclosure.case_number,
                routed_office=disclosure.routed_office,
                shown=moment_text(disclosure.deadline_at),
            )
        )
        ui.reportedEdit.setDateTime(to_qdatetime(ctx.clock.now()))
        ui.howCombo.addItems(list(REPORT_METHODS))
        ui.toEdit.setText(
            ", ".join(x for x in (disclosure.routed_official, disclosure.routed_office) if x)
        )
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)

    def save(self) -> None:
        ui = self.ui

        self.ctx.workspace.disclosures.mark_reported(
            self.disclosure.id,
            from_qdatetime(ui.reportedEdit.dateTime()),
            ui.howCombo.currentText(),
            ui.toEdit.text(),
        )
