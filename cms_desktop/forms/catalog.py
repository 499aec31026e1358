"""Every printed form by name, for `cms-admin render` and anything else that prints by kind.

A plain table of form kinds and their builders, imported statically: a frozen bundle
(PyInstaller) only carries the modules it can see imported, so naming a module by string
here once left the frozen `cms-admin render` answering "not available". `cms-admin render`
takes its choices from this table, so the two cannot drift apart.

A case form's builder is `build(ws, case_id) -> RenderedForm`; an office-wide form's is
`build(ws) -> RenderedForm`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from cms_desktop.forms import (
    agreement_to_mediate,
    evaluation_form,
    exception_notice,
    final_agreement,
    intake_form,
    referral_sheet,
)
from cms_desktop.forms.document import RenderedForm
from cms_desktop.model.errors import CmsError
from cms_desktop.model.i18n import QT_TR_NOOP

if TYPE_CHECKING:
    from cms_desktop.core.workspace import Workspace


@dataclass(frozen=True)
class FormEntry:
    kind: str
    label: str
    build: Callable[..., RenderedForm]
    per_case: bool = True


FORMS: dict[str, FormEntry] = {
    entry.kind: entry
    for entry in (
        FormEntry("agreement-to-mediate", "agreement to mediate", agreement_to_mediate.build),
        FormEntry("final-agreement", "final agreement", final_agreement.build),
        FormEntry("intake-form", "intake form", intake_form.build),
        FormEntry(
            "exception-notice", "notice of the exceptions", exception_notice.build, per_case=False
        ),
        FormEntry("referral", "referral sheet", referral_sheet.build),
        FormEntry("evaluation-form", "evaluation form", evaluation_form.build),
    )
}


def available(kind: str) -> bool:
    """Whether `kind` names a form this build can print."""
    return kind in FORMS


def build_form(ws: Workspace, kind: str, case_id: int | None = None) -> RenderedForm:
    """Build the form `kind` (for `case_id` when it is a case form) in memory."""
    entry = FORMS.get(kind)
    if entry is None:
        raise CmsError(QT_TR_NOOP("There is no form called {kind!r}."), kind=kind)
    if not entry.per_case:
        return entry.build(ws)
    if case_id is None:
        raise CmsError(QT_TR_NOOP("Name the case for the {label}."), label=entry.label)
    return entry.build(ws, case_id)
