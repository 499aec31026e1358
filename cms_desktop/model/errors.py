"""The root of every refusal or failure a person is told about in one sentence.

Storage (VaultError and its kinds) and core (PermissionDenied, ValidationError,
RuleViolation) both derive from it, so the gui catches one class and a refused permission
is not mistaken for a vault fault."""

from __future__ import annotations

from cms_desktop.model.i18n import shown


class CmsError(Exception):
    """A refused or failed operation with a message for the person (no traceback).

    A message with places in it is written as a template marked for translation, with the
    values apart: CmsError(QT_TR_NOOP("Case {number} is closed."), number=n). The window
    translates the template and then fills it in; `.message` is the English, filled in.
    """

    def __init__(self, message: str, **values: object) -> None:
        self.template = message
        self.values = values
        self.message = message.format(**values) if values else message
        super().__init__(self.message)

    def __str__(self) -> str:
        # The message in the window's language; .message keeps the English.
        if self.values:
            return shown(self.template).format(**self.values)
        return shown(self.message)
