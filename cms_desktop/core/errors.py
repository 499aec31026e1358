"""Errors core raises; each carries one sentence the window shows as it is."""

from __future__ import annotations

from cms_desktop.model.errors import CmsError

__all__ = ["PermissionDenied", "RuleViolation", "ValidationError"]


class PermissionDenied(CmsError):
    pass


class ValidationError(CmsError):
    """A value typed wrong; `field` names the field, so the form can show it beside it."""

    def __init__(self, message: str, field: str = "", **values: object) -> None:
        super().__init__(message, **values)
        self.field = field


class RuleViolation(CmsError):
    """The policy (or an office rule) forbids this step now, with the reason."""
