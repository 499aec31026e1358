"""What the selected case shows about its notes (R2): held and due, or destroyed and by
whom, and each mediator's word on their paper notes. Counts and dates, never text."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from cms_desktop.core.erasure import day_label
from cms_desktop.core.workspace import Workspace
from cms_desktop.gui.context import AppContext
from cms_desktop.gui.i18n import tr
from cms_desktop.gui.run import Say, run
from cms_desktop.model.erasure import NotesStatus, PaperAttestation


def plural(count: int, word: str) -> str:
    return f"{count:,} {word}" + ("" if count == 1 else "s")


def paper_line(paper: list[PaperAttestation]) -> str:
    if not paper:
        return "Paper notes: no mediator has attested yet."
    parts = [
        f"{p.mediator_name} kept none"
        if p.kept_none
        else f"{p.mediator_name} shredded them on {day_label(p.shredded_on or '')}"
        for p in paper
    ]
    return "Paper notes: " + "; ".join(parts) + "."


def describe(status: NotesStatus) -> str:
    """One or two sentences for the case: what is held, what was destroyed, paper notes."""
    lines = []
    if status.held:
        held = (
            f"{plural(status.note_count, 'note')} held from {plural(len(status.held), 'session')}"
        )
        if status.due is None:
            lines.append(f"{held}.")
        elif status.overdue:
            lines.append(
                tr("{held}: destruction overdue since {day_label}.").format(
                    held=held, day_label=day_label(status.due)
                )
            )
        else:
            lines.append(
                tr("{held}: to be destroyed by {day_label}.").format(
                    held=held, day_label=day_label(status.due)
                )
            )
    if status.tombstones:
        by_time: dict[tuple[str, str], int] = {}
        for t in status.tombstones:
            key = (t.destroyed_at, t.destroyed_by_name)
            by_time[key] = by_time.get(key, 0) + t.note_count
        for (when, who), count in by_time.items():
            lines.append(
                tr("{plural} destroyed on {day_label} by {value}.").format(
                    plural=plural(count, "note"),
                    day_label=day_label(when),
                    value=who or "a mediator",
                )
            )
    if status.tombstones or status.paper:
        lines.append(paper_line(status.paper))
    return " ".join(lines)


def left_out_text(ws: Workspace, case_id: int) -> str:
    """After a restore: the notes the backup did not hold, per backup."""
    by_backup: dict[str, tuple[int, int]] = {}
    for _session, count, at in ws.backups.notes_left_out(case_id):
        notes, sessions = by_backup.get(at, (0, 0))
        by_backup[at] = (notes + count, sessions + 1)
    return " ".join(
        f"{plural(notes, 'note')} from {plural(sessions, 'session')} existed but were not in "
        f"the backup of {day_label(at)} this office was restored from (notes are never backed up)."
        for at, (notes, sessions) in by_backup.items()
    )


class NotesStatusLabel(QLabel):
    """The status bar's note line for the selected case; empty when nothing to say."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("notesStatus")
        self.setAccessibleName(tr("Notes of the selected case"))
        ctx.case_selected.connect(lambda _case: self.refresh())
        ctx.records_changed.connect(lambda _area, _id: self.refresh())
        ctx.signed_in.connect(self.refresh)
        ctx.locking.connect(self.clear)

    def refresh(self) -> None:
        ws, case_id = self.ctx.ws, self.ctx.current_case
        if ws is None or case_id is None or not ws.can_view_case(case_id):
            self.clear()
            return
        found = run(lambda: ws.erasure.status(case_id), Say(lambda _said: self.clear()))
        if found is None:
            return
        status = found.value
        self.setText(" ".join(filter(None, [describe(status), left_out_text(ws, case_id)])))
        self.setStyleSheet("color: #b00020;" if status.overdue else "")
