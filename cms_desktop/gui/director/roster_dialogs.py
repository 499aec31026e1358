"""The director's dialogs on the roster: a decision (suspend, remove, reinstate) and a
training record. Each calls core on OK and stays open, saying what is wrong next to the
field, when core refuses; nothing typed is lost by a refusal."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from cms_desktop.gui.form_dialog import FormDialog
from cms_desktop.gui.generated.ui_roster_decision_dialog import Ui_RosterDecisionDialog
from cms_desktop.gui.generated.ui_training_dialog import Ui_TrainingDialog
from cms_desktop.gui.i18n import tr
from cms_desktop.gui.qt_time import from_qdate, to_qdate
from cms_desktop.gui.run import FieldErrors
from cms_desktop.model.compliance import (
    CLAUSE_LABELS,
    REMOVAL_CLAUSES,
    STANDING_DATES,
    TRAINING_KINDS,
    Decision,
)

log = logging.getLogger(__name__)

CONSEQUENCES = {
    Decision.SUSPEND: "{name} will not be assigned to new sessions until reinstated. Their "
    "current cases stay with them unless a session is given to another mediator.",
    Decision.REMOVE: "{name} comes off the roster: no new sessions, and their assignments to "
    "open cases (and to any case still holding notes) end now, so an account linked to them "
    "can no longer open those cases.",
    Decision.REINSTATE: "{name} becomes active again and can be assigned to new sessions if "
    "their training and standing are in order. Ended case assignments are not restored.",
}
TITLES = {
    Decision.SUSPEND: "Suspend {name}",
    Decision.REMOVE: "Remove {name} from the roster",
    Decision.REINSTATE: "Reinstate {name}",
}


class RosterDecisionDialog(FormDialog):
    """Suspend or remove under a clause, or reinstate, always with a written reason."""

    def __init__(
        self,
        decision: Decision,
        mediator_name: str,
        submit: Callable[[str | None, str], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_RosterDecisionDialog()
        self.ui.setupUi(self)
        self.decision = decision
        self._save = submit
        self.errors = FieldErrors(
            {"clause": self.ui.clauseError, "reason": self.ui.reasonError},
            fallback=self.ui.generalError,
        )
        self.setWindowTitle(TITLES[decision].format(name=mediator_name))
        self.ui.intro.setText(TITLES[decision].format(name=mediator_name) + ".")
        self.ui.consequence.setText(CONSEQUENCES[decision].format(name=mediator_name))
        combo = self.ui.clauseCombo
        if decision.needs_clause:
            combo.addItem(tr("Choose the clause…"), "")  # never None: see compliance_tree.py
            for clause in REMOVAL_CLAUSES:
                combo.addItem(CLAUSE_LABELS[clause], clause)
        else:
            self.ui.clauseLabel.setVisible(False)
            combo.setVisible(False)
        ok = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText({"suspend": "Suspend", "remove": "Remove", "reinstate": "Reinstate"}[decision])
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        (combo if decision.needs_clause else self.ui.reasonEdit).setFocus()

    def clause(self) -> str | None:
        return (self.ui.clauseCombo.currentData() or None) if self.decision.needs_clause else None

    def reason(self) -> str:
        return self.ui.reasonEdit.toPlainText()

    def save(self) -> object:
        return self._save(self.clause(), self.reason())


class TrainingDialog(FormDialog):
    """A training or apprenticeship step, or the date of a pledge or background check."""

    def __init__(
        self,
        mediator_name: str,
        today: date,
        submit: Callable[[str, date, float, str], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_TrainingDialog()
        self.ui.setupUi(self)
        self._save = submit
        self.errors = FieldErrors(
            {
                "kind": self.ui.kindError,
                "on_date": self.ui.dateError,
                "hours": self.ui.hoursError,
            },
            fallback=self.ui.generalError,
        )
        self.ui.intro.setText(
            tr("Training and standing of {mediator_name}.").format(mediator_name=mediator_name)
        )
        for kind, label in {**TRAINING_KINDS, **STANDING_DATES}.items():
            self.ui.kindCombo.addItem(label, kind)
        self.ui.dateEdit.setDate(to_qdate(today))
        self.ui.dateEdit.setMaximumDate(to_qdate(today))
        self.ui.kindCombo.currentIndexChanged.connect(self._kind_changed)
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self._kind_changed()

    def kind(self) -> str:
        return self.ui.kindCombo.currentData()

    def _kind_changed(self) -> None:
        dated_only = self.kind() in STANDING_DATES
        self.ui.hoursSpin.setEnabled(not dated_only)
        self.ui.detailEdit.setEnabled(not dated_only)

    def save(self) -> object:
        on = from_qdate(self.ui.dateEdit.date())
        return self._save(self.kind(), on, self.ui.hoursSpin.value(), self.ui.detailEdit.text())
