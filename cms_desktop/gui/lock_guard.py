"""The lock: idle time, sleep, Ctrl+L and sign-out hide every record and close the vault;
nothing typed is lost.

- Idle time is counted on the wall clock, so time the machine spent asleep counts. Two
  checks guard it: a timer every few seconds, and every key press or click (the input that
  wakes the machine must lock it, not count as activity). A wall-clock jump between two
  timer checks larger than the idle time means the machine slept: that locks too.
- Before the vault closes, every case tab and office page gives up its unsaved edits
  (`unsaved_edits()`); they are kept as the user's draft inside the vault, never on disk in
  plaintext, and every record is cleared from the screen (`clear_for_lock()`). Open dialogs
  are closed.
- The same user unlocking gets their edits back at once. Someone else may sign in at the
  lock screen instead: the first user's draft stays in the vault and comes back on screen,
  as unsaved edits, at their next sign-in (the status bar says from when).

The guard knows the window only through `LockHost` (what holds edits, how to clear the
rest of the screen, how to show a case) and says what happened with its `locked` and
`unlocked` signals, so tests/gui/test_lock_guard.py drives it without a main window.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from cms_desktop.core.audit_kinds import AuditKind
from cms_desktop.core.clock import parse_iso
from cms_desktop.core.signin import sign_in
from cms_desktop.core.throttle import SignInThrottle
from cms_desktop.core.workspace import Workspace
from cms_desktop.gui.context import AppContext
from cms_desktop.gui.i18n import tr
from cms_desktop.gui.messages import show_error
from cms_desktop.gui.run import IGNORE, Say, run
from cms_desktop.model.accounts import User

IDLE_CHECK_MS = 5_000
_INPUT = (
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
)


class LockAware(Protocol):
    """A case tab or an office page: gives up its unsaved edits, takes them back, and
    clears every record it shows."""

    def unsaved_edits(self) -> dict[str, Any] | None: ...

    def restore_edits(self, edits: dict[str, Any]) -> None: ...

    def clear_for_lock(self) -> None: ...


def is_lock_aware(widget: object) -> bool:
    return all(hasattr(widget, m) for m in ("unsaved_edits", "restore_edits", "clear_for_lock"))


class LockHost(Protocol):
    """What the lock needs of the window."""

    def case_tabs(self) -> dict[str, LockAware]:
        """The case tabs by name (their edits are kept under "tabs")."""
        ...

    def office_pages(self) -> dict[str, LockAware]:
        """The lock-aware office pages by object name (their edits go under "pages")."""
        ...

    def clear_for_lock(self) -> None:
        """Clear what else shows records (the case list)."""
        ...

    def select_case(self, case_id: int | None) -> None: ...


class LockGuard(QObject):
    # Locked: the user name and display name for the lock screen (empty after sign-out).
    locked_for = Signal(str, str)
    unlocked = Signal()  # a workspace is open again (ctx.ws): show the window for it
    unlock_failed = Signal(str)  # the sentence for the lock screen

    def __init__(
        self,
        ctx: AppContext,
        host: LockHost,
        vault_path: Path,
        throttle: SignInThrottle,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.parent_widget = parent  # where a refusal is said
        self.host = host
        self.ctx = ctx
        self.vault_path = vault_path
        self.throttle = throttle
        self.locked = False
        now = self.ctx.clock.now()
        self.last_activity: datetime = now
        self.last_check: datetime = now
        self.locked_by: User | None = None  # who was signed in when it locked
        self.locked_case: int | None = None
        # Edits the vault could not take at a lock (disk full): kept in memory only.
        self.held: tuple[int, dict[str, Any]] | None = None
        # While a long task runs (its progress shown), the person is waiting, not idle.
        self.busy = 0
        self.timer = QTimer(self)
        self.timer.setInterval(IDLE_CHECK_MS)
        self.timer.timeout.connect(self.check_idle)
        self.timer.start()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    # -- when to lock ---------------------------------------------------------------------
    def _idle_limit(self) -> timedelta:
        return timedelta(minutes=self.ctx.workspace.settings.idle_lock_minutes)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT:
            now = self.ctx.clock.now()
            if (
                not self.locked
                and self.ctx.ws is not None
                and now - self.last_activity >= self._idle_limit()
            ):
                self.lock("idle")  # this input woke the machine; it is not activity
                return True
            self.last_activity = now
        return False

    def check_idle(self) -> None:
        now = self.ctx.clock.now()
        previous, self.last_check = self.last_check, now
        if self.locked or self.ctx.ws is None:
            return
        if self.busy:
            self.last_activity = now
            return
        limit = self._idle_limit()
        if now - previous > limit:
            self.lock("resumed from sleep")
        elif now - self.last_activity >= limit:
            self.lock("idle")

    # -- locking --------------------------------------------------------------------------
    def lock(self, reason: str = "", signing_out: bool = False) -> None:
        """Keep unsaved edits as a draft, clear every record off the screen, close the vault."""
        if self.locked or self.ctx.ws is None:
            return
        ws = self.ctx.workspace
        self._close_dialogs()
        self.keep_drafts(ws)
        self.ctx.locking.emit()
        for widget in self._lock_aware():
            widget.clear_for_lock()
        self.host.clear_for_lock()
        if signing_out:
            ws.sign_out()
        else:
            ws.lock(reason)
        self.ctx.ws = None
        self.locked_case, self.ctx.current_case = self.ctx.current_case, None
        self.locked_by = None if signing_out else ws.user
        self.locked = True
        if signing_out:
            self.locked_for.emit("", "")
        else:
            self.locked_for.emit(ws.user.username, ws.user.display_name)

    def sign_out(self) -> None:
        self.lock(signing_out=True)

    @contextlib.contextmanager
    def working(self) -> Iterator[None]:
        """A long task with a progress dialog is running: do not lock under it."""
        self.busy += 1
        try:
            yield
        finally:
            self.busy -= 1
            self.last_activity = self.ctx.clock.now()

    def _close_dialogs(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()

    def _lock_aware(self) -> list[LockAware]:
        return [*self.host.case_tabs().values(), *self.host.office_pages().values()]

    # -- unlocking ------------------------------------------------------------------------
    def unlock(self, username: str, password: str) -> None:
        same = self.locked_by is not None and (
            username.casefold() == self.locked_by.username.casefold()
        )
        signed_in = run(
            lambda: sign_in(
                self.vault_path,
                username,
                password,
                self.ctx.clock,
                self.throttle,
                event=AuditKind.UNLOCK if same else AuditKind.SIGN_IN,
            ),
            Say(self.unlock_failed.emit, clear=False),
        )
        if signed_in is not None:
            self.signed_in(signed_in.value)

    def signed_in(self, ws: Workspace) -> None:
        """Show the window for `ws` (after an unlock, a sign-in or the recovery key)."""
        same = self.locked_by is not None and self.locked_by.id == ws.user.id
        self.ctx.ws = ws
        self.locked = False
        self.last_activity = self.last_check = self.ctx.clock.now()
        self.unlocked.emit()
        if (
            same
            and self.locked_case is not None
            and self.ctx.current_case is None
            and ws.can_view_case(self.locked_case)
        ):
            self.host.select_case(self.locked_case)
        self.locked_case = None
        self.locked_by = None

    # -- drafts ---------------------------------------------------------------------------
    def collect_edits(self) -> dict[str, Any]:
        tabs = {name: tab.unsaved_edits() for name, tab in self.host.case_tabs().items()}
        pages = {name: page.unsaved_edits() for name, page in self.host.office_pages().items()}
        return {
            "case": self.ctx.current_case,
            "tabs": {k: v for k, v in tabs.items() if v},
            "pages": {k: v for k, v in pages.items() if v},
        }

    def keep_drafts(self, ws: Workspace) -> None:
        data = self.collect_edits()
        if not data["tabs"] and not data["pages"]:
            return
        if run(lambda: ws.drafts.keep(data), IGNORE) is None:
            self.held = (ws.user.id, data)  # memory only; never a file

    def offer_drafts(self) -> None:
        """After a sign-in: give the user back what a lock (or closing) kept for them.

        The edits come back on screen as unsaved edits, never saved on their own: the person
        saves them or discards them (Edit ▸ Discard changes). No question blocks the sign-in;
        when they come from an earlier session, the status bar says from when.
        """
        ws = self.ctx.workspace
        same_session = self.locked_by is not None and self.locked_by.id == ws.user.id
        if self.held is not None and self.held[0] == ws.user.id:
            data, self.held = self.held[1], None
            self.restore(data)
            return
        drafts = ws.drafts
        draft = run(drafts.peek, self.parent_widget)
        if draft is None or draft.value is None:
            return
        restored = self.restore(draft.value.data)
        if run(lambda: drafts.discard(restored=restored), self.parent_widget) is None:
            return
        if restored and not same_session:
            when = parse_iso(draft.value.saved_at).astimezone().strftime("%d %b %Y at %H:%M")
            self.ctx.status_message.emit(
                tr(
                    "Your unsaved edits from {when} are back on screen; save them or discard them."
                ).format(when=when)
            )

    def restore(self, data: dict[str, Any]) -> bool:
        """Put edits back; False when their case is no longer open to this user."""
        ws = self.ctx.workspace
        case_id = data.get("case")
        tabs = data.get("tabs") or {}
        if tabs:
            if case_id is not None and not ws.can_view_case(case_id):
                show_error(
                    self.parent_widget,
                    tr(
                        "Your unsaved edits were on a case you no longer have access to, so they "
                        "could not be put back."
                    ),
                )
                tabs = {}
            else:  # case None: edits of a case not saved yet (a new case)
                self.host.select_case(case_id)
            case_tabs = self.host.case_tabs()
            for name, edits in tabs.items():
                if name in case_tabs:
                    case_tabs[name].restore_edits(edits)
        pages = data.get("pages") or {}
        for name, page in self.host.office_pages().items():
            edits = pages.get(name)
            if edits:
                page.restore_edits(edits)
        return bool(tabs or pages)

    # -- closing --------------------------------------------------------------------------
    def shutdown(self) -> None:
        """The window closes: keep drafts, record the sign-out, close the vault."""
        if self.ctx.ws is not None:
            ws = self.ctx.workspace
            self.keep_drafts(ws)
            ws.sign_out()
            self.ctx.ws = None
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
