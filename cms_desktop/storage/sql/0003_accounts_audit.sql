-- Issue 3: accounts, roster and the audit trail.

-- A removed account keeps its row: the audit trail and the records it wrote still name it,
-- and its user name is never given to someone else. It has no key slot and cannot sign in.
ALTER TABLE user_account ADD COLUMN removed_at TEXT;

-- The audit chain's HMAC key. Before the vault is first re-keyed it is derived from the
-- vault key and not stored; the first re-key stores it here (inside the encrypted vault),
-- so rows written under an earlier vault key still verify afterwards.
CREATE TABLE audit_chain_key (
    id  INTEGER PRIMARY KEY CHECK (id = 1),
    key BLOB NOT NULL
);
