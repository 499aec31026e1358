"""Repeated wrong passwords slow down (kept light: the sign-in window imports it first)."""

from __future__ import annotations

import math
from datetime import datetime, timedelta

from cms_desktop.core.clock import Clock, SystemClock, iso


class SignInThrottle:
    """Repeated wrong passwords slow down: after 3 failures, 2, 4, 8 ... up to 60 seconds.

    Failures are counted in memory (the vault is locked, nothing can be written) and
    handed to the audit trail at the next successful sign-in.
    """

    FREE_ATTEMPTS = 3
    MAX_WAIT = 60.0

    def __init__(self, clock: Clock | None = None) -> None:
        self.clock = clock or SystemClock()
        self.failures: list[tuple[str, str]] = []  # (when, user name tried)
        self._consecutive = 0
        self._not_before: datetime | None = None

    def wait_seconds(self) -> float:
        if self._not_before is None:
            return 0.0
        return max(0.0, (self._not_before - self.clock.now()).total_seconds())

    def failed(self, username: str) -> None:
        self.failures.append((iso(self.clock.now()), username))
        self._consecutive += 1
        extra = self._consecutive - self.FREE_ATTEMPTS
        if extra >= 0:
            wait = min(self.MAX_WAIT, 2.0 * math.pow(2, extra))
            self._not_before = self.clock.now() + timedelta(seconds=wait)

    def succeeded(self) -> list[tuple[str, str]]:
        failures, self.failures = self.failures, []
        self._consecutive = 0
        self._not_before = None
        return failures
