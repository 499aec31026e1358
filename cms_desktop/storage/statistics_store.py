"""Counts over cases and sessions for the office's aggregate statistics (R3).

Every query here returns counts grouped by a category, never a row of a case, and none
of them reads a participant, a name or a contact detail. Migration 0008 gives them
covering indexes, so a period is counted from index pages alone.
"""

from __future__ import annotations

from collections import Counter

from cms_desktop.storage.store import Store

# The case columns a count may be grouped by (a fixed list: never a column from input).
CASE_DIMENSIONS = ("dispute_category", "referral_source", "outcome", "status")

# Held-session lengths in minutes, bucketed by their lower bounds.
LENGTH_BOUNDS = (0, 60, 120, 180)

_OPENED = "c.opened_on BETWEEN ? AND ?"


class StatisticsStore(Store):
    def cases_opened(self, start: str, end: str) -> int:
        return int(
            self.vault.scalar(f"SELECT count(*) FROM dispute_case c WHERE {_OPENED}", (start, end))
            or 0
        )

    def cases_by(self, start: str, end: str) -> dict[str, Counter[str]]:
        """Cases opened in the period, counted by each of CASE_DIMENSIONS ('' for not
        recorded), in one pass over the period."""
        columns = ", ".join(f"coalesce(c.{d}, '')" for d in CASE_DIMENSIONS)
        rows = self.vault.query(
            f"SELECT {columns}, count(*) FROM dispute_case c WHERE {_OPENED} "
            f"GROUP BY {', '.join(str(i + 1) for i in range(len(CASE_DIMENSIONS)))}",
            (start, end),
        )
        counts: dict[str, Counter[str]] = {d: Counter() for d in CASE_DIMENSIONS}
        for row in rows:
            for index, dimension in enumerate(CASE_DIMENSIONS):
                counts[dimension][row[index]] += row[-1]
        return counts

    def held_sessions_per_case(self, start: str, end: str) -> dict[int, int]:
        """Number of held sessions -> how many cases opened in the period had that many."""
        rows = self.vault.query(
            "SELECT n, count(*) FROM ("
            "  SELECT (SELECT count(*) FROM mediation_session s"
            "          WHERE s.case_id = c.id AND s.status = 'held') AS n"
            f"  FROM dispute_case c WHERE {_OPENED}"
            ") GROUP BY n",
            (start, end),
        )
        return {r[0]: r[1] for r in rows}

    def held_session_lengths(self, start: str, end: str) -> tuple[dict[int, int], float]:
        """Held sessions of cases opened in the period: count per length bucket (keyed by
        the bucket's lower bound in minutes) and the total minutes."""
        highs = (*LENGTH_BOUNDS[1:], None)
        conditions = [
            f"m >= {low} AND m < {high}" if high else f"m >= {low}"
            for low, high in zip(LENGTH_BOUNDS, highs, strict=True)
        ]
        buckets = ", ".join(f"coalesce(sum({c}), 0)" for c in conditions)
        row = self.vault.query(
            f"SELECT {buckets}, coalesce(sum(m), 0) FROM ("
            "  SELECT (unixepoch(s.ends_at) - unixepoch(s.starts_at)) / 60.0 AS m"
            "  FROM dispute_case c JOIN mediation_session s ON s.case_id = c.id"
            f"  WHERE s.status = 'held' AND {_OPENED}"
            ")",
            (start, end),
        )[0]
        counts = {low: int(row[i]) for i, low in enumerate(LENGTH_BOUNDS) if row[i]}
        return counts, float(row[-1])
