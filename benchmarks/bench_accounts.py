"""Ending an account re-keys the whole vault: how long that takes at the office's size,
against SQLCipher's bare PRAGMA rekey of the same file."""

from __future__ import annotations

import os
import shutil
import time

import sqlcipher3
from bench_audit import copy_office
from common import BenchOffice, Figure


def measure(office: BenchOffice) -> list[Figure]:
    from cms_desktop.core.signin import sign_in
    from cms_desktop.model.accounts import Role
    from cms_desktop.storage.keyslots import KeySlotFile

    path = copy_office(office)
    figures: list[Figure] = []
    ws = sign_in(path, office.username, office.password)
    try:
        size_mb = path.stat().st_size / 1e6
        started = time.perf_counter()
        issued = ws.accounts.add("benchstaff", "Bench Staff", Role.STAFF)
        figures.append(
            Figure("add an account (one Argon2id slot)", (time.perf_counter() - started) * 1000.0)
        )
        started = time.perf_counter()
        ws.accounts.disable(issued.user.id)
        ours = (time.perf_counter() - started) * 1000.0
        # The key as the slot file now seals it (the program never hands it out).
        key = KeySlotFile.load(ws.keys_path).unlock_user(office.username, office.password)
    finally:
        ws.close()
    # The bare library: PRAGMA rekey on the same file, nothing else.
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute("PRAGMA journal_mode = WAL")
    started = time.perf_counter()
    conn.execute(f"PRAGMA rekey = \"x'{os.urandom(32).hex()}'\"")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    bare = (time.perf_counter() - started) * 1000.0
    conn.close()
    figures.append(
        Figure(
            f"disable an account: slot removed, {size_mb:.0f} MB vault re-keyed",
            ours,
            bare,
            "<= 1.5x bare",
            "bare: PRAGMA rekey + checkpoint",
        )
    )
    shutil.rmtree(path.parent, ignore_errors=True)
    return figures
