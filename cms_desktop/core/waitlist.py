"""The waitlist: cases waiting for a mediator with the right language or availability, in
the order they started waiting (intake completed, else opened), with how long each waited."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from cms_desktop.core.permissions import Action
from cms_desktop.model.follow_through import WaitlistEntry
from cms_desktop.storage.waitlist_store import WaitlistStore

if TYPE_CHECKING:
    from cms_desktop.core.context import Context

_SPOKEN_HERE = {"english", "en"}


def needs(languages: str, conflict: bool) -> str:
    spoken = sorted(
        {x.strip() for x in languages.split(",") if x.strip().casefold() not in _SPOKEN_HERE} - {""}
    )
    if spoken:
        return f"a mediator who speaks {' and '.join(spoken)} (or an interpreter)"
    if conflict:
        return "a new mediator after a declared conflict"
    return "an available mediator"


class WaitlistService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def entries(self) -> list[WaitlistEntry]:
        self.ctx.require(Action.SCHEDULE_SESSION)  # staff and the director assign mediators
        today = self.ctx.clock.now().date()
        waiting = WaitlistStore(self.ctx.vault).waiting()
        return [
            WaitlistEntry(
                case_id,
                number,
                since,
                (today - date.fromisoformat(since)).days,
                needs(languages, conflict),
            )
            for case_id, number, since, languages, conflict in waiting
        ]
