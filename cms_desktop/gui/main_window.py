"""The main window: wires the case list, the four case tabs, the director's pages and
the lock. Each tab owns its page; this file only connects them: its menu actions are one
table (ACTIONS), and the lock (gui/lock_guard.py) sees it only as a LockHost."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import ClassVar

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow, QMessageBox, QToolButton, QWidget

from cms_desktop import __version__
from cms_desktop.core.permissions import Action
from cms_desktop.core.throttle import SignInThrottle
from cms_desktop.core.workspace import Workspace
from cms_desktop.gui.agenda_page import AgendaPage
from cms_desktop.gui.case_list import CaseListPanel
from cms_desktop.gui.clipboard import install_clipboard_hygiene
from cms_desktop.gui.context import AppContext
from cms_desktop.gui.director.compliance_page import CompliancePage
from cms_desktop.gui.director.reminders import ReminderBar
from cms_desktop.gui.director.statistics_page import StatisticsPage
from cms_desktop.gui.disclosure_dialog import open_disclosure_dialog
from cms_desktop.gui.fit import fit_to_screen
from cms_desktop.gui.generated.ui_main_window import Ui_MainWindow
from cms_desktop.gui.i18n import tr
from cms_desktop.gui.keys import sections_without_mnemonics
from cms_desktop.gui.lock_guard import LockAware, LockGuard, is_lock_aware
from cms_desktop.gui.lock_screen import LockScreen
from cms_desktop.gui.tabs.agreement_tab import AgreementTab
from cms_desktop.gui.tabs.base import CaseTab
from cms_desktop.gui.tabs.evaluation_tab import EvaluationTab
from cms_desktop.gui.tabs.intake_tab import IntakeTab
from cms_desktop.gui.tabs.session_tab import SessionTab
from cms_desktop.model.accounts import Role


class MainWindow(QMainWindow):
    # Each menu action and the method it runs; Designer holds the words and the shortcuts
    # (ui/main_window.ui: Ctrl+L locks, Ctrl+P prints, Ctrl+Shift+D records a disclosure).
    ACTIONS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("actionLock", "lock"),
        ("actionSignOut", "sign_out"),
        ("actionQuit", "close"),
        ("actionNewCase", "new_case"),
        ("actionSave", "save_current"),
        ("actionRevert", "discard_changes"),
        ("actionFindCase", "_find_case"),
        # Print… and Save as PDF… open the current tab's main form in the preview, which
        # holds both (the PDF stays in memory until then).
        ("actionPrint", "print_current"),
        ("actionSavePdf", "print_current"),
        ("actionRecordDisclosure", "record_disclosure"),
        ("actionChangePassword", "change_password"),
        ("actionPolicy", "_show_policy"),
        ("actionAbout", "_about"),
    )

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
        self.lock_guard = LockGuard(ctx, self, self.vault_path, self.throttle, self)
        self.lock_guard.locked_for.connect(self._show_locked)
        self.lock_guard.unlocked.connect(self.after_sign_in)
        self.lock_guard.unlock_failed.connect(self.lock_screen.fail)
        self.lock_screen.unlock_requested.connect(self.lock_guard.unlock)
        self.lock_screen.recovery_requested.connect(self.recover)

        self.user_label = QLabel(self)
        self.user_label.setObjectName("signedInUser")
        self.ui.statusbar.addPermanentWidget(self.user_label)

        self._connect_actions()
        self.install_sections()
        fit_to_screen(self, self.ui.caseTabs, self.ui.caseSplitter, self.ui.sections)  # #15
        sections_without_mnemonics(self.ui.sections)  # Alt+letters stay the page's (#15)
        self.case_list.case_activated.connect(self.select_case)
        self.ctx.status_message.connect(lambda text: self.ui.statusbar.showMessage(text, 5000))
        self.after_sign_in()

    # -- wiring -------------------------------------------------------------------------
    def _connect_actions(self) -> None:
        ui = self.ui
        for action, method in self.ACTIONS:
            getattr(ui, action).triggered.connect(lambda _=False, m=method: getattr(self, m)())
        intake: IntakeTab = self.tabs["intake"]  # type: ignore[assignment]
        intake.case_created.connect(self.select_case)
        self.ctx.signed_in.connect(self._enable_actions)
        self.ctx.case_selected.connect(self.case_list.select_case)
        self.ctx.disclosure_requested.connect(self.record_disclosure)
        # "Record a disclosure" is always one click away, beside the sections.
        corner = QToolButton(ui.sections)
        corner.setObjectName("recordDisclosureCorner")
        corner.setDefaultAction(ui.actionRecordDisclosure)
        corner.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        corner.setAccessibleName(tr("Record a disclosure"))
        ui.sections.setCornerWidget(corner, Qt.Corner.TopRightCorner)
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
        self.add_section(self.compliance_page, tr("Co&mpliance"), director_only=True)
        self.add_section(StatisticsPage(self.ctx, self), tr("S&tatistics"), director_only=True)
        self.reminders = ReminderBar(self.ctx, self.ui.reminderBar)
        self.reminders.topic_requested.connect(self._show_compliance)
        self.add_section(RosterPage(self.ctx, self), tr("&Roster"))
        self.add_section(AccountsPage(self.ctx, self), tr("Acc&ounts"))
        self.add_section(AuditPage(self.ctx, self), tr("A&udit"))
        settings = SettingsPage(self.ctx, self)
        self.add_section(settings, tr("Setti&ngs"))
        self.agenda = AgendaPage(self.ctx, self)
        self.add_section(self.agenda, tr("A&genda"), director_only=False)
        self.agenda.session_activated.connect(self.open_session)
        from cms_desktop.gui.director.retention_page import install_retention

        self.retention_page = install_retention(self)  # records retention
        self.ui.actionExceptionNotice.triggered.connect(
            lambda: show_exception_notice(self, self.ctx)
        )
        from cms_desktop.gui.destroy_notes_dialog import DestroyNotesController

        self.destroy_notes = DestroyNotesController(self, self.ctx, self.ui.menuEdit)
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

    def open_session(self, case_id: int, session_id: int) -> None:
        self.open_case(case_id, session_id)
        self.tabs["session"].select_session(session_id)  # type: ignore[attr-defined]

    # -- case actions -----------------------------------------------------------------------
    def _enable_actions(self) -> None:
        ws = self.ctx.ws
        self.ui.actionNewCase.setEnabled(ws is not None and ws.can(Action.CREATE_CASE))

    def new_case(self) -> None:
        if self.locked or self.ctx.ws is None:
            return
        self.ui.sections.setCurrentIndex(0)
        self.ui.caseTabs.setCurrentWidget(self.ui.intakeTab)
        self.case_list.select_case(None)
        self.select_case(None)  # other tabs show nothing; the intake keeps its edits
        self.tabs["intake"].begin_new_case()  # type: ignore[attr-defined]

    def discard_changes(self) -> None:
        """Discard changes in the case tab in front (each tab asks before it discards)."""
        current = self.ui.caseTabs.currentWidget()
        for tab in self.tabs.values():
            discard = getattr(tab, "discard", None)
            if tab.parent() is current and callable(discard):
                discard()

    def record_disclosure(self, case_id: object = None) -> None:
        chosen = case_id if isinstance(case_id, int) else self.ctx.current_case
        open_disclosure_dialog(self, self.ctx, chosen)

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
                tr(
                    "Select a case, then its Intake, Agreement or Evaluation tab, to print "
                    "its form."
                )
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
        dialog.setWindowTitle(tr("Policy on Confidentiality"))
        layout = QVBoxLayout(dialog)
        text = QPlainTextEdit(dialog)
        text.setReadOnly(True)
        text.setAccessibleName(tr("Policy text"))
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
            self.user_label.setText(tr("Choose your own password to continue"))
            self.ui.stack.setCurrentWidget(self.ui.lockPage)
            self.lock_screen.setEnabled(False)
            QTimer.singleShot(0, self.force_password_change)
            return
        self.lock_screen.setEnabled(True)
        office = ws.settings.office_name or "CMS Desktop"
        self.setWindowTitle(tr("{office} — CMS Desktop").format(office=office))
        self.user_label.setText(
            tr("Signed in: {display_name} ({label})").format(
                display_name=ws.user.display_name, label=ws.user.role.label
            )
        )
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

    # -- the lock (gui/lock_guard.py): this window as its LockHost --------------------------
    @property
    def locked(self) -> bool:
        return self.lock_guard.locked

    def case_tabs(self) -> dict[str, LockAware]:
        return dict(self.tabs)

    def office_pages(self) -> dict[str, LockAware]:
        sections = self.ui.sections
        pages = (sections.widget(i) for i in range(sections.count()))
        return {p.objectName(): p for p in pages if is_lock_aware(p)}  # type: ignore[misc]

    def clear_for_lock(self) -> None:
        self.case_list.clear_for_lock()

    def _show_locked(self, username: str, display_name: str) -> None:
        """Nothing but the lock screen (empty after a sign-out)."""
        self.user_label.setText(tr("Locked") if username else tr("Signed out"))
        self.setWindowTitle(tr("CMS Desktop — locked") if username else "CMS Desktop")
        self.lock_screen.prepare(username, display_name)
        self.ui.stack.setCurrentWidget(self.ui.lockPage)

    def recover(self) -> None:
        """The recovery key at the lock screen: replace the director's password, sign in."""
        from cms_desktop.gui.recovery_dialog import RecoveryDialog

        dialog = RecoveryDialog(self.vault_path, self.ctx.clock, self.throttle, self)
        dialog.setObjectName("recoveryDialog")

        def finished(result: int) -> None:
            if result == QDialog.DialogCode.Accepted and dialog.workspace is not None:
                self.lock_guard.signed_in(dialog.workspace)
                self.ctx.status_message.emit(
                    tr(
                        "The director's password was replaced. If the recovery key may have been "
                        "seen, make a new one on the Accounts page."
                    )
                )
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()

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
