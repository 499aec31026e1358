"""The message box that tells a person something went wrong: one sentence, never a
traceback. gui/run.py decides when; this module only says it."""

from __future__ import annotations

import logging
from typing import TypeVar

from PySide6.QtWidgets import QMessageBox, QWidget

from cms_desktop.gui.i18n import tr
from cms_desktop.model.i18n import QT_TR_NOOP

T = TypeVar("T")
log = logging.getLogger(__name__)

# What a person reads when a bug, not a refusal, stopped an operation.
SOMETHING_WENT_WRONG = QT_TR_NOOP("Something went wrong and nothing was changed; please try again.")


def show_error(parent: QWidget | None, message: str, title: str = "CMS Desktop") -> None:
    # tr(): a sentence marked where it was written (QT_TR_NOOP) is translated here.
    box = QMessageBox(
        QMessageBox.Icon.Warning, tr(title), tr(message), QMessageBox.StandardButton.Ok, parent
    )
    box.setObjectName("errorMessage")
    box.exec()
