-- CMS Desktop schema, version 1: every record the office keeps.
-- Times are ISO-8601 text in UTC ("2026-11-27T14:05:00+00:00"); dates are "YYYY-MM-DD".
-- Booleans are 0/1. Nothing here is ever copied outside the vault.

-- Office settings (name, address, reporting officials, deadlines, paper size ...): JSON values.
CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- The roster. A mediator may have no account (volunteers who never use the computer).
CREATE TABLE mediator (
    id                    INTEGER PRIMARY KEY,
    name                  TEXT NOT NULL,
    affiliation           TEXT NOT NULL DEFAULT '',
    department            TEXT NOT NULL DEFAULT '',
    reporting_line        TEXT NOT NULL DEFAULT '',
    email                 TEXT NOT NULL DEFAULT '',
    phone                 TEXT NOT NULL DEFAULT '',
    training_date         TEXT,
    pledge_date           TEXT,
    background_check_date TEXT,
    status                TEXT NOT NULL DEFAULT 'active'
                          CHECK (status IN ('active', 'inactive', 'suspended', 'removed')),
    created_at            TEXT NOT NULL
);

-- Dated history of roster decisions; clause is F1/F2/F3 for a removal under the policy.
CREATE TABLE mediator_status_history (
    id          INTEGER PRIMARY KEY,
    mediator_id INTEGER NOT NULL REFERENCES mediator(id),
    status      TEXT NOT NULL,
    clause      TEXT CHECK (clause IN ('F1', 'F2', 'F3') OR clause IS NULL),
    reason      TEXT NOT NULL DEFAULT '',
    decided_at  TEXT NOT NULL,
    decided_by  INTEGER REFERENCES user_account(id)
);
CREATE INDEX mediator_status_history_mediator ON mediator_status_history(mediator_id, decided_at);

-- Training and apprenticeship steps (basic, observation, co_mediation, observed_solo, in_service).
CREATE TABLE mediator_training (
    id          INTEGER PRIMARY KEY,
    mediator_id INTEGER NOT NULL REFERENCES mediator(id),
    kind        TEXT NOT NULL,
    on_date     TEXT NOT NULL,
    hours       REAL NOT NULL DEFAULT 0,
    detail      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX mediator_training_mediator ON mediator_training(mediator_id, on_date);

-- Accounts. Passwords are never stored: the key slots beside the vault hold the vault key.
CREATE TABLE user_account (
    id                   INTEGER PRIMARY KEY,
    username             TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name         TEXT NOT NULL,
    role                 TEXT NOT NULL CHECK (role IN ('director', 'staff', 'mediator')),
    mediator_id          INTEGER REFERENCES mediator(id),
    status               TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'disabled')),
    must_change_password INTEGER NOT NULL DEFAULT 0,
    created_at           TEXT NOT NULL
);

-- Cases: CMS-YYYY-NNNN, numbered per year without gaps (year, seq).
CREATE TABLE dispute_case (
    id               INTEGER PRIMARY KEY,
    number           TEXT NOT NULL UNIQUE,
    year             INTEGER NOT NULL,
    seq              INTEGER NOT NULL,
    opened_on        TEXT NOT NULL,
    status           TEXT NOT NULL DEFAULT 'intake'
                     CHECK (status IN ('intake', 'screened', 'scheduled', 'in_mediation',
                                       'agreement', 'closed', 'referred', 'declined')),
    referral_source  TEXT NOT NULL DEFAULT '',
    dispute_category TEXT NOT NULL DEFAULT '',
    contact_method   TEXT NOT NULL DEFAULT '',
    outcome          TEXT CHECK (outcome IN ('full', 'partial', 'none') OR outcome IS NULL),
    closed_on        TEXT,
    evaluation_code  TEXT UNIQUE,
    created_by       INTEGER REFERENCES user_account(id),
    updated_at       TEXT NOT NULL,
    UNIQUE (year, seq)
);
CREATE INDEX dispute_case_opened ON dispute_case(opened_on);
CREATE INDEX dispute_case_status_opened ON dispute_case(status, opened_on);

