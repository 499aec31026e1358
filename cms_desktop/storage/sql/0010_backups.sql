-- Backups never hold mediators' notes. When a backup is made, the backup's copy records
-- here, per session, how many notes were left out (a count, never text), so an office
-- restored from it shows that notes existed and were not in the backup. The live vault's
-- own table stays empty until a restore brings rows in.
CREATE TABLE notes_not_backed_up (
    session_id  INTEGER NOT NULL REFERENCES mediation_session(id) ON DELETE CASCADE,
    case_id     INTEGER NOT NULL REFERENCES dispute_case(id) ON DELETE CASCADE,
    note_count  INTEGER NOT NULL,
    backup_at   TEXT NOT NULL,
    PRIMARY KEY (session_id, backup_at)
) WITHOUT ROWID;
