"""Parts of the one policy text (E0) as printed flowables: every form that prints the
exceptions uses these, so the words on the agreement and on the notice are the same."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Paragraph

from cms_desktop.core.policy_text import ExceptionText, policy_text
from cms_desktop.forms.base import form_table, markup, para, styles, text
from cms_desktop.forms.page import RULE, SHADE
from cms_desktop.model.settings import OfficeSettings, Official


def reported_to(official: Official | None) -> str:
    """ "Campus Police Department — Designated official (816-235-1515)"."""
    if official is None:
        return ""
    line = official.office
    if official.official:
        line += f" — {official.official}"
    if official.contact:
        line += f" ({official.contact})"
    return line


def exception_item(number: int, exception: ExceptionText, settings: OfficeSettings) -> KeepTogether:
    """One exception: its full text, then where the office reports it."""
    s = styles()
    parts: list[Flowable] = [Paragraph(text(exception.text), s.item, bulletText=f"{number}.")]
    where = reported_to(settings.officials.get(exception.category))
    if where:
        parts.append(markup(f"Reported to: {text(where)}", s.note))
    return parts


def exceptions_list(settings: OfficeSettings, keep_items: bool = True) -> list[Flowable]:
    """The introduction, the four exceptions in full (in the policy's order), the closing.

    keep_items keeps each exception with its "Reported to" line across a page break; pass
    False inside a table cell (reportlab cannot measure a KeepTogether there).
    """
    policy = policy_text()
    parts: list[Flowable] = [para(policy.exceptions_intro)]
    for number, exception in enumerate(policy.exceptions, start=1):
        item = exception_item(number, exception, settings)
        if keep_items:
            parts.append(KeepTogether(item))
        else:
            parts.extend(item)
    parts.append(para(policy.exceptions_outro))
    return parts


def shaded_box(flowables: list[Flowable]) -> Flowable:
    """A lightly shaded panel with a rule above and below (for what must not be missed)."""
    return form_table(
        [[flowables]],
        [
            ("BACKGROUND", (0, 0), (-1, -1), SHADE),
            ("LINEABOVE", (0, 0), (-1, 0), 0.8, RULE),
            ("LINEBELOW", (0, -1), (-1, -1), 0.8, RULE),
            ("LEFTPADDING", (0, 0), (-1, -1), 10),
            ("RIGHTPADDING", (0, 0), (-1, -1), 10),
            ("TOPPADDING", (0, 0), (-1, -1), 8),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ],
        colWidths=["100%"],
    )
