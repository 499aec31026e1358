"""Sessions, what happens at them, mediator notes, debriefs and exception disclosures."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from cms_desktop.model.i18n import QT_TR_NOOP


class SessionStatus(StrEnum):
    """What became of a session; the values are what the vault stores."""

    SCHEDULED = "scheduled"
    HELD = "held"
    CANCELLED = "cancelled"
    NO_SHOW = "no_show"


SESSION_STATUSES: tuple[str, ...] = tuple(SessionStatus)
SESSION_STATUS_LABELS: dict[str, str] = {
    "scheduled": QT_TR_NOOP("Scheduled"),
    "held": QT_TR_NOOP("Held"),
    "cancelled": QT_TR_NOOP("Cancelled"),
    "no_show": QT_TR_NOOP("No-show"),
}

NOTE_KINDS: tuple[str, ...] = ("joint", "caucus")
NOTE_KIND_LABELS: dict[str, str] = {
    "joint": QT_TR_NOOP("Joint session"),
    "caucus": QT_TR_NOOP("Caucus"),
}

# What the opening statement must cover (E0): confidentiality, then each exception by name.
CONFIDENTIALITY_ITEM = "confidentiality"

REPORT_METHODS: tuple[str, ...] = ("in person", "telephone", "e-mail", "letter", "online form")


@dataclass(frozen=True)
class Session:
    id: int
    case_id: int
    starts_at: str  # ISO UTC
    ends_at: str
    place: str = ""
    status: str = "scheduled"
    status_reason: str = ""
    opening_statement_at: str | None = None
    opening_statement_by: int | None = None  # mediator id
    held_recorded_at: str | None = None
    created_at: str = ""
    mediator_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class SessionPlan:
    """What a person enters to schedule or move a session (times are aware datetimes' ISO)."""

    starts_at: str
    ends_at: str
    place: str
    mediator_ids: tuple[int, ...]


@dataclass(frozen=True)
class Attendee:
    """A participant as the session sees them (from the case's participant rows)."""

    id: int
    name: str
    role: str
    department: str = ""
    reporting_line: str = ""


@dataclass(frozen=True)
class Commitment:
    """A participant's attendance and verbal commitments at one session (PR1, PR2)."""

    session_id: int
    participant_id: int
    present: bool
    no_compel: bool = False
    no_discuss: bool = False
    agreed_at: str | None = None
    declined_reason: str = ""

    @property
    def agreed(self) -> bool:
        return self.present and self.no_compel and self.no_discuss and self.agreed_at is not None


@dataclass(frozen=True)
class CaseMediator:
    case_id: int
    mediator_id: int
    name: str
    assigned_at: str
    removed_at: str | None = None
    removed_why: str = ""


@dataclass(frozen=True)
class Objection:
    id: int
    case_id: int
    mediator_id: int
    participant_id: int | None
    reason: str
    recorded_at: str
    recorded_by: int | None = None


@dataclass(frozen=True)
class SchedulingWarning:
    """Something the scheduler should see before confirming; never blocks on its own."""

    kind: str  # "clash" | "department" | "reporting_line" | "earlier_case" | "objection" | "past"
    mediator_id: int | None
    message: str


@dataclass(frozen=True)
class AgendaEntry:
    session_id: int
    case_id: int
    case_number: str
    starts_at: str
    ends_at: str
    place: str
    status: str
    mediators: str  # names, comma-separated


@dataclass(frozen=True)
class NoteCount:
    """What any role may know about notes: that they exist, and how many (PR4)."""

    session_id: int
    kind: str
    count: int


@dataclass(frozen=True)
class Note:
    id: int
    case_id: int
    session_id: int
    author_id: int
    kind: str
    body: str
    created_at: str
    updated_at: str


@dataclass(frozen=True)
class Debrief:
    id: int
    case_id: int
    session_id: int | None
    held_on: str  # YYYY-MM-DD
    taking_part: str
    summary: str
    recorded_by: int | None
    recorded_at: str


@dataclass(frozen=True)
class Disclosure:
    """An exception disclosure (E1-E4): what was learned of which kind, and its reporting.

    It never holds what a participant said: only the category, the protected basis, when
    and by whom it was learned, where it goes and when it was reported.
    """

    id: int
    case_id: int
    session_id: int | None
    category: str
    protected_basis: str
    learned_at: str
    learned_by: int | None
    recorded_by: int | None
    routed_office: str
    routed_official: str
    deadline_at: str
    reported_at: str | None
    reported_how: str
    reported_to: str
    created_at: str
    case_number: str = ""
    learned_by_name: str = ""

    @property
    def reported(self) -> bool:
        return self.reported_at is not None


@dataclass(frozen=True)
class OverdueDisclosure:
    """One unreported disclosure past its deadline, for the case list and the director."""

    id: int
    case_id: int
    case_number: str
    category: str
    learned_by: int | None
    learned_by_name: str
    learned_at: str
    deadline_at: str
    routed_office: str


@dataclass(frozen=True)
class ReferralFacts:
    """Everything the referral sheet prints, and nothing more (no participant statements)."""

    office_name: str
    office_address: str
    case_number: str
    category: str
    category_title: str
    clause: str
    exception_text: str
    protected_basis: str
    learned_at: str  # as shown to a person
    learned_by: str
    deadline: str
    routed_office: str
    routed_official: str
    official_contact: str
    policy_version: str
    prepared_at: str
