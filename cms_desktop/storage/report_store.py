"""Counts for the annual report (R3, issue #17), read through the fact views of migration
0012 (case_facts, party_facts, session_facts, session_mediator_facts, disclosure_facts).

Every query returns counts grouped by a category or a number of days, never a row of a
case, and none reads a name, a contact detail, a case number or an evaluation code.
Facts kept after a case is purged join those views, not these queries.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from cms_desktop.storage.store import Store

# Held-session lengths in minutes, bucketed by their lower bounds.
LENGTH_BOUNDS = (0, 60, 120, 180)
SESSIONS_CAP = 4  # "4 or more held"


@dataclass
class CaseCounts:
    """Cases opened in a period, counted several ways in one pass."""

    grid: Counter[tuple[str, str]] = field(default_factory=Counter)  # (category, column)
    status: Counter[str] = field(default_factory=Counter)
    held: Counter[int] = field(default_factory=Counter)  # sessions held, capped
    referral: Counter[str] = field(default_factory=Counter)


@dataclass
class MediatorHours:
    sessions: int = 0
    alone_minutes: float = 0.0
    co_minutes: float = 0.0
    training_hours: float = 0.0


class ReportStore(Store):
    def cases(self, start: str, end: str) -> CaseCounts:
        """The outcome column is the case's outcome once it reached a held session
        ('' for none yet), or '-' for cases with no held session."""
        rows = self.vault.query(
            "SELECT category, CASE WHEN held_sessions = 0 THEN '-' ELSE outcome END,"
            f" min(held_sessions, {SESSIONS_CAP}), status, referral_source, count(*)"
            " FROM case_facts WHERE first_contact_on BETWEEN ? AND ?"
            " GROUP BY 1, 2, 3, 4, 5",
            (start, end),
        )
        counts = CaseCounts()
        for category, column, held, status, referral, n in rows:
            counts.grid[(category, column)] += n
            counts.status[status] += n
            counts.held[held] += n
            counts.referral[referral] += n
        return counts

    def days_to(self, column: str, start: str, end: str) -> Counter[int]:
        """Days from first contact to `column` ('intake_on' or 'first_session_on') ->
        how many cases opened in the period took that long (cases without the date left out)."""
        if column not in ("intake_on", "first_session_on"):
            raise ValueError(column)
        rows = self.vault.query(
            f"SELECT CAST(julianday({column}) - julianday(first_contact_on) AS INTEGER), count(*)"
            f" FROM case_facts WHERE first_contact_on BETWEEN ? AND ? AND {column} IS NOT NULL"
            " GROUP BY 1",
            (start, end),
        )
        return Counter({int(days): n for days, n in rows if days is not None and days >= 0})

    def constituencies(self, start: str, end: str) -> Counter[str]:
        rows = self.vault.query(
            "SELECT constituency, count(*) FROM party_facts"
            " WHERE first_contact_on BETWEEN ? AND ? GROUP BY 1",
            (start, end),
        )
        return Counter(dict(rows))

    def sessions(self, start: str, end: str) -> tuple[Counter[int], float]:
        """Sessions held in the period: count per length bucket, and total minutes."""
        highs = (*LENGTH_BOUNDS[1:], None)
        buckets = ", ".join(
            f"coalesce(sum(minutes >= {low} AND minutes < {high}), 0)"
            if high
            else f"coalesce(sum(minutes >= {low}), 0)"
            for low, high in zip(LENGTH_BOUNDS, highs, strict=True)
        )
        row = self.vault.query(
            f"SELECT {buckets}, coalesce(sum(minutes), 0) FROM session_facts"
            " WHERE held_on BETWEEN ? AND ?",
            (start, end),
        )[0]
        counts = Counter({low: int(row[i]) for i, low in enumerate(LENGTH_BOUNDS)})
        return counts, float(row[-1])

    def mediator_hours(self, start: str, end: str) -> dict[int, MediatorHours]:
        """Per mediator: held sessions in the period, minutes alone and co-mediating, and
        training hours dated in the period."""
        found: dict[int, MediatorHours] = {}
        for mediator_id, sessions, alone, co in self.vault.query(
            "SELECT mediator_id, count(*),"
            " coalesce(sum(CASE WHEN mediators > 1 THEN 0 ELSE minutes END), 0),"
            " coalesce(sum(CASE WHEN mediators > 1 THEN minutes ELSE 0 END), 0)"
            " FROM session_mediator_facts WHERE held_on BETWEEN ? AND ? GROUP BY 1",
            (start, end),
        ):
            found[mediator_id] = MediatorHours(sessions, float(alone), float(co))
        for mediator_id, hours in self.vault.query(
            "SELECT mediator_id, coalesce(sum(hours), 0) FROM mediator_training"
            " WHERE on_date BETWEEN ? AND ? GROUP BY 1",
            (start, end),
        ):
            found.setdefault(mediator_id, MediatorHours()).training_hours = float(hours)
        return found

    def mediator_names(self) -> dict[int, str]:
        """For the director's screen only; printed reports number the mediators instead."""
        return {r[0]: r[1] for r in self.vault.query("SELECT id, name FROM mediator")}

    def disclosures(self, start: str, end: str) -> Counter[str]:
        rows = self.vault.query(
            "SELECT category, count(*) FROM disclosure_facts"
            " WHERE learned_on BETWEEN ? AND ? GROUP BY 1",
            (start, end),
        )
        return Counter(dict(rows))
