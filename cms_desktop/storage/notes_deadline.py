"""When a case's notes became destroyable (R2): one definition for the case list's flag,
the erasure service and the director's compliance view, so they never disagree."""

from __future__ import annotations

# A case closed without a final agreement (closed, referred elsewhere, or declined).
CLOSED_STATUSES = ("closed", "referred", "declined")
_CLOSED = ", ".join(f"'{s}'" for s in CLOSED_STATUSES)

# The signed final agreement, else (a final agreement recorded without its signing time)
# when it was drafted, else the day the case closed without one. Written as stored times
# are ("2026-03-09T00:00:00+00:00"), so it compares with other times as text. Needs the
# query to name the case `dc` and LEFT JOIN its final agreement as `fa`.
READY_SINCE_SQL = f"""
    CASE
        WHEN fa.signed_at IS NOT NULL THEN fa.signed_at
        WHEN dc.status = 'agreement' THEN coalesce(fa.drafted_at, dc.updated_at)
        WHEN dc.status IN ({_CLOSED})
            THEN coalesce(dc.closed_on || 'T00:00:00+00:00', dc.updated_at)
    END
"""

READY_KIND_SQL = (
    "CASE WHEN fa.signed_at IS NOT NULL OR dc.status = 'agreement' "
    "THEN 'final agreement' ELSE 'case closed' END"
)
