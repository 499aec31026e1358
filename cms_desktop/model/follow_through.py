"""Follow-through on a case: safe contact, conflict declarations, follow-up."""

from __future__ import annotations

from dataclasses import dataclass

# How a participant may be contacted, in the order the form offers them.
CONTACT_METHODS: dict[str, str] = {
    "phone": "Phone",
    "email": "E-mail",
    "post": "Post",
    "in_person": "In person only",
}

# What a follow-up found out about a final agreement.
FOLLOW_UP_OUTCOMES: dict[str, str] = {
    "held": "Held",
    "partly": "Partly held",
    "not_held": "Not held",
    "unreached": "Couldn't reach",
}


@dataclass(frozen=True)
class SafeContact:
    """How one participant may be contacted. The default is the cautious one: nothing is
    safe until someone asked the participant and recorded their answer."""

    participant_id: int
    method: str = "phone"
    message_ok: bool = False
    name_office_ok: bool = False
    address: str = ""
    address_safe: bool = False
    recorded: bool = False  # False: nobody has asked yet (the defaults above apply)

    @property
    def summary(self) -> str:
        """One line for every screen and letter that would contact the participant."""
        if not self.recorded:
            return "Contact not recorded: ask before leaving a message or writing."
        parts = [f"By {CONTACT_METHODS[self.method].lower()}"]
        if self.method == "in_person":
            parts = ["In person only"]
        parts.append("a message may be left" if self.message_ok else "no messages")
        parts.append("the office may be named" if self.name_office_ok else "do not name the office")
        if self.address:
            parts.append("address safe for letters" if self.address_safe else "address NOT safe")
        return "; ".join(parts) + "."

    @property
    def letter_ok(self) -> bool:
        return self.recorded and bool(self.address.strip()) and self.address_safe


@dataclass(frozen=True)
class Declaration:
    case_id: int
    mediator_id: int
    conflict: bool
    declared_at: str


@dataclass(frozen=True)
class FollowUpDue:
    """One follow-up round of a case: when it falls due and, once asked, what was found."""

    case_id: int
    case_number: str
    round: int
    days: int
    due_on: str  # YYYY-MM-DD
    outcome: str | None = None
    recorded_at: str | None = None


ACCOMMODATION_KINDS: dict[str, str] = {
    "interpreter": "Interpreter",
    "captioning": "Captioning (CART)",
    "accessible_room": "Accessible room",
    "large_print": "Large-print forms",
    "other": "Other accommodation",
}


@dataclass(frozen=True)
class AccommodationTask:
    """One accommodation to arrange: for whom, what, for which session, who, by when."""

    id: int | None
    case_id: int
    kind: str
    who: str
    due_on: str  # YYYY-MM-DD
    participant_id: int | None = None
    session_id: int | None = None
    detail: str = ""
    done_at: str | None = None

    @property
    def label(self) -> str:
        text = ACCOMMODATION_KINDS.get(self.kind, self.kind)
        return f"{text}: {self.detail}" if self.detail else text


@dataclass(frozen=True)
class WaitlistEntry:
    """A case waiting for a mediator, and since when."""

    case_id: int
    case_number: str
    waiting_since: str  # YYYY-MM-DD: intake completed (else opened)
    days: int
    needs: str  # "a mediator who speaks Vietnamese (or an interpreter)", ...
