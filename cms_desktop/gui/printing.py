"""Preview, print and "Save as PDF…" for our own forms (placeholder until issue #6).

Every tab that prints calls `present_form`; the PDF stays in memory.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from cms_desktop.forms.document import RenderedForm
from cms_desktop.gui.context import AppContext
from cms_desktop.gui.messages import show_error


def present_form(parent: QWidget | None, ctx: AppContext, form: RenderedForm) -> None:
    """Show the preview with Print… and Save as PDF… (audited)."""
    show_error(parent, "Printing arrives with the Agreement tab.")
