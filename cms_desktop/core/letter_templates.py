"""The letters' templates: which letters there are, their variables, the shipped texts
and the checks a director's text must pass. Pure functions over text and settings (office
settings validate against them), so this module imports no service."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from string import Template

from cms_desktop.config import resource
from cms_desktop.core.errors import ValidationError
from cms_desktop.model.i18n import QT_TR_NOOP
from cms_desktop.model.settings import OfficeSettings


@dataclass(frozen=True)
class LetterKind:
    kind: str
    title: str
    with_notice: bool = False  # the notice of the exceptions goes in the same envelope


LETTERS: dict[str, LetterKind] = {
    k.kind: k
    for k in (
        LetterKind("appointment-confirmation", "Appointment confirmation", with_notice=True),
        LetterKind("reminder", "Appointment reminder"),
        LetterKind("closing-letter", "Closing letter"),
    )
}

# The variables a letter may hold, with what each becomes (shown in Settings).
VARIABLES: dict[str, str] = {
    "participant_name": "the participant's name",
    "case_number": "the case number",
    "office_name": "the office's name",
    "office_address": "the office's address",
    "today": "the date the letter is printed",
    "session_date": "the date of the next scheduled session",
    "session_time": "its starting time",
    "session_place": "its room",
}
SESSION_VARIABLES = frozenset({"session_date", "session_time", "session_place"})
MAX_TEMPLATE = 6000
_FIELD = re.compile(r"\$(?:\{(?P<braced>[^}]*)\}|(?P<named>[A-Za-z_][A-Za-z0-9_]*)|(?P<other>.?))")

# Sample values for the preview in Settings (an invented person, never a record).
SAMPLE: dict[str, str] = {
    "participant_name": "Zoë Nguyễn",
    "case_number": "CMS-2026-0042",
    "today": "March 2, 2026",
    "session_date": "Tuesday, March 10, 2026",
    "session_time": "2:00 PM",
    "session_place": "Room 214, Student Union",
}


def default_template(kind: str) -> str:
    return resource("letters", f"{kind}.txt").read_text("utf-8")


def template_for(settings: OfficeSettings, kind: str) -> str:
    """The office's own text for the letter, else the one shipped with the program."""
    return settings.letter_templates.get(kind) or default_template(kind)


def variables_in(text: str) -> list[str]:
    """Every `${name}` (or `$name`) the text uses, in order; `$$` is a dollar sign."""
    found = []
    for match in _FIELD.finditer(text):
        name = match.group("braced") if match.group("braced") is not None else match.group("named")
        if name is not None:
            found.append(name)
        elif match.group("other") not in ("$",):
            found.append("$" + (match.group("other") or ""))
    return found


def check_template(kind: str, text: str) -> None:
    """Raise ValidationError at the letter's field for the first problem in its text."""
    field = f"letter.{kind}"
    title = LETTERS[kind].title.lower() if kind in LETTERS else "letter"
    if not text.strip():
        raise ValidationError(QT_TR_NOOP("The {title} needs some text."), field=field, title=title)
    if len(text) > MAX_TEMPLATE:
        raise ValidationError(
            QT_TR_NOOP("The {title} is longer than a letter can be."), field=field, title=title
        )
    for name in variables_in(text):
        if name not in VARIABLES:
            shown = name if name.startswith("$") else "${" + name + "}"
            raise ValidationError(
                QT_TR_NOOP(
                    "The {title} uses {shown}, which is not a variable a letter can "
                    "hold (write $$ for a dollar sign)."
                ),
                field=field,
                title=title,
                shown=shown,
            )


def fill(text: str, values: dict[str, str]) -> str:
    return Template(text).substitute(values)


def format_day(day: date) -> str:
    return f"{day:%B} {day.day}, {day.year}"
