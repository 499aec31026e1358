"""The audit trail at a lifetime's size: appending (with the head beside the vault),
reading it page by page with filters, and verifying the whole chain."""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path

from common import BenchOffice, Figure, best_of

TRAIL_ROWS = 300_000  # about ten years of a busy office
KINDS = ("case_viewed", "record_changed", "form_printed", "sign_in", "lock", "unlock")


def copy_office(office: BenchOffice) -> Path:
    """Work on a copy, so the rows added here never reach the other benchmarks."""
    from cms_desktop.storage.vault import keys_path

    folder = Path(tempfile.mkdtemp(prefix="cms-bench-audit-"))
    target = folder / office.path.name
    shutil.copy(office.path, target)
    shutil.copy(keys_path(office.path), keys_path(target))
    return target


def grow_trail(ws, rows: int) -> float:
    """Append `rows` events by a few users over ten years, in one transaction (ms)."""
    from datetime import timedelta

    from cms_desktop.core.clock import iso

    start_at = ws.clock.now() - timedelta(days=3650)
    step = timedelta(days=3650) / rows
    store = ws.audit.store
    began = time.perf_counter()
    with ws.vault.transaction():
        for i in range(rows):
            user = 1 + i % 7
            store.append(
                iso(start_at + step * i), user, f"user{user}", KINDS[i % len(KINDS)], "case", i
            )
    ws.audit.custody.head_pending = True
    ws.audit.write_head()
    return (time.perf_counter() - began) * 1000.0


def measure(office: BenchOffice) -> list[Figure]:
    from cms_desktop.core.audit_kinds import AuditKind
    from cms_desktop.core.signin import sign_in
    from cms_desktop.model.audit import AuditFilter
    from cms_desktop.storage.audit_store import AuditStore

    path = copy_office(office)
    ws = sign_in(path, office.username, office.password)
    figures: list[Figure] = []
    try:
        # Appending one event: the row (its own transaction, fsync) and the head file.
        bare_store = AuditStore(ws.vault, ws.audit.store.key)

        def row_only() -> None:
            with ws.vault.transaction():
                bare_store.append(
                    "2030-01-01T00:00:00+00:00", 1, "director", "case_viewed", "case", 1
                )

        def row_and_head() -> None:
            ws.audit.record(AuditKind.VIEW_CASE, "case", 1)

        ours = best_of(row_and_head, 30)
        bare = best_of(row_only, 30)
        figures.append(
            Figure(
                "record one audit event, head beside the vault rewritten",
                ours,
                bare,
                "< 5 ms",
                "bare: the same row without the head",
            )
        )

        def head_only() -> None:
            ws.audit.custody.head_pending = True
            ws.audit.write_head()

        figures.append(Figure("rewrite the audit head alone", best_of(head_only, 30)))

        grown = grow_trail(ws, TRAIL_ROWS)
        total = ws.audit.store.head()[0]
        figures.append(
            Figure(f"append {TRAIL_ROWS:,} events in one transaction", grown, note="set-up")
        )
        conn = ws.vault.conn
        newest = "SELECT * FROM audit_event ORDER BY at DESC, seq DESC LIMIT 500"
        figures.append(
            Figure(
                f"Audit page: newest 500 of {total:,} events",
                best_of(lambda: ws.audit.page(AuditFilter(), None, 500), 10),
                best_of(lambda: conn.execute(newest).fetchall(), 10),
                "< 100 ms",
                "bare: the same SQL on the connection",
            )
        )
        last = ws.audit.page(AuditFilter(), None, 500)[-1]
        figures.append(
            Figure(
                "Audit page: the next 500 (keyset)",
                best_of(lambda: ws.audit.page(AuditFilter(), (last.at, last.seq), 500), 10),
                target="< 100 ms",
            )
        )
        one_user = AuditFilter(user_id=3)
        figures.append(
            Figure(
                "Audit page: 500 events by one user",
                best_of(lambda: ws.audit.page(one_user, None, 500), 10),
                target="< 100 ms",
            )
        )
        kind_period = AuditFilter(
            kind="form_printed",
            since="2024-01-01T00:00:00+00:00",
            until="2025-01-01T00:00:00+00:00",
        )
        figures.append(
            Figure(
                "Audit page: one kind in one year",
                best_of(lambda: ws.audit.page(kind_period, None, 500), 10),
                target="< 100 ms",
            )
        )
        figures.append(
            Figure(
                f"count all {total:,} events (the page's total)",
                best_of(lambda: ws.audit.count(AuditFilter()), 5),
                target="< 200 ms",
            )
        )
        figures.append(
            Figure("the kinds present (filter list)", best_of(ws.audit.kinds, 10), target="< 50 ms")
        )
        started = time.perf_counter()
        broken = ws.audit.verify()
        verify_ms = (time.perf_counter() - started) * 1000.0
        assert broken is None, broken
        figures.append(
            Figure(f"verify the chain and head of {total:,} events", verify_ms, target="< 10 s")
        )
    finally:
        ws.close()
        shutil.rmtree(path.parent, ignore_errors=True)
    return figures
