"""R1/R2 at scale: a backup of the demo office (notes left out, written, verified on a fresh
connection) against the bare library doing the same rows (sqlcipher_export of the backup's
rows into a new encrypted file, then cipher_integrity_check), and a restore of it.

Works on a copy of the demo office seeded with notes as bench_erasure.py seeds them, so the
backup really has notes to leave out.
"""

from __future__ import annotations

import os
import random
import statistics
import tempfile
import time
from pathlib import Path

from bench_erasure import _copy, _seed_notes
from common import BenchOffice, Figure

RUNS = 3


def _bare(backup: Path, key: bytes, folder: Path) -> float:
    """sqlcipher_export of the same rows into a new encrypted file + cipher_integrity_check."""
    import sqlcipher3

    target = folder / f"bare-{time.perf_counter_ns()}.db"
    new_key = os.urandom(32)
    start = time.perf_counter()
    c = sqlcipher3.connect(str(backup), isolation_level=None)
    c.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    c.execute(f"ATTACH '{target}' AS b KEY \"x'{new_key.hex()}'\"")
    c.execute("PRAGMA b.journal_mode = OFF")
    c.execute("SELECT sqlcipher_export('b')").fetchall()
    c.execute("DETACH b")
    c.close()
    d = sqlcipher3.connect(str(target), isolation_level=None)
    d.execute(f"PRAGMA key = \"x'{new_key.hex()}'\"")
    assert d.execute("PRAGMA cipher_integrity_check").fetchall() == []
    d.close()
    elapsed = (time.perf_counter() - start) * 1000.0
    target.unlink()
    return elapsed


_REAL_DERIVE = None


def _time_argon2() -> list[float]:
    """Record how long each Argon2id derivation takes (the slots' deliberate cost)."""
    global _REAL_DERIVE
    from cms_desktop.storage.keyslots import KdfParams

    spent: list[float] = []
    _REAL_DERIVE = real = KdfParams.derive

    def derive(self, password: str, salt: bytes) -> bytes:
        start = time.perf_counter()
        try:
            return real(self, password, salt)
        finally:
            spent.append((time.perf_counter() - start) * 1000.0)

    KdfParams.derive = derive  # type: ignore[method-assign]
    return spent


def _untime_argon2() -> None:
    from cms_desktop.storage.keyslots import KdfParams

    if _REAL_DERIVE is not None:
        KdfParams.derive = _REAL_DERIVE  # type: ignore[method-assign]


def measure(office: BenchOffice) -> list[Figure]:
    from cms_desktop.core.backup_pair import open_backup_pair
    from cms_desktop.core.restore import RestoreRequest, restore
    from cms_desktop.core.signin import sign_in
    from cms_desktop.storage.keyslots import KeySlotFile
    from cms_desktop.storage.vault import keys_path

    rng = random.Random(12)
    with tempfile.TemporaryDirectory(prefix="cms-bench-backups-") as tmp:
        folder = Path(tmp)
        path = _copy(office, folder)
        drive = folder / "drive"
        drive.mkdir()
        ws = sign_in(path, office.username, office.password)
        try:
            held = _seed_notes(ws, rng)
            ours, bare = [], []
            for _ in range(RUNS):
                for old in drive.iterdir():
                    old.unlink()
                start = time.perf_counter()
                result = ws.backups.back_up(str(drive))
                ours.append((time.perf_counter() - start) * 1000.0)
                key, _manifest = open_backup_pair(result.path, office.username, office.password)
                bare.append(_bare(result.path, key, folder))
            vault_mb = path.stat().st_size / 1e6
            backup_mb = result.path.stat().st_size / 1e6
            left_out = result.manifest.notes_left_out
        finally:
            ws.close()
        slots = KeySlotFile.load(keys_path(path))
        kdf = next(s.kdf for s in slots.slots if s.kdf is not None)
        start = time.perf_counter()
        kdf.derive("one derivation", os.urandom(16))
        argon_ms = (time.perf_counter() - start) * 1000.0
        target = folder / "restored" / "office.cmsvault"
        spent = _time_argon2()
        start = time.perf_counter()
        done = restore(RestoreRequest(result.path, target, office.username, office.password))
        restore_ms = (time.perf_counter() - start) * 1000.0
        derivations, argon_total = len(spent), sum(spent)
        _untime_argon2()
    note = (
        f"median of {RUNS}; {vault_mb:.0f} MB vault, {backup_mb:.0f} MB backup, "
        f"{left_out:,} of {held:,} notes left out; load average {os.getloadavg()[0]:.1f}"
    )
    return [
        Figure(
            "backup incl. verification (write .part, verify on two fresh connections, rename)",
            statistics.median(ours),
            statistics.median(bare),
            "< 3000 ms and <= 1.5x bare",
            note,
        ),
        Figure(
            "restore into a new vault (verify, export under a new key, key slots, audit)",
            restore_ms,
            None,
            "< 5000 ms + Argon2id",
            f"{derivations} Argon2id derivations ({len(done.issued)} other accounts) took "
            f"{argon_total:.0f} ms of it (one alone: {argon_ms:.0f} ms); without them "
            f"{restore_ms - argon_total:.0f} ms",
        ),
    ]
