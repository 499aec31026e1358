"""The Session tab: a case's sessions, and for the selected one the opening statement and
commitments, the mediators' notes, debriefs and exception disclosures.

This file wires the session list and the scheduling actions; each page has a panel of
its own in gui/session/.
"""

from __future__ import annotations

from typing import Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QTableWidgetItem, QWidget

from cms_desktop.core.office_time import shown, to_local
from cms_desktop.core.permissions import Action
from cms_desktop.gui.context import AppContext, Area
from cms_desktop.gui.generated.ui_session_tab import Ui_SessionTab
from cms_desktop.gui.i18n import tr
from cms_desktop.gui.run import Say, run
from cms_desktop.gui.session.dialogs import ObjectionDialog, ReasonDialog, ScheduleDialog
from cms_desktop.gui.session.notes_panel import NotesPanel
from cms_desktop.gui.session.opening_panel import OpeningPanel
from cms_desktop.gui.session.records_panels import DebriefPanel, DisclosurePanel
from cms_desktop.gui.tabs.base import CaseTab
from cms_desktop.model.sessions import SESSION_STATUS_LABELS, Session, SessionStatus

T = TypeVar("T")
NO_CASE = "Select a case in the list to see its sessions here."
# Areas whose changes redraw this tab when they concern the case on screen.
_AREAS = (Area.SESSION, Area.CASE, Area.DISCLOSURE, Area.DEBRIEF, Area.NOTES)


