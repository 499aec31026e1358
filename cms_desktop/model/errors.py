"""The root of every refusal or failure a person is told about in one sentence.

Storage (VaultError and its kinds) and core (PermissionDenied, ValidationError,
RuleViolation) both derive from it, so the gui catches one class and a refused permission
is not mistaken for a vault fault."""

from __future__ import annotations

from cms_desktop.model.i18n import shown


class CmsError(Exception):
    """A refused or failed operation with a message for the person (no traceback)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        # The message in the window's language; .message keeps the English.
        return shown(self.message)
