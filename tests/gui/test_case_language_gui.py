"""The language of a case's printed forms in the window: chosen at intake, the office's
Spanish policy text supplied in Settings › Languages, and the preview saying in one
sentence when a form prints in English because the office has not supplied its version."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel

from cms_desktop import config
from cms_desktop.core.policy_text import english_policy_text, parts, supplied
from cms_desktop.forms import agreement_to_mediate
from cms_desktop.gui.context import AppContext
from cms_desktop.gui.director.language_settings import PolicyVersionDialog
from cms_desktop.gui.printing import FormPreview
from tests.forms.test_case_language import choose_language, office_spanish, supply
from tests.support.builders import make_case
from tests.support.pdf import all_text
from tests.support.window import open_window


def settings_box(window):
    return window.office_pages()["settingsPage"].language_box


def fill_spanish(dialog: PolicyVersionDialog, skip: str = "") -> None:
    for key, edit in dialog.edits.items():
        edit.setPlainText("" if key == skip else f"Texto aprobado por la oficina para {key}.")


def test_the_intake_keeps_the_language_of_the_forms(qtbot, office):
    case_id = make_case(office.ws, status="intake")
    window = open_window(qtbot, office)
    intake = window.tabs["intake"]
    window.select_case(case_id)
    combo = intake.ui.languageCombo
    assert [combo.itemData(i) for i in range(combo.count())] == ["en", "es"]
    assert combo.currentData() == "en"
    combo.setCurrentIndex(combo.findData("es"))
    qtbot.mouseClick(intake.ui.saveButton, Qt.MouseButton.LeftButton)
    assert office.ws.cases.get(case_id).language == "es", intake.ui.intakeMessage.text()
    window.select_case(None)
    window.select_case(case_id)
    assert combo.currentData() == "es"


def test_the_director_supplies_the_spanish_policy_text_part_by_part(qtbot, office):
    window = open_window(qtbot, office)
    box = settings_box(window)
    box.refresh()
    assert "has not supplied" in box.policy_status.text()
    dialog = PolicyVersionDialog(window.ctx, "es", window)
    qtbot.addWidget(dialog)
    assert [key for key, _ in parts(english_policy_text())] == list(dialog.edits)
    fill_spanish(dialog, skip="outcomes")
    dialog.save()  # a part left empty: kept, but not printed
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not supplied(office.ws.settings, "es")
    dialog = PolicyVersionDialog(window.ctx, "es", window)
    qtbot.addWidget(dialog)
    assert dialog.edits["confidentiality"].toPlainText().startswith("Texto aprobado")
    fill_spanish(dialog)
    dialog.save()
    assert supplied(office.ws.settings, "es")
    box.refresh()
    assert "is in use" in box.policy_status.text()


def test_the_settings_page_keeps_the_spanish_text_when_it_saves_its_own_fields(
    qtbot, office, monkeypatch
):
    window = open_window(qtbot, office)
    page = window.office_pages()["settingsPage"]
    page.refresh()

    def director_fills_and_saves(dialog):
        fill_spanish(dialog)
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(PolicyVersionDialog, "exec", director_fills_and_saves)
    qtbot.mouseClick(page.language_box.policy_buttons[0], Qt.MouseButton.LeftButton)
    assert supplied(office.ws.settings, "es")
    page.ui.officeName.setText("Campus Mediation Services — Volker Campus")
    page.save()
    assert office.ws.settings.office_name.endswith("Volker Campus")
    assert supplied(office.ws.settings, "es")  # the page's older copy did not undo it


def test_the_window_language_is_kept_for_this_computer_and_applies_at_the_next_start(qtbot, office):
    window = open_window(qtbot, office)
    box = settings_box(window)
    combo = box.window_language
    combo.setCurrentIndex(combo.findData("es"))
    assert config.window_language() == "es"
    assert "next time" in box.window_note.text()
    combo.setCurrentIndex(0)  # the system's language again
    assert config.window_language() is None


def test_the_preview_says_when_a_spanish_case_prints_in_english(qtbot, office):
    ws = office.ws
    case_id = make_case(ws)
    choose_language(ws, case_id, "es")
    ctx = AppContext(ws, office.clock)
    form = agreement_to_mediate.build(ws, case_id)
    preview = FormPreview(None, ctx, form)
    qtbot.addWidget(preview)
    notice = preview.findChild(QLabel, "languageNotice")
    assert notice is not None
    assert notice.text() == (
        "The office has not supplied its policy text in Spanish, so this form prints in English."
    )
    supply(office, office_spanish())
    form = agreement_to_mediate.build(ws, case_id)
    assert "Texto aprobado por la oficina para confidentiality." in all_text(form.pdf)
    quiet = FormPreview(None, ctx, form)
    qtbot.addWidget(quiet)
    assert quiet.findChild(QLabel, "languageNotice") is None
