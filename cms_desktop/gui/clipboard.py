"""Clear the clipboard when the program ends.

Two reasons: whatever a person copied from a record should not outlive the program on
this machine; and the clipboard may own a QMimeData that Python created (the notes editor
hands an empty one to every copy), which Qt would otherwise delete during its own
shutdown, after Python has finalised, and crash the process on exit.
"""

from __future__ import annotations

import atexit

from PySide6.QtGui import QGuiApplication

_installed = False


def clear_clipboard() -> None:
    app = QGuiApplication.instance()
    if app is not None:
        QGuiApplication.clipboard().clear()


def install_clipboard_hygiene() -> None:
    global _installed
    if not _installed:
        atexit.register(clear_clipboard)
        _installed = True
