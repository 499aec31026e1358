"""Records of note destruction (R2): what a case still holds, what was destroyed, and the
mediators' word that their paper notes were shredded. Counts and dates only, never text."""

from __future__ import annotations

from dataclasses import dataclass, field

from cms_desktop.model.i18n import QT_TR_NOOP

OUTCOME_LABELS: dict[str, str] = {
    "full": QT_TR_NOOP("Full agreement"),
    "partial": QT_TR_NOOP("Partial agreement"),
    "none": QT_TR_NOOP("No agreement"),
}


@dataclass(frozen=True)
class CaseFacts:
    """What erasure reads of a case: its statistical facts and where its notes stand."""

    id: int
    number: str
    status: str
    outcome: str | None
    dispute_category: str
    referral_source: str
    opened_on: str
    fa_outcome: str | None  # the final agreement's outcome, if one is recorded
    ready_since: str | None  # when the notes became destroyable; ISO
    due: str | None  # ready_since + the office's notes_destruction_days; ISO
    past_due: int

    @property
    def known_outcome(self) -> str | None:
        return self.outcome or self.fa_outcome


@dataclass(frozen=True)
class SessionTimes:
    """A session's booked times and status (is its length recorded, is it settled?)."""

    id: int
    starts_at: str
    ends_at: str
    status: str


@dataclass(frozen=True)
class SessionNotes:
    """The notes one session holds: how many and how long, never what they say."""

    session_id: int
    starts_at: str
    status: str
    note_count: int
    char_count: int


@dataclass(frozen=True)
class NotesHeld:
    """A case that still holds notes, for the case list flag and the compliance view."""

    case_id: int
    number: str
    status: str
    note_count: int
    session_count: int
    ready_since: str | None  # final agreement signed (or recorded) or case closed; ISO
    due: str | None  # ready_since + the office's notes_destruction_days; ISO
    overdue: bool


@dataclass(frozen=True)
class MissingFact:
    """A statistical fact that must be recorded before the notes go.

    `field` is "outcome", "dispute_category" or "referral_source" (the dialog asks for
    these) or "sessions" (recorded in the Session tab; the dialog says which).
    """

    field: str
    message: str


@dataclass(frozen=True)
class FactsFill:
    """Answers for missing facts, given in the destroy dialog. Only blanks are filled."""

    outcome: str | None = None
    dispute_category: str | None = None
    referral_source: str | None = None


@dataclass(frozen=True)
class PaperNotes:
    """A mediator's attestation: paper notes shredded on a date, or none were kept."""

    kept_none: bool = False
    shredded_on: str | None = None  # YYYY-MM-DD


@dataclass(frozen=True)
class PaperAttestation:
    case_id: int
    mediator_id: int | None
    mediator_name: str
    attested_by: int
    kept_none: bool
    shredded_on: str | None
    attested_at: str


@dataclass(frozen=True)
class Tombstone:
    """The record of one session's notes destroyed. Never content."""

    id: int
    case_id: int
    session_id: int | None
    session_starts_at: str | None
    note_count: int
    char_count: int
    destroyed_at: str
    destroyed_by: int | None
    destroyed_by_name: str


@dataclass(frozen=True)
class DestructionPlan:
    """What "Destroy notes…" will do on a case, shown to the mediator before they confirm."""

    case_id: int
    number: str
    sessions: list[SessionNotes]
    missing: list[MissingFact]
    known_outcome: str | None  # from the final agreement when the case row has none

    @property
    def note_count(self) -> int:
        return sum(s.note_count for s in self.sessions)

    @property
    def char_count(self) -> int:
        return sum(s.char_count for s in self.sessions)

    def blocking(self) -> list[MissingFact]:
        """Missing facts the dialog cannot take (they belong to the Session tab)."""
        return [m for m in self.missing if m.field == "sessions"]


@dataclass(frozen=True)
class WipeCheck:
    """What the checkpoint after a destruction reported (the proof the WAL is empty)."""

    busy: int
    wal_frames: int
    wal_bytes: int

    @property
    def complete(self) -> bool:
        return self.busy == 0 and self.wal_frames == 0 and self.wal_bytes == 0


@dataclass(frozen=True)
class DestructionReceipt:
    case_id: int
    note_count: int
    char_count: int
    session_ids: list[int]
    draft_rows: int
    destroyed_at: str
    wipe: WipeCheck
    rekeyed: bool = False


@dataclass(frozen=True)
class NotesStatus:
    """What the case shows about its notes: held, destroyed (tombstones), paper attested."""

    case_id: int
    held: list[SessionNotes] = field(default_factory=list)
    tombstones: list[Tombstone] = field(default_factory=list)
    paper: list[PaperAttestation] = field(default_factory=list)
    ready_since: str | None = None
    due: str | None = None
    overdue: bool = False

    @property
    def note_count(self) -> int:
        return sum(s.note_count for s in self.held)

    @property
    def destroyed(self) -> bool:
        return bool(self.tombstones) and not self.held
