"""The session window tests: the team's fixtures, and the Qt helpers they share."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from cms_desktop.core.workspace import Workspace
from tests.support.office import TestOffice
from tests.support.session_team import office_template, team

__all__ = ["office_template", "open_window", "team"]


@pytest.fixture
def messages(monkeypatch) -> list[str]:
    """Every message box shown (instead of blocking), by its text."""
    shown: list[str] = []

    def fake_exec(box):
        shown.append(box.text())
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    monkeypatch.setattr(
        QMessageBox, "information", lambda _p, _t, text, *a, **k: shown.append(text)
    )
    return shown


def open_window(qtbot, office: TestOffice, ws: Workspace, case_id: int | None = None):
    """The main window signed in as `ws`'s user, showing `case_id` on the Session tab."""
    from cms_desktop.gui.context import AppContext
    from cms_desktop.gui.main_window import MainWindow

    window = MainWindow(AppContext(ws, office.clock), office.path)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    if case_id is not None:
        window.select_case(case_id)
        window.ui.caseTabs.setCurrentWidget(window.ui.sessionTab)
    return window
