"""How a stored status reads on screen: one mapping for a case's status (CaseStatus) and a
session's (SessionStatus), "in_mediation" -> "In mediation", "no_show" -> "No-show"."""

from __future__ import annotations

from cms_desktop.gui.i18n import tr
from cms_desktop.model.cases import STATUS_LABELS
from cms_desktop.model.sessions import SESSION_STATUS_LABELS

# The two lists share "scheduled", with the same word.
_LABELS: dict[str, str] = {**STATUS_LABELS, **SESSION_STATUS_LABELS}


def status_label(status: str | None) -> str:
    """The display word of a case or session status; an unknown value is tidied, not lost."""
    if not status:
        return ""
    known = _LABELS.get(status)
    return tr(known) if known else status.replace("_", " ").capitalize()
