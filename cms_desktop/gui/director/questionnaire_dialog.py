"""The director adds a question to the evaluation form: a new questionnaire version."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from cms_desktop.core.errors import ValidationError
from cms_desktop.gui.context import AppContext
from cms_desktop.gui.form_dialog import FormDialog
from cms_desktop.gui.generated.ui_questionnaire_dialog import Ui_QuestionnaireDialog
from cms_desktop.gui.i18n import tr
from cms_desktop.gui.messages import show_error
from cms_desktop.gui.run import Handle
from cms_desktop.model.errors import CmsError
from cms_desktop.model.evaluations import Questionnaire


class QuestionnaireDialog(FormDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_QuestionnaireDialog()
        self.ui.setupUi(self)
        self.added: Questionnaire | None = None
        self.errors = Handle(self._refused)
        latest = ctx.workspace.evaluations.questionnaire()
        self.ui.currentLabel.setText(
            tr("Questions on version {version} (printed now):").format(version=latest.version)
        )
        for number, question in enumerate(latest.questions, start=1):
            self.ui.questionList.addItem(f"{number}. {question.text}")
        for key, scale in latest.scales.items():
            self.ui.scaleCombo.addItem(f"{scale.points[0]} … {scale.points[-1]}", key)
        self.ui.versionNote.setText(
            tr(
                "Adding a question makes version {value}: forms printed from now "
                "on ask it. Forms already returned keep the version they were "
                "given on, and their summaries count the new question only on "
                "forms that asked it."
            ).format(value=latest.version + 1)
        )
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Add the question"))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.questionText.textChanged.connect(lambda _t: self.ui.questionError.setText(""))

    def save(self) -> None:
        text, scale = self.ui.questionText.text(), self.ui.scaleCombo.currentData()
        self.added = self.ctx.workspace.evaluations.add_question(text, scale)

    def _refused(self, error: CmsError) -> None:
        if isinstance(error, ValidationError):
            self.ui.questionError.setText(str(error))
            self.ui.questionText.setFocus()
        else:
            show_error(self, str(error))
