"""Agreements: the agreement to mediate, the final agreement, signed paper, overrides."""

from __future__ import annotations

from dataclasses import dataclass, field

from cms_desktop.model.i18n import QT_TR_NOOP

# The forms whose signed paper the office files (signed_copy.form).
AGREEMENT_TO_MEDIATE = "agreement_to_mediate"
FINAL_AGREEMENT = "final_agreement"

OUTCOMES: dict[str, str] = {
    "full": QT_TR_NOOP("Full agreement"),
    "partial": QT_TR_NOOP("Partial agreement"),
    "none": QT_TR_NOOP("No agreement"),
}

CONFIDENTIALITY: dict[str, str] = {
    "confidential": "Confidential",
    "shareable": "Shareable",
}

PARTICIPANT_ROLES: dict[str, str] = {
    "party": QT_TR_NOOP("Participant"),
    "support": QT_TR_NOOP("Support person"),
    "advisor": QT_TR_NOOP("Advisor"),
    "interpreter": QT_TR_NOOP("Interpreter"),
}

# director_override.rule for "this session may be held although this participant has not
# returned a signed agreement to mediate".
RULE_UNSIGNED_AGREEMENT = "unsigned_agreement_to_mediate"


@dataclass(frozen=True)
class Party:
    """A participant as the agreements see them."""

    id: int
    name: str
    role: str  # party | support | advisor | interpreter

    @property
    def role_label(self) -> str:
        return PARTICIPANT_ROLES.get(self.role, self.role.title())


@dataclass(frozen=True)
class CaseMediator:
    id: int
    name: str


@dataclass(frozen=True)
class CaseParties:
    """What the forms print about a case: its number, who takes part, who mediates."""

    case_id: int
    number: str
    status: str
    outcome: str | None
    participants: tuple[Party, ...]
    mediators: tuple[CaseMediator, ...]

    @property
    def parties(self) -> tuple[Party, ...]:
        """The disputants (role "party"): they sign the final agreement."""
        return tuple(p for p in self.participants if p.role == "party")


@dataclass(frozen=True)
class AgreementPrint:
    id: int
    case_id: int
    policy_version: str
    printed_at: str
    printed_by: str  # display name of the user


@dataclass(frozen=True)
class SignedCopy:
    id: int
    case_id: int
    form: str
    participant_id: int | None
    mediator_id: int | None
    received_on: str  # YYYY-MM-DD
    filed_by: str  # display name of the user who filed it
    attachment_id: int | None


@dataclass(frozen=True)
class SignerStatus:
    """One signer of a form and whether their signed paper came back."""

    participant_id: int
    name: str
    role: str
    copy: SignedCopy | None

    @property
    def returned(self) -> bool:
        return self.copy is not None


@dataclass(frozen=True)
class Scan:
    filename: str
    mime: str
    data: bytes


@dataclass
class FinalAgreement:
    case_id: int
    outcome: str = "full"  # full | partial | none
    terms: list[str] = field(default_factory=list)  # the participants' own words
    confidentiality: str = "confidential"  # confidential | shareable
    share_with: str = ""
    share_how: str = ""
    policy_version: str = ""
    drafted_by: int | None = None  # mediator id
    drafted_at: str = ""
    signed_at: str | None = None


@dataclass(frozen=True)
class SessionSignatures:
    """A session of the case and who present has not returned a signed agreement."""

    session_id: int
    starts_at: str
    status: str
    missing: list[str]


@dataclass(frozen=True)
class Override:
    id: int
    case_id: int
    session_id: int | None
    participant_id: int | None
    rule: str
    reason: str
    decided_by: str
    decided_at: str
