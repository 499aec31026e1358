"""Unsaved edits kept across a lock, inside the vault, per user (never notes)."""

from __future__ import annotations

from cms_desktop.storage.store import Store


class DraftStore(Store):
    def put(self, user_id: int, key: str, payload: str, saved_at: str) -> None:
        with self.vault.writing() as c:
            c.execute(
                "INSERT INTO draft(user_id, key, payload, saved_at) VALUES (?,?,?,?) "
                "ON CONFLICT(user_id, key) DO UPDATE SET payload = excluded.payload, "
                "saved_at = excluded.saved_at",
                (user_id, key, payload, saved_at),
            )

    def get(self, user_id: int, key: str) -> tuple[str, str] | None:
        """(payload, saved_at) or None."""
        row = self.vault.conn.execute(
            "SELECT payload, saved_at FROM draft WHERE user_id = ? AND key = ?", (user_id, key)
        ).fetchone()
        return None if row is None else (row[0], row[1])

    def delete(self, user_id: int, key: str) -> None:
        with self.vault.writing() as c:
            c.execute("DELETE FROM draft WHERE user_id = ? AND key = ?", (user_id, key))
