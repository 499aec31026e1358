"""Before a changed records schedule is saved, show what it would purge (issue #13).

A shorter schedule applies to the cases already closed, so the director sees first which
cases it would bring to the end of their retention, and saves only after saying yes.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from cms_desktop.core.office_settings import validate_settings
from cms_desktop.core.permissions import Action
from cms_desktop.gui.context import AppContext
from cms_desktop.gui.director.common import confirm
from cms_desktop.gui.i18n import tr
from cms_desktop.gui.run import FieldErrors, run
from cms_desktop.model.retention import DueRecord
from cms_desktop.model.settings import OfficeSettings

SCHEDULE = ("case_file_retention_years", "disclosure_retention_years")
LISTED = 12  # numbers named in the question; the rest are counted


def preview_text(records: list[DueRecord]) -> str:
    numbers = sorted({r.number for r in records})
    shown = ", ".join(numbers[:LISTED])
    more = f" and {len(numbers) - LISTED} more" if len(numbers) > LISTED else ""
    noun = "case" if len(numbers) == 1 else "cases"
    return (
        f"With this schedule {len(numbers)} more {noun} reach the end of their retention "
        f"now, and their records go at the next purge: {shown}{more}.\n\nSave the schedule?"
    )


def confirm_schedule(parent: QWidget, errors: FieldErrors, settings: OfficeSettings) -> bool:
    """True to go on saving: the schedule is unchanged, purges nothing more, or the
    director agreed to what it would purge. An out-of-range value is refused beside its
    field before any preview."""
    ctx: AppContext = parent.ctx  # type: ignore[attr-defined]
    ws = ctx.workspace
    current = ws.settings
    if all(getattr(settings, f) == getattr(current, f) for f in SCHEDULE):
        return True
    if not ws.can(Action.MANAGE_RETENTION):
        return True
    if run(lambda: validate_settings(settings), errors) is None:
        return False  # out of range: said beside its field, nothing previewed
    records = ws.retention.preview(settings)
    if not records:
        return True
    return confirm(parent, tr("Records schedule"), preview_text(records), tr("Save"))
