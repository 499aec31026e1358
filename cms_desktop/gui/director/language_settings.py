"""Settings › Languages: the window's language on this workstation, and the office's own
versions of the policy text for cases whose forms print in another language.

The window's language is a preference of the workstation (config.window_language), not of
the office, and applies at the next start: Designer forms are translated once, when built.
The policy text in another language is the office's approved wording, typed or pasted by
the director part by part beside the English; the program never translates it.
"""

from __future__ import annotations

import copy
import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from cms_desktop import config
from cms_desktop.core.permissions import Action
from cms_desktop.core.policy_text import VERSION_KEY, english_policy_text, parts, supplied
from cms_desktop.gui.context import AppContext
from cms_desktop.gui.i18n import current_language, system_language, tr
from cms_desktop.gui.run import Say, run
from cms_desktop.model.i18n import DEFAULT_LANGUAGE, FORM_LANGUAGES, WINDOW_LANGUAGES


def part_label(key: str) -> str:
    """ "exception.physical_harm.text" -> the words a director recognises."""
    english = english_policy_text()
    named = {
        "title": tr("Title"),
        "confidentiality": tr("Confidentiality"),
        "exceptions_intro": tr("Before the exceptions"),
        "exceptions_outro": tr("After the exceptions"),
        "outcomes": tr("Outcomes of the mediation"),
        "documents": tr("Documents participants bring"),
        "mediator_protection": tr("Protection of mediators"),
    }
    if key in named:
        return named[key]
    kind, name, *rest = key.split(".")
    if kind == "exception":
        title = english.exception(name).title
        what = tr("short title") if rest == ["title"] else tr("text")
        return tr("Exception: {title} ({what})").format(title=title, what=what)
    number = [c.key for c in english.commitments].index(name) + 1
    return tr("Commitment {number}").format(number=number)


