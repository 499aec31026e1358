"""The "Opening and commitments" page: the statement to read (E0), what it covered, who was
present and their verbal commitments (PR1, PR2), and recording the session as held."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QHeaderView, QLabel, QLineEdit, QTableWidgetItem, QWidget

from cms_desktop.core.permissions import Action
from cms_desktop.core.policy_text import policy_text
from cms_desktop.core.sessions import Attendance, HeldRefused
from cms_desktop.gui.context import AppContext
from cms_desktop.gui.dates import moment_text
from cms_desktop.gui.generated.ui_session_tab import Ui_SessionTab
from cms_desktop.gui.i18n import tr
from cms_desktop.gui.messages import show_error
from cms_desktop.gui.run import Handle, run
from cms_desktop.model.errors import CmsError
from cms_desktop.model.sessions import (
    CONFIDENTIALITY_ITEM,
    Attendee,
    Commitment,
    Session,
    SessionStatus,
)

PRESENT, NO_COMPEL, NO_DISCUSS, DECLINED, AGREED = 1, 2, 3, 4, 5


def opening_statement_html() -> str:
    """The words the mediator reads: the same policy text every form prints (E0)."""
    text = policy_text()
    items = "".join(f"<li><b>{escape(e.title)}</b>: {escape(e.text)}</li>" for e in text.exceptions)
    commitments = "".join(f"<li>{escape(c.text)}</li>" for c in text.commitments)
    return (
        f"<h3>Opening statement</h3>"
        f"<p>{escape(text.confidentiality)}</p>"
        f"<p>{escape(text.exceptions_intro)}</p><ol>{items}</ol>"
        f"<p>{escape(text.exceptions_outro)}</p>"
        f"<p><b>Ask each participant to agree aloud:</b></p><ol>{commitments}</ol>"
        f"<p style='color:#555'>Policy version {escape(text.version)}</p>"
    )


class OpeningPanel:
    def __init__(self, ctx: AppContext, ui: Ui_SessionTab, parent: QWidget) -> None:
        self.ctx, self.parent = ctx, parent
        self.ui = ui
        ui.policyText.setHtml(opening_statement_html())
        text = policy_text()
        ui.commitmentsText.setText(" ".join(f"“{c.text}”" for c in text.commitments))
        codes = ", ".join(c.clause for c in text.commitments)
        ui.commitmentsText.setToolTip(tr("Policy clauses {codes}").format(codes=codes))
        self.coverage: dict[str, QCheckBox] = {}
        items = [(CONFIDENTIALITY_ITEM, "Confidentiality")] + [
            (e.category, e.title) for e in text.exceptions
        ]
        clauses = {e.category: e.clause for e in text.exceptions}
        for position, (key, label) in enumerate(items):
            box = QCheckBox(label, ui.coverageBox)
            box.setObjectName(f"cover_{key}")
            box.setAccessibleName(tr("Covered: {label}").format(label=label))
            if key in clauses:
                box.setToolTip(tr("Policy clause {clause}").format(clause=clauses[key]))
            ui.coverageLayout.insertWidget(position, box)
            self.coverage[key] = box
        self.session: Session | None = None
        self.attendees: list[Attendee] = []
        self.rows: dict[int, dict[int, Any]] = {}  # participant id -> column -> widget
        self.dirty = False
        header = ui.commitmentsTable.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(DECLINED, QHeaderView.ResizeMode.Stretch)
        ui.confirmOpeningButton.clicked.connect(self.confirm_opening)
        ui.recordAttendanceButton.clicked.connect(self.record_attendance)
        ui.markHeldButton.clicked.connect(self.mark_held)

    # -- showing -------------------------------------------------------------------------
    def show_session(self, case_id: int | None, session: Session | None) -> None:
        self.session = session
        self.dirty = False
        ui = self.ui
        table = ui.commitmentsTable
        for widgets in self.rows.values():  # going away: no longer found by name
            for widget in widgets.values():
                widget.setObjectName("")
        table.setRowCount(0)
        self.rows = {}
        for box in self.coverage.values():
            box.setChecked(False)
        if case_id is None or session is None:
            self.attendees = []
            ui.openingStatus.setText("")
            ui.heldStatus.setText("")
            self._enable(False, False)
            return
        self.attendees = self.ctx.workspace.sessions.attendees(case_id)
        commitments = self.ctx.workspace.sessions.commitments(session.id)
        can_run = (
            self.ctx.workspace.can(Action.RUN_SESSION, case_id)
            and session.status == SessionStatus.SCHEDULED
        )
        on_session = self.ctx.workspace.user.mediator_id in session.mediator_ids
        self._fill_opening(session, can_run and on_session)
        self._fill_commitments(commitments, can_run)
        self._enable(can_run and on_session and session.opening_statement_at is None, can_run)
        self.refresh_held_status()

    def _fill_opening(self, session: Session, editable: bool) -> None:
        confirmed = session.opening_statement_at is not None
        for box in self.coverage.values():
            box.setChecked(confirmed)
            box.setEnabled(editable and not confirmed)
        if confirmed:
            who = self.ctx.workspace.roster.get(session.opening_statement_by or 0)
            self.ui.openingStatus.setText(
                tr("Confirmed by {value} on {shown}.").format(
                    value=who.name if who else "a mediator",
                    shown=moment_text(session.opening_statement_at),
                )
            )
        else:
            self.ui.openingStatus.setText(
                tr("Tick each item as the opening statement covers it, then confirm.")
                if editable
                else tr("Not yet confirmed by a mediator of this session.")
            )

    def _fill_commitments(self, commitments: dict[int, Commitment], editable: bool) -> None:
        table = self.ui.commitmentsTable
        table.setRowCount(len(self.attendees))
        for row, person in enumerate(self.attendees):
            item = commitments.get(person.id)
            name = QTableWidgetItem(f"{person.name} ({person.role})")
            name.setFlags(Qt.ItemFlag.ItemIsEnabled)
            table.setItem(row, 0, name)
            widgets: dict[int, Any] = {}
            for column, key, label in (
                (PRESENT, "present", "present"),
                (NO_COMPEL, "noCompel", "agreed not to compel the mediator"),
                (NO_DISCUSS, "noDiscuss", "agreed not to discuss the session"),
            ):
                box = QCheckBox(table)
                box.setObjectName(f"{key}_{person.id}")
                box.setAccessibleName(f"{person.name} {label}")
                box.setEnabled(editable)
                table.setCellWidget(row, column, box)
                widgets[column] = box
            reason = QLineEdit(table)
            reason.setObjectName(f"declined_{person.id}")
            reason.setAccessibleName(tr("Why {name} declined").format(name=person.name))
            reason.setPlaceholderText(tr("only if they declined"))
            reason.setEnabled(editable)
            table.setCellWidget(row, DECLINED, reason)
            widgets[DECLINED] = reason
            agreed = QLabel(table)
            agreed.setObjectName(f"agreedAt_{person.id}")
            table.setCellWidget(row, AGREED, agreed)
            widgets[AGREED] = agreed
            if item is not None:
                widgets[PRESENT].setChecked(item.present)
                widgets[NO_COMPEL].setChecked(item.no_compel)
                widgets[NO_DISCUSS].setChecked(item.no_discuss)
                reason.setText(item.declined_reason)
                agreed.setText(
                    moment_text(item.agreed_at)
                    if item.agreed_at
                    else (tr("declined") if item.declined_reason else tr("absent"))
                )
            else:
                agreed.setText(tr("not recorded"))
            for column in (PRESENT, NO_COMPEL, NO_DISCUSS):
                widgets[column].toggled.connect(self._mark_dirty)
            reason.textEdited.connect(self._mark_dirty)
            self.rows[person.id] = widgets
        for column in (0, PRESENT, NO_COMPEL, NO_DISCUSS, AGREED):
            table.resizeColumnToContents(column)

    def _enable(self, opening: bool, running: bool) -> None:
        self.ui.confirmOpeningButton.setEnabled(opening)
        self.ui.recordAttendanceButton.setEnabled(running)
        self.ui.markHeldButton.setEnabled(running)

    def _mark_dirty(self, *_: object) -> None:
        self.dirty = True

    def refresh_held_status(self) -> None:
        session = self.session
        label = self.ui.heldStatus
        if session is None:
            label.setText("")
            return
        if session.status == SessionStatus.HELD:
            # A session marked held before the day was recorded still says when it took place.
            label.setText(
                tr("Recorded as held on {shown}.").format(
                    shown=moment_text(session.held_recorded_at)
                )
                if session.held_recorded_at
                else tr("Held on {shown}.").format(shown=moment_text(session.starts_at))
            )
        elif session.status == SessionStatus.CANCELLED:
            label.setText(
                tr("Cancelled: {status_reason}").format(status_reason=session.status_reason)
            )
        elif session.status == SessionStatus.NO_SHOW:
            label.setText(f"No-show. {session.status_reason}".strip())
        else:
            reasons = self.ctx.workspace.sessions.held_refusals(session.id)
            label.setText(
                tr("Before it can be recorded as held:\n") + "\n".join(f"• {r}" for _, r in reasons)
                if reasons
                else tr("Ready to be recorded as held.")
            )

    # -- acting --------------------------------------------------------------------------
    def confirm_opening(self) -> None:
        if self.session is None:
            return
        session_id = self.session.id
        covered = [key for key, box in self.coverage.items() if box.isChecked()]
        if run(
            lambda: self.ctx.workspace.sessions.confirm_opening_statement(session_id, covered),
            self.parent,
        ):
            # On to the next step, the commitments; the keyboard goes there too, not to
            # wherever Qt sends it from the button that has just gone grey (#15).
            self.ui.sessionDetail.setCurrentWidget(self.ui.commitmentsPage)
            first = next(iter(self.rows.values()), None)
            (first[PRESENT] if first else self.ui.commitmentsTable).setFocus()

    def entries(self) -> list[Attendance]:
        return [
            Attendance(
                participant_id=pid,
                present=w[PRESENT].isChecked(),
                no_compel=w[NO_COMPEL].isChecked(),
                no_discuss=w[NO_DISCUSS].isChecked(),
                declined_reason=w[DECLINED].text(),
            )
            for pid, w in self.rows.items()
        ]

    def record_attendance(self) -> bool:
        if self.session is None:
            return True
        session_id = self.session.id
        entries = self.entries()
        if not run(
            lambda: self.ctx.workspace.sessions.record_attendance(session_id, entries), self.parent
        ):
            return False
        self.dirty = False
        return True

    def mark_held(self) -> None:
        if self.session is None:
            return
        if self.dirty and not self.record_attendance():
            return
        session_id = self.session.id
        if (
            run(lambda: self.ctx.workspace.sessions.mark_held(session_id), Handle(self._not_held))
            is None
        ):
            return
        self.ctx.status_message.emit(tr("The session is recorded as held."))

    def _not_held(self, error: CmsError) -> None:
        if isinstance(error, HeldRefused):
            self.refresh_held_status()
            reasons = " ".join(r for _, r in error.reasons)
            show_error(
                self.parent,
                tr("The session cannot be recorded as held yet. {reasons}").format(reasons=reasons),
            )
        else:
            show_error(self.parent, str(error))

    # -- drafts (never notes) ------------------------------------------------------------
    def edits(self) -> dict[str, Any] | None:
        if self.session is None:
            return None
        ticked = [k for k, b in self.coverage.items() if b.isChecked() and b.isEnabled()]
        if not self.dirty and not ticked:
            return None
        return {
            "session": self.session.id,
            "coverage": ticked,
            "attendance": [e.__dict__ for e in self.entries()] if self.dirty else [],
        }

    def restore(self, edits: dict[str, Any]) -> None:
        if self.session is None or edits.get("session") != self.session.id:
            return
        for key in edits.get("coverage", []):
            if key in self.coverage and self.coverage[key].isEnabled():
                self.coverage[key].setChecked(True)
        for entry in edits.get("attendance", []):
            widgets = self.rows.get(entry["participant_id"])
            if widgets is None or not widgets[PRESENT].isEnabled():
                continue
            widgets[PRESENT].setChecked(entry["present"])
            widgets[NO_COMPEL].setChecked(entry["no_compel"])
            widgets[NO_DISCUSS].setChecked(entry["no_discuss"])
            widgets[DECLINED].setText(entry["declined_reason"])
            self.dirty = True
