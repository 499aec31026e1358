"""Every printed form by name, for `cms-admin render` and anything else that prints by kind.

A case form's module defines `build(ws, case_id) -> RenderedForm`; an office-wide form's
module defines `build(ws) -> RenderedForm`. Forms owned by other issues are looked up when
asked for, so a form not built yet answers "not available yet" instead of breaking imports:

- intake-form      forms/intake_form.py      (issue 4)
- referral         forms/referral_sheet.py   (issue 5; `build(ws, case_id)` prints the case's
                                              referral sheets)
- evaluation-form  forms/evaluation_form.py  (issue 8; see `evaluation_form` below)
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from types import ModuleType
from typing import TYPE_CHECKING

from cms_desktop.core.errors import CmsError
from cms_desktop.forms.document import RenderedForm

if TYPE_CHECKING:
    from cms_desktop.core.workspace import Workspace


class FormNotAvailable(CmsError):
    """The form's module is not part of this build yet."""


@dataclass(frozen=True)
class FormEntry:
    kind: str
    label: str
    module: str
    per_case: bool = True


FORMS: dict[str, FormEntry] = {
    entry.kind: entry
    for entry in (
        FormEntry(
            "agreement-to-mediate", "agreement to mediate", "cms_desktop.forms.agreement_to_mediate"
        ),
        FormEntry("final-agreement", "final agreement", "cms_desktop.forms.final_agreement"),
        FormEntry("intake-form", "intake form", "cms_desktop.forms.intake_form"),
        FormEntry(
            "exception-notice",
            "notice of the exceptions",
            "cms_desktop.forms.exception_notice",
            per_case=False,
        ),
        FormEntry("referral", "referral sheet", "cms_desktop.forms.referral_sheet"),
        FormEntry("evaluation-form", "evaluation form", "cms_desktop.forms.evaluation_form"),
    )
}


def _module(entry: FormEntry) -> ModuleType:
    try:
        return importlib.import_module(entry.module)
    except ModuleNotFoundError as exc:
        if exc.name != entry.module:
            raise  # the module exists but something it needs is missing: a real bug
        raise FormNotAvailable(f"The {entry.label} is not available yet.") from None


def available(kind: str) -> bool:
    entry = FORMS.get(kind)
    if entry is None:
        return False
    try:
        return callable(getattr(_module(entry), "build", None))
    except FormNotAvailable:
        return False


def build_form(ws: Workspace, kind: str, case_id: int | None = None) -> RenderedForm:
    """Build the form `kind` (for `case_id` when it is a case form) in memory."""
    entry = FORMS.get(kind)
    if entry is None:
        raise CmsError(f"There is no form called {kind!r}.")
    build = getattr(_module(entry), "build", None)
    if not callable(build):
        raise FormNotAvailable(f"The {entry.label} is not available yet.")
    if not entry.per_case:
        return build(ws)
    if case_id is None:
        raise CmsError(f"Name the case for the {entry.label}.")
    return build(ws, case_id)


def evaluation_form(ws: Workspace, case_id: int | None = None) -> RenderedForm:
    """The evaluation form hook (issue 8 fills it by writing forms/evaluation_form.py with
    `build(ws, case_id: int | None) -> RenderedForm`).

    With a case: the blank form carrying only the case's short evaluation code (never the case
    number or a name). With None: a fully blank form.
    """
    entry = FORMS["evaluation-form"]
    build = getattr(_module(entry), "build", None)
    if not callable(build):
        raise FormNotAvailable(f"The {entry.label} is not available yet.")
    return build(ws, case_id)