CREATE TABLE participant (
    id             INTEGER PRIMARY KEY,
    case_id        INTEGER NOT NULL REFERENCES dispute_case(id) ON DELETE CASCADE,
    position       INTEGER NOT NULL DEFAULT 0,
    name           TEXT NOT NULL,
    role           TEXT NOT NULL DEFAULT 'party'
                   CHECK (role IN ('party', 'support', 'advisor', 'interpreter')),
    affiliation    TEXT NOT NULL DEFAULT 'student'
                   CHECK (affiliation IN ('student', 'faculty', 'staff', 'other')),
    department     TEXT NOT NULL DEFAULT '',
    reporting_line TEXT NOT NULL DEFAULT '',
    email          TEXT NOT NULL DEFAULT '',
    phone          TEXT NOT NULL DEFAULT '',
    language       TEXT NOT NULL DEFAULT '',
    accessibility  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX participant_case ON participant(case_id, position);

-- Search over case numbers and participants' names (never notes). secure-delete is switched
-- on right after creation (see migrations.py) so a removed name leaves no trace in the index.
CREATE VIRTUAL TABLE case_search USING fts5(
    number, names, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);

-- Pre-mediation screening and the intake interview (S1), one per case.
CREATE TABLE intake (
    case_id                 INTEGER PRIMARY KEY REFERENCES dispute_case(id) ON DELETE CASCADE,
    interview_date          TEXT,
    interviewer_id          INTEGER REFERENCES user_account(id),
    safety_concerns         INTEGER NOT NULL DEFAULT 0,
    power_imbalance         INTEGER NOT NULL DEFAULT 0,
    capacity_ok             INTEGER NOT NULL DEFAULT 1,
    suitable                INTEGER NOT NULL DEFAULT 1,
    exception_came_up       INTEGER NOT NULL DEFAULT 0,
    screening_notes         TEXT NOT NULL DEFAULT '',
    decision                TEXT CHECK (decision IN ('proceed', 'refer', 'decline') OR decision IS NULL),
    decision_detail         TEXT NOT NULL DEFAULT '',
    intake_notes            TEXT NOT NULL DEFAULT '',
    exceptions_explained_at TEXT,
    exceptions_explained_by INTEGER REFERENCES user_account(id),
    completed_at            TEXT,
    completed_by            INTEGER REFERENCES user_account(id)
);

-- Scans and other files, kept inside the vault.
CREATE TABLE attachment (
    id        INTEGER PRIMARY KEY,
    case_id   INTEGER NOT NULL REFERENCES dispute_case(id) ON DELETE CASCADE,
    kind      TEXT NOT NULL,
    filename  TEXT NOT NULL DEFAULT '',
    mime      TEXT NOT NULL DEFAULT 'application/octet-stream',
    data      BLOB NOT NULL,
    added_at  TEXT NOT NULL,
    added_by  INTEGER REFERENCES user_account(id)
);
CREATE INDEX attachment_case ON attachment(case_id);

-- Documents participants brought (S5): not confidential by use in mediation.
CREATE TABLE participant_document (
    id            INTEGER PRIMARY KEY,
    case_id       INTEGER NOT NULL REFERENCES dispute_case(id) ON DELETE CASCADE,
    title         TEXT NOT NULL,
    brought_by    TEXT NOT NULL DEFAULT '',
    brought_on    TEXT,
    attachment_id INTEGER REFERENCES attachment(id) ON DELETE SET NULL
);
CREATE INDEX participant_document_case ON participant_document(case_id);

-- Mediators assigned to a case (notes are readable only by these, PR4).
CREATE TABLE case_mediator (
    case_id      INTEGER NOT NULL REFERENCES dispute_case(id) ON DELETE CASCADE,
    mediator_id  INTEGER NOT NULL REFERENCES mediator(id),
    assigned_at  TEXT NOT NULL,
    removed_at   TEXT,
    removed_why  TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (case_id, mediator_id)
) WITHOUT ROWID;
CREATE INDEX case_mediator_mediator ON case_mediator(mediator_id, case_id);

-- A party's objection to an assigned mediator.
CREATE TABLE mediator_objection (
    id             INTEGER PRIMARY KEY,
    case_id        INTEGER NOT NULL REFERENCES dispute_case(id) ON DELETE CASCADE,
    mediator_id    INTEGER NOT NULL REFERENCES mediator(id),
    participant_id INTEGER REFERENCES participant(id) ON DELETE SET NULL,
    reason         TEXT NOT NULL DEFAULT '',
    recorded_at    TEXT NOT NULL,
    recorded_by    INTEGER REFERENCES user_account(id)
);

CREATE TABLE mediation_session (
    id                        INTEGER PRIMARY KEY,
    case_id                   INTEGER NOT NULL REFERENCES dispute_case(id) ON DELETE CASCADE,
    starts_at                 TEXT NOT NULL,
    ends_at                   TEXT NOT NULL,
    place                     TEXT NOT NULL DEFAULT '',
    status                    TEXT NOT NULL DEFAULT 'scheduled'
                              CHECK (status IN ('scheduled', 'held', 'cancelled', 'no_show')),
    status_reason             TEXT NOT NULL DEFAULT '',
    opening_statement_at      TEXT,
    opening_statement_by      INTEGER REFERENCES mediator(id),
    held_recorded_at          TEXT,
    created_at                TEXT NOT NULL
);
CREATE INDEX mediation_session_case ON mediation_session(case_id, starts_at);
CREATE INDEX mediation_session_starts ON mediation_session(starts_at);

CREATE TABLE session_mediator (
    session_id  INTEGER NOT NULL REFERENCES mediation_session(id) ON DELETE CASCADE,
    mediator_id INTEGER NOT NULL REFERENCES mediator(id),
    PRIMARY KEY (session_id, mediator_id)
) WITHOUT ROWID;
CREATE INDEX session_mediator_mediator ON session_mediator(mediator_id);

-- Each participant's verbal commitments at a session (PR1, PR2).
CREATE TABLE session_commitment (
    session_id      INTEGER NOT NULL REFERENCES mediation_session(id) ON DELETE CASCADE,
    participant_id  INTEGER NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
    present         INTEGER NOT NULL DEFAULT 1,
    no_compel       INTEGER NOT NULL DEFAULT 0,
    no_discuss      INTEGER NOT NULL DEFAULT 0,
    agreed_at       TEXT,
    declined_reason TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (session_id, participant_id)
) WITHOUT ROWID;

-- Mediator notes (S2): readable only by assigned mediators, destroyed after the final
-- agreement (R2). Never indexed, drafted, copied or exported.
CREATE TABLE note (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES dispute_case(id),
    session_id  INTEGER NOT NULL REFERENCES mediation_session(id),
    author_id   INTEGER NOT NULL REFERENCES mediator(id),
    kind        TEXT NOT NULL DEFAULT 'joint' CHECK (kind IN ('joint', 'caucus')),
    body        TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX note_case ON note(case_id, session_id);

-- What was destroyed, when and by whom; never the content.
CREATE TABLE note_tombstone (
    id                INTEGER PRIMARY KEY,
    case_id           INTEGER NOT NULL REFERENCES dispute_case(id),
    session_id        INTEGER REFERENCES mediation_session(id),
    note_count        INTEGER NOT NULL,
    char_count        INTEGER NOT NULL,
    destroyed_at      TEXT NOT NULL,
    destroyed_by      INTEGER REFERENCES user_account(id),
    paper_shredded_on TEXT,
    paper_attested_by INTEGER REFERENCES user_account(id)
);
CREATE INDEX note_tombstone_case ON note_tombstone(case_id);

-- Post-mediation discussions among mediators and their supervisor (S3).
CREATE TABLE debrief (
    id           INTEGER PRIMARY KEY,
    case_id      INTEGER NOT NULL REFERENCES dispute_case(id) ON DELETE CASCADE,
    session_id   INTEGER REFERENCES mediation_session(id) ON DELETE SET NULL,
    held_on      TEXT NOT NULL,
    taking_part  TEXT NOT NULL DEFAULT '',
    summary      TEXT NOT NULL DEFAULT '',
    recorded_by  INTEGER REFERENCES user_account(id),
    recorded_at  TEXT NOT NULL
);
CREATE INDEX debrief_case ON debrief(case_id);

-- Disclosures under the policy's exceptions (E1-E4) and their reporting.
CREATE TABLE exception_report (
    id               INTEGER PRIMARY KEY,
    case_id          INTEGER NOT NULL REFERENCES dispute_case(id),
    session_id       INTEGER REFERENCES mediation_session(id),
    category         TEXT NOT NULL CHECK (category IN ('sexual_harassment', 'discrimination',
                                                        'physical_harm', 'misconduct_defense')),
    protected_basis  TEXT NOT NULL DEFAULT '',
    learned_at       TEXT NOT NULL,
    learned_by       INTEGER REFERENCES mediator(id),
    recorded_by      INTEGER REFERENCES user_account(id),
    routed_office    TEXT NOT NULL,
    routed_official  TEXT NOT NULL DEFAULT '',
    deadline_at      TEXT NOT NULL,
    reported_at      TEXT,
    reported_how     TEXT NOT NULL DEFAULT '',
    reported_to      TEXT NOT NULL DEFAULT '',
    created_at       TEXT NOT NULL
);
CREATE INDEX exception_report_case ON exception_report(case_id);
CREATE INDEX exception_report_open ON exception_report(reported_at, deadline_at);

-- Printed agreements to mediate (policy version printed).
CREATE TABLE agreement_to_mediate (
    id             INTEGER PRIMARY KEY,
    case_id        INTEGER NOT NULL REFERENCES dispute_case(id) ON DELETE CASCADE,
    policy_version TEXT NOT NULL,
    printed_at     TEXT NOT NULL,
    printed_by     INTEGER REFERENCES user_account(id)
);
CREATE INDEX agreement_to_mediate_case ON agreement_to_mediate(case_id);

-- Signed paper returned: per participant (or mediator), per form (R1).
CREATE TABLE signed_copy (
    id             INTEGER PRIMARY KEY,
    case_id        INTEGER NOT NULL REFERENCES dispute_case(id) ON DELETE CASCADE,
    form           TEXT NOT NULL CHECK (form IN ('agreement_to_mediate', 'final_agreement', 'intake_form')),
    participant_id INTEGER REFERENCES participant(id) ON DELETE CASCADE,
    mediator_id    INTEGER REFERENCES mediator(id),
    received_on    TEXT NOT NULL,
    filed_by       INTEGER REFERENCES user_account(id),
    attachment_id  INTEGER REFERENCES attachment(id) ON DELETE SET NULL
);
CREATE INDEX signed_copy_case ON signed_copy(case_id, form);

-- A director's override of a rule, with the reason (listed on the compliance view).
CREATE TABLE director_override (
    id             INTEGER PRIMARY KEY,
    case_id        INTEGER NOT NULL REFERENCES dispute_case(id) ON DELETE CASCADE,
    session_id     INTEGER REFERENCES mediation_session(id) ON DELETE CASCADE,
    participant_id INTEGER REFERENCES participant(id) ON DELETE CASCADE,
    rule           TEXT NOT NULL,
    reason         TEXT NOT NULL,
    decided_by     INTEGER REFERENCES user_account(id),
    decided_at     TEXT NOT NULL
);
CREATE INDEX director_override_case ON director_override(case_id);

-- The final agreement (P2, PR3): terms in the participants' own words, outcome decision.
CREATE TABLE final_agreement (
    case_id          INTEGER PRIMARY KEY REFERENCES dispute_case(id) ON DELETE CASCADE,
    outcome          TEXT NOT NULL CHECK (outcome IN ('full', 'partial', 'none')),
    terms            TEXT NOT NULL DEFAULT '[]',
    confidentiality  TEXT NOT NULL DEFAULT 'confidential'
                     CHECK (confidentiality IN ('confidential', 'shareable')),
    share_with       TEXT NOT NULL DEFAULT '',
    share_how        TEXT NOT NULL DEFAULT '',
    policy_version   TEXT NOT NULL DEFAULT '',
    drafted_by       INTEGER REFERENCES mediator(id),
    drafted_at       TEXT NOT NULL,
    signed_at        TEXT
);

-- Evaluation questionnaires (versioned) and returned forms; no participant or case link,
-- only the case's short evaluation code.
CREATE TABLE questionnaire (
    version    INTEGER PRIMARY KEY,
    definition TEXT NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE evaluation (
    id                    INTEGER PRIMARY KEY,
    evaluation_code       TEXT NOT NULL,
    questionnaire_version INTEGER NOT NULL REFERENCES questionnaire(version),
    respondent_role       TEXT NOT NULL DEFAULT 'other',
    answers               TEXT NOT NULL DEFAULT '{}',
    comments              TEXT NOT NULL DEFAULT '',
    received_on           TEXT NOT NULL,
    entered_by            INTEGER REFERENCES user_account(id)
);
CREATE INDEX evaluation_code ON evaluation(evaluation_code);
CREATE INDEX evaluation_received ON evaluation(received_on);

-- Unsaved edits kept across a lock for the user who made them (never notes).
CREATE TABLE draft (
    user_id   INTEGER NOT NULL REFERENCES user_account(id) ON DELETE CASCADE,
    key       TEXT NOT NULL,
    payload   TEXT NOT NULL,
    saved_at  TEXT NOT NULL,
    PRIMARY KEY (user_id, key)
) WITHOUT ROWID;

-- The audit trail: who did what to which record, when; never content. Hash-chained.
CREATE TABLE audit_event (
    seq          INTEGER PRIMARY KEY,
    at           TEXT NOT NULL,
    user_id      INTEGER,
    username     TEXT NOT NULL DEFAULT '',
    kind         TEXT NOT NULL,
    record_type  TEXT NOT NULL DEFAULT '',
    record_id    INTEGER,
    detail       TEXT NOT NULL DEFAULT '',
    prev_hash    BLOB NOT NULL,
    hash         BLOB NOT NULL
);
CREATE INDEX audit_event_at ON audit_event(at);
CREATE INDEX audit_event_user ON audit_event(user_id, at);
CREATE INDEX audit_event_kind ON audit_event(kind, at);
