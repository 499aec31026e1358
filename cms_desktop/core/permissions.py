"""Who may do what. The table is the policy's P3/PR4 in code; docs/PERMISSIONS.md mirrors it.

Roles are enforced here, in core, not by hiding widgets: every service method calls
`Workspace.require(...)` before it touches a record, and a refused call raises
PermissionDenied with one sentence the window shows as it is.
"""

from __future__ import annotations

from enum import StrEnum

from cms_desktop.model.accounts import Role


class Action(StrEnum):
    # cases and intake (S1)
    VIEW_CASE_LIST = "view the case list"
    VIEW_CASE = "open a case"
    CREATE_CASE = "open a new case"
    EDIT_INTAKE = "change intake and screening"
    PRINT_FORM = "print forms"
    # sessions (S2, S3)
    SCHEDULE_SESSION = "schedule sessions"
    RUN_SESSION = "record what happened at a session"
    READ_NOTES = "read mediator notes"
    WRITE_NOTES = "write mediator notes"
    DESTROY_NOTES = "destroy mediator notes"
    RECORD_DEBRIEF = "record a debrief"
    RECORD_DISCLOSURE = "record an exception disclosure"
    # agreements (P2, R1)
    DRAFT_FINAL_AGREEMENT = "draft the final agreement"
    FILE_SIGNED_PAPER = "file signed paper"
    OVERRIDE_RULE = "override a rule with a reason"
    RECORD_FINAL_SIGNED = "record the signed final agreement"
    CLOSE_CASE = "close a case"
    # evaluations (R1, R3)
    ENTER_EVALUATION = "enter returned evaluation forms"
    VIEW_STATISTICS = "read aggregate statistics"
    MANAGE_QUESTIONNAIRE = "change the evaluation questionnaire"
    # the office
    MANAGE_ACCOUNTS = "manage accounts"
    MANAGE_ROSTER = "manage the roster"
    VIEW_COMPLIANCE = "review roster compliance"
    VIEW_AUDIT = "read the audit trail"
    MANAGE_SETTINGS = "change office settings"
    VIEW_ROSTER = "see the mediator roster"
    # erasure (R2): the record of destruction is kept for a set number of years
    PURGE_TOMBSTONES = "remove old records of note destruction"
    MANAGE_RETENTION = "review and purge records at the end of their retention"
    # debriefs (S3): the supervisor and the case's mediators
    READ_DEBRIEFS = "read debriefs"


D, S, M = Role.DIRECTOR, Role.STAFF, Role.MEDIATOR

# Actions marked "assigned" are allowed to a mediator only on cases they are assigned to.
PERMISSIONS: dict[Action, frozenset[Role]] = {
    Action.VIEW_CASE_LIST: frozenset({D, S, M}),
    Action.VIEW_CASE: frozenset({D, S, M}),
    Action.CREATE_CASE: frozenset({D, S}),
    Action.EDIT_INTAKE: frozenset({D, S}),
    Action.PRINT_FORM: frozenset({D, S, M}),
    Action.SCHEDULE_SESSION: frozenset({D, S}),
    Action.RUN_SESSION: frozenset({M}),
    Action.READ_NOTES: frozenset({M}),
    Action.WRITE_NOTES: frozenset({M}),
    Action.DESTROY_NOTES: frozenset({M}),
    Action.RECORD_DEBRIEF: frozenset({D, M}),
    Action.RECORD_DISCLOSURE: frozenset({D, S, M}),  # staff: what came up at intake
    Action.DRAFT_FINAL_AGREEMENT: frozenset({M}),
    Action.FILE_SIGNED_PAPER: frozenset({D, S}),
    Action.OVERRIDE_RULE: frozenset({D}),
    # Mediators often collect the final signatures at the table (then destroy their notes).
    Action.RECORD_FINAL_SIGNED: frozenset({D, S, M}),
    Action.CLOSE_CASE: frozenset({D, S}),
    Action.ENTER_EVALUATION: frozenset({D, S}),
    Action.VIEW_STATISTICS: frozenset({D}),
    Action.MANAGE_QUESTIONNAIRE: frozenset({D}),
    Action.MANAGE_ACCOUNTS: frozenset({D}),
    Action.MANAGE_ROSTER: frozenset({D}),
    Action.VIEW_COMPLIANCE: frozenset({D}),
    Action.VIEW_AUDIT: frozenset({D}),
    Action.MANAGE_SETTINGS: frozenset({D}),
    Action.VIEW_ROSTER: frozenset({D, S, M}),
    Action.PURGE_TOMBSTONES: frozenset({D}),
    Action.MANAGE_RETENTION: frozenset({D}),
    Action.READ_DEBRIEFS: frozenset({D, M}),
}

# For a mediator these need an assignment to the case (PR4 for notes; S2 for sessions).
ASSIGNED_ONLY: frozenset[Action] = frozenset(
    {
        Action.VIEW_CASE,
        Action.RUN_SESSION,
        Action.READ_NOTES,
        Action.WRITE_NOTES,
        Action.DESTROY_NOTES,
        Action.RECORD_DEBRIEF,
        Action.RECORD_DISCLOSURE,
        Action.DRAFT_FINAL_AGREEMENT,
        Action.PRINT_FORM,
        Action.RECORD_FINAL_SIGNED,
        Action.READ_DEBRIEFS,
    }
)


def allowed(role: Role, action: Action) -> bool:
    return role in PERMISSIONS[action]
