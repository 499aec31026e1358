"""The one way the gui runs what a person asked for and says why it was refused.

`run(action, errors)` calls `action`; a refusal (any CmsError) goes to `errors` — beside
the field it names (FieldErrors), into a label (Say) or in a box (a QWidget) — and a bug
becomes one plain sentence, never a traceback. tests/gui/test_gui_idioms.py keeps the gui from
growing another try/except that shows a message.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar, runtime_checkable

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QWidget

from cms_desktop.core.errors import ValidationError
from cms_desktop.gui.messages import SOMETHING_WENT_WRONG, show_error
from cms_desktop.model.errors import CmsError

T = TypeVar("T")
log = logging.getLogger(__name__)


@runtime_checkable
class Errors(Protocol):
    """Where refusals are said."""

    def clear_errors(self) -> None: ...

    def report(self, error: CmsError) -> None: ...


@dataclass(frozen=True)
class Done(Generic[T]):
    """An action that went through, with what it returned."""

    value: T


def run(
    action: Callable[[], T], errors: Errors | QWidget | None, *, busy: bool = False
) -> Done[T] | None:
    """Done(result) when `action` went through; None after its refusal was said.

    `errors` is a QWidget for a message box over it. `busy` shows a wait cursor while the
    action runs (a form's save)."""
    sink = errors if isinstance(errors, Errors) else Box(errors)
    sink.clear_errors()
    if busy:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return Done(action())
    except CmsError as exc:
        failure = exc
    except Exception:  # a bug must not put a traceback in front of a person
        log.error("unexpected error", exc_info=False)
        failure = CmsError(SOMETHING_WENT_WRONG)
    finally:
        if busy:
            QGuiApplication.restoreOverrideCursor()
    sink.report(failure)
    return None


class Box:
    """One sentence in a message box over `parent`."""

    def __init__(self, parent: QWidget | None) -> None:
        self.parent = parent

    def clear_errors(self) -> None:
        pass

    def report(self, error: CmsError) -> None:
        show_error(self.parent, str(error))


class Say:
    """One sentence handed to `say` (a label's setText, a tab's message line); cleared
    (say("")) before each action."""

    def __init__(self, say: Callable[[str], object], clear: bool = True) -> None:
        self.say = say
        self.clear = clear

    def clear_errors(self) -> None:
        if self.clear:
            self.say("")

    def report(self, error: CmsError) -> None:
        self.say(str(error))


class Handle:
    """The refusal handed to `handle` whole (when its kind changes what is said)."""

    def __init__(self, handle: Callable[[CmsError], object]) -> None:
        self.handle = handle

    def clear_errors(self) -> None:
        pass

    def report(self, error: CmsError) -> None:
        self.handle(error)


class Kept:
    """Keeps the refusal to say once a progress notice has closed."""

    def __init__(self) -> None:
        self.error: CmsError | None = None

    def clear_errors(self) -> None:
        self.error = None

    def report(self, error: CmsError) -> None:
        self.error = error


class _Ignore:
    """For a refresh whose failure has nothing to say (the caller falls back quietly)."""

    def clear_errors(self) -> None:
        pass

    def report(self, error: CmsError) -> None:
        pass


IGNORE = _Ignore()


def mark_invalid(widget: QWidget, invalid: bool) -> None:
    """Mark a field itself as wrong (resources/style.qss: [invalid="true"])."""
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class FieldErrors:
    """A ValidationError goes to the label of the field it names (`labels`, else the
    `fallback` label), the field is focused and, with `mark`, marked; any other refusal goes
    to `other` (a box over `other` when it is a QWidget), else to the fallback label."""

    def __init__(
        self,
        labels: dict[str, QLabel],
        inputs: dict[str, QWidget] | None = None,
        fallback: QLabel | None = None,
        other: Errors | QWidget | None = None,
        mark: bool = False,
    ) -> None:
        self.labels = labels
        self.inputs = inputs or {}
        self.fallback = fallback
        self.other = other if other is None or isinstance(other, Errors) else Box(other)
        self.mark = mark
        self._marked: QWidget | None = None

    def clear_errors(self) -> None:
        for label in (*self.labels.values(), self.fallback):
            if label is not None:
                label.clear()
                if label is not self.fallback:
                    label.setVisible(False)
        if self._marked is not None:
            mark_invalid(self._marked, False)
            self._marked = None

    def clear(self) -> None:  # pages call it when they reset a form
        self.clear_errors()

    def set(self, field: str, message: str) -> None:
        label = self.labels.get(field, self.fallback)
        if label is not None:
            label.setText(message)
            label.setVisible(bool(message))

    def report(self, error: CmsError) -> None:
        if isinstance(error, ValidationError) and (
            error.field in self.labels or self.fallback is not None
        ):
            self.set(error.field, str(error))
            widget = self.inputs.get(error.field)
            if widget is not None:
                widget.setFocus()
                if self.mark:
                    mark_invalid(widget, True)
                    self._marked = widget
        elif self.other is not None:
            self.other.report(error)
        else:
            self.set("", str(error))

    def text(self, field: str) -> str:
        label = self.labels.get(field)
        return label.text() if label is not None else ""