class SessionTab(CaseTab):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_SessionTab()
        self.ui.setupUi(self)
        self.sessions: list[Session] = []
        self.opening = OpeningPanel(ctx, self.ui, self)
        self.notes = NotesPanel(ctx, self.ui, self)
        self.debriefs = DebriefPanel(ctx, self.ui, self)
        self.disclosures = DisclosurePanel(ctx, self.ui, self)
        ui = self.ui
        ui.sessionSplitter.setStretchFactor(1, 1)  # the selected session gets the room
        ui.sessionSplitter.setSizes([170, 600])
        ui.sessionTable.itemSelectionChanged.connect(self._session_chosen)
        ui.scheduleButton.clicked.connect(self.schedule)
        ui.rescheduleButton.clicked.connect(self.reschedule)
        ui.cancelSessionButton.clicked.connect(self.cancel_session)
        ui.noShowButton.clicked.connect(self.no_show)
        ui.objectionButton.clicked.connect(self.objection)
        ctx.records_changed.connect(self._records_changed)
        self.show_case(None)

    @property
    def ws(self):
        return self.ctx.workspace

    def _records_changed(self, area: str, record_id: object) -> None:
        if area in _AREAS and self.case_id is not None and self.ctx.ws is not None:
            self.refresh()

    # -- CaseTab -------------------------------------------------------------------------
    def show_case(self, case_id: int | None) -> None:
        if self.ctx.ws is not None:
            self.notes.veil()
        super().show_case(case_id)
        self.refresh()

    def refresh(self) -> None:
        case_id = self.case_id
        ui = self.ui
        keep = self.current_session()
        self.sessions = []
        if case_id is not None:
            ws = self.ws

            def read() -> tuple[str, str]:
                header = ws.sessions.case_header(case_id)
                self.sessions = ws.sessions.for_case(case_id)
                return header

            found = run(read, Say(self._show_nothing, clear=False))
            if found is None:
                return
            number, status = found.value
            serving = ", ".join(m.name for m in self.ws.sessions.case_mediators(case_id))
            header = f"{number} · {status.replace('_', ' ')} · Mediators: {serving or 'none yet'}"
            overdue = self.ws.disclosures.overdue_count(case_id)
            if overdue:
                header += f" · ⚠ {overdue} disclosure{'s' if overdue > 1 else ''} overdue"
            ui.caseLabel.setText(header)
        else:
            self._show_nothing(NO_CASE)
            return
        pending = self.opening.edits()  # a redraw must not lose what was ticked
        self._fill_sessions(keep.id if keep else None)
        self.debriefs.show_case(case_id, self.sessions)
        self.disclosures.show_case(case_id)
        self._session_chosen()
        if pending:
            self.opening.restore(pending)

    def _show_nothing(self, message: str) -> None:
        self.ui.caseLabel.setText(message)
        self.sessions = []
        self.ui.sessionTable.setRowCount(0)
        self.opening.show_session(None, None)
        self.notes.show_session(None, None)
        if self.ctx.ws is not None:
            self.debriefs.clear()
            self.disclosures.clear()
        self._enable_actions(None)

    def _fill_sessions(self, keep: int | None) -> None:
        table = self.ui.sessionTable
        table.blockSignals(True)
        table.setRowCount(len(self.sessions))
        names = {m.mediator_id: m.name for m in self.ws.sessions.case_mediators(self.case_id, True)}
        chosen = None
        for row, s in enumerate(self.sessions):
            when = f"{shown(s.starts_at)}–{to_local(s.ends_at):%H:%M}"
            cells = [
                when,
                s.place,
                ", ".join(names.get(m, "?") for m in s.mediator_ids),
                tr(SESSION_STATUS_LABELS[s.status]),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, s.id)
                table.setItem(row, column, item)
            if s.id == keep:
                chosen = row
        if chosen is None and self.sessions:
            chosen = self._default_row()
        table.blockSignals(False)
        table.resizeColumnsToContents()
        if chosen is not None:
            table.selectRow(chosen)
        else:
            table.clearSelection()

    def _default_row(self) -> int:
        """The next session still scheduled, else the latest one."""
        for row, s in enumerate(self.sessions):
            if s.status == SessionStatus.SCHEDULED:
                return row
        return len(self.sessions) - 1

    def current_session(self) -> Session | None:
        row = self.ui.sessionTable.currentRow()
        if not self.ui.sessionTable.selectedItems():
            return None
        return self.sessions[row] if 0 <= row < len(self.sessions) else None

    def select_session(self, session_id: int) -> None:
        for row, s in enumerate(self.sessions):
            if s.id == session_id:
                self.ui.sessionTable.selectRow(row)

    def _session_chosen(self) -> None:
        session = self.current_session()
        if self.notes.session is None or session is None or self.notes.session.id != session.id:
            self.notes.show_session(self.case_id, session)
        else:  # same session (an open page stays open), but its count may have changed
            self.notes.recount()
        self.opening.show_session(self.case_id, session)
        self._enable_actions(session)

    def _enable_actions(self, session: Session | None) -> None:
        ui = self.ui
        case_id = self.case_id
        ws = self.ctx.ws
        schedule = (
            ws is not None and case_id is not None and ws.can(Action.SCHEDULE_SESSION, case_id)
        )
        run = ws is not None and case_id is not None and ws.can(Action.RUN_SESSION, case_id)
        open_session = session is not None and session.status == SessionStatus.SCHEDULED
        ui.scheduleButton.setEnabled(schedule)
        ui.rescheduleButton.setEnabled(schedule and open_session)
        ui.cancelSessionButton.setEnabled(schedule and open_session)
        ui.noShowButton.setEnabled((schedule or run) and open_session)
        ui.objectionButton.setEnabled(schedule)

    # -- scheduling ----------------------------------------------------------------------
    def schedule(self) -> None:
        if self.case_id is None:
            return
        dialog = ScheduleDialog(self.ctx, self.case_id, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.session_id is not None:
            self.select_session(dialog.session_id)

    def reschedule(self) -> None:
        session = self.current_session()
        if self.case_id is None or session is None:
            return
        ScheduleDialog(self.ctx, self.case_id, session, parent=self).exec()

    def cancel_session(self) -> None:
        session = self.current_session()
        if session is None:
            return
        dialog = ReasonDialog(
            self.ctx,
            "Cancel the session",
            f"Why is the session of {shown(session.starts_at)} cancelled?",
            lambda reason: self.ws.sessions.cancel(session.id, reason),
            self,
        )
        dialog.exec()

    def no_show(self) -> None:
        session = self.current_session()
        if session is None:
            return
        dialog = ReasonDialog(
            self.ctx,
            "Record a no-show",
            "Who did not come, and anything the office should know (optional).",
            lambda reason: self.ws.sessions.mark_no_show(session.id, reason),
            self,
        )
        dialog.exec()

    def objection(self) -> None:
        if self.case_id is None:
            return
        dialog = ObjectionDialog(self.ctx, self.case_id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.warnings:
            QMessageBox.information(self, tr("Check the replacement"), "\n".join(dialog.warnings))

    # -- drafts, saving, the lock --------------------------------------------------------
    def unsaved_edits(self) -> dict[str, Any] | None:
        """Attendance ticked but not yet recorded; never notes (they are saved as typed)."""
        return self.opening.edits()

    def restore_edits(self, edits: dict[str, Any]) -> None:
        self.select_session(edits.get("session", -1))
        self.opening.restore(edits)

    def save(self) -> bool:
        if not self.notes.flush():
            return False
        if self.opening.dirty:
            return self.opening.record_attendance()
        return True

    def clear_for_lock(self) -> None:
        self.notes.clear_for_lock()
        super().show_case(None)
        self._show_nothing(NO_CASE)
