"""Cases, their participants, the intake interview and the documents participants bring."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from cms_desktop.model.i18n import QT_TR_NOOP


class CaseStatus(StrEnum):
    """Where a case stands; the values are what the vault stores (the schema's CHECK list),
    so a member compares equal to the stored text."""

    INTAKE = "intake"
    SCREENED = "screened"
    SCHEDULED = "scheduled"
    IN_MEDIATION = "in_mediation"
    AGREEMENT = "agreement"
    CLOSED = "closed"
    REFERRED = "referred"
    DECLINED = "declined"


# In the order a case moves through them.
CASE_STATUSES: tuple[str, ...] = tuple(CaseStatus)
STATUS_LABELS: dict[str, str] = {
    "intake": QT_TR_NOOP("Intake"),
    "screened": QT_TR_NOOP("Screened"),
    "scheduled": QT_TR_NOOP("Scheduled"),
    "in_mediation": QT_TR_NOOP("In mediation"),
    "agreement": QT_TR_NOOP("Agreement"),
    "closed": QT_TR_NOOP("Closed"),
    "referred": QT_TR_NOOP("Referred"),
    "declined": QT_TR_NOOP("Declined"),
}
# A case in one of these needs no more work from the office.
FINISHED_STATUSES: frozenset[str] = frozenset(
    {CaseStatus.CLOSED, CaseStatus.REFERRED, CaseStatus.DECLINED}
)

PARTICIPANT_ROLES: dict[str, str] = {
    "party": QT_TR_NOOP("Party"),
    "support": QT_TR_NOOP("Support person"),
    "advisor": QT_TR_NOOP("Advisor"),
    "interpreter": QT_TR_NOOP("Interpreter"),
}
AFFILIATIONS: dict[str, str] = {
    "student": QT_TR_NOOP("Student"),
    "faculty": QT_TR_NOOP("Faculty"),
    "staff": QT_TR_NOOP("Staff"),
    "other": QT_TR_NOOP("Other"),
}
# Suggestions; the office may type its own.
CONTACT_METHODS: tuple[str, ...] = ("phone", "e-mail", "in person", "web form", "letter")
REFERRAL_SOURCES: tuple[str, ...] = (
    "self",
    "supervisor",
    "human resources",
    "dean of students",
    "residence life",
    "ombuds office",
    "faculty member",
)


def category_label(category: str) -> str:
    """How a dispute category reads on screen and paper: "workplace" -> "Workplace"
    (only the first letter changes, so "Title IX" stays as the office typed it)."""
    return category[:1].upper() + category[1:]


DECISIONS: dict[str, str] = {
    "proceed": "Proceed to mediation",
    "refer": "Refer elsewhere",
    "decline": "Decline",
}
# Completing intake moves the case to this status, by decision.
STATUS_AFTER_DECISION: dict[str, str] = {
    "proceed": CaseStatus.SCREENED,
    "refer": CaseStatus.REFERRED,
    "decline": CaseStatus.DECLINED,
}

# What the interviewer confirms was explained (E0): the policy, then each exception.
POLICY_EXPLAINED = "policy"


@dataclass(frozen=True)
class Participant:
    id: int | None  # None until saved
    name: str
    role: str = "party"
    affiliation: str = "student"
    department: str = ""
    reporting_line: str = ""
    email: str = ""
    phone: str = ""
    language: str = ""
    accessibility: str = ""
    position: int = 0


@dataclass(frozen=True)
class CaseDetails:
    """What the intake coordinator types about the case itself."""

    opened_on: str  # YYYY-MM-DD
    referral_source: str = ""
    dispute_category: str = ""
    contact_method: str = ""
    language: str = "en"  # the participants' printed forms (model/i18n.FORM_LANGUAGES)


@dataclass(frozen=True)
class Case:
    id: int
    number: str
    year: int
    seq: int
    opened_on: str
    status: str
    referral_source: str
    dispute_category: str
    contact_method: str
    outcome: str | None
    closed_on: str | None
    evaluation_code: str | None
    created_by: int | None
    updated_at: str
    language: str = "en"  # the participants' printed forms (model/i18n.FORM_LANGUAGES)

    @property
    def details(self) -> CaseDetails:
        return CaseDetails(
            self.opened_on, self.referral_source, self.dispute_category, self.contact_method
        )


@dataclass(frozen=True)
class Screening:
    """The pre-mediation screening and intake interview (S1), as typed."""

    interview_date: str | None = None
    interviewer_id: int | None = None
    safety_concerns: bool = False
    power_imbalance: bool = False
    capacity_ok: bool = True
    suitable: bool = True
    exception_came_up: bool = False
    screening_notes: str = ""
    decision: str | None = None  # proceed | refer | decline
    decision_detail: str = ""  # where to (refer) or why (decline)
    intake_notes: str = ""


@dataclass(frozen=True)
class Intake:
    """The stored intake: the screening plus who confirmed what, and when."""

    case_id: int
    screening: Screening = field(default_factory=Screening)
    explained_items: frozenset[str] = frozenset()  # ticked so far (see IntakeForm.explained)
    exceptions_explained_at: str | None = None
    exceptions_explained_by: int | None = None
    explained_policy_version: str = ""
    completed_at: str | None = None
    completed_by: int | None = None

    @property
    def explained(self) -> bool:
        return self.exceptions_explained_at is not None

    @property
    def completed(self) -> bool:
        return self.completed_at is not None


@dataclass(frozen=True)
class IntakeForm:
    """Everything the Intake tab saves in one go (a new case when `case_id` is None)."""

    details: CaseDetails
    participants: tuple[Participant, ...]
    screening: Screening
    # What the interviewer ticked as explained: POLICY_EXPLAINED and exception categories.
    explained: frozenset[str] = frozenset()


@dataclass(frozen=True)
class ParticipantDocument:
    """A document a participant brought (S5): not confidential by use in mediation."""

    id: int | None
    case_id: int
    title: str
    brought_by: str = ""
    brought_on: str | None = None
    attachment_id: int | None = None
    scan_name: str = ""
    scan_size: int = 0


@dataclass(frozen=True)
class Scan:
    """A file a person chose, read into memory to be stored inside the vault."""

    filename: str
    mime: str
    data: bytes


@dataclass(frozen=True)
class CaseFile:
    """One case as the Intake tab and the intake form show it."""

    case: Case
    participants: tuple[Participant, ...]
    intake: Intake
    documents: tuple[ParticipantDocument, ...]
    interviewer_name: str = ""
    explained_by_name: str = ""
    completed_by_name: str = ""


# -- the case list -------------------------------------------------------------------------
@dataclass(frozen=True)
class CaseListQuery:
    """What the case list shows: search text, filters and order."""

    text: str = ""
    statuses: frozenset[str] = frozenset()  # empty: every status
    opened_from: str | None = None  # YYYY-MM-DD, inclusive
    opened_to: str | None = None  # YYYY-MM-DD, inclusive
    sort: str = "opened"  # a key of storage/case_list_store.py's SORT_COLUMNS
    descending: bool = True
    only_mediator_id: int | None = None  # set by core for a mediator: assigned cases only


@dataclass(frozen=True)
class CaseListRow:
    id: int
    number: str
    year: int
    seq: int
    opened_on: str
    status: str
    dispute_category: str
    sort_name: str
    names: str
