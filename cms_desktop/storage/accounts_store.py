"""User accounts (the key slots beside the vault hold the keys; this holds who is who)."""

from __future__ import annotations

from cms_desktop.model.accounts import Role, User
from cms_desktop.storage.store import Store

_COLUMNS = (
    "id, username, display_name, role, mediator_id, status, must_change_password, created_at, "
    "removed_at"
)


def _user(row) -> User:
    return User(
        id=row["id"],
        username=row["username"],
        display_name=row["display_name"],
        role=Role(row["role"]),
        mediator_id=row["mediator_id"],
        status=row["status"],
        must_change_password=bool(row["must_change_password"]),
        created_at=row["created_at"],
        removed_at=row["removed_at"],
    )


class AccountStore(Store):
    def add(
        self,
        username: str,
        display_name: str,
        role: Role,
        created_at: str,
        mediator_id: int | None = None,
        must_change_password: bool = False,
    ) -> int:
        return self.insert(
            "user_account",
            {
                "username": username,
                "display_name": display_name,
                "role": role.value,
                "mediator_id": mediator_id,
                "must_change_password": int(must_change_password),
                "created_at": created_at,
            },
        )

    def by_username(self, username: str) -> User | None:
        rows = self.vault.query(
            f"SELECT {_COLUMNS} FROM user_account WHERE username = ?", (username.strip(),)
        )
        return _user(rows[0]) if rows else None

    def get(self, user_id: int) -> User | None:
        rows = self.vault.query(f"SELECT {_COLUMNS} FROM user_account WHERE id = ?", (user_id,))
        return _user(rows[0]) if rows else None

    def by_mediator(self, mediator_id: int) -> User | None:
        """The account linked to a roster entry, if it has one that is not removed."""
        rows = self.vault.query(
            f"SELECT {_COLUMNS} FROM user_account WHERE mediator_id = ? AND removed_at IS NULL",
            (mediator_id,),
        )
        return _user(rows[0]) if rows else None

    def all(self, include_removed: bool = False) -> list[User]:
        where = "" if include_removed else "WHERE removed_at IS NULL "
        return [
            _user(r)
            for r in self.vault.query(
                f"SELECT {_COLUMNS} FROM user_account {where}ORDER BY username COLLATE NOCASE"
            )
        ]

    def count(self) -> int:
        return int(self.vault.scalar("SELECT count(*) FROM user_account"))

    def set_status(self, user_id: int, status: str) -> None:
        with self.vault.writing() as c:
            c.execute("UPDATE user_account SET status = ? WHERE id = ?", (status, user_id))

    def set_must_change_password(self, user_id: int, value: bool) -> None:
        with self.vault.writing() as c:
            c.execute(
                "UPDATE user_account SET must_change_password = ? WHERE id = ?",
                (int(value), user_id),
            )

    def mark_removed(self, user_id: int, removed_at: str) -> None:
        """Keep the row (records and the audit name it); it can never sign in again."""
        with self.vault.writing() as c:
            c.execute(
                "UPDATE user_account SET status = 'disabled', removed_at = ? WHERE id = ?",
                (removed_at, user_id),
            )
            c.execute("DELETE FROM draft WHERE user_id = ?", (user_id,))

    def update(self, user_id: int, display_name: str) -> None:
        with self.vault.writing() as c:
            c.execute(
                "UPDATE user_account SET display_name = ? WHERE id = ?", (display_name, user_id)
            )
