-- Records retention (#13). A purged case keeps its row (its number is never reused,
-- and tombstones and disclosures still point at it) and its sessions' times, stripped of
-- everything that names or describes a person; what the statistics and the compliance
-- review still need from the removed rows is written first to the purged_* fact tables.

-- When the case's identifying file was purged (NULL while it is kept).
ALTER TABLE dispute_case ADD COLUMN purged_on TEXT;
CREATE INDEX dispute_case_retention ON dispute_case(purged_on, status, closed_on);

-- A legal hold stops the purge of a case until it is lifted (placing and lifting audited).
CREATE TABLE retention_hold (
    case_id    INTEGER PRIMARY KEY REFERENCES dispute_case(id),
    reason     TEXT NOT NULL,
    placed_at  TEXT NOT NULL,
    placed_by  INTEGER REFERENCES user_account(id)
);

-- The key of the purge tokens (HMAC of the case id): kept only here and, sealed, in the
-- purge ledger beside the backups, so a restored vault can recognise a purged case.
CREATE TABLE retention_secret (
    id  INTEGER PRIMARY KEY CHECK (id = 1),
    key BLOB NOT NULL
);

-- What was purged, when and by whom: a token in place of the case, and counts of rows.
CREATE TABLE purge_record (
    id            INTEGER PRIMARY KEY,
    token         TEXT NOT NULL,
    record_class  TEXT NOT NULL CHECK (record_class IN ('case_file', 'disclosures')),
    counts        TEXT NOT NULL DEFAULT '{}',
    purged_at     TEXT NOT NULL,
    purged_by     INTEGER REFERENCES user_account(id)
);
CREATE INDEX purge_record_token ON purge_record(token);
CREATE INDEX purge_record_at ON purge_record(purged_at);

-- De-identified facts of a purged case: one row per case.
CREATE TABLE purged_case_fact (
    case_id            INTEGER PRIMARY KEY REFERENCES dispute_case(id),
    first_contact_on   TEXT NOT NULL,          -- the day the case was opened
    intake_on          TEXT,                   -- the intake interview
    screening_decision TEXT,                   -- proceed | refer | decline
    first_session_on   TEXT,                   -- first held session
    closed_on          TEXT,
    outcome            TEXT,
    agreement_signed_on TEXT,
    participants       INTEGER NOT NULL DEFAULT 0,
    parties            INTEGER NOT NULL DEFAULT 0,
    purged_on          TEXT NOT NULL
);

-- Each purged participant's role and constituency (student, faculty, staff, other).
CREATE TABLE purged_participant_fact (
    id           INTEGER PRIMARY KEY,
    case_id      INTEGER NOT NULL REFERENCES dispute_case(id),
    position     INTEGER NOT NULL,
    role         TEXT NOT NULL,
    affiliation  TEXT NOT NULL
);
CREATE INDEX purged_participant_fact_case ON purged_participant_fact(case_id);

-- A purged case's held session: its length and the counts the compliance review reads
-- (commitments recorded, signed agreements to mediate needed, on file, overridden).
-- The session row itself stays (times, status, mediators), without place or reasons.
CREATE TABLE purged_session_fact (
    session_id  INTEGER PRIMARY KEY REFERENCES mediation_session(id),
    case_id     INTEGER NOT NULL REFERENCES dispute_case(id),
    minutes     INTEGER NOT NULL,
    present     INTEGER NOT NULL,
    committed   INTEGER NOT NULL,
    needed      INTEGER NOT NULL,
    on_file     INTEGER NOT NULL,
    overridden  INTEGER NOT NULL
);
CREATE INDEX purged_session_fact_case ON purged_session_fact(case_id);

-- A purged case's director override: the rule and the day, never the reason.
CREATE TABLE purged_override_fact (
    override_id INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES dispute_case(id),
    session_id  INTEGER REFERENCES mediation_session(id),
    rule        TEXT NOT NULL,
    decided_at  TEXT NOT NULL
);
CREATE INDEX purged_override_fact_decided ON purged_override_fact(decided_at);

-- A purged exception disclosure: category, where it went and when, never its basis.
CREATE TABLE purged_disclosure_fact (
    report_id     INTEGER PRIMARY KEY,
    case_id       INTEGER NOT NULL REFERENCES dispute_case(id),
    session_id    INTEGER REFERENCES mediation_session(id),
    category      TEXT NOT NULL,
    learned_by    INTEGER REFERENCES mediator(id),
    routed_office TEXT NOT NULL,
    learned_at    TEXT NOT NULL,
    deadline_at   TEXT NOT NULL,
    reported_at   TEXT
);
CREATE INDEX purged_disclosure_fact_case ON purged_disclosure_fact(case_id);

-- Deleting a participant makes SQLite look up every row that refers to it (foreign keys
-- with ON DELETE): without these indexes each lookup scans the whole table, so a purge of
-- 500 cases took half a minute on the 50,000-case office.
CREATE INDEX session_commitment_participant ON session_commitment(participant_id);
CREATE INDEX signed_copy_participant ON signed_copy(participant_id);
CREATE INDEX mediator_objection_participant ON mediator_objection(participant_id);
CREATE INDEX director_override_participant ON director_override(participant_id);
