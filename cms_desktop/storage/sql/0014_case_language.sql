-- Issue 15 (translations): the language a case's participants read their printed forms in.
-- The window's own language is the workstation's choice and is not stored in the vault.
ALTER TABLE dispute_case ADD COLUMN language TEXT NOT NULL DEFAULT 'en';
