"""Letters: the office's letters from templates with variables, for mail.

The text of each letter is a resource (resources/letters/<kind>.txt) with `${variable}`
fields; the director may replace it in Settings (kept in the office settings, inside the
vault). A template naming a variable the program does not know is refused at the field.
Letters are printed, never sent: the program has no mail or e-mail of its own. A letter
goes only to an address the participant's safe-contact record marks safe.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from datetime import date
from string import Template
from typing import TYPE_CHECKING

from cms_desktop.config import resource
from cms_desktop.core.accommodations import wants_large_print
from cms_desktop.core.clock import iso
from cms_desktop.core.errors import CmsError, RuleViolation, ValidationError
from cms_desktop.core.office_time import to_local
from cms_desktop.core.permissions import Action
from cms_desktop.core.safe_contact import SafeContactService
from cms_desktop.model.cases import Participant
from cms_desktop.model.follow_through import SafeContact
from cms_desktop.model.sessions import SessionStatus
from cms_desktop.model.settings import OfficeSettings
from cms_desktop.storage.accommodations_store import AccommodationStore

if TYPE_CHECKING:
    from cms_desktop.core.workspace import Workspace


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
        raise ValidationError(f"The {title} needs some text.", field=field)
    if len(text) > MAX_TEMPLATE:
        raise ValidationError(f"The {title} is longer than a letter can be.", field=field)
    for name in variables_in(text):
        if name not in VARIABLES:
            shown = name if name.startswith("$") else "${" + name + "}"
            raise ValidationError(
                f"The {title} uses {shown}, which is not a variable a letter can hold "
                f"(write $$ for a dollar sign).",
                field=field,
            )


def fill(text: str, values: dict[str, str]) -> str:
    return Template(text).substitute(values)


def format_day(day: date) -> str:
    return f"{day:%B} {day.day}, {day.year}"


@dataclass(frozen=True)
class Letter:
    """One letter ready for the page: who it goes to, where, and its filled text."""

    kind: LetterKind
    case_id: int | None
    case_number: str
    recipient: str
    address: str
    contact: SafeContact
    body: str
    dated: str  # "March 2, 2026"
    large_print: bool = False  # the participant asked for large print


class LetterService:
    def __init__(self, ws: Workspace) -> None:
        self.ws = ws

    # -- the templates (director, in Settings) -------------------------------------------
    def template(self, kind: str) -> str:
        return template_for(self.ws.settings, self._kind(kind).kind)

    def save_templates(self, texts: dict[str, str]) -> None:
        """Keep the director's letter texts; a text equal to the shipped one is not stored."""
        self.ws.require(Action.MANAGE_SETTINGS)
        kept: dict[str, str] = {}
        for kind, text in texts.items():
            self._kind(kind)
            check_template(kind, text)
            if text.strip() != default_template(kind).strip():
                kept[kind] = text
        settings = dataclasses.replace(self.ws.settings, letter_templates=kept)
        self.ws.save_settings(settings)

    def sample(self, kind: str, text: str) -> Letter:
        """The letter with invented values, for the preview beside the editor."""
        letter_kind = self._kind(kind)
        check_template(kind, text)
        s = self.ws.settings
        values = {**SAMPLE, "office_name": s.office_name, "office_address": s.office_address}
        contact = SafeContact(0, "post", False, True, "", True, recorded=True)
        address = "Zoë Nguyễn\n1200 E 52nd Street, Apt 4\nKansas City, MO 64110"
        return Letter(
            letter_kind,
            None,
            SAMPLE["case_number"],
            SAMPLE["participant_name"],
            address,
            contact,
            fill(text, values),
            SAMPLE["today"],
        )

    # -- one letter to one participant ---------------------------------------------------
    def prepare(self, case_id: int, participant_id: int, kind: str) -> Letter:
        """The letter to the participant, filled in; refused in one sentence when their
        address is not safe for letters or the letter needs a session the case lacks."""
        letter_kind = self._kind(kind)
        self.ws.require(Action.EDIT_INTAKE, case_id)  # the office writes to participants
        case = self.ws.cases.get(case_id)
        person = self._participant(case_id, participant_id)
        contact = SafeContactService(self.ws).require_letter_ok(person)
        text = self.template(kind)
        s = self.ws.settings
        values = {
            "participant_name": person.name,
            "case_number": case.number,
            "office_name": s.office_name,
            "office_address": s.office_address,
            "today": format_day(self.ws.clock.now().date()),
        }
        if SESSION_VARIABLES & set(variables_in(text)):
            values.update(self._next_session(case_id))
        address = f"{person.name}\n{contact.address}"
        return Letter(
            letter_kind,
            case_id,
            case.number,
            person.name,
            address,
            contact,
            fill(text, values),
            values["today"],
            wants_large_print(person)
            or any(
                t.kind == "large_print" and t.participant_id == person.id
                for t in AccommodationStore(self.ws.vault).for_case(case_id)
            ),
        )

    def _next_session(self, case_id: int) -> dict[str, str]:
        now = iso(self.ws.clock.now())
        upcoming = [
            s
            for s in self.ws.sessions.for_case(case_id)
            if s.status == SessionStatus.SCHEDULED and s.starts_at >= now
        ]
        if not upcoming:
            raise RuleViolation("This case has no scheduled session for the letter to name.")
        session = min(upcoming, key=lambda s: s.starts_at)
        start = to_local(session.starts_at)
        return {
            "session_date": f"{start:%A}, {format_day(start.date())}",
            "session_time": start.strftime("%I:%M %p").lstrip("0"),
            "session_place": session.place or "the mediation office",
        }

    def _participant(self, case_id: int, participant_id: int) -> Participant:
        for person in self.ws.cases.participants(case_id):
            if person.id == participant_id:
                return person
        raise CmsError("That participant is no longer part of the case.")

    @staticmethod
    def _kind(kind: str) -> LetterKind:
        if kind not in LETTERS:
            raise CmsError(f"There is no letter called {kind!r}.")
        return LETTERS[kind]
