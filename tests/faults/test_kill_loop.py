"""kill -9 loop (#14): a child process writes cases, intake, audit events, re-keys and note
destructions and acknowledges each commit on a pipe; it is killed with SIGKILL at a random
moment, at least 50 times. After each kill: the vault opens, passes SQLite's integrity check
and `verify`, and every acknowledged record is there.

The seed is printed; CMS_FAULT_SEED=N reproduces a run, CMS_FAULT_KILLS=N changes the count.
"""

from __future__ import annotations

import os
import random
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cms_desktop.core import maintenance
from cms_desktop.core.signin import sign_in
from tests.faults.figures import FIGURES, NOTES
from tests.support.office import DIRECTOR, PASSWORD, make_office

pytestmark = pytest.mark.faults
ROOT = Path(__file__).resolve().parent.parent.parent
DRIVER = ROOT / "tests" / "faults" / "crash_driver.py"


class Driver:
    def __init__(self, vault: Path) -> None:
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        self.proc = subprocess.Popen(
            [sys.executable, str(DRIVER), str(vault)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=env,
        )
        self.buffer = b""

    def line(self, timeout: float) -> str | None:
        """The next line from the pipe, or None when none came within `timeout`."""
        deadline = time.monotonic() + timeout
        while b"\n" not in self.buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            ready, _, _ = select.select([self.proc.stdout], [], [], left)
            if ready:
                chunk = os.read(self.proc.stdout.fileno(), 65536)
                if not chunk:
                    raise AssertionError("the crash driver exited")
                self.buffer += chunk
        line, self.buffer = self.buffer.split(b"\n", 1)
        return line.decode()

    def start(self, seed: int) -> int:
        self.proc.stdin.write(f"round {seed}\n".encode())
        self.proc.stdin.flush()
        line = self.line(30)
        assert line and line.startswith("pid "), line
        return int(line.split()[1])

    def close(self) -> None:
        self.proc.stdin.close()
        self.proc.wait(timeout=30)


def check_everything_acknowledged(acks: list[str]) -> tuple[int, list[str]]:
    """Open, integrity check, verify, and look up every acknowledged record."""
    ws = sign_in(VAULT[0], DIRECTOR, PASSWORD)
    lost: list[str] = []
    try:
        assert ws.vault.scalar("PRAGMA integrity_check") == "ok"
        problems = maintenance.verify(ws.ctx)
        assert problems == [], problems
        audit = {r[0] for r in ws.vault.query("SELECT detail FROM audit_event")}
        latest: dict[int, int] = {}
        for ack in acks:
            kind, *rest = ack.split()
            if kind == "case":
                row = ws.vault.query(
                    "SELECT number FROM dispute_case WHERE id = ?", (int(rest[0]),)
                )
                if not row or row[0][0] != rest[1]:
                    lost.append(ack)
            elif kind == "intake":
                latest[int(rest[0])] = max(latest.get(int(rest[0]), 0), int(rest[1]))
            elif kind == "audit":
                if rest[0] not in audit:
                    lost.append(ack)
            elif kind == "rekey":
                if f"fault loop {rest[0]}" not in audit:
                    lost.append(ack)
            elif kind == "destroy":
                notes = ws.vault.scalar(
                    "SELECT count(*) FROM note JOIN mediation_session s ON s.id = note.session_id "
                    "WHERE s.case_id = ?",
                    (int(rest[0]),),
                )
                if notes:
                    lost.append(ack)
        for case_id, serial in latest.items():
            dept = ws.vault.scalar(
                "SELECT department FROM participant WHERE case_id = ? ORDER BY position LIMIT 1",
                (case_id,),
            )
            # A later write may have committed before the kill without being acknowledged.
            if not (isinstance(dept, str) and int(dept.split("-")[1]) >= serial):
                lost.append(f"intake {case_id} {serial}")
    finally:
        ws.close()
    return len(acks), lost


VAULT: list[Path] = []


def test_kill_minus_nine_loses_no_acknowledged_record(tmp_path, clock):
    seed = int(os.environ.get("CMS_FAULT_SEED", random.randrange(1_000_000)))
    kills = int(os.environ.get("CMS_FAULT_KILLS", 50))
    print(f"kill loop seed {seed} (CMS_FAULT_SEED={seed} reproduces it)")
    NOTES["kill loop seed"] = f"{seed} (CMS_FAULT_SEED={seed} reproduces it)"
    rng = random.Random(seed)
    office = make_office(tmp_path, clock)
    office.close()
    VAULT[:] = [office.path]
    driver = Driver(office.path)
    acks: list[str] = []
    lost: list[str] = []
    done = 0
    try:
        for round_ in range(kills):
            pid = driver.start(rng.randrange(1, 10**6))
            wait_for = rng.choice([0, 1, 2, 3, 5, 8])  # acknowledged commits before the kill
            got = 0
            while got < wait_for:
                line = driver.line(30)
                assert line is not None, "the worker stalled"
                assert not line.startswith("error"), line
                acks.append(line)
                got += 1
            time.sleep(rng.random() * 0.03)  # anywhere inside the next step
            os.kill(pid, signal.SIGKILL)
            while True:
                line = driver.line(30)
                assert line is not None, "the worker was not reaped"
                if line.startswith("reaped"):
                    assert os.WIFSIGNALED(int(line.split()[1])), line
                    break
                assert not line.startswith("error"), line
                acks.append(line)  # acknowledged just before the kill landed
            done += 1
            _total, lost = check_everything_acknowledged(acks)
            assert lost == [], f"round {round_} (seed {seed}): lost {lost}"
    finally:
        driver.close()
        FIGURES["kill loop: SIGKILLs"] += done
        FIGURES["kill loop: records acknowledged"] += len(acks)
        FIGURES["kill loop: records lost"] += len(lost)
        for ack in acks:
            FIGURES[f"kill loop: acknowledged {ack.split()[0]}"] += 1
    assert done >= 50 or kills < 50
