"""The compliance review as a tree: mediator → area → one line per duty.

Built from core's ComplianceReport with the same words the printed report uses
(core/compliance_text.py). Every line carries, under LINE_ROLE, what it is and which case
and session it links to, so the page can open them and tests can read the model.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel

from cms_desktop.core import compliance_text as words
from cms_desktop.gui.i18n import tr
from cms_desktop.model.compliance import ComplianceReport, DutyState, MediatorCompliance
from cms_desktop.model.i18n import QT_TR_NOOP

LINE_ROLE = Qt.ItemDataRole.UserRole + 1
PENDING_ROLE = Qt.ItemDataRole.UserRole + 2  # an area whose lines are not added yet
COLUMNS = (
    QT_TR_NOOP("Mediator and duty"),
    QT_TR_NOOP("Clause"),
    QT_TR_NOOP("State"),
    QT_TR_NOOP("Case"),
    QT_TR_NOOP("Session"),
    QT_TR_NOOP("Date"),
)

FILTERS: dict[str, str] = {
    "all": "All duties",
    "missed": "Missed duties only",
    "disclosures": "Disclosures not reported",
    "destructions": "Notes held past the deadline",
    "standing": "Standing lapsed or lapsing",
}
MISSED_BRUSH = QBrush(QColor("#b00020"))
MISSED_STATES = frozenset({DutyState.LATE.value, DutyState.MISSED.value})
# An area with a missed duty opens by itself when it is this short; a longer one stays
# closed (its summary, in red, says what is missed) so a busy year still opens at once.
AUTO_EXPAND_LINES = 60


# The words of each kind of duty line, made only when the line is shown.
WORDS: dict[str, Callable[[Any], str]] = {
    "disclosure": words.disclosure_line,
    "destruction": words.destruction_line,
    "session": words.session_line,
    "override": words.override_line,
    "standing": words.standing_line,
    "decision": words.decision_line,
}


@dataclass(frozen=True)
class Line:
    """What a row of the tree stands for (kept on the row under LINE_ROLE)."""

    # mediator | group | disclosure | destruction | session | override | standing | decision
    kind: str
    mediator_id: int
    label: str = ""  # mediator and area rows; duty lines take their words from `source`
    clause: str = ""
    state: str = ""  # a DutyState value, or "" where none applies
    case_id: int | None = None
    case_number: str = ""
    session_id: int | None = None
    date: str = ""
    source: Any = None  # the duty record (ids, dates and counts only)

    @property
    def missed(self) -> bool:
        return self.state in MISSED_STATES

    @property
    def text(self) -> str:
        return WORDS[self.kind](self.source) if self.source is not None else self.label


def _state_label(kind: str, state: DutyState) -> str:
    table = {
        "disclosure": words.DISCLOSURE_STATES,
        "destruction": words.DESTRUCTION_STATES,
        "session": words.SESSION_STATES,
    }[kind]
    return table[state]


def _case_line(kind: str, mid: int, duty: Any, clause: str, state: str, when: str) -> Line:
    """A line that links to its case (and session): every duty but standing and decisions."""
    return Line(
        kind,
        mid,
        clause=clause,
        state=state,
        case_id=duty.case_id,
        case_number=duty.case_number,
        session_id=duty.session_id,
        date=when[:10],
        source=duty,
    )


def duty_lines(row: MediatorCompliance) -> dict[str, list[Line]]:
    """Every line of one mediator, by area, in the order the page shows them."""
    mid = row.mediator.id
    met, missed = DutyState.MET.value, DutyState.MISSED.value
    return {
        "disclosures": [
            _case_line("disclosure", mid, d, d.clause, d.state.value, d.deadline_at)
            for d in row.disclosures
        ],
        "destructions": [
            _case_line("destruction", mid, d, "R2", d.state.value, d.deadline_at)
            for d in row.destructions
        ],
        "sessions": [
            _case_line("session", mid, s, "E0, PR1, PR2", missed if s.gaps else met, s.starts_at)
            for s in row.sessions
        ],
        "overrides": [_case_line("override", mid, o, "", "", o.decided_at) for o in row.overrides],
        "standing": [
            Line("standing", mid, state=met if i.met else missed, date=i.lapses_on or "", source=i)
            for i in row.standing.items
        ],
        "decisions": [
            Line("decision", mid, clause=d.clause or "", date=d.decided_at[:10], source=d)
            for d in row.decisions
        ],
        "declarations": [],  # a count per mediator (the summary); no line per case
    }


GROUPS: dict[str, tuple[str, str]] = {
    "disclosures": ("Disclosures learned and reported", "F1, F2"),
    "destructions": ("Notes destroyed after the final agreement", "R2"),
    "sessions": ("Sessions held", "E0, PR1, PR2"),
    "overrides": ("Director overrides", ""),
    "standing": ("Training and standing", ""),
    "decisions": ("Roster decisions", "F1, F2, F3"),
    "declarations": ("Conflict declarations before opening a case", "F3"),
}


def _group_summary(area: str, row: MediatorCompliance, lines: list[Line]) -> str:
    return {
        "disclosures": lambda: words.disclosures_summary(row),
        "destructions": lambda: words.destructions_summary(row),
        "sessions": lambda: words.sessions_summary(row),
        "overrides": lambda: f"{len(lines)} listed" if lines else "none",
        "standing": lambda: words.standing_summary(row),
        "decisions": lambda: f"{len(lines)} in the period" if lines else "none",
        "declarations": lambda: (
            f"{row.undeclared} assigned case(s) not declared yet"
            if row.undeclared
            else "none missing"
        ),
    }[area]()


def line_filter(name: str, today: date, warning_days: int) -> Callable[[Line], bool] | None:
    """Which duty lines a filter keeps; None keeps everything, empty areas included."""
    if name == "all":
        return None
    warn_until = (today + timedelta(days=warning_days)).isoformat()
    return {
        "missed": lambda line: line.missed,
        "disclosures": lambda line: line.kind == "disclosure" and line.state == "missed",
        "destructions": lambda line: line.kind == "destruction" and line.state == "missed",
        "standing": lambda line: (
            line.kind == "standing" and (line.missed or bool(line.date and line.date <= warn_until))
        ),
    }[name]


def _row(line: Line, state_text: str, bold: bool = False) -> list[QStandardItem]:
    session = f"#{line.session_id}" if line.session_id else ""
    cells = [line.text, line.clause, state_text, line.case_number, session, line.date]
    items = []
    for text in cells:
        item = QStandardItem(text)
        item.setEditable(False)
        item.setToolTip(text)
        if bold:
            font = item.font()
            font.setBold(True)
            item.setFont(font)
        if line.missed:
            item.setForeground(MISSED_BRUSH)
        items.append(item)
    items[0].setData(line, LINE_ROLE)
    # Every role we read is set: PySide6 6.12 on Python 3.11 drops a reference to None each
    # time data() finds a role unset, and enough of those crash the interpreter.
    items[0].setData(0, PENDING_ROLE)
    return items


def _line_row(line: Line) -> list[QStandardItem]:
    if line.kind in ("disclosure", "destruction", "session"):
        label = _state_label(line.kind, DutyState(line.state))
    elif line.kind == "standing":
        label = "met" if line.state == "met" else "short"
    else:
        label = ""
    return _row(line, label)


_ROOT = QModelIndex()


class ComplianceModel(QStandardItemModel):
    """The tree's model. An area's lines are added when the area is first expanded (Qt's
    fetchMore), so a year of a busy office opens at once: a person reads a few areas."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._pending: dict[int, list[Line]] = {}
        self._next_key = 0

    def clear(self) -> None:
        self._pending.clear()
        super().clear()

    def _key(self, parent: QModelIndex) -> int:
        """The pending lines' key of an area row (0: none); read from column 0, where set."""
        if not parent.isValid() or parent.column() != 0:
            return 0
        return parent.data(PENDING_ROLE)

    def hasChildren(self, parent: QModelIndex = _ROOT) -> bool:
        return self._key(parent) in self._pending or super().hasChildren(parent)

    def canFetchMore(self, parent: QModelIndex) -> bool:
        return self._key(parent) in self._pending

    def fetchMore(self, parent: QModelIndex) -> None:
        lines = self._pending.pop(self._key(parent), [])
        item = self.itemFromIndex(parent)
        if item is not None and lines:
            for line in lines:
                item.appendRow(_line_row(line))

    def defer(self, item: QStandardItem, lines: list[Line]) -> None:
        self._next_key += 1
        key = self._next_key
        self._pending[key] = lines
        item.setData(key, PENDING_ROLE)


