"""The E0 confirmation: a tick for the policy and for each exception, each beside the
words from the one policy text (core/policy_text.py) that the interviewer explains."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QWidget

from cms_desktop.core.intake import explanation_items
from cms_desktop.core.policy_text import policy_text
from cms_desktop.gui.i18n import tr
from cms_desktop.gui.intake.fields import set_tab_chain
from cms_desktop.model.cases import POLICY_EXPLAINED


class ExplainedPanel(QObject):
    changed = Signal()

    def __init__(self, host: QWidget, grid: QGridLayout, before: QWidget, after: QWidget) -> None:
        super().__init__(host)
        text = policy_text()
        self.boxes: dict[str, QCheckBox] = {}
        for row, item in enumerate(explanation_items()):
            if item == POLICY_EXPLAINED:
                title = "The confidentiality policy"
                words = text.confidentiality
            else:
                exception = text.exception(item)
                title = f"{exception.clause} {exception.title}"
                words = exception.text
            box = QCheckBox(title, host)
            box.setObjectName(f"explained_{item}")
            box.setAccessibleName(tr("Explained: {title}").format(title=title))
            box.setAccessibleDescription(words)
            box.setStyleSheet("font-weight: 600;")
            label = QLabel(words, host)
            label.setObjectName(f"explainedText_{item}")
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setContentsMargins(24, 0, 0, 6)  # under the box's text, not its tick
            grid.addWidget(box, 2 * row, 0)
            grid.addWidget(label, 2 * row + 1, 0)
            box.toggled.connect(self.changed)
            self.boxes[item] = box
        set_tab_chain([before, *self.boxes.values(), after])

    def ticked(self) -> list[str]:
        return [item for item, box in self.boxes.items() if box.isChecked()]

    def set_ticked(self, items: frozenset[str] | list[str]) -> None:
        for item, box in self.boxes.items():
            box.setChecked(item in items)

    def all_ticked(self) -> bool:
        return all(box.isChecked() for box in self.boxes.values())

    def set_editable(self, editable: bool) -> None:
        for box in self.boxes.values():
            box.setEnabled(editable)
