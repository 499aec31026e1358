"""Records retention (issue #13): the record classes, what is due, holds and purges.

A purge removes a closed case's identifying file once its class's clock has run; its
de-identified facts stay for the statistics. Nothing here carries a name or a content.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import NamedTuple


class RecordClass(StrEnum):
    CASE_FILE = "case_file"  # the identifying case file, N years after the case closed
    DISCLOSURES = "disclosures"  # the log of exception disclosures, N years after recorded

    @property
    def label(self) -> str:
        return {
            "case_file": "Identifying case file",
            "disclosures": "Exception disclosures",
        }[self.value]


# What each class removes, as the director's page and the certificate say it.
WHAT_GOES: dict[RecordClass, str] = {
    RecordClass.CASE_FILE: (
        "participants and their contacts, accommodation tasks, intake and screening answers, "
        "documents and scans, agreements' text, signature tracking, sessions' places and "
        "reasons, debriefs, objections, overrides' reasons, the evaluation code's link"
    ),
    RecordClass.DISCLOSURES: (
        "the disclosure's protected basis, the official and how and to whom it was reported"
    ),
}


class DueState(StrEnum):
    DUE = "due"  # will go at the next purge
    ON_HOLD = "on_hold"  # a legal hold stops it
    NOTES_HELD = "notes_held"  # mediator notes must be destroyed first

    @property
    def label(self) -> str:
        return {
            "due": "Due",
            "on_hold": "On legal hold",
            "notes_held": "Notes still held: destroy them first",
        }[self.value]


class DueRecord(NamedTuple):
    """One case (and class) at the end of its retention (a tuple: the review lists every
    due case of the office, so it is built thousands at a time)."""

    case_id: int
    number: str
    closed_on: str
    record_class: RecordClass
    due_on: str  # the day its clock ran out
    state: DueState
    hold_reason: str = ""
    rows: int = 0  # disclosures: how many go

    @property
    def what_goes(self) -> str:
        return WHAT_GOES[self.record_class]


@dataclass(frozen=True)
class Hold:
    case_id: int
    number: str
    reason: str
    placed_at: str
    placed_by: str


@dataclass(frozen=True)
class PurgedCase:
    """For the certificate: the number of a case purged, and the class."""

    number: str
    record_class: RecordClass
    closed_on: str


@dataclass
class PurgeReceipt:
    purged: list[PurgedCase] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (number, why)
    counts: dict[str, int] = field(default_factory=dict)  # table -> rows removed
    purged_at: str = ""
    approved_by: str = ""
    batches: int = 0
    wipe_complete: bool = True


@dataclass(frozen=True)
class LedgerEntry:
    token: str
    record_class: str
    purged_at: str