class PolicyVersionDialog(QDialog):
    """Every part of the policy text in English, beside a box for the office's version."""

    def __init__(self, ctx: AppContext, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.language = language
        self.setObjectName("policyVersionDialog")
        name = tr(FORM_LANGUAGES[language])
        self.setWindowTitle(tr("Policy text in {language}").format(language=name))
        self.resize(980, 760)
        english = english_policy_text()
        given = ctx.workspace.settings.policy_versions.get(language, {})
        intro = QLabel(
            tr(
                "Type or paste the office's approved {language} wording of each part, "
                "beside the English of version {version}. Forms for a case in "
                "{language} print it only when every part is filled in; until then "
                "they print in English, and the window says so."
            ).format(language=name, version=english.version),
            self,
        )
        intro.setWordWrap(True)
        host = QWidget(self)
        grid = QGridLayout(host)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        self.edits: dict[str, QPlainTextEdit] = {}
        for row, (key, text) in enumerate(parts(english)):
            label = part_label(key)
            caption = QLabel(f"<b>{label}</b>", host)
            source = QLabel(text, host)
            source.setWordWrap(True)
            source.setAccessibleName(tr("{part} in English").format(part=label))
            edit = QPlainTextEdit(host)
            edit.setObjectName(f"policyPart_{key.replace('.', '_')}")
            edit.setTabChangesFocus(True)
            edit.setAccessibleName(tr("{part} in {language}").format(part=label, language=name))
            if given.get(VERSION_KEY) == english.version:
                edit.setPlainText(given.get(key, ""))
            # About as tall as the English beside it: a title gets one line, a paragraph more.
            edit.setFixedHeight(min(220, 44 + 18 * (len(text) // 60)))
            caption.setBuddy(edit)
            grid.addWidget(caption, 2 * row, 0, 1, 3)
            grid.addWidget(source, 2 * row + 1, 1, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(edit, 2 * row + 1, 2, Qt.AlignmentFlag.AlignTop)
            self.edits[key] = edit
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(host)
        scroll.setAccessibleName(tr("Parts of the policy text"))
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        ctx.locking.connect(self.reject)

    def version(self) -> dict[str, str]:
        texts = {key: edit.toPlainText().strip() for key, edit in self.edits.items()}
        return {VERSION_KEY: english_policy_text().version, **texts}

    def save(self) -> None:
        ws = self.ctx.workspace
        versions = {**ws.settings.policy_versions, self.language: self.version()}
        changed = dataclasses.replace(ws.settings, policy_versions=versions)
        if run(lambda: ws.save_settings(changed), Say(self.message.setText)) is not None:
            self.accept()


class LanguageSettingsBox(QGroupBox):
    """The Languages group of the Settings page."""

    def __init__(self, ctx: AppContext, page: QWidget) -> None:
        super().__init__(tr("Languages"), page)
        self.ctx = ctx
        self.page = page
        self.setObjectName("languageSettings")
        self.window_language = QComboBox(self)
        self.window_language.setObjectName("windowLanguage")
        system = WINDOW_LANGUAGES[system_language()]
        self.window_language.addItem(
            tr("The system's language ({language})").format(language=system), None
        )
        for code, name in WINDOW_LANGUAGES.items():
            self.window_language.addItem(name, code)
        chosen = config.window_language()
        self.window_language.setCurrentIndex(max(0, self.window_language.findData(chosen)))
        self.window_language.currentIndexChanged.connect(self._choose_window_language)
        self.window_note = QLabel(self)
        self.window_note.setObjectName("windowLanguageNote")
        self.window_note.setWordWrap(True)
        self._show_window_note()

        self.policy_status = QLabel(self)
        self.policy_status.setObjectName("policyVersionStatus")
        self.policy_status.setWordWrap(True)
        self.policy_buttons: list[QPushButton] = []
        row = QHBoxLayout()
        for code, name in FORM_LANGUAGES.items():
            if code == DEFAULT_LANGUAGE:
                continue
            button = QPushButton(tr("Policy text in {language}…").format(language=tr(name)), self)
            button.setObjectName(f"policyVersionButton_{code}")
            button.clicked.connect(lambda _checked=False, c=code: self.edit_version(c))
            row.addWidget(button)
            self.policy_buttons.append(button)
        row.addStretch(1)

        form = QFormLayout(self)
        label = QLabel(tr("&Window language on this computer"), self)
        label.setBuddy(self.window_language)
        form.addRow(label, self.window_language)
        form.addRow("", self.window_note)
        form.addRow(tr("Forms for participants"), row)
        form.addRow("", self.policy_status)
        ctx.signed_in.connect(self.refresh)

    def _show_window_note(self) -> None:
        wanted = self.window_language.currentData() or system_language()
        if wanted == current_language():
            note = tr("Kept on this computer only; it holds no record.")
        else:
            note = tr("The window changes to {language} the next time CMS Desktop starts.").format(
                language=WINDOW_LANGUAGES[wanted]
            )
        self.window_note.setText(note)

    def _choose_window_language(self) -> None:
        config.remember_window_language(self.window_language.currentData())
        self._show_window_note()

    def refresh(self) -> None:
        ws = self.ctx.workspace
        may = ws.can(Action.MANAGE_SETTINGS)
        for button in self.policy_buttons:
            button.setEnabled(may)
        lines = []
        for code, name in FORM_LANGUAGES.items():
            if code == DEFAULT_LANGUAGE:
                continue
            if supplied(ws.settings, code):
                line = tr("The office's {language} version of the policy text is in use.")
            else:
                line = tr(
                    "The office has not supplied its policy text in {language}: forms for "
                    "cases in {language} print in English."
                )
            lines.append(line.format(language=tr(name)))
        self.policy_status.setText(" ".join(lines))

    def edit_version(self, language: str) -> None:
        dialog = PolicyVersionDialog(self.ctx, language, self.window())
        if dialog.exec() == QDialog.DialogCode.Accepted:
            # The page's copy of the saved settings takes the new version, so a later Save
            # of the page's own fields keeps it.
            saved = getattr(self.page, "saved", None)
            if saved is not None:
                saved.policy_versions = copy.deepcopy(self.ctx.workspace.settings.policy_versions)
            self.refresh()
        dialog.deleteLater()
