"""What every benchmark module shares: the demo office and a timer."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any


@dataclass
class Figure:
    name: str
    ours_ms: float
    bare_ms: float | None = None  # the bare library doing the same work
    target: str = ""  # e.g. "< 150 ms" or "<= 1.5x bare"
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if not self.bare_ms:
            return None
        return self.ours_ms / self.bare_ms


@dataclass
class BenchOffice:
    """A built demo office. `workspace()` signs in the director afresh."""

    path: Path
    username: str
    password: str
    cases: int
    extra: dict[str, Any] = field(default_factory=dict)

    def workspace(self):
        from cms_desktop.core.signin import sign_in

        return sign_in(self.path, self.username, self.password)


def busiest_day_noon(conn) -> datetime:
    """Noon (UTC) of the day with the most sessions in the demo office."""
    day = conn.execute(
        "SELECT substr(starts_at, 1, 10) AS day FROM mediation_session GROUP BY day "
        "ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()[0]
    return datetime.fromisoformat(f"{day}T12:00:00+00:00")


def best_of(fn: Callable[[], object], repeat: int = 5) -> float:
    """The best wall time of `repeat` runs, in milliseconds (the least disturbed run)."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best * 1000.0
