"""Records retention at scale (issue #13): purging 5,000 cases from the demo office, the
TRUNCATE checkpoints included, and the monthly review the reminder and the page read.

Works on a copy of the demo office (the other modules' figures stay untouched). The bare
figure runs the very same SQL (storage/retention_store.py's statements) straight on the
connection for another 5,000 due cases: one transaction per 500, then the checkpoint.
"""

from __future__ import annotations

import json
import secrets
import shutil
import tempfile
import time
from pathlib import Path

from common import BenchOffice, Figure, best_of

PURGED = 5_000
BATCH = 500


def _copy(office: BenchOffice, folder: Path) -> Path:
    from cms_desktop.storage.vault import keys_path

    target = folder / office.path.name
    shutil.copy2(office.path, target)
    shutil.copy2(keys_path(office.path), keys_path(target))
    return target


def _bare_purge(ws, case_ids: list[int]) -> float:
    """The purge's statements straight on the connection, batch by batch, then checkpoint."""
    from cms_desktop.model.compliance import OVERRIDE_SIGNED_AGREEMENT
    from cms_desktop.storage import retention_store as rs

    c = ws.vault.conn
    secret = secrets.token_bytes(32)
    start = time.perf_counter()
    for i in range(0, len(case_ids), BATCH):
        ids = case_ids[i : i + BATCH]
        params = {"ids": json.dumps(ids), "today": "2026-01-01", "rule": OVERRIDE_SIGNED_AGREEMENT}
        c.execute("BEGIN IMMEDIATE")
        for sql in (*rs._FACTS, *(s for _n, s in rs._DELETES), *rs._BLANKS):
            c.execute(sql, params)
        c.executemany(
            "INSERT INTO purge_record(token, record_class, counts, purged_at) "
            "VALUES (?, 'case_file', '{}', '2026-01-01')",
            [(rs.token(secret, case_id),) for case_id in ids],
        )
        c.execute("COMMIT")
        busy, _frames, _done = c.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        assert busy == 0
    return (time.perf_counter() - start) * 1000.0


def measure(office: BenchOffice) -> list[Figure]:
    from cms_desktop.core.signin import sign_in
    from cms_desktop.model.retention import DueState, RecordClass

    with tempfile.TemporaryDirectory(prefix="cms-bench-retention-") as tmp:
        path = _copy(office, Path(tmp))
        ws = sign_in(path, office.username, office.password)
        try:
            review_ms = best_of(lambda: ws.retention.review(), 5)
            reminder_ms = best_of(lambda: ws.retention.month_reminder(), 5)
            due = [
                r.case_id
                for r in ws.retention.review()
                if r.state is DueState.DUE and r.record_class is RecordClass.CASE_FILE
            ]
            assert len(due) >= 2 * PURGED, f"only {len(due)} cases due in the demo office"
            chosen, bare_ids = due[:PURGED], due[PURGED : 2 * PURGED]
            start = time.perf_counter()
            receipt = ws.retention.purge(case_ids=chosen, batch_size=BATCH)
            purge_ms = (time.perf_counter() - start) * 1000.0
            assert len(receipt.purged) == PURGED and receipt.wipe_complete
            rows = sum(receipt.counts.values())
            bare_ms = _bare_purge(ws, bare_ids)
            mb = path.stat().st_size / 1e6
        finally:
            ws.close()
    return [
        Figure(
            f"purge {PURGED:,} cases, {BATCH} per transaction, TRUNCATE checkpoints included",
            purge_ms,
            bare_ms,
            "< 10 s",
            f"{rows:,} rows removed; {mb:.0f} MB vault; ledger sealed once",
        ),
        Figure(
            "monthly review: everything at the end of its retention",
            review_ms,
            None,
            "< 150 ms",
            f"{len(due):,} case files due",
        ),
        Figure("the reminder's count (as of the 1st of the month)", reminder_ms, None, "< 150 ms"),
    ]
