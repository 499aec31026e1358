"""Live rows and the facts of purged cases, read as one (issue #13).

A purge keeps a case's row and its sessions' times, and moves what the statistics and the
compliance review still need out of the rows it removes into the purged_* fact tables
(migration 0011). The queries that count over participants, disclosures, overrides or the
commitments of held sessions read these unions, so a figure for a past period is the same
before and after a purge. This module is the one place that knows both halves.
"""

from __future__ import annotations

# Each participant's role and constituency, purged or not.
PARTICIPANTS = (
    "SELECT case_id, position, role, affiliation FROM participant "
    "UNION ALL SELECT case_id, position, role, affiliation FROM purged_participant_fact"
)

# Exception disclosures, purged or not (never the basis, the official or how reported).
DISCLOSURES = (
    "SELECT id AS report_id, case_id, session_id, category, learned_by, routed_office, "
    "learned_at, deadline_at, reported_at FROM exception_report "
    "UNION ALL SELECT report_id, case_id, session_id, category, learned_by, routed_office, "
    "learned_at, deadline_at, reported_at FROM purged_disclosure_fact"
)

# Director overrides, purged or not; a purged one has lost its reason.
OVERRIDES = (
    "SELECT id, case_id, session_id, rule, reason, decided_at FROM director_override "
    "UNION ALL SELECT override_id, case_id, session_id, rule, '', decided_at "
    "FROM purged_override_fact"
)


def held_session_counts(held_where: str) -> str:
    """CTEs `held`, `commitments` and `agreements` for the held sessions matching
    `held_where` (on mediation_session `s`; the caller binds :rule, the override's name).

    For each held session: participants present and committed (PR1, PR2), and the signed
    agreements to mediate needed, on file and overridden. The purge writes these very
    counts into purged_session_fact before the participants go; `session_count_columns`
    reads them back for purged cases.
    """
    return f"""
        held AS (
            SELECT s.id, s.case_id, s.starts_at, s.opening_statement_at IS NOT NULL AS opening,
                   EXISTS (SELECT 1 FROM session_commitment c WHERE c.session_id = s.id)
                       AS recorded
            FROM mediation_session s WHERE {held_where}
        ),
        commitments AS (
            SELECT c.session_id, sum(c.present) AS present,
                   sum(c.present AND c.no_compel AND c.no_discuss
                       AND c.agreed_at IS NOT NULL) AS committed
            FROM held h JOIN session_commitment c ON c.session_id = h.id
            GROUP BY c.session_id
        ),
        needed AS (
            SELECT h.id AS session_id, h.case_id, c.participant_id
            FROM held h JOIN session_commitment c ON c.session_id = h.id AND c.present
            UNION ALL
            SELECT h.id, h.case_id, p.id FROM held h
            JOIN participant p ON p.case_id = h.case_id AND p.role = 'party'
            WHERE NOT h.recorded
        ),
        signed AS (
            SELECT n.session_id, n.case_id, n.participant_id,
                   EXISTS (SELECT 1 FROM signed_copy sc WHERE sc.case_id = n.case_id
                           AND sc.form = 'agreement_to_mediate'
                           AND sc.participant_id = n.participant_id) AS on_file
            FROM needed n
        ),
        agreements AS (
            SELECT g.session_id, count(*) AS needed, sum(g.on_file) AS on_file,
                   sum(NOT g.on_file AND EXISTS (
                       SELECT 1 FROM director_override o
                       WHERE o.case_id = g.case_id AND o.session_id = g.session_id
                       AND o.rule = :rule
                       AND (o.participant_id = g.participant_id
                            OR o.participant_id IS NULL))) AS overridden
            FROM signed g GROUP BY g.session_id
        )"""


# The five counts of a held session `h`, from the live rows (LEFT JOINed as `c` and `a`)
# or, once its case is purged, from purged_session_fact (LEFT JOINed as `ps`).
SESSION_COUNT_COLUMNS = ", ".join(
    f"CASE WHEN ps.session_id IS NULL THEN coalesce({live}, 0) ELSE ps.{name} END"
    for live, name in (
        ("c.present", "present"),
        ("c.committed", "committed"),
        ("a.needed", "needed"),
        ("a.on_file", "on_file"),
        ("a.overridden", "overridden"),
    )
)
