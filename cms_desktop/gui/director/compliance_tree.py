"""The compliance review as a tree: mediator → area → one line per duty.

Built from core's ComplianceReport with the same words the printed report uses
(core/compliance_text.py). Every line carries, under LINE_ROLE, what it is and which case
and session it links to, so the page can open them and tests can read the model.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel

from cms_desktop.core import compliance_text as words
from cms_desktop.model.compliance import ComplianceReport, DutyState, MediatorCompliance

LINE_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = ("Mediator and duty", "Clause", "State", "Case", "Session", "Date")

FILTERS: dict[str, str] = {
    "all": "All duties",
    "missed": "Missed duties only",
    "disclosures": "Disclosures not reported",
    "destructions": "Notes held past the deadline",
    "standing": "Standing lapsed or lapsing",
}
MISSED_BRUSH = QBrush(QColor("#b00020"))


@dataclass(frozen=True)
class Line:
    """What a row of the tree stands for (kept on the row under LINE_ROLE)."""

    # mediator | group | disclosure | destruction | session | override | standing | decision
    kind: str
    mediator_id: int
    text: str
    clause: str = ""
    state: str = ""  # a DutyState value, or "" where none applies
    case_id: int | None = None
    case_number: str = ""
    session_id: int | None = None
    date: str = ""

    @property
    def missed(self) -> bool:
        return self.state in (DutyState.LATE.value, DutyState.MISSED.value)


def _state_label(kind: str, state: DutyState) -> str:
    table = {
        "disclosure": words.DISCLOSURE_STATES,
        "destruction": words.DESTRUCTION_STATES,
        "session": words.SESSION_STATES,
    }[kind]
    return table[state]


def duty_lines(row: MediatorCompliance) -> dict[str, list[Line]]:
    """Every line of one mediator, by area, in the order the page shows them."""
    mid = row.mediator.id
    areas: dict[str, list[Line]] = {}
    areas["disclosures"] = [
        Line(
            "disclosure",
            mid,
            words.disclosure_line(d),
            d.clause,
            d.state.value,
            d.case_id,
            d.case_number,
            d.session_id,
            words.day(d.deadline_at),
        )
        for d in row.disclosures
    ]
    areas["destructions"] = [
        Line(
            "destruction",
            mid,
            words.destruction_line(d),
            "R2",
            d.state.value,
            d.case_id,
            d.case_number,
            d.session_id,
            words.day(d.deadline_at),
        )
        for d in row.destructions
    ]
    areas["sessions"] = [
        Line(
            "session",
            mid,
            words.session_line(s),
            "E0, PR1, PR2",
            s.state.value,
            s.case_id,
            s.case_number,
            s.session_id,
            words.day(s.starts_at),
        )
        for s in row.sessions
    ]
    areas["overrides"] = [
        Line(
            "override",
            mid,
            words.override_line(o),
            "",
            "",
            o.case_id,
            o.case_number,
            o.session_id,
            words.day(o.decided_at),
        )
        for o in row.overrides
    ]
    areas["standing"] = [
        Line(
            "standing",
            mid,
            words.standing_line(i),
            "",
            (DutyState.MET if i.met else DutyState.MISSED).value,
            date=i.lapses_on or "",
        )
        for i in row.standing.items
    ]
    areas["decisions"] = [
        Line(
            "decision",
            mid,
            words.decision_line(d),
            d.clause or "",
            "",
            date=words.day(d.decided_at),
        )
        for d in row.decisions
    ]
    return areas


GROUPS: dict[str, tuple[str, str]] = {
    "disclosures": ("Disclosures learned and reported", "F1, F2"),
    "destructions": ("Notes destroyed after the final agreement", "R2"),
    "sessions": ("Sessions held", "E0, PR1, PR2"),
    "overrides": ("Director overrides", ""),
    "standing": ("Training and standing", ""),
    "decisions": ("Roster decisions", "F1, F2, F3"),
}


def _group_summary(area: str, row: MediatorCompliance, lines: list[Line]) -> str:
    return {
        "disclosures": lambda: words.disclosures_summary(row),
        "destructions": lambda: words.destructions_summary(row),
        "sessions": lambda: words.sessions_summary(row),
        "overrides": lambda: f"{len(lines)} listed" if lines else "none",
        "standing": lambda: words.standing_summary(row),
        "decisions": lambda: f"{len(lines)} in the period" if lines else "none",
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
    return items


def build_model(
    report: ComplianceReport, model: QStandardItemModel, keep: Callable[[Line], bool] | None
) -> None:
    """Fill `model` with the report's mediators, areas and the duty lines `keep` keeps
    (None: all of them; otherwise mediators and areas left empty are dropped)."""
    model.clear()
    model.setHorizontalHeaderLabels(list(COLUMNS))
    show_all = keep is None
    for row in report.mediators:
        areas = duty_lines(row)
        kept = {
            area: [line for line in lines if show_all or keep(line)]  # type: ignore[misc]
            for area, lines in areas.items()
        }
        if not show_all and not any(kept.values()):
            continue
        status = words.roster_summary(row) + (f"; {row.missed} missed" if row.missed else "")
        head = Line("mediator", row.mediator.id, row.mediator.name, state="")
        mediator_items = _row(head, status, bold=True)
        if row.missed:
            mediator_items[2].setForeground(MISSED_BRUSH)
        for area, lines in kept.items():
            if not lines and not show_all:
                continue
            title, clauses = GROUPS[area]
            group = Line("group", row.mediator.id, title, clauses)
            group_items = _row(group, _group_summary(area, row, areas[area]))
            for line in lines:
                state = line.state
                if line.kind in ("disclosure", "destruction", "session"):
                    label = _state_label(line.kind, DutyState(state))
                elif line.kind == "standing":
                    label = "met" if state == "met" else "short"
                else:
                    label = ""
                group_items[0].appendRow(_row(line, label))
            mediator_items[0].appendRow(group_items)
        model.appendRow(mediator_items)
