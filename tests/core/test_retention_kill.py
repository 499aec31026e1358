"""Issue #13, faults: a purge killed with SIGKILL in the middle of a batch leaves every
committed batch whole (facts, deletion, purge records) and nothing of the batch it was in."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap

from cms_desktop.core.signin import sign_in
from tests.support.office import PASSWORD
from tests.support.retention_office import build_ten_years

CHILD = textwrap.dedent(
    """
    import sys, time
    from datetime import UTC, datetime
    from pathlib import Path
    from cms_desktop.core.clock import FakeClock
    from cms_desktop.core.signin import sign_in
    from cms_desktop.storage.retention_store import RetentionStore

    original = RetentionStore.purge_case_files
    calls = []

    def stalled(self, c, ids, *rest):
        done = original(self, c, ids, *rest)  # deleted and recorded, not yet committed
        calls.append(len(ids))
        if len(calls) == 2:
            print("MID", flush=True)
            time.sleep(120)
        return done

    RetentionStore.purge_case_files = stalled
    clock = FakeClock(datetime(2026, 11, 20, 9, 0, tzinfo=UTC))
    ws = sign_in(Path(sys.argv[1]), "director", sys.argv[2], clock)
    ws.retention.purge(batch_size=10)
    print("DONE", flush=True)
    """
)


def state(ws) -> dict:
    q = ws.vault.scalar
    return {
        "purged": q("SELECT count(*) FROM dispute_case WHERE purged_on IS NOT NULL"),
        "facts": q("SELECT count(*) FROM purged_case_fact"),
        "participant_facts": q("SELECT count(*) FROM purged_participant_fact"),
        "records": q("SELECT count(*) FROM purge_record WHERE record_class = 'case_file'"),
        "participants": q("SELECT count(*) FROM participant"),
        "audits": q("SELECT count(*) FROM audit_event WHERE kind = 'records_purged'"),
    }


def test_a_purge_killed_mid_batch_leaves_whole_batches_or_nothing(office):
    build_ten_years(office)
    before = state(office.ws)
    office.ws.close()
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(office.path), PASSWORD],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout.readline().strip() == "MID", child.stderr.read()
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    ws = sign_in(office.path, "director", PASSWORD, office.clock)
    try:
        after = state(ws)
        assert after == {
            "purged": 10,
            "facts": 10,
            "participant_facts": 30,
            "records": 10,
            "participants": before["participants"] - 30,
            "audits": 1,
        }, json.dumps(after)
        # and the next purge finishes the job
        receipt = ws.retention.purge()
        assert len(receipt.purged) == 22
        assert state(ws)["records"] == 32
    finally:
        ws.close()
