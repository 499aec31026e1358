"""What the Session issue adds to the main window: the agenda page and the always-visible
"Record a disclosure" action (Edit menu, Ctrl+Shift+D, and a button beside the sections)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton

from cms_desktop.gui.agenda_page import AgendaPage
from cms_desktop.gui.disclosure_dialog import open_disclosure_dialog

if TYPE_CHECKING:
    from cms_desktop.gui.main_window import MainWindow


def install_session_sections(window: MainWindow) -> None:
    ctx, ui = window.ctx, window.ui
    window.agenda = AgendaPage(ctx, window)
    window.add_section(window.agenda, "A&genda", director_only=False)  # View menu: Ctrl+N

    def open_session(case_id: int, session_id: int) -> None:
        window.open_case(case_id, session_id)
        window.tabs["session"].select_session(session_id)

    window.agenda.session_activated.connect(open_session)

    def record_disclosure(case_id: object = None) -> None:
        chosen = case_id if isinstance(case_id, int) else ctx.current_case
        open_disclosure_dialog(window, ctx, chosen)

    ui.actionRecordDisclosure.triggered.connect(lambda: record_disclosure(None))
    ctx.disclosure_requested.connect(record_disclosure)
    corner = QToolButton(ui.sections)
    corner.setObjectName("recordDisclosureCorner")
    corner.setDefaultAction(ui.actionRecordDisclosure)
    corner.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    corner.setAccessibleName("Record a disclosure")
    ui.sections.setCornerWidget(corner, Qt.Corner.TopRightCorner)
