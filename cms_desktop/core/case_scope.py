"""Which cases the signed-in person may list and open: the whole office's (the director,
staff) or a mediator's own — the cases they serve on now (PR4).

The one home of that rule in core; storage narrows with storage/case_scope.py.
"""

from __future__ import annotations

from dataclasses import dataclass

from cms_desktop.model.accounts import Role, User

# A mediator account not linked to the roster serves on no case, so sees none. No roster
# entry has this id (ids start at 1); any real id, 0 included, is a mediator's own.
NO_MEDIATOR = -1


@dataclass(frozen=True)
class CaseScope:
    mediator_id: int | None = None  # None: every case of the office

    @classmethod
    def of(cls, user: User) -> CaseScope:
        if user.role is not Role.MEDIATOR:
            return cls(None)
        return cls(user.mediator_id if user.mediator_id is not None else NO_MEDIATOR)

    @property
    def whole_office(self) -> bool:
        return self.mediator_id is None
