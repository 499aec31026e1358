"""Letters: the office's letters from templates with variables, for mail.

The text of each letter is a resource (resources/letters/<kind>.txt) with `${variable}`
fields; the director may replace it in Settings (kept in the office settings, inside the
vault). A template naming a variable the program does not know is refused at the field.
Letters are printed, never sent: the program has no mail or e-mail of its own. A letter
goes only to an address the participant's safe-contact record marks safe.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import TYPE_CHECKING

from cms_desktop.core.accommodations import wants_large_print
from cms_desktop.core.clock import iso
from cms_desktop.core.errors import RuleViolation
from cms_desktop.core.letter_templates import (
    LETTERS,
    SAMPLE,
    SESSION_VARIABLES,
    LetterKind,
    check_template,
    default_template,
    fill,
    format_day,
    template_for,
    variables_in,
)
from cms_desktop.core.office_time import to_local
from cms_desktop.core.permissions import Action
from cms_desktop.core.safe_contact import SafeContactService
from cms_desktop.model.cases import Participant
from cms_desktop.model.errors import CmsError
from cms_desktop.model.follow_through import SafeContact
from cms_desktop.model.i18n import QT_TR_NOOP
from cms_desktop.model.sessions import SessionStatus
from cms_desktop.storage.accommodations_store import AccommodationStore

if TYPE_CHECKING:
    from cms_desktop.core.cases import CaseService
    from cms_desktop.core.context import Context
    from cms_desktop.core.sessions import SessionService


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
    def __init__(
        self,
        ctx: Context,
        cases: CaseService,
        sessions: SessionService,
        safe_contact: SafeContactService,
    ) -> None:
        self.ctx = ctx
        self.cases = cases
        self.sessions = sessions
        self.safe_contact = safe_contact

    # -- the templates (director, in Settings) -------------------------------------------
    def template(self, kind: str) -> str:
        return template_for(self.ctx.settings, self._kind(kind).kind)

    def save_templates(self, texts: dict[str, str]) -> None:
        """Keep the director's letter texts; a text equal to the shipped one is not stored."""
        self.ctx.require(Action.MANAGE_SETTINGS)
        kept: dict[str, str] = {}
        for kind, text in texts.items():
            self._kind(kind)
            check_template(kind, text)
            if text.strip() != default_template(kind).strip():
                kept[kind] = text
        settings = dataclasses.replace(self.ctx.settings, letter_templates=kept)
        self.ctx.save_settings(settings)

    def sample(self, kind: str, text: str) -> Letter:
        """The letter with invented values, for the preview beside the editor."""
        letter_kind = self._kind(kind)
        check_template(kind, text)
        s = self.ctx.settings
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
        self.ctx.require(Action.EDIT_INTAKE, case_id)  # the office writes to participants
        case = self.cases.get(case_id)
        person = self._participant(case_id, participant_id)
        contact = self.safe_contact.require_letter_ok(person)
        text = self.template(kind)
        s = self.ctx.settings
        values = {
            "participant_name": person.name,
            "case_number": case.number,
            "office_name": s.office_name,
            "office_address": s.office_address,
            "today": format_day(self.ctx.clock.now().date()),
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
                for t in AccommodationStore(self.ctx.vault).for_case(case_id)
            ),
        )

    def _next_session(self, case_id: int) -> dict[str, str]:
        now = iso(self.ctx.clock.now())
        upcoming = [
            s
            for s in self.sessions.for_case(case_id)
            if s.status == SessionStatus.SCHEDULED and s.starts_at >= now
        ]
        if not upcoming:
            raise RuleViolation(
                QT_TR_NOOP("This case has no scheduled session for the letter to name.")
            )
        session = min(upcoming, key=lambda s: s.starts_at)
        start = to_local(session.starts_at)
        return {
            "session_date": f"{start:%A}, {format_day(start.date())}",
            "session_time": start.strftime("%I:%M %p").lstrip("0"),
            "session_place": session.place or "the mediation office",
        }

    def _participant(self, case_id: int, participant_id: int) -> Participant:
        for person in self.cases.participants(case_id):
            if person.id == participant_id:
                return person
        raise CmsError(QT_TR_NOOP("That participant is no longer part of the case."))

    @staticmethod
    def _kind(kind: str) -> LetterKind:
        if kind not in LETTERS:
            raise CmsError(QT_TR_NOOP("There is no letter called {kind!r}."), kind=kind)
        return LETTERS[kind]


__all__ = ["Letter", "LetterService"]
