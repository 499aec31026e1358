"""The roster as core sees it (filled in by issue #3; eligibility extended by issue #9)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cms_desktop.core.standing import eligibility_shortfall
from cms_desktop.model.roster import Mediator
from cms_desktop.storage.roster_store import RosterStore

if TYPE_CHECKING:
    from cms_desktop.core.workspace import Workspace


class RosterService:
    def __init__(self, ws: Workspace) -> None:
        self.ws = ws
        self.store = RosterStore(ws.vault)

    def get(self, mediator_id: int) -> Mediator | None:
        return self.store.get(mediator_id)

    def eligibility(self, mediator_id: int) -> tuple[bool, str]:
        """Whether a mediator may be assigned to a new session, and if not, why."""
        mediator = self.store.get(mediator_id)
        if mediator is None:
            return False, "That mediator is not on the roster."
        if mediator.status != "active":
            return False, f"{mediator.name} is {mediator.status} on the roster."
        shortfall = eligibility_shortfall(self.ws, mediator)  # training and standing (#9)
        if shortfall:
            return False, shortfall
        return True, ""
