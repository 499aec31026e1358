-- R2, paper notes: each mediator on a case attests, once, that any paper notes they kept
-- were shredded (with the date) or that they kept none. One row per mediator per case,
-- because co-mediators each keep their own paper; note_tombstone's paper_* columns hold
-- one attestation only, so they stay unused. Kept as long as the tombstones.
CREATE TABLE paper_notes_attestation (
    id           INTEGER PRIMARY KEY,
    case_id      INTEGER NOT NULL REFERENCES dispute_case(id),
    mediator_id  INTEGER REFERENCES mediator(id),
    attested_by  INTEGER NOT NULL REFERENCES user_account(id),
    kept_none    INTEGER NOT NULL DEFAULT 0 CHECK (kept_none IN (0, 1)),
    shredded_on  TEXT,
    attested_at  TEXT NOT NULL,
    CHECK ((kept_none = 1 AND shredded_on IS NULL) OR (kept_none = 0 AND shredded_on IS NOT NULL)),
    UNIQUE (case_id, attested_by)
);

-- The compliance view and the purge look tombstones up by date.
CREATE INDEX note_tombstone_destroyed ON note_tombstone(destroyed_at);
