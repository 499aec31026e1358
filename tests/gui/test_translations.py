"""The window in English and Spanish (Qt Linguist): every sentence is marked and extracted,
the Spanish is complete and compiled, and it loads at start, Qt's own buttons included."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDialogButtonBox

from cms_desktop import config
from cms_desktop.gui import i18n
from cms_desktop.model.errors import CmsError
from tests.support.window import open_window

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

from unmarked_text import gui_sources, unmarked_in  # noqa: E402

import translations as tool  # noqa: E402


def messages(ts: Path) -> list[ET.Element]:
    return list(ET.parse(ts).getroot().iter("message"))


def sources(ts: Path) -> set[tuple[str, str]]:
    found = set()
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        found |= {(name, m.findtext("source") or "") for m in context.iter("message")}
    return found


@pytest.fixture
def spanish():
    """The window in Spanish for one test, then back to English for the next."""
    assert i18n.install_translators("es") == "es"
    yield
    i18n.install_translators("en")


def test_every_sentence_the_gui_gives_qt_is_marked_for_translation():
    found = [
        f"{u.path}:{u.line}: {u.text[:70]}"
        for path in gui_sources(ROOT)
        for u in unmarked_in(path.read_text("utf-8"), str(path.relative_to(ROOT)))
    ]
    assert not found, "wrap in tr() (python tools/mark_strings.py):\n" + "\n".join(found)


def test_the_check_catches_an_unmarked_sentence_and_passes_a_marked_one():
    code = (
        'label.setText("Saved.")\n'
        'box = QMessageBox.question(self, "Remove", f"Remove {name}?")\n'
        'label.setText(tr("Saved."))\n'
        'edit.setObjectName("nameEdit")\n'
        'label.setText("—")\n'
    )
    assert [u.line for u in unmarked_in(code)] == [1, 2, 2]


@pytest.mark.parametrize("code", tool.translated_languages())
def test_the_ts_holds_every_marked_sentence_and_each_is_translated(tmp_path, code):
    committed = tool.ts_file(code)
    fresh = tmp_path / committed.name
    shutil.copy(committed, fresh)
    tool.extract(code, fresh)  # pyside6-lupdate over cms_desktop/ and ui/*.ui
    assert sources(fresh) == sources(committed), "run python tools/translations.py"
    unfinished = [
        m.findtext("source")
        for m in messages(committed)
        if m.find("translation").get("type") in {"unfinished", "vanished", "obsolete"}
    ]
    assert not unfinished, f"translate in pyside6-linguist: {unfinished[:5]}"


def test_lupdate_extracts_each_idiom_the_program_uses():
    found = {source for _context, source in sources(tool.ts_file("es"))}
    assert "Form preview" in found  # tr() in gui/printing.py
    assert "That case no longer exists." in found  # QT_TR_NOOP in core/cases.py
    assert "Policy text in {language}" in found  # tr("...").format() in gui
    assert ("MainWindow", "&File") in sources(tool.ts_file("es"))  # ui/main_window.ui


@pytest.mark.parametrize("code", tool.translated_languages())
def test_each_committed_qm_is_compiled_from_its_ts(tmp_path, code):
    out = tmp_path / f"{code}.qm"
    tool.release(code, out)
    assert out.read_bytes() == tool.qm_file(code).read_bytes(), "run tools/translations.py"


def test_the_spanish_window_shows_spanish_tabs_menus_and_pages(qtbot, office, spanish):
    window = open_window(qtbot, office)
    ui = window.ui
    menus = [ui.menuFile.title(), ui.menuEdit.title(), ui.menuView.title(), ui.menuHelp.title()]
    assert menus == ["&Archivo", "&Edición", "&Ver", "A&yuda"]
    case_tabs = [ui.caseTabs.tabText(i) for i in range(ui.caseTabs.count())]
    assert case_tabs[:4] == ["&Admisión", "&Sesión", "Ac&uerdo", "Evaluación"]
    sections = [ui.sections.tabText(i) for i in range(ui.sections.count())]
    assert {"Casos", "Configuración", "Agenda"} <= set(sections)  # Ctrl+1… (gui/keys.py)
    header = window.case_list.model.headerData(
        0, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole
    )
    assert header == "Caso"
    settings = window.office_pages()["settingsPage"]
    assert settings.language_box.title() == "Idiomas"
    assert settings.ui.saveButton.text() == "&Guardar la configuración"


def test_qt_standard_buttons_and_core_refusals_read_in_spanish(qtbot, spanish):
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancelar"
    refusal = CmsError("That case no longer exists.")
    assert str(refusal) == "Ese caso ya no existe."
    assert refusal.message == "That case no longer exists."  # the audit trail keeps English
    filled = CmsError("There is no vault at {path}.", path="/srv/office.cmsvault")
    assert str(filled) == "No hay ninguna bóveda en /srv/office.cmsvault."
    assert filled.message == "There is no vault at /srv/office.cmsvault."
    i18n.install_translators("en")
    assert str(refusal) == "That case no longer exists."
    english = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(english)
    assert english.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"


def test_the_system_language_is_followed_unless_this_computer_chose_another(monkeypatch):
    monkeypatch.setattr(i18n.QLocale, "system", staticmethod(lambda: QLocale("es_MX")))
    assert i18n.chosen_language() == "es"
    config.remember_window_language("en")
    assert i18n.chosen_language() == "en"
    monkeypatch.setattr(i18n.QLocale, "system", staticmethod(lambda: QLocale("fr_FR")))
    config.remember_window_language(None)
    assert i18n.chosen_language() == "en"  # a language the window does not ship in


def test_the_language_choice_is_kept_beside_the_vault_pointer(tmp_path):
    vault = tmp_path / "office.cmsvault"
    config.remember_vault(vault)
    config.remember_window_language("es")
    assert (config.configured_vault(), config.window_language()) == (vault, "es")
    config.remember_vault(vault)  # the setup wizard or a restore writes the pointer again
    assert config.window_language() == "es"


def test_the_program_starts_in_spanish_when_the_preference_says_so(tmp_path):
    """A fresh interpreter, as at start: the preference in the workstation file decides."""
    config.remember_window_language("es")
    code = (
        "from cms_desktop.gui.app import make_application\n"
        "from cms_desktop.gui.i18n import install_translators, tr\n"
        "app = make_application([])\n"
        "print(install_translators(), tr('Form preview'))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "en_US.UTF-8"}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    assert result.stdout.split("\n")[0] == "es Vista previa del formulario"
