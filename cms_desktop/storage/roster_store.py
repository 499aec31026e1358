"""The mediator roster and its dated status history."""

from __future__ import annotations

import dataclasses

from cms_desktop.model.roster import Mediator
from cms_desktop.storage.vault import Vault

_FIELDS = [f.name for f in dataclasses.fields(Mediator)]
_COLUMNS = ", ".join(_FIELDS)


def _mediator(row) -> Mediator:
    return Mediator(**{name: row[name] for name in _FIELDS})


class RosterStore:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def add(self, mediator: Mediator) -> int:
        values = dataclasses.asdict(mediator)
        values.pop("id")
        names = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        with self.vault.transaction() as c:
            cur = c.execute(
                f"INSERT INTO mediator({names}) VALUES ({marks})", tuple(values.values())
            )
            return int(cur.lastrowid)

    def get(self, mediator_id: int) -> Mediator | None:
        rows = self.vault.query(f"SELECT {_COLUMNS} FROM mediator WHERE id = ?", (mediator_id,))
        return _mediator(rows[0]) if rows else None

    def all(self) -> list[Mediator]:
        return [
            _mediator(r) for r in self.vault.query(f"SELECT {_COLUMNS} FROM mediator ORDER BY name")
        ]
