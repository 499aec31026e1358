"""Password rules: long enough, and not one of the passwords everyone tries first."""

from __future__ import annotations

from cms_desktop.config import resource
from cms_desktop.core import text_rules
from cms_desktop.core.errors import ValidationError
from cms_desktop.model.i18n import QT_TR_NOOP

MIN_LENGTH = 10

_COMMON = frozenset(
    line.strip().lower()
    for line in resource("common-passwords.txt").read_text("utf-8").splitlines()
    if line.strip() and not line.startswith("#")
)


def check_password(password: str, username: str = "") -> None:
    """Raise ValidationError with the reason when a password is too weak."""
    text_rules.check_text(password, "password")
    if len(password) < MIN_LENGTH:
        raise ValidationError(
            QT_TR_NOOP("Choose a password of at least {MIN_LENGTH} characters."),
            field="password",
            MIN_LENGTH=MIN_LENGTH,
        )
    lowered = password.lower()
    if lowered in _COMMON or lowered.rstrip("0123456789!") in _COMMON:
        raise ValidationError(
            QT_TR_NOOP("That password is one of the most common ones; choose another."),
            field="password",
        )
    if username and username.lower() in lowered:
        raise ValidationError(
            QT_TR_NOOP("The password must not contain the user name."), field="password"
        )
    if len(set(password)) < 4:
        raise ValidationError(
            QT_TR_NOOP("The password repeats too few characters; choose another."), field="password"
        )