def build_model(
    report: ComplianceReport, model: ComplianceModel, keep: Callable[[Line], bool] | None
) -> list[QModelIndex]:
    """Fill `model` with the report's mediators, areas and the duty lines `keep` keeps
    (None: all of them; otherwise mediators and areas left empty are dropped).

    Returns the rows to expand: every mediator, and every area holding a missed duty (or,
    under a filter, every area shown)."""
    model.clear()
    model.setHorizontalHeaderLabels([tr(title) for title in COLUMNS])
    show_all = keep is None
    expand: list[QStandardItem] = []
    for row in report.mediators:
        areas = duty_lines(row)
        kept = {
            area: [line for line in lines if show_all or keep(line)]  # type: ignore[misc]
            for area, lines in areas.items()
        }
        if not show_all and not any(kept.values()):
            continue
        status = words.roster_summary(row) + (f"; {row.missed} missed" if row.missed else "")
        head = Line("mediator", row.mediator.id, row.mediator.name)
        mediator_items = _row(head, status, bold=True)
        if row.missed:
            mediator_items[2].setForeground(MISSED_BRUSH)
        expand.append(mediator_items[0])
        for area, lines in kept.items():
            if not lines and not show_all:
                continue
            title, clauses = GROUPS[area]
            group = Line("group", row.mediator.id, title, clauses)
            group_items = _row(group, _group_summary(area, row, areas[area]))
            if area == "declarations" and row.undeclared:
                for item in group_items[1:3]:
                    item.setForeground(MISSED_BRUSH)
            if lines:
                model.defer(group_items[0], lines)
                missed = any(line.missed for line in lines)
                if missed:
                    for item in group_items[1:3]:
                        item.setForeground(MISSED_BRUSH)
                if (not show_all or missed) and len(lines) <= AUTO_EXPAND_LINES:
                    expand.append(group_items[0])
            mediator_items[0].appendRow(group_items)
        model.appendRow(mediator_items)
    return [item.index() for item in expand]
