"""The window's language: Qt Linguist translations (translations/*.ts, compiled to
resources/translations/*.qm by tools/translations.py).

The one idiom for a sentence shown to a person, in every gui module:

    from cms_desktop.gui.i18n import tr
    label.setText(tr("Save the case"))
    tr("{count} cases").format(count=n)          # placeholders after translation
    tr("%n note(s) on this case", None, count)   # plurals: Qt's %n

`pyside6-lupdate` extracts every `tr("...")` call (a literal string, one context for the
whole program), so the same English sentence has one Spanish one everywhere. Designer
forms (ui/*.ui) are translated by their own retranslateUi. Messages raised by the Qt-free
layers are marked with cms_desktop.model.i18n.QT_TR_NOOP and pass through tr() where they
are shown (gui/messages.py, gui/run.py).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from cms_desktop import config
from cms_desktop.model.i18n import DEFAULT_LANGUAGE, WINDOW_LANGUAGES, show_translated_with

# The translators in use, kept alive here: Qt holds only a pointer to each.
_installed: list[QTranslator] = []
_language = [DEFAULT_LANGUAGE]  # the language the window is shown in now


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the window's language (the English when there is no translation)."""
    return QCoreApplication.translate("", text, disambiguation, n)


def system_language() -> str:
    """The system locale's language when the window ships in it, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in WINDOW_LANGUAGES:
            return code
    return DEFAULT_LANGUAGE


def chosen_language() -> str:
    """The workstation's choice in Settings, else the system's language."""
    chosen = config.window_language()
    return chosen if chosen in WINDOW_LANGUAGES else system_language()


def install_translators(language: str | None = None) -> str:
    """Load the window's translation and Qt's own (standard buttons, dialogs) for
    `language` (default: chosen_language()) into the running application; returns the
    language now in use. English needs none: the source strings are English."""
    app = QCoreApplication.instance()
    assert app is not None, "create the QApplication first"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    code = language or chosen_language()
    # Dates and numbers follow the system's locale, unless the window was set to
    # another language than the system's.
    system = QLocale.system()
    QLocale.setDefault(system if system.language() == QLocale(code).language() else QLocale(code))
    _language[0] = code
    show_translated_with(tr)  # str() of a core refusal now reads in this language
    if code == DEFAULT_LANGUAGE:
        return code
    for name, folders in (
        (f"qtbase_{code}", qt_translation_folders()),
        (f"cms_desktop_{code}", [str(config.resource("translations"))]),
    ):
        translator = QTranslator(app)
        if any(translator.load(name, folder) for folder in folders):
            app.installTranslator(translator)
            _installed.append(translator)
    return code


def qt_translation_folders() -> list[str]:
    """Where Qt's own translations are: Qt's configured folder, then the wheel's (a frozen
    bundle keeps PySide6/Qt/translations/qtbase_*, packaging/cms-desktop.spec)."""
    import PySide6

    return [
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
        str(Path(PySide6.__file__).parent / "Qt" / "translations"),
    ]


def current_language() -> str:
    """The language the window is shown in now."""
    return _language[0]
