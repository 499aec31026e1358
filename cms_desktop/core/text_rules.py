"""Text the vault can store: any valid Unicode, exactly as typed.

A lone surrogate (half of a UTF-16 pair, which a broken paste or a bad file name can bring)
is not valid Unicode and has no UTF-8 form, so SQLite cannot store it: it is refused at its
field in one sentence, here in core, so the window and cms-admin both get the same answer.
Everything else (NUL, right-to-left marks, emoji, combining accents) is kept as typed.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping

from cms_desktop.core.errors import ValidationError

_SURROGATE = re.compile("[\ud800-\udfff]")
SENTENCE = (
    "This text holds a character that is not valid Unicode (half of a broken character "
    "pair, often from a damaged paste); retype that part."
)


def is_valid(value: str) -> bool:
    return _SURROGATE.search(value) is None


def check_text(value: str, field: str) -> None:
    if isinstance(value, str) and not is_valid(value):
        raise ValidationError(SENTENCE, field=field)


def check_fields(record: object, prefix: str = "") -> None:
    """Check every str field of a dataclass (and the dataclasses, lists and mappings inside
    it); the error names the field as `prefix` + its name ("participant.0.name")."""
    if isinstance(record, str):
        check_text(record, prefix.rstrip("."))
    elif dataclasses.is_dataclass(record) and not isinstance(record, type):
        for item in dataclasses.fields(record):
            check_fields(getattr(record, item.name), f"{prefix}{item.name}.")
    elif isinstance(record, Mapping):
        for key, value in record.items():
            check_fields(value, f"{prefix}{key}.")
    elif isinstance(record, (list, tuple, set, frozenset)):
        for index, value in enumerate(record):
            check_fields(value, f"{prefix}{index}.")
