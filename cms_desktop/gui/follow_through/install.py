"""Puts the follow-through parts into the main window: the Follow-through case tab, the
conflict declaration asked before a mediator opens a case, and Settings › Letters…."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QPushButton

from cms_desktop.core.permissions import Action
from cms_desktop.gui.follow_through.declaration import declared_or_asked
from cms_desktop.gui.follow_through.letters_editor import LettersDialog
from cms_desktop.gui.follow_through.tab import FollowThroughTab
from cms_desktop.gui.follow_through.waitlist_page import WaitlistPage

if TYPE_CHECKING:
    from cms_desktop.gui.director.settings_page import SettingsPage
    from cms_desktop.gui.main_window import MainWindow


def install_follow_through(window: MainWindow, settings: SettingsPage) -> None:
    tab = FollowThroughTab(window.ctx, window.ui.caseTabs)
    window.ui.caseTabs.addTab(tab, "&Follow-through")
    window.tabs["follow_through"] = tab
    window.case_gate = lambda case_id: declared_or_asked(window, window.ctx, case_id)

    waitlist = WaitlistPage(window.ctx, window)
    waitlist.case_requested.connect(window.open_case)
    window.add_section(waitlist, "&Waitlist", director_only=True)
    window.waitlist_page = waitlist  # type: ignore[attr-defined]

    button = QPushButton("Edit the &letters…", settings.ui.otherGroup)
    button.setObjectName("editLettersButton")
    settings.ui.otherForm.addRow("Letters", button)
    settings.ui.otherGroup.setVisible(True)
    settings.letters_button = button  # type: ignore[attr-defined]

    def edit_letters() -> None:
        ws = window.ctx.ws
        if ws is None or not ws.can(Action.MANAGE_SETTINGS):
            return
        dialog = LettersDialog(settings, window.ctx)
        dialog.exec()
        dialog.deleteLater()

    button.clicked.connect(edit_letters)
