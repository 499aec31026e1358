"""The director's compliance review on a lifetime of records (issue #9).

The demo office has cases, sessions and mediators but none of the records the review reads,
so this module works on a copy of the demo vault and adds them at the demo's proportions:
training for every mediator, a signed final agreement for cases that reached one, a
tombstone per held session (a few destroyed late, a few cases still holding notes), each
participant's verbal commitments and signed agreement to mediate, a disclosure every 40
cases (some late, some unreported) and a few director overrides.

Measured: the review for the last 12 months and for ten years (what the page computes),
the reminder counts (recomputed on every change, so they must be cheap), one mediator's
eligibility (asked at every assignment) and the printed report for the year.
"""

from __future__ import annotations

import random
import shutil
import tempfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from common import BenchOffice, Figure, best_of

DISCLOSURE_EVERY = 40


def _copy(office: BenchOffice, folder: Path) -> Path:
    from cms_desktop.storage.vault import keys_path

    target = folder / "compliance.cmsvault"
    shutil.copy2(office.path, target)
    shutil.copy2(keys_path(office.path), keys_path(target))
    return target


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(microsecond=0).isoformat()


def add_compliance_records(ws, seed: int = 9) -> dict[str, int]:
    """Rows for every table the review reads, in one transaction (raw, like the demo)."""
    rng = random.Random(seed)
    conn = ws.vault.conn
    today = ws.clock.now().date()
    counts: dict[str, int] = {}
    with ws.vault.transaction() as c:
        # The demo office already has standing, commitments and signed copies for a clean
        # record; replace them with this benchmark's mix of met and missed duties.
        for table in ("mediator_training", "session_commitment", "signed_copy"):
            c.execute(f"DELETE FROM {table}")
        mediators = [r[0] for r in c.execute("SELECT id FROM mediator")]
        training = []
        for mid in mediators:
            basic = today - timedelta(days=rng.randint(400, 3000))
            training.append((mid, "basic", basic.isoformat(), 40.0))
            for kind, count in (("observation", 2), ("co_mediation", 2), ("observed_solo", 1)):
                training += [(mid, kind, (basic + timedelta(days=30)).isoformat(), 0.0)] * count
            for months in (2, 7):
                day = today - timedelta(days=30 * months + rng.randint(0, 20))
                training.append((mid, "in_service", day.isoformat(), 3.0))
        c.executemany(
            "INSERT INTO mediator_training(mediator_id, kind, on_date, hours) VALUES (?,?,?,?)",
            training,
        )
        counts["training"] = len(training)

        held: dict[int, list[tuple[int, str]]] = {}
        for sid, case_id, starts in conn.execute(
            "SELECT id, case_id, starts_at FROM mediation_session WHERE status = 'held'"
        ):
            held.setdefault(case_id, []).append((sid, starts))
        cases = conn.execute(
            "SELECT id, status, closed_on FROM dispute_case WHERE status IN ('agreement', 'closed')"
        ).fetchall()
        finals, tombstones, notes = [], [], []
        for case_id, _status, _closed in cases:
            sessions = held.get(case_id)
            if not sessions:
                continue
            last = datetime.fromisoformat(sessions[-1][1])
            signed = last + timedelta(days=rng.randint(0, 3))
            if signed.date() >= today:
                continue
            finals.append((case_id, _iso(signed), _iso(signed)))
            roll = rng.random()
            if roll < 0.004 and (today - signed.date()).days < 400:  # still holding notes
                for sid, starts in sessions:
                    notes.append((case_id, sid, starts, starts))
                continue
            late = roll < 0.03
            destroyed = signed + timedelta(days=rng.randint(9, 30) if late else rng.randint(0, 6))
            for sid, _starts in sessions:
                tombstones.append((case_id, sid, 2, 900, _iso(destroyed)))
        c.executemany(
            "INSERT INTO final_agreement(case_id, outcome, drafted_at, signed_at) "
            "VALUES (?, 'full', ?, ?)",
            finals,
        )
        c.executemany(
            "INSERT INTO note_tombstone(case_id, session_id, note_count, char_count, "
            "destroyed_at) VALUES (?,?,?,?,?)",
            tombstones,
        )
        c.executemany(
            "INSERT INTO note(case_id, session_id, author_id, body, created_at, updated_at) "
            "SELECT ?, ?, mediator_id, 'demo note', ?, ? FROM session_mediator "
            "WHERE session_id = ?",
            [(*n, n[1]) for n in notes],
        )
        counts.update(finals=len(finals), tombstones=len(tombstones), notes_cases=len(notes))

        people: dict[int, list[int]] = {}
        for pid, case_id in conn.execute("SELECT id, case_id FROM participant"):
            people.setdefault(case_id, []).append(pid)
        commitments, signed_copies, overrides, disclosures = [], [], [], []
        for case_id, sessions in held.items():
            persons = people.get(case_id, [])
            first = sessions[0][1]
            for index, pid in enumerate(persons):
                if index == 2 and rng.random() < 0.01:
                    overrides.append((case_id, sessions[0][0], pid, first))
                else:
                    signed_copies.append((case_id, pid, first[:10]))
            for sid, starts in sessions:
                commitments += [(sid, pid, starts) for pid in persons]
            if case_id % DISCLOSURE_EVERY == 0:
                learned = datetime.fromisoformat(first) + timedelta(hours=1)
                deadline = learned + timedelta(days=1)
                roll = rng.random()
                reported = (
                    None
                    if roll < 0.02
                    else deadline
                    + timedelta(hours=rng.randint(1, 48) if roll < 0.1 else -rng.randint(1, 20))
                )
                disclosures.append(
                    (
                        case_id,
                        sessions[0][0],
                        _iso(learned),
                        _iso(deadline),
                        _iso(reported) if reported else None,
                    )
                )
        c.executemany(
            "INSERT INTO session_commitment(session_id, participant_id, present, no_compel, "
            "no_discuss, agreed_at) VALUES (?,?,1,1,1,?)",
            commitments,
        )
        c.executemany(
            "INSERT INTO signed_copy(case_id, form, participant_id, received_on) "
            "VALUES (?, 'agreement_to_mediate', ?, ?)",
            signed_copies,
        )
        c.executemany(
            "INSERT INTO director_override(case_id, session_id, participant_id, rule, reason, "
            "decided_at) VALUES (?,?,?, 'signed_agreement_to_mediate', 'signs at the door', ?)",
            overrides,
        )
        c.executemany(
            "INSERT INTO exception_report(case_id, session_id, category, learned_at, learned_by, "
            "routed_office, deadline_at, reported_at, created_at) "
            "SELECT ?, ?, 'sexual_harassment', ?, min(mediator_id), 'Division', ?, ?, ? "
            "FROM session_mediator WHERE session_id = ?",
            [(d[0], d[1], d[2], d[3], d[4], d[2], d[1]) for d in disclosures],
        )
        counts.update(
            commitments=len(commitments),
            signed_copies=len(signed_copies),
            overrides=len(overrides),
            disclosures=len(disclosures),
        )
    conn.execute("PRAGMA optimize")
    return counts


