"""Counts over cases and sessions for the office's aggregate statistics (R3).

Every query here returns counts grouped by a category, never a row of a case, and none
of them reads a participant, a name or a contact detail.
"""

from __future__ import annotations

from cms_desktop.storage.vault import Vault

# The case columns a count may be grouped by (a fixed list: never a column from input).
CASE_DIMENSIONS = ("dispute_category", "referral_source", "outcome", "status")

# Held-session lengths in minutes, bucketed by their lower bounds.
LENGTH_BOUNDS = (0, 60, 120, 180)

_OPENED = "c.opened_on BETWEEN ? AND ?"


class StatisticsStore:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def cases_opened(self, start: str, end: str) -> int:
        return int(
            self.vault.scalar(f"SELECT count(*) FROM dispute_case c WHERE {_OPENED}", (start, end))
            or 0
        )

    def cases_by(self, dimension: str, start: str, end: str) -> dict[str, int]:
        """Cases opened in the period, counted by a case column ('' for not recorded)."""
        if dimension not in CASE_DIMENSIONS:
            raise ValueError(dimension)
        rows = self.vault.query(
            f"SELECT coalesce(c.{dimension}, ''), count(*) FROM dispute_case c "
            f"WHERE {_OPENED} GROUP BY 1",
            (start, end),
        )
        return {r[0]: r[1] for r in rows}

    def held_sessions_per_case(self, start: str, end: str) -> dict[int, int]:
        """Number of held sessions -> how many cases opened in the period had that many."""
        rows = self.vault.query(
            "SELECT n, count(*) FROM ("
            "  SELECT c.id, count(s.id) AS n FROM dispute_case c"
            "  LEFT JOIN mediation_session s ON s.case_id = c.id AND s.status = 'held'"
            f"  WHERE {_OPENED} GROUP BY c.id"
            ") GROUP BY n",
            (start, end),
        )
        return {r[0]: r[1] for r in rows}

    def held_session_lengths(self, start: str, end: str) -> tuple[dict[int, int], float]:
        """Held sessions of cases opened in the period: count per length bucket (keyed by
        the bucket's lower bound in minutes) and the total minutes."""
        bucket = " ".join(
            f"WHEN m >= {bound} THEN {bound}" for bound in sorted(LENGTH_BOUNDS, reverse=True)
        )
        rows = self.vault.query(
            f"SELECT CASE {bucket} ELSE 0 END, count(*), sum(m) FROM ("
            "  SELECT (julianday(s.ends_at) - julianday(s.starts_at)) * 1440.0 AS m"
            "  FROM dispute_case c JOIN mediation_session s ON s.case_id = c.id"
            f"  WHERE s.status = 'held' AND {_OPENED}"
            ") GROUP BY 1",
            (start, end),
        )
        return {r[0]: r[1] for r in rows}, float(sum(r[2] or 0 for r in rows))
