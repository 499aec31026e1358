-- Issue 18: follow-through on a case.

-- How a participant may be contacted (safe contact): by which means, whether a message may
-- be left, whether the office may be named, and the postal address letters go to.
CREATE TABLE participant_contact (
    participant_id INTEGER PRIMARY KEY REFERENCES participant(id) ON DELETE CASCADE,
    method         TEXT NOT NULL DEFAULT 'phone'
                   CHECK (method IN ('phone', 'email', 'post', 'in_person')),
    message_ok     INTEGER NOT NULL DEFAULT 0 CHECK (message_ok IN (0, 1)),
    name_office_ok INTEGER NOT NULL DEFAULT 0 CHECK (name_office_ok IN (0, 1)),
    address        TEXT NOT NULL DEFAULT '',
    address_safe   INTEGER NOT NULL DEFAULT 0 CHECK (address_safe IN (0, 1)),
    updated_at     TEXT NOT NULL
);

-- A mediator's declaration, before first opening an assigned case, that they know none
-- of its participants, or that they do (a conflict, which ends the assignment).
CREATE TABLE conflict_declaration (
    case_id      INTEGER NOT NULL REFERENCES dispute_case(id) ON DELETE CASCADE,
    mediator_id  INTEGER NOT NULL REFERENCES mediator(id),
    conflict     INTEGER NOT NULL CHECK (conflict IN (0, 1)),
    declared_at  TEXT NOT NULL,
    declared_by  INTEGER REFERENCES user_account(id),
    PRIMARY KEY (case_id, mediator_id)
) WITHOUT ROWID;

-- Whether a final agreement held, asked N days after it was signed (round 1, 2, ...: the
-- office's follow-up days in order).
CREATE TABLE follow_up (
    case_id      INTEGER NOT NULL REFERENCES dispute_case(id) ON DELETE CASCADE,
    round        INTEGER NOT NULL CHECK (round >= 1),
    outcome      TEXT NOT NULL CHECK (outcome IN ('held', 'partly', 'not_held', 'unreached')),
    recorded_at  TEXT NOT NULL,
    recorded_by  INTEGER REFERENCES user_account(id),
    PRIMARY KEY (case_id, round)
) WITHOUT ROWID;

-- Accommodations as tasks: an interpreter or captioning for a session, an accessible room,
-- large-print forms; who arranges it, by when, and when it was confirmed done.
CREATE TABLE accommodation_task (
    id             INTEGER PRIMARY KEY,
    case_id        INTEGER NOT NULL REFERENCES dispute_case(id) ON DELETE CASCADE,
    participant_id INTEGER REFERENCES participant(id) ON DELETE CASCADE,
    session_id     INTEGER REFERENCES mediation_session(id) ON DELETE CASCADE,
    kind           TEXT NOT NULL CHECK (kind IN ('interpreter', 'captioning',
                   'accessible_room', 'large_print', 'other')),
    detail         TEXT NOT NULL DEFAULT '',
    who            TEXT NOT NULL,
    due_on         TEXT NOT NULL,
    done_at        TEXT,
    created_at     TEXT NOT NULL
);
-- The agenda and the case list look up open tasks by case.
CREATE INDEX accommodation_task_open ON accommodation_task(case_id, session_id)
    WHERE done_at IS NULL;
