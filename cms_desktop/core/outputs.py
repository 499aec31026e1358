"""Forms leaving the program, printed or saved as a PDF: the audit says which form left and
for which case, never what it said. The window's print dialog and `cms-admin render` both
record through here."""

from __future__ import annotations

from cms_desktop.core.audit_kinds import AuditKind
from cms_desktop.core.context import Context


class FormOutputs:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def printed(self, form_kind: str, case_id: int | None, copies: int) -> None:
        self._record(AuditKind.FORM_PRINTED, case_id, f"{form_kind}; copies {copies}")

    def saved_pdf(self, form_kind: str, case_id: int | None, how: str = "") -> None:
        """`how` names a way other than the window's Save as PDF (e.g. "cms-admin file")."""
        self._record(AuditKind.PDF_SAVED, case_id, f"{form_kind}; {how}" if how else form_kind)

    def _record(self, kind: AuditKind, case_id: int | None, detail: str) -> None:
        if case_id is not None:
            self.ctx.audit.record(kind, "case", case_id, detail)
        else:
            self.ctx.audit.record(kind, "form", None, detail)
