"""Bulk loading of many records at once (the demo office, imports): executemany in one
transaction per batch. The statements are module constants so the benchmark can run the
very same SQL against plain sqlite3 for comparison."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from cms_desktop.storage.store import Store

INSERT_MEDIATOR = (
    "INSERT INTO mediator(id, name, affiliation, department, reporting_line, email, phone, "
    "training_date, pledge_date, background_check_date, status, created_at) "
    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"
)
INSERT_CASE = (
    "INSERT INTO dispute_case(id, number, year, seq, opened_on, status, referral_source, "
    "dispute_category, contact_method, outcome, closed_on, evaluation_code, updated_at) "
    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"
)
INSERT_PARTICIPANT = (
    "INSERT INTO participant(id, case_id, position, name, role, affiliation, department, email, "
    "phone, language, accessibility) VALUES (?,?,?,?,?,?,?,?,?,?,?)"
)
INSERT_SEARCH = "INSERT INTO case_search(rowid, number, names) VALUES (?,?,?)"
INSERT_INTAKE = (
    "INSERT INTO intake(case_id, interview_date, decision, exceptions_explained_at, completed_at) "
    "VALUES (?,?,?,?,?)"
)
INSERT_CASE_MEDIATOR = (
    "INSERT OR IGNORE INTO case_mediator(case_id, mediator_id, assigned_at) VALUES (?,?,?)"
)
INSERT_SESSION = (
    "INSERT INTO mediation_session(id, case_id, starts_at, ends_at, place, status, "
    "opening_statement_at, held_recorded_at, created_at) VALUES (?,?,?,?,?,?,?,?,?)"
)
INSERT_SESSION_MEDIATOR = "INSERT INTO session_mediator(session_id, mediator_id) VALUES (?,?)"
INSERT_TRAINING = (
    "INSERT INTO mediator_training(mediator_id, kind, on_date, hours, detail) VALUES (?,?,?,?,?)"
)
INSERT_COMMITMENT = (
    "INSERT INTO session_commitment(session_id, participant_id, present, no_compel, no_discuss, "
    "agreed_at) VALUES (?,?,1,1,1,?)"
)
INSERT_SIGNED_COPY = (
    "INSERT INTO signed_copy(case_id, form, participant_id, received_on) "
    "VALUES (?, 'agreement_to_mediate', ?, ?)"
)

# Table -> statement, in an order that satisfies the foreign keys.
ORDER: tuple[tuple[str, str], ...] = (
    ("mediators", INSERT_MEDIATOR),
    ("cases", INSERT_CASE),
    ("participants", INSERT_PARTICIPANT),
    ("search", INSERT_SEARCH),
    ("intakes", INSERT_INTAKE),
    ("case_mediators", INSERT_CASE_MEDIATOR),
    ("sessions", INSERT_SESSION),
    ("session_mediators", INSERT_SESSION_MEDIATOR),
    ("training", INSERT_TRAINING),
    ("commitments", INSERT_COMMITMENT),
    ("signed_copies", INSERT_SIGNED_COPY),
)


def load_batch(conn, batch: Mapping[str, Sequence[tuple]]) -> None:
    """Insert one batch with any DB-API connection already inside a transaction."""
    for name, statement in ORDER:
        rows = batch.get(name)
        if rows:
            conn.executemany(statement, rows)


class BulkStore(Store):
    def load(self, batch: Mapping[str, Sequence[tuple]]) -> None:
        """One batch, inside the caller's transaction (core commits batch by batch)."""
        with self.vault.writing() as c:
            load_batch(c, batch)
