"""The director's reminders on the main window: counts with a link, never a name or content.

Fills the window's `reminderBar` label with overdue disclosures, notes held past their
deadline and mediators whose standing lapsed or lapses soon. A link emits
`topic_requested(topic)`, which the main window answers by opening Compliance
filtered to that topic.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel

from cms_desktop.core.permissions import Action
from cms_desktop.gui.context import AppContext
from cms_desktop.gui.i18n import tr
from cms_desktop.gui.run import IGNORE, run
from cms_desktop.model.compliance import Reminders

# Deadlines pass while the window is open; recount now and then as well as on changes.
RECOUNT_MS = 10 * 60 * 1000


# topic (the link), the count's field, and its words for one and for many
REMINDERS = (
    (
        "disclosures",
        "overdue_disclosures",
        "disclosure not reported by its deadline",
        "disclosures not reported by their deadline",
    ),
    (
        "destructions",
        "overdue_destructions",
        "case holding notes past the deadline",
        "cases holding notes past the deadline",
    ),
    (
        "standing",
        "standing_lapsing",
        "mediator's training or standing lapsed or lapsing",
        "mediators' training or standing lapsed or lapsing",
    ),
    (
        "declarations",
        "conflicts_declared",
        "case needs a new mediator after a declared conflict",
        "cases need a new mediator after a declared conflict",
    ),
)


def with_backups(html: str, sentences: list[str]) -> str:
    """The backup reminders (plain sentences, no link) after the others."""
    if not sentences:
        return html
    text = " · ".join(escape(s) for s in sentences)
    return f"{html} · {text}" if html else tr("<b>Reminders:</b> {text}").format(text=text)


def reminder_html(reminders: Reminders, retention: int = 0) -> str:
    links = []
    for topic, field, one, many in REMINDERS:
        count = getattr(reminders, field)
        if count:
            links.append(f'<a href="{topic}">{count} {one if count == 1 else many}</a>')
    if retention:  # the month's review of the records schedule
        noun = "case reaches the end of its" if retention == 1 else "cases reach the end of their"
        links.append(f'<a href="retention">{retention} {noun} retention</a>')
    return tr("<b>Reminders:</b> {text}").format(text=" · ".join(links)) if links else ""


class ReminderBar(QObject):
    topic_requested = Signal(str)  # "disclosures" | "destructions" | "standing" | "retention"

    def __init__(self, ctx: AppContext, label: QLabel) -> None:
        super().__init__(label)
        self.ctx = ctx
        self.label = label
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        label.setContentsMargins(8, 4, 8, 4)
        label.linkActivated.connect(self.topic_requested.emit)
        # A burst of changes (a save touching several records) recounts once.
        self.soon = QTimer(self)
        self.soon.setSingleShot(True)
        self.soon.setInterval(0)
        self.soon.timeout.connect(self.refresh)
        ctx.signed_in.connect(self.refresh)
        ctx.records_changed.connect(lambda _area, _id: self.soon.start())
        ctx.locking.connect(self.clear)
        self.timer = QTimer(self)
        self.timer.setInterval(RECOUNT_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()

    def refresh(self) -> None:
        ws = self.ctx.ws
        if ws is None or not ws.can(Action.VIEW_COMPLIANCE):
            self.clear()
            return
        # a reminder is not worth an error dialog; the page will say
        retention = ws.can(Action.MANAGE_RETENTION)
        found = run(
            lambda: with_backups(
                reminder_html(
                    ws.compliance.reminders(), ws.retention.month_reminder() if retention else 0
                ),
                ws.backups.reminders(),
            ),
            IGNORE,
        )
        html = found.value if found else ""
        self.label.setText(html)
        self.label.setVisible(bool(html))

    def clear(self) -> None:
        self.soon.stop()
        self.label.clear()
        self.label.setVisible(False)
