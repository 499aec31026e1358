"""Window-level actions for cases: File › New case (Ctrl+N), Edit › Discard changes, and
keeping the case list's highlight on the case the tabs show."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cms_desktop.core.permissions import Action

if TYPE_CHECKING:
    from cms_desktop.gui.main_window import MainWindow
    from cms_desktop.gui.tabs.intake_tab import IntakeTab


def install_case_actions(window: MainWindow) -> None:
    intake: IntakeTab = window.tabs["intake"]  # type: ignore[assignment]
    ui = window.ui

    def new_case() -> None:
        if window.locked or window.ctx.ws is None:
            return
        ui.sections.setCurrentIndex(0)
        ui.caseTabs.setCurrentWidget(ui.intakeTab)
        window.case_list.select_case(None)
        window.select_case(None)  # other tabs show nothing; the intake keeps its edits
        intake.begin_new_case()

    def created(case_id: int) -> None:
        window.select_case(case_id)

    def discard() -> None:
        """Discard changes in the case tab in front (each tab asks before it discards)."""
        for name, page in (
            ("intake", ui.intakeTab),
            ("session", ui.sessionTab),
            ("agreement", ui.agreementTab),
            ("evaluation", ui.evaluationTab),
        ):
            if ui.caseTabs.currentWidget() is page:
                action = getattr(window.tabs[name], "discard", None)
                if callable(action):
                    action()

    def signed_in() -> None:
        ws = window.ctx.ws
        ui.actionNewCase.setEnabled(ws is not None and ws.can(Action.CREATE_CASE))

    ui.actionNewCase.triggered.connect(new_case)
    ui.actionRevert.triggered.connect(discard)
    intake.case_created.connect(created)
    window.ctx.signed_in.connect(signed_in)
    window.ctx.case_selected.connect(window.case_list.select_case)
