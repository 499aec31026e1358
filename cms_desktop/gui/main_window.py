"""The main window: wires the case list, the four case tabs, the director's pages and
the lock. Each tab owns its page; this file only connects them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import ClassVar

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow, QMessageBox, QWidget

from cms_desktop import __version__
from cms_desktop.core.throttle import SignInThrottle
from cms_desktop.core.workspace import Workspace
from cms_desktop.gui.case_actions import install_case_actions
from cms_desktop.gui.case_list import CaseListPanel
from cms_desktop.gui.clipboard import install_clipboard_hygiene
from cms_desktop.gui.context import AppContext
from cms_desktop.gui.director.compliance_page import CompliancePage
from cms_desktop.gui.director.reminders import ReminderBar
from cms_desktop.gui.director.statistics_page import StatisticsPage
from cms_desktop.gui.generated.ui_main_window import Ui_MainWindow
from cms_desktop.gui.lock_guard import LockGuard
from cms_desktop.gui.lock_screen import LockScreen
from cms_desktop.gui.tabs.agreement_tab import AgreementTab
from cms_desktop.gui.tabs.base import CaseTab
from cms_desktop.gui.tabs.evaluation_tab import EvaluationTab
from cms_desktop.gui.tabs.intake_tab import IntakeTab
from cms_desktop.gui.tabs.session_tab import SessionTab
from cms_desktop.model.accounts import Role


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, vault_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.vault_path = Path(vault_path)
        self.throttle = SignInThrottle(ctx.clock)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        install_clipboard_hygiene()

        self.case_list = CaseListPanel(ctx, self.ui.caseListHost)
        self.ui.caseListLayout.addWidget(self.case_list)
        self.tabs: dict[str, CaseTab] = {
            "intake": IntakeTab(ctx, self.ui.intakeTab),
            "session": SessionTab(ctx, self.ui.sessionTab),
            "agreement": AgreementTab(ctx, self.ui.agreementTab),
            "evaluation": EvaluationTab(ctx, self.ui.evaluationTab),
        }
        self.ui.intakeLayout.addWidget(self.tabs["intake"])
        self.ui.sessionLayout.addWidget(self.tabs["session"])
        self.ui.agreementLayout.addWidget(self.tabs["agreement"])
        self.ui.evaluationLayout.addWidget(self.tabs["evaluation"])
        self.ui.caseSplitter.setSizes([380, 900])
        self.director_pages: list[QWidget] = []
        self.case_gate: Callable[[int], bool] = lambda _case_id: True
        self.section_actions: dict[QWidget, QAction] = {}

        self.lock_screen = LockScreen(self.ui.lockPage)
        self.ui.lockLayout.addWidget(self.lock_screen)
        self.lock_guard = LockGuard(self)

        self.user_label = QLabel(self)
        self.user_label.setObjectName("signedInUser")
        self.ui.statusbar.addPermanentWidget(self.user_label)

        self._connect_actions()
        self.install_sections()
        self.case_list.case_activated.connect(self.select_case)
        self.ctx.status_message.connect(lambda text: self.ui.statusbar.showMessage(text, 5000))
        self.after_sign_in()

    # -- wiring -------------------------------------------------------------------------
    def _connect_actions(self) -> None:
        ui = self.ui
        ui.actionLock.triggered.connect(self.lock)
        ui.actionQuit.triggered.connect(self.close)
        ui.actionSignOut.triggered.connect(self.sign_out)
        ui.actionPolicy.triggered.connect(self._show_policy)
        # Print… and Save as PDF… open the current tab's main form in the preview, which
        # holds both Print… and Save as PDF… (the PDF stays in memory until then).
        ui.actionPrint.triggered.connect(self.print_current)
        ui.actionSavePdf.triggered.connect(self.print_current)
        ui.actionChangePassword.triggered.connect(lambda: self.change_password())
        ui.actionSave.triggered.connect(self.save_current)
        ui.actionFindCase.triggered.connect(self._find_case)
        ui.actionAbout.triggered.connect(self._about)
        for index in range(ui.sections.count()):
            action = ui.menuView.addAction(ui.sections.tabText(index).replace("&", ""))
            action.setShortcut(f"Ctrl+{index + 1}")
            action.triggered.connect(lambda _=False, i=index: ui.sections.setCurrentIndex(i))

    def install_sections(self) -> None:
        """The office-wide pages beside Cases, one line each."""
        from cms_desktop.gui.director.accounts_page import AccountsPage
        from cms_desktop.gui.director.audit_page import AuditPage
        from cms_desktop.gui.director.roster_page import RosterPage
        from cms_desktop.gui.director.settings_page import SettingsPage
        from cms_desktop.gui.printing import show_exception_notice

        self.compliance_page = CompliancePage(self.ctx, self)
        self.compliance_page.case_requested.connect(self.open_case)
        self.add_section(self.compliance_page, "Co&mpliance", director_only=True)
        self.add_section(StatisticsPage(self.ctx, self), "S&tatistics", director_only=True)
        self.reminders = ReminderBar(self.ctx, self.ui.reminderBar)
        self.reminders.topic_requested.connect(self._show_compliance)
        self.add_section(RosterPage(self.ctx, self), "&Roster")
        self.add_section(AccountsPage(self.ctx, self), "Acc&ounts")
        self.add_section(AuditPage(self.ctx, self), "A&udit")
        settings = SettingsPage(self.ctx, self)
        self.add_section(settings, "Setti&ngs")
        from cms_desktop.gui.director.retention_page import install_retention

        self.retention_page = install_retention(self)  # records retention
        from cms_desktop.gui.session.install import install_session_sections

        self.ui.actionExceptionNotice.triggered.connect(
            lambda: show_exception_notice(self, self.ctx)
        )
        install_session_sections(self)  # agenda; "Record a disclosure"
        from cms_desktop.gui.destroy_notes_dialog import DestroyNotesController

        self.destroy_notes = DestroyNotesController(self, self.ctx, self.ui.menuEdit)
        install_case_actions(self)  # New case, Discard changes, list highlight
        from cms_desktop.gui.follow_through.install import install_follow_through

        install_follow_through(self, settings)  # tab, conflict declaration, letters
        from cms_desktop.gui.backup_actions import BackupController

        self.backups = BackupController(self)  # Back up now, drill, automatic backups

    def _show_compliance(self, topic: str) -> None:
        self.ui.sections.setCurrentWidget(self.compliance_page)
        self.compliance_page.focus_on(topic)

    def open_case(self, case_id: int, session_id: int | None = None) -> None:
        """Select a case from an office-wide page (a compliance line, say) in the Cases view."""
        self.ui.sections.setCurrentWidget(self.ui.casesSection)
        self.select_case(case_id)
        if session_id is not None:
            self.ui.caseTabs.setCurrentWidget(self.ui.sessionTab)

    PRINTS: ClassVar[dict[str, str]] = {
        "intake": "print_form",
        "agreement": "print_agreement",
        "evaluation": "print_case_form",
    }

    def print_current(self) -> None:
        """The selected case's main form for the tab in front (Ctrl+P)."""
        current = self.ui.caseTabs.currentWidget()
        name = next((n for n, tab in self.tabs.items() if tab.parent() is current), None)
        method = self.PRINTS.get(name or "")
        if self.ctx.current_case is None or method is None:
            self.ctx.status_message.emit(
                "Select a case, then its Intake, Agreement or Evaluation tab, to print its form."
            )
            return
        getattr(self.tabs[name], method)()

    def _find_case(self) -> None:
        self.ui.sections.setCurrentIndex(0)
        self.case_list.search.setFocus()
        self.case_list.search.selectAll()

    def _show_policy(self) -> None:
        from PySide6.QtWidgets import QDialogButtonBox, QPlainTextEdit, QVBoxLayout

        from cms_desktop.config import resource

        dialog = QDialog(self)
        dialog.setObjectName("policyDialog")
        dialog.setWindowTitle("Policy on Confidentiality")
        layout = QVBoxLayout(dialog)
        text = QPlainTextEdit(dialog)
        text.setReadOnly(True)
        text.setAccessibleName("Policy text")
        text.setPlainText(
            resource("policy", "confidentiality-policy.txt").read_text("utf-8").strip()
        )
        layout.addWidget(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        dialog.resize(720, 640)
        dialog.open()

    def _about(self) -> None:
        QMessageBox.about(
            self,
            "About CMS Desktop",
            f"CMS Desktop {__version__}\nThe records system of the Campus Mediation Service.",
        )

    # -- signed in ----------------------------------------------------------------------
    @property
    def ws(self) -> Workspace:
        return self.ctx.workspace

    def after_sign_in(self) -> None:
        ws = self.ws
        if ws.user.must_change_password:
            # A one-time password was handed over: nothing of the office (not its name, not
            # a case) is shown until the person has chosen their own (#14).
            self.setWindowTitle("CMS Desktop")
            self.user_label.setText("Choose your own password to continue")
            self.ui.stack.setCurrentWidget(self.ui.lockPage)
            self.lock_screen.setEnabled(False)
            QTimer.singleShot(0, self.force_password_change)
            return
        self.lock_screen.setEnabled(True)
        office = ws.settings.office_name or "CMS Desktop"
        self.setWindowTitle(f"{office} — CMS Desktop")
        self.user_label.setText(f"Signed in: {ws.user.display_name} ({ws.user.role.label})")
        self._show_director_pages(ws.user.role is Role.DIRECTOR)
        if not self.ui.sections.isTabVisible(self.ui.sections.currentIndex()):
            self.ui.sections.setCurrentIndex(0)
        self.ui.stack.setCurrentWidget(self.ui.workPage)
        self.case_list.refresh()
        self.ctx.signed_in.emit()
        self.lock_guard.offer_drafts()

    def _show_director_pages(self, visible: bool) -> None:
        sections = self.ui.sections
        for page in self.director_pages:
            index = sections.indexOf(page)
            sections.setTabVisible(index, visible)
            action = self.section_actions.get(page)
            if action is not None:
                action.setVisible(visible)
                action.setEnabled(visible)

    def add_section(self, page: QWidget, title: str, director_only: bool = True) -> None:
        sections = self.ui.sections
        sections.addTab(page, title)
        # "&&" is a literal ampersand in a tab title; a single "&" marks the mnemonic.
        plain = title.replace("&&", "\0").replace("&", "").replace("\0", "&")
        action = self.ui.menuView.addAction(plain)
        index = sections.indexOf(page)
        if index < 9:
            action.setShortcut(f"Ctrl+{index + 1}")
        action.triggered.connect(lambda _=False, p=page: self._open_section(p))
        self.section_actions[page] = action
        if director_only:
            self.director_pages.append(page)
            self._show_director_pages(self.ws.user.role is Role.DIRECTOR)

    def _open_section(self, page: QWidget) -> None:
        index = self.ui.sections.indexOf(page)
        if self.ui.sections.isTabVisible(index):
            self.ui.sections.setCurrentIndex(index)

    def select_case(self, case_id: int | None) -> None:
        if case_id is not None and not self.case_gate(case_id):
            case_id = None  # a mediator who did not declare (or declared a conflict)
        self.ctx.current_case = case_id
        for tab in self.tabs.values():
            tab.show_case(case_id)
        self.ctx.case_selected.emit(case_id)

    def save_current(self) -> None:
        for tab in self.tabs.values():
            if not tab.save():
                return

    # -- the lock (gui/lock_guard.py) -----------------------------------------------------
    @property
    def locked(self) -> bool:
        return self.lock_guard.locked

    def check_idle(self) -> None:
        self.lock_guard.check_idle()

    def lock(self) -> None:
        """Hide every record, keep unsaved edits as a draft in the vault, close the vault."""
        self.lock_guard.lock("Ctrl+L")

    def sign_out(self) -> None:
        """Like a lock, but the next person starts from an empty sign-in."""
        self.lock_guard.sign_out()

    def unlock(self, username: str, password: str) -> None:
        self.lock_guard.unlock(username, password)

    # -- passwords ----------------------------------------------------------------------
    def change_password(self, forced: bool = False) -> QDialog | None:
        from cms_desktop.gui.password_dialog import ChangePasswordDialog

        if self.ctx.ws is None:
            return None
        dialog = ChangePasswordDialog(self.ctx, self, forced=forced)
        dialog.setObjectName("changePasswordDialog")
        if forced:
            # Nothing else until the person has their own password; Sign out leaves.
            dialog.rejected.connect(self.lock_guard.sign_out)
            dialog.accepted.connect(self.after_sign_in)  # now the office may be shown
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def force_password_change(self) -> None:
        if self.ctx.ws is not None and self.ws.user.must_change_password:
            self.change_password(forced=True)

    # -- closing -------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        self.backups.at_close()  # today's backup, if due
        self.lock_guard.shutdown()
        event.accept()