def measure(office: BenchOffice) -> list[Figure]:
    from cms_desktop.core.signin import sign_in
    from cms_desktop.forms.compliance_report import render_compliance_report
    from cms_desktop.model.compliance import Period

    with tempfile.TemporaryDirectory(prefix="cms-bench-compliance-") as tmp:
        path = _copy(office, Path(tmp))
        ws = sign_in(path, office.username, office.password)
        try:
            counts = add_compliance_records(ws)
            today = ws.clock.now().date()
            year = Period(today - timedelta(days=364), today)
            decade = Period(date(today.year - 10, 1, 1), today)
            report = ws.compliance.report(year)
            missed = sum(r.missed for r in report.mediators)
            mediator = report.mediators[0].mediator.id
            added = ", ".join(f"{v:,} {k}" for k, v in counts.items())
            return [
                Figure(
                    "compliance review, last 12 months",
                    best_of(lambda: ws.compliance.report(year), 5),
                    target="< 1 s",
                    note=f"{len(report.mediators)} mediators, {missed} missed duties; "
                    f"added {added}",
                ),
                Figure(
                    "compliance review, ten years",
                    best_of(lambda: ws.compliance.report(decade), 3),
                    target="< 5 s",
                ),
                Figure(
                    "director's reminder counts",
                    best_of(lambda: ws.compliance.reminders(), 10),
                    target="< 100 ms",
                ),
                Figure(
                    "one mediator's eligibility (status and standing)",
                    best_of(lambda: ws.roster.eligibility(mediator), 20),
                    target="< 10 ms",
                ),
                Figure(
                    "printed compliance report, last 12 months",
                    best_of(lambda: render_compliance_report(ws, year), 3),
                    target="< 2 s",
                ),
            ]
        finally:
            ws.close()
