"""The director's Accounts page: add, reset, disable, enable, remove; the recovery key."""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal, TypeVar

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QProgressDialog,
    QWidget,
)

from cms_desktop.core.accounts import IssuedPassword
from cms_desktop.core.permissions import Action
from cms_desktop.gui.context import AppContext
from cms_desktop.gui.director.common import confirm, item, show_secret
from cms_desktop.gui.form_dialog import FormDialog
from cms_desktop.gui.generated.ui_account_dialog import Ui_AccountDialog
from cms_desktop.gui.generated.ui_accounts_page import Ui_AccountsPage
from cms_desktop.gui.i18n import tr
from cms_desktop.gui.messages import show_error
from cms_desktop.gui.run import FieldErrors, Kept, run
from cms_desktop.model.accounts import Role, User
from cms_desktop.model.i18n import QT_TR_NOOP

T = TypeVar("T")
REKEYING = (
    "Re-keying the vault: every page is written again under a new key, so the old key "
    "opens nothing. This takes a few seconds on a large vault…"
)
COLUMNS = (
    QT_TR_NOOP("User name"),
    QT_TR_NOOP("Name"),
    QT_TR_NOOP("Role"),
    QT_TR_NOOP("Roster entry"),
    QT_TR_NOOP("State"),
    QT_TR_NOOP("Added"),
)


def _state(user: User) -> str:
    if user.state == "active" and user.must_change_password:
        return "Active (one-time password)"
    return user.state.capitalize()


class AccountsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_AccountsPage()
        self.ui.setupUi(self)
        self.setObjectName("accountsPage")
        self.model = QStandardItemModel(0, len(COLUMNS), self)
        self.model.setHorizontalHeaderLabels([tr(title) for title in COLUMNS])
        self.ui.table.setModel(self.model)
        self.ui.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.ui.table.verticalHeader().hide()
        self.users: dict[int, User] = {}
        ui = self.ui
        ui.addButton.clicked.connect(self.add_account)
        ui.resetButton.clicked.connect(self.reset_password)
        ui.disableButton.clicked.connect(self.disable)
        ui.enableButton.clicked.connect(self.enable)
        ui.removeButton.clicked.connect(self.remove)
        ui.recoveryButton.clicked.connect(self.new_recovery_key)
        ui.showRemoved.toggled.connect(lambda _on: self.refresh())
        ui.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        ctx.signed_in.connect(self.refresh)
        ctx.records_changed.connect(self._changed)
        self._update_buttons()

    # -- lock contract --------------------------------------------------------------------
    def unsaved_edits(self) -> dict | None:
        return None  # nothing is typed on this page (dialogs hold passwords: never kept)

    def restore_edits(self, edits: dict) -> None:
        pass

    def clear_for_lock(self) -> None:
        self.model.removeRows(0, self.model.rowCount())
        self.users = {}
        self._update_buttons()

    # -- showing --------------------------------------------------------------------------
    def _changed(self, area: str, _record: object) -> None:
        if area in ("account", "roster"):
            self.refresh()

    def refresh(self) -> None:
        chosen = self.selected()
        self.clear_for_lock()
        ws = self.ctx.ws
        if ws is None or not ws.can(Action.MANAGE_ACCOUNTS):
            return
        found = run(lambda: ws.accounts.list(self.ui.showRemoved.isChecked()), self)
        if found is None:
            return
        users = found.value
        names = {m.id: m.name for m in ws.roster.list()}
        for user in users:
            self.users[user.id] = user
            self.model.appendRow(
                [
                    item(user.username, user.id),
                    item(user.display_name),
                    item(user.role.label),
                    item(names.get(user.mediator_id, "") if user.mediator_id else ""),
                    item(_state(user)),
                    item(user.created_at[:10]),
                ]
            )
        if chosen is not None:
            self.select_user(chosen.username)
        self._update_buttons()

    def selected(self) -> User | None:
        rows = self.ui.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.users.get(rows[0].data(Qt.ItemDataRole.UserRole))

    def select_user(self, username: str) -> None:
        for row in range(self.model.rowCount()):
            if self.model.item(row, 0).text() == username:
                self.ui.table.selectRow(row)
                return

    def _update_buttons(self) -> None:
        user = self.selected()
        me = self.ctx.ws.user.id if self.ctx.ws is not None else None
        state = user.state if user else ""
        ui = self.ui
        ui.resetButton.setEnabled(state == "active" and user is not None and user.id != me)
        ui.disableButton.setEnabled(state == "active" and user is not None and user.id != me)
        ui.enableButton.setEnabled(state == "disabled")
        ui.removeButton.setEnabled(
            state in ("active", "disabled") and user is not None and user.id != me
        )

    # -- actions ----------------------------------------------------------------------------
    def add_account(self) -> AccountDialog | None:
        if self.ctx.ws is None:
            return None
        opened = run(lambda: AccountDialog(self.ctx, self), self)  # the role may be refused
        if opened is None:
            return None
        dialog = opened.value
        dialog.setObjectName("accountDialog")

        def finished(result: int) -> None:
            if result == QDialog.DialogCode.Accepted and dialog.issued is not None:
                self._hand_over(dialog.issued, "The account was added.")
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()
        return dialog

    def _hand_over(self, issued: IssuedPassword, what: str) -> None:
        self.select_user(issued.user.username)
        show_secret(
            self,
            "One-time password",
            f"{what} Hand this one-time password to {issued.user.display_name} "
            f"(user name {issued.user.username}); they choose their own at their next "
            "sign-in. It is not shown again.",
            issued.password,
        )

    def reset_password(self) -> None:
        user = self.selected()
        if user is None or not confirm(
            self,
            tr("Reset password"),
            tr(
                "Give {display_name} a one-time password? Their current password "
                "stops working at once, and the vault is re-keyed so it opens "
                "nothing from any copy."
            ).format(display_name=user.display_name),
            tr("&Reset password"),
        ):
            return
        issued = self._busy(lambda: self.ctx.workspace.accounts.reset_password(user.id), REKEYING)
        if issued:
            self._hand_over(issued, "The password was reset.")

    def disable(self) -> None:
        user = self.selected()
        if user is None or not confirm(
            self,
            tr("Disable account"),
            tr(
                "Disable {username}? {display_name} can no longer sign in; the "
                "vault is re-keyed so their password and key open nothing. You "
                "can enable the account again later."
            ).format(username=user.username, display_name=user.display_name),
            tr("&Disable"),
        ):
            return
        # Core announces the change ("account") once it is committed.
        self._busy(lambda: self.ctx.workspace.accounts.disable(user.id), REKEYING)

    def enable(self) -> None:
        user = self.selected()
        if user is None:
            return
        issued = self._busy(lambda: self.ctx.workspace.accounts.enable(user.id))
        if issued:
            self._hand_over(issued, "The account was enabled.")

    def remove(self) -> None:
        user = self.selected()
        if user is None or not confirm(
            self,
            tr("Remove account"),
            tr(
                "Remove {username} for good? {display_name} can never sign in "
                "again, their unsaved drafts are deleted and the vault is "
                "re-keyed. The account stays listed as removed, because the "
                "audit trail and their records name it."
            ).format(username=user.username, display_name=user.display_name),
            tr("Re&move"),
        ):
            return
        self._busy(lambda: self.ctx.workspace.accounts.remove(user.id), REKEYING)

    def new_recovery_key(self) -> None:
        if self.ctx.ws is None or not confirm(
            self,
            tr("New recovery key"),
            tr(
                "Make a new recovery key? The printed one stops working at once, and the vault "
                "is re-keyed. Have a pen or a printer ready: the new key is shown only once."
            ),
            tr("Make a &new key"),
        ):
            return
        key = self._busy(lambda: self.ctx.workspace.accounts.replace_recovery_key(), REKEYING)
        if isinstance(key, str):
            show_secret(
                self,
                "New recovery key",
                "Write down or print this recovery key and lock it away. It replaces a "
                "forgotten director password, and it is not shown again.",
                key,
            )

    def _busy(self, action: Callable[[], T], waiting: str = "") -> T | Literal[False]:
        """Run a change; False and a message when it was refused or failed. With `waiting`,
        say so first: re-keying rewrites the whole vault (seconds on a large one) in one
        call that cannot report how far it got."""
        notice = None
        if waiting:
            notice = QProgressDialog(waiting, "", 0, 0, self)
            notice.setObjectName("rekeyProgress")
            notice.setWindowTitle("CMS Desktop")
            notice.setCancelButton(None)
            notice.setWindowModality(Qt.WindowModality.WindowModal)
            notice.setMinimumDuration(0)
            notice.show()
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        kept = Kept()
        done = run(action, kept, busy=True)
        if notice is not None:
            notice.reset()
            notice.deleteLater()
        if done is None:
            if kept.error is not None:
                show_error(self, str(kept.error))
            return False
        return done.value


