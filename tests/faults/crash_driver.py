"""The child of the kill -9 loop (tests/faults/test_kill_loop.py).

Started once; imports everything, then for each line "round SEED" on stdin it forks a
worker and prints "pid PID". The worker signs in and writes (cases through intake, intake
updates, audit events, a re-key, a note destruction) forever, printing one line per
acknowledged commit, flushed, only after the call that committed it returned:

    case ID NUMBER | intake ID SERIAL | audit MARKER | rekey N | destroy ID

The test kills the worker with SIGKILL; the driver reaps it and prints "reaped". Forking
from a warm parent makes fifty real kills fit in CI's time (a cold start costs ~1 s).
"""

from __future__ import annotations

import dataclasses
import os
import random
import sys
from pathlib import Path

from cms_desktop.core.clock import FakeClock
from cms_desktop.core.rekeying import rekey_vault
from cms_desktop.core.signin import sign_in
from cms_desktop.model.cases import CaseDetails, IntakeForm, Participant, Screening
from tests.support.note_rows import case_with_notes, record_final_agreement
from tests.support.office import DIRECTOR, PASSWORD, TestOffice


def ack(line: str) -> None:
    os.write(1, (line + "\n").encode())  # unbuffered: the line is out before the next step


def form(serial: int) -> IntakeForm:
    people = (
        Participant(None, f"Ana {serial}", "party", "staff", department=f"dept-{serial}"),
        Participant(None, f"Bo {serial}", "party", "faculty"),
    )
    return IntakeForm(CaseDetails("2026-03-02", "self", "workplace", "phone"), people, Screening())


def work(vault: Path, seed: int) -> None:
    rng = random.Random(seed)
    clock = FakeClock()
    ws = sign_in(vault, DIRECTOR, PASSWORD, clock)
    office = TestOffice(vault, clock, ws, "")
    serial = seed * 1000
    cases: list[int] = []
    while True:
        serial += 1
        step = rng.choices(["case", "intake", "audit", "rekey", "destroy"], [4, 3, 4, 1, 1])[0]
        if step == "case" or (step == "intake" and not cases):
            result = ws.intake.save(None, form(serial))
            cases.append(result.case_id)
            ack(f"case {result.case_id} {ws.cases.get(result.case_id).number}")
        elif step == "intake":
            case_id = rng.choice(cases)
            file = ws.intake.case_file(case_id)
            people = (dataclasses.replace(file.participants[0], department=f"dept-{serial}"),)
            people += tuple(file.participants[1:])
            ws.intake.save(case_id, IntakeForm(file.case.details, people, file.intake.screening))
            ack(f"intake {case_id} {serial}")
        elif step == "audit":
            ws.audit.record("verify", "office", None, f"fault-{serial}")
            ack(f"audit fault-{serial}")
        elif step == "rekey":
            rekey_vault(ws.ctx, ws.custody, why=f"fault loop {serial}")
            ack(f"rekey {serial}")
        else:
            nc = case_with_notes(office, bodies=(f"note {serial} " * 20,), username="mina")
            record_final_agreement(ws, nc.case_id)
            nc.mws.erasure.destroy(nc.case_id)
            ack(f"destroy {nc.case_id}")


def main() -> None:
    vault = Path(sys.argv[1])
    for line in sys.stdin:
        _word, seed = line.split()
        pid = os.fork()
        if pid == 0:  # the worker: killed by the test, never returns
            try:
                work(vault, int(seed))
            except BaseException as exc:  # a worker that stops on its own is a finding
                ack(f"error {type(exc).__name__}: {exc}")
            os._exit(3)
        ack(f"pid {pid}")
        _pid, status = os.waitpid(pid, 0)
        ack(f"reaped {status}")


if __name__ == "__main__":
    main()
