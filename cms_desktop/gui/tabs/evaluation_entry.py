"""Keyboard entry of one returned evaluation form.

Typing follows the paper: a digit 1-5 (or 0 for "does not apply") answers the current
question and moves to the next; Space or "." leaves it blank; Backspace goes back; the
role is one letter (P, S, O by default, from the questionnaire); Enter asks to save.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QWidget

from cms_desktop.gui.i18n import tr
from cms_desktop.model.evaluations import NOT_APPLICABLE, ROLE_NOT_STATED, Questionnaire

ANSWER_KEYS = {getattr(Qt.Key, f"Key_{d}"): d for d in range(6)}
BLANK_KEYS = {Qt.Key.Key_Space, Qt.Key.Key_Period}
ENTER_KEYS = {Qt.Key.Key_Return, Qt.Key.Key_Enter}


class EntryPad(QWidget):
    changed = Signal()
    save_requested = Signal()
    questions_done = Signal()  # moved past the last question
    rejected_key = Signal(str)  # one sentence: why a key did nothing

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("entryPad")
        self.setAccessibleName(tr("Answers"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # Minimum, not Fixed: wrapped question texts need more height when the pad is narrow.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.questionnaire: Questionnaire | None = None
        self.answers: dict[str, int] = {}
        self.role: str = ROLE_NOT_STATED
        self.current = 0
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(6, 6, 6, 6)
        self._grid.setHorizontalSpacing(10)
        self._grid.setVerticalSpacing(3)
        self._role_label = QLabel(self)
        self._role_label.setObjectName("roleLine")
        self._rows: list[tuple[QLabel, QLabel, QLabel]] = []

    # -- set up ------------------------------------------------------------------------
    def set_questionnaire(self, questionnaire: Questionnaire) -> None:
        keys = set(questionnaire.keys)
        self.answers = {k: v for k, v in self.answers.items() if k in keys}
        if self.questionnaire is not None and self.questionnaire.version == questionnaire.version:
            self._refresh()
            return
        self.questionnaire = questionnaire
        for row in self._rows:
            for label in row:
                label.hide()
                label.deleteLater()
        self._rows = []
        self._grid.addWidget(self._role_label, 0, 0, 1, 3)
        for index, question in enumerate(questionnaire.questions, start=1):
            labels = (QLabel(f"{index}.", self), QLabel(question.text, self), QLabel(self))
            labels[1].setWordWrap(True)
            labels[2].setMinimumWidth(170)
            for column, label in enumerate(labels):
                self._grid.addWidget(label, index, column)
            self._rows.append(labels)
        self._grid.setColumnStretch(1, 1)
        self.current = min(self.current, len(self._rows))
        self._refresh()

    def clear(self) -> None:
        self.answers = {}
        self.role = ROLE_NOT_STATED
        self.current = 0
        self._refresh()

    def restore(self, answers: dict[str, int], role: str, current: int) -> None:
        keys = self.questionnaire.keys if self.questionnaire else ()
        self.answers = {k: int(v) for k, v in answers.items() if k in keys}
        self.role = role
        self.current = max(0, min(current, len(keys)))
        self._refresh()

    @property
    def is_empty(self) -> bool:
        return not self.answers and self.role == ROLE_NOT_STATED

    def unanswered(self) -> list[int]:
        """Numbers (1-based) of the questions left blank."""
        keys = self.questionnaire.keys if self.questionnaire else ()
        return [i for i, key in enumerate(keys, start=1) if key not in self.answers]

    # -- typing ------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.questionnaire is None:
            super().keyPressEvent(event)
            return
        key = event.key()
        count = len(self.questionnaire.questions)
        text = event.text().upper()
        roles = {r.hotkey.upper(): r.key for r in self.questionnaire.roles}
        if key in ANSWER_KEYS and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            if self.current >= count:
                self.rejected_key.emit(tr("Every question has an answer; press Enter to save."))
                return
            self.answers[self.questionnaire.questions[self.current].key] = ANSWER_KEYS[key]
            self._advance(count)
        elif key in BLANK_KEYS:
            if self.current < count:
                self.answers.pop(self.questionnaire.questions[self.current].key, None)
                self._advance(count)
        elif key == Qt.Key.Key_Backspace:
            if self.current > 0:
                self.current -= 1
                self.answers.pop(self.questionnaire.questions[self.current].key, None)
                self._changed()
        elif key == Qt.Key.Key_Up:
            self.current = max(0, self.current - 1)
            self._changed()
        elif key == Qt.Key.Key_Down:
            self.current = min(count, self.current + 1)
            self._changed()
        elif key in ENTER_KEYS:
            self.save_requested.emit()
        elif text and text in roles and not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier:
            self.role = roles[text]
            self._changed()
        elif text and text.isdigit():
            self.rejected_key.emit(tr("Answers are 1 to 5, or 0 for does not apply."))
        else:
            super().keyPressEvent(event)

    def _advance(self, count: int) -> None:
        self.current += 1
        self._changed()
        if self.current >= count:
            self.questions_done.emit()

    def _changed(self) -> None:
        self._refresh()
        self.changed.emit()

    # -- showing -----------------------------------------------------------------------
    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        """A frame in the highlight colour while typing goes to the pad."""
        super().paintEvent(event)
        painter = QPainter(self)
        role = QPalette.ColorRole.Highlight if self.hasFocus() else QPalette.ColorRole.Mid
        painter.setPen(QPen(self.palette().color(role), 2 if self.hasFocus() else 1))
        painter.drawRoundedRect(self.rect().adjusted(1, 1, -1, -1), 4, 4)
        painter.end()

    def _refresh(self) -> None:
        q = self.questionnaire
        if q is None:
            return
        choices = []
        for role in q.roles:
            text = f"{escape(role.label)} ({role.hotkey})"
            choices.append(f"<b><u>{text}</u></b>" if role.key == self.role else text)
        self._role_label.setText(tr("Role: ") + " · ".join(choices))
        for index, (number, text, answer) in enumerate(self._rows):
            question = q.questions[index]
            value = self.answers.get(question.key)
            if value is None:
                shown = "—"
            elif value == NOT_APPLICABLE:
                shown = f"0 · {q.scale_of(question).not_applicable}"
            else:
                shown = f"{value} · {q.scale_of(question).label(value)}"
            answer.setText(shown)
            current = index == self.current
            for label in (number, text, answer):
                font = label.font()
                font.setBold(current)
                label.setFont(font)
            number.setText(f"▶ {index + 1}." if current else f"{index + 1}.")
        self.setAccessibleDescription(self.describe())

    def describe(self) -> str:
        q = self.questionnaire
        if q is None:
            return ""
        role = q.role_label(self.role)
        if self.current >= len(q.questions):
            where = "All questions done; Enter saves."
        else:
            question = q.questions[self.current]
            where = f"Question {self.current + 1} of {len(q.questions)}: {question.text}"
        return f"Role: {role}. {where}"