class AccountDialog(FormDialog):
    """Add an account; on success `issued` holds it and its one-time password."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.issued: IssuedPassword | None = None
        self.ui = Ui_AccountDialog()
        self.ui.setupUi(self)
        ui = self.ui
        for role in (Role.STAFF, Role.MEDIATOR, Role.DIRECTOR):
            ui.role.addItem(role.label, role.value)
        ws = ctx.workspace
        linked = {u.mediator_id for u in ws.accounts.list(include_removed=False) if u.mediator_id}
        ui.mediator.addItem(tr("Choose the mediator…"), None)
        for mediator in ws.roster.list(("active", "inactive", "suspended")):
            if mediator.id not in linked:
                ui.mediator.addItem(mediator.name, mediator.id)
        self.errors = FieldErrors(
            {
                "username": ui.usernameError,
                "display_name": ui.displayNameError,
                "mediator": ui.mediatorError,
            },
            {"username": ui.username, "display_name": ui.displayName, "mediator": ui.mediator},
            fallback=ui.usernameError,
            other=self,
        )
        ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("&Add account"))
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        ui.role.currentIndexChanged.connect(self._role_changed)
        ui.mediator.currentIndexChanged.connect(self._mediator_chosen)
        self._role_changed()

    def role(self) -> Role:
        return Role(self.ui.role.currentData())

    def _role_changed(self) -> None:
        is_mediator = self.role() is Role.MEDIATOR
        self.ui.mediator.setEnabled(is_mediator)
        self.ui.mediatorLabel.setEnabled(is_mediator)
        if not is_mediator:
            self.ui.mediator.setCurrentIndex(0)
            self.ui.mediatorError.clear()

    def _mediator_chosen(self) -> None:
        if self.ui.mediator.currentData() is None:
            return
        name = self.ui.mediator.currentText()
        if not self.ui.displayName.text().strip():
            self.ui.displayName.setText(name)
        if not self.ui.username.text().strip():
            first = "".join(ch for ch in name.split()[0].lower() if ch.isascii() and ch.isalnum())
            self.ui.username.setText(first)

    def save(self) -> None:
        ui = self.ui
        role = self.role()
        mediator_id = ui.mediator.currentData() if role is Role.MEDIATOR else None
        self.issued = self.ctx.workspace.accounts.add(
            ui.username.text(), ui.displayName.text(), role, mediator_id
        )
