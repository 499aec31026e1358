"""What may hold a mediator's note text: the one definition Destroy notes and backups share.

Destroy notes (erasure_store.py) deletes a case's rows from these tables and drops the
sampled index values `sqlite_stat4` keeps for them; a backup (backup_file.py) never copies
a row of them, nor those samples. Add a table here and both follow.
"""

from __future__ import annotations

import sqlcipher3

# Tables whose rows can carry note text: the notes themselves, and kept drafts (a draft of
# a Session tab, or any draft that shares a line with a note).
NOTE_BEARING_TABLES: tuple[str, ...] = ("note", "draft")


def drop_sampled_values(c: sqlcipher3.Connection, schema: str = "main") -> None:
    """Remove what ANALYZE sampled from the note-bearing tables (STAT4 keeps whole index
    keys, so a note's first words could sit there after the note is gone)."""
    exists = c.execute(
        f"SELECT 1 FROM {schema}.sqlite_master WHERE type = 'table' AND name = 'sqlite_stat4'"
    ).fetchone()
    if exists:
        marks = ", ".join("?" for _ in NOTE_BEARING_TABLES)
        c.execute(f"DELETE FROM {schema}.sqlite_stat4 WHERE tbl IN ({marks})", NOTE_BEARING_TABLES)
