"""R2 at scale: destroying one case's notes on the demo office, the re-key after it, and
the lists the case list and the director's compliance view read (cases holding notes).

Works on a copy of the demo office (the other modules' figures stay untouched) into which
it writes notes the way mediators would: every case still in mediation or at agreement
gets three or four notes per held session, from a few lines to a 12 KB caucus page.
"""

from __future__ import annotations

import random
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from common import BenchOffice, Figure, best_of

RUNS = 7  # destructions timed, each on a different case


def _copy(office: BenchOffice, folder: Path) -> Path:
    from cms_desktop.storage.vault import keys_path

    target = folder / office.path.name
    shutil.copy2(office.path, target)
    shutil.copy2(keys_path(office.path), keys_path(target))
    return target


def _seed_notes(ws, rng: random.Random) -> int:
    """Notes on every open or agreed case's held sessions; returns how many."""
    from cms_desktop.core.clock import iso

    rows = ws.vault.query(
        "SELECT s.id, s.case_id, sm.mediator_id FROM mediation_session s "
        "JOIN dispute_case c ON c.id = s.case_id "
        "JOIN session_mediator sm ON sm.session_id = s.id "
        "WHERE s.status = 'held' AND c.status IN ('in_mediation', 'agreement')"
    )
    now = iso(ws.clock.now())
    line = "Both agreed the hallway should be quiet after six; Bo wants it in writing. "
    notes = []
    for session_id, case_id, mediator_id in rows:
        for _ in range(rng.choice((1, 2))):
            size = rng.choice((2, 6, 20, 160))  # lines: a jotting ... a 12 KB caucus page
            body = "".join(line for _ in range(size))
            kind = rng.choice(("joint", "joint", "caucus"))
            notes.append((case_id, session_id, mediator_id, kind, body, now, now))
    with ws.vault.transaction() as c:
        c.executemany(
            "INSERT INTO note(case_id, session_id, author_id, kind, body, created_at, "
            "updated_at) VALUES (?,?,?,?,?,?,?)",
            notes,
        )
    ws.vault.checkpoint_truncate()
    return len(notes)


def _ready_cases(ws, count: int) -> list[tuple[int, int]]:
    """(case, assigned mediator) at agreement, with notes and every session settled."""
    return [
        (r[0], r[1])
        for r in ws.vault.query(
            "SELECT c.id, min(cm.mediator_id) FROM dispute_case c "
            "JOIN case_mediator cm ON cm.case_id = c.id "
            "WHERE c.status = 'agreement' AND c.outcome IS NOT NULL "
            "AND c.referral_source != '' AND c.dispute_category != '' "
            "AND EXISTS (SELECT 1 FROM note n WHERE n.case_id = c.id) "
            "AND NOT EXISTS (SELECT 1 FROM mediation_session s WHERE s.case_id = c.id "
            "                AND s.status = 'scheduled') "
            "GROUP BY c.id ORDER BY c.id LIMIT ?",
            (count,),
        )
    ]


def _mediator(ws, mediator_id: int):
    """A signed-in mediator on the same connection (their account row, no key slot)."""
    from cms_desktop.core.clock import iso
    from cms_desktop.core.workspace import Workspace
    from cms_desktop.model.accounts import Role
    from cms_desktop.storage.accounts_store import AccountStore

    store = AccountStore(ws.vault)
    username = f"bench-mediator-{mediator_id}"
    user = store.by_username(username)
    if user is None:
        with ws.vault.transaction():
            store.add(username, username, Role.MEDIATOR, iso(ws.clock.now()), mediator_id)
        user = store.by_username(username)
    return Workspace(ws.vault, user, ws.clock, ws.custody)


def _bare_destroy(ws, case_id: int) -> float:
    """The same SQL straight on the connection: delete, tombstone, commit, checkpoint."""
    c = ws.vault.conn
    start = time.perf_counter()
    c.execute("BEGIN IMMEDIATE")
    c.execute(
        "INSERT INTO note_tombstone(case_id, session_id, note_count, char_count, destroyed_at) "
        "SELECT case_id, session_id, count(*), sum(length(body)), '2026-01-01' FROM note "
        "WHERE case_id = ? GROUP BY session_id",
        (case_id,),
    )
    c.execute("DELETE FROM note WHERE case_id = ?", (case_id,))
    c.execute("COMMIT")
    busy, _frames, _done = c.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    assert busy == 0
    return (time.perf_counter() - start) * 1000.0


def measure(office: BenchOffice) -> list[Figure]:
    from cms_desktop.core.signin import sign_in

    rng = random.Random(7)
    with tempfile.TemporaryDirectory(prefix="cms-bench-erasure-") as tmp:
        path = _copy(office, Path(tmp))
        ws = sign_in(path, office.username, office.password)
        try:
            held = _seed_notes(ws, rng)
            cases = _ready_cases(ws, 2 * RUNS)
            assert len(cases) == 2 * RUNS, "the demo office has too few agreed cases"
            ours, sizes = [], []
            for case_id, mediator_id in cases[:RUNS]:
                mws = _mediator(ws, mediator_id)
                start = time.perf_counter()
                receipt = mws.erasure.destroy(case_id)
                ours.append((time.perf_counter() - start) * 1000.0)
                assert receipt.wipe.complete and receipt.note_count
                sizes.append(receipt.note_count)
            bare = [_bare_destroy(ws, case_id) for case_id, _ in cases[RUNS:]]
            holding = best_of(lambda: ws.erasure.cases_holding_notes(), 5)
            overdue = best_of(lambda: ws.erasure.overdue(), 5)
            listed = len(ws.erasure.cases_holding_notes())
            mws = _mediator(ws, cases[0][1])
            mine = best_of(lambda: mws.erasure.cases_holding_notes(), 5)
            mb = path.stat().st_size / 1e6
            start = time.perf_counter()
            mws.erasure._rekey()
            rekey_ms = (time.perf_counter() - start) * 1000.0
        finally:
            ws.close()
    note = f"median of {RUNS} cases, {min(sizes)}-{max(sizes)} notes each; {held:,} notes held"
    return [
        Figure(
            "destroy one case's notes, incl. TRUNCATE checkpoint",
            statistics.median(ours),
            statistics.median(bare),
            "< 300 ms",
            f"{note}; worst {max(ours):.1f} ms",
        ),
        Figure(
            "re-key the vault after a destruction (setting, off by default)",
            rekey_ms,
            None,
            "measured only",
            f"{mb:.0f} MB vault",
        ),
        Figure(
            "cases still holding notes (case list flag, director)",
            holding,
            None,
            "< 150 ms",
            f"{listed:,} cases",
        ),
        Figure("overdue destructions (compliance view)", overdue, None, "< 150 ms"),
        Figure("cases holding notes, one mediator's", mine, None, "< 150 ms"),
    ]
