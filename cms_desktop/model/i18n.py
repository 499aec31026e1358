"""Languages of the window, and the marker for Qt-free sentences people read.

Core, storage and model cannot import Qt, so a message they raise is marked with
QT_TR_NOOP: it returns its text unchanged, and `pyside6-lupdate` (tools/translations.py)
finds every call by that name and puts the text in translations/*.ts. The window
translates the sentence when it shows it (cms_desktop.gui.i18n.tr). Only a literal
string can be extracted: a sentence built with an f-string stays in English.
"""

from __future__ import annotations

from collections.abc import Callable


def QT_TR_NOOP(text: str) -> str:
    """Mark `text` for translation without translating it (translated where shown)."""
    return text


# The languages the window ships in (code -> the language's own name), English first.
WINDOW_LANGUAGES: dict[str, str] = {"en": "English", "es": "Español"}

# Languages a case's printed forms may be in (code -> its name, shown through tr()).
FORM_LANGUAGES: dict[str, str] = {"en": QT_TR_NOOP("English"), "es": QT_TR_NOOP("Spanish")}
DEFAULT_LANGUAGE = "en"


# How a marked sentence is shown: unchanged, until the window installs its translation
# (cms_desktop.gui.i18n), so str() of a refusal reads in the window's language while the
# command line and the audit trail keep the English.
_shown_as: list[Callable[[str], str]] = [str]


def show_translated_with(translate: Callable[[str], str]) -> None:
    _shown_as[0] = translate


def shown(text: str) -> str:
    """A sentence marked with QT_TR_NOOP, as the person reads it."""
    return _shown_as[0](text)
