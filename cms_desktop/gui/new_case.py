"""File › New case (Ctrl+N): an empty intake in the Intake tab; saving it gives the number."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cms_desktop.core.permissions import Action

if TYPE_CHECKING:
    from cms_desktop.gui.main_window import MainWindow
    from cms_desktop.gui.tabs.intake_tab import IntakeTab


def install_new_case(window: MainWindow) -> None:
    """Wire the New case action and select each new case once it is saved."""
    intake: IntakeTab = window.tabs["intake"]  # type: ignore[assignment]
    action = window.ui.actionNewCase

    def start() -> None:
        if window.locked or window.ctx.ws is None:
            return
        window.ui.sections.setCurrentIndex(0)
        window.ui.caseTabs.setCurrentWidget(window.ui.intakeTab)
        window.case_list.select_case(None)
        window.select_case(None)  # other tabs show nothing; the intake keeps its edits
        intake.begin_new_case()

    def created(case_id: int) -> None:
        window.select_case(case_id)
        window.case_list.select_case(case_id)

    def signed_in() -> None:
        ws = window.ctx.ws
        action.setEnabled(ws is not None and ws.can(Action.CREATE_CASE))

    action.triggered.connect(start)
    intake.case_created.connect(created)
    window.ctx.signed_in.connect(signed_in)
