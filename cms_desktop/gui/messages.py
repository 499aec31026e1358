"""One way to tell a person something went wrong: one sentence, never a traceback."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QMessageBox, QWidget

from cms_desktop.storage.errors import VaultError

T = TypeVar("T")
log = logging.getLogger(__name__)

# What a person reads when a bug, not a refusal, stopped an operation.
SOMETHING_WENT_WRONG = "Something went wrong and nothing was changed; please try again."


def show_error(parent: QWidget | None, message: str, title: str = "CMS Desktop") -> None:
    box = QMessageBox(
        QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, parent
    )
    box.setObjectName("errorMessage")
    box.exec()


def attempt(parent: QWidget | None, action: Callable[[], T]) -> T | None:
    """Run `action`; a VaultError (or any error) becomes one sentence in a dialog."""
    try:
        return action()
    except VaultError as exc:
        show_error(parent, str(exc))
    except Exception:  # a bug must not put a traceback in front of a person
        log.error("unexpected error", exc_info=False)
        show_error(parent, SOMETHING_WENT_WRONG)
    return None
