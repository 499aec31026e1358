"""The main window: wires the case list, the four case tabs, the director's pages and
the lock. Each tab owns its page; this file only connects them."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox, QWidget

from cms_desktop import __version__
from cms_desktop.core.clock import iso
from cms_desktop.core.office import SignInThrottle, sign_in
from cms_desktop.core.workspace import Workspace
from cms_desktop.gui.case_actions import install_case_actions
from cms_desktop.gui.case_list import CaseListPanel
from cms_desktop.gui.clipboard import install_clipboard_hygiene
from cms_desktop.gui.context import AppContext
from cms_desktop.gui.director.compliance_page import CompliancePage
from cms_desktop.gui.director.reminders import ReminderBar
from cms_desktop.gui.director.statistics_page import StatisticsPage
from cms_desktop.gui.generated.ui_main_window import Ui_MainWindow
from cms_desktop.gui.lock_screen import LockScreen
from cms_desktop.gui.tabs.agreement_tab import AgreementTab
from cms_desktop.gui.tabs.base import CaseTab
from cms_desktop.gui.tabs.evaluation_tab import EvaluationTab
from cms_desktop.gui.tabs.intake_tab import IntakeTab
from cms_desktop.gui.tabs.session_tab import SessionTab
from cms_desktop.model.accounts import Role
from cms_desktop.storage.errors import VaultError

IDLE_CHECK_MS = 5_000


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, vault_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.vault_path = Path(vault_path)
        self.throttle = SignInThrottle(ctx.clock)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        install_clipboard_hygiene()
        self.locked = False
        self.last_activity = ctx.clock.now()

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

        self.lock_screen = LockScreen(self.ui.lockPage)
        self.ui.lockLayout.addWidget(self.lock_screen)
        self.lock_screen.unlock_requested.connect(self.unlock)

        self.user_label = QLabel(self)
        self.user_label.setObjectName("signedInUser")
        self.ui.statusbar.addPermanentWidget(self.user_label)

        self._connect_actions()
        self.install_sections()
        self.case_list.case_activated.connect(self.select_case)
        self.ctx.status_message.connect(lambda text: self.ui.statusbar.showMessage(text, 5000))

        # The idle lock counts wall-clock time (time asleep counts too), checked often.
        self.idle_timer = QTimer(self)
        self.idle_timer.setInterval(IDLE_CHECK_MS)
        self.idle_timer.timeout.connect(self.check_idle)
        self.idle_timer.start()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.after_sign_in()

    # -- wiring -------------------------------------------------------------------------
    def _connect_actions(self) -> None:
        ui = self.ui
        ui.actionLock.triggered.connect(self.lock)
        ui.actionQuit.triggered.connect(self.close)
        ui.actionSignOut.triggered.connect(self.sign_out)
        ui.actionPolicy.triggered.connect(self._show_policy)
        ui.actionSave.triggered.connect(self.save_current)
        ui.actionFindCase.triggered.connect(self._find_case)
        ui.actionAbout.triggered.connect(self._about)
        for index in range(ui.sections.count()):
            action = ui.menuView.addAction(ui.sections.tabText(index).replace("&", ""))
            action.setShortcut(f"Ctrl+{index + 1}")
            action.triggered.connect(lambda _=False, i=index: ui.sections.setCurrentIndex(i))

    def install_sections(self) -> None:
        """The office-wide pages beside Cases (each issue adds its line here)."""
        self.compliance_page = CompliancePage(self.ctx, self)
        self.compliance_page.case_requested.connect(self.open_case)
        self.add_section(self.compliance_page, "Roster && compliance", director_only=True)
        self.add_section(StatisticsPage(self.ctx, self), "S&tatistics", director_only=True)
        self.reminders = ReminderBar(self.ctx, self.ui.reminderBar)
        self.reminders.topic_requested.connect(self._show_compliance)
        from cms_desktop.gui.printing import show_exception_notice  # issue 6
        from cms_desktop.gui.session.install import install_session_sections

        self.ui.actionExceptionNotice.triggered.connect(
            lambda: show_exception_notice(self, self.ctx)
        )
        install_session_sections(self)  # agenda; "Record a disclosure" (issue 5)
        from cms_desktop.gui.destroy_notes_dialog import DestroyNotesController  # issue 7

        self.destroy_notes = DestroyNotesController(self, self.ctx, self.ui.menuEdit)
        install_case_actions(self)  # issue 4: New case, Discard changes, list highlight

    def _show_compliance(self, topic: str) -> None:
        self.ui.sections.setCurrentWidget(self.compliance_page)
        self.compliance_page.focus_on(topic)

    def open_case(self, case_id: int, session_id: int | None = None) -> None:
        """Select a case from an office-wide page (a compliance line, say) in the Cases view."""
        self.ui.sections.setCurrentWidget(self.ui.casesSection)
        self.select_case(case_id)
        if session_id is not None:
            self.ui.caseTabs.setCurrentWidget(self.ui.sessionTab)

    def _find_case(self) -> None:
        self.ui.sections.setCurrentIndex(0)
        self.case_list.search.setFocus()
        self.case_list.search.selectAll()

    def _show_policy(self) -> None:
        from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QVBoxLayout

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
        office = ws.settings.office_name or "CMS Desktop"
        self.setWindowTitle(f"{office} — CMS Desktop")
        self.user_label.setText(f"Signed in: {ws.user.display_name} ({ws.user.role.label})")
        self._show_director_pages(ws.user.role is Role.DIRECTOR)
        self.ui.stack.setCurrentWidget(self.ui.workPage)
        self.locked = False
        self.last_activity = self.ctx.clock.now()
        self.case_list.refresh()
        self._restore_drafts()
        self.ctx.signed_in.emit()

    def _show_director_pages(self, visible: bool) -> None:
        sections = self.ui.sections
        for page in self.director_pages:
            index = sections.indexOf(page)
            sections.setTabVisible(index, visible)

    def add_section(self, page: QWidget, title: str, director_only: bool = True) -> None:
        self.ui.sections.addTab(page, title)
        if director_only:
            self.director_pages.append(page)
            self._show_director_pages(self.ws.user.role is Role.DIRECTOR)

    def select_case(self, case_id: int | None) -> None:
        self.ctx.current_case = case_id
        for tab in self.tabs.values():
            tab.show_case(case_id)
        self.ctx.case_selected.emit(case_id)

    def save_current(self) -> None:
        for tab in self.tabs.values():
            if not tab.save():
                return

    # -- the lock ----------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (
            QEvent.Type.KeyPress,
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseMove,
            QEvent.Type.Wheel,
        ):
            self.last_activity = self.ctx.clock.now()
        return False

    def check_idle(self) -> None:
        if self.locked or self.ctx.ws is None:
            return
        idle = timedelta(minutes=self.ws.settings.idle_lock_minutes)
        if self.ctx.clock.now() - self.last_activity >= idle:
            self.lock()

    def lock(self) -> None:
        """Hide every record, keep unsaved edits as a draft in the vault, close the vault."""
        if self.locked or self.ctx.ws is None:
            return
        ws = self.ws
        self._keep_drafts(ws)
        self.ctx.locking.emit()
        for tab in self.tabs.values():
            tab.clear_for_lock()
        self.case_list.clear_for_lock()
        ws.audit.record("lock", "user", ws.user.id)
        ws.close()
        self.ctx.ws = None
        self.locked = True
        self.user_label.setText("Locked")
        self.setWindowTitle("CMS Desktop — locked")
        self.lock_screen.prepare(ws.user.username)
        self.lock_screen.title.setText("CMS Desktop is locked")
        self.ui.stack.setCurrentWidget(self.ui.lockPage)
        self.previous_user = ws.user.username

    def sign_out(self) -> None:
        """Like a lock, but the next person starts from an empty sign-in."""
        self.lock()
        if self.locked:
            self.lock_screen.prepare("")
            self.lock_screen.title.setText("Signed out — sign in to CMS Desktop")
            self.lock_screen.username.setFocus()

    def unlock(self, username: str, password: str) -> None:
        try:
            ws = sign_in(self.vault_path, username, password, self.ctx.clock, self.throttle)
        except VaultError as exc:
            self.lock_screen.fail(str(exc))
            return
        self.ctx.ws = ws
        ws.audit.record("unlock", "user", ws.user.id)
        self.after_sign_in()
        if self.ctx.current_case is not None:
            self.select_case(self.ctx.current_case)

    # -- drafts (never notes: tabs exclude them from unsaved_edits) --------------------
    def _keep_drafts(self, ws: Workspace) -> None:
        drafts = {name: tab.unsaved_edits() for name, tab in self.tabs.items()}
        drafts = {k: v for k, v in drafts.items() if v}
        if not drafts:
            return
        payload = json.dumps({"case": self.ctx.current_case, "tabs": drafts}, ensure_ascii=False)
        with ws.vault.transaction() as c:
            c.execute(
                "INSERT OR REPLACE INTO draft(user_id, key, payload, saved_at) VALUES (?,?,?,?)",
                (ws.user.id, "window", payload, iso(self.ctx.clock.now())),
            )

    def _restore_drafts(self) -> None:
        ws = self.ws
        row = ws.vault.conn.execute(
            "SELECT payload FROM draft WHERE user_id = ? AND key = 'window'", (ws.user.id,)
        ).fetchone()
        if row is None:
            return
        data = json.loads(row[0])
        case_id = data.get("case")
        # case None: edits of a case not saved yet (a new case) are restored too.
        if case_id is None or ws.can_view_case(case_id):
            self.select_case(case_id)
            for name, edits in data.get("tabs", {}).items():
                if name in self.tabs:
                    self.tabs[name].restore_edits(edits)
        with ws.vault.transaction() as c:
            c.execute("DELETE FROM draft WHERE user_id = ? AND key = 'window'", (ws.user.id,))

    # -- closing -------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.ctx.ws is not None:
            ws = self.ws
            self._keep_drafts(ws)
            ws.audit.record("sign_out", "user", ws.user.id)
            ws.close()
            self.ctx.ws = None
        self.idle_timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        event.accept()
