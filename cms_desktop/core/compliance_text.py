"""The words of the compliance review, shared by the window and the printed report.

One wording for both, so what the director reads on screen is what the report prints.
Every line is built from ids, case numbers, dates and counts; none takes a content field.
"""

from __future__ import annotations

from cms_desktop.core.clock import parse_iso
from cms_desktop.model.compliance import (
    OVERRIDE_SIGNED_AGREEMENT,
    DestructionDuty,
    DisclosureDuty,
    DutyState,
    MediatorCompliance,
    OverrideRecord,
    RosterDecision,
    SessionDuty,
    StandingItem,
)
from cms_desktop.model.settings import EXCEPTION_LABELS

DISCLOSURE_STATES = {
    DutyState.MET: "reported on time",
    DutyState.LATE: "reported late",
    DutyState.MISSED: "not reported, overdue",
    DutyState.PENDING: "not yet due",
}
DESTRUCTION_STATES = {
    DutyState.MET: "destroyed on time",
    DutyState.LATE: "destroyed late",
    DutyState.MISSED: "held past the deadline",
    DutyState.PENDING: "not yet due",
}
SESSION_STATES = {DutyState.MET: "complete", DutyState.MISSED: "with gaps"}
DECISION_WORDS = {"suspended": "Suspended", "removed": "Removed", "active": "Reinstated"}


def when(moment: str | None) -> str:
    """A stored time as the report prints it (UTC, to the minute)."""
    if not moment:
        return ""
    return parse_iso(moment).strftime("%Y-%m-%d %H:%M UTC")


def day(moment: str | None) -> str:
    return moment[:10] if moment else ""


def tally(states: list[DutyState], words: dict[DutyState, str]) -> str:
    """ "2 reported on time, 1 reported late" — states in a fixed order, zero counts left out."""
    parts = []
    for state in (DutyState.MET, DutyState.LATE, DutyState.MISSED, DutyState.PENDING):
        count = states.count(state)
        if count and state in words:
            parts.append(f"{count} {words[state]}")
    return ", ".join(parts) or "none"


# -- one line per duty ------------------------------------------------------------------
def disclosure_line(d: DisclosureDuty) -> str:
    kind = EXCEPTION_LABELS.get(d.category, d.category)
    text = f"{kind} ({d.clause}) learned {when(d.learned_at)}, due {when(d.deadline_at)}"
    state = DISCLOSURE_STATES[d.state]
    if d.reported_at:
        state += f" {when(d.reported_at)}"
    return f"{text}: {state}"


def destruction_line(d: DestructionDuty) -> str:
    text = f"Notes after the {d.basis} of {day(d.basis_at)}, due {when(d.deadline_at)}"
    if d.notes_held:
        noun = "note" if d.notes_held == 1 else "notes"
        return f"{text}: {d.notes_held} {noun} {DESTRUCTION_STATES[d.state]}"
    return f"{text}: {DESTRUCTION_STATES[d.state]} {when(d.destroyed_at)}"


def session_line(s: SessionDuty) -> str:
    text = f"Session of {when(s.starts_at)}"
    if s.gaps:
        return f"{text}: " + "; ".join(s.gaps)
    agreements = f"signed agreements {s.agreements_on_file} of {s.agreements_needed} on file"
    if s.agreements_overridden:
        agreements += f", {s.agreements_overridden} overridden by the director"
    return (
        f"{text}: opening statement confirmed, commitments {s.committed} of {s.present}, "
        f"{agreements}"
    )


RULE_LABELS = {OVERRIDE_SIGNED_AGREEMENT: "signed agreement to mediate"}


def override_line(o: OverrideRecord, with_reason: bool = True) -> str:
    """The printed report leaves the reason out: it is the director's note on a case."""
    rule = RULE_LABELS.get(o.rule, o.rule.replace("_", " "))
    text = f"Director override of {rule} on {when(o.decided_at)}"
    return f"{text}: {o.reason}" if with_reason else text


def standing_line(i: StandingItem) -> str:
    text = f"{i.label}: {i.detail}"
    if i.met and i.lapses_on and "lapses" not in i.detail and "required from" not in i.detail:
        text += f"; lapses {i.lapses_on}"
    return text


def decision_line(d: RosterDecision) -> str:
    word = DECISION_WORDS.get(d.status, d.status.title())
    clause = f" under {d.clause}" if d.clause else ""
    by = f" by {d.decided_by}" if d.decided_by else ""
    return f"{day(d.decided_at)} {word}{clause}{by}: {d.reason}"


# -- one cell per area, for a mediator's summary row ----------------------------------------
def disclosures_summary(row: MediatorCompliance) -> str:
    return tally([d.state for d in row.disclosures], DISCLOSURE_STATES)


def destructions_summary(row: MediatorCompliance) -> str:
    return tally([d.state for d in row.destructions], DESTRUCTION_STATES)


def sessions_summary(row: MediatorCompliance) -> str:
    return tally([s.state for s in row.sessions], SESSION_STATES)


def standing_summary(row: MediatorCompliance) -> str:
    if row.standing.in_good_standing:
        lapse = row.standing.next_lapse
        return "good standing" + (f", next lapse {lapse}" if lapse else "")
    return f"{len(row.standing.shortfalls)} short of the minimums"


def standing_shortfalls(row: MediatorCompliance) -> str:
    return "Training and standing: " + "; ".join(i.shortfall for i in row.standing.shortfalls)


def roster_summary(row: MediatorCompliance) -> str:
    status = row.mediator.status
    return f"{status}, eligible" if row.eligible else f"{status}, not eligible"
