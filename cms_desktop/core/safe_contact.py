"""Safe contact: how each participant may be contacted.

Staff and the director record it (as they record intake); everyone who may open the case
sees it, on every screen and letter that would contact the participant. Until someone asks,
nothing is assumed safe: no message, no office name, no letter.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from cms_desktop.core.audit_kinds import AuditKind
from cms_desktop.core.clock import iso
from cms_desktop.core.errors import RuleViolation, ValidationError
from cms_desktop.core.permissions import Action
from cms_desktop.model.cases import Participant
from cms_desktop.model.errors import CmsError
from cms_desktop.model.follow_through import CONTACT_METHODS, SafeContact
from cms_desktop.model.i18n import QT_TR_NOOP
from cms_desktop.storage.follow_through_store import FollowThroughStore

if TYPE_CHECKING:
    from cms_desktop.core.cases import CaseService
    from cms_desktop.core.context import Context

MAX_ADDRESS = 400


def check_contact(contact: SafeContact) -> None:
    """Raise ValidationError (naming the field) for the first thing wrong with `contact`."""
    if contact.method not in CONTACT_METHODS:
        raise ValidationError(
            QT_TR_NOOP(
                "Choose how the participant may be contacted: phone, e-mail, post or in "
                "person only."
            ),
            field="method",
        )
    address = contact.address.strip()
    if len(address) > MAX_ADDRESS:
        raise ValidationError(
            QT_TR_NOOP("The address is too long for an envelope window."), field="address"
        )
    if contact.address_safe and not address:
        raise ValidationError(
            QT_TR_NOOP("Enter the address before marking it safe."), field="address"
        )
    if contact.method == "post" and not contact.address_safe:
        raise ValidationError(
            QT_TR_NOOP(
                "Post was chosen, but the address is not marked safe for letters; "
                "mark it safe or choose another way."
            ),
            field="address_safe",
        )


class SafeContactService:
    def __init__(self, ctx: Context, cases: CaseService) -> None:
        self.ctx = ctx
        self.cases = cases
        self.store = FollowThroughStore(ctx.vault)

    def for_case(self, case_id: int) -> list[tuple[Participant, SafeContact]]:
        """Each participant of the case with how they may be contacted."""
        people = self.cases.participants(case_id)  # requires VIEW_CASE
        recorded = self.store.contacts(case_id)
        return [(p, recorded.get(p.id) or SafeContact(p.id)) for p in people if p.id is not None]

    def get(self, participant_id: int) -> SafeContact:
        case_id = self._case_of(participant_id)
        self.ctx.require(Action.VIEW_CASE, case_id)
        return self.store.contacts(case_id).get(participant_id) or SafeContact(participant_id)

    def save(self, contact: SafeContact) -> None:
        case_id = self._case_of(contact.participant_id)
        self.ctx.require(Action.EDIT_INTAKE, case_id)
        check_contact(contact)
        tidy = dataclasses.replace(contact, address=contact.address.strip(), recorded=True)
        with self.ctx.vault.transaction():
            self.store.save_contact(tidy, iso(self.ctx.clock.now()))
            self.ctx.audit.record(AuditKind.CONTACT_CHANGED, "participant", contact.participant_id)
            self.ctx.announce("case", case_id)  # the row names the participant, not the case

    def require_letter_ok(self, participant: Participant) -> SafeContact:
        """The participant's contact, if a letter may go to their address; else the one
        sentence that says why not."""
        assert participant.id is not None
        contact = self.get(participant.id)
        if not contact.recorded or not contact.address.strip():
            raise RuleViolation(
                QT_TR_NOOP("No postal address is recorded for {name}, so no letter is printed."),
                name=participant.name,
            )
        if not contact.address_safe:
            raise RuleViolation(
                QT_TR_NOOP(
                    "{name}'s address is marked unsafe for letters, so the letter is not printed."
                ),
                name=participant.name,
            )
        return contact

    def _case_of(self, participant_id: int) -> int:
        case_id = self.store.participant_case(participant_id)
        if case_id is None:
            raise CmsError(QT_TR_NOOP("That participant is no longer part of the case."))
        return int(case_id)
