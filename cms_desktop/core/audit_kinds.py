"""The audit vocabulary: every kind of event the program writes, with what the Audit page
calls it and, for the kinds that change what another screen shows, the area announced
after the commit (core/context.py `Change`).

`AuditTrail.record` takes only these, so a kind cannot be written without a label.
The value is the string stored in the audit row; it never changes once rows carry it.
"""

from __future__ import annotations

from enum import StrEnum


class AuditKind(StrEnum):
    label: str
    area: str | None

    def __new__(cls, value: str, label: str, area: str | None = None) -> AuditKind:
        member = str.__new__(cls, value)
        member._value_ = value
        member.label = label
        member.area = area
        return member

    # -- the office, signing in and out ----------------------------------------------------
    OFFICE_CREATED = ("office_created", "Office created")
    DEMO_LOADED = ("demo_loaded", "Loaded the demo office")
    SIGN_IN = ("sign_in", "Signed in")
    SIGN_IN_FAILED = ("sign_in_failed", "Failed sign-in")
    SIGN_OUT = ("sign_out", "Signed out")
    LOCK = ("lock", "Locked")
    UNLOCK = ("unlock", "Unlocked")
    SETTINGS_CHANGED = ("settings_changed", "Changed office settings", "settings")
    VERIFY = ("verify", "Checked the vault and the audit trail")
    VAULT_REKEYED = ("vault_rekeyed", "Re-keyed the vault")
    VAULT_REKEY_FAILED = ("vault_rekey_failed", "Could not re-key the vault")
    DRAFT_KEPT = ("draft_kept", "Kept unsaved edits as a draft")
    DRAFT_RESTORED = ("draft_restored", "Restored a draft")
    DRAFT_DISCARDED = ("draft_discarded", "Discarded a draft")
    # -- accounts ---------------------------------------------------------------------------
    ACCOUNT_ADDED = ("account_added", "Added an account", "account")
    ACCOUNT_DISABLED = ("account_disabled", "Disabled an account", "account")
    ACCOUNT_ENABLED = ("account_enabled", "Enabled an account", "account")
    ACCOUNT_REMOVED = ("account_removed", "Removed an account", "account")
    PASSWORD_RESET = ("password_reset", "Reset a password", "account")
    PASSWORD_CHANGED = ("password_changed", "Changed own password")
    PASSWORD_RECOVERED = (
        "password_recovered",
        "Replaced the director's password with the recovery key",
    )
    RECOVERY_KEY_REPLACED = ("recovery_key_replaced", "Made a new recovery key")
    # -- the roster and standing ----------------------------------------------------------
    ROSTER_ADDED = ("roster_added", "Added a mediator to the roster", "roster")
    ROSTER_CHANGED = ("roster_changed", "Changed a roster entry", "roster")
    ROSTER_STATUS = ("roster_status", "Roster decision", "roster")
    ROSTER_DECISION = ("roster_decision", "Decided a mediator's standing", "roster")
    TRAINING_RECORDED = ("training_recorded", "Recorded training", "roster")
    ASSIGNMENT_ENDED = ("assignment_ended", "Ended a mediator's assignment")
    # -- cases and intake -----------------------------------------------------------------
    CASE_CREATED = ("case_created", "Opened a case", "case")
    VIEW_CASE = ("view_case", "Viewed a case")
    INTAKE_SAVED = ("intake_saved", "Saved an intake", "case")
    INTAKE_COMPLETED = ("intake_completed", "Completed an intake", "case")
    EXCEPTIONS_EXPLAINED = ("exceptions_explained", "Recorded the exceptions explained")
    DOCUMENT_ADDED = ("document_added", "Added a participant document")
    DOCUMENT_CHANGED = ("document_changed", "Changed a participant document")
    DOCUMENT_REMOVED = ("document_removed", "Removed a participant document")
    SCAN_STORED = ("scan_stored", "Stored a scan")
    SCAN_REMOVED = ("scan_removed", "Removed a scan")
    VIEW_SCAN = ("view_scan", "Viewed a scan")
    # -- sessions -------------------------------------------------------------------------
    SESSION_SCHEDULED = ("session_scheduled", "Scheduled a session", "session")
    SESSION_RESCHEDULED = ("session_rescheduled", "Rescheduled a session", "session")
    SESSION_CANCELLED = ("session_cancelled", "Cancelled a session", "session")
    SESSION_NO_SHOW = ("session_no_show", "Recorded a no-show", "session")
    SESSION_HELD = ("session_held", "Recorded a session as held", "session")
    SESSION_HELD_REFUSED = ("session_held_refused", "Could not record a session as held")
    MEDIATOR_ASSIGNED = ("mediator_assigned", "Assigned a mediator")
    MEDIATOR_REPLACED = ("mediator_replaced", "Replaced a mediator")
    MEDIATOR_OBJECTION = ("mediator_objection", "Recorded an objection to a mediator", "session")
    OPENING_STATEMENT_CONFIRMED = (
        "opening_statement_confirmed",
        "Confirmed the opening statement",
        "session",
    )
    COMMITMENTS_RECORDED = (
        "commitments_recorded",
        "Recorded the participants' commitments",
        "session",
    )
    # -- notes, debriefs, disclosures -------------------------------------------------------
    NOTE_CREATED = ("note_created", "Wrote a note")
    NOTE_EDITED = ("note_edited", "Edited a note")
    NOTES_READ = ("notes_read", "Read notes")
    NOTES_DESTROYED = ("notes_destroyed", "Destroyed notes", "notes")
    NOTES_WIPE_INCOMPLETE = ("notes_wipe_incomplete", "Notes deleted, journal not yet wiped")
    PAPER_NOTES_ATTESTED = ("paper_notes_attested", "Attested paper notes shredded", "notes")
    TOMBSTONES_PURGED = ("tombstones_purged", "Purged old destruction records")
    DEBRIEF_RECORDED = ("debrief_recorded", "Recorded a debrief", "debrief")
    DEBRIEF_CHANGED = ("debrief_changed", "Changed a debrief", "debrief")
    DEBRIEFS_READ = ("debriefs_read", "Read debriefs")
    DISCLOSURE_RECORDED = ("disclosure_recorded", "Recorded a disclosure", "disclosure")
    DISCLOSURE_REPORTED = ("disclosure_reported", "Reported a disclosure", "disclosure")
    REFERRAL_PREPARED = ("referral_prepared", "Prepared a referral")
    # -- agreements -------------------------------------------------------------------------
    AGREEMENT_PRINTED = ("agreement_printed", "Printed the agreement to mediate")
    SIGNED_COPY_FILED = ("signed_copy_filed", "Filed a signed copy", "case")
    SIGNED_COPY_REMOVED = ("signed_copy_removed", "Removed a signed copy")
    DIRECTOR_OVERRIDE = ("director_override", "Director's override", "case")
    FINAL_AGREEMENT_SAVED = ("final_agreement_saved", "Saved the final agreement")
    FINAL_AGREEMENT_SIGNED = (
        "final_agreement_signed",
        "Recorded the final agreement signed",
        "case",
    )
    CASE_CLOSED = ("case_closed", "Closed a case", "case")
    # -- follow-through: accommodations, safe contact, conflicts, follow-ups ----------------
    ACCOMMODATION_ADDED = ("accommodation_added", "Added an accommodation task", "case")
    ACCOMMODATION_DONE = ("accommodation_done", "Marked an accommodation task done", "case")
    ACCOMMODATION_REOPENED = ("accommodation_reopened", "Reopened an accommodation task", "case")
    CONTACT_CHANGED = ("contact_changed", "Changed how a participant may be contacted")
    NO_CONFLICT_DECLARED = ("no_conflict_declared", "Declared no conflict on a case", "case")
    CONFLICT_DECLARED = ("conflict_declared", "Declared a conflict on a case", "case")
    FOLLOW_UP_RECORDED = ("follow_up_recorded", "Recorded whether an agreement held", "case")
    # -- evaluations ------------------------------------------------------------------------
    EVALUATION_CODE_ASSIGNED = ("evaluation_code_assigned", "Assigned an evaluation code")
    EVALUATION_ENTERED = ("evaluation_entered", "Entered an evaluation", "evaluation")
    EVALUATION_REMOVED = ("evaluation_removed", "Removed an evaluation", "evaluation")
    QUESTIONNAIRE_VERSION_ADDED = (
        "questionnaire_version_added",
        "Added a questionnaire version",
        "questionnaire",
    )
    # -- backups and restores --------------------------------------------------------------
    BACKUP_WRITTEN = ("backup_written", "Made a backup (notes left out)", "backups")
    RESTORE_DRILL = ("restore_drill", "Opened the newest backup in a restore drill", "backups")
    RESTORE_DRILL_FAILED = ("restore_drill_failed", "A restore drill failed")
    RESTORED_FROM_BACKUP = ("restored_from_backup", "Restored the office from a backup")
    # -- records retention --------------------------------------------------------------------
    LEGAL_HOLD_PLACED = ("legal_hold_placed", "Placed a legal hold on a case", "retention")
    LEGAL_HOLD_LIFTED = ("legal_hold_lifted", "Lifted a legal hold", "retention")
    RECORDS_PURGED = (
        "records_purged",
        "Purged case files at the end of their retention",
        "retention",
    )
    PURGE_WIPE_INCOMPLETE = ("purge_wipe_incomplete", "Case files purged, journal not yet wiped")
    PURGE_RECORDS_REMOVED = ("purge_records_removed", "Removed old purge records")
    PURGES_REAPPLIED = ("purges_reapplied", "Purged again after a restore (purge ledger)")
    # -- reports --------------------------------------------------------------------------
    REPORT_EXPORTED = ("report_exported", "Exported the annual report")
    # -- forms leaving the program (the stored strings predate this list) --------------------
    FORM_PRINTED = ("print", "Printed a form")
    PDF_SAVED = ("save_pdf", "Saved a PDF")


# Labels that once stood in the Audit page's table without any code writing them; rows an
# older version wrote under these names still read sensibly.
FORMER_LABELS: dict[str, str] = {
    "record_changed": "Changed a record",
    "letters_changed": "Changed the letter templates",
    "form_printed": AuditKind.FORM_PRINTED.label,
    "pdf_saved": AuditKind.PDF_SAVED.label,
    "case_viewed": AuditKind.VIEW_CASE.label,
}


def audit_kind(kind: str) -> AuditKind:
    """The member whose stored name is `kind`; ValueError for a kind not in the list."""
    found = AuditKind._value2member_map_.get(str(kind))
    if not isinstance(found, AuditKind):
        raise ValueError(f"{kind!r} is not a kind of audit event")
    return found


def kind_label(kind: str) -> str:
    """What the Audit page calls a stored kind; an unknown one with underscores as spaces."""
    if kind in AuditKind._value2member_map_:
        return audit_kind(kind).label
    return FORMER_LABELS.get(kind) or kind.replace("_", " ").capitalize()
