"""Settings › Letters…: the director edits the letters' texts, with a preview.

An unknown variable is refused in one sentence under the text; nothing is saved until every
letter is acceptable. The preview fills the text with an invented participant."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cms_desktop.core.letter_templates import LETTERS, VARIABLES
from cms_desktop.forms.letter import render
from cms_desktop.gui.context import AppContext
from cms_desktop.gui.form_dialog import FormDialog
from cms_desktop.gui.i18n import tr
from cms_desktop.gui.printing import present_form
from cms_desktop.gui.run import FieldErrors, run
from cms_desktop.model.errors import CmsError


class LettersDialog(FormDialog):
    def __init__(self, parent: QWidget | None, ctx: AppContext) -> None:
        super().__init__(parent, ctx)
        self.ctx = ctx
        self.setObjectName("lettersDialog")
        self.setWindowTitle(tr("Letters"))
        self.resize(760, 620)
        service = ctx.workspace.letters
        self.texts = {kind: service.template(kind) for kind in LETTERS}
        self.kind = QComboBox(self)
        self.kind.setObjectName("letterKind")
        self.kind.setAccessibleName(tr("Letter"))
        for k in LETTERS.values():
            self.kind.addItem(k.title, k.kind)
        self.current = self.kind.currentData()
        self.text = QPlainTextEdit(self.texts[self.current], self)
        self.text.setObjectName("letterText")
        self.text.setTabChangesFocus(True)  # Tab moves on; a letter needs no tab characters
        self.text.setAccessibleName(tr("Letter text"))
        self.error = QLabel(self)
        self.error.setObjectName("letterError")
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        names = ", ".join("${" + name + "}" for name in VARIABLES)
        help_text = QLabel(
            tr(
                "Variables: {names}. Write $$ for a dollar sign. Letters are printed, never sent."
            ).format(names=names),
            self,
        )
        help_text.setWordWrap(True)
        self.preview_button = QPushButton(tr("Pre&view…"), self)
        self.preview_button.setObjectName("previewLetterButton")
        self.preview_button.clicked.connect(self.preview)
        self.restore_button = QPushButton(tr("Use the &original text"), self)
        self.restore_button.setObjectName("restoreLetterButton")
        self.restore_button.clicked.connect(self.restore_original)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        caption = QLabel(tr("&Letter:"), self)
        caption.setBuddy(self.kind)
        top.addWidget(caption)
        top.addWidget(self.kind, 1)
        top.addWidget(self.restore_button)
        top.addWidget(self.preview_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.error)
        layout.addWidget(help_text)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._switch)
        labels = {f"letter.{kind}": self.error for kind in LETTERS}
        self.errors = _LetterErrors(
            self, FieldErrors(labels, {k: self.text for k in labels}, fallback=self.error)
        )

    def _switch(self) -> None:
        self.texts[self.current] = self.text.toPlainText()
        self.current = self.kind.currentData()
        self.text.setPlainText(self.texts[self.current])

    def _show(self, kind: str) -> None:
        self.kind.setCurrentIndex(self.kind.findData(kind))

    def restore_original(self) -> None:
        from cms_desktop.core.letter_templates import default_template

        self.text.setPlainText(default_template(self.current))

    def preview(self) -> list[str]:
        self.texts[self.current] = self.text.toPlainText()
        ws = self.ctx.workspace
        kind, text = self.current, self.texts[self.current]
        form = run(lambda: render(ws.settings, ws.letters.sample(kind, text)), self.errors)
        return present_form(self, self.ctx, form.value) if form is not None else []

    def save(self) -> object:
        self.texts[self.current] = self.text.toPlainText()
        self.ctx.workspace.letters.save_templates(self.texts)
        return None

    def saved(self, result: object) -> None:
        self.ctx.status_message.emit(tr("The letters were saved."))


class _LetterErrors:
    """Shows the letter a refusal is about before saying it under the text."""

    def __init__(self, dialog: LettersDialog, fields: FieldErrors) -> None:
        self.dialog = dialog
        self.fields = fields

    def clear_errors(self) -> None:
        self.fields.clear_errors()

    def report(self, error: CmsError) -> None:
        field = getattr(error, "field", "")
        if field.startswith("letter.") and field[7:] != self.dialog.current:
            self.dialog._show(field[7:])
        self.fields.report(error)
