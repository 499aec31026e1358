"""Puts the follow-through parts into the main window: the Follow-through case tab, the
conflict declaration asked before a mediator opens a case, and Settings › Letters…."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QPushButton

from cms_desktop.core.permissions import Action
from cms_desktop.forms.page import set_large_print
from cms_desktop.gui.follow_through.declaration import declared_or_asked
from cms_desktop.gui.follow_through.letters_editor import LettersDialog
from cms_desktop.gui.follow_through.tab import FollowThroughTab
from cms_desktop.gui.follow_through.waitlist_page import WaitlistPage
from cms_desktop.gui.i18n import tr
from cms_desktop.gui.run import IGNORE, run

if TYPE_CHECKING:
    from cms_desktop.gui.director.settings_page import SettingsPage
    from cms_desktop.gui.main_window import MainWindow


def install_follow_through(window: MainWindow, settings: SettingsPage) -> None:
    tab = FollowThroughTab(window.ctx, window.ui.caseTabs)
    # No mnemonic: Alt+F is the File menu's (the tab is Ctrl+Tab away, as every case tab).
    window.ui.caseTabs.addTab(tab, tr("Follow-through"))
    window.tabs["follow_through"] = tab
    window.case_gate = lambda case_id: declared_or_asked(window, window.ctx, case_id)

    def large_print_for(case_id: int | None) -> None:
        ws = window.ctx.ws
        wanted = run(
            lambda: (
                ws is not None and case_id is not None and ws.accommodations.large_print(case_id)
            ),
            IGNORE,
        )
        set_large_print(bool(wanted and wanted.value))

    # Every form printed for the case in front honours a participant's large print.
    window.ctx.case_selected.connect(large_print_for)
    window.ctx.locking.connect(lambda: set_large_print(False))

    waitlist = WaitlistPage(window.ctx, window)
    waitlist.case_requested.connect(window.open_case)
    window.add_section(waitlist, tr("&Waitlist"), director_only=True)
    window.waitlist_page = waitlist  # type: ignore[attr-defined]

    button = QPushButton(tr("Edit the le&tters…"), settings.ui.otherGroup)
    button.setObjectName("editLettersButton")
    settings.ui.otherForm.addRow(tr("Letters"), button)
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
