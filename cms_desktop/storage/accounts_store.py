"""User accounts (the key slots beside the vault hold the keys; this holds who is who)."""

from __future__ import annotations

from cms_desktop.model.accounts import Role, User
from cms_desktop.storage.vault import Vault

_COLUMNS = "id, username, display_name, role, mediator_id, status, must_change_password, created_at"


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
    )


class AccountStore:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def add(
        self,
        username: str,
        display_name: str,
        role: Role,
        created_at: str,
        mediator_id: int | None = None,
        must_change_password: bool = False,
    ) -> int:
        with self.vault.transaction() as c:
            cur = c.execute(
                "INSERT INTO user_account(username, display_name, role, mediator_id, "
                "must_change_password, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                (
                    username,
                    display_name,
                    role.value,
                    mediator_id,
                    int(must_change_password),
                    created_at,
                ),
            )
            return int(cur.lastrowid)

    def by_username(self, username: str) -> User | None:
        rows = self.vault.query(
            f"SELECT {_COLUMNS} FROM user_account WHERE username = ?", (username.strip(),)
        )
        return _user(rows[0]) if rows else None

    def get(self, user_id: int) -> User | None:
        rows = self.vault.query(f"SELECT {_COLUMNS} FROM user_account WHERE id = ?", (user_id,))
        return _user(rows[0]) if rows else None

    def all(self) -> list[User]:
        return [
            _user(r)
            for r in self.vault.query(f"SELECT {_COLUMNS} FROM user_account ORDER BY username")
        ]

    def count(self) -> int:
        return int(self.vault.scalar("SELECT count(*) FROM user_account"))
